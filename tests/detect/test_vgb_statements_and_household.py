"""Who lives in the foster home and whose VGB the file records (issue 9, vgb_complete).

Every sentence here is written for this test. Each test is one way a file says it that the
VGB comparison read wrongly before: a VGB merely mentioned, a verdict given later in the same
sentence, the foster parents listed by name, organisations and labels read as people, people
who do not live in the home, and statements about foster homes in general.
"""
import datetime as dt
from pathlib import Path

import pytest

from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
PLAN = "Hulpverleningsplan\nPleegkind: Noor Visser (9)\nStart plaatsing: 01-03-2023\n"


def _vgb(tmp_path: Path, nlp, plan: str, journal: str = "") -> dict:
    files = {"plan.txt": PLAN + plan}
    if journal:
        files["journaal.txt"] = journal
    return audit_files(tmp_path / "VGB-1", nlp, files, AS_OF)["vgb"]


def test_a_vgb_merely_mentioned_is_no_vgb(tmp_path: Path, nlp) -> None:
    plan = "Gezinssamenstelling: pleegmoeder Karin de Wit (44). VGB Karin afgegeven in 2022.\n"
    journal = ("02-09-2024 | PZB | Karin belt: haar vriend Kevin Laan is per 1 september bij haar ingetrokken.\n"
               "10-10-2024 | PZB | Kevin gebeld over zijn VGB.\n"
               "12-11-2024 | PZB | Kevin levert zijn gegevens aan voor de VGB.\n")
    vgb = _vgb(tmp_path, nlp, plan, journal)
    assert vgb["complete"] is False and any("Kevin" in m for m in vgb["missing"])


def test_the_last_verdict_of_a_sentence_about_one_person_counts(tmp_path: Path, nlp) -> None:
    plan = ("Gezin: Anke (45) en Bert (47) Smit, zoon Jelle (20) woont thuis.\n"
            "VGB pleegouders: afgegeven 11-04-2022.\n"
            "VGB Jelle: aangevraagd na zijn 18e verjaardag (04-01-2023), afgegeven 30-01-2023.\n")
    vgb = _vgb(tmp_path, nlp, plan)
    assert vgb["complete"] is True and vgb["missing"] == []


def test_foster_parents_listed_by_name_are_the_foster_parents(tmp_path: Path, nlp) -> None:
    plan = ("Gezinssamenstelling: Harm Bosman (58) en Ineke Bosman (56), Oudeweer.\n"
            "VGB pleegouders afgegeven in 2019.\n")
    vgb = _vgb(tmp_path, nlp, plan)
    assert vgb["complete"] is True and vgb["missing"] == []


def test_a_vgb_for_carers_named_after_their_role(tmp_path: Path, nlp) -> None:
    plan = ("In huis wonen oma Gerda Kerkhoven (61) en opa Wim Kerkhoven (64).\n"
            "Beiden hebben een VGB, afgegeven in oktober 2023.\n")
    vgb = _vgb(tmp_path, nlp, plan)
    assert vgb["complete"] is True and vgb["missing"] == []


def test_a_dated_list_of_names_after_the_word_is_a_vgb(tmp_path: Path, nlp) -> None:
    plan = ("Pleeggezin Oosterwijk, twee pleegouders, geen eigen kinderen.\n"
            "Verklaringen van geen bezwaar: Joost en Linda Oosterwijk (januari 2023).\n")
    vgb = _vgb(tmp_path, nlp, plan)
    assert vgb["complete"] is True


def test_a_name_opening_a_clause_lacks_a_vgb(tmp_path: Path, nlp) -> None:
    plan = "Netwerkgezin: tante Mariska (38). VGB-aanvraag voor Mariska en Kevin uitgezet.\n"
    journal = "14-03-2025 | PZB | VGB: Mariska ontvangen op 12-03-2025; Kevin aangevraagd.\n"
    vgb = _vgb(tmp_path, nlp, plan, journal)
    assert vgb["complete"] is False and any("Kevin" in m for m in vgb["missing"])


def test_organisations_and_places_are_not_people_without_a_vgb(tmp_path: Path, nlp) -> None:
    plan = ("Het gezin bestaat uit opa Wim (63) en oma Joke (60). VGB opa en oma afgegeven juni 2023.\n"
            "Herscreening aangevraagd bij team Werving en Screening; VGB aangevraagd via Zevenstromen.\n")
    vgb = _vgb(tmp_path, nlp, plan)
    assert not any(w in m for m in vgb["missing"] for w in ("Werving", "Screening", "Zevenstromen"))


def test_adults_who_do_not_live_in_the_home_need_none(tmp_path: Path, nlp) -> None:
    plan = ("Gezin: Marjan Kramer (51) en Ruud Kramer (53); VGB pleegouders 2016.\n"
            "Kinderen uit huis: Thomas (24), Merel (27).\n"
            "Noor heeft haar nicht Esra (24) gekozen als steunfiguur; ze appen bijna dagelijks.\n")
    journal = "05-02-2025 | PZB | Oma belde: Henk heeft een flat in Haverveld gevonden en komt niet bij hen wonen.\n"
    vgb = _vgb(tmp_path, nlp, plan, journal)
    assert vgb["complete"] is True and vgb["missing"] == []


def test_who_reports_a_missing_vgb_is_not_the_one_missing_it(tmp_path: Path, nlp) -> None:
    plan = "Gezin: Hanneke (45) en Pieter (48) Dijkstra, dochter Iris (19) woont thuis. VGB Hanneke en Pieter 2022.\n"
    journal = "10-02-2025 | PZB | Pieter zegt dat Iris nu ook een verklaring van geen bezwaar moet aanvragen.\n"
    vgb = _vgb(tmp_path, nlp, plan, journal)
    assert vgb["complete"] is False
    assert any("Iris" in m for m in vgb["missing"]) and not any("Pieter" in m for m in vgb["missing"])


def test_a_vgb_not_needed_for_a_child_is_no_gap(tmp_path: Path, nlp) -> None:
    plan = ("Gezin: Petra (41) en Jeroen (43) van Schie. VGB: Petra en Jeroen van Schie (juli 2023).\n"
            "Broertje Siem is 4 jaar, geen VGB nodig. Jesse (15) valt nog niet onder de VGB-plicht.\n")
    vgb = _vgb(tmp_path, nlp, plan)
    assert vgb["complete"] is True and vgb["missing"] == []


def test_a_statement_about_all_adults_of_this_home_counts_an_empty_form_row_does_not(tmp_path: Path, nlp) -> None:
    plan = ("Gezin: Annelies (40) en Bert (42) Koster, dochter Anouk (19) woont thuis.\n"
            "Voor alle volwassenen in huis, ook Anouk, is een VGB ontvangen.\n")
    assert _vgb(tmp_path, nlp, plan)["complete"] is True
    form = ("Veiligheidscheck pleeggezin\nOnderdeel | Ja | Nee\n"
            "Alle inwonende volwassenen hebben een VGB | ☐ | ☐\n")
    journal = "04-03-2025 | PZB | Broer van PM, Jeroen (34), woont sinds januari in. PZB vraagt naar een VGB voor Jeroen: die is er nog niet.\n"
    found = audit_files(tmp_path / "VGB-2", nlp, {"plan.txt": PLAN + "Gezin: Annelies (40) en Bert (42) Koster.\n",
                                                  "check.txt": form, "journaal.txt": journal}, AS_OF)["vgb"]
    assert found["complete"] is False


def test_vgbs_kept_in_another_file_leave_the_norm_open(tmp_path: Path, nlp) -> None:
    plan = "Screening en VGB's: vastgelegd in het gezinsdossier van het crisisgezin (niet in dit kinddossier).\n"
    found = audit_files(tmp_path / "VGB-3", nlp, {"plan.txt": PLAN + plan}, AS_OF)
    assert found["vgb"]["complete"] is None and found["norms"]["vgb_complete"] == "n/a"


def test_a_family_as_a_crisis_home_is_no_hypothesis(tmp_path: Path, nlp) -> None:
    plan = "Bianca en Orhan zijn in 2019 gescreend als crisisgezin en hebben allebei een VGB.\n"
    vgb = _vgb(tmp_path, nlp, plan)
    assert vgb["complete"] is True


@pytest.mark.parametrize("news", [
    "Oma meldt dat oom Mark (26, zoon van opa en oma) sinds vandaag weer bij hen inwoont.",
    "Mirthe (dochter PO) is vorige week 18 geworden en woont nog thuis.",
])
def test_a_new_adult_in_the_home_without_a_vgb(tmp_path: Path, nlp, news: str) -> None:
    plan = "Gezin: opa Henk (67) en oma Ria (64), VGB opa en oma afgegeven 10-2023.\n"
    vgb = _vgb(tmp_path, nlp, plan, f"04-03-2025 | PZB | {news}\n")
    assert vgb["complete"] is False
