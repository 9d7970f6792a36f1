"""Generate training/goals.jsonl: fictional Dutch care-plan goals with the five labels.

Labels come from how a goal is composed (which predicate, whether a measure,
deadline or acting subject was added), never from the scoring rules, so the
model does not merely learn our own rules back. A hand-written set (HAND) with
labels set by reading is mixed in. All names and situations are invented.

Run: python training/make_goals.py  (deterministic, seed 7)
"""
from __future__ import annotations

import json
import random
from pathlib import Path

R = random.Random(7)

# --- subjects -------------------------------------------------------------
BOYS = ["Mees", "Daan", "Jayden", "Liam", "Mohammed", "Kevin", "Milan", "Ilias", "Sem", "Luuk", "Thijs", "Sven", "Ravi",
        "Finn", "Bram", "Ayoub", "Jesse", "Noah", "Dex", "Oskar", "Tygo", "Kerem", "Stijn", "Joep"]
GIRLS = ["Sanne", "Noor", "Yara", "Dewi", "Aylin", "Bo", "Sophie", "Fatima", "Tess", "Julia", "Nora", "Amira", "Lotte",
         "Zoë", "Femke", "Roos", "Fleur", "Indy", "Sara", "Lieke", "Maud", "Esmee", "Hiba", "Jolien"]
CHILD_NP = [("de jeugdige", None), ("het pleegkind", None), ("de jongere", None), ("pleegdochter", "f"), ("pleegzoon", "m")]

# Age groups: baby (0-1), peuter (2-3), kleuter (4-5), school (6-11), tiener (12-17)
AGES = {"baby": range(0, 2), "peuter": range(2, 4), "kleuter": range(4, 6), "school": range(6, 12), "tiener": range(12, 18)}

# --- child predicates: (text, specific, measurable_builtin, development, ages) ---------------
# {z} = zijn/haar, {hem} = hem/haar, {hij} = hij/zij
CHILD_SPEC = [
    ("drinkt zelf uit een beker", 1, 1, 1, "baby peuter"),
    ("slaapt de hele nacht door in {z} eigen bed", 1, 1, 1, "baby peuter kleuter"),
    ("kruipt naar speelgoed dat buiten {z} bereik ligt", 1, 0, 1, "baby"),
    ("brabbelt terug als pleegmoeder tegen {hem} praat", 1, 0, 1, "baby"),
    ("wordt getroost door pleegmoeder en laat zich binnen vijf minuten kalmeren", 1, 1, 1, "baby peuter"),
    ("is overdag zindelijk", 1, 1, 1, "peuter kleuter"),
    ("zegt zinnen van twee woorden", 1, 1, 1, "peuter"),
    ("gaat naar de peuterspeelzaal", 1, 0, 1, "peuter"),
    ("speelt samen met andere kinderen op het kinderdagverblijf", 1, 0, 1, "peuter kleuter"),
    ("kleedt zich zelf aan zonder hulp", 1, 1, 1, "kleuter school"),
    ("poetst zelf {z} tanden", 1, 0, 1, "kleuter school"),
    ("fietst zonder zijwieltjes", 1, 1, 1, "kleuter school"),
    ("haalt {z} zwemdiploma A", 1, 1, 1, "kleuter school"),
    ("benoemt wanneer {hij} boos of verdrietig is", 1, 0, 1, "kleuter school tiener"),
    ("vraagt om hulp als {hij} iets niet snapt", 1, 0, 1, "school tiener"),
    ("gaat zelfstandig naar school", 1, 1, 1, "school tiener"),
    ("fietst alleen naar school", 1, 1, 1, "school tiener"),
    ("leest op AVI-niveau E5", 1, 1, 1, "school"),
    ("maakt {z} huiswerk zonder herinnering van PO", 1, 1, 1, "school tiener"),
    ("is op tijd op school", 1, 0, 1, "school tiener"),
    ("heeft geen schorsingen meer", 1, 1, 1, "school tiener"),
    ("neemt deel aan een sportvereniging", 1, 0, 1, "school tiener"),
    ("speelt na schooltijd met een vriendje", 1, 0, 1, "kleuter school"),
    ("nodigt een klasgenoot uit om te spelen", 1, 0, 1, "school"),
    ("gaat naar de EMDR-behandeling bij de GZ-psycholoog", 1, 0, 1, "school tiener"),
    ("stopt met slaan en schoppen als {hij} boos is", 1, 1, 1, "kleuter school"),
    ("loopt naar {z} kamer om af te koelen in plaats van te slaan", 1, 0, 1, "school tiener"),
    ("ziet moeder begeleid op het kantoor van pleegzorg", 1, 0, 1, "baby peuter kleuter school tiener"),
    ("belt met vader via beeldbellen", 1, 0, 1, "school tiener"),
    ("maakt samen met PZB een levensboek", 1, 0, 1, "school tiener"),
    ("vertelt PZB hoe de bezoeken aan moeder gaan", 1, 0, 1, "school tiener"),
    ("reist zelfstandig met het OV naar {z} stage", 1, 1, 1, "tiener"),
    ("beheert {z} eigen zakgeld met een budgetschrift", 1, 0, 1, "tiener"),
    ("heeft een bijbaantje", 1, 1, 1, "tiener"),
    ("kookt zelf een maaltijd voor het gezin", 1, 0, 1, "tiener"),
    ("maakt een afspraak bij de huisarts zonder hulp", 1, 1, 1, "tiener"),
    ("haalt {z} VMBO-diploma", 1, 1, 1, "tiener"),
    ("rondt de weerbaarheidstraining af", 1, 1, 1, "tiener"),
    ("bespreekt vragen over seksualiteit met pleegmoeder of de jeugdarts", 1, 0, 1, "tiener"),
    ("kent de regels rond privacy op sociale media en houdt zich eraan", 1, 0, 1, "tiener"),
    ("blowt niet meer", 1, 1, 1, "tiener"),
    ("is thuis op de afgesproken tijd", 1, 0, 1, "tiener"),
    ("schrijft zich in voor een vervolgopleiding", 1, 1, 1, "tiener"),
    ("eet aan tafel mee met het gezin", 1, 0, 1, "peuter kleuter school"),
    ("gaat om half acht naar bed", 1, 1, 1, "kleuter school"),
    ("oefent dagelijks met de logopedie-oefeningen", 1, 1, 1, "peuter kleuter school"),
    ("gaat naar de logopedist", 1, 0, 1, "peuter kleuter school"),
    ("leert de tafels van 1 tot en met 10", 1, 1, 1, "school"),
    ("vertelt aan de leerkracht als {hij} gepest wordt", 1, 0, 1, "school tiener"),
    ("meldt zich af bij de pleegouders als {hij} later thuiskomt", 1, 0, 1, "tiener"),
]
CHILD_VAGUE = [
    ("voelt zich veilig in het pleeggezin", 0, 0, 1),
    ("zit lekker in {z} vel", 0, 0, 1),
    ("ontwikkelt zich leeftijdsadequaat", 0, 0, 1),
    ("ontwikkelt zich goed", 0, 0, 1),
    ("heeft een goede band met de pleegouders", 0, 0, 1),
    ("gaat beter om met {z} emoties", 0, 0, 1),
    ("gaat beter om met {z} boosheid", 0, 0, 1),
    ("kan {z} gevoelens beter uiten", 0, 0, 1),
    ("heeft meer zelfvertrouwen", 0, 0, 1),
    ("is stabiel op school", 0, 0, 1),
    ("heeft het naar {z} zin op school", 0, 0, 1),
    ("voelt zich thuis in het pleeggezin", 0, 0, 1),
    ("ervaart rust en regelmaat", 0, 0, 1),
    ("wordt zelfstandiger", 0, 0, 1),
    ("maakt stappen in {z} ontwikkeling", 0, 0, 1),
    ("heeft voldoende sociale contacten", 0, 0, 1),
    ("kan goed meekomen op school", 0, 0, 1),
    ("hecht zich veilig aan de pleegouders", 0, 0, 1),
    ("heeft een positief zelfbeeld", 0, 0, 1),
    ("heeft regelmatig contact met moeder", 0, 0, 1),
    ("is weerbaarder", 0, 0, 1),
    ("krijgt duidelijkheid over {z} perspectief", 0, 0, 0, "passive"),
    ("groeit op in een stabiele omgeving", 0, 0, 0),
    ("kan in het pleeggezin blijven wonen", 0, 0, 0),
    ("krijgt de zorg die {hij} nodig heeft", 0, 0, 0, "passive"),
    ("wordt goed verzorgd", 0, 0, 0, "passive"),
    ("heeft een veilige plek", 0, 0, 0),
    ("gaat minder vaak de fout in", 0, 0, 1),
]
# Adult/worker predicates: (singular, plural, specific, measurable_builtin, development)
ADULT = [
    ("biedt een stabiele omgeving aan het pleegkind", "bieden een stabiele omgeving aan het pleegkind", 0, 0, 0),
    ("biedt {naam} structuur en voorspelbaarheid", "bieden {naam} structuur en voorspelbaarheid", 0, 0, 0),
    ("kan {naam} met een gerust hart in het pleeggezin achterlaten", "kunnen {naam} met een gerust hart in het pleeggezin achterlaten", 0, 0, 0),
    ("voelt zich ondersteund door pleegzorg", "voelen zich ondersteund door pleegzorg", 0, 0, 0),
    ("ervaart minder opvoedingsbelasting", "ervaren minder opvoedingsbelasting", 0, 0, 0),
    ("werkt goed samen met moeder", "werken goed samen met moeder", 0, 0, 0),
    ("heeft inzicht in de achtergrond van {naam}", "hebben inzicht in de achtergrond van {naam}", 0, 0, 0),
    ("accepteert de plaatsing van {naam}", "accepteren de plaatsing van {naam}", 0, 0, 0),
    ("volgt de training Pleegouders en trauma", "volgen de training Pleegouders en trauma", 1, 1, 0),
    ("bezoekt het pleeggezin elke zes weken", "bezoeken het pleeggezin elke zes weken", 1, 1, 0),
    ("levert het VOG-formulier in", "leveren het VOG-formulier in", 1, 1, 0),
    ("regelt de kinderbijslag en het zorgverzekeringspasje", "regelen de kinderbijslag en het zorgverzekeringspasje", 1, 1, 0),
    ("neemt deel aan de lotgenotengroep voor netwerkpleegouders", "nemen deel aan de lotgenotengroep voor netwerkpleegouders", 1, 0, 0),
    ("leest elke avond een boekje voor aan {naam}", "lezen elke avond een boekje voor aan {naam}", 1, 1, 1),
    ("oefent dagelijks tien minuten met {naam} met woordkaartjes", "oefenen dagelijks tien minuten met {naam} met woordkaartjes", 1, 1, 1),
    ("meldt {naam} aan bij de voetbalclub", "melden {naam} aan bij de voetbalclub", 1, 1, 1),
    ("brengt {naam} elke week naar de therapie", "brengen {naam} elke week naar de therapie", 1, 1, 1),
    ("bespreekt met {naam} de bezoeken aan moeder na", "bespreken met {naam} de bezoeken aan moeder na", 1, 0, 1),
    ("ondersteunt {naam} bij het maken van huiswerk", "ondersteunen {naam} bij het maken van huiswerk", 0, 0, 1),
    ("stimuleert de ontwikkeling van {naam}", "stimuleren de ontwikkeling van {naam}", 0, 0, 1),
    ("zorgt voor een veilige hechting van {naam}", "zorgen voor een veilige hechting van {naam}", 0, 0, 1),
    ("houdt een logboek bij van de driftbuien van {naam}", "houden een logboek bij van de driftbuien van {naam}", 1, 0, 1),
    ("past de aanpak uit de video-hometraining toe als {naam} boos wordt", "passen de aanpak uit de video-hometraining toe als {naam} boos wordt", 1, 0, 1),
    ("komt de bezoekafspraken met {naam} na", "komen de bezoekafspraken met {naam} na", 1, 0, 1),
    ("komt alle bezoekafspraken met {naam} na", "komen alle bezoekafspraken met {naam} na", 1, 1, 1),
    ("toont begrip voor de loyaliteit van {naam}", "tonen begrip voor de loyaliteit van {naam}", 0, 0, 1),
]
ADULT_SG = ["Pleegmoeder", "Pleegvader", "PM", "PV", "Moeder", "Vader", "Oma", "Opa", "Grootmoeder", "Grootouder", "Tante",
            "De pleegouder", "Pleegouder", "JB", "PZB", "De PZB'er", "De jeugdbeschermer", "Het pleeggezin", "De GW"]
ADULT_PL = ["Pleegouders", "PO", "De pleegouders", "Pleegouders en moeder", "PO's", "Oma en opa", "Netwerkpleegouders", "Grootouders"]
# Goals where nobody acts: (template, specific, measurable_builtin, development)
NOBODY = [
    ("Het contact met moeder verloopt goed", 0, 0, 1),
    ("Het contact tussen {naam} en vader wordt uitgebreid", 0, 0, 1),
    ("De omgang met ouders vindt plaats volgens de omgangsregeling", 1, 0, 1),
    ("De plaatsing is stabiel", 0, 0, 0),
    ("Er is rust in het pleeggezin", 0, 0, 0),
    ("Er wordt gewerkt aan de hechting van {naam}", 0, 0, 1),
    ("Er wordt gekeken naar een passende school voor {naam}", 0, 0, 1),
    ("Moeder wordt ontlast", 0, 0, 0),
    ("Pleegouders worden ondersteund in de opvoeding", 0, 0, 0),
    ("{naam} wordt aangemeld bij de logopedie", 1, 1, 1),
    ("{naam} wordt aangemeld voor diagnostisch onderzoek naar ADHD", 1, 1, 1),
    ("Vergroten van de zelfredzaamheid van {naam}", 0, 0, 1),
    ("Verbeteren van de schoolprestaties", 0, 0, 1),
    ("Stimuleren van de taalontwikkeling", 0, 0, 1),
    ("Zorgen voor een stabiele opvoedsituatie", 0, 0, 0),
    ("Stabiele plaatsing", 0, 0, 0),
    ("Veilige hechting", 0, 0, 1),
    ("Duidelijkheid over het perspectief", 0, 0, 0),
    ("Leren fietsen zonder zijwieltjes", 1, 1, 1),
    ("Zelfstandig naar school fietsen", 1, 1, 1),
    ("Wekelijks contact met moeder", 1, 1, 1),
    ("Het onderzoek naar de ontwikkeling van {naam} is afgerond", 1, 1, 1),
    ("De samenwerking tussen pleegouders en ouders verbetert", 0, 0, 0),
    ("De schoolgang van {naam} verloopt goed", 0, 0, 1),
    ("Een goede overdracht naar het vervolgtraject", 0, 0, 0),
    ("Er komt een bezoekregeling met vader", 1, 1, 1),
    ("Er worden drie speelafspraken per maand gepland voor {naam}", 1, 1, 1),
    ("Opbouwen van een vertrouwensband met de pleegouders", 0, 0, 1),
    ("Afbouwen van de begeleiding", 0, 0, 0),
]
MEASURES = ["drie keer per week", "elke dag", "minimaal 4 van de 5 schooldagen", "elke schooldag", "twee keer per week",
            "wekelijks", "zonder hulp", "zonder herinnering", "minstens één keer per maand", "om de week", "vijf dagen achter elkaar",
            "80% van de schooldagen", "iedere ochtend", "zonder begeleiding van PO", "een keer per twee weken", "maximaal één keer per week niet"]
DEADLINES = ["vóór 1 juli 2025", "voor 1 september 2024", "uiterlijk 31 december 2025", "binnen 3 maanden", "binnen zes weken",
             "bij de evaluatie in september", "voor de zomervakantie", "aan het eind van het schooljaar", "eind 2025", "in maart 2025",
             "voor de kerstvakantie", "na drie maanden", "binnen een half jaar", "vóór 15-03-2025", "voor 01-02-2026", "per 1 januari 2025",
             "voor zijn 18e verjaardag", "in het komende schooljaar", "uiterlijk bij het volgende zorgteamoverleg", "bij de evaluatie over 6 maanden",
             "voor het eerste rapport", "tot de herfstvakantie", "in de komende 8 weken", "medio 2025"]
VAGUE_TIME = ["op termijn", "in de toekomst", "in de komende periode", "zo snel mogelijk", "steeds", "uiteindelijk", "gaandeweg"]
TAILS = ["; PO evalueert dit met PZB in het zorgteamoverleg", " (PZB bespreekt dit bij het huisbezoek)", ", PO houden dit bij in een schriftje",
         "; dit wordt besproken in het MDO", " – toetsing via de schoolrapportage", "; JB bewaakt de voortgang", ". Pleegouders houden een turflijst bij"]
# tails: (text, adds_actor, adds_measure)
TAIL_LABELS = {TAILS[0]: (1, 0), TAILS[1]: (1, 0), TAILS[2]: (1, 1), TAILS[3]: (0, 0), TAILS[4]: (0, 1), TAILS[5]: (1, 0), TAILS[6]: (1, 1)}
WRAPS = ["{g}", "{g}", "{g}", "{g}.", "{g}.", "Doel: {g}", "- {g}", "• {g}", "1. {g}", "Het doel is dat {gl}", "We willen dat {gl}",
         "Wat willen we bereiken: {g}", "Dat {gl}"]


def _pron(g: str | None) -> dict[str, str]:
    if g == "f":
        return {"z": "haar", "hem": "haar", "hij": "zij"}
    if g == "m":
        return {"z": "zijn", "hem": "hem", "hij": "hij"}
    return {"z": "zijn", "hem": "hem", "hij": "hij"}


def _child() -> tuple[str, str | None, str]:
    r = R.random()
    if r < 0.78:
        g = R.choice(["m", "f"])
        name = R.choice(BOYS if g == "m" else GIRLS)
        return name, g, name
    np_, g = R.choice(CHILD_NP)
    return np_, g or R.choice(["m", "f"]), "de jeugdige"


def _typo(s: str) -> str:
    words = s.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not cand:
        return s
    i = R.choice(cand)
    w = words[i]
    k = R.randrange(1, len(w) - 2)
    op = R.random()
    if op < 0.4:
        w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
    elif op < 0.7:
        w = w[:k] + w[k + 1:]
    else:
        w = w[:k] + w[k] + w[k:]
    words[i] = w
    return " ".join(words)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _wrap(body: str) -> str:
    w = R.choice(WRAPS)
    if body.split()[0].lower() in {"vóór", "voor", "uiterlijk", "binnen", "bij", "aan", "eind", "in", "na", "per", "tot", "medio"}:
        w = R.choice(WRAPS[:9])  # a fronted deadline cannot follow "dat"
    return w.format(g=_cap(body), gl=body[:1].lower() + body[1:] if not body[:1].isupper() or body.split()[0] in ("Het", "De", "Er") else body)


def _place_deadline(sentence_subject: str, verb_rest: str, dl: str) -> str:
    """Deadline at the end, or fronted with inversion ('Vóór 1 juli gaat Sanne ...')."""
    if R.random() < 0.3:
        verb, _, rest = verb_rest.partition(" ")
        subj = sentence_subject if sentence_subject[:1].isupper() and sentence_subject.split()[0] not in ("De", "Het") else sentence_subject[:1].lower() + sentence_subject[1:]
        return f"{_cap(dl)} {verb} {subj} {rest}".strip()
    return f"{sentence_subject} {verb_rest} {dl}"


def gen_child() -> dict:
    subj, g, _ = _child()
    pr = _pron(g)
    age_group = R.choice(list(AGES))
    age = R.choice(list(AGES[age_group]))
    a = 1
    if R.random() < 0.62:
        cands = [p for p in CHILD_SPEC if age_group in p[4]]
        text, s, m, d, _ = R.choice(cands)
    else:
        text, s, m, d, *flags = R.choice(CHILD_VAGUE)
        a = 0 if "passive" in flags else 1
    pred = text.format(**pr)
    t = 0
    if s and not m and R.random() < 0.55:
        pred += " " + R.choice(MEASURES)
        m = 1
    subj_txt = subj
    if subj[:1].isupper() and R.random() < 0.25:
        subj_txt = f"{subj} ({age})" if R.random() < 0.5 else f"{subj} ({age} jr)"
    if R.random() < 0.5:
        dl = R.choice(DEADLINES)
        body = _place_deadline(_cap(subj_txt), pred, dl)
        t = 1
    elif R.random() < 0.15:
        body = f"{_cap(subj_txt)} {pred} {R.choice(VAGUE_TIME)}"
    else:
        body = f"{_cap(subj_txt)} {pred}"
    if R.random() < 0.2:
        tail = R.choice(TAILS)
        body += tail
        m = m or (TAIL_LABELS[tail][1] and s)
    return dict(text=_wrap(body), specific=s, measurable=m, time_bound=t, actor=a, development_oriented=d)


def gen_adult() -> dict:
    _, g, _ = _child()
    name = R.choice(BOYS if g == "m" else GIRLS) if R.random() < 0.8 else "het pleegkind"
    sg, pl, s, m, d = R.choice(ADULT)
    if R.random() < 0.5:
        subj, pred = R.choice(ADULT_SG), sg
    else:
        subj, pred = R.choice(ADULT_PL), pl
    pred = pred.format(naam=name)
    t = 0
    if R.random() < 0.45:
        body = _place_deadline(subj, pred, R.choice(DEADLINES))
        t = 1
    else:
        body = f"{subj} {pred}"
    if R.random() < 0.15:
        tail = R.choice(TAILS)
        body += tail
        m = m or (TAIL_LABELS[tail][1] and s)
    return dict(text=_wrap(body), specific=s, measurable=m, time_bound=t, actor=1, development_oriented=d)


def gen_nobody() -> dict:
    _, g, _ = _child()
    name = R.choice(BOYS if g == "m" else GIRLS)
    tpl, s, m, d = R.choice(NOBODY)
    body = tpl.format(naam=name)
    t = 0
    if R.random() < 0.4:
        body += " " + R.choice(DEADLINES)
        t = 1
    a = 0
    if R.random() < 0.12:
        tail = R.choice(TAILS)
        body += tail
        a = TAIL_LABELS[tail][0]
        m = m or (TAIL_LABELS[tail][1] and s)
    w = R.choice(["{g}", "{g}.", "- {g}", "Doel 3: {g}", "2) {g}", "{g}"])
    return dict(text=w.format(g=body), specific=s, measurable=m, time_bound=t, actor=a, development_oriented=d)


# Hand-written goals (labels by reading): text, specific, measurable, time_bound, actor, development_oriented
HAND = [
    ("Pleegouder biedt een stabiele omgeving aan het pleegkind", 0, 0, 0, 1, 0),
    ("Grootouder kan de jeugdige met een gerust hart in het pleeggezin achterlaten.", 0, 0, 0, 1, 0),
    ("Mees gaat beter om met zijn boosheid", 0, 0, 0, 1, 1),
    ("Het contact met moeder verloopt goed", 0, 0, 0, 0, 1),
    ("Er wordt gewerkt aan een veilige hechting", 0, 0, 0, 0, 1),
    ("Moeder wordt ontlast", 0, 0, 0, 0, 0),
    ("Sanne (9) gaat vóór 1 juli 2025 drie keer per week zelfstandig naar school; PO evalueert dit met PZB in het zorgteamoverleg", 1, 1, 1, 1, 1),
    ("Jayden slaapt binnen twee maanden vijf nachten per week door zonder bij PO in bed te kruipen.", 1, 1, 1, 1, 1),
    ("PO en PZB maken voor de herfstvakantie een signaleringsplan voor de woedeaanvallen van Kerem", 1, 1, 1, 1, 1),
    ("Dat Noor het fijn heeft bij oma en opa", 0, 0, 0, 1, 0),
    ("Noor voelt zich gezien en gehoord.", 0, 0, 0, 1, 1),
    ("Lieke (16) opent vóór 1 maart 2025 een eigen betaalrekening en houdt maandelijks met PV haar uitgaven bij.", 1, 1, 1, 1, 1),
    ("Stabiliteit in de thuissituatie", 0, 0, 0, 0, 0),
    ("Rust en regelmaat voor Bo", 0, 0, 0, 0, 0),
    ("Bo heeft een vast dag- en nachtritme: om 19.00 uur in bed, om 7.00 uur op", 1, 1, 0, 1, 1),
    ("Aylin leert in de komende periode beter voor zichzelf op te komen", 0, 0, 0, 1, 1),
    ("JB onderzoekt vóór 1 april of terugplaatsing bij moeder mogelijk is en legt het besluit vast.", 1, 1, 1, 1, 0),
    ("JB neemt uiterlijk in mei 2025 een besluit over het perspectief van Dex", 1, 1, 1, 1, 0),
    ("duidelijkheid over perspectief", 0, 0, 0, 0, 0),
    ("PV en PM blijven de komende tijd de opvoeding op zich nemen", 0, 0, 0, 1, 0),
    ("De pleegouders zijn in staat om adequaat te reageren op het gedrag van de jeugdige", 0, 0, 0, 1, 0),
    ("Pleegouders reageren binnen 2 maanden bij een driftbui van Liam met de afgesproken time-in (max. 5 minuten) i.p.v. straf", 1, 1, 1, 1, 1),
    ("Sophie weet waarom ze in een pleeggezin woont en kan dit in eigen woorden vertellen aan PZB bij de evaluatie in november", 1, 1, 1, 1, 1),
    ("Sophie heeft inzicht in haar levensverhaal", 0, 0, 0, 1, 1),
    ("Thijs komt op tijd op school (geen te laat-meldingen meer in het tweede rapport)", 1, 1, 1, 1, 1),
    ("Thijs gaat naar school.", 1, 0, 0, 1, 1),
    ("Fatima heeft elke week contact met haar moeder", 1, 1, 0, 1, 1),
    ("Het welbevinden van Fatima neemt toe", 0, 0, 0, 0, 1),
    ("Verminderen van gedragsproblemen", 0, 0, 0, 0, 1),
    ("Ilias gebruikt geen cannabis meer, aangetoond met urinecontroles om de twee weken, vóór eind 2025", 1, 1, 1, 1, 1),
    ("Ilias komt niet meer in aanraking met politie", 1, 1, 0, 1, 1),
    ("Pleegmoeder leert de signalen van Tess beter te lezen", 0, 0, 0, 1, 1),
    ("PM volgt voor 1 juni de cursus Omgaan met hechtingsproblematiek", 1, 1, 1, 1, 0),
    ("Vader en pleegouders maken afspraken over de verjaardagen van Milan", 1, 0, 0, 1, 1),
    ("Vader komt alle bezoeken na (10 van de 10) tot de evaluatie in juni", 1, 1, 1, 1, 1),
    ("Milan mag zijn vader vaker zien", 0, 0, 0, 1, 1),
    ("Er is een passende dagbesteding voor Ravi", 0, 0, 0, 0, 1),
    ("Ravi gaat vanaf 1 september 2025 vier dagen per week naar de dagbesteding", 1, 1, 1, 1, 1),
    ("De veiligheid van de jeugdige is gewaarborgd", 0, 0, 0, 0, 0),
    ("Het pleeggezin is een veilige plek", 0, 0, 0, 0, 0),
    ("PZB komt eens per 6 weken op huisbezoek en spreekt Yara daarbij apart", 1, 1, 0, 1, 1),
    ("Yara kan haar verhaal kwijt bij een vertrouwenspersoon", 0, 0, 0, 1, 1),
    ("yara belt 1x per week met haar broertje in de andere pleeggezin", 1, 1, 0, 1, 1),
    ("Indy heeft in het schooljaar 2025-2026 een vriendin met wie ze afspreekt buiten school.", 1, 1, 1, 1, 1),
    ("Indy maakt vriendjes", 0, 0, 0, 1, 1),
    ("dagritme van Joep is helder voor alle betrokkenen", 0, 0, 0, 0, 1),
    ("Joep eet drie keer per dag een maaltijd aan tafel zonder driftbui", 1, 1, 0, 1, 1),
    ("Afspraken rondom bezoek zijn duidelijk", 0, 0, 0, 0, 1),
    ("Zoë (2) zegt voor haar derde verjaardag 50 woorden", 1, 1, 1, 1, 1),
    ("Zoë laat zich troosten", 1, 0, 0, 1, 1),
    ("baby drinkt 6 flesjes per dag en groeit volgens de groeicurve van het consultatiebureau", 1, 1, 0, 1, 1),
    ("De baby hecht zich aan de pleegouders", 0, 0, 0, 1, 1),
    ("Pleegouders zijn goed op de hoogte van de medische situatie", 0, 0, 0, 1, 0),
    ("PO nemen binnen 2 wk contact op met de kinderarts over de medicatie van Sem", 1, 1, 1, 1, 0),
    ("Sem gebruikt zijn medicatie elke ochtend zonder verzet", 1, 1, 0, 1, 1),
    ("Samenwerking tussen moeder en PO wordt beter", 0, 0, 0, 0, 0),
    ("Moeder en PO voeren elke 3 maanden een gesprek met PZB over de opvoeding van Roos", 1, 1, 0, 1, 1),
    ("Moeder accepteert de plaatsing", 0, 0, 0, 1, 0),
    ("Moeder kan Roos loslaten in het pleeggezin", 0, 0, 0, 1, 0),
    ("Roos mag logeren bij moeder als het goed gaat", 0, 0, 0, 1, 1),
    ("Roos logeert vanaf de zomervakantie één weekend per maand bij moeder", 1, 1, 1, 1, 1),
    ("Behoud van de plaatsing", 0, 0, 0, 0, 0),
    ("Voortzetting pleegzorg", 0, 0, 0, 0, 0),
    ("Bewerkstelligen van een stabiele schoolgang", 0, 0, 0, 0, 1),
    ("Femke komt voldoende tot rust na school", 0, 0, 0, 1, 1),
    ("Femke gaat na school een half uur naar haar kamer om tot rust te komen", 1, 1, 0, 1, 1),
    ("GW stelt vóór 1 mei een handelingsadvies op voor PO over de angsten van Esmee", 1, 1, 1, 1, 1),
    ("Esmee durft alleen te slapen met het licht uit, 7 nachten per week, voor de meivakantie", 1, 1, 1, 1, 1),
    ("Esmee is minder angstig", 0, 0, 0, 1, 1),
    ("De jeugdige ontwikkelt zich naar vermogen", 0, 0, 0, 1, 1),
    ("Jeugdige voelt zich veilig", 0, 0, 0, 1, 1),
    ("Oskar (14) leert in 3 mnd zelfstandig met de trein naar zijn oma te reizen", 1, 1, 1, 1, 1),
    ("Oskar heeft een dagbesteding of opleiding", 0, 0, 0, 1, 1),
    ("Hiba volgt op school de lessen Nederlands en haalt een voldoende op haar rapport in juni", 1, 1, 1, 1, 1),
    ("Goede begeleiding van PO door PZB", 0, 0, 0, 0, 0),
    ("Pleegzorgbegeleiding is afgesloten voor 1-1-2026", 1, 1, 1, 0, 0),
    ("Voogdij naar pleegouders voor het einde van het jaar", 1, 1, 1, 0, 0),
    ("PO vragen de pleegoudervoogdij aan vóór 1 oktober", 1, 1, 1, 1, 0),
    ("Maud gaat met plezier naar de BSO", 0, 0, 0, 1, 1),
    ("Maud gaat 2 middagen per week naar de BSO en speelt daar met andere kinderen", 1, 1, 0, 1, 1),
    ("Stijn oefent met PV 3x per week met lezen, zodat hij in januari AVI M4 haalt", 1, 1, 1, 1, 1),
    ("de jongere houdt zich aan de afspraken", 0, 0, 0, 1, 1),
    ("Kevin houdt zich aan de 5 huisregels die met PO zijn afgesproken; PO turven overtredingen", 1, 1, 0, 1, 1),
    ("Nora krijgt passende hulp voor haar trauma", 0, 0, 0, 0, 1),
    ("Nora start voor 1 juni met traumabehandeling bij de GGZ", 1, 1, 1, 1, 1),
    ("Sara's moeder komt 1x per maand op bezoek in het pleeggezin", 1, 1, 0, 1, 1),
    ("De ontwikkeling van Sara wordt gevolgd", 0, 0, 0, 0, 1),
    ("Lotte vraagt ten minste één keer per dag hulp bij haar huiswerk in plaats van te gaan schreeuwen", 1, 1, 0, 1, 1),
    ("Pleegouders en school hebben goed contact over Lotte", 0, 0, 0, 1, 1),
    ("Pleegouders bespreken elke maand met de mentor de cijfers van Lotte", 1, 1, 0, 1, 1),
    ("Ayoub wordt geholpen met zijn huiswerk", 0, 0, 0, 0, 1),
    ("Ayoub oefent samen met PV elke dinsdag en donderdag 20 min met rekenen", 1, 1, 0, 1, 1),
    ("Opvoedsituatie is veilig en stabiel", 0, 0, 0, 0, 0),
    ("De pleegouders zijn voldoende belastbaar", 0, 0, 0, 1, 0),
    ("Pleegouders hebben elke maand een avond voor zichzelf, waarbij oma op Tygo past", 1, 1, 0, 1, 0),
    ("Tygo ontwikkelt zich motorisch goed.", 0, 0, 0, 1, 1),
    ("Tygo loopt zelfstandig zonder steun voor de evaluatie in het voorjaar", 1, 1, 1, 1, 1),
    ("Julia leert zwemmen", 1, 0, 0, 1, 1),
    ("Julia heeft voor de zomer van 2025 haar A-diploma", 1, 1, 1, 1, 1),
    ("pm zorgt dat julia iedere week naar zwemles gaat", 1, 1, 0, 1, 1),
    ("Luuk weet bij wie hij terecht kan", 0, 0, 0, 1, 1),
    ("Luuk noemt 3 personen bij wie hij terecht kan als hij zich rot voelt; PZB vraagt dit uit bij ieder huisbezoek", 1, 1, 0, 1, 1),
    ("Doel 1: Luuk heeft structuur", 0, 0, 0, 1, 0),
    ("Dewi blijft in contact met haar broers en zussen", 0, 0, 0, 1, 1),
    ("Dewi ziet haar broers en zussen elke schoolvakantie minimaal één dag", 1, 1, 0, 1, 1),
    ("Er vindt eens per kwartaal een evaluatie plaats met alle betrokkenen", 1, 1, 0, 0, 0),
    ("Er wordt voor 1 maart een perspectiefbesluit genomen", 1, 1, 1, 0, 0),
    ("Finn leert zijn emoties herkennen met behulp van de gevoelensthermometer", 1, 0, 0, 1, 1),
    ("Finn wijst op de gevoelensthermometer aan hoe hij zich voelt, elke avond bij het naar bed gaan, binnen 6 weken", 1, 1, 1, 1, 1),
    ("Amira wordt ondersteund in haar identiteitsontwikkeling", 0, 0, 0, 0, 1),
    ("Amira praat 1 keer per maand met haar mentor over haar culturele achtergrond", 1, 1, 0, 1, 1),
    ("Noah kan tegen zijn verlies bij spelletjes", 0, 0, 0, 1, 1),
    ("Noah speelt een spelletje uit zonder het bord om te gooien, ook als hij verliest (5 keer achter elkaar)", 1, 1, 0, 1, 1),
    ("Jolien gaat verantwoord om met haar telefoon", 0, 0, 0, 1, 1),
    ("Jolien levert haar telefoon om 22.00 uur in bij PO, elke schooldag, vanaf de kerstvakantie", 1, 1, 1, 1, 1),
    ("Voorbereiden op zelfstandigheid", 0, 0, 0, 0, 1),
    ("Voor zijn 18e heeft Sven een plek in een kamertraining en kan hij zelf koken en wassen", 1, 1, 1, 1, 1),
    ("Sven beheert vanaf februari zelf zijn kleedgeld van 60 euro per maand", 1, 1, 1, 1, 1),
    ("Emotionele ontwikkeling", 0, 0, 0, 0, 1),
    ("Sociale ontwikkeling van Esmee stimuleren", 0, 0, 0, 0, 1),
    ("Seksuele ontwikkeling: Kerem weet welke aanraking wel en niet ok is en kan dit benoemen bij de jeugdarts in mei", 1, 1, 1, 1, 1),
    ("Kerem krijgt seksuele voorlichting die past bij zijn leeftijd", 0, 0, 0, 0, 1),
    ("Pleegouders geven Kerem voorlichting over seksualiteit met het boekje 'Lichaam en gevoel', voor de zomervakantie", 1, 1, 1, 1, 1),
    ("Het pleegkind is aangemeld bij de huisarts en tandarts", 1, 1, 0, 0, 0),
    ("Netwerkpleegouders worden gescreend", 0, 0, 0, 0, 0),
    ("Netwerkscreening is afgerond voor 15-04-2025", 1, 1, 1, 0, 0),
    ("JB zorgt ervoor dat er een omgangsregeling komt", 0, 0, 0, 1, 1),
    ("Uiterlijk 1 juni ligt er een schriftelijke omgangsregeling met vader, 1x per 2 weken 2 uur begeleid", 1, 1, 1, 0, 1),
    ("Daan (3) wordt zindelijk", 0, 0, 0, 1, 1),
    ("Daan (3) is voor de zomer overdag zindelijk, zonder ongelukjes", 1, 1, 1, 1, 1),
    ("Fleur voelt zich welkom bij haar vader.", 0, 0, 0, 1, 1),
    ("Na elk bezoek aan vader vertelt Fleur aan PM wat ze heeft gedaan", 1, 1, 0, 1, 1),
    ("Wat willen we bereiken: dat Bram weer naar school gaat", 1, 0, 0, 1, 1),
    ("Bram gaat binnen 4 weken weer 5 dagen per week naar school (verzuim 0 uur)", 1, 1, 1, 1, 1),
    ("Verminderen van het schoolverzuim van Bram", 0, 0, 0, 0, 1),
    ("Pleegvader leert rustig te blijven bij conflicten met de jeugdige", 0, 0, 0, 1, 0),
    ("PV gebruikt bij conflicten met Bram de afgesproken time-out van 10 min, elke keer, vanaf nu tot de evaluatie", 1, 1, 1, 1, 1),
    ("Optimale ontwikkelingskansen bieden", 0, 0, 0, 0, 1),
    ("Het kind groeit op in een veilig, stabiel en liefdevol gezin", 0, 0, 0, 1, 0),
    ("Het gedrag van Jesse verbetert", 0, 0, 0, 0, 1),
    ("Jesse scheldt bij teleurstelling niet meer, maximaal 1 keer per week een uitbarsting volgens de turflijst van PO", 1, 1, 0, 1, 1),
    ("Crisisplaatsing: binnen 6 weken is duidelijk waar Liam verder opgroeit", 1, 1, 1, 0, 0),
    ("Tijdens de crisisperiode is Liam veilig", 0, 0, 0, 1, 0),
    ("In de crisisperiode gaat Liam gewoon naar zijn eigen school, elke schooldag met de taxi", 1, 1, 1, 1, 1),
    ("Weekendpleegzorg: ouders worden ontlast", 0, 0, 0, 0, 0),
    ("Mohammed logeert 1 weekend per maand in het weekendpleeggezin en doet daar mee met de activiteiten", 1, 1, 0, 1, 1),
    ("Mohammed heeft een fijne tijd bij de weekendpleegouders", 0, 0, 0, 1, 1),
]


# Added for other house styles (labels by reading, SCHEMA.md): a habitual activity with no criterion is
# specific but not measurable; a score on an instrument, a record that is kept, or a document that ends up
# in the file states how attainment is judged; a feeling stays unspecific even when it is measured.
HAND_STYLES = [
    ("Noor gaat naar zwemles.", 1, 0, 0, 1, 1),
    ("Bram oefent thuis met de woordkaartjes van de logopedist.", 1, 0, 0, 1, 1),
    ("Sara en vader videobellen met elkaar.", 1, 0, 0, 1, 1),
    ("Deelname aan de scouting op zaterdag.", 1, 0, 0, 0, 1),
    ("Het zelf aankleden in de ochtend, vóór de kerstvakantie.", 1, 0, 1, 0, 1),
    ("Het zelfstandig smeren van de boterhammen.", 1, 0, 0, 0, 1),
    ("Luuk slaapt in zijn eigen bed in de komende drie maanden.", 1, 0, 1, 1, 1),
    ("Pleegvader en pleegmoeder volgen de cursus Geweldloos verzet.", 1, 0, 0, 1, 0),
    ("Tess volgt fysiotherapie en doet thuis de oefeningen.", 1, 0, 0, 1, 1),
    ("Finn vertelt bij het avondeten over zijn dag.", 1, 0, 0, 1, 1),
    ("Yara ruimt haar kamer op, uiterlijk eind juni.", 1, 0, 1, 1, 1),
    ("Milan maakt zijn rekenhuiswerk aan de keukentafel.", 1, 0, 0, 1, 1),
    ("Aanmelding bij een sportvereniging naar keuze.", 1, 0, 0, 0, 1),
    ("Het gedrag van Sem ligt volgens de CBCL binnen het normale gebied, vóór de evaluatie in mei.", 0, 1, 1, 0, 1),
    ("Hiba heeft minder angsten: de SDQ-score valt binnen de normale range.", 0, 1, 0, 1, 1),
    ("Kerem heeft hooguit één woedebui per week, bijgehouden op een turflijst door PM.", 1, 1, 0, 1, 1),
    ("Lotte gaat naar bed zonder te huilen, volgens het slaapdagboek van pleegmoeder.", 1, 1, 0, 1, 1),
    ("Ayoub is op tijd op school volgens de absentieregistratie van school.", 1, 1, 0, 1, 1),
    ("VOG van beide pleegouders aangevraagd, kopie in het dossier, binnen zes weken.", 1, 1, 1, 0, 0),
    ("Het pleegcontract is door alle partijen ondertekend en een exemplaar zit in het dossier.", 1, 1, 0, 0, 0),
    ("PZB zorgt dat de aanvraag voor kinderbijslag is ingediend.", 1, 1, 0, 1, 0),
    ("Fleur voelt zich geliefd in het pleeggezin (schaalvraag: minimaal een 8).", 0, 1, 0, 1, 1),
    ("Verbetering van de werkhouding in de klas (rapportcijfer minimaal een 6).", 0, 1, 0, 0, 1),
    ("Femke voelt zich begrepen door haar mentor.", 0, 0, 0, 1, 1),
    ("Een fijne tijd op de nieuwe school.", 0, 0, 0, 0, 1),
    ("Groei in zelfvertrouwen.", 0, 0, 0, 0, 1),
    ("Inzicht in de eigen grenzen en die van anderen.", 0, 0, 0, 0, 1),
    ("Kennis over veilig internetgebruik, voor de zomervakantie.", 1, 0, 1, 0, 1),
]
HAND += HAND_STYLES
N_GENERATED = 453  # generated goals; unchanged when hand-written goals are added


def main() -> None:
    out: list[dict] = []
    seen: set[str] = set()
    for t, s, m, tb, a, d in HAND:
        out.append(dict(text=t, specific=s, measurable=m, time_bound=tb, actor=a, development_oriented=d, source="hand"))
        seen.add(t)
    gens = [(gen_child, 0.55), (gen_adult, 0.27), (gen_nobody, 0.18)]
    while len(out) < len(HAND) + N_GENERATED:
        r = R.random()
        acc = 0.0
        for fn, p in gens:
            acc += p
            if r < acc:
                rec = fn()
                break
        if R.random() < 0.08:
            rec["text"] = _typo(rec["text"])
        if R.random() < 0.05:
            rec["text"] = rec["text"][:1].lower() + rec["text"][1:]
        if rec["text"] in seen:
            continue
        seen.add(rec["text"])
        rec = {k: (int(v) if k != "text" else v) for k, v in rec.items()}
        rec["source"] = "generated"
        out.append(rec)
    for r in out:
        r["concreteness"] = round(sum(r[k] for k in ("specific", "measurable", "time_bound", "actor", "development_oriented")) / 5, 2)
        for k in ("specific", "measurable", "time_bound", "actor", "development_oriented"):
            r[k] = bool(r[k])
    path = Path(__file__).with_name("goals.jsonl")
    with path.open("w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} goals ({sum(r['source'] == 'hand' for r in out)} hand-written) to {path}")


if __name__ == "__main__":
    main()
