"""Mechanisms of the thirty-seventh session (issue 9): a file of several check forms, each judged on its own (its title
repeated, or a title that is page furniture, so each page opens a form); a date field written without a colon; a file
named for several checks; and more ways a check tells that the child gave her view, or that she was not asked.
Every sentence here is written for this test.
"""
import datetime as dt
from pathlib import Path

from tests.pipelines import RULES_ONLY, ROOS_AS_OF, ROOS_PLAN, audit_files, pdf_pages, rules_with_plan


def _rules(tmp_path: Path, nlp, files: dict[str, str]) -> dict:
    """The rules' own reading (no decision model) of ``files`` beside the small plan."""
    return rules_with_plan(tmp_path / "X-1", nlp, files)


def _heard(found: dict) -> dict[str, bool | None]:
    return {c["date"]: c.get("child_spoken") for c in found["safety_checks"]}


# --- a file of several check forms ----------------------------------------------------------------------------------

def _form(year: int, day: str, child_part: str, title: str = "Jaarlijkse veiligheidscheck pleeggezin") -> list[str]:
    return [f"{title} - {year}", "Pleegkind: Roos Bakker", "Pleeggezin: fam. Mulder, Eikendorp",
            f"Datum afname: {day}", "Afgenomen door: M. de Vries (PZB)", "Deel A - Huishouden",
            "Ilse en Ruud, geen andere volwassenen in huis.", "Deel B - Het pleegkind aan het woord", child_part,
            "Deel C - Conclusie", "Groen."]


def test_each_form_of_a_file_of_forms_is_judged_on_its_own(tmp_path: Path, nlp) -> None:
    folder = tmp_path / "X-1"
    pdf_pages(folder / "checks_2023-2025.pdf", [
        _form(2023, "11-10-2023", "Roos apart gesproken in de tuin; ze voelt zich veilig."),
        _form(2024, "16-10-2024", "Roos niet gesproken, zij was op kamp."),
        _form(2025, "15-10-2025", "Roos apart gesproken op haar kamer, zonder pleegouders.")])
    heard = _heard(_rules(tmp_path, nlp, {}))
    assert heard.get("2024-10-16") is False
    assert heard.get("2025-10-15") is True and heard.get("2023-10-11") is True


def test_a_form_whose_title_is_page_furniture_opens_on_each_page(tmp_path: Path, nlp) -> None:
    """The title stands on top of every page (masked as a running header): each page is one check, dated by its
    own field; the file's name says it holds checks."""
    folder = tmp_path / "X-1"
    head = "Pleegzorg Duinrand - Jaarlijkse veiligheidscheck pleeggezin"
    pages = [[head, "Pleegkind: Roos Bakker", "Datum afname: 03-02-2024", "Afgenomen door: M. de Vries",
              "Mening pleegkind gevraagd: ja - Roos apart gesproken tijdens een wandeling.", "Conclusie: groen."],
             [head, "Pleegkind: Roos Bakker", "Datum afname: 10-02-2025", "Afgenomen door: M. de Vries",
              "Mening pleegkind gevraagd: nee - Roos logeerde bij een vriendin.", "Conclusie: groen."],
             [head, "Pleegkind: Roos Bakker", "Datum afname: 20-11-2025", "Afgenomen door: M. de Vries",
              "Mening pleegkind gevraagd: ja - apart op haar kamer.", "Conclusie: groen."]]
    pdf_pages(folder / "veiligheidschecks_2024-2025.pdf", pages)
    heard = _heard(_rules(tmp_path, nlp, {}))
    assert heard.get("2025-02-10") is False and heard.get("2025-11-20") is True


def test_a_date_field_without_a_colon_dates_a_repeated_form(tmp_path: Path, nlp) -> None:
    """"Datum 23-09-2025" (a table's cells read as one line) is the form's date field; "... - herhaling" repeats
    the first form's title with a word added."""
    text = ("Veiligheidscheck crisispleeggezin\nGezin Ilse en Ruud Mulder, Eikendorp\nDatum 23-09-2025\n"
            "Afgenomen door M. de Vries\nMening jeugdige\nRoos apart bevraagd (zonder pleegouders): 'Het is hier rustig.'\n"
            "Conclusie\nGroen.\n\nVeiligheidscheck crisispleeggezin - herhaling\nGezin Ilse en Ruud Mulder, Eikendorp\n"
            "Datum 10-11-2025\nAfgenomen door M. de Vries, op kantoor met pleegouders\nMening jeugdige\n"
            "Roos was op school en is deze keer niet gevraagd.\nConclusie\nGroen.\n")
    heard = _heard(_rules(tmp_path, nlp, {"veiligheidscheck.txt": text}))
    assert heard.get("2025-09-23") is True and heard.get("2025-11-10") is False


def test_a_signature_date_splits_no_form(tmp_path: Path, nlp) -> None:
    """Counter-example: a later "Datum:" under the signature is no second form (no title above it)."""
    text = ("Veiligheidscheck pleeggezin Mulder\nDatum: 12-03-2025\nAfgenomen door: M. de Vries\n"
            "Mening pleegkind\nRoos apart gesproken op haar kamer; ze voelt zich veilig.\nConclusie: groen.\n"
            "Voor akkoord pleegouders\nDatum: 19-03-2025\nHandtekening: I. Mulder\n")
    found = _rules(tmp_path, nlp, {"veiligheidscheck.txt": text})
    assert _heard(found) == {"2025-03-12": True}


# --- the child's view, said in more ways ----------------------------------------------------------------------------

def _entry(sentence: str) -> dict[str, str]:
    return {"journaal.txt": "Journaal Roos\n\n12-03-2025 Huisbezoek\nJaarlijkse veiligheidscheck gedaan bij fam. "
                            f"Mulder thuis. {sentence}\n"}


HEARD = [
    "Roos werd nadien door ondergetekende telefonisch naar haar mening gevraagd.",
    "Eerst een kwartier met Roos in de tuin zonder Ilse en Ruud.",
    "Roos heeft samen met Ilse de praatplaten gedaan.",
    "Roos: gehoord samen met Ilse in de woonkamer (Roos wilde niet apart).",
    "Roos deed mee aan de keukentafel met Ilse erbij en zei dat ze zich thuis prima voelt.",
    "Roos schoof na het eten aan; ze vindt het 'gewoon fijn' thuis, Ilse zat erbij.",
    "Roos heeft haar eigen stukje met mij op haar kamer gedaan.",
    "Roos wilde niet apart praten; ze vertelde met Ilse erbij dat ze het hier fijn vindt.",
]


def test_more_ways_a_check_tells_the_child_gave_her_view(tmp_path: Path, nlp) -> None:
    for i, sentence in enumerate(HEARD):
        found = rules_with_plan(tmp_path / f"H-{i}", nlp, _entry(sentence))
        assert _heard(found) == {"2025-03-12": True}, sentence


NOT_HEARD = [
    "Ilse is naar haar mening gevraagd over de omgang.",  # the foster mother's view
    "Roos deed niet mee, ze was moe.",
    "N.v.t., Roos is 3 jaar. Niet gevraagd naar haar beleving; speelt ontspannen.",
]


def test_a_view_not_asked_or_asked_of_another_is_not_the_child_heard(tmp_path: Path, nlp) -> None:
    """Counter-examples: the foster mother's view, a child who did not take part, a toddler not asked."""
    for i, sentence in enumerate(NOT_HEARD):
        found = rules_with_plan(tmp_path / f"N-{i}", nlp, _entry(sentence))
        assert _heard(found) == {"2025-03-12": False}, sentence


def test_a_table_cell_answer_that_the_child_was_not_asked(tmp_path: Path, nlp) -> None:
    """"Mening jeugdige Niet gevraagd; ..." (label and answer cells on one line, no colon) says no."""
    text = ("Veiligheidscheck pleeggezin\nDatum 12-03-2025\nGezin Mulder, Eikendorp\nAfgenomen door M. de Vries, bij "
            "het gezin thuis\nMening jeugdige Niet gevraagd; Roos is 2 jaar. Geobserveerd: ontspannen bij "
            "pleegmoeder.\nConclusie Geen zorgen.\n")
    assert _heard(_rules(tmp_path, nlp, {"check.txt": text})) == {"2025-03-12": False}


# --- a reply that quotes the earlier mail ---------------------------------------------------------------------------

SIGNATURE = ("\nMet vriendelijke groet,\nMarloes Kok\nPleegzorgbegeleider | Pleegzorg Duinrand\nDit bericht is uitsluitend "
             "bestemd voor de geadresseerde.\n")


def test_a_quoted_mail_is_dated_by_its_quote_line(tmp_path: Path, nlp) -> None:
    """"Op di 13 mei 2025 om 16:40 schreef ...:" dates the advice under it to the 13th, not to the reply's day."""
    text = ("Van: Femke de Wit (gedragswetenschapper)\nVerzonden: 20-05-2025 10:02\nAan: Marloes Kok\nOnderwerp: RE: advies "
            "Roos\n\nEens, dank je.\n\nOp di 13 mei 2025 om 16:40 schreef Femke de Wit <f.dewit@duinrand.example>:\nMijn "
            "advies: bouw het contact met moeder langzaam op, eerst begeleid op kantoor.\n" + SIGNATURE)
    found = _rules(tmp_path, nlp, {"mail_advies.txt": text})
    assert [a["date"] for a in found["behavioural_scientist_advice"]] == ["2025-05-13"]


def test_a_quoted_talk_counts_once_on_its_own_day(tmp_path: Path, nlp) -> None:
    """Counter-example: a quote ("> ...") is the earlier mail again, with or without a line that dates it: the talk
    counts once, in its own mail, on its own day."""
    own = ("Van: Marloes Kok\nVerzonden: 13-05-2025 12:00\nAan: Femke de Wit\nOnderwerp: gesprek Roos\n\nVanochtend heb ik "
           "Roos alleen gesproken op school, zonder pleegouders.\n" + SIGNATURE)
    reply = ("Van: Femke de Wit\nVerzonden: 20-05-2025 10:02\nAan: Marloes Kok\nOnderwerp: RE: gesprek Roos\n\nFijn!\n\n"
             "> Vanochtend heb ik Roos alleen gesproken op school, zonder pleegouders.\n\nVan: Marloes Kok\nVerzonden: "
             "27-05-2025 09:00\nAan: Femke de Wit\nOnderwerp: RE: RE: gesprek Roos\n\nDank.\n\n> Op 13-05-2025 schreef "
             "Marloes Kok:\n> Vanochtend heb ik Roos alleen gesproken op school, zonder pleegouders.\n")
    found = _rules(tmp_path, nlp, {"mail_1.txt": own, "mail_2.txt": reply})
    assert [c["date"] for c in found["one_on_one_contacts"]] == ["2025-05-13"]


def test_a_reply_that_praises_a_deed_is_no_new_event(tmp_path: Path, nlp) -> None:
    text = ("Van: Femke de Wit\nVerzonden: 20-05-2025 10:02\nAan: Marloes Kok\nOnderwerp: RE: gesprek Roos\n\n"
            "Goed dat je haar apart hebt gezien. Fijn dat je Roos alleen hebt kunnen spreken.\n")
    assert _rules(tmp_path, nlp, {"mail.txt": text})["one_on_one_contacts"] == []


def test_a_journal_written_to_the_child_keeps_its_talks(tmp_path: Path, nlp) -> None:
    """Counter-example: in a note to the child, "je" is the child; the talk is the worker's with her."""
    text = "Journaal Roos\n\n12-03-2025\nFijn dat je met mij apart wilde praten, Roos, zonder Ilse en Ruud erbij.\n"
    assert [c["date"] for c in _rules(tmp_path, nlp, {"journaal.txt": text})["one_on_one_contacts"]] == ["2025-03-12"]


def test_a_line_that_breaks_off_after_and_goes_on(tmp_path: Path, nlp) -> None:
    """A line that ends on a word no sentence ends on ("..., en") goes on in the next line when that opens in lower
    case: the talk "daarna" is on the check's day, told in the line before."""
    text = ("Van: Marloes Kok\nVerzonden: maandag 17 maart 2025 08:55\nAan: Ilse Mulder\nOnderwerp: check zaterdag\n\n"
            "Hoi Ilse,\n\nDank voor zaterdag. Fijn dat ik op zaterdagochtend bij je thuis kon komen,\ndan was Roos er ook.\n"
            "Zaterdag (15 maart) hebben we samen de jaarlijkse veiligheidscheck gedaan,\nen\ndaarna heb ik Roos apart "
            "gesproken in de tuin, terwijl jij boodschappen deed.\n\nGroet, Marloes\n")
    assert [c["date"] for c in _rules(tmp_path, nlp, {"mail.txt": text})["one_on_one_contacts"]] == ["2025-03-15"]


def test_a_line_that_ends_in_a_semicolon_goes_on_with_its_day(tmp_path: Path, nlp) -> None:
    """"Veiligheidscheck gisteren (9 juli) ... afgenomen met Ilse en Ruud;" / "Roos heb ik daarna apart gesproken":
    the talk is on the check's day, and the child was heard in the check."""
    text = ("Van: Marloes Kok\nVerzonden: woensdag 10 juli 2024 13:05\nAan: Planning\nOnderwerp: veiligheidscheck "
            "registreren\n\nHoi,\n\nWil je de veiligheidscheck van fam. Mulder registreren?\nVeiligheidscheck gisteren "
            "(9 juli) bij het gezin thuis afgenomen met Ilse en Ruud;\nRoos heb ik daarna apart gesproken over hoe "
            "veilig ze zich voelt.\n\nGroet, Marloes\n")
    found = rules_with_plan(tmp_path / "X-1", nlp, {"mail.txt": text}, dt.date(2025, 3, 1))
    assert [c["date"] for c in found["one_on_one_contacts"]] == ["2024-07-09"]
    assert _heard(found) == {"2024-07-09": True}


def test_a_line_after_a_full_stop_keeps_its_own_day(tmp_path: Path, nlp) -> None:
    """Counter-example: after a line that ends a sentence, the next line's talk is the mail's day."""
    text = ("Van: Marloes Kok\nVerzonden: woensdag 10 juli 2024 13:05\nAan: Ilse\nOnderwerp: update\n\nHoi,\n\n"
            "Gisteren heb ik de school gebeld over het rapport.\nVanmiddag heb ik Roos alleen gesproken op school.\n")
    found = rules_with_plan(tmp_path / "X-1", nlp, {"mail.txt": text}, dt.date(2025, 3, 1))
    assert [c["date"] for c in found["one_on_one_contacts"]] == ["2024-07-10"]


def test_an_entry_whose_day_was_blacked_out_is_of_no_day(tmp_path: Path, nlp) -> None:
    """A copy for a request to see the file: "[datum] | Contact kind" opens an entry nobody can date; its talk is not
    the entry above it's (10-12-2024)."""
    for i, marker in enumerate(["[datum]", "██-██-2024"]):
        text = (f"Journaal Roos (kopie inzageverzoek)\n\n10-12-2024 | Telefonisch | [naam]\nMet pm de vakantieplanning "
                f"doorgenomen.\n{marker} | Contact kind | pzb [naam]\nRoos alleen gesproken op school in de pauze.\n"
                "11-01-2025 | Notitie | [naam]\nMail van school doorgestuurd.\n")
        found = rules_with_plan(tmp_path / f"X-{i}", nlp, {"journaal.txt": text})
        assert found["one_on_one_contacts"] == [], marker


REPORT = "Afsluitverslag pleegzorg Roos Bakker\nDatum: 18-07-2025\n\nTerugblik\n"


def test_talks_counted_in_a_look_back_are_no_talk_of_its_day(tmp_path: Path, nlp) -> None:
    """"In 2023 ... meerdere keren apart gesproken" (a year is no day of a talk), "een aantal keer alleen gesproken"."""
    for i, sentence in enumerate([
            "In 2023 is Roos meerdere keren apart gesproken door de vorige pleegzorgbegeleider.",
            "- Ik heb Roos een aantal keer alleen gesproken, op school, na het zwemmen en bij de bibliotheek."]):
        found = rules_with_plan(tmp_path / f"X-{i}", nlp, {"afsluitverslag.txt": REPORT + sentence + "\n"})
        assert found["one_on_one_contacts"] == [], sentence


def test_a_talk_with_its_day_in_a_look_back_still_counts(tmp_path: Path, nlp) -> None:
    """Counter-example: a talk the look-back gives its day ("Op 3 juni 2025 ... apart gesproken") is that day's."""
    found = rules_with_plan(tmp_path / "X-1", nlp, {"afsluitverslag.txt": REPORT +
                                                          "Op 3 juni 2025 is Roos apart gesproken op school.\n"})
    assert [c["date"] for c in found["one_on_one_contacts"]] == ["2025-06-03"]


def _talks(tmp_path: Path, nlp, sentence: str, name: str = "X-1") -> list[str]:
    text = f"Journaal Roos\n\n12-03-2025 Contact\n{sentence}\n"
    found = rules_with_plan(tmp_path / name, nlp, {"journaal.txt": text})
    return [c["date"] for c in found["one_on_one_contacts"]]


def test_a_foster_parent_written_in_lower_case_is_one(tmp_path: Path, nlp) -> None:
    """"(pm niet aanwezig)" says the foster mother was away, as "(PM niet aanwezig)" does; "pm zat erbij" that
    she was there."""
    assert _talks(tmp_path, nlp, "R. kort apart gesproken in de tuin (pm niet aanwezig).", "A") == ["2025-03-12"]
    assert _talks(tmp_path, nlp, "Roos apart gesproken, pm zat erbij.", "B") == []


def test_a_child_taken_aside_is_a_moment_alone(tmp_path: Path, nlp) -> None:
    assert _talks(tmp_path, nlp, "Roos apart meegenomen voor een broodje bij de snackbar.", "A") == ["2025-03-12"]
    assert _talks(tmp_path, nlp, "Ilse even apart genomen om de omgang te bespreken.", "B") == []  # the foster mother


def _advice(tmp_path: Path, nlp, sentence: str, name: str) -> list[str]:
    text = f"Journaal Roos\n\n12-03-2025 Overleg\n{sentence}\n"
    found = rules_with_plan(tmp_path / name, nlp, {"journaal.txt": text})
    return [a["date"] for a in found["behavioural_scientist_advice"]]


def test_advice_waited_for_counted_or_still_to_ask_is_no_advice(tmp_path: Path, nlp) -> None:
    for i, sentence in enumerate([
            "Besluit: terugplaatsing voorbereiden, definitieve datum afhankelijk van het advies GW en de rechtbank.",
            "De GW heeft tijdens de plaatsing meerdere keren geadviseerd.",
            "Wat nog moet gebeuren: een nieuw hulpverleningsplan en de aanvraag van een GW-consult over de hechting."]):
        assert _advice(tmp_path, nlp, sentence, f"N-{i}") == [], sentence
    # counter-example: advice given
    assert _advice(tmp_path, nlp, "GW (Femke) adviseert om de omgang met moeder af te bouwen naar eens per maand.",
                   "Y") == ["2025-03-12"]


def test_a_stressed_no_is_a_no(tmp_path: Path, nlp) -> None:
    """"géén veiligheidscheck geweest", "níet apart gesproken": the accents stress the word, they do not change it."""
    text = ("Journaal Roos\n\n09-09-2025 Overdracht\nVolgens Ilse is er in augustus géén veiligheidscheck geweest, de vorige "
            "begeleider had hem gepland.\nRoos is níet apart gesproken.\n")
    found = _rules(tmp_path, nlp, {"journaal.txt": text})
    assert found["safety_checks"] == [] and found["one_on_one_contacts"] == []


def test_a_persons_vgb_date_is_no_entry_of_a_form(tmp_path: Path, nlp) -> None:
    """"Jeroen Mulder (19): VGB 20-11-2025 - aanwezig" in a check form is a field, not a record of that day: the talk
    further down the form is on the form's day."""
    text = ("Veiligheidscheck pleeggezin 2026\nPleegkind: Roos Bakker\nDatum uitvoering: 24-02-2026, bij het gezin thuis\n"
            "Gezinssamenstelling en VGB\nIlse Mulder (44): VGB 2014 - aanwezig\nJeroen Mulder (19): VGB 20-11-2025 - "
            "aanwezig\nUitkomst\nVeiligheidscheck met beide pleegouders doorgelopen.\nMening pleegkind\nRoos is apart "
            "gesproken over hoe zij de veiligheid thuis ervaart.\n")
    found = rules_with_plan(tmp_path / "X-1", nlp, {"veiligheidscheck_2026.txt": text}, dt.date(2026, 6, 1))
    assert [c["date"] for c in found["one_on_one_contacts"]] == ["2026-02-24"]


def test_foster_parents_named_as_guardians_too(tmp_path: Path, nlp) -> None:
    """"Pleegouders/voogden: Wim en Els Hogeveen": Els is a foster parent, so a talk with the child and Els is none."""
    text = ("JOURNAAL\nJeugdige: Roos Bakker\nPleegouders/voogden: Wim en Els Hogeveen, Molenvliet\n\n12-03-2025\n"
            "Gesprek met Roos en Els in de auto op weg naar de orthodontist.\n")
    found = audit_files(tmp_path / "X-1", nlp, {"journaal.txt": text}, ROOS_AS_OF, RULES_ONLY)
    assert found["one_on_one_contacts"] == []


def test_a_line_that_ends_on_a_verb_ends_its_sentence(tmp_path: Path, nlp) -> None:
    """Counter-example: "... de juf die 'streng maar lief' is" ends its sentence (the verb comes last in a Dutch
    clause); the next line, "di 17/12/2024", heads the next entry and dates nothing of this one."""
    text = ("Journaal Roos\n\nza 19/10/2024\nRoos en ik samen naar de bieb, zonder Ilse. ze vertelde over d'r nieuwe klas "
            "en de juf die 'streng maar lief' is\ndi 17/12/2024\nveiligheidscheck van dit jaar is al gedaan (sept)\n")
    found = audit_files(tmp_path / "X-1", nlp, {"plan.txt": ROOS_PLAN, "journaal.txt": text}, dt.date(2025, 3, 1))
    assert [c["date"] for c in found["one_on_one_contacts"]] == ["2024-10-19"]


def test_a_form_repeated_with_only_its_date_changed_is_a_copy(tmp_path: Path, nlp) -> None:
    """A file of two forms whose second repeats the first word for word but for its date: last year's answers, no
    new check."""
    body = ["Pleeggezin: Ilse en Ruud Mulder, Eikendorp", "Pleegkind: Roos Bakker",
            "Ingevuld door: M. de Vries, pleegzorgbegeleider", "Gesprek met pleegouders en pleegkind gevoerd op: 14-05-2025",
            "1. Zijn er veranderingen in het gezin? Nee", "2. Is het pleegkind apart gesproken? Ja, apart in de serre",
            "3. Wat zegt het pleegkind zelf? 'Ik voel me veilig.'", "Conclusie: veilig, geen actie nodig."]
    folder = tmp_path / "X-1"
    pdf_pages(folder / "veiligheidscheck.pdf", [["Veiligheidscheck pleeggezin", "Datum: 14-05-2025", *body],
                                               ["Veiligheidscheck pleeggezin", "Datum: 04-03-2026", *body]])
    found = audit_files(folder, nlp, {"plan.txt": ROOS_PLAN}, dt.date(2026, 6, 1), RULES_ONLY)
    assert [c["date"] for c in found["safety_checks"]] == ["2025-05-14"]


def test_without_the_foster_parents_and_a_parent(tmp_path: Path, nlp) -> None:
    """"zonder PO/vader": the foster parents (and the father) were not there."""
    assert _talks(tmp_path, nlp, "gesprek mj op school, zonder PO/vader.") == ["2025-03-12"]


def test_a_new_plan_gone_through_is_no_goal_evaluation(tmp_path: Path, nlp) -> None:
    for i, sentence in enumerate(["Eerst samen met pm en Roos het nieuwe plan doorgenomen.",
                                  "Plan van aanpak doorgenomen en getekend."]):
        text = f"Journaal Roos\n\n12-02-2025 Huisbezoek\n{sentence}\n"
        found = audit_files(tmp_path / f"X-{i}", nlp, {"plan.txt": ROOS_PLAN, "journaal.txt": text}, ROOS_AS_OF)
        assert found["goal_evaluations"] == [], sentence
    # counter-example: the goals evaluated as the new plan was gone through
    text = "Journaal Roos\n\n12-02-2025 Huisbezoek\nDoelen geëvalueerd en het nieuwe plan doorgenomen.\n"
    found = audit_files(tmp_path / "Y", nlp, {"plan.txt": ROOS_PLAN, "journaal.txt": text}, ROOS_AS_OF)
    assert [g["date"] for g in found["goal_evaluations"]] == ["2025-02-12"]


def test_the_foster_child_in_a_list_of_who_was_there_is_the_files_child(tmp_path: Path, nlp) -> None:
    """No field names the child; the files bear her name, and a form lists "pleegkind Roos (6)" among who was there:
    Roos is the file's child, not another one (only "een tweede pleegkind Ravi" names another)."""
    form = ("Veiligheidscheck pleeggezin\nDatum: 17 juni 2025, huisbezoek\nAanwezig: pleegmoeder, pleegvader, pleegkind "
            "Roos (6), dochter (2), PB\nMening kind: gevraagd in aanwezigheid van pleegmoeder.\n")
    mails = ("Van: Marloes Kok\nVerzonden: vrijdag 14 februari 2025 08:30\nAan: JB\nOnderwerp: Roos\n\nGisteren heb ik "
             "Roos op school apart gezien, in de gang. Roos tekende haar nieuwe huis.\nEen tweede pleegkind Ravi (4) "
             "komt in maart; Ravi apart gesproken bij de kennismaking.\n")
    found = audit_files(tmp_path / "X-1", nlp, {"veiligheidscheck_Roos.txt": form, "mails_Roos.txt": mails},
                        dt.date(2025, 12, 1), RULES_ONLY)
    assert [c["date"] for c in found["one_on_one_contacts"]] == ["2025-02-13"]


# --- counter-examples from the review of this change ------------------------------------------------------------------

def test_a_log_of_checks_named_in_the_plural_stays_a_log(tmp_path: Path, nlp) -> None:
    """"overzicht_veiligheidschecks.txt" with dated lines and no form's date field is a log, each line a check."""
    text = ("Overzicht veiligheidschecks fam. Mulder\n\n11-10-2023 jaarlijkse veiligheidscheck uitgevoerd, Roos apart "
            "gesproken.\n16-10-2024 jaarlijkse veiligheidscheck uitgevoerd, Roos was op kamp.\n15-10-2025 jaarlijkse "
            "veiligheidscheck uitgevoerd met Ilse en Ruud.\n")
    found = _rules(tmp_path, nlp, {"overzicht_veiligheidschecks.txt": text})
    assert [c["date"] for c in found["safety_checks"]] == ["2023-10-11", "2024-10-16", "2025-10-15"]


def test_a_signature_page_under_a_furniture_title_is_no_second_form(tmp_path: Path, nlp) -> None:
    head = "Pleegzorg Duinrand - Jaarlijkse veiligheidscheck pleeggezin"
    page1 = [head, "Pleegkind: Roos Bakker", "Datum: 12-03-2025", "Afgenomen door: M. de Vries (PZB)",
             "Huishouden: Ilse en Ruud, geen andere volwassenen in huis.",
             "Mening pleegkind: Roos apart gesproken op haar kamer.", "Conclusie: groen, geen zorgen."]
    page2 = [head, "Ondertekening", "Voor akkoord: Ilse Mulder (pleegmoeder)", "Datum: 19-03-2025"]
    folder = tmp_path / "X-1"
    pdf_pages(folder / "veiligheidscheck_2025.pdf", [page1, page2])
    found = audit_files(folder, nlp, {"plan.txt": ROOS_PLAN}, ROOS_AS_OF, RULES_ONLY)
    assert _heard(found) == {"2025-03-12": True}


def test_no_answer_about_another_person_says_the_child_was_not_heard(tmp_path: Path, nlp) -> None:
    for i, other in enumerate(["Ruud was aan het werk en is niet gevraagd naar zijn mening.",
                               "Moeder Carla is niet gevraagd naar haar mening over de check.",
                               "Broertje Sem: n.v.t., 2 jaar."]):
        sentence = f"Roos apart gesproken op haar kamer, ze voelt zich veilig. {other}"
        found = rules_with_plan(tmp_path / f"X-{i}", nlp, _entry(sentence))
        assert _heard(found) == {"2025-03-12": True}, other


def test_words_that_tell_no_view_of_the_child(tmp_path: Path, nlp) -> None:
    for i, sentence in enumerate(["Roos heeft mee geholpen met opruimen.",
                                  "Ik had praatplaten meegenomen, maar Roos had geen zin.",
                                  "Ilse vertelt dat Roos goed slaapt en dat ze het fijn vindt op school.",
                                  "Roos heeft haar eigen stukje in de moestuin.",
                                  "Pleegkind gesproken over logeren bij oma, antwoordde nee, ze wil liever thuis blijven."]):
        found = rules_with_plan(tmp_path / f"X-{i}", nlp, _entry(sentence))
        expected = i == 4  # the last one heard her: "antwoordde nee" is her answer, not a field's
        assert _heard(found) == {"2025-03-12": expected}, sentence


def test_a_later_form_with_one_answer_of_its_own_is_no_copy(tmp_path: Path, nlp) -> None:
    head = "Pleegzorg Duinrand - Jaarlijkse veiligheidscheck pleeggezin"
    def page(day: str, answer: str) -> list[str]:
        return [head, "Pleegkind: Roos Bakker", f"Datum afname: {day}", "Afgenomen door: M. de Vries (PZB)",
                "1. Veranderingen in de samenstelling van het gezin? Nee", "2. Zorgen over de woning of de buurt? Nee",
                "3. Spanningen of ruzie tussen de volwassenen in huis? Nee", "4. Zorgen over middelengebruik? Nee",
                "5. Rookmelders aanwezig en getest? Ja", "6. Medicijnen en schoonmaakmiddelen buiten bereik? Ja",
                "7. Huisdieren in huis, afspraken daarover? Ja, een kat", "8. Contact met ouders veilig geregeld? Ja",
                "9. Signalen van onveiligheid op school of bij de omgang? Nee", f"10. Mening pleegkind: {answer}",
                "11. Afspraken voor het komende jaar: geen bijzonderheden.", "Conclusie: groen, geen actie nodig."]
    folder = tmp_path / "X-1"
    pdf_pages(folder / "veiligheidschecks_2024-2025.pdf", [page("16-10-2024", "Roos apart gesproken in de tuin."),
                                                          page("15-10-2025", "niet gesproken, Roos was op schoolkamp.")])
    found = audit_files(folder, nlp, {"plan.txt": ROOS_PLAN}, ROOS_AS_OF, RULES_ONLY)
    assert _heard(found) == {"2024-10-16": True, "2025-10-15": False}


def test_a_quote_line_in_a_journal_dates_nothing(tmp_path: Path, nlp) -> None:
    text = ("Journaal Roos\n\n20-03-2025 Huisbezoek\nOp ma 17 mrt 2025 schreef school het volgende:\n\"Roos was erg stil in "
            "de klas deze week.\"\nDit besproken met Ilse en Ruud.\nDaarna Roos alleen gesproken op haar kamer.\n")
    assert [c["date"] for c in _rules(tmp_path, nlp, {"journaal.txt": text})["one_on_one_contacts"]] == ["2025-03-20"]


def test_a_blacked_out_name_before_a_colon_ends_no_entry(tmp_path: Path, nlp) -> None:
    text = ("Journaal Roos (kopie inzageverzoek)\n\n10-12-2024 | Huisbezoek | pzb [naam]\n████: \"Roos slaapt slecht sinds "
            "de omgang.\"\nRoos alleen gesproken op haar kamer.\n")
    found = rules_with_plan(tmp_path / "X-1", nlp, {"journaal.txt": text}, dt.date(2025, 6, 1))
    assert [c["date"] for c in found["one_on_one_contacts"]] == ["2024-12-10"]


def test_thanks_that_goes_on_with_the_writers_own_talk(tmp_path: Path, nlp) -> None:
    text = ("Van: Marloes Kok\nVerzonden: 13-05-2025 17:00\nAan: Ilse Mulder\nOnderwerp: vanmiddag\n\nDank dat je Roos "
            "vanmiddag naar kantoor bracht, ik heb haar daarna een half uur alleen gesproken.\n")
    assert [c["date"] for c in _rules(tmp_path, nlp, {"mail.txt": text})["one_on_one_contacts"]] == ["2025-05-13"]


def test_advice_given_that_mentions_other_or_earlier_advice(tmp_path: Path, nlp) -> None:
    for i, sentence in enumerate([
            "Femke (GW) adviseert de omgang met moeder begeleid te houden; uitbreiding afhankelijk van het advies van "
            "de kinderpsycholoog.",
            "Femke (GW) adviseert opnieuw om de omgang af te bouwen, dit heeft zij al twee keer eerder geadviseerd."]):
        assert _advice(tmp_path, nlp, sentence, f"A-{i}") == ["2025-03-12"], sentence


def test_a_mails_words_for_yesterday_count_from_the_day_it_was_sent(tmp_path: Path, nlp) -> None:
    """Under "Onderwerp: verslag bezoek 3 oktober", "gisteren" in a mail sent on the 4th is the 3rd; what the mail
    tells without such a word stays on the subject's day."""
    head = "Van: Marloes Kok\nVerzonden: vrijdag 4 oktober 2024 09:20\nAan: Ilse Mulder\nOnderwerp: verslag bezoek 3 oktober\n\n"
    found = rules_with_plan(tmp_path / "X-1", nlp, {"mail.txt": head + "Beste Ilse en Ruud,\n\nDank voor "
                                                          "het huisbezoek. Gisteren heb ik Roos apart gesproken in haar kamer.\n"}, dt.date(2025, 3, 1))
    assert [c["date"] for c in found["one_on_one_contacts"]] == ["2024-10-03"]
    found = rules_with_plan(tmp_path / "X-2", nlp, {"mail.txt": head + "Beste Ilse en Ruud,\n\nVoordat "
                                                          "ik wegging heb ik nog even alleen met Roos op haar kamer gezeten.\n"}, dt.date(2025, 3, 1))
    assert [c["date"] for c in found["one_on_one_contacts"]] == ["2024-10-03"]


def test_advice_for_a_brother_whose_name_is_blacked_out(tmp_path: Path, nlp) -> None:
    assert _advice(tmp_path, nlp, "GW [naam] adviseert voor broertje [naam] (7, ander pleeggezin) een traumascreening.",
                   "A") == []
    # counter-example: advice for our child and her brother is hers too
    assert _advice(tmp_path, nlp, "GW Femke adviseert voor Roos en haar broertje een vaste avond met moeder.",
                   "B") == ["2025-03-12"]
