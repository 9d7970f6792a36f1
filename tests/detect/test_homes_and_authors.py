"""Who lives in the home, where a check took place, and who wrote a row of a shared log (issue 9).

Every sentence here is written for this test.
"""
import datetime as dt
from pathlib import Path

from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
PLAN = "Hulpverleningsplan\nPleegkind: Kevin Smit\nPleeggezin: Ria en Henk de Boer\nStart plaatsing: 01-03-2023\n"


def _audit(tmp_path: Path, nlp, files: dict[str, str]) -> dict:
    return audit_files(tmp_path / "HOM-1", nlp, {"plan.txt": PLAN, **files}, AS_OF)


def _visits(tmp_path: Path, nlp, journal: str) -> list[str]:
    return [v["date"] for v in _audit(tmp_path, nlp, {"journaal.txt": journal})["home_visits"]]


def test_a_check_placed_in_the_foster_home_is_a_home_visit(tmp_path: Path, nlp) -> None:
    journal = ("11-09-2024 | PZB | Jaarlijkse veiligheidscheck thuis bij fam. De Boer, zie formulier.\n"
               "05-11-2024 | PZB | VC bij PO op zaterdag, Kevin was dat weekend bij zijn opa.\n"
               "14-01-2025 | PZB | Herscreening met veiligheidscheck thuis, zie formulier.\n")
    assert _visits(tmp_path, nlp, journal) == ["2024-09-11", "2024-11-05", "2025-01-14"]


def test_a_check_about_the_foster_family_elsewhere_or_at_a_parents_home_is_no_home_visit(tmp_path: Path, nlp) -> None:
    journal = ("11-09-2024 | PZB | De veiligheidscheck in het pleeggezin is met Ria op kantoor afgenomen.\n"
               "05-11-2024 | PZB | ARIJ bij mdr thuis afgenomen, zorgen om haar nieuwe vriend.\n"
               "14-01-2025 | PZB | We doen de veiligheidscheck thuis even via beeld, het is daar te druk.\n"
               "20-02-2025 | PZB | HB bij OU in Dalfsen ter voorbereiding van de omgang.\n")
    assert _visits(tmp_path, nlp, journal) == []


def test_a_visit_still_to_be_made_up_or_the_next_appointment_is_planned(tmp_path: Path, nlp) -> None:
    journal = ("11-03-2025 | PZB | Het huisbezoek bij de pleegouders wordt in mei 2025 ingehaald.\n"
               "17-03-2025 | PZB | Kevin ziek. Nieuw HB pleeggezin 5/4.\n")
    assert _visits(tmp_path, nlp, journal) == []


def test_an_adult_living_elsewhere_needs_no_vgb_and_a_listed_son_is_named(tmp_path: Path, nlp) -> None:
    plan = PLAN + ("\nGezinssamenstelling\nHet gezin bestaat uit Ria de Boer (47) en Henk de Boer (49), beiden met VGB.\n"
                   "- Sander de Boer, zoon, 18 jaar sinds 02-11-2024\n"
                   "Hun dochter Femke (23) woont zelfstandig in Zwolle.\n")
    journal = "10-01-2025 | PZB | VGB Sander ontvangen en in het dossier gezet.\n"
    vgb = audit_files(tmp_path / "HOM-2", nlp, {"plan.txt": plan, "journaal.txt": journal}, AS_OF)["vgb"]
    assert vgb["complete"] is True and vgb["missing"] == []


def test_a_son_without_vgb_is_missing_by_his_name(tmp_path: Path, nlp) -> None:
    plan = PLAN + ("\nGezinssamenstelling\nHet gezin bestaat uit Ria de Boer (47) en Henk de Boer (49), beiden met VGB.\n"
                   "- Sander de Boer, zoon, 18 jaar sinds 02-11-2024\n")
    vgb = audit_files(tmp_path / "HOM-3", nlp, {"plan.txt": plan}, AS_OF)["vgb"]
    assert vgb["complete"] is False and [m.split(" (")[0] for m in vgb["missing"]] == ["Sander de Boer"]


def test_a_shared_log_row_written_by_a_foster_parent_is_no_contact_with_the_worker(tmp_path: Path, nlp) -> None:
    log = ("Weekendlogboek Kevin\nDatum | Wie schrijft | Verslag\n"
           "15-06-2024 | Ria (PM) | Kevin was stil. Zaterdag gefietst, zondag samen pannenkoeken gebakken.\n"
           "07-09-2024 | Joost (PZB) | Met Kevin alleen pannenkoeken gegeten na school, hij vertelde over zijn vader.\n")
    dates = [c["date"] for c in _audit(tmp_path, nlp, {"weekendlogboek.txt": log})["one_on_one_contacts"]]
    assert dates == ["2024-09-07"]
