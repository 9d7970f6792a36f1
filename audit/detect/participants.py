"""Who an event is about or with: our foster child, another child of the household, an informal person.

Dossiers of a household mention its other children ("pleegbroer Daan") and relatives;
"Daan apart gesproken" in Sanne's file is no talk with Sanne. Word lists and regexes
live in ``facts_nl.json``.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from spacy.tokens import Span

from audit.resources import resource_cache, resource_json
from audit.structure.dates import find_dates
from audit.types import DossierContext


@resource_cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = resource_json("facts_nl.json")
    return (re.compile(lex["kin_of"]), re.compile(lex["clause_break"]), re.compile(lex["topic_of"]),
            re.compile(lex["addressed_child"]), re.compile(lex["addressed_subject"]))


def addressed_subject(span: Span) -> bool:
    """The span's subject is the child addressed ("Je belde mij vanavond" in a letter to the child)."""
    return any(_patterns()[4].match(token.text) for token in span)


def names_in(text: str, names: set[str], ignore_case: bool = False) -> set[str]:
    """Names mentioned in ``text``; "het zusje van Joep" does not mention Joep as a participant.
    ``ignore_case``: also a name written in lower case ("met ilse alleen", dictated or hasty notes)."""
    text = _patterns()[0].sub(" ", text)
    flags = re.IGNORECASE if ignore_case else 0
    return {n for n in names if _name_regex(n, flags).search(text)}


@lru_cache(maxsize=1024)
def _name_regex(name: str, flags: int) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(name)}(?:'s|’s|s)?\b", flags)


def trigger_clause(sent: Span, span: Span, sent_text: str | None = None) -> str:
    """The clause holding the trigger: the sentence cut at commas and conjunctions around it.

    ``sent_text``: ``sent.text`` when the caller has it (spaCy builds it token by token).
    """
    clause_break = _patterns()[1]
    text = sent.text if sent_text is None else sent_text
    lo, hi = span.start_char - sent.start_char, span.end_char - sent.start_char
    left = [m.end() for m in clause_break.finditer(text, 0, lo)]
    right = clause_break.search(text, hi)
    return text[(left[-1] if left else 0) : (right.start() if right else len(text))]


def about_other_child(sent: Span, span: Span, ctx: DossierContext, whole_sentence: bool = False,
                      sent_text: str | None = None) -> bool:
    """The event is about another child of the household, not ours.

    For talks the participant is named in the trigger's clause or before it
    ("Yusuf, de oudere broer, wilde ook even zonder PO praten"); for advice and
    checks anywhere in the sentence ("Advies GW over Sophie (eigen dochter van PO)").
    ``sent_text``: ``sent.text`` when the caller has it.
    """
    sent_text = sent.text if sent_text is None else sent_text
    if whole_sentence:
        text = sent_text
    else:
        clause = trigger_clause(sent, span, sent_text)
        text = sent_text[: sent_text.index(clause) + len(clause)] if clause in sent_text else sent_text
    others = names_in(text, ctx.facts.get("other_child_names", set()))
    # our child as the talk's topic is no participant: "haar PZB heeft haar apart gesproken over de bezoeken aan Mees"
    own = names_in(_patterns()[2].sub(" ", text), ctx.facts.get("child_names", set())) \
        or initial_of(text, ctx.facts.get("child_names", set()))
    # "een rustig halfuur met jou, zonder Lotte en Fleur erbij": written to the child, "jou" is our child
    return bool(others) and not own and not _patterns()[3].search(text)


def initial_of(text: str, names: set[str]) -> bool:
    """The child written as her initial ("advies om B. een eigen plek te geven", Bilal): she is named too."""
    initials = {n[0] for n in names if n}
    return any(re.search(rf"(?<![\w.]){i}\.(?![\w.])", text) for i in initials)


FIRST_PERSON = frozenset({"ik", "we", "wij"})
_PREPOSITIONS = frozenset({"met", "bij", "naar", "van", "voor", "over", "aan", "door", "zonder"})


def without_leading_date(text: str) -> str:
    """``text`` after a date it opens with ("Za 22 feb: Ellen en Sven ..." -> "Ellen en Sven ...")."""
    lead = find_dates(text[:24], context_date=dt.date(2000, 1, 1))
    return text[lead[0].end :].lstrip(" :-–—,") if lead and lead[0].start <= 4 else text


def writer_is_subject(before_trigger: str) -> bool:
    """In a file the foster parents write, the trigger's clause has the writer as its subject
    ("Sven had een slechte nacht, we hebben samen pannenkoeken gebakken"): a foster parent's own
    time with the child, no talk with the worker. "met ons" is company, not the subject."""
    words = re.findall(r"[\w'-]+", without_leading_date(clause_before(before_trigger)).lower())
    return any(w in FIRST_PERSON and (i == 0 or words[i - 1] not in _PREPOSITIONS) for i, w in enumerate(words[:3]))


def subjectless(before_trigger: str) -> bool:
    """The trigger's clause names nobody before it ("Vanmiddag met Roos alleen naar de stad"): in a file the foster
    parents write, the note is the writer's (``subjectless_openers`` in facts_nl.json)."""
    # the whole sentence before the trigger: "Ze sprak eerst met ons en daarna met Jesse alleen" has its subject
    words = re.findall(r"[\w'-]+", without_leading_date(before_trigger).lower())
    openers = frozenset(resource_json("facts_nl.json")["subjectless_openers"])
    # "met Roos" before "alleen" is company, not a subject
    company = {i + 1 for i, w in enumerate(words) if w == "met"} | {i for i, w in enumerate(words) if w == "met"}
    return bool(words) and all(w in openers or i in company for i, w in enumerate(words))


def clause_before(before_trigger: str) -> str:
    """The trigger's own clause up to the trigger: ``before_trigger`` after its last clause break."""
    breaks = list(_patterns()[1].finditer(before_trigger))
    return before_trigger[breaks[-1].end() :] if breaks else before_trigger


_COMPANY = re.compile(r"[ \t]*(?:(?:de|het|haar|zijn|hun)[ \t]+)?([\w'-]+)")


@resource_cache
def _owner_after() -> re.Pattern[str]:
    return re.compile(resource_json("facts_nl.json")["owner_after"])


def informal_owner(after_trigger: str, names: frozenset[str] = frozenset(), company: bool = False) -> bool:
    """The words right after a one-on-one cue give the time to an informal person or a foster parent
    ("vaste een-op-een tijd van Sanne of Dennis met Liv", "1-op-1 momenten tussen pleegmoeder en Liv"), or,
    after a cue that ends in "met" (``company``), name them as the child's company ("deels, alleen met neef
    Thijs"): their time with the child, not the worker's. ``names``: the foster parents' first names, lower case."""
    m = (_COMPANY if company else _owner_after()).match(after_trigger)
    if m is None:
        return False
    lex = resource_json("facts_nl.json")
    word = m.group(1).lower()
    return word in lex["informal_persons"] or word.endswith(tuple(lex["informal_suffixes"])) or word in names


def informal_speaker(before_trigger: str, names: frozenset[str] = frozenset()) -> bool:
    """The words before a talk trigger make an informal person (aunt, JIM, parent) its subject.

    Only when no professional is named there too: "PZB en oma ..." stays a professional talk; but a clause in
    inverted order names its own subject after its auxiliary ("JB belt: bij de omgang heeft mama Roos apart genomen").
    ``names``: the foster parents' first names, lower case ("Rutger met Sven alleen naar de bouwmarkt");
    then a leading date ("Ma 9/9 Rutger ...") is no word of the subject.
    """
    lex = resource_json("facts_nl.json")
    if informal_teller(before_trigger, names):
        return True
    # "Eerst met pleegouders, daarna heeft Lotte apart ...": the subject is in the clause after the last step
    steps = list(re.finditer(lex["sequence_break"], before_trigger))
    if steps:
        before_trigger = before_trigger[steps[-1].end() :]
    if names:
        before_trigger = without_leading_date(before_trigger)
    before_trigger = re.sub(lex["writer_label"], "", before_trigger)  # "Genoteerd namens PZB: buddy Jordy heeft ..."
    inverted = re.search(lex["inverted_subject"], before_trigger)  # "... van vorige week heeft mama Roos apart genomen"
    if inverted is not None and _informal_word(inverted.group(1).lower(), lex, names):
        return True
    words = re.findall(r"[\w'-]+", before_trigger.lower())
    if not words or any(w in lex["professionals"] for w in words):
        return False
    # "veiligheidschecklist met PM, Yusuf apart gesproken": after "met" a person is company, not the subject; "bij
    # PO thuis" a place ("VC bij PO thuis, Roos eerst apart gevraagd"; not "Bij oma heeft Roos ..., oma heeft haar
    # alleen gesproken"); a foster parent's name after a preposition is a place or company ("Sem bij Frank afgezet")
    return any((_informal_word(w, lex) and (i == 0 or words[i - 1] != "met") and not _home_of(words, i))
               or (w in names and (i == 0 or words[i - 1] not in _PREPOSITIONS)) for i, w in enumerate(words[:3]))


def _home_of(words: list[str], i: int) -> bool:
    """``words[i]`` names whose home it is: "bij PO thuis", "naar oma thuis"."""
    return 0 < i < len(words) - 1 and words[i - 1] in ("bij", "naar") and words[i + 1] == "thuis"


def informal_teller(before_trigger: str, names: frozenset[str] = frozenset(), previous: str = "") -> bool:
    """A relative or foster parent tells of his own talk ("Vader vertelde later dat hij daarna zelf met Roos
    alleen ..."): whatever step word follows, the talk is the teller's (``teller_did`` in facts_nl.json). A
    teller named by a pronoun is the informal person the sentence before names, when it names no professional
    ("Telefonisch contact met moeder. Zij vertelde dat zij gisteravond met Nadia apart heeft gepraat"); so is one
    who is the subject of the talk itself ("Moeder praatte met Roos alleen", ``relative_talked``)."""
    lex = resource_json("facts_nl.json")
    told = without_leading_date(before_trigger)
    # "Moeder praatte met Roos alleen": the talk itself is hers; not "Jolien en Erwin samen gesproken, daarna Demi
    # alleen ...", whose later step has a subject of its own ("daarna samen gegeten" has none: still hers)
    steps = list(re.finditer(lex["sequence_break"], told))
    step = told[steps[-1].end() :] if steps else told
    talker = re.match(lex["relative_talked"], step if _STEP_SUBJECT.match(step) else told)
    if talker is not None and _informal_word(talker.group("who").lower(), lex, names):
        return True
    teller = re.match(lex["teller_did"], told)
    if teller is None or _FIRST_PERSON_AFTER.search(told, teller.end()) is not None:
        return False  # not "Ilse zei dat ze even weg ging, zodat ik Roos alleen kon spreken": the worker's own talk
    who = teller.group("who").lower()
    if who in _PRONOUNS:  # the relative the sentence before names as its subject or partner, not as a place
        words = re.findall(r"[\w'-]+", previous.lower())
        named = any(_informal_word(w, lex, names) and (i == 0 or words[i - 1] not in _PLACE_BEFORE)
                    for i, w in enumerate(words))
        return named and not any(w in lex["professionals"] for w in words)
    return _informal_word(who, lex, names)


_PRONOUNS = frozenset({"zij", "ze", "hij"})
# "daarna Demi alleen ...", "daarna heb ik Roos ...": a step with a subject of its own (its verb may come first)
_STEP_SUBJECT = re.compile(r"\W*(?:[\w-]+\s+)?(?:[A-ZÀ-Ý][\w-]+|ik|we|wij|hij|zij|ze)\b")
_PLACE_BEFORE = frozenset({"bij", "van", "naar", "over", "aan", "voor", "door", "uit", "tot", "zonder", "om"})  # "bij moeder"


# the worker's own clause after the teller's: "..., zodat ik Roos", "... en ik heb", "...; ik heb" (not "zoals we
# hadden afgesproken", "nadat ik weg was" inside the teller's clause)
_FIRST_PERSON_AFTER = re.compile(r"(?i)(?:[,;]|\bzodat\b|\ben\b|\bmaar\b)\s*(?:[\w'’]+\s+){0,2}?(?:ik|we|wij)\b")


def _informal_word(word: str, lex: dict, names: frozenset[str] = frozenset()) -> bool:
    """A word for an informal person (a relative, a foster parent, a volunteer) or a foster parent's name."""
    return word in lex["informal_persons"] or word.endswith(tuple(lex["informal_suffixes"])) or word in names


_MID_SENTENCE_NAME = re.compile(r"(?<=[a-zà-ÿ,] )[A-Z][a-zà-ÿ]+\b")
_LOWER_WORD = re.compile(r"\b[a-zà-ÿ]+\b")


def written_names(ctx: DossierContext) -> frozenset[str]:
    """Capitalised words the file writes after a lower-case word ("... voor Mariska en Kevin") and never in
    lower case: names, where a capital at the start of a clause or note may be any word ("Herscreening
    aangevraagd", "Uitkomst: ..."). Found once per dossier."""
    if "_written_names" not in ctx.facts:
        texts = [adoc.document.text for adoc in ctx.documents]
        lower = {w for t in texts for w in _LOWER_WORD.findall(t)}
        ctx.facts["_written_names"] = frozenset(m.group(0) for t in texts for m in _MID_SENTENCE_NAME.finditer(t)
                                                if m.group(0).lower() not in lower)
    return ctx.facts["_written_names"]
