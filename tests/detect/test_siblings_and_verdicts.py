"""Brothers and sisters in one foster home, and goals judged line by line under an evaluation heading.

Every sentence here is written for this test.
"""
import datetime as dt
from pathlib import Path

from audit.detect import facts
from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
PLAN = ("Hulpverleningsplan Mila Jansen\nNaam: Mila Jansen, geboren 02-02-2014\n"
        "Pleeggezin: Karin en Bas de Groot, Hoefdorp\nStart plaatsing: 01-03-2023\n"
        "Broers/zussen\nDex (8) woont ook bij De Groot. Mila zorgt vaak voor hem.\n")
JOURNAL = ("12-02-2025 | Huisbezoek\nDex apart gesproken op zijn kamer over school.\n"
           "11-03-2025 | Huisbezoek\nMila alleen gesproken in de tuin, pleegouders binnen.\n"
           "08-04-2025 | Huisbezoek\nDex alleen gesproken over zijn vriendjes.\n")
CHECK = ("Veiligheidscheck pleeggezin\nDatum: 11-03-2025\nDoor: PZB, huisbezoek\n"
         "Gesproken met: Dex (8) ja, alleen; Mila (11) nee, niet thuis\n"
         "Woning: in orde\n")


def test_a_brother_named_with_his_age_is_another_child(tmp_path: Path, nlp) -> None:
    audit = audit_files(tmp_path / "SIB-1", nlp, {"plan_mila.txt": PLAN, "journaal.txt": JOURNAL}, AS_OF)
    assert [c["date"] for c in audit["one_on_one_contacts"]] == ["2025-03-11"]  # not Dex's talks


def test_aged_minors_other_than_the_child_and_not_in_file_names() -> None:
    texts = ["Gesproken met: Dex (8) ja, alleen; Mila (11) nee", "Huisgenoten: Eva Peeters (16), Kees (48)"]
    assert facts.aged_minor_names(texts, {"Mila"}) == {"Dex", "Eva"}  # Eva's first name, not her surname
    assert facts.aged_minor_names(texts, set()) == set()  # without the child's own name: no guess


def test_a_surname_with_a_particle_leaves_the_first_name_the_childs() -> None:
    assert facts.child_names(["Hulpverleningsplan\nYara El Idrissi, geboren 22-01-2010\n"]) == {"Yara"}
    assert "Daarnaast" not in facts.child_names(["Gezin\nDaarnaast Roos Mulder (15) en Ilse (13).\n"])


def test_a_field_naming_the_child_outranks_an_age_in_a_household_list() -> None:
    text = "Pleegkind: Sanne Koster\nHuisgenoten: Mieke Peeters, Eva Peeters (16)\n"
    assert facts.child_names([text]) == {"Sanne"}


REPORT = ("Jaarverslag 2024 – Mila\nDatum: 20-01-2025\n\nIn 2024 ging het goed op school.\n\n"
          "Evaluatie doelen\n1. Zelf naar school fietsen: behaald.\n2. Zwemdiploma B: deels, nog twee lessen.\n\n"
          "Nieuwe doelen\nMila leert voor de zomer van 2025 zelf koken op woensdag.\n")


def test_verdict_lines_under_an_evaluation_heading_are_the_goals_evaluation(tmp_path: Path, nlp) -> None:
    audit = audit_files(tmp_path / "EVA-1", nlp, {"plan.txt": PLAN, "jaarverslag_2024.txt": REPORT}, AS_OF)
    assert [e["date"] for e in audit["goal_evaluations"]] == ["2025-01-20"]


def test_the_same_lines_without_the_heading_evaluate_nothing(tmp_path: Path, nlp) -> None:
    report = REPORT.replace("Evaluatie doelen\n", "Wensen van Mila\n")
    audit = audit_files(tmp_path / "EVA-2", nlp, {"plan.txt": PLAN, "jaarverslag_2024.txt": report}, AS_OF)
    assert audit["goal_evaluations"] == []


def test_a_vgb_written_out_is_there_despite_its_geen(tmp_path: Path, nlp) -> None:
    report = ("Voortgangsrapportage 2025 – Mila\nDatum: 20-01-2025\n\nPleeggezin\n"
              "Mila woont bij Karin (44) en Bas (46) de Groot. Van beide pleegouders is een verklaring van "
              "geen bezwaar aanwezig (afgegeven in maart 2023). Er wonen verder geen volwassenen in het gezin.\n")
    audit = audit_files(tmp_path / "VGB-1", nlp, {"plan.txt": PLAN, "rapportage.txt": report}, AS_OF)
    assert audit["vgb"]["complete"] is True
    missing = report.replace("is een verklaring van geen bezwaar aanwezig (afgegeven in maart 2023)",
                             "ontbreekt nog een verklaring van geen bezwaar")
    audit = audit_files(tmp_path / "VGB-2", nlp, {"plan.txt": PLAN, "rapportage.txt": missing}, AS_OF)
    assert audit["vgb"]["complete"] is False


def test_a_verdict_line_is_dated_by_its_report_not_by_when_the_goal_was_reached(tmp_path: Path, nlp) -> None:
    report = REPORT.replace("1. Zelf naar school fietsen: behaald.", "1. Zelf naar school fietsen: behaald in oktober 2024.")
    audit = audit_files(tmp_path / "EVA-3", nlp, {"plan.txt": PLAN, "jaarverslag_2024.txt": report}, AS_OF)
    assert [e["date"] for e in audit["goal_evaluations"]] == ["2025-01-20"]


def test_the_childs_boyfriend_with_his_age_is_no_other_child() -> None:
    assert facts.aged_minor_names(["Gepraat over haar vriend Daan (17) en grenzen."], {"Kiki"}) == set()


def test_a_check_forms_answer_per_child_is_read_for_our_child(tmp_path: Path, nlp) -> None:
    """'Gesproken met: Dex (8) ja, alleen; Mila (11) nee, niet thuis': Mila, our child, was not heard."""
    audit = audit_files(tmp_path / "CHK-1", nlp, {"plan_mila.txt": PLAN, "veiligheidscheck_2025.txt": CHECK}, AS_OF)
    assert [(c["date"], c["child_spoken"]) for c in audit["safety_checks"]] == [("2025-03-11", False)]
    heard = CHECK.replace("Dex (8) ja, alleen; Mila (11) nee, niet thuis", "Dex (8) nee, op school; Mila (11) ja, alleen")
    audit = audit_files(tmp_path / "CHK-2", nlp, {"plan_mila.txt": PLAN, "veiligheidscheck_2025.txt": heard}, AS_OF)
    assert [(c["date"], c["child_spoken"]) for c in audit["safety_checks"]] == [("2025-03-11", True)]
