"""Counter-examples from the review of the support-figure, rescreening and home-visit changes (issue 9).

Each sentence was written for this test by the reviewer or the project; none comes from a corpus.
"""
import datetime as dt
from pathlib import Path

import pytest

from audit.detect import facts
from audit.detect.dating import since_date
from tests.pipelines import JOURNAL_HEADER, audit_files, journal

AS_OF = dt.date(2025, 6, 1)
HEADER = JOURNAL_HEADER.rstrip("\n") + "\nMoeder: Sandra Visser\n\n"  # the birth mother named


def audit(tmp_path: Path, nlp, *entries: str) -> dict:
    return audit_files(tmp_path / "DOS-24", nlp, journal(*entries, header=HEADER), AS_OF)


@pytest.mark.parametrize("entry, documented", [
    ("05-03-2025 | Gesprek | PZB\nPleegmoeder vertelt dat Lotte bij haar oma alles kwijt kan.", True),
    ("05-03-2025 | Gesprek | PZB\nTante Ria is echt haar maatje, ze appen via WhatsApp over school.", True),
    ("05-03-2025 | Gesprek | PZB\nLotte kan bij haar grote zus alles kwijt.", True),
    ("05-03-2025 | Gesprek | PZB\nLotte had klachten over school; bij oma Jannie kan ze alles kwijt.", True),
    ("05-03-2025 | Gesprek | PZB\nHet zou fijn zijn als Lotte bij haar tante Ria terecht kan als het thuis lastig wordt.", False),
    ("05-03-2025 | Gesprek | PZB\nTijdens het gesprek vertelde moeder dat ze bij haar buurvrouw alles kwijt kan.", False),
    ("05-03-2025 | Gesprek | PZB\nLotte heeft een maatje (Tom) via Samen Op Pad.", False),
])
def test_support_figure_mends(tmp_path, nlp, entry, documented):
    assert audit(tmp_path, nlp, entry)["support_figure"]["documented"] is documented


@pytest.mark.parametrize("entry", [
    "14-04-2025 | PZB\nSandra is per 1 april verhuisd naar Zwolle.",
    "14-04-2025 | PZB\nBuurman Henk is op 10 april overleden.",
    "14-04-2025 | PZB\nSinds de vorige herscreening woont er niemand nieuw in het gezin.",
    "14-04-2025 | PZB\nSinds januari woont haar broer Daan (15) in een gezinshuis in Ede.",
])
def test_news_of_other_homes_is_no_change_of_the_foster_home(tmp_path, nlp, entry):
    found = audit(tmp_path, nlp, "10-01-2025 | PZB\nHuisbezoek, Lotte heeft een broer Daan (15).", entry)
    assert found["rescreening"]["change"] is None


def test_a_change_told_with_its_day_while_looking_at_its_effect_is_a_change(tmp_path, nlp):
    found = audit(tmp_path, nlp, "20-04-2025 | PZB\nDoor de geboorte van hun dochter Fleur op 12 april is het drukker in huis.")
    assert found["rescreening"]["change"]["date"] == "2025-04-12"


def test_from_a_coming_month_and_since_a_feast():
    assert since_date("Vanaf september woont zoon Bas op kamers.", dt.date(2025, 5, 14)).date == dt.date(2025, 9, 1)
    assert since_date("Sinds Pasen woont oom Rik bij hen in.", dt.date(2025, 5, 14)) is None


def test_a_foster_mothers_daughter_stays_another_child():
    assert facts.other_child_names(["In huis wonen ook Eva (dochter van pleegmoeder) en Sem."], {"Lotte"}) == {"Eva"}
    assert facts.birth_parent_names(["Moeder: Sandra Visser\nVader (Kevin de Wit) belt af."]) == {"Sandra", "Kevin"}


@pytest.mark.parametrize("entry", [
    "14-04-2025 | PZB\nTelefonisch contact met Marieke in plaats van een huisbezoek.",
    "14-04-2025 | Huisbezoek moeder | PZB\nBij Sandra thuis, Lotte was er ook.",
    "14-04-2025 | PZB\nSoort contact: huisbezoek: nee, telefonisch: ja",
    "14-04-2025 | PZB\nJB vraagt om een huisbezoek voor de zomer.",
    "14-04-2025 | PZB\nLotte voelt zich al thuis in het nieuwe huis.",
])
def test_a_home_visit_only_named_is_none(tmp_path, nlp, entry):
    assert audit(tmp_path, nlp, entry)["home_visits"] == []


def test_a_rescreening_done_in_the_new_home_is_a_home_visit(tmp_path, nlp):
    found = audit(tmp_path, nlp, "14-04-2025 | PZB\nHerscreening van het gezin na de verhuizing uitgevoerd in de nieuwe woning.")
    assert [v["date"] for v in found["home_visits"]] == ["2025-04-14"]


def _vgb(tmp_path: Path, nlp, plan: str, journal: str) -> dict:
    files = {"plan.txt": plan, "journaal.txt": journal}
    return audit_files(tmp_path / "VGB-24", nlp, files, AS_OF)["vgb"]


def test_vgbs_for_as_many_other_names_as_the_home_has_carers(tmp_path, nlp):
    """The foster parents named only in the VGB sentence, beside an adult daughter listed with her age; a
    hurried note writes "vgb" in lower case."""
    plan = "Hulpverleningsplan\nJeugdige: Fenna de Wit (11)\nIn huis: Ilse, Marco, hun dochter Roos (20) en Fenna.\n"
    found = _vgb(tmp_path / "a", nlp, plan, "01-02-2025 | PZB\nHuisbezoek bij Ilse en Marco, Fenna was op school.\n\n"
                 "03-03-2025 | PZB\nIlse, Marco en Roos hebben allemaal een verklaring van geen bezwaar.\n")
    assert found["complete"] is True
    plan = "Hulpverleningsplan\nJeugdige: Fenna de Wit (11)\nhuishouden: Anja (44) en Ton (47), verder niemand\n"
    found = _vgb(tmp_path / "b", nlp, plan, "03-03-2025 | PZB\nvgb's: Anja en Ton allebei binnen, in orde\n")
    assert found["complete"] is True

