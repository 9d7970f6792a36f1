"""The foster parents' own logbook in the file: its "we" are the foster parents, not the worker.

Every sentence here is written for this test.
"""
import datetime as dt
from pathlib import Path

from audit.config import load_config
from audit.detect import all_candidates, learn_facts
from audit.detect.participants import informal_speaker, writer_is_subject
from audit.ml.sentence_classifier import SentenceModels
from audit.pipeline import analyse
from audit.read import load_dossier
from audit.types import DossierContext
from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
PLAN = ("Plan van aanpak – Jesse Mulder\nJesse is op 4 maart 2023 geplaatst bij Ellen en Rutger Vos.\n"
        "Huisgenoten: Ellen Vos (PM) en Rutger Vos (PV).\n")
LOG = ("Logboek pleegouders – Jesse\n\n"
       "Za 8 maart 2025: Jesse had een slechte nacht, we hebben samen pannenkoeken gebakken.\n"
       "12 maart 2025: Marloes kwam voor de veiligheidscheck. Ze sprak eerst met ons en daarna met Jesse alleen op zijn kamer.\n"
       "Do 20 maart 2025: beeldbellen met Marloes, nu over de veiligheidscheck van school.\n"
       "Ma 7 april 2025: Marloes kwam onverwacht langs, Jesse was nog op school.\n")


def _audit(tmp_path: Path, nlp, files: dict[str, str]) -> dict:
    return audit_files(tmp_path / "LOG-1", nlp, files, AS_OF)


def test_the_logbook_writers_own_time_with_the_child_is_no_talk_with_the_worker(tmp_path, nlp):
    # the rules' reading: the decision model of the twenty-second session gives the worker's talk P 0.24
    # (models/DECISION_MODEL_CARD.md, known disagreements)
    audit = audit_files(tmp_path / "LOG-1", nlp, {"plan.txt": PLAN, "logboek_pleegouders.txt": LOG}, AS_OF,
                        overrides=["detect.decision_layer=0"])
    assert [c["date"] for c in audit["one_on_one_contacts"]] == ["2025-03-12"]  # not the pancakes on 8 March


def test_a_check_the_worker_came_to_do_is_a_home_visit_a_video_call_is_not(tmp_path, nlp):
    audit = _audit(tmp_path, nlp, {"plan.txt": PLAN, "logboek_pleegouders.txt": LOG})
    assert [v["date"] for v in audit["home_visits"]] == ["2025-03-12", "2025-04-07"]


def test_the_same_lines_in_the_workers_journal_keep_their_first_person(tmp_path, nlp):
    journal = LOG.replace("Logboek pleegouders – Jesse", "Journaal PZB – Jesse")
    audit = _audit(tmp_path, nlp, {"plan.txt": PLAN, "journaal.txt": journal})
    # "we" is the worker here: the pancakes of 8 March are no foster parent's own time with the child (no
    # hard veto), so whether "we hebben samen ..." was time alone is the decision model's call, as for any
    # broad cue; the check note was written by the worker, a visit is not implied by it
    assert [v["date"] for v in audit["home_visits"]] == ["2025-04-07"]
    for name, text, vetoed in (("journaal.txt", journal, False), ("logboek_pleegouders.txt", LOG, True)):
        talks = _talk_candidates(tmp_path / name, nlp, {"plan.txt": PLAN, name: text})
        pancakes = [c for c in talks if c.finding.date == "2025-03-08"]
        assert pancakes and all(("veto=foster_parent_log" in c.signals) is vetoed for c in pancakes), name


def _talk_candidates(folder: Path, nlp, files: dict[str, str]):
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    dossier = load_dossier(folder)
    ctx = DossierContext(dossier, analyse(dossier, nlp), AS_OF, load_config())
    learn_facts(ctx)
    return all_candidates(ctx, SentenceModels.load())["one_on_one_contacts"]


def test_subjects_before_a_trigger():
    assert writer_is_subject("Za 8 maart: Jesse had een slechte nacht, we hebben")
    assert not writer_is_subject("Ze sprak eerst met ons en daarna met Jesse")
    names = frozenset({"rutger", "ellen"})
    assert informal_speaker("Ma 9/9 Rutger met Jesse", names)  # a foster parent doing something with the child
    assert not informal_speaker("Jesse bij Rutger afgezet en onderweg met z'n tweeën", names)  # a place
