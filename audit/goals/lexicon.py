"""Compiled goal lexicons from ``audit/resources/goal_*.json``.

Word lists live in JSON so that domain experts can extend them without touching
code; this module only turns them into regular expressions once (cached).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from audit.resources import resource_cache, resource_json
from audit.structure.dates import month_names

WORD = r"[\wÀ-ÿ'’()-]"


def _phrase_regex(entries: list[str]) -> re.Pattern[str]:
    """One alternation of phrases; a trailing ``*`` matches any word continuation."""
    parts = []
    for e in sorted(set(entries), key=len, reverse=True):
        e = e.strip().lower()
        if not e:
            continue
        star = e.endswith("*")
        body = re.escape(e.rstrip("*")).replace(r"\ ", r"\s+")
        parts.append(body + (r"[\wÀ-ÿ]*" if star else ""))
    return re.compile(r"(?<![\wÀ-ÿ])(?:" + "|".join(parts) + r")(?![\wÀ-ÿ])", re.IGNORECASE)


def _words_anywhere(words: list[str]) -> re.Pattern[str]:
    """Any of ``words`` anywhere, also inside a longer word ("zomervakantie")."""
    return re.compile("(" + "|".join(re.escape(w) for w in words) + ")", re.IGNORECASE)


@dataclass(frozen=True)
class GoalLexicon:
    raw: dict[str, Any]
    vague: re.Pattern[str]
    behaviour: re.Pattern[str]
    measure: tuple[re.Pattern[str], ...]
    deadline: tuple[re.Pattern[str], ...]
    number_words: re.Pattern[str]
    adult_only: re.Pattern[str]
    domains: dict[str, re.Pattern[str]]
    actor_nouns: frozenset[str]
    non_names: frozenset[str]
    prepositions: frozenset[str]
    impersonal: tuple[str, ...]
    termijn_void: frozenset[str]
    termijn_words: re.Pattern[str]  # month names (dates_nl.json) and periods
    passive_aux: frozenset[str]
    state_passive_aux: frozenset[str]
    receive: frozenset[str]
    determiners: frozenset[str]
    pronouns: frozenset[str]
    passive_agent: tuple[tuple[str, ...], ...]  # word sequences, e.g. ("door",)
    co_agent: tuple[tuple[str, ...], ...]  # e.g. ("samen", "met")


def load_json(name: str) -> dict[str, Any]:
    return resource_json(name)


def _lower_set(words: list[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


@resource_cache
def lexicon() -> GoalLexicon:
    raw = load_json("goal_lexicon.json")
    flags = re.IGNORECASE
    return GoalLexicon(
        raw=raw,
        vague=_phrase_regex(raw["vague_state"]),
        behaviour=_phrase_regex(raw["observable_behaviour"]),
        measure=tuple(re.compile(p, flags) for p in raw["measure_regex"]),
        deadline=tuple(re.compile(p, flags) for p in raw["deadline_regex"]),
        number_words=_phrase_regex(raw["number_words"]),
        adult_only=_phrase_regex(raw["adult_or_setting_only"]),
        domains={k: _phrase_regex(v) for k, v in raw["development_domains"].items()},
        actor_nouns=_lower_set(raw["actor_nouns"]),
        non_names=frozenset(raw["non_name_capitalised"]),
        prepositions=frozenset(raw["prepositions"]),
        impersonal=tuple(raw["impersonal_starts"]),
        termijn_void=_lower_set(raw["termijn_void"]),
        termijn_words=_words_anywhere(sorted(month_names()) + raw["termijn_words"]),
        passive_aux=_lower_set(raw["passive_auxiliaries"]),
        state_passive_aux=_lower_set(raw["state_passive_auxiliaries"]),
        receive=_lower_set(raw["receive_verbs"]),
        determiners=_lower_set(raw["determiners"]),
        pronouns=_lower_set(raw["personal_pronouns"]),
        passive_agent=tuple(tuple(m.lower().split()) for m in raw["passive_agent_markers"]),
        co_agent=tuple(tuple(m.lower().split()) for m in raw["co_agent_markers"]),
    )


@dataclass(frozen=True)
class GoalStructure:
    """Compiled ``goal_structure.json``: where goals stand in a plan (see its ``_about``)."""

    field_label: re.Pattern[str]
    action_prefix: re.Pattern[str]
    attribute_line: re.Pattern[str]
    goal_line: re.Pattern[str]
    numbered_item_title: re.Pattern[str]
    goal_col: tuple[re.Pattern[str], ...]
    termijn_col: tuple[re.Pattern[str], ...]
    wie_col: tuple[re.Pattern[str], ...]
    evaluation_col: tuple[re.Pattern[str], ...]
    description_col: tuple[re.Pattern[str], ...]
    goal_label_cell: re.Pattern[str]
    status_col: tuple[re.Pattern[str], ...]
    goal_id_label: re.Pattern[str]
    dropped_goal: re.Pattern[str]
    intro: tuple[re.Pattern[str], ...]
    prose_marker: tuple[re.Pattern[str], ...]
    goal_row_label: re.Pattern[str]
    result_row_label: re.Pattern[str]
    no_goal_value: re.Pattern[str]
    domain_row_label: re.Pattern[str]
    verdict_value: re.Pattern[str]
    goal_statement: re.Pattern[str]
    goal_mention: re.Pattern[str]
    prose_skip_start: re.Pattern[str]
    plan_title_words: re.Pattern[str]
    context_line: re.Pattern[str]
    plan_metadata: re.Pattern[str]
    goal_fields_line: re.Pattern[str]
    goal_title_max_words: int
    evaluated_title_max_words: int
    score_col: tuple[re.Pattern[str], ...]
    question_line: re.Pattern[str]
    goal_question: re.Pattern[str]
    who_question: re.Pattern[str]
    evaluation_verdict: re.Pattern[str]
    form_answer: re.Pattern[str]
    evaluation_intro: re.Pattern[str]
    signature_line: re.Pattern[str]
    status_title: re.Pattern[str]
    inactive_title: re.Pattern[str]


@resource_cache
def structure() -> GoalStructure:
    """Line labels, column names and prose cues used by extraction (goal_structure.json)."""
    s = load_json("goal_structure.json")

    def one(key: str) -> re.Pattern[str]:
        return re.compile(s[key], re.I)

    def each(key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(x, re.I) for x in s[key])

    return GoalStructure(
        field_label=one("field_labels"), action_prefix=one("action_line_prefix"),
        attribute_line=one("goal_attribute_line"), goal_line=one("goal_line"), numbered_item_title=one("numbered_item_title"),
        goal_col=each("goal_columns"), termijn_col=each("termijn_columns"), wie_col=each("wie_columns"),
        evaluation_col=each("evaluation_columns"), description_col=each("description_columns"),
        goal_label_cell=one("goal_label_cell"), status_col=each("status_columns"), dropped_goal=one("dropped_goal"),
        goal_id_label=one("goal_id_label"),
        intro=each("intro_sentence"), prose_marker=each("prose_goal_markers"), goal_row_label=one("goal_row_label"),
        result_row_label=one("result_row_label"), no_goal_value=one("no_goal_value"),
        domain_row_label=one("domain_row_label"), verdict_value=one("verdict_value"),
        goal_statement=one("goal_statement"), goal_mention=one("goal_mention"),
        prose_skip_start=one("prose_skip_start"), plan_title_words=one("plan_title_words"),
        context_line=one("context_line"), plan_metadata=one("plan_metadata"),
        goal_fields_line=one("goal_fields_line"), goal_title_max_words=int(s["goal_title_max_words"]),
        evaluated_title_max_words=int(s["evaluated_title_max_words"]), score_col=each("score_columns"),
        question_line=one("question_line"), goal_question=one("goal_question"), who_question=one("who_question"),
        evaluation_verdict=one("evaluation_verdict"), form_answer=one("form_answer"),
        evaluation_intro=one("evaluation_intro"), signature_line=one("signature_line"),
        status_title=one("status_title"), inactive_title=one("inactive_title"),
    )
