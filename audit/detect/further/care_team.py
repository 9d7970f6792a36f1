"""Care-team (zorgteam) meetings that took place.

A meeting named as the zorgteam's ("zorgteamoverleg", "ZT"), or a meeting whose
participants make it one: a parent and a foster parent together with the child or a
professional. A meeting of professionals only is not the care team, and a sentence
that only lists who is in the team ("het zorgteam bestaat uit ...") is no meeting.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from audit.detect.candidates import Candidate
from audit.detect.further.events import event_candidates
from audit.detect.further.lexicon import hit, rx
from audit.detect.participants import names_in
from audit.resources import resource_cache, resource_json
from audit.types import AnalysedDocument, DossierContext

if TYPE_CHECKING:
    from audit.ml.sentence_classifier import SentenceModels

KIND = "care_team_meeting"
NAMED = "zorgteam"


def _vetoes(ctx: DossierContext, adoc: AnalysedDocument, span: Span, text: str) -> dict[str, bool]:
    named = span._.cue == NAMED
    composition = named and (hit("care_team_composition_only", text) or (
        hit("care_team_field", text) and adoc.structure.entry_at(span.start_char) is None)) \
        and not hit("care_team_meeting_words", text)
    foster = hit("foster_home", text) or names_in(text, ctx.facts.get("foster_parent_names", set())) \
        or (_network(ctx) and hit("network_carer", text))  # "met opa en oma, moeder en JB" where opa and oma foster
    child = names_in(text, ctx.facts.get("child_names", set()))
    participants = hit("care_team_parent", text) and foster and (hit("care_team_other", text) or child)
    return {"veto=composition_only": composition, "veto=not_care_team": not named and not participants,
            "veto=other_childs_team": _other_childs_team(ctx, text),
            "veto=reference": hit("care_team_reference", text), "veto=not_happened": hit("not_happened", text)}  # "zoals in het zorgteam is afgesproken"


def _other_childs_team(ctx: DossierContext, text: str) -> bool:
    """"het zorgteam van Liva": another child's meeting (``care_team_of_name``) when Liva is one of the other
    children, or when the sentence told first that our child was there as a guest ("Kevin was ook bij het zorgteam
    van Liva"); not "het zorgteam van Pactum gehad met ... en Roos zelf" (a provider's name)."""
    m = rx("care_team_of_name").search(text)
    own = ctx.facts.get("child_names", set())
    if m is None or not own or m.group(1) in own:
        return False
    if m.group(1) in ctx.facts.get("other_child_names", set()):
        return True
    known = own | ctx.facts.get("foster_parent_names", set()) | ctx.facts.get("scientist_names", set())
    return m.group(1) not in known and m.group(1).lower() not in _not_names() and bool(names_in(text[: m.start()], own))


@resource_cache
def _not_names() -> frozenset[str]:
    return frozenset(w.lower() for w in resource_json("facts_nl.json")["not_names"])


def _network(ctx: DossierContext) -> bool:
    placement = ctx.facts.get("placement")
    return bool(placement) and placement[0] == "netwerk"


def care_team_candidates(ctx: DossierContext, models: "SentenceModels") -> list[Candidate]:
    return event_candidates(ctx, models, KIND, "care_team", _vetoes, header_ok=True)
