"""VGB (verklaring van geen bezwaar) for every adult living in the foster home.

Hand-written because it is a comparison only dossiers need: the adults the file names
in the household (the foster parents, adult children "Ruben (19)", a new partner, a
lodger) against the people the VGB sentences cover, clause by clause ("VGB voor beide
pleegouders afgegeven, voor Ruben nog niet aangevraagd"). ``documented`` is None (n/a)
when the file names no household at all.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from spacy.tokens import Span

from audit.detect.base import all_triggers, evidence_at, evidence_for, written_on
from audit.detect.candidates import is_checklist
from audit.detect.dating import sentence_date, span_text
from audit.detect.form_fields import answer, next_line
from audit.detect.participants import written_names
from audit.detect.further.events import NOT_HAPPENED
from audit.detect.further.facts import FactResult
from audit.detect.further.lexicon import hit, lexicon, rx
from audit.resources import resource_cache, resource_json
from audit.structure.dates import find_dates
from audit.structure.period import month_last
from audit.structure.tables import tables_of
from audit.types import AnalysedDocument, DateMention, DossierContext, Evidence

KIND = "vgb"
DETECTOR = "vgb:household+clauses"
FOSTER = ("pleegmoeder", "pleegvader")
RELATIVE_CARERS = {"opa", "oma", "tante", "oom", "grootvader", "grootmoeder"}
CONTEXT_BEFORE = 200  # a household table row takes its context from the heading above it
# not before what the clause's VGB became ("Daan: aangevraagd na zijn 18e verjaardag, ontvangen 03-04-2023": one clause)
_CLAUSE = re.compile(r"[;]|,(?!\s*(?:en\s+)?(?:inmiddels\s+|intussen\s+|later\s+|nu\s+|ook\s+)?(?:ontvangen|afgegeven|"
                     r"verstrekt|in\s+orde|binnen(?!\s+(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|tien|enkele|paar|de|het)\b))\b)|\bmaar\b|\bterwijl\b|\bechter\b|(?=\[[ xX]\]|[☐☒☑])",
                     re.IGNORECASE)
_UNTICKED = re.compile(r"^\s*(?:\[ \]|☐)")
_BIRTH_PARENT = re.compile(r"(?i:(?<!pleeg)(?:\bmoeder|\bvader)\b)|(?<!\w)(?:MO|VA)(?!\w)")
# "bij (de) moeder / vader / mama": a birth parent's home ("bij zijn ouders" can be the foster home itself)
_PARENTS_HOME = re.compile(r"(?i:\bbij\s+(?:de\s+)?(?:moeder|vader|mama|papa)\b)|(?<!\w)bij\s+(?:MO|VA)(?!\w)")


_ROLE_WORDS = {"zoon", "dochter", "oom", "tante", "opa", "oma", "neef", "nicht", "broer", "zus", "partner", "vriend",
               "vriendin", "oudste", "jongste", "eigen", "volwassen", "biologische", "huisgenoot", "au", "pair", "de", "het",
               "huisgenoten", "inwonend", "inwonende", "gezin", "gezinsleden"}


def _age(who: str) -> int | None:
    """The age an entry carries ("Marloes Vos (42)" -> 42)."""
    m = re.search(r"\((\d{1,3})\b", who)
    return int(m.group(1)) if m else None


def person_key(who: str) -> str:
    """Who an entry is, by name: "Dochter Sophie (23)" and "Sophie" are Sophie; "zoon (19)" is itself."""
    words = who.split(" (")[0].split()
    named = [w for w in words if w[:1].isupper() and w.lower() not in _ROLE_WORDS]
    return named[0] if named else who


@dataclass
class Household:
    foster: set[str] = field(default_factory=set)  # pleegmoeder / pleegvader
    adults: dict[str, Evidence] = field(default_factory=dict)  # "Ruben (19)" -> where the file names them

    def add(self, who: str, where: Evidence) -> None:
        """One entry per person: "Kasper Prins (23)", "Kasper (23)" and "Kasper" are Kasper (first seen wins,
        a later one with an age replaces a bare name)."""
        first = person_key(who)
        same = [a for a in self.adults if person_key(a) == first]
        if not same:
            self.adults[who] = where
        elif "(" in who and all("(" not in a for a in same):
            for a in same:
                del self.adults[a]
            self.adults[who] = where


def _foster_parents(ctx: DossierContext, named_text: str) -> set[str]:
    """The foster parents the file names by role; both when it only says "pleegouders", names them
    (an e-mail to "Ria en Henk") or records VGBs at all: a foster home has its carers. ``named_text``:
    the file's sentences but those about foster parents in general (policy: "alle pleegouders")."""
    found = {role for role, name in zip(FOSTER, ("foster_mother", "foster_father")) if hit(name, named_text)}
    named = hit("foster_both", named_text) or hit("vgb_word", named_text) or ctx.facts.get("foster_parent_names")
    return found or (set(FOSTER) if named else set())


def household(ctx: DossierContext) -> Household:
    """The foster parents and the other adults the file places in the foster home (one pass over the
    sentences; general ones, "Ieder pleegkind ...", name nobody)."""
    out = Household()
    own = ctx.facts.get("child_names", set()) | ctx.facts.get("foster_parent_names", set()) | _not_names()
    specific: list[str] = []
    for adoc in ctx.documents:
        for sent in adoc.sentences:
            text = span_text(adoc, sent)
            if hit("generic", text):
                continue
            specific.append(text)
            _add_adults(out, adoc, sent, text, own)
    out.foster = _foster_parents(ctx, "\n".join(specific))
    _merge_roles(out)
    return out


_ROLE_HEAD = re.compile(r"\b(partner|vriend|vriendin|huisgenoot|kamerhuurder|onderhuurder|kostganger)\b", re.IGNORECASE)


def _merge_roles(house: Household) -> None:
    """A role the file also gives a name ("herscreening na inwonen nieuwe partner" beside "haar partner
    Erwin Smit is ingetrokken") is that person, not a second adult without a VGB."""
    named = {a: ev for a, ev in house.adults.items() if person_key(a) != a or a[:1].isupper()}
    for role in [a for a in house.adults if a not in named]:
        head = _ROLE_HEAD.search(role)
        if head is None:
            continue
        word = head.group(1).lower()
        for adult, ev in named.items():
            name = re.escape(person_key(adult))
            if re.search(rf"\b{word}\s+{name}\b", ev.sentence, re.IGNORECASE):  # "haar partner Erwin"
                del house.adults[role]
                break


def _add_adults(out: Household, adoc: AnalysedDocument, sent: Span, text: str, own: set[str]) -> None:
    """The adults one sentence places in the home."""
    _add_movers(out, adoc, sent, text, own)
    members = list(rx("adult_member").finditer(text))
    roles = list(rx("adult_roles").finditer(text))
    if not members and not roles:  # the context test below reads 200 more characters: only when it matters
        return
    around = adoc.document.text[max(0, sent.start_char - CONTEXT_BEFORE) : sent.end_char]
    if not hit("household_context", around) or (_BIRTH_PARENT.search(text) and not hit("household_foster", text)):
        return
    if hit("support_context", text) and not hit("household_context", text):
        return  # "Selin heeft haar nicht Esra (24) gekozen als steunfiguur": the child's network, not the home
    line_start = text.rfind("\n", 0, members[0].start()) + 1 if members else 0
    for i, m in enumerate(members):
        who, age = (m.group("who"), m.group("age")) if m.group("who") else (m.group("who2"), m.group("age2"))
        if m.group("who"):  # "Terlouw, zoon Ruben (19)": the age is of the last name before it (not one in the
            # brackets: "oom Patrick (broer van Debby, 34)" is Patrick)
            named = _NAMED.findall(text, m.end("who"), text.find("(", m.end("who"), m.start("age")))
            who = named[-1] if named else who
        elif who.islower() and who not in RELATIVE_CARERS:  # "Thijs Bosman, zoon, 18 jaar": the role is of the
            # name before it (an "opa, 66 jaar" stays opa: a grandparent may be the foster parent himself)
            who = _name_before(text[: m.start()]) or who
        # "broer Rahmat (19) woont zelfstandig in Ravensloot", "Kinderen uit huis: Ruben (24)": not in the home
        away = hit("lives_elsewhere", text[m.end() : members[i + 1].start() if i + 1 < len(members) else len(text)]) \
            or _away_label(text, line_start, m.start())
        is_foster = hit("adult_is_foster_parent", text[m.end() : m.end() + 30])  # "Karin V., 39 jaar, pleegmoeder"
        if who.split()[0] not in own and not is_foster and not away and int(age) >= lexicon()["adult_age"] \
                and not _childs_sibling(who, text[m.end() : m.end() + 40]):
            out.add(f"{who} ({age})", evidence_for(adoc, sent))
    if hit("household_context", text) and not _BIRTH_PARENT.search(text):  # "Gesprek met mdr over de nieuwe partner"
        _add_roles(out, adoc, sent, text, own, roles)


_LABEL = re.compile(r"[^:;\n]{1,40}:")


def _away_label(text: str, line_start: int, start: int) -> bool:
    """Is the last label before a person on the line one for people who left ("Kinderen uit huis: ...")?"""
    labels = _LABEL.findall(text, line_start, start)
    return bool(labels) and hit("away_label", labels[-1])


def _childs_sibling(who: str, after: str) -> bool:
    """"Zus Naomi (23)": the child's own sister, not living in the foster home ("broer van pleegmoeder" is)."""
    return bool(_SIBLING.match(who)) and not hit("household_foster", after)


_SIBLING = re.compile(r"(?i:(?:half)?(?:zus|broer))\b")


def _add_roles(out: Household, adoc: AnalysedDocument, sent: Span, text: str, own: set[str], roles: list) -> None:
    """Adults the sentence names by a role ("haar nieuwe partner, Ruud Vos, woont ..."): the role has a name,
    the name is the adult; a role the sentence also names someone by age is that person."""
    for m in roles:
        if rx("role_home_before").search(text, 0, m.start()):
            continue  # "Kim woont bij haar nieuwe vriend in Langestede": she lives in his home, he is not in this one
        named = _APPOSITION.match(text, m.end())
        name = (named.group(1) or named.group(2)) if named is not None else None
        if name and name.split()[0] in own:
            continue  # a person the file knows already (a foster parent, the child): counted as such
        if not name and any(ev.sentence == text or text in ev.sentence for ev in out.adults.values()):
            continue  # "de nieuwe partner van pleegmoeder, Rik Veenstra (42), woont in het gezin": Rik
        out.add(name or m.group(0), evidence_for(adoc, sent))


def _add_movers(out: Household, adoc: AnalysedDocument, sent: Span, text: str, own: set[str]) -> None:
    """Adults who moved in or turned 18 ("Erwin is zaterdag bij ons ingetrokken", "Bram 18 geworden (8/3)");
    not who may move in or will not ("komt mogelijk inwonen", "komt niet bij hen wonen")."""
    for m in list(rx("new_resident").finditer(text)) + list(rx("turned_adult").finditer(text)):
        who = next((g for g in m.groups() if g), None)
        if hit("mover_not", m.group(0)) or _LABEL_AFTER.match(text, m.end(m.lastindex or 0)):
            continue
        if m.re is rx("turned_adult").rx:  # "Wijzigingen sinds vorige: Fien werd 18": the name nearest the age
            who = ([w for w in _NAMED.findall(m.group(0)) if w not in own and w.lower() not in _ROLE_WORDS] or [who])[-1]
        if m.groupdict().get("who"):  # "Pleegmoeder belt: haar partner Ruud Smit is ... ingetrokken": Ruud
            who = _subject_before_verb(text[m.start("who") : m.end()], own) or who
        # "Dennis is sinds 1 augustus bij moeder ingetrokken": the birth parent's home, not the foster home
        parents_home = _PARENTS_HOME.search(m.group(0)) is not None
        if who and who not in own and not _BIRTH_PARENT.search(who) and not parents_home and not _minor(text, who):
            out.add(who, evidence_for(adoc, sent))


_MINOR_AFTER = re.compile(r"\s*,?\s*\((?:[^()\d]{0,20}?[,\s])?(?:1[0-7]|[0-9])(?:\s*(?:jaar|jr\.?))?\)")
# "een tweede pleegkind, Ravi": a child; not "de vader van de baby, Kevin"
_CHILD_BEFORE = re.compile(r"(?i)(?<!\bvan\s)(?<!\bvan\sde\s)(?<!\bvan\shet\s)\b(?:pleegkind\w*|baby|zoontje|dochtertje)\s*,?\s*$")


def _minor(text: str, who: str) -> bool:
    """A child moves in, who needs no VGB: written with an age under 18 ("een tweede pleegkind, Ravi (6), komt
    bij hen wonen") or as a foster child or a baby."""
    at = text.find(who)
    return at >= 0 and (_MINOR_AFTER.match(text, at + len(who)) is not None
                        or _CHILD_BEFORE.search(text, max(0, at - 30), at) is not None)


_NAME = r"(?<![\w-])[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?(?:\s+(?:(?:van|de|der|den|ter|ten)\s+)*[A-Z][a-zà-ÿ]+)?"
# "partner Ruud Vos" or ", Ruud Vos," (closed by a comma): not the start of a list ("partner, Kees en de kinderen")
_APPOSITION = re.compile(rf"\s+({_NAME})\b(?!\s*(?:,|en\b|&))|,\s+({_NAME}),")
_MOVE_VERB = re.compile(r"\b(?:is|zijn|komt|kwam)\b", re.IGNORECASE)
_OF_BEFORE = re.compile(r"\bvan\s+$")
_NAME_RUN = re.compile(r"[A-Z][a-zà-ÿ]+(?:\s+(?:(?:van|de|der|den|ter|ten)\s+)*[A-Z][a-zà-ÿ]+)*")


def _subject_before_verb(clause: str, own: set[str]) -> str | None:
    """Who moved in: the first name before the clause's verb that is no role or known person
    ("Pleegmoeder belt: haar partner Ruud Smit is ... ingetrokken": Ruud; "Dennis, partner van tante Ans, is
    ingetrokken": Dennis)."""
    verb = _MOVE_VERB.search(clause)
    for found in _NAME_RUN.finditer(clause[: verb.start()] if verb else clause):
        run = found.group(0)
        first = run.split()[0]
        if _OF_BEFORE.search(clause, 0, found.start()):  # "de moeder van Marco (Tineke) is ingetrokken": not Marco
            continue
        if first not in own and first.lower() not in _ROLE_WORDS and not first.lower().startswith("pleeg"):
            return first
    return None


_NAME_BEFORE = re.compile(r"(?:^|[:;\n•-])\s*([A-Z][a-zà-ÿ]+(?:\s+(?:(?:van|de|der|den|ter|ten)\s+)*[A-Z][a-zà-ÿ]+)?)\s*,\s*$")


def _name_before(before: str) -> str | None:
    """The name a list item opens with, right before its role ("- Thijs Bosman, " before "zoon, 18 jaar")."""
    m = _NAME_BEFORE.search(before[-60:])
    return m.group(1) if m else None


@resource_cache
def _not_names() -> frozenset[str]:
    words = resource_json("facts_nl.json")["not_names"] + resource_json("further_nl.json")["_not_person_words"]
    return frozenset(w.capitalize() for w in words)


def _covers(clause: str, house: Household, foster_names: set[str]) -> set[str]:
    """Who a VGB clause is about (empty: nobody named); the foster parents also by their names."""
    who: set[str] = set()
    if hit("vgb_all", clause):
        return set(FOSTER) | set(house.adults)
    if hit("foster_both", clause) or any(re.search(rf"\b{re.escape(n)}\b", clause) for n in foster_names):
        who |= set(FOSTER)
    who |= {role for role, name in zip(FOSTER, ("foster_mother", "foster_father")) if hit(name, clause)}
    for adult in house.adults:
        names = _NAMED.findall(adult.split(" (")[0]) or adult.split(" (")[0].split()[-1:]  # "Ellen Dekker": either
        if any(_names_person(clause, name, person_key(adult)) for name in names):
            who.add(adult)
    if house.foster and not who & set(FOSTER):
        # "VGB's: Marieke Brouwer en Hans Lindeman (november 2021)", "VGB Gerda en Henk van Luijk afgegeven": full
        # names that are no adult of the home listed with an age are the foster parents, when there are as many as
        # the home has foster parents
        aged = {person_key(a) for a in house.adults if "(" in a}  # "Sophie van Luijk (26)": another adult of the home
        strangers = {n for m in _FULL_NAME.finditer(clause) for n in m.groups() if n and n not in aged}
        if len(strangers) >= len(house.foster):
            who |= house.foster
    return who


# "Esmee de Boer", "Gerda en Henk van Luijk" (two first names before one surname)
_FULL_NAME = re.compile(r"\b([A-Z][a-zà-ÿ]+)(?:\s+en\s+([A-Z][a-zà-ÿ]+))?\s+(?:(?:van|de|der|den|ter|ten)\s+)*"
                        r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?\b")


_NAMED = re.compile(r"\b[A-Z][a-zà-ÿ]+\b")
_FIRST_NAME_BEFORE = re.compile(r"\b([A-Z][a-zà-ÿ]+)\s+(?:(?:van|de|der|den|ter|ten)\s+)*$")


def _names_person(clause: str, name: str, first: str) -> bool:
    """Does ``clause`` name the person whose first name is ``first`` by ``name``? A shared surname after
    another first name is someone else: "VGB ontvangen van Hester Wolterink" is not about Ruben Wolterink."""
    for m in re.finditer(rf"\b{re.escape(name)}\b", clause, re.IGNORECASE):
        if name == first:
            return True
        before = _FIRST_NAME_BEFORE.search(clause, 0, m.start())
        if before is None or before.group(1) == first:
            return True
    return False


def _lacking(clause: str, ctx: DossierContext) -> set[str]:
    """People a negative VGB clause names ("voor Jelmer is nog geen VGB"): adults of the household by
    the file's own account, whether or not it lists them elsewhere."""
    skip = ctx.facts.get("child_names", set()) | ctx.facts.get("foster_parent_names", set()) | _not_names()
    clause = rx("vgb_agent").sub(lambda m: " " * len(m.group(0)), clause)  # "aangemaakt door R. Oudejans": the worker
    said = rx("vgb_reported").search(clause)  # "Bas zegt dat Iris nog een VGB moet aanvragen": Iris, not Bas
    clause = " " * said.end() + clause[said.end() :] if said else clause
    first = len(clause) - len(clause.lstrip(" -–•:'\"‘“"))  # a capital that opens the clause is no name
    names: set[str] = set()
    for run in _NAME_RUN.finditer(clause):  # "VGB Marco Dekkers nog niet ontvangen": one person, Marco Dekkers
        words = run.group(0).split()
        if _PLACE_BEFORE.search(clause, 0, run.start()):  # "aangevraagd via Justis", "bij team Werving en Screening"
            continue
        if _LABEL_AFTER.match(clause, run.end()) and not clause[: run.start()].strip(" *-–•"):
            continue  # "**Afgewogen:** tante Samira ...": a label opening the clause, not a person ("VGB Thijs:" is)
        if run.start() <= first and len(words) == 1 and words[0] not in written_names(ctx):
            # "Werkvoorraad: ...", not "Daniël Steenhouwer (zoon, ..." nor "Kevin aangevraagd" (Kevin is a name in the file)
            continue
        age = _AGE_AFTER.match(clause, run.end())
        if age and int(age.group(1)) < lexicon()["adult_age"]:  # "Jesse (15) valt nog niet onder de VGB-plicht"
            continue
        group: list[str] = []
        for word in words + ["."]:  # runs of capitalised words that are no known or role word
            if word[:1].isupper() and word not in skip and not hit("vgb_word", word):
                group.append(word)
            elif group and not word[:1].islower():  # "Fleur de Roode": a particle stays inside
                names.add(" ".join(group).strip())
                group = []
            elif group:
                group.append(word)
    roles = {m.group(0).lower().removeprefix("de ").removeprefix("het ") for m in rx("lacking_roles").finditer(clause)}
    return names or roles  # "voor de au pair is er geen VGB"; "voor zoon Ruben" is Ruben


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")  # "VGB: Joost en Linda Oosterwijk (januari 2023)": a dated list
_LOWER_LONG = re.compile(r"\b[a-zà-ÿ]{4,}\b")


def _dated_list(clause: str) -> bool:
    """A label listing people with a year ("VGB: Joost en Linda Oosterwijk (januari 2023)"), not a sentence
    that says something else ("VGB: Daan (zoon) is op 30-12-2023 18 jaar geworden")."""
    return bool(_YEAR.search(clause)) and all(hit("vgb_list_word", w) for w in _LOWER_LONG.findall(clause))


_VGB_LABEL = re.compile(r"^[\s\-–•*:|]*(?:VGB(?:'s|s)?)(?![\w-])")  # a clause that opens with the word, as a label
_PLACE_BEFORE = re.compile(r"(?:\b(?:via|in|naar|door|uit|te|team)\s+(?:(?:de|het|team)\s+)?|\bbij\s+(?:de\s+|het\s+)?team\s+)"
                           r"(?:[A-Z][a-zà-ÿ]+\s+(?:en|&)\s+)?$")
_OTHERS = re.compile(r"(?i)\b(?:ander(?:e|en)?|overige)\b")
_LABEL_AFTER = re.compile(r"\**:")
_AGE_AFTER = re.compile(r"\s*\(\s*(\d{1,2})\b")
_FORWARD = re.compile(r"^\s*(?:voor|van|bij)\b", re.IGNORECASE)
_NEW_ITEM = re.compile(rf"^\s*{_NAME_RUN.pattern}\s*\(")  # "Jorrit Hoekstra (": a list item's person
_BOX = re.compile(r"^\s*(?:\[[ xX]\]|[☐☒☑])")


def _box_answer(rest: list[str]) -> bool | None:
    """The yes/no the boxes right after a form's question tick ("☐ ja", "☒ nee (...)"); None without boxes."""
    boxes = []
    for clause in rest:
        if not _BOX.match(clause):
            break
        boxes.append(clause)
    return answer(" ".join(boxes)) if boxes else None


def _verdicts(clauses: list[str], ctx: DossierContext) -> list[bool | None]:
    """Each clause's own verdict (True: a VGB is there, False: missing or pending, None: it does not
    say); a clause that does not say takes the next verdict when it opens with "voor/van" ("voor
    Wessel, die sinds januari 18 is, is nog geen VGB"), else the previous one ("..., pleegvader ook")."""
    own: list[bool | None] = []
    for i, clause in enumerate(clauses):
        form_answer = rx("vgb_form_answer").search(clause)  # "Hebben alle volwassenen een VGB? ja / nee: nee"
        boxes = _box_answer(clauses[i + 1 :]) if not _BOX.match(clause) else None
        if boxes is not None:  # "VGB aanwezig voor alle volwassen huisgenoten: ☐ ja ☒ nee": the ticked box says
            own.append(boxes)
        elif form_answer:
            own.append(form_answer.group(1).lower() == "ja")
        elif clause.rstrip().endswith("?") or hit("vgb_not_needed", clause) \
                or (hit("lives_elsewhere", clause) and not rx("vgb_word").search(clause)):
            # "Nova is 4 jaar, geen VGB nodig"; "Frank woont sinds september niet meer in huis"  # "Is er voor alle volwassen huisgenoten een VGB?": asked, not answered
            own.append(None)
        elif _UNTICKED.match(clause) or hit("vgb_not_there", clause) \
                or (hit("vgb_negative", clause) and not hit("vgb_positive", clause)):  # "nog altijd niet binnen"
            own.append(False)
        elif hit("vgb_positive", clause) or hit("vgb_ticked", clause) \
                or (_VGB_LABEL.match(clause) and (_dated_list(clause) or not _lacking(clause, ctx))):
            # a bare "VGB's: Marieke en Hans" line lists who has one; "Kevin gebeld over zijn VGB" says nothing,
            # and "VGB Thijs: tante herinnert hem eraan" is no VGB for Thijs
            own.append(True)
        else:
            own.append(None)
    out: list[bool | None] = []
    item = 0  # where the list item the clause is in starts: a verdict is not carried into the next person
    for i, verdict in enumerate(own):
        if verdict is None and _NEW_ITEM.match(clauses[i]):  # "..., VGB 2021), Jorrit Hoekstra (19, zoon)"
            item = i
            if _dated_list(clauses[i]) and any(v for v in own[:i]):  # "VGB: Mieke en Tom (2012), Ine Goossens (2021)"
                verdict = True
        if verdict is None and _FORWARD.match(clauses[i]):
            verdict = next((v for v in own[i + 1 :] if v is not None), None)
        if verdict is None:
            verdict = next((v for v in reversed(out[item:]) if v is not None), None)
        out.append(verdict)
    return out


def _statements(ctx: DossierContext):
    """Each VGB statement of the file as (document, trigger, clauses): a form question with the answer on
    its next line, the long form read as "VGB"; general and hypothetical ones and those about another
    file ("zie screeningsdossier, niet in dit dossier") left out, and so is a quality checklist's or an internal
    audit's item ("VGB alle volwassen huisgenoten | ja"): it assesses the file, the records elsewhere say."""
    for adoc in ctx.documents:
        if is_checklist(adoc):
            continue
        for span in all_triggers(adoc, KIND):
            sentence = span_text(adoc, span.sent)
            # "Alle volwassenen een VGB? ja / nee: nee", "VGB alle volwassenen [x] ja [ ] nee": this home
            form_item = rx("vgb_form_answer").search(sentence) or hit("vgb_ticked", sentence)
            if (span._.qualifiers or set()) & (NOT_HAPPENED - {"PLANNED", "QUESTION"}) \
                    or (_general(sentence) and not form_item) or hit("vgb_elsewhere", sentence):
                continue
            texts = [sentence]
            if sentence.rstrip().endswith("?") and not form_item:  # a form's question: its answer on the next line
                _, reply = next_line(adoc.document.text, span.sent.start_char + len(sentence.rstrip()))
                yes_no = answer(reply)  # "Ja, beide pleegouders": yes to the question's scope ("alle volwassenen")
                texts = ([f"{sentence.rstrip()} {'ja' if yes_no else 'nee'}"] if yes_no is not None else []) \
                    + _SENTENCE_END.split(reply)  # and what the reply itself says, sentence by sentence
            if _blank_boxes_after(adoc, span.sent.end_char):  # "Alle volwassenen hebben een VGB | ☐ | ☐": not filled in
                continue
            row = _row_before(adoc, span.sent.start_char)
            for text in texts:
                text = rx("vgb_long_form").sub(lambda m: "VGB's" if m.group(1) else "VGB", text)  # its "geen" says nothing
                yield adoc, span, row, _CLAUSE.split(rx("vgb_no_others").sub(" ", text))  # "overige 18+: geen" is no gap


def _blank_boxes_after(adoc: AnalysedDocument, end: int) -> bool:
    """Does the rest of the sentence's line hold only unticked boxes (an empty form row)?"""
    text = adoc.document.text
    while end > 0 and text[end - 1].isspace():  # a sentence may hold its line's end: the rest is then empty
        end -= 1
    stop = text.find("\n", end)
    rest = text[end : stop if stop >= 0 else len(text)]
    return ("☐" in rest or "[ ]" in rest) and not hit("vgb_ticked", rest)


def _general(sentence: str) -> bool:
    """A statement about foster homes in general; "Voor alle volwassenen in huis is een VGB ontvangen" is
    about this one, "Alle volwassen huisgenoten moeten een VGB hebben" is not."""
    if hit("vgb_all", sentence) and not hit("vgb_duty", sentence):  # "alle volwassenen", not "iedere volwassene"
        sentence = rx("vgb_all").sub(lambda m: " " if m.group(0).lower().startswith("alle") else m.group(0), sentence)
    return hit("generic", sentence)


def _row_before(adoc: AnalysedDocument, start: int) -> str:
    """The cells of a table row before the cell a sentence is in ("Daan Schoneveld | zoon | 19 |" before
    "VGB ontvangen 24-08-2023"): whom a bare VGB cell is about. Empty for a sentence that opens its line."""
    text = adoc.document.text
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return line if "|" in line else ""


@dataclass
class _Said:
    """A clause that says a VGB is there, resolved once the whole household is known."""

    clause: str
    before: str  # the clause before, when it gave no verdict: who a bare "VGB 2016" is about
    subject: set[str]  # who the clause before was about ("VGB Jelle: aangevraagd ..., afgegeven 30-01-2023")
    day: dt.date | None = None  # the statement's date (its sentence's, entry's or file's)
    for_all: bool = False  # "alle volwassen huisgenoten"
    written: dt.date | None = None  # when it was written: a "VGB Ruben nog niet ontvangen" written later undoes it


def _coverage(ctx: DossierContext, house: Household) -> tuple[set[str], list[Evidence], list[Evidence]]:
    """(people covered by a VGB, evidence of VGBs, evidence of VGBs that are missing or pending); people
    a missing VGB names are added to the household first, so a VGB said of them anywhere covers them."""
    said: list[_Said] = []
    positive: list[Evidence] = []
    negative: list[Evidence] = []
    lacking: dict[str, list[dt.date | None]] = {}  # person -> days a clause named them as lacking a VGB
    denied: dict[str, list[dt.date | None]] = {}  # ... in a statement that says it is not there (not only "aangevraagd")
    for adoc, span, row, clauses in _statements(ctx):
        before = row
        firm = any(hit("vgb_not_there", c) or _UNTICKED.match(c) for c in clauses)
        item = ""  # all clauses since the last verdict: whose list item a bare "nog niet aanwezig" ends
        subject: set[str] = set()
        for clause, verdict in zip(clauses, _verdicts(clauses, ctx)):
            if verdict is None:
                before, item = clause, item + "," + clause
                continue
            (positive if verdict else negative).append(evidence_for(adoc, span.sent))
            if verdict:
                for_all = hit("vgb_all", clause)  # "alle volwassen huisgenoten": all but those named as lacking later
                # "Ilse, Marco, Roos en Youssef hebben allemaal een VGB": the people of the clauses before it too
                said.append(_Said(clause, item.lstrip(",") or before, subject, _statement_date(adoc, span), for_all,
                                  written_on(adoc, span.start_char) or _clause_day(clause) or _statement_date(adoc, span)))
                before = item = ""
                continue
            # "Daniël Steenhouwer (zoon, 18 sinds 02-03-2025; VGB nog niet aanwezig)": the item's person
            names = _lacking(clause, ctx) or _lacking(item.lstrip(","), ctx)
            before = item = ""
            subject = {person_key(n) for n in names}
            day = _statement_date(adoc, span) if names else None
            for name in names:
                house.add(name, evidence_for(adoc, span.sent))
                lacking.setdefault(person_key(name), []).append(day)
                if firm:
                    denied.setdefault(person_key(name), []).append(written_on(adoc, span.start_char) or day)
    _table_column(ctx, house, said, lacking, denied)
    return _covered(ctx, house, said, lacking, denied), positive, negative


def _table_column(ctx: DossierContext, house: Household, said: list["_Said"], lacking: dict[str, list[dt.date | None]],
                  denied: dict[str, list[dt.date | None]]) -> None:
    """A household table with a VGB column ("Gezinslid | Leeftijd | VGB" over "Femke Boerema (22), dochter |
    19-09-2022", "Daan (16) | n.v.t."): each row's cell in that column is its person's VGB, read as "<person>: VGB
    <cell>" by the clause rules (a date or "afgegeven": there; "aangevraagd", "nee": not; "n.v.t.", "-": nothing)."""
    for adoc in ctx.documents:
        if is_checklist(adoc):
            continue
        text = adoc.document.text
        for table in tables_of(adoc):
            heads = [h.strip() for h in table.header_cells(text)]
            # the VGB's own column, not the day it was requested ("VGB aangevraagd | VGB ontvangen": the last)
            cols = [i for i, h in enumerate(heads) if i and _VGB_COLUMN.match(h) and not _REQUESTED.search(h)]
            col = cols[-1] if cols and _PERSON_COLUMN.match(heads[0]) else None  # "Gezinslid", not "Onderwerp"
            for row in table.rows if col is not None else ():
                if len(row.cells) <= col:
                    continue
                clause = f"{text[slice(*row.cells[0])]}: VGB {text[slice(*row.cells[col])]}"
                verdict = _verdicts([clause], ctx)[0]
                day = written_on(adoc, row.start)
                if verdict:
                    said.append(_Said(clause, "", set(), day, False, day))
                elif verdict is False:
                    for name in _lacking(clause, ctx):
                        house.add(name, evidence_at(adoc, row.start, row.end))
                        lacking.setdefault(person_key(name), []).append(day)
                        denied.setdefault(person_key(name), []).append(day)


_PERSON_COLUMN = re.compile(r"(?i)^(?:naam|namen|gezinslid|gezinsleden|persoon|personen|huisgeno\w*|volwassen\w*|wie|"
                            r"bewoner\w*|lid|leden|samenstelling)\b")
_REQUESTED = re.compile(r"(?i)\baan(?:ge)?vra\w*")
_VGB_COLUMN = re.compile(r"(?i)^(?:VGB(?:'s|s)?|verklaring\s+van\s+geen\s+bezwaar)\b")


def _covered(ctx: DossierContext, house: Household, said: list[_Said],
             lacking: dict[str, list[dt.date | None]], denied: dict[str, list[dt.date | None]]) -> set[str]:
    """Who the positive clauses cover, with the household complete; a person a later statement says has none
    (``denied``: "VGB Lars Vos: aangevraagd op 07-10-2025, nog niet ontvangen") is not covered by an earlier one. A
    later "VGB voor hem is aangevraagd" alone does not undo an earlier "VGB ontvangen 24-08-2023": it may be old news."""
    covered: set[str] = set()
    foster_names = ctx.facts.get("foster_parent_names", set())
    for s in said:
        if s.for_all:  # a specific "VGB Ruben nog niet ontvangen" beats an earlier or undated "alle volwassenen"
            covered |= {p for p in set(FOSTER) | set(house.adults)
                        if not any(s.day is None or d is None or d >= s.day for d in lacking.get(person_key(p), []))}
            continue
        who = _covers(s.clause, house, foster_names)
        if not who and s.subject and hit("vgb_positive", s.clause) and not _BOX.match(s.clause) \
                and not _OTHERS.search(s.clause):  # "VGB voor Ruben aangevraagd, de andere VGB's zijn aanwezig"
            # "VGB Jelle: aangevraagd na zijn 18e verjaardag, afgegeven 30-01-2023"; not "[x] herscreening plannen"
            who = {a for a in house.adults if person_key(a) in s.subject}
        gained = who or (set(FOSTER) if rx("vgb_word").search(s.clause) and house.foster else set())
        if who <= set(FOSTER) and len(house.foster) == 1 and len(house.adults) == 1 and _BOTH.search(s.clause):
            gained |= set(house.adults)  # "VGB van beiden aanwezig": the one carer the file names by role and the other
        if not who:  # "Marjan Kramer (51) en Ruud Kramer (53), VGB 2016": also the people just named
            gained |= {a for a in house.adults  # by first name: a son shares the surname
                       if re.search(rf"\b{re.escape(person_key(a))}\b", s.before)}
            # "VGB: pleegmoeder Ingrid de Ruiter en pleegvader Kees Blom, beide afgegeven ...": roles too
            gained |= _covers(s.before, house, foster_names) & set(FOSTER)
        # the latest word on a person stands: "VGB Lars Vos: aangevraagd op 07-10-2025, nog niet ontvangen" undoes
        # an earlier "VGB's in orde" for Lars, not a later "VGB Lars ontvangen 03-12-2025"
        covered |= {p for p in gained if not _lacking_since(p, s.written, denied)}
    strangers = _named_strangers(ctx, house, said)
    if house.foster and not house.foster <= covered and len(strangers) >= len(house.foster):
        covered |= house.foster  # "VGB's: Anja en Ton allebei binnen": as many other names as the home has carers
    return covered | _roles_by_name(house, covered, strangers & _bare_first_names(said), foster_names)


def _roles_by_name(house: Household, covered: set[str], strangers: set[str], foster_names: set[str]) -> set[str]:
    """Adults the file knows only by a role ("nieuwe partner") whom a VGB names by a first name the file gives no one
    else ("VGB Marek Zielinski afgegeven 04-03-2025; VGB Kasia uit 2023 nog geldig", Kasia the foster mother): the
    role is that person, when the names left over after the foster parents are as many as such roles."""
    roles = [a for a in house.adults if a not in covered and a[:1].islower() and _ROLE_HEAD.search(a)]
    if not roles:
        return set()
    spare = len(strangers - foster_names) if foster_names else len(strangers) - len(house.foster)
    return set(roles) if spare >= len(roles) else set()


def _bare_first_names(said: list["_Said"]) -> set[str]:
    """The first names positive VGB clauses give as the VGB's own subject ("VGB Marek Zielinski afgegeven", "VGB van
    Rik afgegeven"): not a surname, a relative named by kin, the checker ("gecontroleerd door Marloes van Werving en
    Screening") or any other capital in the clause."""
    return {m.group(1) for s in said for m in _VGB_SUBJECT.finditer(s.before + " " + s.clause)}


_VGB_SUBJECT = re.compile(r"(?<![\w-])VGB(?:'s|s)?\s*:?\s+(?:van\s+|voor\s+)?([A-Z][a-zà-ÿ]+)\b")


_BOTH = re.compile(r"(?i)\bVGB(?:'s|s)?\s+(?:van\s+)?(?:beiden|allebei)\b")  # not "Opa en oma hebben beiden een VGB"


def _lacking_since(person: str, day: dt.date | None, denied: dict[str, list[dt.date | None]]) -> bool:
    """Is ``person`` named as lacking a VGB after ``day`` ("VGB Lars Vos: aangevraagd op 07-10-2025, nog niet
    ontvangen" against the plan's "VGB 2023" for the household)? Undated statements decide nothing here, and on
    one day the positive word stands ("VGB Jelle: aangevraagd ..., afgegeven 30-01-2023")."""
    return day is not None and any(d is not None and d > day for d in denied.get(person_key(person), []))


def _named_strangers(ctx: DossierContext, house: Household, said: list["_Said"]) -> set[str]:
    """First names the positive VGB clauses give that are no one else the file knows (the child, other
    children, the scientist, an adult of the home listed by name): the foster parents, when the file
    never says so ("Ilse, Marco, Roos en Youssef hebben allemaal een VGB", Roos and Youssef listed)."""
    known = ctx.facts.get("child_names", set()) | ctx.facts.get("other_child_names", set()) \
        | ctx.facts.get("scientist_names", set()) | {person_key(a) for a in house.adults} | _not_names()
    names = written_names(ctx)
    return {w for s in said if not s.for_all for w in _NAMED.findall(s.before + " " + s.clause)
            if w in names and w not in known}


def _clause_day(clause: str) -> dt.date | None:
    """The last day a clause names for its VGB ("Douwe afgegeven 17-04-2025" after "VGB: Jan en Tryntsje afgegeven
    12-09-2024;"), a month or year read as its end ("VGB aanwezig (maart 2024)"); None when it names none."""
    ends = [_period_end(m) for m in find_dates(clause) if m.precision in ("day", "month", "year")]
    return max(ends) if ends else None


def _period_end(m: DateMention) -> dt.date:
    """The last day of the period a mention names (a year's 31 December, a month's last day, a day itself)."""
    if m.precision == "year":
        return dt.date(m.date.year, 12, 31)
    return month_last(m.date.year, m.date.month) if m.precision == "month" else m.date


def _statement_date(adoc: AnalysedDocument, span: Span) -> dt.date | None:
    """The day a VGB statement was made or is about (its sentence's, entry's or document's date)."""
    mention = sentence_date(adoc, span.sent, anchor=span.start_char).mention
    return mention.date if mention is not None else None


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _named_foster_parents(ctx: DossierContext, house: Household) -> list[str]:
    """The adults the file names with the foster family's surname and no role of their own: the foster
    parents by name ("Pleeggezin: Van Rijn" and "Marloes van Rijn (41), Peter van Rijn (44), dochter Fenna")."""
    surnames = {m.group("name") for adoc in ctx.documents for m in rx("foster_family_name").finditer(adoc.document.text)}
    if not surnames:
        return _foster_by_place(house, _other_names(ctx))
    texts = [adoc.document.text for adoc in ctx.documents]
    out = []
    for adult in house.adults:
        words = adult.split(" (")[0].split()
        if not words or words[-1] not in surnames or any(w.lower() in _ROLE_WORDS for w in words) \
                or (_age(adult) or lexicon()["carer_age"]) < lexicon()["carer_age"]:
            continue  # "Tijmen Koomen (19)" under "Pleeggezin: Koomen": a son by his age
        kin = re.compile(rf"\b(?:{'|'.join(map(re.escape, lexicon()['household_child_words']))})\s+{re.escape(words[0])}\b", re.I)
        # "zoon Ruben (17)" elsewhere: a son; "Jeroen Mulder (31), broer van Ruud": a brother, not a foster parent
        if not any(kin.search(t) for t in texts) and not _kin_after().search(_after(house.adults[adult].sentence, adult)):
            out.append(adult)
    return out if 1 <= len(out) <= 2 else _foster_by_place(house, _other_names(ctx))  # one or two people


@resource_cache
def _kin_after() -> re.Pattern[str]:
    """A kin word opening what follows a person (``further_nl.json`` kin_after_words)."""
    return re.compile(rf"(?i)^[^\w\n]{{0,4}}(?:de\s+|het\s+)?(?:{'|'.join(lexicon()['kin_after_words'])})\b")


def _after(sentence: str, adult: str) -> str:
    """What the sentence says right after the person and the age it gives ("Jeroen Mulder (31), broer van Ruud")."""
    name = adult.split(" (")[0]
    at = sentence.find(name)
    if at < 0:
        return ""
    rest = sentence[at + len(name) :]
    return rest[rest.find(")") + 1 :] if rest.lstrip().startswith("(") else rest


def _other_names(ctx: DossierContext) -> frozenset[str]:
    """Names in the file that are not the child's ("Finn verblijft bij Joost (47) en Annelies (45)": Finn)."""
    return written_names(ctx) - ctx.facts.get("child_names", set()) - ctx.facts.get("other_child_names", set())


def _foster_by_place(house: Household, names: frozenset[str]) -> list[str]:
    """The adults a sentence names as the carers: after a carer's role ("pleegvader Gert-Jan van Asperen (51)",
    "PM Karin Wolters (55)", "Opa Henk de Boer (68)"), or leading a household list before anyone with a
    kin role ("Harm Bosman (58) en Ineke Bosman (56), ...", "Hans (55), Monique (52), zoon Bas (20)");
    not someone who has moved in ("oma Tineke (78, sinds sept. 2025)")."""
    out: list[str] = []
    for adult, ev in house.adults.items():
        name = adult.split(" (")[0]
        at = ev.sentence.find(name)
        if at < 0 or "(" not in adult or hit("newcomer", ev.sentence[at : at + len(name) + 40]):
            continue
        before = ev.sentence[:at]
        if hit("carer_before", before[-25:]):
            out.append(adult)
        elif not hit("kin_before", before) and not _BIRTH_PARENT.search(before) \
                and _lead_adults(house, ev.sentence, adult, names):
            out.append(adult)
    return out if 1 <= len(out) <= 2 else []


def _lead_adults(house: Household, sentence: str, adult: str, names: frozenset[str]) -> bool:
    """Is ``adult`` one of the first two aged adults of a list naming two or more people, or, in a home with
    one foster parent, the aged adult a sentence opens with ("Anke Steenbergen (48) en Roos.")?"""
    listed = sorted((sentence.find(a.split(" (")[0]), a) for a in house.adults if "(" in a and a.split(" (")[0] in sentence)
    if (_age(adult) or 0) < lexicon()["carer_age"]:
        return False
    head = sentence[: listed[0][0]]
    if any(w in names for w in _NAMED.findall(head[head.rfind(":") + 1 :])):
        return False  # "Anke en Bert Smit, Ruben (27), Merel (25)": the carers are named before the aged ones
    if len(house.foster) == 1 and len(listed) == 1:
        at, first = listed[0]
        return first == adult and not sentence[:at].strip(" -–•*").rstrip(":").strip(" *") \
            and not hit("kin_before", sentence[at:])  # "Kevin (31) ..., hij is de vriend van pleegmoeder"
    return len(listed) >= 2 and adult in [a for _, a in listed[:2]]


def detect_vgb(ctx: DossierContext) -> FactResult:
    house = household(ctx)
    about_a_child = ctx.facts.get("child_names") or ctx.facts.get("foster_parent_names") \
        or any(a.structure.entries for a in ctx.documents)
    covered, positive, negative = _coverage(ctx, house)
    # A file that names no household: no member by name or age and no VGB at all (foster parents only as
    # roles: "de pleegmoeder belde"), or a policy or news text about no child.
    composition = house.adults or ctx.facts.get("foster_parent_names") or positive or negative
    if not about_a_child or not composition or (not house.foster and not house.adults):
        return FactResult(None, [], 0.6, DETECTOR, attributes={"missing": [], "adults": []})
    relatives = [a for a in house.adults if a.split()[0].lower() in RELATIVE_CARERS]
    foster = set(house.foster)
    named = _named_foster_parents(ctx, house)  # "Marloes van Rijn (41)" under "Pleeggezin: Van Rijn"
    if named and foster and (all(a in covered for a in named) or foster <= covered):
        covered |= foster | set(named)  # the same people, by role and by name
    if relatives and all(r in covered for r in relatives):  # netwerkpleegzorg: opa and oma are the foster parents
        foster &= covered
    elders = [a for a in house.adults if (_age(a) or 0) >= lexicon()["carers_by_vgb_age"]]
    if foster - covered and len(elders) >= len(foster) and all(a in covered for a in elders):
        foster &= covered  # "Marloes Vos (42)" and "Erwin Kalkman (45)", both with a VGB: the carers by name
    needed = sorted(foster) + sorted(house.adults)
    missing = [p for p in needed if p not in covered]
    attrs = {"missing": missing, "adults": needed}
    if not missing:
        return FactResult(True, positive[:1], 0.8, DETECTOR, "VGB", attrs)
    evidence = [house.adults[p] for p in missing if p in house.adults][:1] or negative[:1] or positive[:1]
    return FactResult(False, evidence, 0.7, DETECTOR, "VGB", attrs)
