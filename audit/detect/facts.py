"""Dossier facts the detectors need: who the foster child is, which other children appear, the placement.

Dossiers name the child in a header field ("Jeugdige: Sanne V.", "Cliënt: Yara B.")
and other children with a kinship word ("pleegbroer Daan", "broertje Jesse").
Knowing both lets the one-on-one detector reject "Daan apart gesproken" in Sanne's file.
"""
from __future__ import annotations

import bisect
import re
from typing import Any

from audit.nlp.components.anchors import finditer
from audit.resources import resource_cache, resource_json
from audit.types import DateMention
from audit.structure.dates import YEAR_WORD, day_at, find_dates

_NAME = r"([A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)"


def _lexicon() -> dict[str, Any]:
    return resource_json("facts_nl.json")


# "Eigen kind: Jules", "ook pleegkind Nova (4 mnd)", "sinds april 2025 pleegkind Noah (4)": a second child
_OTHER_CHILD_LABEL = re.compile(r"(?i)\b(?:eigen|ander|andere|overig|overige|ook|tweede|derde|nieuwe?|sinds\b[^\n|:]{0,25})[ \t]+$")


def kin_follows(text: str, pos: int) -> bool:
    """Does a kinship word in brackets follow ``pos`` (after an optional surname): "Milan Verschuren (broer, 12)"?"""
    return _kin_after().match(text, pos) is not None


@resource_cache
def _kin_after() -> re.Pattern[str]:
    """A kinship word in brackets right after a name and its surname: "Milan Verschuren (broer, 12)"."""
    words = "|".join(re.escape(w) for w in sorted(_lexicon()["other_child_words"], key=len, reverse=True))
    return re.compile(rf"(?i)[ \t]*(?:[A-Z]\.|[^\W\d_]+)?[ \t]*\([ \t]*(?:{words})\b")


# the file's own dossier named by its child, as a header field or "t.b.v. dossier ..." (not "zie dossier Jasmijn")
_DOSSIER_OF = re.compile(rf"(?m:^[ \t]*(?i:dossier)[ \t]*:[ \t]*|(?i:\bt\.?b\.?v\.?[ \t]+(?:het[ \t]+)?dossier)[ \t]+){_NAME}[ \t]+[A-Z]")


_ANSWER_BEFORE = re.compile(r"(?i)(?:,|\b(?:ja|nee|een|tweede|derde|nieuwe?|andere?))[ \t]*$")


def child_names(texts: list[str]) -> set[str]:
    """First names of the foster child, from header fields in the first part of each file.

    A label must carry its value on its line ("Pleegkind\nAuteur: ..." is a heading
    followed by a field, not a name) unless a colon ends it ("Jeugdige:\nSanne V.").
    """
    labels = "|".join(re.escape(x) for x in _lexicon()["child_labels"])
    # "Jeugdige: Sanne", "Jeugdige - Sanne", "Cliënt Sanne"; a table cell "Pleegkind | Sanne" only as a row's first cell
    # ("Relatie tot pleegkind | Lftd" is a column header, "gesprek pleegkind | Esther W." a journal column)
    # "Pleegkind(eren): Roos Hendriksen; ...": a plural's ending before the colon
    pattern = re.compile(rf"(?:(?i:\b(?:{labels}))(?:\([a-z]{{1,4}}\))?(?:[ \t]*:[ \t]*\n?|[ \t]*-?)"
                         rf"|(?m:^)[ \t]*(?i:(?:{labels}))[ \t]*\|)[ \t]*{_NAME}")
    names: dict[str, int] = {}
    for text in texts:
        for m in pattern.finditer(text[:1500]):
            if _OTHER_CHILD_LABEL.search(text, max(0, m.start() - 40), m.start()):  # not "Eigen kind: Jules"
                continue
            if ":" not in m.group(0) and _ANSWER_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "Nieuwe huisgenoten: ja, pleegkind Bram.", "een tweede pleegkind Ravi": another child
            if kin_follows(text, m.end()):  # not "Betreft: Milan Verschuren (broer, 12)"
                continue
            names[m.group(1)] = names.get(m.group(1), 0) + 1
    for text in texts:  # "Export t.b.v. dossier Sanne Visser", "Dossier: Noor Verbrugge": the file's own child
        for m in _DOSSIER_OF.finditer(text[:1500]):
            names[m.group(1)] = names.get(m.group(1), 0) + 1
    stop = set(_lexicon()["not_names"]) | set(_lexicon()["other_child_words"])
    labelled = {n for n in names if n.lower() not in stop}
    if labelled:  # a field that names the child outranks a name guessed from a birth date or an age
        return labelled  # ("Huisgenoten: ... Eva Peeters (16)" is the foster parents' daughter)
    # "Selin H. (geb. 25-11-2013)", "Tijn H., 02-11-2013", "Yara B.  *30-07-2009",
    # "Naam Thijmen Bolhuis Geboortedatum 02/11/2013": name + initial or surname + birth date of a minor
    label = r"(?:(?i:geboortedatum|geb\.?|geboren(?:[ \t]+op)?)[ \t]*:?[ \t]*|\*[ \t]*)"
    # "Roos Lammers (30-07-2008)": a full name with a bracketed birth date
    born = re.compile(rf"{_NAME}[ \t]+(?:[A-Z]\.[ \t]*[,(|]?[ \t]*{label}?|{_SURNAME}[ \t]*(?:[,(|]?[ \t]*{label}|\([ \t]*))(?=\d)")
    # "Romy v. Dalfsen (16)", "Ayoub Benali (11)", "Jayden Post (2 jr 9 mnd)", "Lotte Hendriksma (geb. 22-06-2020)":
    # a name with an age under 18 or a birth ("Anja Kuiper (58)" is a foster mother); not "zus Lotte (8)"
    aged = re.compile(rf"{_NAME}[ \t]+({_SURNAME})[ \t]*\((?:(?:1[0-7]|[1-9])(?:[ \t]*j(?:aa)?r)?"
                      rf"(?:[ \t,]+(?:en[ \t]+)?\d{{1,2}}[ \t]*(?:mnd|maanden|mndn)\.?)?\)|geb)")
    kin = _kin_before()
    for text in texts:
        head = text[:1500]
        for m in born.finditer(head):
            # a bare bracketed date after a full name is a birth only on a header line ("Roos Lammers
            # (30-07-2008) | ZTM-8807"), not in a sentence ("Huisbezoek bij Ellen Smit (12-03-2024)")
            bare = head[m.end() - 1] == "(" or head[: m.end()].rstrip().endswith("(")
            if bare and head[head.rfind("\n", 0, m.start()) + 1 : m.start()].strip():
                continue
            if _minor_birth(head, m.end()) and not kin.search(head[max(0, m.start() - 30) : m.start()]):
                names[m.group(1)] = names.get(m.group(1), 0) + 1
        for m in aged.finditer(head):
            if not kin.search(head[max(0, m.start() - 30) : m.start()]):
                name = _after_document_word(m.group(1), m.group(2))
                names[name] = names.get(name, 0) + 1
    # "Kan Finn (2) bij Liv (4) ... worden geplaatst?": a sentence's first word is no first name when the
    # files write it in lower case as an ordinary word ("kan")
    return {n for n in names if n.lower() not in stop and not _used_as_word(n, texts)}


def _after_document_word(first: str, rest: str) -> str:
    """"Zorgplan Fenna (6)", "Verslag Sem (9)": a title's document word is no first name, the word
    after it is (a name and surname read "Fenna Verhoef (6)" otherwise)."""
    lex = _lexicon()
    words = set(lex["file_name_words"])
    document = first.lower() in words or re.search(lex["document_word_endings"], first.lower())
    name = rest.split()[-1]  # "Zorgplan van Fenna (6)": past a particle
    return name if document and re.fullmatch(_NAME, name) else first


def _used_as_word(name: str, texts: list[str]) -> bool:
    """The files write ``name`` in lower case, as an ordinary word, at least twice, and never capitalised
    in the middle of a sentence ("kan" and "Kan Finn (2) ...?"; but "Ben Jansen (9)" is a name: "met Ben",
    whatever "ik ben blij" says)."""
    word = re.compile(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])")
    if sum(len(word.findall(text)) for text in texts) < 2:
        return False
    inside = re.compile(rf"(?<=[a-zà-ÿ,;)][ \t]){re.escape(name)}(?![\w-])")
    return not any(inside.search(text) for text in texts)


def aged_minor_names(texts: list[str], own: set[str]) -> set[str]:
    """First names written with an age under 18 ("Evi (7) ja, alleen", "Thijs (11) komt dezelfde
    weekenden", "hun dochter Eva (16)") that are not the foster child's: other children of the
    home or the family (only asked when the child's own name is known)."""
    if not own:
        return set()
    aged = re.compile(rf"{_NAME}[ \t]*\((?:1[0-7]|[1-9])(?:[ \t]*j(?:aa)?r)?[,)]")
    stop = set(_lexicon()["not_names"]) | set(_lexicon()["other_child_words"])
    partner = re.compile(r"(?i:\b(?:" + "|".join(re.escape(w) for w in _lexicon()["partner_words"]) + r"))[ \t]*,?[ \t]+$")
    family = re.compile(_lexicon()["family_before_surname"] + r"[ \t]+$")
    found = set()
    for text in texts:
        for m in aged.finditer(text):
            if partner.search(text, max(0, m.start() - 30), m.start()):
                continue  # "haar vriend Daan (17)": the child's boyfriend, not a child of the home
            if family.search(text, max(0, m.start() - 20), m.start()):
                continue  # "Veiligheidscheck pleeggezin Terlouw (1)": the family's name and a form's number
            before = _FIRST_BEFORE.search(text, max(0, m.start() - 40), m.start())
            # "Eva Peeters (16)": the age follows the surname; the first name is the word before it
            name = before.group(1) if before and before.group(1).lower() not in stop else m.group(1)
            found.add(name)
    return {n for n in found if n not in own and n.lower() not in stop and not _used_as_word(n, texts)}


# an adult's age in a bracket, after words or not: "(34)", "(zoon, 21, VGB 2025)", "(dochter pleegouders, 18 jaar)";
# not another number there ("(sinds 25 maart in het gezin)", "(groep 8, 25 leerlingen)")
_ADULT_AGE = r"[ \t]*\((?:[^()\d\n]{0,40}?[,\s])?(?:1[89]|[2-9]\d)(?:[ \t]*(?:jaar|jr\.?))?[ \t]*[,)]"


def adult_names(texts: list[str], own: set[str]) -> set[str]:
    """First names written with an adult's age ("Jeroen (zoon van opa en oma, 33)", "Iris Maas (dochter
    pleegouders, 18)"): grown-ups of the home or the network. A talk "apart met Jeroen" is not with the child."""
    aged = re.compile(rf"{_NAME}{_ADULT_AGE}")
    lex = _lexicon()
    stop = set(lex["not_names"]) | set(lex["other_child_words"]) | set(lex["partner_words"])
    found = set()
    for text in texts:
        for m in aged.finditer(text):
            # "Iris Maas (dochter pleegouders, 18)": Iris; "Pleegmoeder Ilse (45)": Ilse (a role's word is no name)
            before = _FIRST_BEFORE.search(text, max(0, m.start() - 40), m.start())
            role = before is None or before.group(1).lower() in stop or before.group(1).lower().startswith("pleeg")
            found.add(m.group(1) if role else before.group(1))
    return {n for n in found if n not in own and n.lower() not in stop}


_FIRST_BEFORE = re.compile(r"([A-Z][a-zà-ÿ]+)[ \t]+(?:(?:van|de|der|den|ter|ten)[ \t]+)*$")


def child_names_from_file_names(file_names: list[str], texts: list[str]) -> set[str]:
    """A fallback when no header names the child: files named after her ("dossieroverzicht_Femke.docx",
    "overzicht_Lieke_weekendpleegzorg.docx"). A capitalised word of a file name counts when the
    files name it often, it is no dossier word ("Verslag_Matching") and not a family's surname
    ("screeningsrapport_Hoeks": "fam. Hoeks", "mevrouw Hoeks")."""
    lex = _lexicon()
    stop = {w.lower() for w in lex["not_names"] + lex["other_child_words"] + lex["file_name_words"]}
    tokens = {word for name in file_names for word in re.split(r"[_\-. ]+", name.rsplit(".", 1)[0])
              if re.fullmatch(r"[A-Za-z][a-zà-ÿ]{2,}", word) and word.lower() not in stop}
    words = {w[0].upper() + w[1:] for w in tokens}
    # "journaal_liv.txt": a name written in lower case is read as the text writes it ("Liv"), when the text
    # writes it with a child's age or birth ("Liv (4)"): not "plan_hoek.txt" (a surname), "verslag_utrecht.txt"
    lowered = {w[0].upper() + w[1:] for w in tokens if w[0].islower()} - {w for w in tokens if w[0].isupper()}
    if not words:
        return set()
    text = "\n".join(texts)
    found: set[str] = set()
    for word in words:
        if _used_as_word(word, texts):  # "journaal_plaatsing.txt": "plaatsing" is a word, not a name
            continue
        greet = "|".join(lex["salutations"])
        # a lower-case file name's word must be written as a child somewhere: with an age or birth ("Liv (4)",
        # "Roos Lammers (30-07-2008)"), greeted ("Hoi Tess") or as company ("met Liv"); "plan_hoek.txt" is not
        if word in lowered and not re.search(rf"\b{word}(?:[ \t]+{_SURNAME})?[ \t]*\((?:\d|geb)|\b(?:{greet}|met|aan)[ \t]+{word}\b",
                                             text):
            continue
        mentions = len(re.findall(rf"\b{word}\b", text))
        # "fam. Lammers"; for a lower-case file name also "Roos Lammers", "Hennie Lammers" (a surname) and
        # "bij Karakter", "in Utrecht" (an organisation, a place)
        as_surname = len(re.findall(rf"{lex['family_before_surname']}[ \t]+{word}\b", text)) \
            + (_surname_or_place_uses(word, text, lex) if word in lowered else 0)
        if mentions >= 3 and as_surname * 2 < mentions:
            found.add(word)
    # "advies_plaatsing_finn.pdf" beside "journaal_liv.txt": a name the files give a kinship word ("broertje Finn")
    # is another child's
    return found - other_child_names(texts, set()) if found else found



def _surname_or_place_uses(word: str, text: str, lex: dict[str, Any]) -> int:
    """How often ``word`` follows a first name mid-sentence ("Hennie Lammers") or a place preposition ("bij
    Karakter", "in Utrecht"; lex ``place_prepositions``): a surname, a place or an organisation, not the child.
    A sentence's first word ("Met Liv", "Vandaag Liv") and a greeting ("Hoi Tess") are neither."""
    greet = "|".join(lex["salutations"])
    places = "|".join(lex["place_prepositions"])
    count = 0
    for m in re.finditer(rf"\b(?!(?:{greet})\b)([A-Z][a-zà-ÿ]+|{places})[ \t]{word}\b", text):
        before = text[max(0, m.start() - 2) : m.start()]
        if m.group(1)[0].isupper() and (m.start() == 0 or before.endswith(("\n", ". ", "! ", "? ", ": "))):
            continue
        count += 1
    return count


def child_names_from_titles(texts: list[str]) -> set[str]:
    """A fallback when no field names the child: a file's title that is a document word and a full name
    ("Dossieroverzicht Mila Haverkamp (netwerkplaatsing)", "Voortgangsverslag Mila Haverkamp"), her first
    name written often in the files. A field outranks it: "Gespreksverslag Anja Kuiper" may be a foster mother's."""
    lex = _lexicon()
    rules = lex["title_names"]
    stop = {w.lower() for w in lex["not_names"] + lex["other_child_words"]}
    title = re.compile(rf"^\W*([A-Za-zà-ÿ]+)[ \t]+{rules['between']}[ \t]*{_NAME}[ \t]+{_SURNAME}\b")
    found: set[str] = set()
    for text in texts:
        for line in [x for x in text.splitlines() if x.strip()][: rules["title_lines"]]:
            m = title.match(line)
            if not m or not re.match(rules["document"], m.group(1)) or not re.match(rules["after_name"], line[m.end() :]):
                continue  # "Pleegzorg Midden Brabant", "Gespreksverslag Nadia Smit (pleegmoeder)"
            name = m.group(2)
            mentions = sum(len(re.findall(rf"\b{re.escape(name)}\b", t)) for t in texts)
            if name.lower() not in stop and mentions >= rules["min_mentions"] and not _used_as_word(name, texts):
                found.add(name)
    return found


def child_names_from_living(texts: list[str]) -> set[str]:
    """A last fallback: who the files say lives with the foster family ("Thijmen woont bij pleegmoeder
    Anouk"), when no field, birth date, age or file name names the child."""
    lex = _lexicon()
    stop = {w.lower() for w in lex["not_names"] + lex["other_child_words"]}
    stop |= {"hij", "zij", "ze", "het", "er", "die", "dit", "dat", "wie", "men"}  # "Hij woont bij zijn pleegouders"
    pattern, kin, parent = re.compile(lex["lives_with_foster_family"]), _kin_before(), re.compile(lex["parent_before"])
    return {m.group(1) for text in texts for m in pattern.finditer(text)
            if m.group(1).lower() not in stop and not kin.search(text[max(0, m.start() - 30) : m.start()])
            and not parent.search(text[max(0, m.start() - 30) : m.start()])}  # not "Moeder Linda woont bij oma"


@resource_cache
def _kin_before() -> re.Pattern[str]:
    """ "Zijn broer Sven": a kin word just before a name makes it another child's."""
    words = "|".join(re.escape(w) for w in _lexicon()["other_child_words"])
    return re.compile(rf"(?i:\b(?:{words}))[ \t]+$")


def nicknames(texts: list[str], own: set[str]) -> set[str]:
    """The child's other name, in brackets after her name or in a field ("Yasmina (Mina) Amrani",
    "Roepnaam: Mina"): files use either, and the other is no other child."""
    if not own:
        return set()
    lex = _lexicon()
    stop = {w.lower() for w in lex["not_names"] + lex["other_child_words"]}
    after = re.compile(rf"\b(?:{'|'.join(re.escape(n) for n in sorted(own))})\b(?:{lex['nickname_after']})")
    field = re.compile(lex["nickname_field"])
    found = {g for text in texts for m in after.finditer(text) for g in m.groups() if g}
    # "Roepnaam: Mina" under the child's own name (not in a foster parent's block of a screening form)
    found |= {m.group(1) for text in texts if len(own) == 1 for m in field.finditer(text[:1500])
              if any(n in text[max(0, m.start() - 120) : m.start()] for n in own)}
    return {n for n in found if n.lower() not in stop} - own


_SURNAME = (r"(?:(?:v\.|van|de|der|den|ter|ten|el|El|al|Al|ben|Ben|bin|da|dos|du|la|le|von)[ \t]+)*"
            r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?")  # "Yara El Idrissi", "Ayoub Ben Ali": the particle is part of it


def _minor_birth(text: str, at: int) -> bool:
    """The date at ``at`` is a child's birth date: no more than 18 years before the latest year the text names."""
    births = [m for m in find_dates(text[at : at + 12]) if m.start == 0]
    if not births:
        return False
    latest = max((int(y) for y in YEAR_WORD.findall(text)), default=births[0].date.year)
    return latest - births[0].date.year < 18


_LABEL_LINE = re.compile(r"(?m)^[ \t]*(?:[-•*][ \t]*)?([A-Z][a-zà-ÿ]+)(?:[ \t]+(?:en|&)[ \t]+([A-Z][a-zà-ÿ]+))?[ \t]*:[ \t]+\S")


_BORN = re.compile(rf"{_NAME}[ \t]+{_SURNAME}[ \t]*\((?=\d)")


def labelled_child_names(texts: list[str], own: set[str], minors: set[str] | None = None) -> set[str]:
    """A foster family's file writes a paragraph per child, opened by the child's name ("Mila: slaapt
    beter.", "Sem: ...", "Mila en Sem: ..."): in a text where the child's own name opens such a paragraph,
    the other names that do, and that the files write with a minor's birth date or age, are the other
    children (foster parents and scientists are taken out by the caller). ``minors``: those names when the
    caller has them (``born_minor_names`` and ``aged_minor_names``)."""
    if not own:
        return set()
    stop = {w.lower() for w in _lexicon()["not_names"]} | {w.lower() for w in _lexicon()["other_child_words"]}
    found: set[str] = set()
    for text in texts:
        labels = {n for m in _LABEL_LINE.finditer(text) for n in m.groups() if n}
        if labels & own:
            found |= {n for n in labels - own if n.lower() not in stop}
    # a child of the family: written with a minor's birth date or age somewhere ("Ravi Doerga (14-03-2016)"),
    # not a speaker in minutes ("Sandra: ...", "Jan: ...") nor a label word ("Datum:", "Gezin:")
    return found & (minors if minors is not None else born_minor_names(texts) | aged_minor_names(texts, own))


def born_minor_names(texts: list[str]) -> set[str]:
    """First names written with a child's birth date ("Ravi Doerga (14-03-2016)"): minors, whatever role
    words stand near them."""
    return {m.group(1) for text in texts for m in _BORN.finditer(text)
            if _minor_birth(text, m.end()) or _minor_birth_year(text, m.end())}


def _minor_birth_year(text: str, at: int) -> bool:
    """A bare birth year at ``at`` ("Ties Bosman (2016), zoon van ...") no more than 18 years before the latest
    year the text names."""
    m = re.match(r"(\d{4})\b(?![-/.]\d)", text[at : at + 6])
    if m is None:
        return False
    latest = max((int(y) for y in YEAR_WORD.findall(text)), default=int(m.group(1)))
    return 0 <= latest - int(m.group(1)) < 18


def other_child_names(texts: list[str], own: set[str]) -> set[str]:
    """Names introduced as another child: "pleegzus Noor", "een halfzusje, Jill (4)", "Sophie (eigen dochter van PO)",
    "Lieke, de pleegzus,", "Zusje van Siem, Evi"."""
    words = "|".join(re.escape(x) for x in _lexicon()["other_child_words"])
    adj = "(?:(?:" + "|".join(re.escape(a) for a in _lexicon()["other_child_adjectives"]) + r")\s+)?"
    patterns = [
        re.compile(rf"(?i:\b(?:{words}))\s+(?:\(\d+\)\s+)?{_NAME}"),
        re.compile(rf"(?i:\b(?:een|haar|zijn)\s+(?:{words})),[ \t]+{_NAME}"),  # "Noor heeft een halfzusje, Jill (4), die ..."
        re.compile(rf"{_NAME}\s*\((?i:{adj}(?:{words}))\b"),
        re.compile(rf"{_NAME},\s+(?i:(?:de|het|haar|zijn)\s+{adj}(?:{words}))\b"),
        re.compile(rf"(?i:\b(?:{words}))\s+van\s+[A-Z][a-zà-ÿ]+,\s+{_NAME}"),
    ]
    stop = set(_lexicon()["not_names"])
    # "netwerkpleegzorg bij zus Naomi", "geplaatst bij oom Karel": the relative is the carer, not a child
    carer = re.compile(_lexicon()["carer_before"])
    # "haar broer Joost (34)", "Sven Terlouw (zoon, 21, VGB 2025)", "Iris Maas (dochter pleegouders, 18)": an adult
    adult = re.compile(_ADULT_AGE)
    found = {_first_name(text, m) for text in texts for p in patterns for m in finditer(p, text)
             if not _across_lines(m) and not carer.search(text[max(0, m.start() - 30) : m.start()]) and not adult.match(text, m.end(1))
             and not _parent_of().search(text, max(0, m.start(1) - 20), m.start(1)) and not _adult_relative(text, m)
             and not _the_foster_child(text, m)}
    return {n for n in found if n not in own and n.lower() not in stop}


_ANOTHER_BEFORE = re.compile(r"(?i)\b(?:ander|andere|tweede|derde|nieuw|nieuwe|een|jongste|oudste)[ \t]+$")


def _the_foster_child(text: str, m: re.Match[str]) -> bool:
    """"pleegkind Bram (6)" in a list of who was there is the file's child, not another; only "een tweede pleegkind
    Ravi", "het andere pleegkind Mila" name another."""
    return m.group(0).lower().startswith("pleegkind") and not _ANOTHER_BEFORE.search(text, max(0, m.start() - 20),
                                                                                    m.start())


_FULL_NAME_BEFORE = re.compile(r"(?:[,;:(]|\ben)[ \t]*([A-Z][a-zà-ÿ]+)[ \t]+$")


def _first_name(text: str, m: re.Match[str]) -> str:
    """The child's first name where the match took a surname: "Pleeggezin: ..., Lisa Terlouw (dochter, 12)" names
    Lisa, not Terlouw (the whole family's name, which would make every line on the family another child's)."""
    full = _FULL_NAME_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1)) if m.start(1) == m.start() else None
    return full.group(1) if full is not None else m.group(1)


def _adult_relative(text: str, m: re.Match[str]) -> bool:
    """ "tante Samira (zus van moeder)", "buurvrouw Loes", "Ank (zus van opa)": an adult of the network whose
    name stands next to a sibling word, not another child ("Eva (dochter van pleegmoeder)" is a child)."""
    lex = _lexicon()
    sibling = re.search(r"(?i)(?:zus|broer)\w*$", m.group(0)) is not None
    return bool(re.search(lex["adult_before"], text[max(0, m.start(1) - 30) : m.start(1)])
                or sibling and re.match(lex["parents_sibling"], text[m.end() : m.end() + 40]))


def birth_parent_names(texts: list[str]) -> set[str]:
    """First names the files give the birth parents ("Moeder: Sandra Bakker", "Sandra (moeder)")."""
    rx = re.compile(_lexicon()["birth_parent_name"])
    stop = set(_lexicon()["not_names"])
    return {n for t in texts for m in rx.finditer(t) for n in m.groups() if n and n.lower() not in stop}


@resource_cache
def _parent_of() -> re.Pattern[str]:
    """ "Jesse (zoon Yvonne, 17)": in a bracket after a child's name, the name after "zoon" is the parent's."""
    words = "|".join(re.escape(w) for w in _lexicon()["parent_of_words"])
    return re.compile(rf"\([ \t]*(?i:{words})[ \t]+(?:van[ \t]+)?$")


def placement(texts: list[str], own: frozenset[str] | set[str] = frozenset()
              ) -> tuple[str | None, DateMention | None, tuple[int, int] | None]:
    """Placement type and start date from the dossier header fields (or, failing those, from where the
    files say the child ``own`` lives since a day).

    Returns (type, start date, (text index, offset) of the type cue) — the first file
    that names a type wins, since dossier headers state it up front.
    """
    lex = _lexicon()
    ptype, where = None, None
    for i, text in enumerate(texts):
        head = text[:2000].lower()
        best = None
        for typ, cues in lex["placement_types"].items():
            for cue in cues:
                m = re.search(rf"(?<!\w){re.escape(cue)}", head)
                if m and (best is None or m.start() < best[1]):
                    best = (typ, m.start())
        if best:
            ptype, where = best[0], (i, best[1])
            break
    # a placement field's own label first, in every file; a bare "start 25-11-2024" (a temp's first day in
    # her journal) only when no file has one
    start = _labelled_start(texts, lex["start_labels"]) or _labelled_start(texts, lex["start_labels_weak"], True) \
        or _living_start(texts, own)
    return ptype, start, where


def _living_start(texts: list[str], own: set[str] | frozenset[str]) -> DateMention | None:
    """The day the files say the child lives in the foster home since ("Milan woont sinds 14 augustus 2023
    bij Ria en Kees"): a report's sentence where no header has a start field (``start_living``); of several, the
    latest (an earlier home is told the same way)."""
    lex = _lexicon()
    names = "|".join(re.escape(n) for n in sorted(own, key=len, reverse=True)) or r"(?!x)x"
    pattern, after = re.compile(lex["start_living"].replace("{names}", names)), re.compile(lex["start_living_after"])
    found = []
    for text in texts:
        for m in pattern.finditer(text):
            day = day_at(text, m.end())
            if day is not None and after.match(text, m.end() + day.end):
                found.append(day)
    return max(found, key=lambda d: d.date, default=None)


_WORD_START = r"(?<!\w)"


def _labelled_start(texts: list[str], labels: list[str], whole_word: bool = False) -> DateMention | None:
    """The first day-date right after a start label ("Plaatsingsdatum: 12-03-2022"; "Soort plaatsing:
    bestandsplaatsing, sinds 4 oktober 2021"; "Crisisplaatsing: 03-11-2025"), in the files' openings.
    ``whole_word``: the label is a word of its own, not the end of one (a bare "start": a form's "Gestart op:
    09-09-2025" is no placement's start)."""
    alternatives = "|".join(re.escape(x) for x in labels)
    not_between = re.compile(_lexicon()["start_not_between"])
    # the date right after the label, or after the placement type's value ("bestandspleegzorg sinds 5 maart 2018")
    lead = _WORD_START if whole_word else ""
    pattern = re.compile(rf"(?i){lead}(?:{alternatives})(?:(?P<value>[^\n\d.;]{{0,60}}?)(?:,\s*|\s+)sinds\s+|[^\n\d]{{0,20}})")
    for text in texts:
        for m in pattern.finditer(text[:3000]):
            if not_between.search(m.group("value") if m.group("value") is not None else m.group(0)):
                continue  # "Finn start voor 1 juli 2025 met EMDR": a deadline
            day = day_at(text, m.end())
            if day is not None:
                return day
    return None


_PERSON = r"([A-Z][a-zà-ÿ]+)(?:\s+(?:van\s+|de\s+|van\s+der\s+|ter\s+)?([A-Z][a-zà-ÿ]+))?"
_PERSON_ON_LINE = _PERSON.replace(r"\s", "[ \t]")  # a name does not run on into the next line's label


def foster_parent_names(texts: list[str], own: set[str]) -> set[str]:
    """First names of the foster parents ("Pleegouders: Sharon en Patrick Veldkamp", "geplaatst bij
    Sanne en Joost", "PV (Harm)"): e-mails and reports name them where a form says "PM"."""
    stop = set(_lexicon()["not_names"])
    found: set[str] = set()
    for pattern in _lexicon()["foster_parent_names"]:
        rx = re.compile(pattern)
        for text in texts:
            for m in finditer(rx, text):  # the matches of rx.finditer, found from the literals they need
                if not _across_lines(m):
                    found.update(g for g in m.groups() if g)
    return {n for n in found if n not in own and n.lower() not in stop}


def foster_family_names(texts: list[str], own: set[str]) -> tuple[set[str], set[str]]:
    """(first names, family names) of the foster family where the file names one parent or the family at a
    time ("Pleegouder Karin Smeenk", "Esther van Dalen | pleegmoeder", "Pleeggezin Mol, Watermolen"):
    a journal then writes "huisbezoek bij Mol thuis" or "bij Karin thuis" for the foster home
    (``facts_nl.json`` foster_family_names; pairs are foster_parent_names')."""
    stop = {w.lower() for w in _lexicon()["not_names"]}
    firsts: set[str] = set()
    surnames: set[str] = set()
    for pattern in _lexicon()["foster_family_names"]:
        rx = re.compile(pattern)
        for text in texts:
            for m in finditer(rx, text):
                groups = m.groupdict()
                if groups.get("first"):
                    firsts.add(groups["first"])
                if groups.get("sur"):
                    surnames.add(groups["sur"])
    keep = {n for n in firsts if n not in own and n.lower() not in stop}
    return keep, {n for n in surnames if n not in own and n.lower() not in stop}


def foster_family_sibling(texts: list[str]) -> bool:
    """A foster-family field names a sibling as the foster parent ("Pleeggezin: netwerkpleeggezin bij haar halfzus
    Sanne de Vries"): a sibling's home is then the child's own (``sibling_foster_family``)."""
    rx = re.compile(resource_json("facts_nl.json")["sibling_foster_family"])
    return any(rx.search(t) for t in texts)


def siblings_home(text: str, facts: dict[str, Any]) -> bool:
    """The sentence calls a family a sibling's home ("bij fam. Hazelaar (weekendgezin van broertje Stijn)",
    ``sibling_home``) and names none of our foster family: a kinship home with the child's own adult sister
    ("het gezin van haar halfzus Sanne", Sanne a foster parent) is ours."""
    if facts.get("foster_family_sibling") or re.search(resource_json("facts_nl.json")["sibling_home"], text) is None:
        return False  # "Pleeggezin: netwerkpleeggezin bij haar halfzus Sanne": a sister's home is hers
    ours = facts.get("foster_parent_names", set()) | facts.get("foster_surnames", set())
    return not any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) for name in ours if name)


def same_family(word: str, surnames: set[str]) -> bool:
    """``word`` is one of ``surnames``, in any case of its particles ("Van Dalen" for "van Dalen") or as the
    family's plural ("de Akkermannen", "de Mollen", "de Vissers")."""
    low = word.lower()
    for name in surnames:
        name = name.lower()
        if low == name or (low.startswith(name) and low[len(name):] in ("s", "'s", "en", name[-1:] + "en")):
            return True
    return False


def _across_lines(m: re.Match[str]) -> bool:
    """A label with one capitalised word on the next line is a heading and the next line's first word
    ("Pleeggezin\nSoc.-emotioneel", "pleegkind\nAuteur: ..."), not a label and a name; a heading over a
    paragraph that opens with two names ("Pleegouders\nAnja en Harm geven aan ...") is kept."""
    if "\n" not in m.string[m.start() : m.start(1)]:
        return False
    return sum(1 for g in m.groups() if g) < 2


def scientist_role(text: str, head: bool = False) -> bool:
    """Does ``text`` name the behavioural scientist's role ("onze gedragswetenschapper", "de GW")? ``head``: as
    the first thing it names ("onze gedragswetenschapper", not "overleg van ... en gedragswetenschapper")."""
    roles = "|".join(re.escape(r) for r in _lexicon()["scientist_roles"])
    role = rf"(?:\b(?:{roles})\b|(?i:gedragswetenschapper|orthopedago\w*|gedragsdeskundig\w*))"
    if head:
        return re.match(rf"(?i:\W*(?:(?:de|het|onze|ons|een)\s+)?){role}", text) is not None
    return re.search(role, text) is not None


def scientist_names(texts: list[str]) -> set[str]:
    """First and last names of the behavioural scientist, so "Advies Henk:" and "Rutger adviseert"
    are recognised as the GW's advice. Taken from "GW: Henk Kolkman", "GW team Noord: Henk Kolkman",
    "Rutger Smeenk (GW)", "Carla Wessels (orthopedagoog/GW)", "Pieter Hazelaar (psycholoog, in de rol van GW)",
    "met Karin, de gedragsdeskundige, ..."."""
    lex = _lexicon()
    role = "(?:" + "|".join(re.escape(r) for r in lex["scientist_roles"]) + "|(?i:gedragswetenschapper|orthopedagoog))"
    # "mw. drs. H.": forms of address, titles and initials before the name
    address = "(?:(?:" + "|".join(re.escape(p) for p in lex["name_prefixes"]) + r")\s+)*(?:[A-Z]\.\s*)*"
    # "GW: Henk Kolkman"; a table's label cell "Gedragswetenschapper | dhr. R. Oosterbeek" (at the line's start)
    after_role = re.compile(rf"\b{role}\b[^:\n]{{0,20}}:\s*{address}{_PERSON_ON_LINE}|(?m:^)[ \t]*{role}[ \t]*\|[ \t]*{address}{_PERSON_ON_LINE}")
    # "Rutger Smeenk (GW)"; "drs. H. Brinkhorst | gedragswetenschapper (gezien)", not "... | GW: Hanneke" (the next field)
    role_after = re.compile(rf"{_PERSON_ON_LINE}\s*\((?:[^()\n]{{0,30}}\b)?{role}\b|{_PERSON_ON_LINE}[ \t]*\|[ \t]*{role}\b(?![ \t]*:)")
    role_before = re.compile(rf"\b(?:met|door|van)\s+(?:de\s+)?{role}\s+{address}{_PERSON_ON_LINE}")
    # "Ik heb met Karin, de gedragsdeskundige, over jou gepraat", "Sophie, onze gedragswetenschapper, ..."
    apposition = re.compile(rf"{_PERSON_ON_LINE},\s+(?:de|onze|ons|jullie|mijn|jouw|je)\s+{role}\b")
    stop = set(lex["not_names"]) | set(lex["scientist_name_stopwords"])
    needles = _role_needles(list(lex["scientist_roles"]) + ["gedragswetenschapper", "orthopedagoog"])
    found: set[str] = set()
    for text in texts:
        # Every pattern holds a role word: searched only around one (lines before and after), which
        # spares a regex attempt at every character of a long file (issue 13)
        for start, end in _role_windows(text, needles):
            for pattern in (after_role, role_after, role_before, apposition):
                for m in pattern.finditer(text, start, end):
                    found.update(g for g in m.groups() if g and g.lower() not in stop)
    return found


def _role_needles(roles: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(case-sensitive needles, lower-case needles) that find every place a role word can be:
    a role with a capital ("GW") as written, any other in the lower-cased text."""
    exact = tuple(sorted({r for r in roles if r != r.lower()}))
    lower = tuple(sorted({r.lower() for r in roles if r == r.lower()}))
    return exact, lower


def _role_windows(text: str, needles: tuple[tuple[str, ...], tuple[str, ...]], lines: int = 2) -> list[tuple[int, int]]:
    """Merged (start, end) spans from ``lines`` non-blank lines above each role word to ``lines`` below
    (a name may stand a few blank lines under "GW:")."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer: offsets would shift
        return [(0, len(text))]
    places: set[int] = set()
    for haystack, group in ((text, needles[0]), (lowered, needles[1])):
        for needle in group:
            i = haystack.find(needle)
            while i >= 0:
                places.add(i)
                i = haystack.find(needle, i + 1)
    if not places:
        return []
    # (start, end) of every non-blank line; a role word's line is one of them
    filled = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*", text) if m.group().strip()]
    starts = [start for start, _ in filled]
    windows: list[tuple[int, int]] = []
    for place in sorted(places):
        k = bisect.bisect_right(starts, place) - 1
        start = filled[k - lines][0] if k >= lines else 0
        end = filled[k + lines][1] if k + lines < len(filled) else len(text)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows
