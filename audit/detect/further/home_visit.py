"""Home visits: a worker of the provider (or another professional) at the foster family's home.

Visits at a parent's home, supervised contact elsewhere and visits *by* parents or
friends are not home visits; a visit is ``unannounced`` when the sentence (or its
entry) says so ("onaangekondigd", "zonder afspraak").
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from spacy.tokens import Span

from audit.detect.base import all_triggers, structural_span
from audit.detect.candidates import Candidate
from audit.detect.facts import same_family, siblings_home
from audit.detect.further.events import entry_text, event_candidates, record_text, semicolon_clause
from audit.detect.further.lexicon import hit, rx
from audit.structure.month_grid import grid_day_at
from audit.types import AnalysedDocument, DossierContext

if TYPE_CHECKING:
    from audit.ml.sentence_classifier import SentenceModels

KIND = "home_visit"
# "bij Carla en Erik thuis": both named; "bij tante Saba thuis": a kinship word before the name; "Zorgteam bij
# fam. Veldkamp": a family by its name, no "thuis" needed
_NAMED_HOME = re.compile(r"\b[Bb]ij\s+(?:(?:[Dd]e\s+)?(?:[Ff]am\.?|[Ff]amilie)\s+((?:(?:[Vv]an|[Dd]e|[Dd]er|[Tt]en|[Tt]er)\s+)*"
                         r"[A-Z][a-zà-ÿ]+)|((?!(?:van|de|der|den|ten|ter|het|een)\s)[a-zà-ÿ]+\s+)?"
                         r"((?:(?:[Vv]an|[Dd]e|[Dd]er|[Tt]en|[Tt]er)\s+)*[A-Z][a-zà-ÿ]+)(?:\s+en\s+([A-Z][a-zà-ÿ]+))?\s+"
                         r"(?:thuis\b|(?:(?:op\s+bezoek|langs)\s+)?geweest\b))")
_PARTICLES = re.compile(r"^(?:(?:[Vv]an|[Dd]e|[Dd]er|[Tt]en|[Tt]er)\s+)+")
_UNANNOUNCED = "onaangekondigd"
# (case-insensitive: "Vader (...)"; "moeder Carla / van Maud (telefonisch)": named; "verloskundige telefonisch"; not
# "moeder en school via Teams gehouden": the meeting itself)
_PERSON_ASIDE = re.compile(r"(?i)(?P<who>\b(?:vader|moeder|ouders?|voogd|JB|GW|mentor|leerkracht|juf|meester|school|"
                           r"verloskundige|jeugdbeschermer|gedragswetenschapper|tolk)"
                           r"(?:\s+van\s+\w+|\s+(?-i:[A-Z][a-zà-ÿ]+))?)"
                           r"(?:\s*\([^()\n]{0,60}\)|\s+telefonisch\b(?!\s+(?:gehouden|overlegd|vergaderd|bijeen)))")

_REMOTE_ASIDE = re.compile(r"(?i)(?P<who>\b[^\W\d_]+)\s*\((?:via|telefonisch|online|digitaal)\b[^()\n]{0,50}\)")
_REMOTE_PERSON = re.compile(r"(?i)\btelefonische\s+(?P<who>[^\W\d_]+)")
_MEETING_WORD = re.compile(r"(?i)(?:\w*zorgteam\w*|\w*overleg\w*|\w*evaluatie\w*|\w*bezoek\w*|\w*gesprek\w*|mdo|"
                           r"\w*bijeenkomst\w*|\w*check\w*)$")  # an aside after one of these is the meeting's own


def _without_person_asides(text: str) -> str:
    """``text`` without the asides that say how one participant took part ("vader (via beeldbellen)"); an aside
    after the visit itself ("Huisbezoek (via beeldbellen)") stays."""
    text = _PERSON_ASIDE.sub(lambda m: m.group("who"), text)
    # "verpleegkundig specialist (via Teams)": any participant's remote aside, not the meeting's ("Zorgteam (via Teams)")
    text = _REMOTE_ASIDE.sub(_participant_only, text)
    # "telefonische tolk": a participant; "telefonische evaluatie" is the meeting
    return _REMOTE_PERSON.sub(_participant_only, text)


def _participant_only(m: re.Match[str]) -> str:
    """A remote aside's participant without it, unless the one it names is the meeting itself."""
    return m.group(0) if _MEETING_WORD.match(m.group("who")) else m.group("who")



def _vetoes(ctx: DossierContext, adoc: AnalysedDocument, span: Span, text: str) -> dict[str, bool]:
    parent = rx("parent_home").search(text)  # "huisbezoek bij moeder", "begeleide omgang"
    # the foster home named after it in the same sentence ("bij moeder en daarna bij het pleeggezin") keeps the visit
    rest = text[parent.end():] if parent is not None else ""
    elsewhere = parent is not None and not rx("foster_home").search(re.split(r"[.!?\n]", rest, maxsplit=1)[0])
    where = record_text(adoc, span.sent, text)  # a record's "Type: HB" is placed by its note or "Locatie:" field
    elsewhere = elsewhere or (where is not text and any(
        rx("parent_home").search(part) and _PLACE.search(part) and not rx("foster_home").search(part)
        for part in re.split(r"[.!?\n]", where)))
    before = adoc.document.text[max(0, span.start_char - 8) : span.start_char]  # "[ ] bij PO thuis" not ticked
    unknown_home = _unknown_home(ctx, text, span.end_char - span.sent.start_char) or siblings_home(text, ctx.facts)
    clause = semicolon_clause(text, span.start_char - span.sent.start_char)  # "Huisbezoek; moeder ziet Liv niet"
    plain = _without_person_asides(text)  # "vader (via beeldbellen)": how one person took part, not the meeting
    return {"veto=elsewhere": elsewhere, "veto=visitor": hit("visitor_not_professional", clause),
            "veto=unticked": hit("unchecked_before", before), "veto=nobody_home": hit("visit_failed", plain),
            "veto=not_happened": hit("not_happened", text) or hit("visit_not_made", text), "veto=unknown_home": unknown_home,
            "veto=other_agency": hit("other_agency_visit", text),
            # "voelt zich thuis bij de familie X": a feeling, no place visited; "woont sinds 2022 bij het
            # pleeggezin": where the child lives, no visit
            "veto=idiom": _in_phrase(span, text, "home_idiom"),
            "veto=residence": _in_phrase(span, text, "residence_statement"),
            "veto=remote": span._.cue in (LOGGED_CHECK_CUE, CHECK_AT_HOME_CUE, MEETING_AT_HOME_CUE)
            and hit("remote_contact", plain), **_place_field_vetoes(adoc, span)}


def _place_field_vetoes(adoc: AnalysedDocument, span: Span) -> dict[str, bool]:
    """A place field ("Locatie: bij het pleeggezin thuis") tells a visit only in a record of a contact held there:
    not one held at a distance ("Soort contact: telefonisch"), nor an invitation, a next appointment or an
    arrangement ("Omgangsregeling ... Locatie: pleeggezin")."""
    if span._.cue != PLACE_FIELD_CUE:
        return {}
    text = adoc.document.text
    entry = adoc.structure.entry_at(span.start_char)
    if entry is not None:
        record = text[entry.start : entry.end]
    else:  # its paragraph
        lo, hi = text.rfind("\n\n", 0, span.start_char), text.find("\n\n", span.end_char)
        record = text[lo + 1 if lo >= 0 else 0 : hi if hi >= 0 else len(text)]
    title = "\n".join(text.split("\n", TITLE_LINES)[:TITLE_LINES])
    return {"veto=place_remote": hit("place_field_remote", record),
            "veto=place_not_visit": hit("place_field_not_visit", record + "\n" + title)}


def _unknown_home(ctx: DossierContext, text: str, after: int) -> bool:
    """The sentence places the visit in a home named for someone not of the foster family: "bij Samira / Mol / de
    Akkermannen thuis" (a foster parent's or the family's name, the rules took those before names were read), "bij
    tante Saba thuis" (a kin word before the name: the home the trigger's own clause names, ``after`` its end), "bij
    fam. Bakker" (a family by name: another than the foster family, when the files name that)."""
    named = next((m for m in _NAMED_HOME.finditer(text)
                  if not m.group(2) or not re.search(r"[,;]", text[after : m.start()])), None)
    if named is None:
        return False
    host, other = named.group(1) or named.group(3), named.group(4)
    if not host[:1].isupper():  # "bij de Kuipers thuis": particles first, as read before names were
        return False
    if named.group(1):  # "bij fam. Bosman": the foster family, unless it bears the child's own name ("familie Bakker")
        initials = ctx.facts.get("child_surname_initials", set())
        return not _foster_home_named(ctx, host) and _PARTICLES.sub("", host)[:1].upper() in initials
    if other is not None:  # two hosts: "bij Carla (moeder) en Erik"
        return bool({host, other} & ctx.facts.get("birth_parent_names", set()))
    if not _foster_home_named(ctx, host):  # one host: he must be a foster parent
        # after a kin word ("bij oma Riet thuis"): someone else's home only when the files say so
        return not named.group(2) or host in ctx.facts.get("birth_parent_names", set()) \
            or bool(ctx.facts.get("foster_parent_names"))
    return False


def _foster_home_named(ctx: DossierContext, name: str) -> bool:
    """"bij Samira", "bij de Groot", "bij de Mollen": a foster parent's first name, or the foster family's name with
    its particles ("de Groot") or as its plural after an article ("de Mollen")."""
    bare = _PARTICLES.sub("", name)
    surnames = ctx.facts.get("foster_surnames", set())
    return bare in ctx.facts.get("foster_parent_names", set()) or same_family(name, surnames) \
        or same_family(bare, surnames)


_PLACE = re.compile(r"(?i)\b(?:bezoek\w*|locatie|langs\w*|thuis)\b")  # a line that says where the visit was


def _in_phrase(span: Span, text: str, name: str) -> bool:
    """The trigger lies in a phrase of lexicon pattern ``name``; ``text``: the trigger's sentence."""
    a, b = span.start_char - span.sent.start_char, span.end_char - span.sent.start_char
    return any(m.start() < b and a < m.end() for m in rx(name).finditer(text))


def _unannounced_sentences(adoc: AnalysedDocument) -> frozenset[int]:
    """Start tokens of the sentences with an "onaangekondigd" cue, found once per document (kept on it)."""
    found = adoc.__dict__.get("_unannounced_sentences")
    if found is None:
        found = adoc.__dict__["_unannounced_sentences"] = frozenset(
            s.sent.start for s in all_triggers(adoc, KIND) if s._.cue == _UNANNOUNCED)
    return found


def _attributes(adoc: AnalysedDocument, span: Span, text: str) -> dict[str, Any]:
    day = grid_day_at(adoc, span.start_char)
    if day is not None:  # a month grid's day: its own remark or note ("22‡" and "‡ onaangekondigd"), not the sheet's
        return {"unannounced": bool(rx("entry_unannounced").search(f"{day.remark} {day.note}"))}
    unannounced = span._.cue == _UNANNOUNCED or span.sent.start in _unannounced_sentences(adoc)
    if not unannounced:  # the entry's header or another sentence of it ("Onaangekondigd bezoek.")
        entry = entry_text(adoc, span.sent)
        unannounced = len(entry) < 1500 and bool(rx("entry_unannounced").search(entry))
    return {"unannounced": unannounced}


LOGGED_CHECK_CUE = "check in het logboek van de pleegouders"
PLACE_FIELD_CUE = "locatie: het pleeggezin"  # a record's place field naming the foster home (event_triggers.json)
TITLE_LINES = 3  # a document's title lines: "Uitnodiging zorgteam", "Omgangsregeling"
CHECK_AT_HOME_CUE = "check in het pleeggezin"  # a check the text places in the foster home (event_triggers.json)
MEETING_AT_HOME_CUE = "overleg in het pleeggezin"  # a meeting held there (zorgteam, evaluatie)


def _logged_checks(adoc: AnalysedDocument) -> list[Span]:
    """In the foster parents' own logbook a safety check the worker came to do ("12 maart Marloes kwam voor
    de veiligheidscheck", "19 nov – Jeroen deed de veiligheidscheck") took place in their home: the
    check's trigger is evidence of a home visit too, with the check's context (a plan stays a plan)."""
    if not adoc.structure.foster_parent_log:
        return []
    out = []
    for check in all_triggers(adoc, "safety_check"):
        span = structural_span(adoc, check.start_char, check.end_char, KIND, LOGGED_CHECK_CUE)
        if span is not None:
            span._.qualifiers, span._.qualifier_evidence = check._.qualifiers, check._.qualifier_evidence
            out.append(span)
    return out


def home_visit_candidates(ctx: DossierContext, models: "SentenceModels") -> list[Candidate]:
    return event_candidates(ctx, models, KIND, "home_visit", _vetoes, header_ok=True, attributes=_attributes,
                            more_spans=_logged_checks)
