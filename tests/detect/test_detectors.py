"""Detectors end to end on small dossiers of the project's own, one context case per test.

Each journal is written in a different house style on purpose; every look-alike must
be rejected and every real event found with the right date.
"""
import datetime as dt
from pathlib import Path

import pytest

from audit import nlp as nlp_mod
from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
HEADER = "Pleegzorg Noordkust - journaal\nJeugdige: Fenna de Boer (geb. 04-05-2014)\nPleeggezin: fam. Aydın, bestandspleeggezin\n\n"


def run(tmp_path: Path, nlp, files: dict[str, str]) -> dict:
    return audit_files(tmp_path / "DOS-1", nlp, files, AS_OF)


def dates(findings):
    return [f["date"] for f in findings]


def journal(*entries: str) -> str:
    return HEADER + "\n\n".join(entries) + "\n"


# --- one-on-one talks --------------------------------------------------------------

@pytest.mark.parametrize(
    "body",
    [
        "Fenna apart gesproken op haar kamer, PO bleven beneden.",
        "Onder vier ogen met Fenna gesproken tijdens een wandeling.",
        "Met Fenna 1-op-1 gesproken in de auto op weg naar school.",
        "Fenna en ik hebben een gesprek gehad zonder dat de pleegouders erbij waren.",
        "Vandaag met z'n tweeën gepraat bij de snackbar.",
        "Beeldbellen met Fenna alleen, pleegmoeder was boodschappen doen.",
        "De mentor heeft Fenna op school alleen gesproken over het pesten.",
    ],
)
def test_real_one_on_one_talk_is_found_with_entry_date(tmp_path, nlp, body):
    audit = run(tmp_path, nlp, {"journaal.txt": journal(f"14-03-2025 | Huisbezoek | PZB\n{body}")})
    assert dates(audit["one_on_one_contacts"]) == ["2025-03-14"]
    ev = audit["one_on_one_contacts"][0]["evidence"][0]
    assert ev["file"] == "journaal.txt" and ev["sentence"] in body + "\n"


@pytest.mark.parametrize(
    "body, why",
    [
        ("Fenna niet apart gesproken, pleegmoeder bleef erbij.", "negated"),
        ("Het lukte niet om Fenna alleen te spreken.", "negated"),
        ("Volgende keer wil ik Fenna alleen spreken.", "planned"),
        ("Afgesproken dat ik Fenna over twee weken op school apart spreek.", "planned"),
        ("Het gesprek met Fenna onder vier ogen ging niet door, zij was ziek.", "cancelled"),
        ("Gesprek met Fenna samen met pleegmoeder aan de keukentafel.", "foster parent present"),
        ("Pleegzus Noor apart gesproken over school.", "other child"),
        ("Conform de richtlijn spreekt de pleegzorgbegeleider het kind minimaal drie keer per jaar apart.", "policy"),
        ("Als Fenna dat wil, spreek ik haar alleen.", "hypothetical"),
        ("Is Fenna de laatste tijd nog apart gesproken?", "question"),
        ("Tante Ria (steunfiguur) belt: zij heeft Fenna een middag meegenomen en alleen gesproken.", "not a professional"),
        ("Pleegmoeder was met Fenna alleen thuis toen de stroom uitviel.", "foster parent alone with her"),
        ("Fenna vindt het inmiddels normaal dat ik haar even apart neem.", "a habit, no talk on a day"),
        ("Meestal spreek ik Fenna apart op haar kamer.", "a habit, no talk on a day"),
        ("Pleegouders zijn zonder Fenna een weekend weg geweest; oma paste op.", "without the child"),
        ("Fenna en haar vriendin zijn zonder PO naar de film geweest.", "no professional"),
        ("Fenna heeft apart van de pleegouders gegeten, omdat ze straf had.", "no professional"),
        ("Met Fenna alleen maar over school gepraat, PM erbij.", "'alleen' is 'only'"),
        ("Ik ben van plan om met Fenna alleen te gaan zwemmen.", "planned"),
    ],
)
def test_look_alike_talks_are_rejected(tmp_path, nlp, body, why):
    audit = run(tmp_path, nlp, {"journaal.txt": journal(f"di 18 mrt 2025 - huisbezoek (PZB)\n{body}")})
    assert audit["one_on_one_contacts"] == [], why


def test_other_child_named_without_kinship_word_in_the_talk(tmp_path, nlp):
    text = journal(
        "02-02-2025 | Huisbezoek\nBroertje Daan (6) woont ook in het gezin.",
        "09-02-2025 | Huisbezoek\nDaan apart gesproken op zijn kamer, Fenna was bij hockey.",
    )
    assert run(tmp_path, nlp, {"journaal.txt": text})["one_on_one_contacts"] == []


def test_one_per_distinct_date_and_merged_across_files(tmp_path, nlp):
    text = journal("2025-01-10 Contactmoment\nFenna apart gesproken. Daarna nog even alleen met haar gewandeld.")
    form = "Verslag kindgesprek\nDatum gesprek: 10-01-2025\nFenna onder vier ogen gesproken op school.\n"
    audit = run(tmp_path, nlp, {"journaal.txt": text, "verslag.txt": form})
    (talk,) = audit["one_on_one_contacts"]
    assert talk["date"] == "2025-01-10"
    assert {e["file"] for e in talk["evidence"]} == {"journaal.txt", "verslag.txt"}


def test_relative_day_is_resolved_against_the_entry(tmp_path, nlp):
    text = journal("Datum: vr 7 feb 2025 9:00\nOnderwerp: update\nGisteren heb ik Fenna apart gesproken op het schoolplein.")
    assert dates(run(tmp_path, nlp, {"mail.txt": text})["one_on_one_contacts"]) == ["2025-02-06"]


# --- safety checks -------------------------------------------------------------------

def test_safety_check_carried_out_with_child_spoken(tmp_path, nlp):
    text = journal("05-11-2024 | Veiligheidscheck | PZB\nVeiligheidscheck afgenomen met PM en PV. Daarna Fenna zelf apart gevraagd hoe het gaat.")
    (check,) = run(tmp_path, nlp, {"journaal.txt": text})["safety_checks"]
    assert check["date"] == "2024-11-05" and check["child_spoken"] is True


def test_safety_check_without_the_child(tmp_path, nlp):
    text = journal("05-11-2024 | Veiligheidscheck | PZB\nVeiligheidscheck gedaan met pleegouders. Fenna niet gesproken, zij was op zwemles.")
    (check,) = run(tmp_path, nlp, {"journaal.txt": text})["safety_checks"]
    assert check["child_spoken"] is False


@pytest.mark.parametrize(
    "body",
    [
        "Veiligheidscheck staat gepland voor maart.",
        "Geen veiligheidscheck gedaan dit jaar.",
        "Jaarlijks wordt de veiligheidscheck met pleegouders en jeugdige doorgelopen.",
        "Advies: weglopen opnemen in de veiligheidscheck.",
        "Veiligheidscheck 2025 aangemaakt, antwoorden van vorig jaar overgenomen.",
    ],
)
def test_safety_check_look_alikes(tmp_path, nlp, body):
    audit = run(tmp_path, nlp, {"journaal.txt": journal(f"12-02-2025 | Notitie\n{body}")})
    assert audit["safety_checks"] == []


def test_form_counts_only_when_completed(tmp_path, nlp):
    done = "Veiligheidscheck pleeggezin\nJeugdige: Fenna de Boer\nDatum afname: 03-10-2024\nAfgenomen door: PZB\nVisie jeugdige: voelt zich thuis.\n"
    concept = "Veiligheidscheck pleeggezin\nJeugdige: Fenna de Boer\nDatum document: 03-10-2025\nStatus: concept, niet opnieuw doorgelopen\n"
    audit = run(tmp_path, nlp, {"veiligheidscheck.txt": done, "veiligheidscheck_2025.txt": concept})
    assert dates(audit["safety_checks"]) == ["2024-10-03"]
    assert audit["safety_checks"][0]["child_spoken"] is True


def test_copied_check_is_flagged(tmp_path, nlp):
    body = "Veiligheidscheck afgenomen met PM en PV: rookmelders getest, trap met hekje, geen huisdieren, medicijnen in kastje."
    text = journal(f"01-03-2024 | Veiligheidscheck\n{body}", f"01-03-2025 | Veiligheidscheck\n{body}")
    checks = run(tmp_path, nlp, {"journaal.txt": text})["safety_checks"]
    assert [c["copied_from"] for c in checks] == [None, "2024-03-01"]


# --- behavioural-scientist advice ----------------------------------------------------

@pytest.mark.parametrize(
    "body",
    [
        "Overleg GW\nAdvies: vaste bedtijdroutine en na zes weken evalueren.",
        "Orthopedagoog J. Smit adviseert om de bezoeken aan moeder kort en voorspelbaar te houden.",
        "Casus besproken met de gedragswetenschapper; zij raadt aan om school te vragen om een rustige werkplek.",
        "Overleg met GW M. de Wit\nAdvies:\n1. Eén vaste oppas op woensdag, niet wisselen.\n2. Bezoek aan moeder kort houden.",
    ],
)
def test_advice_with_content_is_found(tmp_path, nlp, body):
    audit = run(tmp_path, nlp, {"journaal.txt": journal(f"20-01-2025 | Overleg\n{body}")})
    assert dates(audit["behavioural_scientist_advice"]) == ["2025-01-20"]


@pytest.mark.parametrize(
    "body",
    [
        "GW wordt ingeschakeld i.v.m. boze buien.",
        "Zal besproken worden met GW.",
        "Besproken met GW.",
        "GW-overleg gaat niet door, GW ziek.",
        "Advies GW over broertje Daan: logopedie aanvragen.",
        "Psycholoog van moeder adviseert moeder om hulp te zoeken bij de ggz.",
        "Het advies van de GW van vorig jaar, eerst afkoelen bij boosheid, helpt Fenna nog steeds.",
        "Oudergesprek op school: advies havo/vwo.",
        "Conclusie: [X] geen zorgen [ ] aandachtspunten [ ] zorgen -> advies GW vragen",
        "Conclusie: X geen zorgen O aandachtspunten O zorgen, dan advies GW vragen",
    ],
)
def test_advice_look_alikes(tmp_path, nlp, body):
    audit = run(tmp_path, nlp, {"journaal.txt": journal(f"20-01-2025 | Notitie\n{body}")})
    assert audit["behavioural_scientist_advice"] == []


# --- matching rationale -------------------------------------------------------------

def test_matching_rationale_documented(tmp_path, nlp):
    report = ("Matchingsverslag\nDatum: 01-09-2023\nAfweging\n"
              "Gekozen voor dit gezin omdat het rustige gezin zonder jonge kinderen past bij Fenna haar behoefte aan voorspelbaarheid.\n")
    m = run(tmp_path, nlp, {"matchingsverslag.txt": report})["matching_rationale"]
    assert m["documented"] is True and m["file"] == "matchingsverslag.txt"


@pytest.mark.parametrize(
    "body",
    [
        "Fenna is geplaatst bij fam. Aydın.",
        "Gekozen voor fam. Aydın.",
        "Voor de afwegingen zie het matchingsverslag (niet in dossier).",
        "Crisisplaatsing, matching niet mogelijk; enige vrije plek in de regio.",
    ],
)
def test_bare_placement_is_no_rationale(tmp_path, nlp, body):
    m = run(tmp_path, nlp, {"hvp.txt": f"Hulpverleningsplan\n\nPlaatsing\n{body}\n"})["matching_rationale"]
    assert m["documented"] is False


# --- policy text ---------------------------------------------------------------------

EVENT_FIELDS = ("one_on_one_contacts", "safety_checks", "behavioural_scientist_advice", "home_visits",
                "care_team_meetings", "sexual_development", "goal_evaluations")


@pytest.mark.parametrize("name", ["beleidstekst.txt", "beleid_v2.txt", "nieuws_pleegzorg.txt"])
def test_policy_and_news_texts_yield_no_events(tmp_path, nlp, name):
    """Two policy texts (one prescribing every v2 norm) and a news article about foster care, written by
    someone who never saw the rules: no event of any kind, no support figure, no household to judge."""
    text = (Path(__file__).resolve().parents[1] / "data" / name).read_text(encoding="utf-8")
    audit = run(tmp_path, nlp, {name: text})
    assert {f: audit[f] for f in EVENT_FIELDS} == {f: [] for f in EVENT_FIELDS}
    assert audit["rescreening"]["changes"] == [] and audit["rescreening"]["rescreenings"] == []
    assert audit["matching_rationale"]["documented"] is False
    assert audit["support_figure"]["documented"] is False
    assert audit["vgb"]["complete"] is None and audit["norms"]["vgb_complete"] == "n/a"


def test_entry_header_type_alone_is_not_an_event(tmp_path, nlp):
    """"Kindgesprek" or "Veiligheidscheck" in a header names the planned contact type, not what happened."""
    text = journal("03-03-2025 | Kindgesprek | PZB\nAfspraak ging niet door, Fenna was ziek.",
                   "04-03-2025 | Veiligheidscheck | PZB\nPM belde af, nieuwe datum volgt.")
    audit = run(tmp_path, nlp, {"journaal.txt": text})
    assert audit["one_on_one_contacts"] == [] and audit["safety_checks"] == []


@pytest.mark.parametrize(
    "body, spoken",
    [
        ("Samen met de pleegouders de veiligheidschecklist doorgelopen; Fenna was daar niet bij.", False),
        ("Veiligheidscheck met drie huizen afgenomen bij de pleegouders; Fenna sliep al, niet bevraagd.", False),
        ("Signs of Safety-gesprek gevoerd met de pleegouders en Fenna: zorgen en krachten in kaart gebracht.", True),
        ("Veiligheidscheck afgenomen met Fenna en de pleegouders aan tafel.", True),
        ("Checklist veiligheid ingevuld met pleegvader en pleegmoeder, Fenna niet bij aanwezig (voetbal).", False),
        ("De veiligheidscheck is samen met pleegmoeder en Fenna ingevuld aan de keukentafel.", True),
        ("Veiligheidscheck gedaan bij het pleeggezin; Fenna is, met pleegmoeder naast zich, gevraagd wat zij van thuis vindt.", True),
        ("Veiligheidscheck afgenomen; Fenna heeft met de smileykaartjes laten zien hoe zij het thuis vindt.", True),
        ("Veiligheidscheck op kantoor met pleegouders; Fenna heeft haar eigen vragenlijst ingevuld.", True),
        ("Veiligheidscheck op kantoor met pleegouders ingevuld; Fenna is hierin niet zelf bevraagd.", False),
        ("Veiligheidscheck met pleegouders; Fenna is bij deze check niet gevraagd naar haar eigen beleving.", False),
        ("Veiligheidscheck met pleegouders; haar eigen mening is deze keer niet gevraagd.", False),
        ("Veiligheidscheck met oma ingevuld; Fenna is te jong om zelf te bevragen.", False),
    ],
)
def test_child_heard_in_the_check(tmp_path, nlp, body, spoken):
    text = journal(f"10-10-2024 | Veiligheid | PZB\n{body}")
    (check,) = run(tmp_path, nlp, {"journaal.txt": text})["safety_checks"]
    assert check["child_spoken"] is spoken


def test_content_on_the_header_line_counts(tmp_path, nlp):
    text = journal("18 januari 2025 – huisbezoek: Fenna apart gesproken in de keuken, pleegmoeder was boodschappen doen.")
    assert dates(run(tmp_path, nlp, {"journaal.docx.txt": text})["one_on_one_contacts"]) == ["2025-01-18"]


def test_scientist_named_by_name(tmp_path, nlp):
    text = ("Verslaglegging\nJeugdige: Fenna de Boer (geb. 04-05-2014)\nPZB: A. Terpstra | GW team Noord: Henk Kolkman\n\n"
            "Dinsdag 14 januari 2025\nCasus besproken in het team. Advies Henk: bezoeken voorlopig niet uitbreiden en na zes weken evalueren.\n\n"
            "Vrijdag 7 februari 2025\nHenk adviseert om school te vragen om een vaste rustplek in de klas.\n")
    assert dates(run(tmp_path, nlp, {"verslag.txt": text})["behavioural_scientist_advice"]) == ["2025-01-14", "2025-02-07"]


def test_relative_who_is_the_carer_is_not_another_child(tmp_path, nlp):
    text = ("Registratie contacten\nDossier: Jordy Verhoef (14) - netwerkpleegzorg bij zus Naomi\n\n"
            "02-05-2025 | Gesprek jeugdige\nJordy alleen gesproken op het skatepark, Naomi was thuis.\n")
    assert dates(run(tmp_path, nlp, {"registratie.txt": text})["one_on_one_contacts"]) == ["2025-05-02"]


@pytest.mark.parametrize(
    "body",
    [
        "Fenna na school opgehaald en naar de snackbar geweest, alleen wij tweeën.",
        "Met Fenna alleen naar de Hema voor een broodje.",
        "Met Fenna naar de kinderboerderij gegaan, zonder pleegouders.",
        "Wandeling door het park met Fenna, zonder voogden.",
        "Met Fenna alleen een ijsje gegeten op het plein.",
        "Met Fenna (alleen) naar de dierenwinkel geweest voor voer voor haar konijn.",
        "Eerst met pleegouders gesproken, daarna heeft Fenna apart, alleen met mij, haar weekplanning ingevuld.",
        "Na het eten Fenna apart (zonder PO) even gesproken over haar week.",
        "Fenna naar de tandarts gebracht en in de auto gepraat, alleen.",
        "Met Fenna een rondje door het park gelopen, alleen wij samen.",
        "PZB is met Fenna zonder PO naar de kinderboerderij geweest.",
        "Fenna en de pleegzorgbegeleider zijn zonder pleegouders naar het zwembad geweest.",
        "PZB en Fenna hebben apart van PM samen friet gegeten.",
        "Met Fenna geluncht in het dorp, PM niet aanwezig.",
        "Vandaag ben ik (PZB) met Fenna alleen gaan zwemmen.",
    ],
)
def test_everyday_one_on_one_phrasings(tmp_path, nlp, body):
    audit = run(tmp_path, nlp, {"journaal.txt": journal(f"14-03-2025 | Contact\n{body}")})
    assert dates(audit["one_on_one_contacts"]) == ["2025-03-14"]


@pytest.mark.parametrize(
    "body, found",
    [
        ("Daarna ben ik met Fenna gaan zwemmen en hebben we apart gepraat.", True),
        ("Fenna heeft met mij apart de drie huizen getekend.", True),
        ("Gepland gesprek met Fenna alleen, ze was ziek.", False),
        ("Ik had gepland om weer apart met Fenna te praten, maar ze was verkouden.", False),
    ],
)
def test_tense_and_plans(tmp_path, nlp, body, found):
    audit = run(tmp_path, nlp, {"journaal.txt": journal(f"14-03-2025 | Contact\n{body}")})
    assert bool(audit["one_on_one_contacts"]) is found


def test_advice_content_in_the_infinitive_is_advice(tmp_path, nlp):
    text = journal("18-04-2025 | Overleg GW\nDe gedragswetenschapper adviseert het vaste weekritme vast te houden.",
                   "19-04-2025 | Notitie\nOverleg GW over Fenna staat gepland voor mei.")
    assert dates(run(tmp_path, nlp, {"journaal.txt": text})["behavioural_scientist_advice"]) == ["2025-04-18"]


def test_birth_date_line_is_not_an_entry(tmp_path, nlp):
    text = "Evaluatieverslag\nFenna de Boer (geb. 14-05-2014)\nDatum verslag: 24 juni 2025\n\nOp 22 maart ben ik met Fenna naar de kinderboerderij gegaan, zonder pleegouders.\n"
    assert dates(run(tmp_path, nlp, {"verslag.txt": text})["one_on_one_contacts"]) == ["2025-03-22"]


def test_several_dated_talks_in_one_sentence(tmp_path, nlp):
    text = ("Rapportage jeugdbescherming\nJeugdige: Fenna de Boer (geb. 04-05-2014)\n\n"
            "De PZB sprak Fenna in deze periode alleen: op 4 november 2024 onder vier ogen op school; "
            "op 10 februari 2025 via een videogesprek, pleegmoeder was niet in de kamer.\n")
    assert dates(run(tmp_path, nlp, {"rapportage.txt": text})["one_on_one_contacts"]) == ["2024-11-04", "2025-02-10"]


@pytest.mark.parametrize(
    "body",
    [
        "Veiligheidscheck van vorig jaar gekopieerd in het nieuwe format (niet opnieuw afgenomen).",
        "Bij vader is door het wijkteam een veiligheidscheck gedaan.",
    ],
)
def test_copied_or_other_household_check_is_no_check(tmp_path, nlp, body):
    assert run(tmp_path, nlp, {"journaal.txt": journal(f"11-10-2024 | Notitie\n{body}")})["safety_checks"] == []


def test_sibling_of_our_child_is_not_our_child(tmp_path, nlp):
    text = journal("02-02-2025 | Overleg\nOverleg met de orthopedagoog over Noor, het zusje van Fenna; advies: logopedie aanvragen via school.")
    assert run(tmp_path, nlp, {"journaal.txt": text})["behavioural_scientist_advice"] == []


@pytest.mark.parametrize("form, heard", [
    ("Jeugdige gesproken | ☐ ja ☒ nee (2 jaar, niet bevraagbaar)\n", False),
    ("Kind gesproken: nee (was op training).\n", False),
    ("Jeugdige gesproken: [x] ja [ ] nee\nVisie jeugdige: voelt zich veilig.\n", True),
    ("Jeugdige gesproken: [x] ja [ ] nee\nOpmerking: Fenna op school, haar mening niet gevraagd.\n", False),
])
def test_child_heard_form_fields(tmp_path, nlp, form, heard):
    """A checked 'no' decides; a checked 'yes' unless the free text says otherwise; labels are no cue."""
    text = ("Veiligheidscheck pleeggezin\nJeugdige: Fenna de Boer\nDatum afname: 03-10-2024\n"
            "Afgenomen door: PZB\nAanwezig: [x] PM [ ] PV\n" + form)
    (check,) = run(tmp_path, nlp, {"veiligheidscheck.txt": text})["safety_checks"]
    assert check["child_spoken"] is heard


def test_an_unfilled_heard_field_is_no_evidence(tmp_path, nlp):
    text = ("Veiligheidscheck pleeggezin\nJeugdige: Fenna de Boer\nDatum afname: 03-10-2024\n"
            "Afgenomen door: PZB\nJeugdige gesproken | ☐ ja ☐ nee\n")
    (check,) = run(tmp_path, nlp, {"veiligheidscheck.txt": text})["safety_checks"]
    assert check["child_spoken"] is False and "gesproken" not in (check["child_spoken_cue"] or "")


def test_matching_rationale_in_plain_prose_of_a_placement_section(tmp_path, nlp):
    plan = ("Plaatsingsbesluit\nJeugdige: Fenna de Boer\n\nMatching\n"
            "Bij de familie Jonker kan Fenna op haar eigen school en bij haar hockeyclub blijven, "
            "wat haar houvast geeft nu moeder wegvalt.\n\nAfspraken\nBezoek moeder eens per twee weken.\n")
    audit = run(tmp_path, nlp, {"plaatsingsbesluit.txt": plan})
    assert audit["matching_rationale"]["documented"] is True
    assert "hockeyclub" in audit["matching_rationale"]["quote"]


def test_a_bare_placement_in_a_placement_section_is_no_rationale(tmp_path, nlp):
    plan = "Plaatsingsbesluit\nJeugdige: Fenna de Boer\n\nMatching\nFenna is op 3 maart geplaatst bij de familie Jonker.\n"
    assert run(tmp_path, nlp, {"plaatsingsbesluit.txt": plan})["matching_rationale"]["documented"] is False


@pytest.mark.parametrize("line", [
    "12-02-2025 GW (M. Ramdin): faalangst F. -> adv. Kanjertraining via school",
    "12-02-2025 GW-overl. over PK -> adv: vaste bedtijd 19.30, voorlezen i.p.v. tablet.",
])
def test_abbreviated_advice_lines(tmp_path, nlp, line):
    audit = run(tmp_path, nlp, {"journaal.txt": journal(line)})
    assert dates(audit["behavioural_scientist_advice"]) == ["2025-02-12"]


def test_first_person_advice_in_a_mail_from_the_behavioural_scientist(tmp_path, nlp):
    mail = ("Van: Annelies Dekker\nVerzonden: dinsdag 11 februari 2025 10:12\nOnderwerp: advies Fenna\n"
            "Ik adviseer om de omgang met moeder voorlopig op eens per drie weken te houden.\n"
            "Met vriendelijke groet, Annelies Dekker, gedragswetenschapper\n")
    audit = run(tmp_path, nlp, {"mail.txt": "Jeugdige: Fenna de Boer\n" + mail})
    assert dates(audit["behavioural_scientist_advice"]) == ["2025-02-11"]


def test_first_person_advice_of_someone_else_is_no_gw_advice(tmp_path, nlp):
    mail = ("Van: Piet Bakker\nVerzonden: dinsdag 11 februari 2025 10:12\n"
            "Ik adviseer om het fietsje te laten maken voor de zomer.\nGroet, Piet (buurman)\n")
    audit = run(tmp_path, nlp, {"mail.txt": "Jeugdige: Fenna de Boer\n" + mail})
    assert audit["behavioural_scientist_advice"] == []


def test_a_paragraph_keeps_the_day_its_story_is_on(tmp_path, nlp):
    mail = ("Verzonden: woensdag 9 oktober 2024 10:12\n"
            "Gisteren was ik bij jullie voor het huisbezoek. Samen hebben we de veiligheidscheck ingevuld en "
            "Fenna heeft apart haar eigen antwoorden gegeven.\n"
            "Vandaag heb ik de school gebeld.\n")
    audit = run(tmp_path, nlp, {"mail.txt": "Jeugdige: Fenna de Boer\n" + mail})
    assert dates(audit["safety_checks"]) == ["2024-10-08"]


def test_a_retrospective_check_takes_its_own_story_not_the_whole_report(tmp_path, nlp):
    text = journal("15-01-2025 | Evaluatie | PZB\n"
                   "De vorige veiligheidscheck is op 12-10-2023 uitgevoerd met alleen de pleegouders. "
                   "Op 10-01-2025 is de veiligheidscheck uitgevoerd en is Fenna apart gesproken.")
    checks = {c["date"]: c["child_spoken"] for c in run(tmp_path, nlp, {"journaal.txt": text})["safety_checks"]}
    assert checks == {"2023-10-12": False, "2025-01-10": True}


def test_a_report_about_an_earlier_check_is_heard_in_its_own_paragraph(tmp_path, nlp):
    """The later paragraphs of an evaluation ("Fenna heeft ... zelf ...") do not tell who was at a 2024 check."""
    text = HEADER + (
        "Evaluatieverslag 12-05-2025\n"
        "De laatste veiligheidscheck is van 3 oktober 2024, ingevuld door de PZB samen met de pleegouders.\n"
        "School: Fenna heeft het zelf goed geregeld met haar mentor en vertelt enthousiast over de klas.\n"
    )
    (check,) = run(tmp_path, nlp, {"evaluatie.txt": text})["safety_checks"]
    assert check["date"] == "2024-10-03" and check["child_spoken"] is False


def test_a_composite_file_is_not_one_safety_form(tmp_path, nlp):
    """A plan whose title also names a risk assessment holds several checks; each is heard on its own text."""
    text = (
        "Zorgbureau Zuid · Plan, matching en risicotaxatie · Cliënt 4411\n"
        "Naam Fenna de Boer Geboortedatum 04/05/2014\n"
        "Veiligheid\n"
        "Vorige veiligheidscheck 02/11/2023: ingevuld met PM; Fenna was er niet bij.\n"
        "Veiligheidscheck 14/10/2024: ingevuld met PM en Fenna; Fenna gaf aan zich veilig te voelen.\n"
    )
    checks = {c["date"]: c["child_spoken"] for c in run(tmp_path, nlp, {"plan.txt": text})["safety_checks"]}
    assert checks == {"2023-11-02": False, "2024-10-14": True}


def test_our_child_as_the_topic_of_anothers_talk_is_no_talk_with_her(tmp_path, nlp):
    text = journal("12-03-2025 | Overleg | PZB\nPleegbroer Daan woont elders; zijn begeleider heeft hem apart gesproken over de bezoeken aan Fenna.")
    assert run(tmp_path, nlp, {"journaal.txt": text})["one_on_one_contacts"] == []


def test_a_placement_decision_is_a_matching_document(tmp_path, nlp):
    """The reasons of a placement decision, listed after 'omdat:', are the match's rationale."""
    text = ("Besluit netwerkplaatsing\nDatum: 03-02-2024   Dossier: Fenna de Boer (3 jr 4 mnd)\n\n"
            "Overwegingen\nToch is met de JB besloten de plaatsing bij oom en tante voort te zetten, omdat:\n"
            "- Fenna zich bij tante veilig hecht en een nieuwe wisseling voor haar een groot risico is;\n"
            "- tante haar werk heeft aangepast zodat zij Fenna zelf van de peuterspeelzaal haalt.\n")
    m = run(tmp_path, nlp, {"plaatsingsbesluit.txt": text})["matching_rationale"]
    assert m["documented"] is True


def test_a_quality_checklist_is_no_record_of_talks(tmp_path, nlp):
    """A self-assessment of the year ('[x] ja' per item, 'Toelichting: ...') is no event; the journal is."""
    form = ("Kwaliteitscheck dossier 2025\n"
            "Kind minimaal 3x apart gesproken [x] ja [ ] nee [ ] n.v.t.\nToelichting: Fenna op 12-03-2025 apart gesproken.\n"
            "Veiligheidscheck afgelopen jaar [x] ja [ ] nee [ ] n.v.t.\nToelichting: veiligheidscheck gedaan op 14-03-2025.\n"
            "Advies GW vastgelegd [ ] ja [x] nee [ ] n.v.t.\nToelichting: volgt.\n")
    audit = run(tmp_path, nlp, {"kwaliteitscheck_2025.txt": form})
    assert audit["one_on_one_contacts"] == [] and audit["safety_checks"] == []


def test_a_day_in_a_month_heading_is_no_plan(tmp_path, nlp):
    """Under 'Januari 2025' the note of the 28th is in that month, not after its record."""
    text = ("Dossieroverzicht Fenna de Boer (geb. 04-05-2014)\n\nJanuari 2025\n"
            "Op dinsdag de 28e het zorgteam bij de pleegouders thuis gehouden: Fenna, pleegouders, moeder en wij.\n")
    audit = run(tmp_path, nlp, {"dossieroverzicht.txt": text})
    assert dates(audit["care_team_meetings"]) == ["2025-01-28"]


def test_a_safety_conversation_form_is_a_check(tmp_path, nlp):
    form = ("VEILIGHEIDSGESPREK PLEEGGEZIN\nPleegkind: Fenna de Boer\nGesprek gevoerd op 16-09-2025, bij het pleeggezin thuis.\n"
            "Aanwezig: pleegmoeder, pleegvader, PZB.\nBesproken: huisregels, medicijnen, internetgebruik.\n")
    (check,) = run(tmp_path, nlp, {"veiligheidsgesprek_2025-09-16.txt": form})["safety_checks"]
    assert check["date"] == "2025-09-16"


def test_a_check_with_a_sibling_present_is_still_our_check(tmp_path, nlp):
    text = journal("24-06-2025 | Veiligheid | PZB\nVeiligheidscheck bij de pleegouders thuis gedaan, met pleegbroer Daan erbij.")
    assert dates(run(tmp_path, nlp, {"journaal.txt": text})["safety_checks"]) == ["2025-06-24"]


def test_the_scientists_own_mail_and_its_quote_in_a_reply(tmp_path, nlp):
    """'Mijn advies als orthopedagoog: ...' is advice on the day it was written; the reply that quotes it
    ('> Mijn advies ...') is no second advice; the printout's title line is none either."""
    mails = ("E-mails - Fenna de Boer - advies GW\n"
             "Van: Harm Smit (orthopedagoog/GW)\nDatum: 12-02-2025\nOnderwerp: afscheid bij de opvang\n"
             "Mijn advies als orthopedagoog: houd het afscheid bij de opvang kort en altijd hetzelfde.\n\n"
             "Van: PZB\nDatum: 25-06-2025\nOnderwerp: RE: afscheid bij de opvang\n"
             "Het gaat inmiddels goed bij de opvang.\n"
             "> Mijn advies als orthopedagoog: houd het afscheid bij de opvang kort en altijd hetzelfde.\n")
    assert dates(run(tmp_path, nlp, {"mails.txt": mails})["behavioural_scientist_advice"]) == ["2025-02-12"]


def test_a_mention_of_the_scientists_meeting_without_content_is_no_advice(tmp_path, nlp):
    text = journal("08-10-2024 | Notitie\nFenna is besproken in het GW-overleg van 8 oktober. — AdV")
    assert run(tmp_path, nlp, {"journaal.txt": text})["behavioural_scientist_advice"] == []


def test_a_journal_record_typed_as_the_check_is_the_check(tmp_path, nlp):
    """'Type: VC' with a terse note is a carried-out check; a record typed so but called off is none."""
    text = HEADER + ("[Zorgdossier] Journaal 13/04/2021 10:00\nType: VC\nStatus: definitief\nVerslag:\nVC tijdens HB. Lijst met PM.\n\n"
                     "[Zorgdossier] Journaal 20/04/2022 10:00\nType: VC\nVerslag:\nVC afgezegd door PM, nieuwe datum volgt.\n\n"
                     "[Zorgdossier] Journaal 18/02/2025 11:10\nType: VC\nVerslag:\nConcept, nog niet afgerond.\n\n"
                     "[Zorgdossier] Journaal 11/03/2025 09:00\nType: VC\nVerslag:\nVC met PM; Fenna was niet thuis (training).\n")
    assert dates(run(tmp_path, nlp, {"export.txt": text})["safety_checks"]) == ["2021-04-13", "2025-03-11"]


def test_gd_is_the_behavioural_scientist(tmp_path, nlp):
    text = journal("18-05-2022 | Overleg\nGD adviseert: time-out afspraak met Fenna zelf maken, niet als straf.")
    assert dates(run(tmp_path, nlp, {"journaal.txt": text})["behavioural_scientist_advice"]) == ["2022-05-18"]


def test_an_unticked_form_item_is_no_talk(tmp_path, nlp):
    text = journal("18-01-2025 | Huisbezoek\n☐ Kind apart gesproken\n☐ Veiligheid besproken")
    assert run(tmp_path, nlp, {"journaal.txt": text})["one_on_one_contacts"] == []


def test_a_journal_record_typed_as_the_matching_holds_its_rationale(tmp_path, nlp):
    text = HEADER + ("[Zorgdossier] Journaal 10/06/2022 15:00\nType: Matching\nVerslag:\nMatching PK – PM de Wit.\n"
                     "PM is alleenstaand, heeft geen eigen kinderen thuis en werkt in het speciaal onderwijs.\n")
    assert run(tmp_path, nlp, {"export.txt": text})["matching_rationale"]["documented"] is True


def test_a_note_at_the_top_of_a_file_is_no_title(tmp_path, nlp):
    """A file that opens with a dated note (a scan, a one-note file) has no title lines to skip."""
    text = "12-03-2025 Huisbezoek\nMet Fenna alleen gesproken op haar kamer,\nde pleegouders waren niet aanwezig.\n"
    assert dates(run(tmp_path, nlp, {"notitie.txt": text})["one_on_one_contacts"]) == ["2025-03-12"]


@pytest.mark.parametrize(
    "body",
    [
        "Fenna vindt het spannend dat moeder komt; ik heb haar apart gesproken op haar kamer.",
        "Fenna vindt het fijn dat ik haar vandaag apart heb gesproken.",
        "Fenna apart gesproken, ze vindt het lastig om over moeder te praten.",
    ],
)
def test_a_feeling_is_no_habit(tmp_path, nlp, body):
    audit = run(tmp_path, nlp, {"journaal.txt": journal(f"14-03-2025 | Contact\n{body}")})
    assert dates(audit["one_on_one_contacts"]) == ["2025-03-14"]


def test_a_talk_under_a_one_line_heading_is_no_title(tmp_path, nlp):
    text = "Notitie PZB\nFenna apart gesproken op haar kamer\nDatum: 14-03-2025\n"
    assert dates(run(tmp_path, nlp, {"notitie.txt": text})["one_on_one_contacts"]) == ["2025-03-14"]


@pytest.mark.parametrize(
    "items, spoken",
    [
        ("☒ Gesprek pleegouders\n☐ Mening jeugdige gevraagd\n☐ Kind apart gesproken\n", False),
        ("☒ Gesprek pleegouders\n☒ Mening jeugdige gevraagd\n", True),
    ],
)
def test_ticked_and_unticked_items_of_a_check_record(tmp_path, nlp, items, spoken):
    text = journal(f"17-06-2025 | Veiligheidscheck\nJaarlijkse veiligheidscheck met de pleegouders gedaan.\n{items}")
    (check,) = run(tmp_path, nlp, {"journaal.txt": text})["safety_checks"]
    assert check["child_spoken"] is spoken


# --- notes on their header line, logbooks, Signs-of-Safety forms ---------------------------

def test_a_note_on_its_header_line_is_no_type_cell(tmp_path, nlp):
    text = journal("20-05-2025 hb, veiligheidscheck 2025 (checklist) met PO. Fenna niet gevraagd, lag al op bed.\n"
                   "Steunfiguur: nog in gesprek met Fenna.")
    (check,) = run(tmp_path, nlp, {"notities.txt": text})["safety_checks"]
    assert check["date"] == "2025-05-20" and check["child_spoken"] is False


def test_a_record_whose_header_names_the_check_records_it(tmp_path, nlp):
    text = journal("02-07-2024 - veiligheidscheck met Lies, hier aan tafel.\nFenna kwam er later even bij.")
    assert dates(run(tmp_path, nlp, {"logboek.txt": text})["safety_checks"]) == ["2024-07-02"]


def test_a_header_naming_the_check_of_another_home_records_none(tmp_path, nlp):
    text = journal("17-03-2025 — veiligheidscheck\nVeiligheidscheck gedaan bij moeder thuis, waar de omgang voortaan is.")
    assert run(tmp_path, nlp, {"notities.txt": text})["safety_checks"] == []


def test_a_form_with_who_was_there_was_carried_out(tmp_path, nlp):
    form = ("Veiligheidscheck 2024 - driekolommen\nSigns of Safety - 4 juni 2024, thuis bij het pleeggezin\n"
            "Aanwezig: Hanneke en Pieter (pleegouders), Bas (PZB).\nWat gaat er goed?\nFenna zit op voetbal.\n"
            "6. Is de jeugdige zelf gehoord? [ ] ja [x] nee (was op kamp)\n")
    (check,) = run(tmp_path, nlp, {"veiligheidscheck_2024.txt": form})["safety_checks"]
    assert check["date"] == "2024-06-04" and check["child_spoken"] is False


def test_a_file_that_says_it_is_no_check_holds_none(tmp_path, nlp):
    text = ("Signs of Safety - bespreking op kantoor, 12 maart 2025\nAanwezig: PZB, JB, vader.\n"
            "Dit verslag gaat over de woning van vader en is geen veiligheidscheck van het pleeggezin.\n")
    assert run(tmp_path, nlp, {"driekolommen.txt": text})["safety_checks"] == []


def test_a_wish_in_an_aside_plans_nothing_outside_it(tmp_path, nlp):
    text = journal("18-06-2024 veiligheidschecklist met PM, Fenna apart gesproken (eigen visie: voelt zich veilig, "
                   "wil meer vrijheid).")
    assert dates(run(tmp_path, nlp, {"notities.txt": text})["one_on_one_contacts"]) == ["2024-06-18"]


def test_a_check_question_answered_yes_with_a_date_records_the_check(tmp_path, nlp):
    form = ("Jaarevaluatie 2025\nJeugdige: Fenna de Boer\nDatum: 08-04-2025\nVeiligheid\n"
            "Is de veiligheidscheck uitgevoerd?\n☒ ja ☐ nee, datum: 14-11-2024 (Fenna toen niet apart gevraagd)\n"
            "Is er een steunfiguur?\nNog niet.\n")
    (check,) = run(tmp_path, nlp, {"jaarevaluatie.txt": form})["safety_checks"]
    assert check["date"] == "2024-11-14" and check["child_spoken"] is False


def test_a_check_answered_no_or_left_unfinished_records_none(tmp_path, nlp):
    form = "Jaarevaluatie 2025\nDatum: 08-04-2025\nIs de veiligheidscheck uitgevoerd?\n☐ ja ☒ nee, datum: 14-11-2024\n"
    text = journal("26-08-2025 | Huisbezoek | PZB\nBegonnen aan het formulier veiligheidscheck met pleegmoeder, "
                   "niet afgemaakt omdat zij weg moest.")
    audit = run(tmp_path, nlp, {"jaarevaluatie.txt": form, "journaal.txt": text})
    assert audit["safety_checks"] == []


def test_a_telegraphic_record_of_the_check_and_its_vague_mention_are_one_check(tmp_path, nlp):
    notes = journal("12-03-2024 | Huisbezoek | PZB\nVeiligheidscheck bij de pleegouders thuis, Fenna deed mee en "
                    "gaf zelf aan dat ze zich veilig voelt.",
                    "11-03-2025 | Huisbezoek | PZB\nVeiligheidscheck 2025 opgestart, de eerste drie vragen samen "
                    "ingevuld; de rest volgt bij het volgende bezoek.")
    handover = "Overdrachtsverslag\nDatum: 26-08-2024\nVeiligheid\nLaatste veiligheidscheck maart 2024.\n"
    checks = run(tmp_path, nlp, {"journaal.txt": notes, "overdracht.txt": handover})["safety_checks"]
    assert dates(checks) == ["2024-03-12"] and checks[0]["child_spoken"] is True


def test_a_case_only_raised_for_the_scientists_meeting_is_no_advice(tmp_path, nlp):
    text = journal("01-10-2024 | Notitie | PZB\nScheiding pleegouders inbrengen bij het GW-overleg.",
                   "04-03-2025 | Notitie | PZB\nFenna ingebracht voor het GW-overleg; wegens tijdgebrek niet aan bod "
                   "gekomen, schuift door.",
                   "20-03-2025 | Overleg | PZB\nFenna ingebracht bij de gedragswetenschapper; advies: vaste "
                   "bedtijden en een weekplanning met pictogrammen.")
    assert dates(run(tmp_path, nlp, {"journaal.txt": text})["behavioural_scientist_advice"]) == ["2025-03-20"]


def test_a_meeting_without_the_scientist_gives_no_advice(tmp_path, nlp):
    """Minutes of a meeting the scientist missed, or that left the case for the next one."""
    text = journal("13-11-2024 | MDO | PZB\nOmgang vader niet besproken, GW afwezig.",
                   "11-12-2024 | MDO | PZB\nGW: slaapproblemen Fenna bespreken in volgend MDO.",
                   "15-01-2025 | MDO | PZB\nGW afwezig, inhoudelijke adviezen schuiven door.",
                   "12-02-2025 | MDO | PZB\nGW adviseert vaste bedtijden en een nachtlampje voor Fenna.")
    assert dates(run(tmp_path, nlp, {"journaal.txt": text})["behavioural_scientist_advice"]) == ["2025-02-12"]


# --- a report over a stated period ---------------------------------------------------

QUARTER_REPORT = (
    "Kwartaalrapportage Fenna – 1e kwartaal 2025\n\nPeriode\n1 januari tot 31 maart 2025. Begeleider: Ilse.\n\n"
    "Contact met Fenna\nDonderdag 23 januari belde Fenna over haar rapport; ze klonk opgewekt.\n\n"
    "Op 12 maart heb ik Fenna na school opgehaald en haar alleen gesproken in de auto, zonder pleegouders.\n\n"
    "Netwerk\nHet zorgteam kwam op 26 maart op kantoor bij elkaar: Fenna, de pleegouders, moeder en ik.\n"
)


def test_year_less_dates_of_a_period_report_fall_in_its_period(tmp_path, nlp):
    """"Op 12 maart" in a report over the first quarter of 2025 is 12 March 2025, not a year earlier
    because the report's first dated paragraph is of January; a day in the period told as done is
    no plan."""
    audit = run(tmp_path, nlp, {"kwartaalrapportage_2025_Q1.txt": HEADER + QUARTER_REPORT})
    assert "2025-03-12" in dates(audit["one_on_one_contacts"])
    assert "2024-03-12" not in dates(audit["one_on_one_contacts"])
    assert dates(audit["care_team_meetings"]) == ["2025-03-26"]


@pytest.mark.parametrize(
    "body",
    [
        "Op 14 maart belde Fenna mij vanaf haar eigen telefoon over haar rapport.",
        "Fenna appte mij op 14 maart of ze mocht vertellen over de musical.",
        "Op 14 maart heb ik Fenna bij haar moeder thuis gesproken, alleen, moeder zat in de tuin.",
        "Op 14 maart sprak ik haar kort alleen langs de lijn bij de hockeywedstrijd.",
    ],
)
def test_a_talk_written_in_other_words_is_found(tmp_path, nlp, body):
    """The child calling the worker herself; "gesproken, alleen," and "kort alleen" as the talk's manner."""
    audit = run(tmp_path, nlp, {"rapportage.txt": HEADER + "Rapportage maart 2025\n\n" + body + "\n"})
    assert dates(audit["one_on_one_contacts"]) == ["2025-03-14"]


def test_a_foster_parent_calling_is_no_talk_with_the_child(tmp_path, nlp):
    text = HEADER + "Pleegouders: Sanne en Joost Aydın\n\nRapportage maart 2025\n\nOp 14 maart belde Sanne mij over de vakantie.\n"
    audit = run(tmp_path, nlp, {"rapportage.txt": text})
    assert audit["one_on_one_contacts"] == []


def test_a_contact_register_row_with_the_child_alone_is_a_talk(tmp_path, nlp):
    """A register's "Met wie" cell naming only the child records a contact without the foster parents;
    a row that did not happen, a mail, or a row with the foster parents is none. The row's note is
    shown as evidence beside the cell."""
    register = (HEADER + "Contactregister\nDatum | Vorm | Met wie | Kort verslag\n"
                "12-02-2025 | school | PK | Fenna gesproken in een lege klas tijdens de pauze.\n"
                "10-03-2025 | telefonisch | PK | Gepland belmoment; ze nam niet op.\n"
                "14-03-2025 | mail | PK | Fenna stuurde haar rooster door.\n"
                "02-04-2025 | huisbezoek | PO, PK | Koffie gedronken, Fenna liet haar kamer zien.\n")
    audit = run(tmp_path, nlp, {"contactregister.txt": register})
    talks = audit["one_on_one_contacts"]
    assert dates(talks) == ["2025-02-12"]
    assert any("lege klas" in ev["sentence"] for ev in talks[0]["evidence"])


# --- a check form inside a longer file, a check named with its visit ------------------

SCANNED = (
    "ZORGGROEP DE LINDE - CONTACTJOURNAAL\n"
    "12-09-2024 (PZB)\nTelefonisch contact met pleegmoeder over de schoolreis.\n"
    "- 2 -\n"
    "ZORGGROEP DE LINDE - CHECK VEILIGHEIDSCHECK PLEEGGEZIN - form. V-2\n"
    "Jeugdige: Fenna de Boer\n"
    "Datum gesprek/bezoek: 03-10-2024 Ingevuld op: 08-10-2024\n"
    "Pleegouders gesproken [X] ja [ ] nee\n"
    "Jeugdige apart gesproken [X] ja [ ] nee\n"
    "Toelichting: Fenna vertelde zelf dat ze zich veilig voelt.\n"
    "ZORGGROEP DE LINDE - CHECK VEILIGHEIDSCHECK PLEEGGEZIN - form. V-2\n"
    "Jeugdige: Fenna de Boer\n"
    "Datum gesprek/bezoek: 04-03-2025\n"
    "Status: concept, nog niet doorgelopen\n"
)


def test_a_check_form_inside_a_scanned_file_is_dated_by_its_date_field(tmp_path, nlp):
    """The form's title line and its date field two lines down; a concept form after it counts not."""
    checks = run(tmp_path, nlp, {"scan_deel2.txt": SCANNED})["safety_checks"]
    assert dates(checks) == ["2024-10-03"]  # the day of the talk, not the day it was filled in
    assert checks[0]["child_spoken"] is True


def test_a_title_without_a_date_field_is_no_form(tmp_path, nlp):
    text = "ZORGGROEP DE LINDE - VEILIGHEIDSCHECK PLEEGGEZIN - form. V-2\nUitleg voor pleegouders: zo werkt de check.\n"
    assert run(tmp_path, nlp, {"uitleg.txt": text})["safety_checks"] == []


def test_a_visit_with_the_check_opening_a_dated_record_is_the_check(tmp_path, nlp):
    text = journal("donderdag 10 oktober 2024 (M. Jansen)\nHuisbezoek met veiligheidscheck bij fam. Aydın.\n"
                   "Fenna eerst apart op haar kamer gesproken. Daarna met pleegouders de lijst doorgelopen.")
    assert dates(run(tmp_path, nlp, {"journaal.txt": text})["safety_checks"]) == ["2024-10-10"]


def test_a_tab_separated_register_row_with_the_child_alone_is_a_talk(tmp_path, nlp):
    register = (HEADER + "Datum\tTijd\tAanwezig\tToelichting\n"
                "14-03-2025\t15:30\tPK\tOp haar kamer, over school.\n"
                "21-03-2025\t15:30\tPK, PM\tSamen de agenda doorgenomen.\n")
    assert dates(run(tmp_path, nlp, {"register.txt": register})["one_on_one_contacts"]) == ["2025-03-14"]


def test_a_register_reads_its_own_status_codes_and_who_was_there(tmp_path, nlp):
    """'G = gepland' in the file's legend: a planned row is no talk; a supervised contact with the mother
    is no talk with the child alone; a visit row whose note says the child was then spoken alone is."""
    register = (HEADER + "Legenda status: U = uitgevoerd, G = gepland, NV = niet verschenen\n\n"
                "Datum\tAanwezig\tStatus\tToelichting\n"
                "14-03-2025\tPK\tU\tOp haar kamer, over school.\n"
                "21-03-2025\tPK\tG\t\n"
                "28-03-2025\tPK\tNV\tNiet op afspraak.\n"
                "04-04-2025\tPK, MO, PZB\tU\tOmgang: samen gespeeld en gegeten.\n"
                "11-04-2025\tPM, PK\tU\tHuisbezoek; daarna Fenna apart gesproken op haar kamer.\n")
    found = dates(run(tmp_path, nlp, {"register.txt": register})["one_on_one_contacts"])
    assert found == ["2025-03-14", "2025-04-11"]
