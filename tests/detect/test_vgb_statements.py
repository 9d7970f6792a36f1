"""VGB statements weighed against each other (issue 9): a form's question answered by its ticked box,
a named lack that outweighs an earlier general "alle volwassenen", the person of a list item, and
surnames shared in a family.

Every sentence here is written for this test.
"""
import datetime as dt
from pathlib import Path

from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
PLAN = ("Hulpverleningsplan 2025\nPleegkind: Noor Visser (10)\nPleeggezin: Ineke en Bart Hoekstra\n"
        "Start plaatsing: 01-02-2022\n")


def _vgb(tmp_path: Path, nlp, files: dict[str, str], name: str = "VGS-1") -> dict:
    return audit_files(tmp_path / name, nlp, {"plan.txt": PLAN, **files}, AS_OF)["vgb"]


def _missing(vgb: dict) -> list[str]:
    return sorted(m.split(" (")[0] for m in vgb["missing"])


def test_a_form_question_takes_the_box_that_is_ticked(tmp_path: Path, nlp) -> None:
    form = ("Veiligheidscheck pleeggezin\nDatum: 14-01-2025\n"
            "Huisgenoten (18+): Ineke Hoekstra (pleegmoeder, VGB 2021), Bart Hoekstra (pleegvader, VGB 2021), "
            "Jorrit Hoekstra (19, zoon)\n"
            "VGB aanwezig voor alle volwassen huisgenoten: ☐ ja ☒ nee (VGB Jorrit aangevraagd)\n")
    vgb = _vgb(tmp_path, nlp, {"check.txt": form})
    assert vgb["complete"] is False and _missing(vgb) == ["Jorrit Hoekstra"]


def test_a_ticked_yes_still_covers_everyone(tmp_path: Path, nlp) -> None:
    form = ("Veiligheidscheck pleeggezin\nDatum: 14-01-2025\n"
            "Huisgenoten (18+): Ineke Hoekstra (pleegmoeder), Bart Hoekstra (pleegvader), Jorrit Hoekstra (19, zoon)\n"
            "VGB aanwezig voor alle volwassen huisgenoten: ☒ ja ☐ nee\n")
    vgb = _vgb(tmp_path, nlp, {"check.txt": form})
    assert vgb["complete"] is True and vgb["missing"] == []


def test_a_later_named_lack_outweighs_an_earlier_general_yes(tmp_path: Path, nlp) -> None:
    form = ("Veiligheidscheck pleeggezin\nDatum: 10-10-2024\n"
            "VGB aanwezig voor alle volwassen huisgenoten: ☒ ja ☐ nee\n")
    trail = ("02-12-2024 | telefonisch | Ineke vertelt dat haar broer Wouter Jansen (44) sinds 1 december bij hen inwoont.\n"
             "16-01-2025 | Werkvoorraad: VGB Wouter Jansen nog niet ontvangen\n")
    vgb = _vgb(tmp_path, nlp, {"check.txt": form, "tijdlijn.txt": trail})
    assert vgb["complete"] is False and _missing(vgb) == ["Wouter Jansen"]


def test_a_general_yes_after_the_lack_covers_again(tmp_path: Path, nlp) -> None:
    trail = ("02-12-2024 | telefonisch | Ineke vertelt dat haar broer Wouter Jansen (44) sinds 1 december bij hen inwoont.\n"
             "16-01-2025 | Werkvoorraad: VGB Wouter Jansen nog niet ontvangen\n")
    form = ("Veiligheidscheck pleeggezin\nDatum: 03-04-2025\n"
            "VGB aanwezig voor alle volwassen huisgenoten: ☒ ja ☐ nee\n")
    vgb = _vgb(tmp_path, nlp, {"check.txt": form, "tijdlijn.txt": trail})
    assert vgb["complete"] is True


def test_a_list_item_that_ends_without_a_vgb_names_its_own_person(tmp_path: Path, nlp) -> None:
    plan = PLAN + ("Gezinssamenstelling:\nIneke Hoekstra (pleegmoeder, VGB 2021), Bart Hoekstra (pleegvader, VGB 2021),\n"
                   "Jorrit Hoekstra (zoon, 18 sinds 12-02-2025; VGB nog niet aanwezig).\n")
    vgb = audit_files(tmp_path / "VGS-5", nlp, {"plan.txt": plan}, AS_OF)["vgb"]
    assert vgb["complete"] is False and _missing(vgb) == ["Jorrit Hoekstra"]


def test_a_worker_who_made_a_task_is_no_housemate(tmp_path: Path, nlp) -> None:
    plan = PLAN + "Gezinssamenstelling: Ineke Hoekstra (pleegmoeder, VGB 2021), Bart Hoekstra (pleegvader, VGB 2021).\n"
    trail = "20-03-2025 | Taak 'VGB Mila Kok aanvragen' aangemaakt door P. Vermeulen | status: open\n"
    vgb = audit_files(tmp_path / "VGS-6", nlp, {"plan.txt": plan, "tijdlijn.txt": trail}, AS_OF)["vgb"]
    assert "Vermeulen" not in " ".join(vgb["missing"]) and _missing(vgb) == ["Mila Kok"]


def test_a_shared_surname_after_another_first_name_is_someone_else(tmp_path: Path, nlp) -> None:
    plan = PLAN + ("Gezinssamenstelling: Ineke Hoekstra (46), Bart Hoekstra (48), Jorrit Hoekstra (19), Noor.\n"
                   "VGB ontvangen van: Ineke Hoekstra en Bart Hoekstra (2021).\n"
                   "Voor Jorrit Hoekstra is de VGB aangevraagd, nog niet binnen.\n")
    vgb = audit_files(tmp_path / "VGS-7", nlp, {"plan.txt": plan}, AS_OF)["vgb"]
    assert vgb["complete"] is False and _missing(vgb) == ["Jorrit Hoekstra"]


def test_a_vgb_that_is_required_or_requested_is_not_there(tmp_path: Path, nlp) -> None:
    plan = PLAN + "Gezinssamenstelling: Ineke Hoekstra (pleegmoeder, VGB 2021), Bart Hoekstra (pleegvader, VGB 2021).\n"
    trail = ("03-03-2025 | Systeemmelding: huisgenoot Jorrit Hoekstra wordt vandaag 18 jaar; VGB vereist\n"
             "10-03-2025 | huisbezoek | Afgesproken dat Jorrit, die net 18 is geworden, zelf een VGB aanvraagt.\n")
    vgb = audit_files(tmp_path / "VGS-8", nlp, {"plan.txt": plan, "tijdlijn.txt": trail}, AS_OF)["vgb"]
    assert vgb["complete"] is False and "pleegmoeder" not in vgb["missing"]
    assert {m.split(" (")[0].split()[0] for m in vgb["missing"]} == {"Jorrit"}


def test_a_vgb_with_its_date_is_there(tmp_path: Path, nlp) -> None:
    plan = PLAN + ("Huisgenoten pleeggezin: Ineke Hoekstra (VGB d.d. 03-05-2021), Bart Hoekstra (VGB d.d. 03-05-2021), "
                   "Noor (10).\n")
    vgb = audit_files(tmp_path / "VGS-9", nlp, {"plan.txt": plan}, AS_OF)["vgb"]
    assert vgb["complete"] is True


def test_adults_named_with_the_foster_familys_surname_are_the_foster_parents(tmp_path: Path, nlp) -> None:
    plan = ("Matchingsverslag\nKind: Sara Blom (7)\nPleeggezin: Van Dalen, Oosterwijk\n"
            "Gezinssamenstelling: Linda van Dalen (39), Erik van Dalen (42), dochter Nina (12).\n"
            "VGB: afgegeven op 03-02-2024 voor Linda en Erik van Dalen.\n")
    journal = "12-03-2025 | huisbezoek | Pleegmoeder vertelt dat Sara goed slaapt.\n"
    vgb = audit_files(tmp_path / "VGS-11", nlp, {"matching.txt": plan, "journaal.txt": journal}, AS_OF)["vgb"]
    assert vgb["complete"] is True and vgb["missing"] == []


def test_a_son_who_shares_the_surname_is_no_foster_parent(tmp_path: Path, nlp) -> None:
    plan = ("Plan\nKind: Sara Blom (7)\nPleeggezin: Kuiper, Oosterwijk\nGert (57) en Wilma (54) Kuiper, zoon Ruben (17).\n"
            "VGB's van Gert en Wilma zijn in 2022 afgegeven.\n")
    check = "Veiligheidscheck 08-10-2024\nhuisgenoten: Gert Kuiper, Wilma Kuiper, Ruben Kuiper (18)\n"
    journal = "12-03-2025 | huisbezoek | Pleegmoeder en pleegvader vertellen dat Sara goed slaapt.\n"
    vgb = audit_files(tmp_path / "VGS-12", nlp, {"plan.txt": plan, "check.txt": check, "journaal.txt": journal},
                      AS_OF)["vgb"]
    assert vgb["complete"] is False and _missing(vgb) == ["Ruben Kuiper"]
