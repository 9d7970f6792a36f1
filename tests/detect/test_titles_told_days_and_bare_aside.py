"""The child's name from a file's title ("Zorgplan Fenna (6)", "Dossieroverzicht Mila Haverkamp") and from
living with grandparents; a day told earlier in an entry dates what follows only when that story is the
writer's own contact ("Afgelopen woensdag huisbezoek gedaan. ... Daarna Roos alleen gesproken", not "Het
gezin is afgelopen zondag verhuisd."); the child taken aside in few words ("Ruben apart in de schuur",
"PK daarna apart:"), a video call with the child alone, a yearly summary with its days, "1op1", a talk "met
de deur dicht"; a file of two check forms whose second says it is copied. Every sentence is written for
this test."""
from __future__ import annotations

import datetime as dt

import pytest

from audit.detect import facts
from tests.pipelines import audit_files, event_dates, trigger_cues

AS_OF = dt.date(2025, 12, 1)
PLAN = ("Hulpverleningsplan\nPleegkind: Roos Vermeulen\nPleegouders: Nadia en Erik Smit\n"
        "Start plaatsing: 01-03-2022\n")
ASIDE = "kind apart ergens (breed)"
CALL = "beeldbellen, kind alleen (breed)"


def one_on_one(tmp_path, nlp, text: str, plan: str = PLAN) -> list[str]:
    found = audit_files(tmp_path / "T22-1", nlp, {"plan.txt": plan, "journaal.txt": text}, AS_OF)
    return sorted(event_dates(found, "one_on_one_contacts"))


# --- the child's name ---------------------------------------------------------------------------------

def test_a_plan_s_title_word_before_the_child_s_name_and_age_is_no_name():
    text = ("Pleegzorg Noord - formulier\nZorgplan Fenna (6) - bestandspleegzorg bij M. Verhoef\n"
            "Doel 1: Fenna zwemt voor de zomer.\n")
    assert facts.child_names([text]) == {"Fenna"}


def test_a_full_name_with_an_age_still_gives_the_first_name():
    assert facts.child_names(["Overzicht\nHuisgenoten: Sem Jansen (9), Anja Kuiper (58)\n"]) == {"Sem"}


def test_a_title_with_a_full_name_names_the_child_when_no_field_does():
    texts = ["Dossieroverzicht Mila Haverkamp (netwerkplaatsing)\nPZW: Ilona Brouwers.\n"
             "Mila is in 2023 bij opa en oma geplaatst. Mila gaat naar groep 3.\n",
             "Voortgangsverslag Mila Haverkamp\n\nMila woont bij opa Jan en oma Trees.\n"]
    assert facts.child_names_from_titles(texts) == {"Mila"}


def test_a_title_without_a_document_word_or_with_a_name_seldom_used_names_nobody():
    assert facts.child_names_from_titles(["Familie Mila Haverkamp\nMila is blij. Mila en Mila.\n"]) == set()
    assert facts.child_names_from_titles(["Gespreksverslag Anja Kuiper\nGesprek over de weekenden.\n"]) == set()


def test_living_with_grandparents_names_the_child():
    assert facts.child_names_from_living(["Mila woont bij opa Jan en oma Trees in Asterveld."]) == {"Mila"}


# --- the day a story is on ----------------------------------------------------------------------------

def test_another_s_deed_on_a_told_day_does_not_date_the_talk_after_it(tmp_path, nlp):
    text = ("Journaal\n\n03-09-2025, gesprek jeugdige:\nHet gezin Smit is afgelopen zondag verhuisd naar de "
            "Zeestraat. Roos alleen gesproken op haar nieuwe school; ze vindt de verhuizing spannend.\n")
    assert one_on_one(tmp_path, nlp, text) == ["2025-09-03"]


def test_the_writer_s_own_visit_on_a_told_day_still_dates_the_talk_after_it(tmp_path, nlp):
    text = ("Journaal\n\n03-09-2025, notitie:\nGisteren was ik bij de familie Smit. Roos alleen gesproken op haar "
            "kamer; ze vindt de nieuwe school spannend.\n")
    assert one_on_one(tmp_path, nlp, text) == ["2025-09-02"]


def test_a_next_step_goes_on_with_the_entry_s_story_over_its_line_breaks(tmp_path, nlp):
    text = ("Tijdlijn\n\n27-11-2025 09:30 | Contactmoment | status: afgerond\n"
            "Notitie: Afgelopen woensdag huisbezoek gedaan. Eerst met Nadia gesproken over de weekenden;\n"
            "uitgelegd hoe ze grenzen kan stellen.\nDaarna Roos alleen gesproken in de tuin bij de konijnen.\n")
    assert one_on_one(tmp_path, nlp, text) == ["2025-11-26"]


def test_without_a_next_step_a_later_line_keeps_the_entry_s_day(tmp_path, nlp):
    text = ("Tijdlijn\n\n27-11-2025 09:30 | Contactmoment | status: afgerond\n"
            "Notitie: Afgelopen woensdag huisbezoek gedaan met Nadia en Erik.\n"
            "Vandaag Roos alleen gesproken op school.\n")
    assert one_on_one(tmp_path, nlp, text) == ["2025-11-27"]


# --- the child taken aside in few words ---------------------------------------------------------------

@pytest.mark.parametrize("text, cue", [
    ("Onaangekondigd hb, Roos apart in de schuur.", ASIDE),
    ("PK daarna apart: zij voelt zich veilig.", ASIDE),
    ("Daarna Roos alleen in de tuin bij de konijnen.", ASIDE),
    ("Nagesprek met Roos via beeldbellen, zij alleen.", CALL),
    ("Beeldbellen, alleen Roos; pleegouders waren op hun werk.", CALL),
    ("Beeldbelgesprek met Roos alleen, zij zat op haar kamer.", CALL),
])
def test_the_child_aside_in_few_words_is_a_broad_cue(triggers, text, cue):
    assert cue in trigger_cues(triggers, text)


@pytest.mark.parametrize("text", [
    "Roos is deze keer niet apart gesproken.",
    "Roos speelt alleen op zaterdag hockey.",
    "Vandaag alleen op kantoor geweest.",
])
def test_no_aside_cue_for_a_negation_a_habit_or_a_plain_word(triggers, text):
    assert ASIDE not in trigger_cues(triggers, text)


def test_a_foster_parent_named_aside_is_not_the_child(tmp_path, nlp):
    text = "Journaal\n\n12-11-2025 huisbezoek\nNadia apart in de keuken: zij is moe.\n"
    assert one_on_one(tmp_path, nlp, text) == []


def test_a_yearly_summary_gives_each_day_it_names(tmp_path, nlp):
    text = ("Jaarverslag 2025\n\n28-11-2025 verslag\nVerder sprak ik Roos dit jaar alleen op 15 april en op "
            "7 november.\n")
    assert one_on_one(tmp_path, nlp, text) == ["2025-04-15", "2025-11-07"]


def test_one_op_one_written_as_one_word(tmp_path, nlp):
    text = "Journaal\n\n11-02-2025 hb\npk 1op1 gesproken in de auto op weg naar bezoek moeder\n"
    assert one_on_one(tmp_path, nlp, text) == ["2025-02-11"]


def test_a_closed_door_is_a_broad_cue_and_no_rule_s_talk(triggers, tmp_path, nlp):
    assert "deur dicht (breed)" in trigger_cues(triggers, "Ik heb haar op haar kamer gesproken met de deur dicht.")
    text = "Journaal\n\n15-03-2025 hb\nIk heb met pleegouders gesproken met de deur dicht; Roos speelde buiten.\n"
    assert one_on_one(tmp_path, nlp, text) == []


def test_a_talk_on_this_year_s_form_stands_above_next_year_s_copied_concept(tmp_path, nlp):
    form = ("Veiligheidscheck pleeggezin 2025\nJeugdige: Roos Vermeulen (11 jaar)\nDatum afname: 15-04-2025\n"
            "Mening van Roos\nRoos apart gesproken in de tuin (ca. 15 minuten), zonder Nadia en Erik.\n"
            "Conclusie\nVeilig.\n\nVeiligheidscheck pleeggezin 2026\nStatus: concept, nog niet besproken\nDatum afname: -\n"
            "Antwoorden hieronder overgenomen uit de check van vorig jaar.\nMening van Roos\n(nog invullen)\n")
    found = audit_files(tmp_path / "T22-2", nlp, {"plan.txt": PLAN, "veiligheidscheck.txt": form}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2025-04-15"]


def test_a_copy_note_below_the_talk_s_field_in_the_same_form_still_makes_it_last_year_s(tmp_path, nlp):
    form = ("Veiligheidscheck pleeggezin\nDatum: 16-11-2025\nPleegkind: Roos Vermeulen\nKind apart gesproken: ja\n"
            "Uitkomst: groen\nIngevuld op basis van de veiligheidscheck van 18-11-2024; antwoorden ongewijzigd "
            "overgenomen. Gesprek met pleegouders en Roos volgt.\n")
    found = audit_files(tmp_path / "T22-3", nlp, {"plan.txt": PLAN, "veiligheidscheck.txt": form}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == []


def test_a_thank_you_for_yesterday_still_dates_the_check_after_it(tmp_path, nlp):
    mail = ("Van: Ilse de Wit\nVerzonden: woensdag 9 april 2025 09:20\nAan: Nadia Smit\nOnderwerp: check\n"
            "Hoi Nadia,\nDank voor gisteren. De veiligheidscheck is bij jullie aan tafel ingevuld, het formulier "
            "zit in de bijlage.\nIlse\n")
    found = audit_files(tmp_path / "T22-4", nlp, {"plan.txt": PLAN, "mail.txt": mail}, AS_OF)
    assert event_dates(found, "safety_checks") == ["2025-04-08"]


def test_a_weekday_told_in_dated_meeting_notes_is_that_day(tmp_path, nlp):
    notes = ("Vergadernotities – Teams – 24 april 2025 – Deelnemers: Nadia Smit, Erik Smit, Ilse de Wit (PZB)\n"
             "Voorbereiding nieuw hulpverleningsplan.\nIlse heeft Roos afgelopen dinsdag apart gesproken op school; "
             "Roos maakt zich zorgen over de eindtoets.\n")
    found = audit_files(tmp_path / "T22-5", nlp, {"plan.txt": PLAN, "notulen.txt": notes}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2025-04-22"]


def test_a_feast_day_is_read_in_the_report_s_year_not_a_year_told_long_before(tmp_path, nlp):
    report = ("Voortgangsverslag december 2024 - mei 2025\nPleegkind | Roos Vermeulen (03-06-2019)\n"
              "Periode | december 2024 - mei 2025\nOp de woensdag voor pakjesavond heb ik Roos op school gesproken, "
              "in de speelzaal, alleen wij tweeën.\n")
    found = audit_files(tmp_path / "T22-6", nlp, {"plan.txt": PLAN, "verslag.txt": report}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2024-12-04"]


# --- counter-examples from the session's review ---------------------------------------------------------

def test_a_next_step_does_not_reach_over_a_blank_line_or_past_today(tmp_path, nlp):
    text = ("Journaal\n\n03-09-2025 huisbezoek\nNadia belde mij afgelopen maandag over de ruzie.\n\n"
            "Vandaag huisbezoek.\nDaarna heb ik Roos alleen gesproken op haar kamer.\n")
    assert one_on_one(tmp_path, nlp, text) == ["2025-09-03"]


def test_another_s_day_told_to_the_writer_does_not_date_the_talk(tmp_path, nlp):
    text = ("Journaal\n\n03-09-2025 huisbezoek\nNadia vertelde me dat Roos gisteren is weggelopen. "
            "Roos alleen gesproken op haar kamer.\n")
    assert one_on_one(tmp_path, nlp, text) == ["2025-09-03"]


def test_only_at_meetings_with_the_foster_parents_is_no_yearly_summary_of_talks_alone(tmp_path, nlp):
    text = ("Jaarverslag 2025\n\n28-11-2025 verslag\nRoos sprak ik dit jaar alleen op de evaluaties van 12 maart "
            "en 5 november, samen met Nadia en Erik.\n")
    assert one_on_one(tmp_path, nlp, text) == []


def test_a_copy_note_under_a_signature_date_is_still_the_form_s(tmp_path, nlp):
    form = ("Veiligheidscheck pleeggezin\nDatum: 16-11-2025\nKind apart gesproken: ja\n"
            "Datum ondertekening: 16-11-2025\nNB antwoorden overgenomen uit de check van vorig jaar.\n")
    found = audit_files(tmp_path / "T22-7", nlp, {"plan.txt": PLAN, "veiligheidscheck.txt": form}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == []


def test_a_title_that_names_a_role_or_a_place_names_no_child():
    assert facts.child_names_from_titles(["Gespreksverslag Nadia Smit (pleegmoeder)\nNadia Nadia Nadia\n"]) == set()
    assert facts.child_names_from_titles(["Pleegzorg Midden Brabant\nMidden Midden Midden\n"]) == set()
    assert facts.child_names_from_titles(["Perspectiefplan Ruben Bakker 2025\nRuben Ruben Ruben\n"]) == {"Ruben"}


def test_a_parent_living_with_a_grandparent_is_no_child():
    assert facts.child_names_from_living(["Moeder Linda woont bij oma in Zwolle.", "Vader Kevin woont bij zijn oom."]) == set()


def test_a_plan_s_title_word_before_a_particle_and_the_name():
    assert facts.child_names(["Zorgplan van Fenna (6) - bestand\n"]) == {"Fenna"}


def test_a_feast_day_in_a_two_year_evaluation_is_read_near_the_day_told_before(tmp_path, nlp):
    report = ("Evaluatie 2023-2024\nDatum verslag: 10-01-2025\n\nOp maandag 6 november 2023 ben ik bij Nadia en Erik "
              "geweest. Op de woensdag voor pakjesavond heb ik Roos op school gesproken, alleen wij tweeën.\n")
    found = audit_files(tmp_path / "T22-8", nlp, {"plan.txt": PLAN, "verslag.txt": report}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2023-11-29"]


@pytest.mark.parametrize("story", [
    "Roos is er sinds gisteravond en sliep goed.",
    "Roos zit sinds maandag in groep 1.",
    "School belt: Roos heeft verteld dat haar moeder gisteren boos was.",
    "Het gezin Smit is afgelopen zondag verhuisd naar de Zeestraat.",
])
def test_a_state_since_then_another_s_words_or_another_s_move_do_not_date_the_talk(tmp_path, nlp, story):
    text = f"Journaal\n\n03-09-2025 huisbezoek\n{story} Roos alleen gesproken op haar kamer.\n"
    assert one_on_one(tmp_path, nlp, text) == ["2025-09-03"]


def test_a_lunch_told_without_subject_dates_the_talk_after_it(tmp_path, nlp):
    text = ("Journaal\n\n03-09-2025 notitie\nGisteren met Roos geluncht bij het station. We hebben het gehad over "
            "school; ik heb haar alleen gesproken, Nadia was er niet bij.\n")
    assert one_on_one(tmp_path, nlp, text) == ["2025-09-02"]
