"""Rescreening of the foster family, and the changes that call for one.

A change (a new adult resident, a partner leaving or arriving, a birth or a new
foster child, a move, a serious life event, signs of unsafety) counts only when the
sentence is about the foster home (``household_foster``), not the child's own move
to it or the birth parents' lives. The norm compares the first change with the
rescreenings after it (``audit.norms``).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from spacy.tokens import Span

from audit.detect.base import ANY_WORD, HEADER_CELL_MAX_WORDS
from audit.detect.candidates import Candidate
from audit.detect.dating import Dated, sentence_date, since_date
from audit.detect.further.events import event_candidates
from audit.detect.further.lexicon import hit, rx
from audit.detect.participants import names_in, without_leading_date, written_names
from audit.nlp.components.context import is_clear
from audit.structure.dates import alternation, find_dates
from audit.types import AnalysedDocument, DossierContext

if TYPE_CHECKING:
    from audit.ml.sentence_classifier import SentenceModels

RESCREENING, CHANGE = "rescreening", "household_change"
ANY_YEAR = dt.date(2000, 1, 1)  # a context that lets a year-less day ("op 12 april") be read as a day


def _rescreen_vetoes(ctx: DossierContext, adoc: AnalysedDocument, span: Span, text: str) -> dict[str, bool]:
    """"Er hoort een herscreening te volgen", "Herscreening nodig: ☐ ja": a rescreening not (yet) done.
    A mention alone is no rescreening either: files name it far more often as a wish, a to-do or a
    waiting list ("Herscreening i.v.m. verhuizing staat nog open", "Aandachtspunt: VGB en herscreening")
    than as done, so the sentence (a short label: with what follows it in its entry) must tell that it
    was carried out: a verb of doing, an outcome, the people or the place ("Herscreening op kantoor met PO")."""
    told = text if hit("rescreen_done", text) else _told(adoc, span, text)  # a label is read with its record
    return {"veto=not_done": hit("rescreen_not_done", told), "veto=not_told_done": not hit("rescreen_done", told)}


LABEL_REACH = 200  # characters after a short label in which its record tells what was done


def _told(adoc: AnalysedDocument, span: Span, text: str) -> str:
    """The sentence; a short label ("Herscreening van het gezin.") with what follows it in its record."""
    if len(ANY_WORD.findall(text)) > HEADER_CELL_MAX_WORDS:
        return text
    entry = adoc.structure.entry_at(span.sent.start_char)  # "Herscreening:" over its record
    end = min(entry.end if entry is not None else len(adoc.document.text), span.sent.end_char + LABEL_REACH)
    return text + " " + adoc.document.text[span.sent.end_char : end]


def _change_vetoes(ctx: DossierContext, adoc: AnalysedDocument, span: Span, text: str) -> dict[str, bool]:
    placed = "geplaatst" in text.lower()  # "Dani (4) in gezin Hofstede geplaatst": another child, not ours
    own = placed and (names_in(text, ctx.facts.get("child_names", set()), True) or hit("change_own_child", text)) \
        or _child_moved_in(ctx, text)
    foster = hit("household_foster", text) or hit("change_self_evident", text) \
        or names_in(text, ctx.facts.get("foster_parent_names", set()), True) \
        or _told_by_foster_parent(ctx, text) or _told_by_the_home(ctx, text) or _family_by_name(ctx, text) \
        or _with_the_child(text, ctx.facts.get("child_names", set())) \
        or _told_plainly(ctx, text)  # "Op 2 maart is Tijn geboren.": a foster-care file tells the foster home's news
    retrospective = _retrospective(text)
    out = {"veto=not_foster_home": not foster, "veto=not_a_change": hit("change_not", text) or retrospective,
           "veto=own_child": bool(own),
           "veto=form_reason": hit("change_form_reason", text)}  # "Aanleiding: [x] nieuwe huisgenoot": the form's reason
    if _announced_for_a_past_day(ctx, adoc, span, text):
        # "PV gaat per 1 september uit huis": announced for a day the audit has passed, so the home changed then
        out.update({"veto=future": False, "veto=planned_text": False,
                    "veto=context": not is_clear(span) and bool((span._.qualifiers or set()) - {"PLANNED"})})
    return out


def _retrospective(text: str) -> bool:
    """An earlier change as a point in time ("opa is sinds het herseninfarct sneller boos", "sinds oma er woont
    is het drukker"), unless the sentence also tells an arrival ("is bij hen ingetrokken na zijn scheiding")."""
    if hit("change_since_person", text):
        return True
    told_day = any(d.precision == "day" for d in find_dates(text, context_date=ANY_YEAR))
    if not hit("change_retrospective", text) or told_day:
        return False  # "Door de geboorte van hun dochter op 12 april is het drukker": the change told with its day
    rest = rx("change_retrospective").sub(" ", text)
    arrival = rx("change_event_verb").search(rest)
    return arrival is None or re.search(r"\bniet\b[^.;]{0,25}$", rest[: arrival.start()]) is not None


def _child_moved_in(ctx: DossierContext, text: str) -> bool:
    """"Sem woont sinds 1 maart 2022 in het pleeggezin", "Zij woont sinds ... in het pleeggezin": the child's own
    placement, the child first in the sentence (not "Marco woont sinds 1 januari bij Ellen en Sem", where the
    newcomer joins the child's home)."""
    if hit("child_as_resident", without_leading_date(text)):  # "Zij woont sinds 21 maart 2022 in het pleeggezin"
        return True
    m = rx("change_event_verb").search(text)
    words = ANY_WORD.findall(without_leading_date(text[: m.start()])) if m is not None else []
    kids = ctx.facts.get("child_names", set())
    # "Fenna woont sinds ...", "Situatie: Fenna (13) woont sinds september 2018 in het gezin"
    return any(w in kids for w in words[:2]) and not _with_the_child(text, kids)


def _told_plainly(ctx: DossierContext, text: str) -> bool:
    """A change told as done in plain words ("Erwin woont sinds 1 juni bij haar in", "Fam. Zonneveld is
    verhuisd", "Opa Henk heeft een hartinfarct gehad") with no birth parent (by word or by name) and not the
    child herself in it: a foster-care file records the foster home's news, the parents' only with the parent
    named. A death or illness is the home's only when it befalls someone of the home, not "buurman Henk"."""
    m = rx("change_told_done_plainly").search(text)
    if m is None or names_in(text, ctx.facts.get("child_names", set()), True) \
            or names_in(text, ctx.facts.get("birth_parent_names", set())):
        return False
    births = re.sub(r"(?i)\bmoeder\s+en\s+(?:kind|baby|zoon|dochter)\b", " ", text)  # "moeder en kind maken het goed"
    if rx("change_birth_parent").search(births) or _elsewhere_other_child(ctx, text):
        return False
    illness = rx("change_illness").search(text)
    return illness is None or bool(rx("change_household_member").search(text[: illness.start()])
                                   or names_in(text, ctx.facts.get("foster_parent_names", set())))


def _elsewhere_other_child(ctx: DossierContext, text: str) -> bool:
    """"Sinds januari woont haar broer Daan in een gezinshuis": another child of the family, living elsewhere
    (a birth, or a newcomer "bij hen", is the home's own news)."""
    return bool(names_in(text, ctx.facts.get("other_child_names", set()))) \
        and re.search(r"\b(?:woont|wonen|verblijft)\b", text) is not None \
        and re.search(r"\bbij\s+(?:hen|ons|jullie|u)\b|\bthuis\b", text) is None


def _with_the_child(text: str, names: set[str]) -> bool:
    """"Haar partner woont sinds 1 maart bij haar en Sem": the home the newcomer joins is the child's, the foster home."""
    return bool(names) and re.search(rf"\bbij\s+(?:haar|hem|hen|[A-Z][a-zà-ÿ]+)\s+en\s+(?:{alternation(names)})\b", text) is not None


def _told_by_foster_parent(ctx: DossierContext, text: str) -> bool:
    """"Oma meldt dat zoon Ruben sinds 04-03 weer bij hen woont": told by a foster parent, "bij hen" is the
    foster home (a learned foster parent's name, or a foster or kin word as the teller)."""
    m = rx("change_reporter").search(text)
    if m is None:
        return False
    who = m.group("who")
    return who in ctx.facts.get("foster_parent_names", set()) or bool(rx("foster_kin").search(who))


def _told_by_the_home(ctx: DossierContext, text: str) -> bool:
    """"Carla vertelt dat Rob sinds gisteren bij hen woont", "Wendy belt: ze zijn op 18 januari verhuisd":
    a change told by someone named at the start of the note, with no birth parent in it, is the teller's
    own home; the file is about the foster home, and a birth parent is named as one ("moeder", "mama")."""
    m = rx("change_teller").search(text)
    if m is None or rx("change_birth_parent").search(text) or not hit("change_told_done", text[m.end() :]):
        return False
    who = m.group("who")
    others = ctx.facts.get("child_names", set()) | ctx.facts.get("other_child_names", set()) \
        | ctx.facts.get("scientist_names", set())
    return who not in others and (who in written_names(ctx) or bool(rx("foster_kin").search(who)))


def _family_by_name(ctx: DossierContext, text: str) -> bool:
    """"Fam. Visser is op 25 augustus verhuisd": the foster family by its surname (a foster parent's, or the
    file's "Pleeggezin: Visser")."""
    names = _foster_surnames(ctx)
    return bool(names) and re.search(rf"(?:^|[:;.\-–]\s*|\d\s+)(?i:fam\.?|familie|gezin|pleeggezin)\s+(?:{alternation(names)})"
                                     rf"\s+(?:is|zijn|heeft|hebben|gaat|gaan|verhuist|verhuisd|krijgt|kreeg)\b", text) is not None


def _foster_surnames(ctx: DossierContext) -> set[str]:
    """The foster family's surnames: after a foster parent's first name ("Ingrid Visser") or a foster-family
    field ("Pleeggezin: Visser"); found once per dossier."""
    if "_foster_surnames" not in ctx.facts:
        texts = [adoc.document.text for adoc in ctx.documents]
        found = {m.group("name") for t in texts for m in rx("foster_family_name").finditer(t)}
        for first in ctx.facts.get("foster_parent_names", set()):
            after = re.compile(rf"\b{re.escape(first)}\s+(?:(?:van|de|der|den|ter|ten)\s+)*([A-Z][a-zà-ÿ]+)\b")
            found |= {m.group(1) for t in texts for m in after.finditer(t)}
        ctx.facts["_foster_surnames"] = found - ctx.facts.get("child_names", set())
    return ctx.facts["_foster_surnames"]


def _announced_for_a_past_day(ctx: DossierContext, adoc: AnalysedDocument, span: Span, text: str) -> bool:
    """A change told as planned for a named day ("per 1 september", "op 3 mei") before the audit's date."""
    dated = _change_date(adoc, span.sent, text, sentence_date(adoc, span.sent, anchor=span.start_char))
    return (dated.source == "sentence" and dated.mention is not None and dated.mention.precision == "day"
            and dated.mention.date <= ctx.as_of and hit("announced_change", text))


def rescreening_candidates(ctx: DossierContext, models: "SentenceModels") -> list[Candidate]:
    return event_candidates(ctx, models, RESCREENING, "rescreening", _rescreen_vetoes, header_ok=True)


def _change_date(adoc: AnalysedDocument, sent: Span, text: str, dated: Dated) -> Dated:
    """"Sinds 1 juni 2024 woont ...": a change is dated by when it began; a birth by its day ("dochter Zoë, geboren
    20-08-2025", in a form of a later day: the day she was born, which the event dating leaves out as a birth date)."""
    if dated.source == "sentence":
        return dated
    context = dated.mention.date if dated.mention else None
    born = next((m for m in find_dates(text, context_date=context)
                 if m.precision == "day" and _BORN_BEFORE.search(text, max(0, m.start - 20), m.start)
                 and context is not None and 0 <= (context - m.date).days <= RECENT_BIRTH_DAYS), None)
    if born is not None:
        return Dated(born, "sentence")
    since = since_date(text, context)
    return Dated(since, "sentence") if since is not None else dated


RECENT_BIRTH_DAYS = 365  # a birth the record tells as news; "Isa (geboren 17 mei 2007)" is a household member's age
_BORN_BEFORE = re.compile(r"(?i)\bgeboren\s+(?:op\s+)?$")


def change_candidates(ctx: DossierContext, models: "SentenceModels") -> list[Candidate]:
    return event_candidates(ctx, models, CHANGE, "household_change", _change_vetoes, dating=_change_date,
                            month_by_trigger=False)
