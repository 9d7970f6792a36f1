"""Neutral journal content (no finding of any kind) and goal construction."""
from __future__ import annotations

import random
from datetime import date

from .context import MONTHS, Ctx
from .templates import cap, ch


def filler(c: Ctx, r: random.Random, style: str) -> str:
    k = c.kid if style != "telegram" else r.choice([c.kid, "PK", c.init])
    po = c.po(r)
    p1 = c.one_po(r)
    opts = [
        f"Telefoontje van {p1}, {k} {ch(r, 'kwam trots thuis met een tien voor spelling', 'is in de pauze geduwd door een jongen uit groep 8', 'heeft hoofdluis, hele gezin behandeld', 'krijgt volgende week een beugel', 'haalde vandaag zwemdiploma A')}.",
        f"School meldt dat {k} {ch(r, 'beter meedoet in de klas', 'vaak moe is op maandag', 'twee keer te laat kwam', 'een mooie spreekbeurt hield over haaien')}.",
        f"Bezoek aan moeder verliep {ch(r, 'rustig', 'wat onrustig', 'goed', 'kort, moeder was later')}; {k} was {ch(r, 'vrolijk', 'stil', 'moe', 'opgewonden')} bij thuiskomst.",
        f"Telefonisch contact met JB {c.jb} over {ch(r, 'de verlenging van de OTS', 'de zitting', 'de bezoekregeling', 'het paspoort van ' + k)}.",
        f"{cap(po)} {'vragen' if c.plural(po) else 'vraagt'} of {k} mee mag op vakantie naar {ch(r, 'Frankrijk', 'Turkije', 'Texel', 'Oostenrijk')}; toestemming moeder nodig.",
        f"Evaluatie HVP {ch(r, 'voorbereid', 'gepland met alle betrokkenen', 'verstuurd aan moeder')}.",
        f"Tandartscontrole {k}: {ch(r, 'twee gaatjes', 'geen gaatjes', 'doorverwezen naar orthodontist')}.",
        f"{k} is {ch(r, 'jarig geweest', 'op schoolreis geweest', 'begonnen met judo', 'gestopt met voetbal')}; {ch(r, 'het was een leuke dag', 'moeder belde niet', 'oma kwam langs', 'veel cadeaus')}.",
        f"Pleegvergoeding {ch(r, 'aangepast i.v.m. leeftijd', 'nagevraagd bij administratie', 'voor kleding besproken')}.",
        f"Verslag voor de rechtbank {ch(r, 'geschreven', 'gelezen met PO', 'aangeleverd bij de JB')}.",
        f"{cap(p1)} {ch(r, 'is moe', 'heeft het druk op het werk', 'geeft aan dat het goed gaat', 'maakt zich zorgen over het eten van ' + k)}.",
        f"Oudergesprek op school: {ch(r, 'rapport voldoende', 'extra ondersteuning rekenen', 'advies havo/vwo', 'aanmelding bij het SWV besproken')}.",
        f"Moeder belt PZB, {ch(r, 'boos over de vakantieplanning', 'wil vaker bellen met ' + k, 'vraagt naar schoolfoto', 'heeft nieuwe woning')}.",
        f"Mail van de GI: {ch(r, 'nieuwe JB per volgende maand', 'machtiging uithuisplaatsing verlengd', 'zitting uitgesteld')}.",
        f"Huisarts: {k} {ch(r, 'heeft oorontsteking', 'krijgt een verwijzing voor de KNO-arts', 'is gezond', 'krijgt antibiotica')}.",
        f"{cap(po)} {'hebben' if c.plural(po) else 'heeft'} de intervisiebijeenkomst voor pleegouders bezocht.",
        f"Afspraken over zakgeld en kleedgeld op papier gezet.",
        f"{k} logeert het weekend bij {ch(r, 'oma', 'tante', 'een vriendje', 'een vriendinnetje')}.",
        f"Paspoortaanvraag {ch(r, 'gedaan', 'vertraagd: handtekening vader ontbreekt', 'besproken met JB')}.",
        f"{k} heeft {ch(r, 'een nieuwe fiets', 'een telefoon', 'een hamster', 'een bijbaantje bij de supermarkt')}.",
        f"Kennismaking met de nieuwe mentor {ch(r, 'verliep prettig', 'was kort', 'via Teams')}.",
        f"Overdracht van {ch(r, 'de vorige PZB', 'het crisisteam', 'de JB')} doorgenomen.",
        f"Bezoek vader {ch(r, 'afgezegd door vader', 'verliep goed', 'duurde een uur langer dan afgesproken')}.",
        f"Rapportage aan de GI {ch(r, 'verstuurd', 'bijgewerkt')}.",
    ]
    return " ".join(r.choice(opts).split())


# ------------------------------------------------------------------ goals
# Each domain: dev (bool), actors, specific phrase with actor (finite),
# specific phrase without actor (nominal), vague with actor, vague without actor,
# measure phrases (fit specific), vague measures (fit state goals).

# Each domain: dev (bool), actor, items = [(specific with actor, specific without
# actor, [measures fitting this behaviour])], vague with actor, vague without actor.
DOMAINS = [
    dict(dev=True, actor="{k}",
         items=[("gaat om {t} uur zelf naar bed en blijft op de eigen kamer", "Zelfstandig naar bed gaan om {t} uur",
                 ["op minimaal 6 van de 7 avonden (bijgehouden op een slaaplijst)", "zonder dat er iemand bij hoeft te blijven"]),
                ("slaapt de nacht door in de eigen kamer", "Doorslapen in de eigen kamer",
                 ["en is hooguit één nacht per week wakker", "op 5 van de 7 nachten (volgens slaapdagboek)"])],
         v_a=["slaapt beter", "komt 's avonds tot rust"], v_n=["Een beter slaappatroon", "Meer rust rond bedtijd"]),
    dict(dev=True, actor="{k}",
         items=[("gaat elke schooldag naar school", "Dagelijks schoolbezoek",
                 ["met niet meer dan 2 dagen ongeoorloofd verzuim per kwartaal", "zonder ongeoorloofd verzuim (verzuimregistratie school)"]),
                ("maakt het huiswerk op de dagen dat het wordt opgegeven", "Het zelf maken van huiswerk",
                 ["zonder hulp, volgens de agenda", "en levert minstens 9 van de 10 opdrachten op tijd in"])],
         v_a=["heeft het naar de zin op school", "doet beter mee op school"], v_n=["Een positieve schoolbeleving", "Verbetering van de schoolprestaties"]),
    dict(dev=True, actor="{k}",
         items=[("benoemt boosheid met woorden in plaats van te slaan of te gooien", "Boosheid uiten met woorden in plaats van slaan",
                 ["met hooguit één driftbui per week (volgens turflijst)", "zonder fysieke agressie"]),
                ("gaat bij boosheid naar de afkoelplek op de kamer", "Gebruik van de afkoelplek bij boosheid",
                 ["in 4 van de 5 situaties (volgens turflijst)", "zonder dat het escaleert tot slaan of schoppen"])],
         v_a=["is emotioneel stabiel", "voelt zich veilig en prettig"], v_n=["Emotionele stabiliteit", "Een goed gevoel over zichzelf"]),
    dict(dev=True, actor="{k}",
         items=[("speelt na school bij een klasgenoot of nodigt iemand uit", "Spelen met leeftijdsgenoten na school",
                 ["minimaal één keer per week", "ten minste twee middagen per maand"]),
                ("gaat naar een sportclub naar eigen keuze", "Deelname aan een sportclub",
                 ["wekelijks, een heel seizoen lang", "minimaal 1x per week training"])],
         v_a=["heeft meer sociale contacten", "voelt zich geaccepteerd door leeftijdsgenoten"], v_n=["Sociale ontwikkeling", "Meer vriendschappen"]),
    dict(dev=True, actor="{k} en moeder",
         items=[("zien elkaar begeleid in het bezoekcentrum", "Begeleide bezoeken met moeder in het bezoekcentrum",
                 ["eens per twee weken anderhalf uur", "elke drie weken, zonder afzeggingen door moeder"]),
                ("bellen op een vaste avond met elkaar", "Vast belmoment met moeder",
                 ["elke zondag 20 minuten", "één keer per week, zonder ruzie aan de telefoon"])],
         v_a=["hebben een goed contact", "hebben een positieve band"], v_n=["Goed contact met ouders", "Herstel van de band met moeder"]),
    dict(dev=True, actor="{k}",
         items=[("fietst zelfstandig naar school en terug", "Zelfstandig naar school fietsen",
                 ["zonder begeleiding", "vijf dagen per week"]),
                ("smeert het eigen brood en pakt de schooltas zelf in", "Zelf brood smeren en de schooltas inpakken",
                 ["vijf dagen per week zonder herinnering", "zonder hulp"])],
         v_a=["wordt zelfstandiger", "is toe aan meer eigen verantwoordelijkheid"], v_n=["Zelfstandigheid", "Groei naar zelfstandigheid"]),
    dict(dev=True, actor="{k}",
         items=[("volgt logopedie en oefent thuis de klanken", "Logopedie en thuisoefeningen",
                 ["één keer per week logopedie en drie keer per week 10 minuten oefenen", "tot de logopedist de behandeling afsluit"]),
                ("vertelt in hele zinnen over de schooldag", "Vertellen in hele zinnen",
                 ["minstens drie zinnen achter elkaar, zonder hulp", "dagelijks bij het avondeten"])],
         v_a=["ontwikkelt de taal", "praat beter"], v_n=["Taalontwikkeling", "Verbetering van de spraak"]),
    dict(dev=True, actor="{k}",
         items=[("kan uitleggen welke aanrakingen wel en niet oké zijn", "Kennis over grenzen en aanraken",
                 ["en noemt ten minste drie eigen regels", "aan de hand van de 'Ik ben de baas over mijn lijf'-kaartjes, alle 10 goed"]),
                ("volgt de lessen weerbaarheid bij de jeugdverpleegkundige", "Deelname aan weerbaarheidslessen",
                 ["alle 6 lessen", "en mist er niet meer dan één"])],
         v_a=["ontwikkelt zich seksueel gezond", "is weerbaar"], v_n=["Gezonde seksuele ontwikkeling", "Weerbaarheid"]),
    dict(dev=False, actor="PO",
         items=[("volgen de training Traumasensitief opvoeden", "Training Traumasensitief opvoeden voor PO",
                 ["en wonen alle 8 bijeenkomsten bij (certificaat in dossier)", "met certificaat als afronding"]),
                ("gebruiken respijtzorg", "Inzet van respijtzorg", ["één weekend per maand", "minimaal 10 weekenden per jaar"])],
         v_a=["bieden een stabiele omgeving aan het pleegkind", "zijn voldoende toegerust"], v_n=["Een stabiele opvoedomgeving", "Voldoende draagkracht in het pleeggezin"]),
    dict(dev=False, actor="PO en moeder",
         items=[("hebben een vast overleg over de opvoeding", "Vast overleg tussen PO en moeder",
                 ["één keer per maand", "elke zes weken, met een kort verslag van de PZB"]),
                ("stemmen vakanties af via de PZB", "Afstemming van vakanties", ["uiterlijk zes weken vooraf", "voor elke schoolvakantie"])],
         v_a=["werken goed samen", "hebben respect voor elkaar"], v_n=["Goede samenwerking tussen pleegouders en ouder", "Een goede verstandhouding"]),
    dict(dev=False, actor="PZB",
         items=[("vraagt de VGB's aan van alle volwassen huisgenoten", "VGB's van alle huisgenoten",
                 ["voor alle 3 huisgenoten, kopie in dossier", "totdat van iedere volwassene een VGB in het dossier zit"]),
                ("zorgt dat het pleegcontract is getekend", "Ondertekend pleegcontract", ["door alle partijen", "met getekend exemplaar in het dossier"])],
         v_a=["houdt zicht op de plaatsing", "bewaakt de voortgang"], v_n=["Zicht op de plaatsing", "Een veilige plaatsing"]),
]

SLEEP_TIMES = ["19.30", "20.00", "20.30", "21.00"]


def deadline(r: random.Random, plan: date) -> str:
    y = plan.year + (1 if plan.month > 6 else 0)
    return ch(r, f"vóór 1 {r.choice(MONTHS[5:9])} {y}", "binnen 3 maanden", "binnen een half jaar",
              f"bij de evaluatie in {r.choice(MONTHS)}", f"uiterlijk eind {y}", f"voor de zomervakantie van {y}",
              f"per 1 januari {plan.year + 1}", f"in het schooljaar {y}-{y + 1}", f"voor 31 december {plan.year}",
              f"in de komende 6 maanden")


def make_goal(c: Ctx, r: random.Random, plan: date, quality: float) -> tuple[str, dict, dict]:
    """Return (goal text, criteria, parts). ``quality`` in [0,1] biases toward concrete goals.

    parts carries 'actor_text' and 'deadline_text' so table layouts can move
    them to their Wie/Termijn columns.
    """
    d = r.choice(DOMAINS)
    spec = r.random() < quality + 0.1
    meas = r.random() < (quality if spec else 0.2)
    tb = r.random() < quality
    actor = r.random() < 0.5 + quality / 2
    ktxt = c.kid
    actor_txt = d["actor"].replace("{k}", ktxt)
    item = r.choice(d["items"])
    if spec:
        core = item[0] if actor else item[1]
    else:
        core = r.choice(d["v_a"] if actor else d["v_n"])
    core = core.replace("{t}", r.choice(SLEEP_TIMES))
    if meas:
        m = r.choice(item[2]) if spec else ch(r, "(schaalvraag: minimaal een 7)", "volgens de SDQ binnen de normale range")
    else:
        m = ""
    dl = deadline(r, plan) if tb else ""
    if actor:
        text = f"{actor_txt} {core}"
        if m:
            text += f" {m}"
        if dl:
            text = ch(r, f"{text} {dl}", f"{cap(dl)}: {text}", f"{text}, {dl}")
    else:
        text = core
        if m:
            text += f" {m}"
        if dl:
            text += f" ({dl})" if r.random() < 0.5 else f" {dl}"
    text = cap(" ".join(text.split())) + ("" if text.endswith(".") else ".")
    crit = dict(specific=spec, measurable=meas, time_bound=tb, actor=actor, development_oriented=d["dev"])
    return text, crit, dict(actor_text=actor_txt if actor else "", deadline_text=dl)


def criteria_score(crit: dict) -> float:
    return round(sum(1.0 for v in crit.values() if v) / 5.0, 2)
