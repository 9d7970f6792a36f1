"""Whose advice (issue 9): the scientist named with her role in brackets is the GW; the school's
orthopedagogue, a POH-J, a jeugdarts or the child's own therapist at a GGZ are not; a request for a
consultation is none.

Every sentence here is written for this test.
"""
import datetime as dt
from pathlib import Path

from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
PLAN = "Hulpverleningsplan\nPleegkind: Tobi Smit\nPleeggezin: Petra en Ruud Kok\nStart plaatsing: 01-03-2022\n"


def _advice(tmp_path: Path, nlp, name: str, journal: str) -> list[str]:
    audit = audit_files(tmp_path / name, nlp, {"plan.txt": PLAN, "journaal.txt": journal}, AS_OF)
    return [e["date"] for e in audit["behavioural_scientist_advice"]]


def test_the_scientist_named_with_her_role_in_brackets(tmp_path: Path, nlp) -> None:
    journal = ("08-10-2024 / PZB / overleg\nOverleg met Willemijn Post (GW) over Tobi en de omgang met vader; "
               "de omgang blijft eens per maand en wordt na de zomer geëvalueerd.\n\n"
               "11-03-2025 / PZB / chronologie\nWillemijn Post (GW): omgang terug naar eens per zes weken, omdat Tobi "
               "na elke omgang dagen ontregeld is.\n")
    assert _advice(tmp_path, nlp, "ADV-1", journal) == ["2024-10-08", "2025-03-11"]


def test_advice_of_other_professionals_is_no_gw_advice(tmp_path: Path, nlp) -> None:
    journal = ("14-01-2025 / PZB / terugkoppeling\nTerugkoppeling van de POH-J (Linda Ruiter, psycholoog) na vijf "
               "gesprekken. Advies POH-J: aanmelden bij de basis-GGZ voor verdere diagnostiek.\n\n"
               "12-02-2025 / PZB / mail\nMail van de mentor: de orthopedagoog van school adviseert een onderzoek naar "
               "dyscalculie omdat Tobi bij rekenen achterblijft.\n\n"
               "16-04-2025 / PZB / telefoon\nPsycholoog van Tobi bij Jeugd-GGZ De Linde belt: zij adviseert de "
               "behandeling voor de zomer af te ronden en daarna alleen nazorg.\n")
    assert _advice(tmp_path, nlp, "ADV-2", journal) == []


def test_a_consultation_asked_for_is_no_advice(tmp_path: Path, nlp) -> None:
    journal = "09-04-2025 / PZB / notitie\nTobi aangemeld voor GW-consult op 9 mei: boosheid na het bellen met vader.\n"
    assert _advice(tmp_path, nlp, "ADV-3", journal) == []
