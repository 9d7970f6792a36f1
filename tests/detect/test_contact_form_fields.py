"""A contact form's question about a talk without the foster parents, answered no or left open, is no
talk (issue 9). Every sentence here is written for this test."""
import datetime as dt
from pathlib import Path

from audit.detect.form_fields import label_answered_no
from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
PLAN = "Hulpverleningsplan\nPleegkind: Noor Bakker\nPleeggezin: Els en Wim Visser\nStart plaatsing: 01-03-2022\n"


def _form(day: str, answer: str) -> str:
    return (f"CONTACTFORMULIER\nPleegkind: Noor Bakker\nDatum: {day}\nSoort contact: X huisbezoek - telefonisch\n"
            f"Gesprek met pleegkind zonder pleegouders: {answer}\nBijzonderheden: rustig, school gaat goed.\n")


def test_a_talk_field_answered_no_or_left_open_is_no_talk(tmp_path: Path, nlp) -> None:
    files = {"plan.txt": PLAN, "contact_1.txt": _form("12-02-2025", "- ja X nee, duur: - min, waar: -"),
             "contact_2.txt": _form("12-03-2025", "☐ ja ☐ nee, duur: ... min"),
             "contact_3.txt": _form("09-04-2025", "nee"),
             "contact_4.txt": _form("14-05-2025", "X ja - nee, duur: 20 min, waar: haar kamer")}
    audit = audit_files(tmp_path / "FRM-1", nlp, files, AS_OF)
    assert [e["date"] for e in audit["one_on_one_contacts"]] == ["2025-05-14"]


def test_only_a_label_with_its_answer_after_the_colon() -> None:
    line = "HB: Noor alleen gesproken: ging goed"
    assert not label_answered_no(line, line.find("alleen"), line.find("alleen") + 6)
    line = "Alleen gesproken: nee"
    assert label_answered_no(line, 0, 6)
