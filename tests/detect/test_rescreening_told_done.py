"""A rescreening counts when the file tells it was carried out, not when it is named.

Files name the rescreening far more often as a wish, a to-do, a waiting list or a point of
attention than as done; a careful reader only counts one that was done (a verb of doing, an
outcome, who took part, where). Every sentence is written for this test.
"""
import datetime as dt
from pathlib import Path

from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
HEADER = ("Pleegzorg Oudeland - journaal\nJeugdige: Sara Brink (geb. 02-05-2014)\n"
          "Pleegouders: Ilse en Mark Verweij, bestandspleeggezin\n\n")
MOVED = "06-01-2025 | Telefoon | PZB\nIlse belt: het gezin is zaterdag verhuisd naar de Lindelaan."


def run(tmp_path: Path, nlp, *entries: str) -> dict:
    files = {"journaal.txt": HEADER + "\n\n".join((MOVED,) + entries) + "\n"}
    return audit_files(tmp_path / "DOS-7", nlp, files, AS_OF)


def test_a_rescreening_named_as_a_to_do_is_none(tmp_path, nlp):
    audit = run(tmp_path, nlp,
                "20-01-2025 | Notitie | PZB\nDe herscreening na de verhuizing staat nog open bij het screeningsteam.",
                "18-02-2025 | Overleg | PZB\nAandachtspunten: VGB-check en herscreening i.v.m. de verhuizing.",
                "03-03-2025 | Notitie | PZB\nHerscreening zetten we in april op de agenda; het team zit vol.",
                "14-04-2025 | Overleg | PZB\nOver de herscreening heb ik het met de teamleider gehad.")
    assert audit["rescreening"]["rescreened"] is None
    assert audit["norms"]["rescreening_after_change"] == "fails"


def test_a_rescreening_told_as_done_counts(tmp_path, nlp):
    done = run(tmp_path / "a", nlp,
               "11-03-2025 | Huisbezoek | PZB\nHerscreening in de nieuwe woning met Ilse en Mark en de screener.")
    assert done["rescreening"]["rescreened"]["date"] == "2025-03-11"
    assert done["norms"]["rescreening_after_change"] == "meets"
    came = run(tmp_path / "b", nlp,
               "12-03-2025 | Notitie | PZB\nVanmiddag kwamen Joost en een collega van screening voor de herscreening.")
    assert came["rescreening"]["rescreened"]["date"] == "2025-03-12"


def test_a_short_label_is_read_with_its_record(tmp_path, nlp):
    audit = run(tmp_path, nlp, "25-03-2025 | Bezoek | PZB\nHerscreening van het gezin Verweij.\nGesprek met beide pleegouders, geen bezwaren.")
    assert audit["rescreening"]["rescreened"]["date"] == "2025-03-25"


def test_consent_to_a_rescreening_is_none(tmp_path, nlp):
    audit = run(tmp_path, nlp, "20-01-2025 | Telefoon | PZB\nIlse en Mark zijn akkoord met een herscreening.")
    assert audit["rescreening"]["rescreened"] is None
