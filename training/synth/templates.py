"""Combinatorial sentence templates per kind / label / reason.

Every template is a small function ``f(c, r, style) -> str | (str, child_spoken)``
registered with the house styles it fits. Slots are filled independently so a
template yields many surface forms; several structures exist per label.
"""
from __future__ import annotations

import random
from typing import Callable

from .context import MONTHS, WEEKDAYS, Ctx

STYLES = ("telegram", "narrative", "form", "soap", "email", "plan")

REG: dict[tuple[str, bool, str], list[tuple[tuple[str, ...], Callable]]] = {}


def t(kind: str, label: bool, why: str, styles=("telegram", "narrative")):
    def deco(fn):
        REG.setdefault((kind, label, why), []).append((tuple(styles), fn))
        return fn
    return deco


def cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def ch(r: random.Random, *opts):
    return r.choice(opts)


def maybe(r: random.Random, p: float, s: str) -> str:
    return s if r.random() < p else ""


# ---------------------------------------------------------------- slot pools

MODES = ["apart", "alleen", "1-op-1", "één-op-één", "onder vier ogen", "individueel",
         "1 op 1", "even apart", "los van PO", "zonder pleegouders", "alleen", "apart"]
MODE_ADJ = ["apart", "individueel", "1-op-1", "één-op-één", "persoonlijk", "eigen"]
GESPREK_NOUNS = ["individueel gesprek", "1-op-1 gesprek", "één-op-één gesprek", "apart gesprek",
                 "gesprek onder vier ogen", "kindgesprek zonder PO", "gesprekje met z'n tweeën",
                 "1-op-1 contact", "individueel contactmoment"]


def setting(c: Ctx, r: random.Random) -> str:
    return ch(r, "op school", "in de auto", "tijdens een wandeling", "bij de snackbar", "via beeldbellen",
              f"op {c.pos} kamer", "in de tuin", "in het park achter de wijk", "tijdens een rondje met de hond",
              "op de terugweg van de sportclub", "in de spreekkamer op kantoor", "bij de McDonald's langs de A28",
              "in de bibliotheek", "op het schoolplein na schooltijd", "na de voetbaltraining",
              "op het bankje bij de vijver", "tijdens een ritje naar de dierenwinkel", "op de kinderboerderij",
              "tijdens het fietsen langs de dijk", "in de kantine van de judoclub", "in de speeltuin",
              "op het strand", "bij het bushokje", "in het café bij het station", "tijdens het skaten",
              "onderweg naar de tandarts", "in de schuur bij de konijnen", "aan de picknicktafel bij de Jumbo",
              "op de tribune bij het zwembad", "via Teams", "op de stoep voor het huis",
              "in het kantoortje van de IB'er", "bij de bakker om de hoek", "tijdens het boodschappen doen")


def setting_home(c: Ctx, r: random.Random) -> str:
    return ch(r, "aan de keukentafel", "in de woonkamer", "op de bank", "in de serre", "aan tafel",
              "tijdens het huisbezoek", "bij het avondeten", "in de tuin", "tijdens de koffie")


def duration(r: random.Random) -> str:
    return ch(r, "ca. 15 min", "ongeveer 20 minuten", "half uur", "± 25 min", "kwartiertje", "40 min",
              "ruim een half uur", "10 min", "ca. 3 kwartier", "20 min")


def po_absent(c: Ctx, r: random.Random) -> str:
    opts = ["PO waren niet aanwezig", "pleegouders niet aanwezig", "zonder PO erbij",
            "PO bleven in de woonkamer", "pleegouders waren op dat moment niet thuis"]
    if c.pm:
        opts += [f"{c.pm} bleef beneden", "PM had zich teruggetrokken in de keuken", f"{c.pm} was boodschappen doen"]
    if c.pv:
        opts += [f"PV was aan het werk", f"{c.pv} zat buiten"]
    return r.choice(opts)


def topic(c: Ctx, r: random.Random) -> str:
    return ch(r, "school", "de bezoeken aan moeder", "de omgang met vader", f"{c.pos} vriendschappen",
              "de zomervakantie", "het zakgeld", "de regels rond de telefoon", "pesten in de klas",
              f"{c.pos} broertje", "de verhuizing van moeder", "de sportclub", "de overstap naar de middelbare school",
              "bedtijden", "het perspectief", "de rechtszitting", "het contact met oma", "de stage",
              "ruzies met de pleegzus", "gamen", "het eten", "het geloof", "verjaardag en cadeaus",
              "het logeren bij tante", "de Ramadan", "de rapportbespreking", "heimwee", "de nieuwe juf")


def said(c: Ctx, r: random.Random) -> str:
    """A clause: what the child said (without leading 'dat')."""
    z = c.ze
    return ch(r, f"{z} het naar {c.pos} zin heeft op school",
              f"{z} {c.pos} moeder soms mist als {z} naar bed gaat",
              f"{z} de nieuwe mentor aardig vindt",
              f"{z} graag wil gaan korfballen",
              f"{z} het spannend vindt dat vader weer contact wil",
              f"{z} vindt dat de bedtijd te vroeg is",
              f"{z} soms wordt uitgelachen om {c.pos} kleren",
              f"{z} zich thuis voelt in het gezin",
              f"{z} meer zakgeld wil, net als klasgenoten",
              f"{z} boos was na het laatste bezoek",
              f"{z} liever niet meer bij oma logeert",
              f"{z} blij is met de nieuwe fiets",
              f"{z} zich zorgen maakt over {c.pos} moeder",
              f"{z} de regels over schermtijd oneerlijk vindt",
              f"{z} het fijn vindt dat de hond op {c.pos} kamer mag slapen",
              f"{z} niet weet of {z} hier mag blijven wonen",
              f"{z} ruzie heeft gehad met een vriend",
              f"{z} trots is op {c.pos} zwemdiploma",
              f"{z} eigenlijk geen zin heeft in de vakantie naar Frankrijk",
              f"{z} {c.pos} broertje graag vaker wil zien")


def said_short(c: Ctx, r: random.Random) -> str:
    return ch(r, "gaat goed op school", "mist mama soms", "wil op korfbal", "vindt bezoek papa spannend",
              "bedtijd te vroeg vlgs PK", "wordt soms uitgelachen", "voelt zich thuis", "wil meer zakgeld",
              "boos na laatste bezoek", "wil niet meer logeren bij oma", "blij met nieuwe fiets",
              "zorgen om moeder", "schermtijd oneerlijk", "weet niet of ze mag blijven" if c.girl else
              "weet niet of hij mag blijven", "ruzie met vriend", "trots op zwemdiploma",
              "broertje vaker zien", "geen bijzonderheden", "veel verteld over de kamp-week",
              "stil, wilde weinig kwijt")


def future(r: random.Random) -> str:
    return ch(r, "volgende week", "bij het volgende huisbezoek", f"in {r.choice(MONTHS)}",
              "na de zomervakantie", "binnen twee weken", f"op {r.choice(WEEKDAYS)} {r.randint(1, 28)} {r.choice(MONTHS)}",
              "voor de kerstvakantie", "na de herfstvakantie", "komende maand", "voor de evaluatie")


def reason_absent(c: Ctx, r: random.Random) -> str:
    return ch(r, f"{c.ze} was ziek", f"{c.ze} had koorts", "PK had een verjaardagsfeestje",
              f"{c.ze} was nog op school", "auto kapot", "PZB ziek", "PM had de afspraak vergeten",
              "sneeuw, wegen afgesloten", f"{c.ze} was bij een vriendje", "staking openbaar vervoer",
              "familieomstandigheden bij PO", "huisbezoek ingekort i.v.m. crisis elders")


# ------------------------------------------------------- one_on_one_contact +

K1 = "one_on_one_contact"


@t(K1, True, "", ("telegram",))
def _oo1(c, r, s):
    tail = ch(r, "", f", {duration(r)}", f"; {said_short(c, r)}", f", {po_absent(c, r)}", f" ({duration(r)})")
    return f"{c.k(r, s)} {r.choice(MODES)} gesproken {setting(c, r)}{tail}."


@t(K1, True, "", ("telegram", "soap"))
def _oo2(c, r, s):
    return cap(f"{r.choice(GESPREK_NOUNS)} met {c.k(r, s)} {setting(c, r)}"
               f"{ch(r, '', ': ' + said_short(c, r), ', ' + duration(r), ', ' + po_absent(c, r))}.")


@t(K1, True, "", ("telegram",))
def _oo3(c, r, s):
    return f"{cap(setting(c, r))} {ch(r, 'onder vier ogen', 'alleen', 'apart', '1-op-1')} met {c.k(r, s)} gesproken, {po_absent(c, r)}."


@t(K1, True, "", ("telegram", "soap"))
def _oo4(c, r, s):
    return f"Gesprek {c.k(r, s)} zonder PO {setting(c, r)} ({duration(r)}): {said_short(c, r)}."


@t(K1, True, "", ("telegram", "narrative"))
def _oo5(c, r, s):
    return f"{cap(ch(r, 'daarna', 'aansluitend', 'vervolgens', 'na de koffie', 'na afloop'))} {c.k(r, s)} " \
           f"{ch(r, 'nog even apart genomen', 'apart genomen', 'alleen gesproken', 'even 1-op-1 gesproken', 'los van PO gesproken')} " \
           f"{setting(c, r)}{ch(r, '.', ', ' + po_absent(c, r) + '.', '; ' + said_short(c, r) + '.')}"


@t(K1, True, "", ("narrative",))
def _oo6(c, r, s):
    return f"Ik heb {c.kid} {ch(r, 'vandaag', 'deze keer', 'na het gesprek met PO', 'ook')} {r.choice(MODES)} gesproken " \
           f"{setting(c, r)}; {c.zij} vertelde dat {said(c, r)}."


@t(K1, True, "", ("narrative",))
def _oo7(c, r, s):
    po = c.po(r)
    return f"{c.kid} en ik hebben {setting(c, r)} een {ch(r, 'gesprek', 'praatje', 'goed gesprek', 'kort gesprek')} " \
           f"gehad zonder dat {po} erbij {'waren' if c.plural(po) else 'was'}" \
           f"{ch(r, '', ', over ' + topic(c, r), '; het ging vooral over ' + topic(c, r))}."


@t(K1, True, "", ("narrative",))
def _oo8(c, r, s):
    act = ch(r, "een wandeling met de hond", "een ritje naar de stad", "het ophalen bij de sportschool",
             "een bezoek aan de kinderboerderij", "het boodschappen doen", "een potje tafeltennis in het buurthuis")
    return f"Tijdens {act} heb ik {c.kid} {ch(r, 'alleen', 'onder vier ogen', 'zonder PO erbij', 'apart')} " \
           f"gesproken over {topic(c, r)}."


@t(K1, True, "", ("narrative", "telegram"))
def _oo9(c, r, s):
    who = ch(r, "door PZB", f"door {c.pzb}", "door mij", "door de JB", f"door JB {c.jb}", "door ondergetekende")
    return f"{cap(c.k(r, s))} is {setting(c, r)} {ch(r, 'alleen', 'apart', 'onder vier ogen', 'individueel')} gesproken {who}" \
           f"{ch(r, '.', ', ' + po_absent(c, r) + '.')}"


@t(K1, True, "", ("telegram", "narrative", "soap"))
def _oo10(c, r, s):
    role = ch(r, "JB", f"JB {c.jb}", "jeugdbeschermer", "GW", f"orthopedagoog {c.gw}", "SMW'er van school",
              "gezinsvoogd", f"psycholoog {c.gw}", "de IB'er", "mentor")
    return f"{cap(role)} heeft {c.kid} {setting(c, r)} {ch(r, 'onder vier ogen', 'alleen', 'apart', '1-op-1')} gesproken" \
           f"{ch(r, '.', '; ' + said_short(c, r) + '.', ', over ' + topic(c, r) + '.')}"


@t(K1, True, "", ("form",))
def _oo11(c, r, s):
    lab = ch(r, "Gesproken met jeugdige zonder pleegouders", "Jeugdige apart gesproken", "Eén-op-één gesprek met kind",
             "Kind alleen gesproken", "Contact jeugdige 1-op-1", "Gesprek jeugdige zonder PO", "PK apart gesproken",
             "Individueel gesprek pleegkind")
    val = ch(r, "ja", "Ja", "JA", "ja, " + setting(c, r), f"ja ({setting(c, r)}, {duration(r)})",
             f"ja – {duration(r)}", f"ja, {said_short(c, r)}")
    return f"{lab}: {val}"


@t(K1, True, "", ("soap",))
def _oo12(c, r, s):
    return ch(r, f"O: {c.k(r, s)} {r.choice(MODES)} gesproken {setting(c, r)}; {said_short(c, r)}.",
              f"S: {c.k(r, s)} vertelt in 1-op-1 gesprek {setting(c, r)} dat {said(c, r)}.",
              f"O: individueel contact met PK {setting(c, r)}, {duration(r)}, {po_absent(c, r)}.",
              f"S (1-op-1, {setting(c, r)}): {said_short(c, r)}.")


@t(K1, True, "", ("email",))
def _oo13(c, r, s):
    day = ch(r, "gisteren", "vanmiddag", "vanochtend", f"afgelopen {r.choice(WEEKDAYS)}", "vorige week")
    return ch(r, f"Ik heb {c.kid} {day} {setting(c, r)} even {r.choice(MODES)} gesproken"
                 f"{ch(r, '.', ', zonder ' + c.one_po(r) + ' erbij.', '; ' + c.zij + ' gaf aan dat ' + said(c, r) + '.')}",
              f"{cap(day)} heb ik met {c.kid} {ch(r, 'alleen', 'onder vier ogen', 'apart')} gepraat {setting(c, r)}; "
              f"{c.zij} vertelde dat {said(c, r)}.",
              f"{cap(day)} met {c.kid} beeldgebeld zonder {c.po(r)} erbij, {duration(r)}.")


@t(K1, True, "", ("telegram", "narrative", "email"))
def _oo14(c, r, s):
    return f"{c.kid} wilde {c.pos} kamer laten zien; daar hebben we {ch(r, 'met z’n tweeën', 'samen alleen', 'zonder PO', 'met de deur dicht')} " \
           f"gepraat over {topic(c, r)}{ch(r, '.', ', ' + duration(r) + '.')}"


@t(K1, True, "", ("telegram",))
def _oo15(c, r, s):
    return f"{ch(r, 'PK', c.kid, c.init)} opgehaald van {ch(r, 'school', 'voetbal', 'dansles', 'de logopedist', 'zwemles')} en " \
           f"onderweg {ch(r, 'alleen', '1-op-1', 'apart', 'onder 4 ogen')} gesproken{ch(r, '.', ': ' + said_short(c, r) + '.')}"


# ------------------------------------------------------- one_on_one_contact -

@t(K1, False, "negated", ("telegram",))
def _on1(c, r, s):
    po = c.po(r)
    why = ch(r, f", {po} {'waren' if c.plural(po) else 'was'} de hele tijd aanwezig", f" ({c.ze} was moe na school)", ", geen tijd meer na gesprek met PO",
             f", {c.ze} wilde dat {c.one_po(r)} bleef zitten", "", " i.v.m. tijdgebrek", ", lag al op bed")
    return f"{c.k(r, s)} niet {r.choice(MODES)} gesproken{why}."


@t(K1, False, "negated", ("narrative", "email"))
def _on2(c, r, s):
    po = c.po(r)
    return f"Het is {ch(r, 'deze keer', 'vandaag', 'helaas', 'ook dit keer')} niet gelukt om {c.kid} {r.choice(MODES)} te spreken, " \
           f"{ch(r, 'omdat ' + c.ze + ' direct naar een vriendje ging', 'want ' + po + (' bleven' if c.plural(po) else ' bleef') + ' erbij', 'er was te weinig tijd', 'omdat ' + c.ze + ' er geen zin in had')}."


@t(K1, False, "negated", ("telegram", "soap"))
def _on3(c, r, s):
    return f"Geen {r.choice(MODE_ADJ)} gesprek met {c.k(r, s)} {ch(r, 'gehad', 'gevoerd', 'mogelijk', 'dit keer')}" \
           f"{ch(r, '.', ' (' + reason_absent(c, r) + ').', ', alleen met PO gesproken.')}"


@t(K1, False, "negated", ("form",))
def _on4(c, r, s):
    lab = ch(r, "Gesproken met jeugdige zonder pleegouders", "Jeugdige apart gesproken", "Kind alleen gesproken",
             "Eén-op-één gesprek met kind", "Gesprek jeugdige zonder PO")
    return f"{lab}: {ch(r, 'nee', 'Nee', 'NEE', 'nee (' + reason_absent(c, r) + ')', 'nee, PO aanwezig', 'n.v.t.')}"


@t(K1, False, "negated", ("narrative", "telegram"))
def _on5(c, r, s):
    return f"{c.kid} wilde niet {ch(r, 'alleen', 'apart', 'zonder PM', 'zonder pleegouders')} met mij praten" \
           f"{ch(r, '; dat respecteer ik.', ', ' + c.one_po(r) + ' is erbij gebleven.', '.')}"


@t(K1, False, "negated", ("soap", "telegram"))
def _on6(c, r, s):
    return f"{ch(r, 'O: ', '')}PK {ch(r, 'niet apart gezien', 'niet alleen gezien', 'niet 1-op-1 gesproken', 'dit kwartaal nog niet apart gesproken')}" \
           f"{ch(r, ', lag ziek op bed.', '.', ', was op kamp.', ' - ' + reason_absent(c, r) + '.')}"


@t(K1, False, "negated", ("narrative", "plan"))
def _on7(c, r, s):
    return f"In {ch(r, 'de afgelopen periode', 'het afgelopen half jaar', 'deze verslagperiode', 'de afgelopen maanden')} is " \
           f"{c.kid} niet {ch(r, 'apart van de pleegouders', 'alleen', 'één-op-één', 'onder vier ogen')} gesproken."


@t(K1, False, "planned", ("telegram", "narrative"))
def _op1(c, r, s):
    return f"{ch(r, 'Volgende keer', 'Bij het volgende bezoek', 'Komende keer', 'Een volgende keer')} wil ik {c.k(r, s)} " \
           f"{r.choice(MODES)} spreken{ch(r, '', ' ' + setting(c, r), ', ' + future(r))}."


@t(K1, False, "planned", ("telegram",))
def _op2(c, r, s):
    return f"Afgesproken dat ik {c.k(r, s)} {future(r)} {setting(c, r)} {r.choice(MODES)} spreek."


@t(K1, False, "planned", ("telegram", "soap"))
def _op3(c, r, s):
    return f"{ch(r, 'Plan', 'P', 'Actie', 'Afspraak', 'TODO')}: {r.choice(GESPREK_NOUNS)} met {c.k(r, s)} {future(r)}" \
           f"{ch(r, '', ' ' + setting(c, r), ' (PK wil ' + setting(c, r) + ')')}."


@t(K1, False, "planned", ("narrative", "email"))
def _op4(c, r, s):
    return f"Ik ga proberen {c.kid} {future(r)} {r.choice(MODES)} te spreken" \
           f"{ch(r, '.', ', bijvoorbeeld ' + setting(c, r) + '.', ' over ' + topic(c, r) + '.')}"


@t(K1, False, "planned", ("form",))
def _op5(c, r, s):
    return f"{ch(r, 'Volgende afspraak', 'Gepland', 'Vervolg')}: {r.choice(GESPREK_NOUNS)} met jeugdige {future(r)}"


@t(K1, False, "planned", ("narrative", "plan"))
def _op6(c, r, s):
    when = ch(r, 'De komende periode', 'In het nieuwe jaar', 'Na de zomer', 'Vanaf volgende maand')
    freq = ch(r, 'vaker', 'weer', 'in ieder geval één keer', 'elke zes weken')
    how = r.choice(MODES)
    if r.random() < 0.5:
        return f"{when} wordt {c.kid} {freq} {how} gesproken{ch(r, '.', ', ' + setting(c, r) + '.')}"
    return f"{when} zal {c.kid} {freq} {how} gesproken worden{ch(r, '.', ', ' + setting(c, r) + '.')}"


@t(K1, False, "cancelled", ("telegram",))
def _oc1(c, r, s):
    return cap(f"{ch(r, 'Gepland', 'Afgesproken', 'Het geplande', '')} {r.choice(GESPREK_NOUNS)} met {c.k(r, s)} "
               f"{ch(r, 'ging niet door', 'gaat niet door', 'is niet doorgegaan', 'vervallen')}, {reason_absent(c, r)}.".strip())


@t(K1, False, "cancelled", ("telegram", "soap"))
def _oc2(c, r, s):
    return cap(f"{r.choice(GESPREK_NOUNS)} {c.k(r, s)} {ch(r, 'afgezegd', 'geannuleerd', 'verzet', 'uitgesteld')} " \
               f"{ch(r, 'door PM', 'door PO', 'door PZB', 'door school', '')} ({reason_absent(c, r)}).".replace("  ", " "))


@t(K1, False, "cancelled", ("narrative",))
def _oc3(c, r, s):
    return f"{c.kid} zou vandaag {ch(r, 'alleen', 'apart', 'onder vier ogen')} gesproken worden {setting(c, r)}, " \
           f"maar {reason_absent(c, r)}; {ch(r, 'nieuwe afspraak volgt', 'we proberen het over twee weken opnieuw', 'ik bel volgende week')}."


@t(K1, False, "cancelled", ("email",))
def _oc4(c, r, s):
    return f"Helaas moest ik het gesprek met {c.kid} {ch(r, 'onder vier ogen', 'op school', 'zonder jullie erbij', 'van morgen')} " \
           f"afzeggen, {reason_absent(c, r)}."


@t(K1, False, "cancelled", ("form",))
def _oc5(c, r, s):
    return f"{ch(r, 'Gesproken met jeugdige', 'Jeugdige apart gesproken', 'Gesprek kind')}: nee – afspraak {ch(r, 'vervallen', 'afgezegd', 'verzet')} ({reason_absent(c, r)})"


@t(K1, False, "foster_parent_present", ("telegram",))
def _of1(c, r, s):
    return f"Gesprek met {c.k(r, s)} samen met {c.one_po(r)} {setting_home(c, r)}{ch(r, '.', ' over ' + topic(c, r) + '.')}"


@t(K1, False, "foster_parent_present", ("telegram", "soap"))
def _of2(c, r, s):
    p = c.one_po(r)
    return f"{cap(c.k(r, s))} gesproken {setting_home(c, r)}, {p} was {ch(r, 'erbij', 'aanwezig', 'de hele tijd bij het gesprek')}."


@t(K1, False, "foster_parent_present", ("narrative",))
def _of3(c, r, s):
    p = c.one_po(r)
    return f"{c.kid} wilde alleen praten als {p} erbij bleef, dus het gesprek vond plaats met {p} erbij."


@t(K1, False, "foster_parent_present", ("telegram", "narrative"))
def _of4(c, r, s):
    return f"Met {c.k(r, s)} en {c.po(r)} {setting_home(c, r)} gesproken over {topic(c, r)}."


@t(K1, False, "foster_parent_present", ("telegram", "narrative"))
def _of5(c, r, s):
    return f"Gezamenlijk gesprek {c.k(r, s)}, {c.po(r)} en PZB over {topic(c, r)}."


@t(K1, False, "foster_parent_present", ("narrative", "email"))
def _of6(c, r, s):
    return f"{c.kid} vertelde in bijzijn van {c.one_po(r)} dat {said(c, r)}."


@t(K1, False, "foster_parent_present", ("form",))
def _of7(c, r, s):
    return f"{ch(r, 'Gesproken met jeugdige', 'Kind gesproken', 'Gesprek jeugdige')}: ja, in aanwezigheid van {ch(r, 'PM', 'PV', 'PO', 'pleegmoeder')}"


@t(K1, False, "foster_parent_present", ("soap",))
def _of8(c, r, s):
    return f"O: gesprek met PK {setting_home(c, r)}, {c.one_po(r)} zat erbij{ch(r, '.', '; ' + said_short(c, r) + '.')}"


@t(K1, False, "other_person", ("telegram", "narrative", "soap"))
def _ox1(c, r, s):
    who = ch(r, c.one_po(r), "moeder", "vader", "oma", "PM", "PV", "biologische moeder", "de mentor")
    return f"{ch(r, 'Eerst', '', 'Daarna')} {who} {r.choice(MODES)} gesproken over {topic(c, r)}.".strip().replace("  ", " ")


@t(K1, False, "other_child", ("telegram",))
def _ok1(c, r, s):
    return f"{cap(c.sib_rel)} {c.sib} {r.choice(MODES)} gesproken {setting(c, r)}" \
           f"{ch(r, '.', ', ' + duration(r) + '.', '; wil meer aandacht.')}"


@t(K1, False, "other_child", ("telegram", "narrative"))
def _ok2(c, r, s):
    return f"Met {c.sib} ({c.sib_rel}) {ch(r, 'onder vier ogen', 'apart', 'alleen', 'individueel')} gesproken over {topic(c, r)}."


@t(K1, False, "other_child", ("narrative",))
def _ok3(c, r, s):
    return f"{c.sib}, de {c.sib_rel.replace('eigen ', 'eigen ')}, wilde ook even {ch(r, 'alleen', 'apart', 'zonder PO')} praten; " \
           f"dat hebben we {setting(c, r)} gedaan."


@t(K1, False, "other_child", ("telegram", "email"))
def _ok4(c, r, s):
    return f"{ch(r, 'Broertje', 'Zusje', 'Halfbroer', 'Halfzus')} van {c.kid}, {c.sib}, {r.choice(MODES)} gesproken in " \
           f"{ch(r, 'zijn', 'haar')} eigen pleeggezin{ch(r, '.', ' in ' + c.town + '.')}"


@t(K1, False, "policy", ("plan", "narrative"))
def _opl1(c, r, s):
    who = ch(r, "de PZB", "de pleegzorgbegeleider", "de begeleider", "de pleegzorgwerker")
    kid = ch(r, "het pleegkind", "de jeugdige", "het kind", "ieder pleegkind")
    freq = ch(r, "minimaal 3x per jaar", "ten minste drie keer per jaar", "minstens driemaal per jaar",
              "minimaal drie keer per jaar", "3 keer per jaar")
    how = r.choice(["alleen", "apart van de pleegouders", "zonder pleegouders", "onder vier ogen", "1-op-1"])
    return ch(r, f"Conform de richtlijn spreekt {who} {kid} {freq} {how}.",
              f"Volgens de Richtlijn Pleegzorg wordt {kid} {freq} {how} gesproken.",
              f"{cap(who)} voert {freq} een gesprek met {kid} {how}.",
              f"In het beleid van {c.org} staat dat {kid} {freq} {how} wordt gesproken.",
              f"Afspraak binnen het team: {kid} wordt per kwartaal één keer {how} gesproken.",
              f"Werkwijze: {freq} {r.choice(GESPREK_NOUNS)} met {kid}.",
              f"Het Kwaliteitskader schrijft voor dat {kid} {freq} {how} wordt gezien door {who}.")


@t(K1, False, "hypothetical", ("telegram", "narrative", "email"))
def _oh1(c, r, s):
    return ch(r, f"Als het nodig is spreek ik {c.haar} {r.choice(MODES)}.",
              f"Mocht {c.kid} behoefte hebben aan een gesprek zonder {c.po(r)}, dan kan dat altijd.",
              f"Indien {c.kid} het prettig vindt, kunnen we een volgende keer {r.choice(MODES)} praten.",
              f"Bij zorgen zal de PZB {c.kid} {r.choice(MODES)} spreken.",
              f"{c.kid} mag altijd aangeven als {c.ze} mij {r.choice(MODES)} wil spreken.",
              f"Eventueel kan {c.kid} ook {setting(c, r)} {r.choice(MODES)} gesproken worden.",
              f"Zou {c.kid} {r.choice(MODES)} willen praten, dan plannen we dat {setting(c, r)}.")


@t(K1, False, "question", ("telegram", "email", "soap", "form"))
def _oq1(c, r, s):
    return ch(r, f"Is {c.k(r, s)} apart gesproken?",
              f"Is {c.kid} de afgelopen tijd nog {r.choice(MODES)} gesproken?",
              f"Wanneer is {c.kid} voor het laatst {r.choice(MODES)} gesproken?",
              f"Vraag JB: heeft PZB {c.kid} {r.choice(MODES)} gesproken?",
              f"Zou ik {c.kid} {future(r)} even {r.choice(MODES)} mogen spreken?",
              f"Kan ik {c.kid} {setting(c, r)} {r.choice(MODES)} spreken?",
              f"Hoe vaak is PK dit jaar {r.choice(MODES)} gesproken?")


@t(K1, False, "unrelated", ("telegram", "narrative", "soap", "email"))
def _ou1(c, r, s):
    return ch(r, f"Huisbezoek, {c.po(r)} {ch(r, 'beiden', 'allebei', '')} aanwezig; gesproken over {topic(c, r)}.".replace("  ", " "),
              f"Telefonisch contact met {c.one_po(r)} over {topic(c, r)}.",
              f"{c.kid} was niet thuis, zat bij een {ch(r, 'vriendje', 'vriendinnetje', 'klasgenoot')}.",
              f"{c.kid} fietst nu alleen naar school, gaat goed.",
              f"{c.kid} speelt graag alleen op {c.pos} kamer.",
              f"{c.kid} mag sinds kort alleen naar de winkel.",
              f"{c.kid} zit apart in de klas, vooraan bij de juf.",
              f"{cap(c.one_po(r))} geeft aan dat {c.kid} 's avonds niet alleen wil zijn.",
              f"{c.kid} heeft een eigen kamer en is daar graag alleen.",
              f"Gesprek met school over {topic(c, r)}; mentor maakt zich geen zorgen.")


# -------------------------------------------------------------- safety check

K2 = "safety_check"
INSTR = ["veiligheidscheck", "veiligheidschecklist", "risicotaxatie", "LIRIK", "ARIJ", "Signs of Safety-check",
         "vlaggensysteem", "veiligheidsinstrument", "jaarlijkse veiligheidscheck", "checklist veiligheid",
         "VC", "veiligheidsscan", "veiligheidscheck (vlaggensysteem)", "ARIJ-veiligheidslijst", "risicotaxatie (LIRIK)"]
VERB_PP = ["uitgevoerd", "afgenomen", "doorgelopen", "ingevuld", "gedaan", "doorgenomen", "afgerond"]


def instr(r):
    return r.choice(INSTR)


def de_instr(r):
    """Instrument with its article (het vlaggensysteem, de risicotaxatie)."""
    x = r.choice(INSTR)
    return ("het " if x in ("vlaggensysteem", "veiligheidsinstrument") else "de ") + x


def findings(c: Ctx, r: random.Random) -> str:
    return ch(r, "geen bijzonderheden", "alle vlaggen groen", "één oranje vlag (trapje zonder hekje)",
              "VGB nieuwe huisgenoot opgevraagd", "rookmelders aanwezig en getest", "medicijnen in afgesloten kast",
              "geen nieuwe huisgenoten", "zwembadje in de tuin besproken", "aandachtspunt: brommer in de schuur",
              "vlag oranje voor spanning tussen PO, verder groen", "geen risico's gezien", "risico laag",
              "scooter oudste zoon besproken", "nieuwe partner van dochter PO logeert soms: VGB aangevraagd",
              "internetgebruik PK besproken, ouderlijk toezicht ingesteld", "hond bijt niet, wel afspraken over voeren")


def child_yes(c: Ctx, r: random.Random, s: str) -> str:
    k = c.k(r, s)
    return ch(r, f"{k} zelf ook bevraagd met de drie huizen",
              f"ook {k} liet weten waar {c.ze} zich thuis prettig en minder prettig bij voelt",
              f"{k} heeft zelf de kindversie ingevuld",
              f"{k} apart bevraagd: voelt zich veilig",
              f"mening van {k} meegenomen",
              f"{k} zelf gesproken over veiligheid in het gezin",
              f"met {k} apart de vragen voor kinderen doorgenomen",
              f"{k} gaf zelf aan zich veilig te voelen bij {c.one_po(r)}",
              f"perspectief van {k} uitgevraagd met de drie huizen",
              f"{k} koos zelf de kleur van de vlaggen (groen)")


def child_no(c: Ctx, r: random.Random, s: str) -> str:
    k = c.k(r, s)
    return ch(r, f"{k} niet bevraagd ({ch(r, 'was op school', 'lag al op bed', 'was op zwemles', 'te jong volgens PO', 'logeerde bij oma')})",
              f"zonder {k}", f"{k} zelf niet gesproken", "kind niet betrokken",
              f"{k} was er niet bij", f"mening {k} niet gevraagd", "jeugdige niet bevraagd")


@t(K2, True, "", ("telegram",))
def _s1(c, r, s):
    mode = r.random()
    tail, cs = "", None
    if mode < 0.4:
        tail, cs = "; " + child_yes(c, r, s), True
    elif mode < 0.7:
        tail, cs = "; " + child_no(c, r, s), False
    return f"{cap(instr(r))} {r.choice(VERB_PP)} met {c.po(r)}{ch(r, '', ' ' + setting_home(c, r))}" \
           f"{ch(r, '', ', ' + findings(c, r))}{tail}.", cs


@t(K2, True, "", ("telegram", "soap"))
def _s2(c, r, s):
    mode = r.random()
    tail, cs = "", None
    if mode < 0.45:
        tail, cs = ", " + child_yes(c, r, s), True
    elif mode < 0.75:
        tail, cs = ", " + child_no(c, r, s), False
    return f"{cap(instr(r))} ingevuld met {c.po(r)}: {findings(c, r)}{tail}.", cs


@t(K2, True, "", ("narrative",))
def _s3(c, r, s):
    mode = r.random()
    if mode < 0.45:
        tail, cs = f" en daarna ook {c.kid} gevraagd hoe {c.ze} de veiligheid in huis ervaart", True
    elif mode < 0.7:
        tail, cs = f"; {c.kid} was daar niet bij", False
    else:
        tail, cs = "", None
    return f"{ch(r, 'Vandaag', 'Tijdens dit huisbezoek', 'Deze keer', 'Op verzoek van de JB')} heb ik samen met {c.po(r)} de " \
           f"{ch(r, 'veiligheidscheck', 'veiligheidschecklist', 'risicotaxatie', 'jaarlijkse veiligheidscheck', 'check met het vlaggensysteem')} " \
           f"doorgelopen{tail}.", cs


@t(K2, True, "", ("narrative", "telegram"))
def _s4(c, r, s):
    return f"Met {c.po(r)} de jaarlijkse {ch(r, 'veiligheidscheck', 'check', 'veiligheidschecklist', 'risicotaxatie')} gedaan; " \
           f"{findings(c, r)}.", None


@t(K2, True, "", ("narrative", "plan"))
def _s5(c, r, s):
    mode = r.random()
    if mode < 0.5:
        tail, cs = f", waarbij ook {c.kid} zelf is gehoord", True
    elif mode < 0.7:
        tail, cs = f", zonder inbreng van {c.kid}", False
    else:
        tail, cs = "", None
    return f"De {ch(r, 'veiligheidscheck', 'risicotaxatie', 'veiligheidschecklist', 'jaarlijkse check op veiligheid')} is " \
           f"{ch(r, 'afgenomen in het pleeggezin', 'uitgevoerd bij ' + c.fam, 'met pleegouders uitgevoerd', 'in ' + r.choice(MONTHS) + ' afgenomen')}{tail}.", cs


@t(K2, True, "", ("form",))
def _s6(c, r, s):
    mode = r.random()
    if mode < 0.5:
        return f"{ch(r, 'Veiligheidscheck uitgevoerd', 'Veiligheidscheck afgenomen', 'Risicotaxatie gedaan', 'Check veiligheid')}: ja – " \
               f"{ch(r, 'jeugdige zelf bevraagd: ja', 'mening jeugdige gevraagd: ja', 'kind gesproken: ja')}", True
    if mode < 0.8:
        return f"{ch(r, 'Veiligheidscheck uitgevoerd', 'Veiligheidscheck afgenomen', 'Risicotaxatie gedaan')}: ja – " \
               f"{ch(r, 'jeugdige zelf bevraagd: nee', 'mening jeugdige gevraagd: nee', 'kind gesproken: nee')}", False
    return f"{ch(r, 'Veiligheidscheck uitgevoerd', 'Instrument afgenomen', 'Vlaggensysteem doorlopen')}: ja ({instr(r)})", None


@t(K2, True, "", ("telegram", "narrative", "soap"))
def _s7(c, r, s):
    return f"Signs of Safety-gesprek gevoerd met {c.po(r).replace(' en ', ', ')} en {c.kid}: " \
           f"{ch(r, 'zorgen, wat goed gaat en wat er moet gebeuren in kaart gebracht', 'drie kolommen ingevuld', 'schaalvraag veiligheid: 8', 'ook ' + c.kid + ' gaf een cijfer (7)')}.", True


@t(K2, True, "", ("telegram", "soap"))
def _s8(c, r, s):
    return f"{ch(r, 'LIRIK', 'ARIJ', 'Risicotaxatie')} {ch(r, 'ingevuld', 'afgenomen', 'gescoord')} na huisbezoek" \
           f"{ch(r, '', ' bij ' + c.fam)}: {ch(r, 'risico laag', 'geen acute onveiligheid', 'beschermende factoren overwegen', 'score stabiel t.o.v. vorig jaar')}.", None


@t(K2, True, "", ("email",))
def _s9(c, r, s):
    day = ch(r, f"Afgelopen {r.choice(WEEKDAYS)}", "Gisteren", "Vorige week", "Vanochtend")
    if r.random() < 0.55:
        return f"{day} hebben we bij {c.fam} de {ch(r, 'veiligheidscheck', 'jaarlijkse check', 'veiligheidschecklist')} gedaan en " \
               f"{c.kid} heeft daarbij zelf ook {ch(r, 'verteld hoe ' + c.ze + ' het heeft', 'de drie huizen getekend', 'vragen beantwoord')}.", True
    if r.random() < 0.5:
        return f"{day} hebben we bij {c.fam} de {ch(r, 'veiligheidscheck', 'jaarlijkse check', 'risicotaxatie')} gedaan, " \
               f"{ch(r, c.kid + ' was er niet bij', 'zonder ' + c.kid + ' erbij', 'alleen met ' + c.po(r) + ' (' + c.kid + ' zat op school)')}.", False
    return f"{day} hebben we bij {c.fam} de {ch(r, 'veiligheidscheck', 'jaarlijkse check', 'risicotaxatie')} gedaan met {c.po(r)}.", None


@t(K2, True, "", ("soap",))
def _s10(c, r, s):
    if r.random() < 0.5:
        return f"O: {instr(r)} {r.choice(VERB_PP)}; PK zelf bevraagd (drie huizen: {ch(r, 'huis van goede dingen vol', 'zorgen over schoolreis', 'wens: hond')}).", True
    return f"O: {instr(r)} {r.choice(VERB_PP)} met PO; {findings(c, r)}.", None


@t(K2, True, "", ("telegram", "narrative"))
def _s11(c, r, s):
    cs = r.random() < 0.6
    body = (f"{c.kid} heeft {ch(r, 'daarna', 'zelf', 'ook')} verteld waar {c.ze} blij van wordt, waar {c.ze} over piekert en wat {c.ze} anders zou willen" if cs
            else f"{c.kid} sliep al, niet bevraagd")
    return f"{ch(r, 'Veiligheidscheck', 'Jaarlijkse check veiligheid', 'Check met drie huizen')} bij {c.fam}: {findings(c, r)}; {body}.", cs


# safety negatives
@t(K2, False, "planned", ("telegram", "narrative", "soap"))
def _sp1(c, r, s):
    return ch(r, f"{cap(instr(r))} staat gepland voor {r.choice(MONTHS)}.",
              f"{cap(instr(r))} inplannen {future(r)}.",
              f"P: {instr(r)} {future(r)} afnemen, PK dan ook zelf bevragen.",
              f"Volgende keer het vlaggensysteem doorlopen met {c.po(r)}.",
              f"Afspraak gemaakt voor de jaarlijkse veiligheidscheck op {r.randint(1, 28)} {r.choice(MONTHS)}.",
              f"{cap(c.one_po(r))} is akkoord om {future(r)} {de_instr(r)} te doen.",
              f"Ik wil {future(r)} {de_instr(r)} met {c.po(r)} en {c.kid} doen.")


@t(K2, False, "planned", ("form", "plan"))
def _sp2(c, r, s):
    return ch(r, f"Veiligheidscheck gepland: {r.randint(1, 28)}-{r.randint(1, 12)}-{r.choice([2024, 2025])}",
              f"Eerstvolgen{de_instr(r)}: {r.choice(MONTHS)} {r.choice([2024, 2025])}",
              f"Actie PZB: {instr(r)} afnemen {future(r)}")


@t(K2, False, "negated", ("telegram", "narrative", "soap"))
def _sn1(c, r, s):
    return ch(r, f"Geen {instr(r)} gedaan dit jaar.",
              f"{cap(instr(r))} nog niet uitgevoerd, komt er niet van door {ch(r, 'drukte', 'ziekte PZB', 'wisseling van PZB')}.",
              f"{cap(instr(r))} niet afgenomen.",
              f"Er is in {r.choice([2023, 2024])} geen {instr(r)} afgenomen.",
              f"De jaarlijkse veiligheidscheck is bij dit gezin niet gedaan.",
              f"{cap(instr(r))} ontbreekt in het dossier.")


@t(K2, False, "negated", ("form",))
def _sn2(c, r, s):
    return ch(r, "Veiligheidscheck uitgevoerd: nee", "Veiligheidscheck afgenomen: nee", "Risicotaxatie: niet gedaan",
              "Datum laatste veiligheidscheck: onbekend", "Vlaggensysteem doorlopen: nee")


@t(K2, False, "cancelled", ("telegram", "narrative", "email"))
def _sc1(c, r, s):
    return ch(r, f"{cap(instr(r))} vandaag niet gedaan, {reason_absent(c, r)}.",
              f"Afspraak voor {de_instr(r)} is door {c.po(r)} afgezegd.",
              f"De geplan{de_instr(r)} ging niet door ({reason_absent(c, r)}).",
              f"{cap(instr(r))} verzet naar {r.choice(MONTHS)}.")


@t(K2, False, "policy", ("plan", "narrative"))
def _spl1(c, r, s):
    return ch(r, "Jaarlijks wordt de veiligheidscheck met pleegouders en jeugdige doorgelopen.",
              "Bij ieder pleeggezin wordt minimaal eens per jaar de veiligheid besproken aan de hand van het vlaggensysteem.",
              f"De {instr(r)} maakt deel uit van de jaarlijkse evaluatie.",
              f"Conform werkwijze {c.org} wordt jaarlijks een {instr(r)} afgenomen.",
              "De pleegzorgbegeleider voert jaarlijks een veiligheidscheck uit in het pleeggezin, waarbij ook het kind wordt gehoord.",
              f"Werkwijze: {instr(r)} 1x per jaar, jeugdige vanaf 4 jaar zelf bevragen.",
              "Veiligheid wordt jaarlijks getoetst met de veiligheidschecklist.")


@t(K2, False, "hypothetical", ("plan", "narrative", "telegram"))
def _sh1(c, r, s):
    return ch(r, f"Bij nieuwe signalen wordt direct een {instr(r)} gedaan.",
              f"Indien er een nieuwe huisgenoot komt, volgt een aanvullen{de_instr(r)}.",
              f"Als de spanningen thuis toenemen, doen we opnieuw {de_instr(r)}.",
              f"Mocht er twijfel zijn over de veiligheid, dan wordt {de_instr(r)} herhaald.")


@t(K2, False, "question", ("telegram", "email", "soap"))
def _sq1(c, r, s):
    return ch(r, f"Is {de_instr(r)} dit jaar al gedaan?", f"Wanneer is de laatste {instr(r)} afgenomen?",
              f"Vraag JB: is {c.kid} zelf bevraagd bij de veiligheidscheck?",
              f"Kunnen jullie aangeven wanneer {de_instr(r)} past?")


@t(K2, False, "other_child", ("telegram", "narrative"))
def _sk1(c, r, s):
    return ch(r, f"{cap(instr(r))} gedaan bij het pleeggezin van {c.sib} ({ch(r, 'broertje', 'zusje', 'halfbroer')}).",
              f"Met {c.sib} ({c.sib_rel}) apart de drie huizen ingevuld.",
              f"Bij {c.sib}'s pleeggezin in {c.town} {de_instr(r)} afgenomen.")


@t(K2, False, "unrelated", ("telegram", "narrative", "soap", "email"))
def _su1(c, r, s):
    return ch(r, f"{c.kid} geeft aan zich veilig te voelen bij {c.one_po(r)}.",
              f"Veiligheidsplan rond de omgang met vader besproken met JB.",
              f"Fietshelm gekocht voor {c.kid}.",
              f"VGB van nieuwe vriend van {c.one_po(r)} aangevraagd.",
              f"{c.kid} voelt zich {ch(r, 'veilig', 'niet altijd veilig', 'veiliger')} op school sinds de nieuwe mentor.",
              f"Veilig internetgebruik besproken met {c.kid}.",
              f"{cap(c.one_po(r))} volgt de training Veilig opvoeden.",
              f"Het huis is na de verbouwing weer veilig bewoonbaar.")


# ------------------------------------------------------------ GW advice

K3 = "behavioural_scientist_advice"


ADVICE = [
    ("{k} aanmelden voor traumabehandeling (EMDR)", "{k} aan te melden voor traumabehandeling (EMDR)"),
    ("een vaste dagstructuur met picto's invoeren", "een vaste dagstructuur met picto's in te voeren"),
    ("de bezoekregeling terugbrengen naar eens per twee weken", "de bezoekregeling terug te brengen naar eens per twee weken"),
    ("pleegouders de PMTO-training laten volgen", "pleegouders de PMTO-training te laten volgen"),
    ("eerst zes weken observeren en dan evalueren", "eerst zes weken te observeren en dan te evalueren"),
    ("psychodiagnostisch onderzoek aanvragen", "psychodiagnostisch onderzoek aan te vragen"),
    ("een beloningssysteem met stickers gebruiken", "een beloningssysteem met stickers te gebruiken"),
    ("het liegen niet steeds benoemen maar eerlijkheid belonen", "het liegen niet steeds te benoemen maar eerlijkheid te belonen"),
    ("met school een aangepast rooster afspreken", "met school een aangepast rooster af te spreken"),
    ("video-interactiebegeleiding inzetten bij PM", "video-interactiebegeleiding in te zetten bij PM"),
    ("via de huisarts een verwijzing naar de kinderpsychiater vragen", "via de huisarts een verwijzing naar de kinderpsychiater te vragen"),
    ("respijtzorg regelen voor één weekend per maand", "respijtzorg te regelen voor één weekend per maand"),
    ("de overdrachtsmomenten bij bezoek kort en voorspelbaar houden", "de overdrachtsmomenten bij bezoek kort en voorspelbaar te houden"),
    ("Theraplay voor PM en {k} aanvragen", "Theraplay voor PM en {k} aan te vragen"),
    ("de schermtijd niet als straf inzetten", "de schermtijd niet als straf in te zetten"),
    ("een plasalarm proberen en na 8 weken evalueren", "een plasalarm te proberen en na 8 weken te evalueren"),
    ("een logopedisch onderzoek laten doen", "een logopedisch onderzoek te laten doen"),
    ("samen met school een veiligheidsplan opstellen", "samen met school een veiligheidsplan op te stellen"),
    ("het contact met vader niet te snel uitbreiden", "het contact met vader niet te snel uit te breiden"),
    ("de ADHD-medicatie laten herbeoordelen door de kinderarts", "de ADHD-medicatie te laten herbeoordelen door de kinderarts"),
    ("{k} bij boosheid eerst laten afkoelen op de eigen kamer", "{k} bij boosheid eerst te laten afkoelen op de eigen kamer"),
    ("de pleegouders elke week laten noteren wanneer de buien optreden", "de pleegouders elke week te laten noteren wanneer de buien optreden"),
    ("met moeder een vast belmoment per week afspreken", "met moeder een vast belmoment per week af te spreken"),
    ("een dagboekje met smileys bijhouden samen met {k}", "een dagboekje met smileys bij te houden samen met {k}"),
]


GENERIC_ADVICE = [0, 4, 5, 9, 10]  # indices in ADVICE that fit any topic

# topic -> indices of fitting specific advice
GW_TOPICS = [
    ("de driftbuien", [6, 15, 20, 21]),
    ("het bedplassen", [15, 23]),
    ("het terugtrekken van {k} na bezoek aan vader", [12, 18]),
    ("de schoolweigering", [8, 17]),
    ("de hechting", [13, 1]),
    ("het liegen en stelen", [7, 6]),
    ("het eetgedrag", [1, 23]),
    ("het vele gamen", [14, 1]),
    ("seksueel grensoverschrijdend gedrag op school", [17, 0]),
    ("de angst bij overgangen", [12, 1]),
    ("het loyaliteitsconflict", [22, 2]),
    ("de ADHD-medicatie", [19]),
    ("de somberheid", [0, 23]),
    ("de slaapproblemen", [1, 23]),
    ("de taalachterstand", [16, 8]),
    ("het agressieve gedrag naar de pleegzus", [20, 3]),
    ("de bezoekregeling met moeder", [2, 22, 12]),
    ("de overbelasting van PM", [11, 3]),
    ("de krassen op de armen", [10, 17]),
    ("het weglopen", [17, 13]),
]


def _gw_case(c: Ctx, r: random.Random) -> int:
    if "gw" not in c.extra:
        c.extra["gw"] = r.randrange(len(GW_TOPICS))
    return c.extra["gw"]


def gw_topic(c: Ctx, r: random.Random) -> str:
    return GW_TOPICS[_gw_case(c, r)][0].replace("{k}", c.kid)


def gw_advice(c: Ctx, r: random.Random, te: bool = False) -> str:
    """An advice fitting the sentence's topic: plain infinitive phrase (after
    'advies:') or 'te'-form (after 'adviseert om')."""
    specific = GW_TOPICS[_gw_case(c, r)][1]
    idx = r.choice(specific) if r.random() < 0.75 else r.choice(GENERIC_ADVICE)
    return ADVICE[idx][1 if te else 0].replace("{k}", c.kid)


def gw_opinion(c: Ctx, r: random.Random) -> str:
    return ch(r, "het gedrag past bij een onveilige hechting", "de klachten passen bij verlieservaringen",
              "er is geen aanwijzing voor een stoornis", "het gedrag lijkt vooral spanning rond de bezoeken",
              "PK reageert op wisselingen in het gezin", "het gaat om leeftijdsadequaat gedrag",
              "de reacties passen bij eerdere traumatische ervaringen", "er is sprake van overvraging op school")


@t(K3, True, "", ("telegram",))
def _g1(c, r, s):
    return f"{ch(r, 'Advies GW', 'Advies ' + c.gw_ref(r), 'GW-advies', 'Advies orthopedagoog', 'Advies gedragswetenschapper')}: {gw_advice(c, r)}" \
           f"{ch(r, '.', ' (n.a.v. ' + gw_topic(c, r) + ').', ', evalueren over ' + ch(r, '6 weken', 'een maand', 'drie maanden') + '.')}"


@t(K3, True, "", ("telegram", "narrative"))
def _g2(c, r, s):
    return f"Overleg met {c.gw_ref(r)} over {gw_topic(c, r)}: {ch(r, gw_opinion(c, r), 'advies is ' + gw_advice(c, r), gw_opinion(c, r) + ', advies ' + gw_advice(c, r))}."


@t(K3, True, "", ("narrative",))
def _g3(c, r, s):
    who = ch(r, f"GW {c.gw}", f"orthopedagoog {c.gw}", f"{c.gw}, onze gedragswetenschapper,", "de gedragswetenschapper",
             f"psycholoog {c.gw} (GW)")
    return f"{cap(who)} adviseert om {gw_advice(c, r, True)}{ch(r, '.', ', omdat ' + gw_opinion(c, r) + '.')}"


@t(K3, True, "", ("telegram", "narrative", "soap"))
def _g4(c, r, s):
    return f"Casus {c.kid} ingebracht in {ch(r, 'het MDO', 'de casuïstiekbespreking', 'het teamoverleg', 'het GW-spreekuur')} " \
           f"met {c.gw_ref(r)}; {ch(r, 'advies', 'afspraak', 'conclusie')}: {gw_advice(c, r)}."


@t(K3, True, "", ("narrative",))
def _g5(c, r, s):
    return f"In het consult met de {ch(r, 'orthopedagoog', 'gedragswetenschapper', 'GW')} ging het over {gw_topic(c, r)}; " \
           f"{ch(r, 'zij', 'hij')} {ch(r, 'adviseert om', 'raadt aan om', 'stelt voor om')} {gw_advice(c, r, True)}."


@t(K3, True, "", ("narrative", "email"))
def _g6(c, r, s):
    return f"Ik heb {gw_topic(c, r)} voorgelegd aan {ch(r, 'onze gedragswetenschapper', 'de GW', c.gw + ' (GW)', 'de orthopedagoog')}, " \
           f"die {ch(r, 'aanraadt om', 'adviseert om', 'voorstelt om')} {gw_advice(c, r, True)}."


@t(K3, True, "", ("telegram",))
def _g7(c, r, s):
    return f"Consult {ch(r, 'GW', 'GW ' + c.gw, 'ortho')} {ch(r, '', 'tel.', 'Teams', 'op kantoor')}: {gw_topic(c, r)} → {gw_advice(c, r)}.".replace("  ", " ")


@t(K3, True, "", ("form",))
def _g8(c, r, s):
    return ch(r, f"Advies gedragswetenschapper: {gw_advice(c, r)}",
              f"Besproken met GW: ja – {gw_advice(c, r)}",
              f"Betrokkenheid GW: consult over {gw_topic(c, r)}, advies {gw_advice(c, r)}",
              f"Advies GW d.d. {r.randint(1, 28)}-{r.randint(1, 12)}: {gw_advice(c, r)}")


@t(K3, True, "", ("soap",))
def _g9(c, r, s):
    return f"A: volgens {c.gw_ref(r)} is er een verband tussen {gw_topic(c, r)} en {ch(r, 'eerdere ervaringen', 'de hechtingsproblematiek', 'de spanning rond bezoek')}; " \
           f"advies {gw_advice(c, r)}."


@t(K3, True, "", ("email",))
def _g10(c, r, s):
    return f"Ik heb het {ch(r, 'gisteren', 'vanmorgen', 'deze week')} met {c.gw} ({ch(r, 'GW', 'gedragswetenschapper', 'orthopedagoog')}) besproken; " \
           f"{ch(r, 'haar', 'zijn')} advies is om {gw_advice(c, r, True)}."


@t(K3, True, "", ("telegram", "narrative"))
def _g11(c, r, s):
    return f"{cap(c.gw_ref(r))} {ch(r, 'sluit aan bij het huisbezoek', 'heeft meegekeken', 'schoof aan bij de evaluatie')}: " \
           f"{gw_opinion(c, r)}; {ch(r, 'advies', 'geadviseerd')} {gw_advice(c, r)}."


@t(K3, False, "advice_planned", ("telegram", "narrative", "soap"))
def _gp1(c, r, s):
    return ch(r, f"{cap(c.gw_ref(r))} wordt ingeschakeld.",
              f"Zal besproken worden met {c.gw_ref(r)}.",
              f"Casus aanmelden voor MDO met {c.gw_ref(r)} in {r.choice(MONTHS)}.",
              f"Ik leg {gw_topic(c, r)} voor aan de gedragswetenschapper.",
              f"Advies GW volgt.", f"Afspraak met {c.gw_ref(r)} staat op {r.randint(1, 28)} {r.choice(MONTHS)}.",
              f"P: {gw_topic(c, r)} bespreken met GW.",
              f"Ik wil {gw_topic(c, r)} {future(r)} met de GW bespreken.",
              f"{cap(gw_topic(c, r))} wordt {future(r)} ingebracht bij de orthopedagoog.")


@t(K3, False, "negated", ("telegram", "narrative", "form"))
def _gn1(c, r, s):
    return ch(r, f"Nog geen overleg met {c.gw_ref(r)} geweest.", "GW niet betrokken bij deze plaatsing.",
              "Er is nog geen advies van de gedragswetenschapper.", "Advies GW: niet gevraagd",
              f"{cap(gw_topic(c, r))} niet besproken met GW.", "Betrokkenheid gedragswetenschapper: geen")


@t(K3, False, "cancelled", ("telegram", "narrative", "email"))
def _gc1(c, r, s):
    return ch(r, f"Overleg met {c.gw_ref(r)} verzet, {ch(r, 'GW ziek', 'agenda vol', 'PZB met verlof')}.",
              f"MDO met de orthopedagoog ging niet door.", f"Consult {c.gw_ref(r)} afgezegd; nieuwe datum volgt.")


@t(K3, False, "no_content", ("telegram", "soap", "narrative"))
def _gb1(c, r, s):
    return ch(r, "Kort GW-overleg gehad.", f"Besproken met {c.gw_ref(r)}.", "GW op de hoogte gebracht.",
              f"{cap(c.gw_ref(r))} gebeld.", "Mail gestuurd aan GW.", f"Casus {c.kid} kort doorgesproken met de GW.")


@t(K3, False, "other_child", ("telegram", "narrative"))
def _gk1(c, r, s):
    return f"Advies {c.gw_ref(r)} over {c.sib} ({c.sib_rel}): {gw_advice(c, r).replace(c.kid, c.sib)}."


@t(K3, False, "policy", ("plan", "narrative"))
def _gpl1(c, r, s):
    return ch(r, "De gedragswetenschapper stelt het hulpverleningsplan vast en evalueert het halfjaarlijks.",
              "Bij iedere plaatsing is een GW betrokken.",
              f"Binnen {c.org} is de GW regiebehandelaar en tekent mee voor het plan.",
              "Conform de richtlijn wordt de gedragswetenschapper betrokken bij belangrijke beslissingen.",
              "De orthopedagoog is beschikbaar voor consultatie via het wekelijkse spreekuur.")


@t(K3, False, "question", ("telegram", "email", "soap"))
def _gq1(c, r, s):
    return ch(r, "Moeten we de GW hierbij betrekken?", f"Wat adviseert de GW over {gw_topic(c, r)}?",
              f"Is {gw_topic(c, r)} al met de orthopedagoog besproken?", "Vraag aan GW: is traumabehandeling nodig?")


@t(K3, False, "hypothetical", ("telegram", "narrative", "plan"))
def _gh1(c, r, s):
    return ch(r, f"Als er geen verbetering komt in {gw_topic(c, r)}, vragen we advies aan de GW.",
              f"Mocht het niet verbeteren, dan wordt de {ch(r, 'GW', 'orthopedagoog')} ingeschakeld.",
              f"Bij verdere escalatie zal de gedragswetenschapper adviseren over {gw_topic(c, r)}.")


@t(K3, False, "other_role", ("telegram", "narrative"))
def _go1(c, r, s):
    return ch(r, "Schoolpsycholoog heeft een intelligentieonderzoek afgenomen.",
              f"Psycholoog van moeder adviseert moeder om {ch(r, 'minder te bellen', 'hulp te zoeken bij de GGZ')}.",
              f"Fysiotherapeut adviseert {c.kid} twee keer per week te laten oefenen.",
              "Huisarts adviseert zalf voor het eczeem.",
              f"Logopedist adviseert om thuis dagelijks voor te lezen.")


# ------------------------------------------------------------- matching

K4 = "matching_rationale"


MATCH_PAIRS = [
    ("rust en voorspelbaarheid", "een rustig huishouden zonder andere kinderen"),
    ("veel structuur", "duidelijke dagritmes en vaste regels"),
    ("een gezin zonder jonge kinderen", "een gezin waarvan de eigen kinderen al het huis uit zijn"),
    ("een mannelijk rolmodel", "een pleegvader die thuis werkt en veel met de kinderen onderneemt"),
    ("ruimte voor {pos} eigen cultuur en geloof", "dezelfde culturele achtergrond en een halal keuken"),
    ("nabijheid van de eigen school", "een woning op fietsafstand van de school"),
    ("opvoeders met ervaring met ADHD", "ervaring met kinderen met ADHD (eerdere pleegkinderen)"),
    ("contact met {pos} broertje", "een woning in hetzelfde dorp als het pleeggezin van {pos} broertje"),
    ("begeleiding bij zelfstandigheid", "een eigen studio aan huis en ervaring met 16-plussers"),
    ("veel buitenruimte om energie kwijt te raken", "een grote tuin, een hond en een sportclub om de hoek"),
    ("een eigen kamer en rust 's nachts", "een eigen kamer op de begane grond, ver van de slaapkamers van de anderen"),
    ("pleegouders die samenwerken met moeder", "ruimte en bereidheid om moeder regelmatig thuis te ontvangen"),
    ("opvoeders die Arabisch spreken", "tweetaligheid (Nederlands en Arabisch)"),
    ("opvoeders die Turks spreken", "een pleegmoeder die Turks spreekt en de familie kent"),
    ("hulp bij het leren", "een pleegmoeder met een achtergrond als leerkracht"),
    ("geduld bij driftbuien", "pleegouders die de training Omgaan met agressie hebben gevolgd"),
    ("weinig wisselingen", "pleegouders die een langdurige plaatsing kunnen bieden"),
    ("een plek dicht bij de logopedie", "een woning op tien minuten van de logopediepraktijk"),
]


def _pair(c: Ctx, r: random.Random, which: int) -> str:
    idx = c.extra.pop("mp", None)
    if idx is None:
        idx = r.randrange(len(MATCH_PAIRS))
        c.extra["mp"] = idx
    return MATCH_PAIRS[idx][which].replace("{pos}", c.pos)


def need(c: Ctx, r: random.Random) -> str:
    return _pair(c, r, 0)


def offer(c: Ctx, r: random.Random) -> str:
    return _pair(c, r, 1)


def alt(c: Ctx, r: random.Random) -> str:
    return ch(r, "een gezinshuis in een andere regio", "plaatsing bij tante", "een groep in de residentiële jeugdzorg",
              "een ander bestandsgezin met drie jonge kinderen", "terugplaatsing bij vader", "plaatsing bij oma")


def alt_reason(c: Ctx, r: random.Random) -> str:
    return ch(r, f"{c.kid} dan van school had moeten wisselen", "daar geen plek was voor een langdurige plaatsing",
              "de draagkracht daar onvoldoende bleek", "dat te ver weg is voor het contact met moeder",
              "de veiligheid daar niet gewaarborgd kon worden", f"{c.kid} daar niet wilde wonen")


def risk(c: Ctx, r: random.Random) -> str:
    return ch(r, "PO hebben weinig ervaring met pubers", "het gezin woont dicht bij vader",
              "de eigen kinderen van PO zijn nog jong", "PO werken allebei fulltime", "de reisafstand naar school is groot",
              "PM heeft zelf een drukke baan")


def mitig(c: Ctx, r: random.Random) -> str:
    return ch(r, "extra begeleiding in de eerste drie maanden", "afspraken over bezoek in het bezoekcentrum",
              "inzet van respijtzorg", "een taxiregeling via de gemeente", "intensieve PZB-begeleiding (wekelijks)",
              "een training pubers voor PO")


@t(K4, True, "", ("narrative", "plan"))
def _m1(c, r, s):
    return f"Voor {c.fam} is gekozen omdat {c.kid} {need(c, r)} nodig heeft en dit gezin {offer(c, r)} biedt."


@t(K4, True, "", ("narrative", "plan"))
def _m2(c, r, s):
    return f"Dit gezin sluit aan bij de behoeften van {c.kid}: {need(c, r)} tegenover {offer(c, r)}."


@t(K4, True, "", ("narrative", "plan", "telegram"))
def _m3(c, r, s):
    return f"Overwegingen bij de matching: {c.kid} heeft behoefte aan {need(c, r)}; {c.fam} biedt {offer(c, r)}."


@t(K4, True, "", ("narrative", "plan"))
def _m4(c, r, s):
    return f"{cap(c.fam)} biedt {offer(c, r)}, wat past bij {c.kid} {c.pos} behoefte aan {need(c, r)}."


@t(K4, True, "", ("narrative", "plan"))
def _m5(c, r, s):
    return f"{cap(ch(r, 'alternatief', 'een andere optie', 'overwogen'))} was {alt(c, r)}; daarvan is afgezien omdat {alt_reason(c, r)}."


@t(K4, True, "", ("narrative", "plan"))
def _m6(c, r, s):
    return f"Risico bij deze match: {risk(c, r)}; dit wordt ondervangen door {mitig(c, r)}."


@t(K4, True, "", ("narrative", "plan", "email"))
def _m7(c, r, s):
    return f"Doorslaggevend was dat {c.kid} bij {c.fam} {ch(r, 'op ' + c.pos + ' eigen school kan blijven', 'dicht bij ' + c.pos + ' broertje woont', 'een eigen kamer krijgt', 'in de eigen cultuur kan opgroeien')}" \
           f"{ch(r, '.', ' en dat ' + c.fam + ' ' + offer(c, r) + ' biedt.')}"


@t(K4, True, "", ("narrative", "plan"))
def _m8(c, r, s):
    rel = ch(r, "oma", "tante", "oom en tante", "de peettante", "de oudste zus", "de buren van vroeger")
    return f"Plaatsing bij {rel} (netwerk) past omdat {c.kid} daar al jaren kind aan huis is en " \
           f"{ch(r, 'het contact met moeder zo behouden blijft', c.ze + ' op dezelfde school kan blijven', c.ze + ' zich daar veilig voelt')}."


@t(K4, True, "", ("form",))
def _m9(c, r, s):
    return ch(r, f"Motivatie match: {need(c, r)} ({c.kid}) sluit aan op {offer(c, r)}",
              f"Behoeften kind – aanbod gezin: {need(c, r)} / {offer(c, r)}",
              f"Waarom dit gezin: {offer(c, r)}; past bij behoefte aan {need(c, r)}",
              f"Afgewogen risico's: {risk(c, r)} – {mitig(c, r)}",
              f"Overwogen alternatieven: {alt(c, r)} (afgevallen: {alt_reason(c, r)})")


@t(K4, True, "", ("email", "narrative"))
def _m10(c, r, s):
    return f"Wij denken dat {c.fam} goed past bij {c.kid}, omdat {ch(r, 'het gezin ' + offer(c, r) + ' biedt', c.kid + ' ' + need(c, r) + ' nodig heeft en die daar krijgt')}."


@t(K4, True, "", ("telegram",))
def _m11(c, r, s):
    return f"Matching {c.fam}: {offer(c, r)} ↔ behoefte {c.kid} aan {need(c, r)}; {ch(r, 'risico: ' + risk(c, r), 'alternatief ' + alt(c, r) + ' afgevallen', 'akkoord GW')}."


@t(K4, False, "bare_statement", ("telegram", "narrative", "plan", "form"))
def _mb1(c, r, s):
    d = f"{r.randint(1, 28)}-{r.randint(1, 12)}-{r.choice([2021, 2022, 2023, 2024])}"
    return ch(r, f"{c.kid} is geplaatst bij {c.fam}.", f"Plaatsing per {d} in pleeggezin {c.fam} te {c.town}.",
              f"Matching: {c.fam}, {c.town}.", f"{c.kid} woont sinds {d} bij {c.fam}.", f"Gematcht met {c.fam}.",
              f"Gekozen voor {c.fam}.", f"Pleeggezin: {c.fam} ({c.town})", f"Match akkoord, {c.kid} gaat naar {c.fam}.",
              f"Na de kennismaking is {c.kid} bij {c.fam} ingetrokken.", f"{c.kid} is op {d} verhuisd naar {c.fam}.",
              f"De plaatsing bij {c.fam} is per {d} gestart.")


@t(K4, False, "planned", ("telegram", "narrative"))
def _mp1(c, r, s):
    return ch(r, "Matchingsverslag wordt nog aangevuld.", "Matching volgt na kennismaking.",
              f"Overwegingen matching worden {future(r)} vastgelegd.", "Matchingsformulier nog invullen (actie PZB).")


@t(K4, False, "negated", ("telegram", "narrative", "form"))
def _mn1(c, r, s):
    return ch(r, "Er is geen matchingsverslag in het dossier.", "Overwegingen matching niet vastgelegd.",
              "Matchingsverslag: ontbreekt", "Vanwege de crisis is er geen matching gedaan.")


@t(K4, False, "policy", ("plan",))
def _mpl1(c, r, s):
    return ch(r, "Bij elke plaatsing wordt een matchingsverslag opgesteld waarin de overwegingen worden vastgelegd.",
              "Matching gebeurt op basis van de behoeften van het kind en de mogelijkheden van het gezin.",
              f"Binnen {c.org} beslist het matchingsteam over plaatsingen.")


@t(K4, False, "hypothetical", ("narrative", "telegram"))
def _mh1(c, r, s):
    return ch(r, f"Als de kennismaking goed verloopt, wordt {c.kid} bij {c.fam} geplaatst.",
              f"Mocht {c.fam} afvallen, dan wordt gezocht naar een gezin in {c.town}.")


@t(K4, False, "question", ("telegram", "email"))
def _mq1(c, r, s):
    return ch(r, "Waarom is voor dit gezin gekozen?", f"Is de match met {c.fam} onderbouwd?",
              "Vraag JB: waar is de matching op gebaseerd?")


@t(K4, False, "unrelated", ("telegram", "narrative"))
def _mu1(c, r, s):
    return ch(r, f"Kennismaking {c.kid} met {c.fam} verliep {ch(r, 'goed', 'stroef', 'rustig')}.",
              f"{cap(c.fam)} heeft {ch(r, 'een hond en twee katten', 'een caravan', 'een nieuwe auto')}.",
              f"Eerste weekend bij {c.fam} was {ch(r, 'spannend', 'gezellig', 'onrustig')}.")


KINDS = (K1, K2, K3, K4)


def generate(kind: str, label: bool, why: str, c: Ctx, r: random.Random, style: str | None = None):
    """One sentence (text, child_spoken, style) for the given label cell."""
    c.extra.pop("mp", None)
    c.extra.pop("gw", None)
    options = REG[(kind, label, why)]
    if style is not None:
        fitting = [o for o in options if style in o[0]]
        if fitting:
            options = fitting
    styles, fn = r.choice(options)
    st = style if style in styles else r.choice(styles)
    out = fn(c, r, st)
    cs = None
    if isinstance(out, tuple):
        out, cs = out
    out = " ".join(out.split())
    return out, cs, st
