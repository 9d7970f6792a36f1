"""A realistic, fictional sample of foster-care dossiers for ``benchmarks/sample.py``.

Every dossier is one folder with a PDF (an ECD export: running page header and footer,
personalia fields, a household table, a journal either as a ruled table or as dated
prose entries, sometimes a goals table), a DOCX care plan (headings, goal table or goal
list, prose, sometimes a journal table) and often a TXT file (mails, phone notes or a
plain journal). Journal entries are routine visits and calls, with some one-on-one talks
("12-03-2024 Gesprek met Liv alleen, zonder pleegouders."), safety checks, advice of the
behavioural scientist (GW) and contact with parents. Text comes from templates with
random fill and a fixed seed, so the sample is the same on every run.

Also the event-heavy TXT journals of issue 13: dated one-on-one entries of a given size,
with a date of their own or all on one date.
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path

AS_OF = dt.date(2025, 6, 1)
WORDS_PER_PAGE = 500  # a DOCX or TXT "page" (these formats have none) for pages/s figures
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

FIRST = ["Liv", "Sanne", "Noor", "Yara", "Fenna", "Iris", "Mila", "Amira", "Lotte", "Isa", "Jesse", "Daan",
         "Tijn", "Mees", "Ruben", "Sem", "Ayoub", "Milan", "Luuk", "Bram", "Selin", "Elif", "Romy", "Zoë"]
BOYS = {"Jesse", "Daan", "Tijn", "Mees", "Ruben", "Sem", "Ayoub", "Milan", "Luuk", "Bram"}
SURNAMES = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "de Boer", "Bos", "Vos",
            "Peters", "Hendriks", "Dekker", "Brouwer", "van Dijk", "Kok", "Koster", "Prins", "Huisman", "Postma"]
STAFF = ["J. de Wit", "M. Oukili", "L. Hendriks", "N. Sprenkels", "F. Yilmaz", "A. Jansen-Pool", "R. Kramer",
         "S. Karaca", "E. van Leeuwen", "T. Bouma"]
GW = ["Henk Kolkman", "Carla Wessels", "Rutger Smeenk", "Pieter Hazelaar", "Annelies Roos"]
PROVIDERS = ["Rivierenland", "Lindehaven", "De Wending", "Horizon", "Vlinderboom", "Zuiderlicht"]
SCHOOLS = ["De Regenboog", "Het Kompas", "De Wegwijzer", "Sint Jozef", "De Vlieger", "het Maaslandcollege"]
HOBBIES = ["voetbal", "turnen", "zwemles", "de scouting", "tekenles", "gitaarles", "hockey", "dansles"]
PEOPLE = ["moeder", "vader", "oma", "de juf", "de mentor", "de JB", "de huisarts", "het wijkteam"]
TOWNS = ["Ravelsloot", "Asperbroek", "Oudeland", "Kreekhoven", "Lingewaard", "Zandhoven"]


@dataclass
class Case:
    """Who a dossier is about: the child, the foster family, the workers."""

    number: int
    child: str
    initial: str
    boy: bool
    born: dt.date
    family: str
    worker: str
    gw: str
    provider: str
    client: int
    town: str
    start: dt.date

    @property
    def pron(self) -> str:
        return "hij" if self.boy else "ze"

    @property
    def poss(self) -> str:
        return "zijn" if self.boy else "haar"


@dataclass
class Entry:
    date: dt.date
    kind: str
    author: str
    sentences: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        return " ".join(self.sentences)

    def words(self) -> int:
        return len(self.body.split())


def new_case(rng: random.Random, number: int) -> Case:
    child = rng.choice(FIRST)
    start = AS_OF - dt.timedelta(days=rng.randint(500, 1800))
    return Case(number=number, child=child, initial=rng.choice("BDHKMSTVW"), boy=child in BOYS,
                born=start - dt.timedelta(days=rng.randint(4 * 365, 14 * 365)), family=rng.choice(SURNAMES),
                worker=rng.choice(STAFF), gw=rng.choice(GW), provider=rng.choice(PROVIDERS),
                client=rng.randint(10000, 99999), town=rng.choice(TOWNS), start=start)


def d(date: dt.date) -> str:
    return date.strftime("%d-%m-%Y")


# Sentence templates: {k} child, {p} pronoun, {z} possessive, {s} school, {h} hobby, {x} person,
# {n} a small number, {w} worker, {g} GW, {f} family name.
ROUTINE = [
    "PM vertelt dat {k} goed slaapt en 's ochtends zelf {z} tas inpakt.",
    "Op school gaat het wisselend; de mentor van {s} meldt dat {k} moeite heeft met rekenen.",
    "{k} is enthousiast over {h} en gaat er nu {n} keer per week naartoe.",
    "Het contact met {x} verloopt volgens afspraak, er waren geen bijzonderheden.",
    "PV geeft aan dat de avonden rustiger zijn sinds er een vaste bedtijd is afgesproken.",
    "Er is gesproken over de zomervakantie; het gezin gaat {n} weken naar een camping in Zeeland.",
    "{k} heeft een nieuwe vriendin in de klas en speelt regelmatig bij haar thuis.",
    "PM maakt zich zorgen over het telefoongebruik van {k} en wil daar afspraken over maken.",
    "Afgesproken dat PM contact opneemt met {s} over het rapport.",
    "De logopedie is afgerond; {k} spreekt duidelijker en durft meer te vertellen.",
    "In de klas zit {k} naast een rustige jongen, dat helpt bij het concentreren.",
    "Tijdens het bezoek laat {k} trots {z} tekeningen zien.",
    "Pleegouders vragen om ondersteuning bij de administratie van de pleegvergoeding.",
    "Er zijn geen signalen van onveiligheid; het gezin functioneert stabiel.",
    "De PZB bespreekt met PO hoe zij {k} kunnen helpen bij het huiswerk.",
    "PV heeft een nieuwe baan met wisselende diensten; PM is vaker alleen met de kinderen.",
    "{k} was de afgelopen week {n} dagen ziek en is thuis gebleven van school.",
    "Het gezin heeft kennisgemaakt met de nieuwe buren, die ook kinderen hebben.",
    "Volgende afspraak staat gepland over {n} weken, dan komt ook de JB mee.",
    "PM heeft de training 'Pleegouders en trauma' gevolgd en vond die zeer leerzaam.",
    "{k} vertelt bij binnenkomst dat {p} een goed cijfer heeft gehaald voor taal.",
    "De fietsroute naar {s} is geoefend; {k} fietst nu zelfstandig.",
    "Er is een nieuw huisdier, een kat, waar {k} veel voor zorgt.",
    "PO geven aan dat zij de samenwerking met {x} als prettig ervaren.",
    "De verjaardag van {k} is gevierd met familie van de pleegouders.",
    "Het gesprek vond plaats aan de keukentafel, de sfeer was ontspannen.",
    "PM merkt dat {k} na het weekend vaak moe en prikkelbaar is.",
    "Het zwemdiploma B is gehaald, {k} was er erg trots op.",
    "De kosten van {h} worden voortaan uit het budget van de pleegvergoeding betaald.",
    "Er is besproken dat de evaluatie van het plan in het najaar plaatsvindt.",
]
TALK = [
    "Gesprek met {k} alleen, zonder pleegouders.",
    "Met {k} apart gesproken op {z} kamer, PO waren beneden.",
    "{k} alleen gesproken tijdens een wandeling naar het park.",
    "Ik heb {k} zonder pleegouders gesproken in de auto op weg naar {h}.",
    "Individueel gesprek met {k}; PM was boodschappen doen.",
]
TALK_AFTER = [
    "{k} vertelt dat {p} het fijn vindt in het gezin maar {z} moeder mist.",
    "{p} zegt dat {p} zich veilig voelt en dat {p} met PM over alles kan praten.",
    "{k} wil graag vaker naar {z} vader; dat neem ik mee naar de JB.",
    "Volgens {k} gaat het op school beter sinds de nieuwe mentor er is.",
]
CHECK = [
    "Veiligheidscheck uitgevoerd samen met PM en PV; {k} is apart gehoord en voelt zich veilig.",
    "Jaarlijkse veiligheidscheck afgenomen met pleegouders. {k} gaf zelf aan zich veilig te voelen in huis.",
    "Veiligheidscheck besproken en ingevuld met PO, rookmelders en medicijnkast gecontroleerd.",
]
ADVICE = [
    "Advies GW ({g}): vaste dagstructuur aanhouden en overgangen vooraf aankondigen.",
    "Casus besproken met de gedragswetenschapper {g}; advies: traumasensitief opvoeden en PM laten aansluiten bij de training.",
    "GW {g} adviseert om de omgang met moeder voorlopig begeleid te houden en over drie maanden te evalueren.",
]
CONTACT = [
    "Begeleide omgang met moeder in het bezoekcentrum. {k} was eerst afwachtend en later ontspannen.",
    "Telefonisch contact met {x} over de voortgang op school.",
    "PM belt: {k} heeft ruzie gehad met een klasgenoot, het is inmiddels uitgepraat.",
    "Mail ontvangen van {x} met het verzoek om een overleg in te plannen.",
]
KINDS = [("Huisbezoek", ROUTINE, 0.38), ("Gesprek jeugdige", TALK, 0.10), ("Telefonisch contact", CONTACT, 0.16),
         ("Veiligheidscheck", CHECK, 0.04), ("Overleg GW", ADVICE, 0.06), ("Omgang", CONTACT, 0.10),
         ("Mail", CONTACT, 0.16)]
WHEN = ["na schooltijd", "na het avondeten", "tijdens de wandeling", "in de auto", "na de voetbaltraining",
        "op de kamer van het kind", "in de tuin", "bij de bushalte", "tijdens het huiswerk", "na de logopedie"]
GOALS = [
    "{k} slaapt minimaal vijf nachten per week door in {z} eigen bed.",
    "{k} fietst vóór de zomer zelfstandig naar {s} en weer terug.",
    "PM en PV volgen vóór 1 maart een training traumasensitief opvoeden.",
    "{k} heeft eens per twee weken begeleid contact met moeder in het bezoekcentrum.",
    "{k} gaat wekelijks naar {h} en heeft daar contact met leeftijdgenoten.",
    "{k} kan benoemen wanneer {p} boos of verdrietig is en vraagt dan om hulp.",
    "De JB en PZB stemmen elk kwartaal af over het perspectief van {k}.",
]


def fill(rng: random.Random, case: Case, template: str) -> str:
    text = template.format(k=case.child, p=case.pron, z=case.poss, s=rng.choice(SCHOOLS), h=rng.choice(HOBBIES),
                           x=rng.choice(PEOPLE), n=rng.randint(2, 4), w=case.worker, g=case.gw, f=case.family)
    return text[:1].upper() + text[1:]


def _kind(rng: random.Random) -> tuple[str, list[str]]:
    r, acc = rng.random(), 0.0
    for name, pool, weight in KINDS:
        acc += weight
        if r < acc:
            return name, pool
    return KINDS[0][0], KINDS[0][1]


def entry(rng: random.Random, case: Case, date: dt.date) -> Entry:
    """One journal entry: a typed opening sentence, then routine sentences."""
    kind, pool = _kind(rng)
    sentences = [fill(rng, case, rng.choice(pool))]
    if pool is TALK:
        sentences.append(fill(rng, case, rng.choice(TALK_AFTER)))
    sentences += [fill(rng, case, rng.choice(ROUTINE)) for _ in range(rng.randint(3, 9))]
    author = f"GW {case.gw}" if pool is ADVICE and rng.random() < 0.5 else f"PZB {case.worker}"
    return Entry(date, kind, author, sentences)


def journal(rng: random.Random, case: Case, words: int, start: dt.date, end: dt.date) -> list[Entry]:
    """Entries of about ``words`` words, dated from ``start`` to ``end`` in order."""
    out: list[Entry] = []
    total = 0
    while total < words:
        e = entry(rng, case, start)
        out.append(e)
        total += e.words() + 6
    step = max(1, (end - start).days // max(len(out), 1))
    for i, e in enumerate(out):
        e.date = min(end, start + dt.timedelta(days=i * step + rng.randint(0, max(0, step - 1))))
    return out


def goals(rng: random.Random, case: Case, n: int) -> list[tuple[str, str, str]]:
    """(goal, term, who) rows."""
    picked = rng.sample(GOALS, min(n, len(GOALS)))
    terms = ["binnen 3 maanden", "vóór 1 juli 2025", "doorlopend", "einde schooljaar", "vóór 1 maart 2025"]
    return [(fill(rng, case, g), rng.choice(terms), rng.choice(["PM", "PV", "PZB", "JB", case.child]))
            for g in picked]


def personalia(case: Case) -> list[str]:
    return [f"Cliënt: {case.child} {case.initial}. ({case.client})", f"Geboortedatum: {d(case.born)}",
            "Zorgvorm: Bestandspleegzorg, perspectiefbiedend", f"Plaatsingsdatum: {d(case.start)}",
            f"Pleeggezin: fam. {case.family}, {case.town}", f"Huidige PZB: {case.worker}",
            f"Gedragswetenschapper: {case.gw} (GW)"]


def household(rng: random.Random, case: Case) -> list[tuple[str, ...]]:
    return [("Naam", "Relatie", "Geb.jaar", "Woont in pleeggezin"),
            (f"M. {case.family}", "pleegmoeder", str(rng.randint(1965, 1990)), "ja"),
            (f"R. {case.family}", "pleegvader", str(rng.randint(1965, 1990)), "ja"),
            (f"{case.child} {case.initial}.", "pleegkind", str(case.born.year), "ja")]


def event_journal(size_bytes: int, one_date: bool, rng: random.Random) -> str:
    """A TXT journal of dated one-on-one entries; ``one_date``: every entry on the same date."""
    case = new_case(rng, 0)
    lines = [f"Journaal pleegzorg {case.provider}", f"Jeugdige: {case.child} {case.initial}.", ""]
    size, i = 0, 0
    while size < size_bytes:
        day = dt.date(2024, 3, 12) if one_date else AS_OF - dt.timedelta(days=i)
        talk = fill(rng, case, rng.choice(TALK)).rstrip(".")  # made unique, as real entries are
        text = (f"{d(day)} {talk}, {rng.choice(WHEN)} om {rng.randint(8, 20)}.{rng.randint(0, 59):02d} uur. "
                f"{fill(rng, case, rng.choice(TALK_AFTER))} {fill(rng, case, rng.choice(ROUTINE))}")
        lines += [text, ""]
        size += len(text.encode()) + 2
        i += 1
    return "\n".join(lines)
