"""A safety check by another name: a 'veiligheidstaxatie' or a 'driehoeksgesprek veiligheid'
records a check as a 'veiligheidscheck' does, in a record typed as one too.

Every sentence is written for this test.
"""
import datetime as dt
from pathlib import Path

from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
HEADER = ("Pleegzorg Lindeoever - journaal\nJeugdige: Tim Bakker (geb. 12-08-2013)\n"
          "Pleegouders: Ria en Kees Mulder, bestandspleeggezin\n\n")


def checks(tmp_path: Path, nlp, *entries: str) -> list[str]:
    files = {"journaal.txt": HEADER + "\n\n".join(entries) + "\n"}
    return [c["date"] for c in audit_files(tmp_path / "DOS-8", nlp, files, AS_OF)["safety_checks"]]


def test_a_record_typed_as_a_safety_assessment_is_a_check(tmp_path, nlp):
    assert checks(tmp_path, nlp, "14-10-2024  Veiligheidstaxatie\nJaarlijkse veiligheidstaxatie pleeggezin. "
                  "Eerst deel A met Ria en Kees aan tafel, daarna Tim apart op zijn kamer.") == ["2024-10-14"]


def test_a_three_way_talk_on_safety_is_a_check(tmp_path, nlp):
    assert checks(tmp_path, nlp, "02-12-2024 | Kantoor | PZB\nDriehoeksgesprek veiligheid op kantoor met Ria, Kees "
                  "en de jeugdbeschermer.") == ["2024-12-02"]
