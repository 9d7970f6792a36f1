"""A journal whose entries open with a bracketed day ("[do 16-11-2023] Huisbezoek"), a mail dated by a
weekday in brackets, advice that refers to an earlier one, and plans that are no household change
(issue 9).

Every sentence here is written for this test.
"""
import datetime as dt
from pathlib import Path

from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
PLAN = "Hulpverleningsplan\nPleegkind: Noor Bakker\nPleeggezin: Els en Wim Visser\nStart plaatsing: 01-03-2022\n"


def _audit(tmp_path: Path, nlp, name: str, journal: str) -> dict:
    return audit_files(tmp_path / name, nlp, {"plan.txt": PLAN, "journaal.txt": journal}, AS_OF)


def test_entries_that_open_with_a_bracketed_day(tmp_path: Path, nlp) -> None:
    journal = ("JOURNAAL PLEEGZORGBEGELEIDING\nCliënt: Noor Bakker\n\n"
               "[do 14-11-2024] Huisbezoek – A. de Wit (PZB)\nHB bij Els en Wim. Noor apart gesproken op haar kamer.\n\n"
               "[ma 13-01-2025] Huisbezoek – A. de Wit (PZB)\nHB. Met Noor alleen een rondje gelopen met de hond.\n")
    audit = _audit(tmp_path, nlp, "BRK-1", journal)
    assert [e["date"] for e in audit["one_on_one_contacts"]] == ["2024-11-14", "2025-01-13"]
    assert [e["date"] for e in audit["home_visits"]] == ["2024-11-14", "2025-01-13"]


def test_a_weekday_in_brackets_dates_the_mail(tmp_path: Path, nlp) -> None:
    journal = ("23-09-2024 | PZB | Mail van Joke Smit (GW) (vrijdag 20-09) na haar overleg met de JB: advies om de "
               "uitbreiding van de omgang pas na de herfstvakantie te starten.\n")
    assert [e["date"] for e in _audit(tmp_path, nlp, "BRK-2", journal)["behavioural_scientist_advice"]] == ["2024-09-20"]


def test_advice_that_refers_to_an_earlier_one_is_no_new_advice(tmp_path: Path, nlp) -> None:
    journal = ("11-10-2024 | PZB | Zoals de GW in september adviseerde, houdt Els vast aan één vaste verzorger in de avond.\n"
               "12-11-2024 | PZB | Advies GW met Els en Wim besproken: vast ritueel na de omgang, voorlezen en nachtlampje.\n"
               "13-12-2024 | PZB | Oma past het advies van de GW toe; de driftbuien zijn korter.\n"
               "14-01-2025 | PZB | Ik heb aangegeven dat ik eerst advies van onze GW wil.\n"
               "15-02-2025 | PZB | Mail van De Kikker: orthopedagoog Linda Groen (MKD) adviseert logopedie.\n")
    assert _audit(tmp_path, nlp, "BRK-3", journal)["behavioural_scientist_advice"] == []


def test_a_move_thought_of_or_a_child_applied_for_is_no_change(tmp_path: Path, nlp) -> None:
    journal = ("11-10-2024 | PZB | Els en Wim denken erover om over een paar jaar naar een groter huis te verhuizen, "
               "nog niets concreets.\n"
               "12-11-2024 | PZB | Els en Wim hebben zich opgegeven voor een tweede pleegkind; aanmelding loopt.\n")
    assert _audit(tmp_path, nlp, "BRK-4", journal)["rescreening"]["changes"] == []
