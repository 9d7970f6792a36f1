"""ConText-style qualifiers for event triggers: is this event real, or a look-alike?

For every span in ``doc.spans["dossier_audit_triggers"]`` the
``dossier_audit_context`` component sets

* ``span._.qualifiers``: a frozenset drawn from NEGATED, PLANNED, CANCELLED,
  HYPOTHETICAL, QUESTION, OTHER_CHILD, FOSTER_PARENT_PRESENT, POLICY;
* ``span._.qualifier_evidence``: ``[(qualifier, trigger text), ...]``,

and :func:`is_clear` says whether none of the qualifiers that block the span's
label is present (FOSTER_PARENT_PRESENT only blocks one-on-one contacts,
OTHER_CHILD only one-on-one contacts and ``child_spoken``; the rest block all).

The algorithm is ConText (Harkema et al. 2009) within the span's sentence:
triggers are *preceding* (scope runs forward), *following* (scope runs
backward) or *bidirectional*, with a per-rule maximum scope in tokens (number
of tokens allowed between trigger and span). *Pseudo* triggers ("niet alleen
... maar", "zonder PO", "geen bijzonderheden") knock out the triggers they
overlap; *termination* triggers ("maar", "echter", ";") end a scope (":" only
for advice and rationale, whose content follows the colon; "Veiligheidscheck:
wordt ingepland" must still reach back), and clause openers ("dat", "omdat",
"of", "om") stop a trigger on their right from reaching back over them.
Parenthesised asides are transparent: they neither count towards a scope nor
end it. A trigger that overlaps the event span itself is
ignored, so the cue "zonder PO" never negates its own talk. All phrases live in
``audit/resources/context_rules.json``; patterns use the shorthands of
:class:`audit.nlp.components.triggers.PatternCompiler`, including ``focus`` so a long
pattern ("moet ... worden") can anchor a short trigger ("moet").

Why not clinlp's ``clinlp_context_algorithm`` (read, not copied)? It is a sound
ConText and runs on a blank pipeline, but for this task:

* its qualifier classes are mutually exclusive values (Presence = Absent |
  Uncertain | Present) and each entity keeps one value per class chosen by
  distance; our qualifiers are independent flags (a talk can be both PLANNED and
  FOSTER_PARENT_PRESENT), which would need eight two-valued classes;
* it keeps no trigger evidence, and we must show *why* a finding was rejected;
* termination triggers are tied to one qualifier value, phrase rules match on a
  single attribute, and there is no per-label applicability, rule-level extra
  terminators, asymmetric bidirectional scopes or focused patterns, all of
  which our Dutch rules need (case-sensitive "PO"/"GW" next to LOWER phrases,
  "zonder PO" as pseudo, comma-bounded negation);
* it registers a global ``Span._.qualifiers`` holding ``Qualifier`` objects,
  which clashes with our frozenset-of-strings contract;
* importing it pulls pandas, pydantic, intervaltree and click (~0.8 s extra
  import) for ~250 lines of logic we can own and test.

Speed: the matchers run only on sentences that contain a trigger, followed by a
pure-Python scope check per trigger.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from audit.resources import resource_cache, resource_json
from audit.nlp.components.triggers import (
    SPANS_KEY,
    PatternCompiler,
    sentence_bounds,
    sentence_ids,
)

QUALIFIERS = (
    "NEGATED",
    "PLANNED",
    "CANCELLED",
    "HYPOTHETICAL",
    "QUESTION",
    "OTHER_CHILD",
    "FOSTER_PARENT_PRESENT",
    "POLICY",
)
ALL = "*"
PRECEDING, FOLLOWING, BIDIRECTIONAL, PSEUDO, TERMINATION = (
    "preceding", "following", "bidirectional", "pseudo", "termination")

if not Span.has_extension("qualifiers"):
    Span.set_extension("qualifiers", default=None)
if not Span.has_extension("qualifier_evidence"):
    Span.set_extension("qualifier_evidence", default=None)


@dataclass(frozen=True)
class Rule:
    """One rule group of the JSON file (all its patterns share these settings)."""

    qualifiers: frozenset[str]  # the qualifier set; for pseudo/termination may be {"*"}
    direction: str
    max_before: int | None  # tokens allowed between span end and trigger start (span before trigger)
    max_after: int | None  # tokens allowed between trigger end and span start (span after trigger)
    labels: frozenset[str] | None  # event labels the rule applies to (None: all)
    extra_terminations: frozenset[str]  # LOWER tokens that end this rule's scope
    cuts: str = "both"  # termination only: "both" or "backward" (stops right-side triggers)
    exempt: frozenset[str] = frozenset()  # termination only: qualifiers it does not end

    def applies(self, qualifier: str) -> bool:
        return (ALL in self.qualifiers or qualifier in self.qualifiers) and qualifier not in self.exempt


def _scope(value: Any) -> int | None:
    return None if value is None else int(value)


def parse_rules(data: dict[str, Any]) -> tuple[list[Rule], list[list[Any]], dict[str, frozenset[str] | None]]:
    """Turn the JSON into rules, their pattern lists, and the blocking table."""
    rules: list[Rule] = []
    patterns: list[list[Any]] = []
    for group in data["rules"]:
        quals = group["qualifier"]
        quals = frozenset([quals] if isinstance(quals, str) else quals)
        unknown = quals - set(QUALIFIERS) - {ALL}
        if unknown:
            raise ValueError(f"unknown qualifier(s) {sorted(unknown)}")
        direction = group["direction"]
        if direction not in (PRECEDING, FOLLOWING, BIDIRECTIONAL, PSEUDO, TERMINATION):
            raise ValueError(f"unknown direction {direction!r}")
        default = group.get("max_scope", data.get("default_max_scope"))
        rules.append(Rule(
            qualifiers=quals,
            direction=direction,
            max_before=_scope(group.get("max_before", default)),
            max_after=_scope(group.get("max_after", default)),
            labels=frozenset(group["labels"]) if group.get("labels") else None,
            extra_terminations=frozenset(w.lower() for w in group.get("terminate_at", [])),
            cuts=group.get("cuts", "both"),
            exempt=frozenset(group.get("except", [])),
        ))
        patterns.append(group["patterns"])
    blocks: dict[str, frozenset[str] | None] = {}
    for q in QUALIFIERS:
        spec = data.get("blocks", {}).get(q, ALL)
        blocks[q] = None if spec == ALL else frozenset(spec)
    return rules, patterns, blocks


@dataclass
class _Hit:
    rule: Rule
    start: int
    end: int
    text: str


class ContextQualifier:
    """spaCy component: ConText qualifiers for the spans under ``spans_key``."""

    def __init__(self, nlp: Language, rules: str | dict[str, Any] = "context_rules.json",
                 spans_key: str = SPANS_KEY):
        data = resource_json(rules) if isinstance(rules, str) else rules
        sets: dict[str, Any] = {}
        if data.get("import_sets_from"):
            sets.update(resource_json(data["import_sets_from"]).get("sets", {}))
        sets.update(data.get("sets", {}))
        self.spans_key = spans_key
        self.rules, pattern_lists, self.blocks = parse_rules(data)
        # Qualifiers whose cue inside a parenthetical aside stays in the aside: "Yusuf apart gesproken
        # (eigen visie: ... wil meer vrijheid)" is no planned talk; "(niet apart)" still negates.
        self.aside_only = frozenset(data.get("aside_only", []))
        self.compiler = PatternCompiler(nlp, sets, data.get("gap", {}))
        for i, pats in enumerate(pattern_lists):
            for spec in pats:
                self.compiler.add(i, spec)
        self.n_patterns = sum(len(p) for p in pattern_lists)

    def __len__(self) -> int:
        return self.n_patterns

    # -- scope logic -----------------------------------------------------------
    @staticmethod
    def _terminated(terms: list[tuple[int, int]], lo: int, hi: int) -> bool:
        """Is there a termination fully inside the token gap [lo, hi)?"""
        return any(lo <= s and e <= hi for s, e in terms)

    @staticmethod
    def _parenthesised(doc: Doc, start: int, end: int) -> frozenset[int]:
        """Tokens inside (...) in a sentence: asides such as "(9, sinds 2022)" neither
        count towards a scope nor end it."""
        inside: set[int] = set()
        depth = 0
        for i in range(start, end):
            text = doc[i].text
            if text == "(":
                depth += 1
            if depth > 0:
                inside.add(i)
            if text == ")" and depth > 0:
                depth -= 1
        return frozenset(inside)

    def _qualify(self, doc: Doc, span: Span, hits: list[_Hit], pseudo: list[_Hit],
                 terms_both: list[_Hit], terms_back: list[_Hit],
                 inside: frozenset[int] = frozenset()) -> list[tuple[str, str]]:
        found: list[tuple[str, _Hit]] = []
        label = span.label_
        terms_both = [t for t in terms_both if t.start not in inside
                      and (t.rule.labels is None or label in t.rule.labels)]
        terms_back = [t for t in terms_back if t.start not in inside
                      and (t.rule.labels is None or label in t.rule.labels)]

        def gap_len(lo: int, hi: int) -> int:
            return sum(1 for i in range(lo, hi) if i not in inside)

        for hit in hits:
            rule = hit.rule
            if rule.labels is not None and span.label_ not in rule.labels:
                continue
            if hit.start < span.end and span.start < hit.end:
                continue  # a trigger inside the event span is part of the event's own cue
            for q in sorted(rule.qualifiers):
                if any(p.rule.applies(q) and p.start < hit.end and hit.start < p.end for p in pseudo):
                    continue
                if q in self.aside_only and hit.start in inside and span.start not in inside:
                    continue
                both = [(t.start, t.end) for t in terms_both if t.rule.applies(q)]
                if span.start >= hit.end:  # span after the trigger
                    if rule.direction not in (PRECEDING, BIDIRECTIONAL):
                        continue
                    if rule.max_after is not None and gap_len(hit.end, span.start) > rule.max_after:
                        continue
                    stops = both + [(i, i + 1) for i in range(hit.end, span.start)
                                    if doc[i].lower_ in rule.extra_terminations and i not in inside]
                    if self._terminated(stops, hit.end, span.start):
                        continue
                else:  # span before the trigger
                    if rule.direction not in (FOLLOWING, BIDIRECTIONAL):
                        continue
                    if rule.max_before is not None and gap_len(span.end, hit.start) > rule.max_before:
                        continue
                    back = [(t.start, t.end) for t in terms_back if t.rule.applies(q)]
                    stops = both + back + [(i, i + 1) for i in range(span.end, hit.start)
                                           if doc[i].lower_ in rule.extra_terminations and i not in inside]
                    if self._terminated(stops, span.end, hit.start):
                        continue
                found.append((q, hit))
        # Variants of one phrase ("minimaal drie keer", "... per") nest: keep the outermost.
        return [(q, h.text) for q, h in found
                if not any(q2 == q and h2 is not h and h2.start <= h.start and h.end <= h2.end
                           and (h2.end - h2.start) > (h.end - h.start) for q2, h2 in found)]

    def __call__(self, doc: Doc) -> Doc:
        self.qualify(doc, list(doc.spans.get(self.spans_key, [])))
        return doc

    def qualify(self, doc: Doc, spans: list[Span]) -> None:
        """Set the qualifiers of ``spans`` only, reading only their sentences: a later step that adds
        triggers of its own (``audit.nlp.coded_lines``) qualifies just those."""
        if not spans:
            return
        sids = sentence_ids(doc)
        by_sent: dict[int, list[Span]] = defaultdict(list)
        for span in spans:
            by_sent[sids[span.start]].append(span)
        bounds = sentence_bounds(sids)
        hits_by_sent: dict[int, list[_Hit]] = defaultdict(list)
        for m in self.compiler(doc, sids, [bounds[s] for s in sorted(by_sent)]):
            sid = sids[m.start]
            if sid in by_sent:
                hits_by_sent[sid].append(_Hit(self.rules[m.entry], m.start, m.end, doc[m.start:m.end].text))
        for sid, sent_spans in by_sent.items():
            hits = hits_by_sent.get(sid, [])
            triggers = [h for h in hits if h.rule.direction in (PRECEDING, FOLLOWING, BIDIRECTIONAL)]
            pseudo = [h for h in hits if h.rule.direction == PSEUDO]
            terms = [h for h in hits if h.rule.direction == TERMINATION]
            terms_both = [t for t in terms if t.rule.cuts == "both"]
            terms_back = [t for t in terms if t.rule.cuts == "backward"]
            inside = self._parenthesised(doc, *bounds[sid])
            for span in sent_spans:
                evidence = self._qualify(doc, span, triggers, pseudo, terms_both, terms_back, inside)
                span._.qualifier_evidence = evidence
                span._.qualifiers = frozenset(q for q, _ in evidence)


@resource_cache
def _default_blocks() -> dict[str, frozenset[str] | None]:
    return parse_rules(resource_json("context_rules.json"))[2]


def blocking_qualifiers(label: str) -> frozenset[str]:
    """The qualifiers that disqualify an event of kind ``label``."""
    return frozenset(q for q, labels in _default_blocks().items() if labels is None or label in labels)


def is_clear(span: Span, label: str | None = None) -> bool:
    """True when no qualifier blocking ``label`` (default: the span's label) is present.

    ``label`` lets a caller ask about a derived finding, e.g. ``child_spoken`` for
    a safety-check span. Raises when the context component has not run, so a
    missing component can never make every look-alike count.
    """
    quals = span._.qualifiers
    if quals is None:
        raise ValueError("span has no qualifiers: run dossier_audit_context first")
    return not (quals & blocking_qualifiers(label or span.label_))


@Language.factory(
    "dossier_audit_context",
    default_config={"rules": "context_rules.json", "spans_key": SPANS_KEY},
    requires=["token.is_sent_start"],
    assigns=["span._.qualifiers", "span._.qualifier_evidence"],
)
def make_context(nlp: Language, name: str, rules: str, spans_key: str) -> ContextQualifier:
    return ContextQualifier(nlp, rules=rules, spans_key=spans_key)
