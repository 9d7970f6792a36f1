"""Counter-examples from a review of the seventeenth session's rules (written by a reviewer who saw no
corpus): coded lines that must keep a pipeline trigger's cue, notes that look like legends, a child
heard or not when another adult is the subject, answers that are no form fields, group information
that is still this child's. Every sentence is written for a test."""
import datetime as dt
from pathlib import Path

import pytest

from audit import nlp as nlp_mod
from audit.nlp.components.triggers import SPANS_KEY
from audit.pipeline import analyse
from audit.read import load_dossier
from tests.pipelines import audit_files, event_dates

AS_OF = dt.date(2025, 6, 1)
HEADER = "Journaal pleegzorg - Mirte Vos (geb. 14-02-2013)\nPleeggezin: fam. Bakker\n\n"
LEGEND = ("Codes:\nKG   = kindgesprek Daan (zonder pleegouders)\nHB   = huisbezoek pleeggezin\n"
          "VC   = veiligheidscheck pleeggezin\nNB   = niet doorgegaan\n\n")


def audit(tmp_path: Path, nlp, files: dict[str, str]) -> dict:
    return audit_files(tmp_path / "RVW-1", nlp, files, AS_OF)


def heard(tmp_path: Path, nlp, body: str) -> bool:
    (check,) = audit(tmp_path, nlp, {"journaal.txt": HEADER + f"03-10-2024 | Huisbezoek\n{body}\n"})["safety_checks"]
    return check["child_spoken"]


# --- coded lines ---------------------------------------------------------------------------------

def test_a_pipeline_trigger_on_a_code_keeps_its_cue_and_is_not_doubled(tmp_path):
    folder = tmp_path / "KOD-1"
    folder.mkdir()
    (folder / "journaal.txt").write_text(LEGEND + "14-01-25 VC – afgenomen met pleegouders en Daan.\n"
                                         "24-02-25 VC NB – pleegmoeder ziek.\n", encoding="utf-8")
    (adoc,) = analyse(load_dossier(folder), nlp_mod.load(), as_of=AS_OF)
    checks = [s for s in adoc.doc.spans[SPANS_KEY] if s.label_ == "safety_check" and s.text == "VC"
              and s.start_char > len(LEGEND)]  # the coded lines', not the legend's own "VC = ..."
    assert len(checks) == len({(s.start_char, s.end_char) for s in checks}) == 2
    cancelled = [s for s in checks if "CANCELLED" in s._.qualifiers]
    assert len(cancelled) == 1 and [q for q, _ in cancelled[0]._.qualifier_evidence].count("CANCELLED") == 1


def test_notes_per_person_are_no_legend(tmp_path, nlp):
    journal = ("Journaal pleegzorg - Daan Smits\n\n14-01-2025 Huisbezoek\nPK = apart gesproken op zijn kamer\n"
               "PM = daarna bijgepraat in de keuken\n")
    assert event_dates(audit(tmp_path, nlp, {"journaal.txt": journal}), "one_on_one_contacts") == ["2025-01-14"]


def test_a_code_in_a_planning_note_does_not_redefine_it(tmp_path, nlp):
    journal = LEGEND + ("06-01-25 HB – jaarplanning met pleegouders. Afgesproken frequentie: KG = 1x per 6 weken, "
                        "HB = 1x per kwartaal.\n14-01-25 KG – Daan na school opgehaald, over zijn nieuwe school.\n"
                        "25-02-25 KG – wandeling in het park, Daan vertelt over voetbal.\n")
    assert event_dates(audit(tmp_path, nlp, {"journaal.txt": journal}), "one_on_one_contacts") == ["2025-01-14", "2025-02-25"]


@pytest.mark.parametrize("line", [
    "14-01-2025 | KG | Daan, pleegmoeder | Daan wilde dat pleegmoeder erbij bleef.",
    "14-01-25 KG – Daan wilde dat pleegmoeder erbij bleef.",
])
def test_a_coded_talk_with_a_foster_parent_there_is_none(tmp_path, nlp, line):
    assert audit(tmp_path, nlp, {"journaal.txt": LEGEND + line + "\n"})["one_on_one_contacts"] == []


# --- child heard in the check --------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Veiligheidscheck gedaan met pleegouders. Mirte niet apart gesproken. Mirte speelde buiten en pleegmoeder heeft "
    "zelf verteld dat het goed gaat.",
    "Veiligheidscheck met pleegouders ingevuld, Mirte niet apart gesproken. Pleegmoeder is gevraagd hoe zij zich "
    "voelt nu pleegvader veel weg is.",
])
def test_another_adult_s_words_are_not_the_child_heard(tmp_path, nlp, body):
    assert heard(tmp_path, nlp, body) is False


@pytest.mark.parametrize("body", [
    "Veiligheidscheck afgenomen. Mirte heeft de vragen zelf beantwoord en pleegvader was niet thuis.",
    "Veiligheidscheck afgenomen. Mirte apart gesproken. Mirte gaf aan haar moeder al lang niet gezien te hebben.",
    "Veiligheidscheck afgenomen. Mirte zat aan haar huiswerk toen ik kwam; daarna samen de vragen doorgelopen en "
    "Mirte gaf een 8.",
    "Veiligheidscheck afgenomen. Mirte apart gesproken op haar kamer. Mirte gaf aan dat ze zich alleen met "
    "pleegmoeder echt veilig voelt.",
    "Veiligheidscheck afgenomen. Mirte apart gesproken en zij gaf een 8. Pleegbroertje Sem is te jong.",
    "Veiligheidscheck afgenomen met pleegouders en Mirte. Pleegkind gevraagd of ze zich weleens onveilig voelt: nee.",
])
def test_the_child_heard_whatever_else_the_check_says(tmp_path, nlp, body):
    assert heard(tmp_path, nlp, body) is True


@pytest.mark.parametrize("answer", [
    "Mening pleegkind: volgt bij volgend huisbezoek",
    "Stem van het kind: volgens pleegmoeder gaat het goed",
    "Mening pleegkind: onbekend, was op school",
])
def test_a_view_field_that_tells_no_view(tmp_path, nlp, answer):
    form = ("Veiligheidscheck pleeggezin\nJeugdige: Mirte Vos\nDatum afname: 03-10-2024\nAfgenomen door: PZB\n"
            + answer + "\n")
    (check,) = audit(tmp_path, nlp, {"veiligheidscheck.txt": form})["safety_checks"]
    assert check["child_spoken"] is False


# --- words that still leave an event ---------------------------------------------------------------

def test_a_theme_evening_does_not_hide_a_talk_about_this_child(tmp_path, nlp):
    body = ("Na de themavond heeft pleegmoeder met mij besproken hoe ze Mirte kan uitleggen wat er in de puberteit "
            "verandert.")
    found = audit(tmp_path, nlp, {"journaal.txt": HEADER + f"12-03-2025 | Huisbezoek\n{body}\n"})
    assert event_dates(found, "sexual_development") == ["2025-03-12"]


def test_a_child_s_habit_does_not_hide_the_visit(tmp_path, nlp):
    body = "Huisbezoek bij het pleeggezin; pleegmoeder vertelde dat Mirte herhaaldelijk 's nachts wakker wordt."
    found = audit(tmp_path, nlp, {"journaal.txt": HEADER + f"12-03-2025 | Huisbezoek\n{body}\n"})
    assert event_dates(found, "home_visits") == ["2025-03-12"]


@pytest.mark.parametrize("body", [
    "Veiligheidscheck met pleegouders ingevuld. Mirte was aan het werk, haar pleegzus wel apart gesproken.",
    "Veiligheidscheck met pleegouders. Mirte is niet apart gevraagd; volgens pleegmoeder is ze daarvoor nog te jong.",
    "Veiligheidscheck met oma ingevuld. Pleegzus apart gevraagd hoe het thuis is, Mirte te jong.",
])
def test_the_child_away_or_too_young_beside_another_child_heard(tmp_path, nlp, body):
    assert heard(tmp_path, nlp, body) is False
