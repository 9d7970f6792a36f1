"""Who lives in the foster home: a hyphenated first name is one person, a partner who moved in with a
birth parent lives elsewhere, and a role with a name in apposition is that named person.

Every sentence here is written for this test.
"""
import datetime as dt
from pathlib import Path

from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
PLAN = ("Hulpverleningsplan 2025\nPleegkind: Noor Visser (10)\n"
        "Noor is geplaatst bij Jan-Willem en Ineke Hoekstra in Duinwijk.\nStart plaatsing: 01-02-2022\n")


def _vgb(tmp_path: Path, nlp, *lines: str) -> dict:
    journal = "journaal\n" + "\n".join(lines) + "\n"
    return audit_files(tmp_path / "VGH-1", nlp, {"plan.txt": PLAN, "journaal.txt": journal}, AS_OF)["vgb"]


def test_a_hyphenated_foster_parent_is_one_person(tmp_path: Path, nlp) -> None:
    vgb = _vgb(tmp_path, nlp, "12-02-2025 Huishouden: Jan-Willem Hoekstra (47), Ineke Hoekstra (45) en zoon Sam (12).",
               "12-02-2025 VGB's van beide pleegouders afgegeven op 03-01-2022.")
    assert vgb["complete"] is True and vgb["missing"] == []


def test_a_partner_who_moved_in_with_a_birth_parent_is_no_housemate(tmp_path: Path, nlp) -> None:
    vgb = _vgb(tmp_path, nlp, "12-02-2025 VGB's van beide pleegouders afgegeven op 03-01-2022.",
               "03-03-2025 De JB meldt dat Kevin Dijkman sinds 1 februari bij moeder is ingetrokken.",
               "04-03-2025 Moeder woont sinds januari met haar nieuwe partner Kevin in Oostveld.")
    assert vgb["complete"] is True and vgb["missing"] == []


def test_a_role_named_in_apposition_is_that_person(tmp_path: Path, nlp) -> None:
    vgb = _vgb(tmp_path, nlp, "12-02-2025 VGB's van beide pleegouders afgegeven op 03-01-2022.",
               "03-03-2025 Ineke vertelt dat haar nieuwe partner, Ruud Vos, sinds 1 maart bij haar woont.",
               "20-03-2025 VGB van Ruud Vos ontvangen.")
    assert vgb["complete"] is True and vgb["missing"] == []


def test_a_role_before_a_list_keeps_its_role(tmp_path: Path, nlp) -> None:
    vgb = _vgb(tmp_path, nlp, "12-02-2025 VGB's van beide pleegouders afgegeven op 03-01-2022.",
               "03-03-2025 Ineke vertelt dat haar nieuwe partner, Kees en de kinderen het goed met elkaar kunnen; "
               "de partner woont sinds 1 maart in huis.")
    assert vgb["complete"] is False and any("partner" in m for m in vgb["missing"])


def test_foster_parents_named_in_full_in_a_vgb_line(tmp_path: Path, nlp) -> None:
    """The VGB line names the foster parents by full name only ("Gerda en Henk van Luijk"), or by role and
    name before a clause that gives the verdict ("..., beide afgegeven op ...")."""
    plan = ("Hulpverleningsplan 2025\nPleegkind: Mila de Wit (6)\nPleeggezin: netwerk, grootouders\n"
            "Huishouden: pleegouders en sinds oktober 2024 hun dochter Sophie van Luijk (26).\n"
            "VGB Gerda en Henk van Luijk afgegeven juni 2023; VGB Sophie van Luijk afgegeven 01-12-2024.\n")
    vgb = audit_files(tmp_path / "VGH-2", nlp, {"plan.txt": plan}, AS_OF)["vgb"]
    assert vgb["complete"] is True and vgb["missing"] == []
    plan = ("Hulpverleningsplan 2025\nPleegkind: Sven Blom (9)\n"
            "VGB: pleegmoeder Ingrid de Ruiter en pleegvader Kees Blom, beide afgegeven op 11-12-2020.\n"
            "Geen andere volwassenen in huis.\n")
    vgb = audit_files(tmp_path / "VGH-3", nlp, {"plan.txt": plan}, AS_OF)["vgb"]
    assert vgb["complete"] is True and vgb["missing"] == []
