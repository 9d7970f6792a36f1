"""Mechanisms of the thirty-fifth session (issue 9): words a typesetter broke over lines in a PDF and hard spaces a
word processor left; notes typed line by line, in lower case, on a phone; the attention a note's next line gives;
advice that says it is for a brother; a mail that puts a question to the scientist; a remark in brackets at a
line's end; a meeting in the foster home named by the family. Every sentence here is written for this test.
"""
import datetime as dt
from pathlib import Path

from tests.pipelines import ROOS_PLAN, audit_files, audit_with_plan as _audit, event_dates, pdf_pages


# --- typesetting ----------------------------------------------------------------------------------------------------

TYPESET = [
    "Journaal Roos Bakker",
    "",
    "12-03-2025 - Overleg GW",
    "Casus van Roos besproken met gedragswetenschapper Sanne de Wit in het teamoverleg. Ad-",
    "vies GW: Roos elke week een vast moment alleen met haar mentor laten spreken over school.",
    "02-04-2025 - Overleg",
    "Mail van Ilse: Roos wil vaker naar haar moeder. Wordt besproken in het vol-",
    "gende zorgteamoverleg, daar neem ik het mee naar toe en dan kijken we samen wat kan.",
]


def test_a_word_broken_over_lines_is_read_whole_and_quoted_as_printed(tmp_path: Path, nlp) -> None:
    from audit.pipeline import for_analysis
    from audit.read import load_dossier

    folder = tmp_path / "X-1"
    folder.mkdir()
    pdf_pages(folder / "journaal.pdf", [TYPESET])
    found = audit_files(folder, nlp, {"plan.txt": ROOS_PLAN})
    assert event_dates(found, "behavioural_scientist_advice") == ["2025-03-12"]
    assert event_dates(found, "care_team_meetings") == []  # "het volgende zorgteamoverleg" is still a plan
    doc = next(d for d in for_analysis(load_dossier(folder)).documents if d.name == "journaal.pdf")
    assert "Advies GW:" in doc.text and "het volgende zorgteamoverleg," in doc.text  # no gap inside the sentence
    at = doc.text.index("Advies GW:")
    start, end = doc.shown_span(at, at + len("Advies GW:"))
    assert doc.shown[start:end] == "Ad-vies GW:"  # the evidence quotes the file as printed


def test_a_hyphen_the_writer_typed_stays(tmp_path: Path) -> None:
    """Counter-example: "ouder-kindrelatie" on one line is the writer's word, not a typesetter's break."""
    from audit.read.file import read_file
    from audit.structure.hyphenation import without_hyphenation

    pdf_pages(tmp_path / "a.pdf", [["De ouder-kindrelatie is besproken met Ilse en Ruud tijdens het huisbezoek."]])
    assert "ouder-kindrelatie" in without_hyphenation(read_file(tmp_path / "a.pdf")).text


def test_hard_spaces_inside_a_date_keep_its_sentence_whole(tmp_path: Path, nlp) -> None:
    report = ("Journaal Roos Bakker\n\nwoensdag 14\u00a0januari 2026 \u2013 Overleg \u2013 P. de Wit (pzb)\n"
              "Contact met JB over de stand van zaken. De laatste veiligheidscheck is gedaan op 5\u00a0november\u00a02025,"
              " toen is Roos ook apart gevraagd naar haar mening.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": report}, as_of=dt.date(2026, 3, 1))
    assert event_dates(found, "safety_checks") == ["2025-11-05"]


def test_a_line_break_inside_a_quote_of_the_gold_is_the_readers_join() -> None:
    from audit.evaluate import squash
    from audit.goals.evaluate import agreement

    assert squash("Ad-\nvies GW: rust") == squash("Ad-vies GW: rust")
    assert squash("Pleeg\u00adouders bieden") == squash("Pleegouders bieden")
    assert agreement("Pleeg\u00adou\u00adders bieden Roos een veilige plek.", "Pleegouders   bieden Roos een veilige plek.") == 1.0
    assert agreement("Roos slaapt door, bijgehou-\nden door Ilse.", "Roos slaapt door, bijgehouden door Ilse.") == 1.0


# --- notes typed on a phone -----------------------------------------------------------------------------------------

NOTES = "\n".join([
    "PLEEGZORG EIKENDORP - export notities app",
    "client: Roos B. | medewerker: P. de Wit",
    "",
    "[ma 03-03-2025 19:10] PdW",
    "hb bij ilse en ruud, eerst samen aan tafel over de zomervakantie en de school van roos",
    "daarna roos alleen gesproken op haar kamer, gaat goed",
    "ruud wil graag een keer bellen over de fietsroute naar school",
    "",
    "[wo 14-05-2025 20:05] PdW",
    "vc bij po thuis, roos eerst apart gevraagd hoe het thuis gaat: voelt zich veilig en fijn",
    "daarna ilse en ruud, lijst helemaal doorgelopen en getekend",
    "",
    "[do 12-06-2025 18:40] PdW",
    "tel ilse: roos en een buurjongen speelden doktertje in de schuur",
    "besproken: past bij haar leeftijd, afspraken over deur open en eigen lichaam",
    "",
    "[di 08-07-2025 21:00] PdW",
    "mail gestuurd naar school over het rapport en de overgang naar groep 8",
    "moeder carla belt volgende week terug over de vakantie bij haar",
    "nog geen nieuws over de zwemles, ilse regelt dat zelf met de club",
])


def test_notes_typed_line_by_line_keep_their_lines() -> None:
    from audit.read.text import unwrap

    out = unwrap(NOTES)
    assert "over de zomervakantie en de school van roos\ndaarna roos alleen" in out
    assert "voelt zich veilig en fijn\ndaarna ilse" in out


def test_wrapped_prose_is_still_joined() -> None:
    """Counter-example: prose an editor wrapped, whose paragraphs end with a full stop, is one line."""
    from audit.read.text import unwrap

    prose = "\n".join(["Op 3 maart 2025 ben ik bij Ilse en Ruud op huisbezoek geweest en hebben we het over de",
                       "zomervakantie gehad. Roos heb ik daarna alleen gesproken op haar kamer, het gaat goed.",
                       ""] * 6)
    assert "over de zomervakantie gehad" in unwrap(prose)


def test_notes_in_lower_case_are_read_with_their_capitals(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"notities.txt": NOTES})
    assert event_dates(found, "one_on_one_contacts") == ["2025-03-03", "2025-05-14"]
    assert event_dates(found, "safety_checks") == ["2025-05-14"]  # "vc": the safety check, in capitals once read
    assert event_dates(found, "sexual_development") == ["2025-06-12"]  # the next line gives the attention
    check = found["safety_checks"][0]
    assert "vc bij po thuis" in check["evidence"][0]["sentence"]  # quoted as typed


def test_a_file_in_ordinary_case_is_left_as_it_is() -> None:
    from audit.structure.casing import dossier_in_sentence_case
    from audit.types import Document, Dossier

    text = "Journaal\n\n" + "\n".join(["03-03-2025: Huisbezoek bij Ilse en Ruud, Roos alleen gesproken."] * 8)
    doc = Document(name="j.txt", path=Path("j.txt"), sha256="", reader="text/utf-8", text=text)
    out = dossier_in_sentence_case(Dossier(dossier_id="X", path=Path("X"), documents=[doc], errors=[]))
    assert out.documents[0].text == text


# --- advice ---------------------------------------------------------------------------------------------------------

def test_advice_that_says_it_is_for_a_brother_is_his(tmp_path: Path, nlp) -> None:
    plan = ROOS_PLAN + "Broer: Jesse Bakker (13), woont bij moeder\n"
    mail = ("Van: Sanne de Wit (gedragswetenschapper)\nDatum: 14-04-2025\nOnderwerp: advies\n\n"
            "Mijn advies voor Jesse (broer van Roos, woont bij moeder): een vaste mentor op school en rust in huis.\n")
    found = audit_files(tmp_path / "X-1", nlp, {"plan.txt": plan, "mail_gw.txt": mail}, as_of=dt.date(2025, 12, 1))
    assert event_dates(found, "behavioural_scientist_advice") == []
    # the veto is a definitional one (SCHEMA: advice about a sibling is not this child's): no model outvotes it
    from audit.detect import all_candidates, learn_facts
    from audit.ml.sentence_classifier import SentenceModels
    from audit.pipeline import dossier_context
    from audit.config import load_config
    from audit.read import load_dossier

    ctx = dossier_context(load_dossier(tmp_path / "X-1"), dt.date(2025, 12, 1), load_config(), nlp)
    learn_facts(ctx)
    advice = [c for c in all_candidates(ctx, SentenceModels.load())["behavioural_scientist_advice"] if "Jesse" in c.sentence]
    assert advice and all("veto=sibling_topic" in c.signals for c in advice)


def test_a_mail_that_asks_the_scientist_a_question_is_no_advice(tmp_path: Path, nlp) -> None:
    notes = ("Journaal Roos Bakker\n\n10-06-2025 - mail\nMail aan Sanne (GW): vraag of het driftige gedrag van Roos na de "
             "weekenden bij moeder iets zegt over haar hechting. Nog geen reactie.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": notes})
    assert event_dates(found, "behavioural_scientist_advice") == []


# --- the foster home ------------------------------------------------------------------------------------------------

def test_a_remark_in_brackets_at_a_lines_end_is_no_action_owner(tmp_path: Path, nlp) -> None:
    notes = ("Journaal Roos Bakker\n\nwoensdag 9 april 2025 \u2013 Huisbezoek \u2013 P. de Wit (pzb)\n"
             "Jaarlijks huisbezoek bij fam. Mulder (bestandspleegzorg). Ilse en Ruud gesproken over de zomer.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": notes})
    assert event_dates(found, "home_visits") == ["2025-04-09"]


def test_a_meeting_at_the_family_named_by_its_name_is_a_home_visit(tmp_path: Path, nlp) -> None:
    notes = ("Contactregistratie Roos Bakker\n\n"
             "11-02-2025 | PdW | zorgteam | Zorgteambijeenkomst bij fam. Mulder: Roos, Ilse, Ruud, moeder Carla "
             "(telefonisch), JB en PdW. HVP besproken.\n"
             "18-03-2025 | PdW | veiligheid | Startcheck veiligheid bij fam. Mulder; Roos samen met Ilse gevraagd hoe ze het vindt.\n"
             "06-05-2025 | PdW | zorgteam | Zorgteam bij moeder Carla thuis, Roos was erbij.\n")
    found = _audit(tmp_path, nlp, {"contacten.txt": notes})
    assert event_dates(found, "home_visits") == ["2025-02-11", "2025-03-18"]


def test_a_meeting_at_a_named_foster_parents_home_counts_with_her_kin_word(tmp_path: Path, nlp) -> None:
    notes = ("Journaal Roos Bakker\n\n20-05-2025 zorgteam\nZorgteam bij tante Ilse thuis, met Roos, Ruud en de JB.\n"
             "27-05-2025 overleg\nOverleg bij oma Carla thuis over de omgang, Roos was op school.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": notes})
    assert event_dates(found, "home_visits") == ["2025-05-20"]


def test_a_kind_of_record_in_brackets_still_ends_a_register_line(tmp_path: Path, nlp) -> None:
    """Counter-example: "(notitie)" after a register's visit line says the record is a note, as before."""
    register = ("Rapportages Roos Bakker\n\nnr datum type auteur\n"
                "7 04-03-2025 huisbezoek P. de Wit (notitie)\n8 11-03-2025 gesprek P. de Wit\n")
    found = _audit(tmp_path, nlp, {"rapportages.txt": register})
    assert "2025-03-04" not in event_dates(found, "home_visits")


# --- forms ----------------------------------------------------------------------------------------------------------

def test_a_forms_dotted_leader_leads_to_its_answer(tmp_path: Path, nlp) -> None:
    form = ("VEILIGHEIDSCHECK PLEEGGEZIN\npleeggezin ............ Mulder, Eikendorp\ndatum ................. 08-10-2025\n"
            "plaats ................ kantoor\ngesproken met ......... Roos (10) ja, alleen; Ilse ja\n"
            "woning ................ geen wijzigingen\nstatus ................ definitief\n")
    found = _audit(tmp_path, nlp, {"veiligheidscheck.txt": form})
    assert event_dates(found, "one_on_one_contacts") == ["2025-10-08"]


# --- the review's counter-examples ----------------------------------------------------------------------------------

BROTHER_PLAN = ROOS_PLAN + "Broer: Jesse Bakker (13), woont bij moeder\n"


def test_advice_for_the_brother_and_our_child_is_ours(tmp_path: Path, nlp) -> None:
    for i, advice in enumerate(["Sanne de Wit (gedragswetenschapper) adviseert voor Jesse en Roos allebei een vaste bedtijd.",
                                "De gedragswetenschapper adviseert dat Roos niet langer voor Jesse zorgt als ze bij moeder is."]):
        notes = "Journaal Roos Bakker\n\n14-04-2025 - Overleg GW\nCasus Roos besproken met de gedragswetenschapper. " + advice + "\n"
        found = audit_files(tmp_path / f"X-{i}", nlp, {"plan.txt": BROTHER_PLAN, "journaal.txt": notes}, dt.date(2025, 12, 1))
        assert event_dates(found, "behavioural_scientist_advice") == ["2025-04-14"], advice


def test_a_meeting_at_the_childs_own_family_is_no_home_visit(tmp_path: Path, nlp) -> None:
    notes = ("Journaal Roos Bakker\n\n20-05-2025 zorgteam\nZorgteam bij familie Bakker, de moeder en stiefvader van Roos, over "
             "de uitbreiding van de omgang.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": notes})
    assert event_dates(found, "home_visits") == []


def test_another_home_later_in_the_sentence_leaves_the_visit(tmp_path: Path, nlp) -> None:
    notes = ("Journaal Roos Bakker\n\n12-06-2025\nHuisbezoek bij Ilse en Ruud, Roos was nog bij vriendinnetje Fenna thuis en "
             "kwam later binnen.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": notes})
    assert event_dates(found, "home_visits") == ["2025-06-12"]


def test_a_meeting_held_online_is_no_home_visit(tmp_path: Path, nlp) -> None:
    notes = ("Journaal Roos Bakker\n\n12-06-2025 - Overleg\nZorgteamoverleg bij de pleegouders thuis ging niet door vanwege "
             "de griep; met Ilse, Ruud, moeder en school via Teams gehouden.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": notes})
    assert event_dates(found, "home_visits") == []


def test_a_form_of_fields_with_one_wrapped_paragraph_is_no_file_of_notes() -> None:
    from audit.read.text import unwrap

    fields = ["Pleegkind: Roos Bakker, 10 jaar, groep 6 van de basisschool", "Pleeggezin: Ilse en Ruud Mulder, Eikendorp",
              "Datum gesprek: 12-03-2025, bij het pleeggezin thuis", "Aanwezig: Ilse, Ruud, Roos en de pleegzorgbegeleider",
              "School: gaat goed, rapport besproken met de juf van groep 6", "Omgang: elke twee weken bij moeder Carla thuis",
              "Gezondheid: geen bijzonderheden, tandarts geweest in februari", "Hobby's: zwemmen op woensdag, tekenen thuis",
              "Volgende afspraak: over zes weken, datum volgt nog per mail", "Steunfiguur: buurvrouw Anja, al jaren bekend",
              "Veiligheid: geen zorgen, rookmelders aanwezig en getest"]
    paragraph = ["Eerst met Ilse en Ruud aan tafel gezeten over de zomervakantie. Daarna Roos onder",
                 "vier ogen gesproken op haar kamer, zij vertelt dat ze het fijn heeft."]
    out = unwrap("\n".join(["Verslag huisbezoek", *fields, "", "Verloop gesprek", *paragraph]))
    assert "Daarna Roos onder vier ogen gesproken" in out


def test_an_ellipsis_still_ends_a_sentence() -> None:
    from audit.structure.sentences import sentence_spans

    text = "De jaarlijkse check doe ik in mei ... Vandaag met Ilse de zwemles besproken."
    assert [text[a:b] for a, b in sentence_spans(text)] == ["De jaarlijkse check doe ik in mei ...",
                                                             "Vandaag met Ilse de zwemles besproken."]


def test_a_writers_hyphen_after_an_abbreviation_stays_at_a_line_break(tmp_path: Path) -> None:
    from audit.read.file import read_file
    from audit.structure.hyphenation import without_hyphenation

    pdf_pages(tmp_path / "j.pdf", [["Casus van Roos besproken met Sanne de Wit en de pleegzorgbegeleider in het GW-",
                                    "overleg van vandaag; daarna met haar ex-", "partner van moeder gebeld over de omgang."]])
    text = without_hyphenation(read_file(tmp_path / "j.pdf")).text
    assert "GW-overleg" in text and "ex-partner" in text


def test_a_form_that_spoke_the_foster_mother_alone_is_no_talk_with_the_child(tmp_path: Path, nlp) -> None:
    form = ("VEILIGHEIDSCHECK PLEEGGEZIN\npleeggezin ............ Mulder, Eikendorp\ndatum ................. 08-10-2025\n"
            "gesproken met ......... Ilse ja, alleen; Roos (10) nee, was naar school\nstatus ................ definitief\n")
    found = _audit(tmp_path, nlp, {"veiligheidscheck.txt": form})
    assert event_dates(found, "one_on_one_contacts") == []


def test_a_next_line_on_another_topic_gives_no_attention(tmp_path: Path, nlp) -> None:
    notes = ("Journaal Roos Bakker\n\n12-06-2025 - Telefonisch contact\nTel. Ilse: Roos en een buurjongen speelden doktertje "
             "in de schuur.\nBesproken hoe het gaat met de zwemles en de verjaardag van Ruud.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": notes})
    assert event_dates(found, "sexual_development") == []


def test_a_grandmother_at_her_home_who_spoke_the_child_is_the_speaker(tmp_path: Path, nlp) -> None:
    notes = ("Journaal Roos Bakker\n\n12-06-2025 - Telefonisch contact\nBij oma heeft Roos haar hart gelucht, oma heeft haar "
             "alleen gesproken op haar kamer.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": notes})
    assert event_dates(found, "one_on_one_contacts") == []


def test_the_childs_name_or_a_word_in_brackets_at_a_notes_end_is_no_action_owner(tmp_path: Path, nlp) -> None:
    notes = ("Journaal Roos Bakker\n\n07-05-2025\nhb bij pleegouders thuis (roos)\n\n22-11-2025\n"
             "rond 19u veiligheidscheck bij Ilse en Ruud thuis, Roos was er (weekend).\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": notes})
    assert event_dates(found, "home_visits") == ["2025-05-07", "2025-11-22"]


def test_a_family_by_another_name_than_the_childs_is_the_foster_home(tmp_path: Path, nlp) -> None:
    """A check at "fam. Kooij-Hamers" (a double name the files never give) is at the foster home, as it was before; a
    participant by video or phone leaves a meeting at home one."""
    notes = ("Journaal Roos Bakker\n\n21-03-2025\nJaarlijkse veiligheidscheck bij fam. Kooij-Hamers thuis, zie formulier.\n\n"
             "15-04-2025\nZorgteam bij Ilse en Ruud thuis: Roos, mentor, verpleegkundig specialist (via Teams) en ik.\n\n"
             "10-09-2025\nEerste zorgteamoverleg bij fam. Mulder thuis: Roos, pleegouders, voogd en telefonische tolk.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": notes})
    assert event_dates(found, "home_visits") == ["2025-03-21", "2025-04-15", "2025-09-10"]


def test_a_scientists_meeting_that_did_not_go_ahead_today_is_no_advice(tmp_path: Path, nlp) -> None:
    notes = ("Journaal Roos Bakker\n\n11-03-2025\nhet gw overleg ging vandaag niet door de gedragswetenschapper was ziek wordt "
             "opnieuw gepland\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": notes})
    assert event_dates(found, "behavioural_scientist_advice") == []
