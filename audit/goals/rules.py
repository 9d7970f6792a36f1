"""Lexical rules for the five goal criteria.

Rules find the words that decide a criterion (the cues an inspector wants to
see). Where a rule is near-certain it decides on its own (deadlines, a Termijn
column, a subject that acts); everything else becomes a feature token for the
model (``audit/ml/goal_model.py``), which makes the judgement calls.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from audit.goals.lexicon import GoalLexicon, lexicon

_PREFIX = re.compile(
    r"^\s*(?:[-–—•*·▪o>]\s+|\(?\d{1,2}[.)]\d?\s*|\(?[a-h][.)]\s+|"
    r"(?:sub)?doel(?:stelling)?\s*\d*[a-z]?\s*[:.)–—-]\s*|"
    r"(?:wat willen we bereiken|wat wil(?:len)? (?:we|ik|\w+) bereiken)\s*[:?]?\s*|"
    r"(?:we|wij) willen (?:bereiken )?dat\s+|(?:het )?doel is (?:om|dat)\s+)+",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[\wÀ-ÿ'’]+(?:\([\w]+\))?|[;:,.!?()]")
_VERBISH = re.compile(
    r"^(gaat|gaan|kan|kunnen|wil|willen|zal|zullen|moet|moeten|mag|mogen|is|zijn|heeft|hebben|blijft|blijven|"
    r"wordt|worden|krijgt|krijgen|leert|leren|doet|doen|komt|komen|weet|weten|durft|durven|laat|laten|"
    r"\w+t|\w+en|\w+de|\w+te)$",
    re.IGNORECASE,
)
_PARTICIPLE = re.compile(
    r"^(?:\w*ge\w+[dt]|\w*ge\w+en|\w*ge\w+an|be\w+[dt]|be\w+en|ver\w+[dt]|ont\w+[dt]|her\w+[dt]|onder\w+[dt]|over\w+[dt]|"
    r"aan\w+[dt]|in\w+[dt]|uit\w+[dt]|op\w+[dt]|door\w+[dt]|af\w+[dt])$",
    re.IGNORECASE,
)
_NOUN_SUFFIX = re.compile(r"(ing|heid|gang|schap|tie|sie|teit|isme|ment|ture|uur|ontwikkeling|contact|omgang)$", re.I)
_SINGULAR_VERB = re.compile(
    r"^(gaat|kan|wil|zal|moet|mag|is|heeft|doet|komt|weet|durft|laat|blijft|wordt|leert|zit|ziet|staat|ligt|\w+t)$", re.I
)
_CLAUSE_BREAK = {";", ":", ".", "!", "?", ","}
# Grammatical glue of the actor rules (word lists with content live in goal_lexicon.json).
_COORDINATORS = ("en", "of")  # "PO en moeder": the second shares the first one's role
_CLAUSE_LINKS = ("dat", "zodat", "waarin", "waarbij")  # a subject after these acts, even in an impersonal clause
_THAT_WORDS = ("dat", "zodat")  # "... zodat hij ...": the pronoun is a subject
_AGE_UNITS = ("jr", "jaar")  # "Sanne (9 jr)" is skipped when looking for the verb


def strip_prefix(text: str) -> str:
    """Drop bullets, numbering and a leading "Doel 1:" so the rules see the goal itself."""
    return _PREFIX.sub("", text, count=1).strip()


@dataclass
class RuleAnalysis:
    """What the rules found: cues per criterion, decisive outcomes and model feature tokens."""

    cues: dict[str, list[str]] = field(default_factory=dict)
    decided: dict[str, bool | None] = field(default_factory=dict)
    guess: dict[str, bool] = field(default_factory=dict)
    features: list[str] = field(default_factory=list)


def _all_matches(patterns, text: str) -> list[str]:
    found: list[tuple[int, str]] = []
    for p in patterns:
        for m in p.finditer(text):
            s = m.group(0).strip()
            if s and not any(s in f or f in s for _, f in found):
                found.append((m.start(), s))
    return [s for _, s in sorted(found)]


def _uniq(xs: list[str]) -> list[str]:
    out: list[str] = []
    for x in xs:
        if x.lower() not in (o.lower() for o in out):
            out.append(x)
    return out


def termijn_cue(termijn: str | None, lex: GoalLexicon) -> str | None:
    """A Termijn/Wanneer cell counts when it names a date or period, not 'doorlopend'."""
    if not termijn:
        return None
    t = termijn.strip()
    if not t or t.lower().strip(" .") in lex.termijn_void:
        return None
    if _all_matches(lex.deadline, t) or re.search(r"\d", t) or lex.termijn_words.search(t):
        return t
    return None


def _is_name(tok: str, lex: GoalLexicon, at_start: bool, nxt: str | None) -> bool:
    if not tok[:1].isupper() or not tok.replace("'", "").isalpha() or len(tok) < 2:
        return False
    if tok in lex.non_names or tok.lower() in lex.actor_nouns:
        return False
    if tok.isupper():  # abbreviations that are not actors (e.g. OTS, AVI)
        return False
    if _NOUN_SUFFIX.search(tok.lower()):
        return False
    if at_start:
        # A bare capitalised word opening a clause is a name when a singular verb or "(age)" follows.
        return nxt is not None and (nxt == "(" or nxt.startswith("(") or bool(_SINGULAR_VERB.match(nxt)))
    return True


def _short_parentheticals(low: list[str]) -> set[int]:
    """Token indices inside short parentheses ("(verzuimregistratie school)"): a source or label, not the
    one acting. A parenthetical clause ("(PZB bespreekt dit bij het huisbezoek)") of 4+ words still counts."""
    out: set[int] = set()
    start: int | None = None
    for i, t in enumerate(low):
        if t == "(":
            start = i
        elif t == ")" and start is not None:
            if i - start - 1 < 4:
                out.update(range(start + 1, i))
            start = None
    return out


@dataclass
class _Clause:
    """One clause of a goal (tokens between punctuation) as the actor rules see it."""

    toks: list[str]
    low: list[str]
    has_participle: bool  # a participle after the first word: the clause may be passive
    impersonal: bool  # "Er wordt ...", "Het contact ...": nobody named acts


def _clauses(text: str, lex: GoalLexicon) -> list[_Clause]:
    groups: list[list[str]] = [[]]
    for t in _TOKEN.findall(strip_prefix(text)):
        if t in _CLAUSE_BREAK:
            groups.append([])
        else:
            groups[-1].append(t)
    out = []
    for toks in groups:
        if not toks:
            continue
        low = [t.lower() for t in toks]
        joined = " ".join(low)
        has_participle = any(_PARTICIPLE.match(t) for t in low[1:] if t not in lex.passive_aux)
        out.append(_Clause(toks, low, has_participle, any(joined.startswith(p) for p in lex.impersonal)))
    return out


def _passive_at(c: _Clause, i: int, lex: GoalLexicon) -> bool:
    """The candidate at ``i`` undergoes the action (passive or 'krijgt')."""
    low = c.low
    k = i + 1
    while k < len(low) and (low[k].startswith("(") or low[k] == ")" or low[k].isdigit() or low[k] in _AGE_UNITS):
        k += 1
    nxt = low[k] if k < len(low) else ""
    prv = low[i - 1] if i > 0 else ""
    if nxt in lex.receive or prv in lex.receive:
        return True
    if (nxt in lex.passive_aux or prv in lex.passive_aux) and c.has_participle:
        return True
    return nxt in lex.state_passive_aux and k + 1 < len(low) and bool(_PARTICIPLE.match(low[k + 1]))


def _ends_with(low: list[str], j: int, words: tuple[str, ...]) -> bool:
    """Whether ``low[: j + 1]`` ends with the word sequence ``words``."""
    return j + 1 >= len(words) and tuple(low[j + 1 - len(words) : j + 1]) == words


def _role(c: _Clause, i: int, first_content: bool, prev_state: str | None, lex: GoalLexicon) -> str:
    """'subj' (acts), 'agent' ('door X', 'samen met X'), 'prep' (after a preposition) or 'patient' (undergoes)."""
    low = c.low
    j = i - 1  # look back past determiners and brackets
    while j >= 0 and (low[j] in lex.determiners or low[j] in ("(", ")")):
        j -= 1
    before = low[j] if j >= 0 else None
    if before in _COORDINATORS and prev_state is not None:
        return prev_state
    if (c.has_participle and any(_ends_with(low, j, m) for m in lex.passive_agent)) or any(
        _ends_with(low, j, m) for m in lex.co_agent
    ):
        return "agent"
    if before in lex.prepositions:
        return "prep"
    if _passive_at(c, i, lex):
        return "patient"
    if c.impersonal and i > 0 and before not in _CLAUSE_LINKS:
        return "prep"
    if (low[i] in lex.pronouns and i > 0 and before not in _THAT_WORDS and not first_content
            and not (before and _VERBISH.match(before))):
        return "prep"
    return "subj"


def _clause_actors(c: _Clause, lex: GoalLexicon) -> list[str]:
    """The actors of one clause: candidates (actor nouns, names) that are subject or agent."""
    cues: list[str] = []
    prev_state: str | None = None  # "subj" or "prep" for coordination
    label_span = _short_parentheticals(c.low)
    for i, tok in enumerate(c.toks):
        lt = c.low[i]
        if i in label_span:
            continue
        is_actor_noun = lt in lex.actor_nouns or lt.rstrip("s") in lex.actor_nouns and lt.endswith("'s")
        first_content = all(t in lex.determiners for t in c.low[:i])
        name = _is_name(tok, lex, at_start=first_content, nxt=c.toks[i + 1] if i + 1 < len(c.toks) else None)
        if not (is_actor_noun or name):
            if lt not in _COORDINATORS and lt not in ("(", ")") and not lt.isdigit():
                prev_state = None if lt not in lex.determiners else prev_state
            continue
        state = _role(c, i, first_content, prev_state, lex)
        prev_state = state if state in {"subj", "prep"} else prev_state
        if state in {"subj", "agent"}:
            cues.append(("door " if state == "agent" else "") + tok)
    return cues


def find_actor(text: str, wie: str | None, lex: GoalLexicon) -> tuple[bool, list[str], float]:
    """Who acts: an actor noun or a name as subject of an active clause, or 'door X'.

    A name after a preposition ("contact met moeder", "hechting van Lisa") is not
    the one acting, and a passive clause without agent ("Moeder wordt ontlast")
    states nobody.
    """
    if wie and wie.strip() and wie.strip().lower() not in lex.termijn_void:
        return True, [f"Wie: {wie.strip()}"], 0.9
    cues = _uniq([cue for c in _clauses(text, lex) for cue in _clause_actors(c, lex)])
    if cues:
        return True, cues, 0.85
    return False, [], 0.75


@dataclass
class _Cues:
    """What the lexicons find in one goal, before any criterion is decided."""

    vague: list[str]
    behav: list[str]
    meas: list[str]  # measure cues and number words that do not belong to the deadline
    time_bound: list[str]  # "Termijn: ..." and deadline phrases
    domains: dict[str, list[str]]
    adult: list[str]
    actor: bool
    actor_cues: list[str]


def _find_cues(body: str, termijn: str | None, wie: str | None, lex: GoalLexicon) -> _Cues:
    measure = _all_matches(lex.measure, body)
    nums = _uniq([m.group(0) for m in lex.number_words.finditer(body)])
    deadline = _all_matches(lex.deadline, body)
    tcue = termijn_cue(termijn, lex)
    domains = {k: _uniq([m.group(0) for m in p.finditer(body)]) for k, p in lex.domains.items()}
    actor, actor_cues, _conf = find_actor(body, wie, lex)
    # A number that only belongs to the deadline ("vóór 1 juli") does not make a goal measurable.
    dl_text = " ".join(deadline).lower()
    meas = [m for m in measure if m.lower() not in dl_text and not any(m.lower() in d.lower() for d in deadline)]
    meas += [n for n in nums if not any(n.lower() in m.lower() for m in meas) and n.lower() not in dl_text]
    return _Cues(
        vague=_uniq([m.group(0) for m in lex.vague.finditer(body)]),
        behav=_uniq([m.group(0) for m in lex.behaviour.finditer(body)]),
        meas=meas,
        time_bound=([f"Termijn: {tcue}"] if tcue else []) + deadline,
        domains={k: v for k, v in domains.items() if v},
        adult=_uniq([m.group(0) for m in lex.adult_only.finditer(body)]),
        actor=actor,
        actor_cues=actor_cues,
    )


def _judge(ra: RuleAnalysis, f: _Cues) -> None:
    """Cues, decisive outcomes and rule fallbacks per criterion."""
    # time_bound and actor: lexical, decisive.
    ra.cues["time_bound"] = f.time_bound
    ra.decided["time_bound"] = ra.guess["time_bound"] = bool(f.time_bound)
    ra.cues["actor"] = f.actor_cues
    ra.decided["actor"] = ra.guess["actor"] = f.actor
    # measurable: a number, frequency or observable end state decides; otherwise the model.
    ra.cues["measurable"] = _uniq(f.meas)
    ra.decided["measurable"] = True if f.meas else None
    ra.guess["measurable"] = bool(f.meas)
    # specific: behaviour vs state; the model judges, rules give cues and a fallback.
    ra.cues["specific"] = f.behav if f.behav else [f"vaag: {v}" for v in f.vague]
    ra.decided["specific"] = None
    ra.guess["specific"] = bool(f.behav) and (len(f.behav) >= len(f.vague) or bool(f.meas))
    # development_oriented: domain words vs adult/setting-only; the model judges.
    dom_cues = [f"{k}: {', '.join(v)}" for k, v in f.domains.items()]
    ra.cues["development_oriented"] = dom_cues if dom_cues else [f"alleen volwassenen/omgeving: {a}" for a in f.adult]
    ra.decided["development_oriented"] = None
    ra.guess["development_oriented"] = bool(f.domains) and not (
        f.adult and len(f.domains) <= 1 and len(f.adult) >= 1 and not f.behav
    )


def _binned(name: str, n: int) -> list[str]:
    """A count folded into a few feature tokens: none, some, several."""
    if not n:
        return [f"__no{name}__"]
    return [f"__{name}__"] + ([f"__{name}2__"] if n > 1 else [])


def _features(f: _Cues, body: str, lex: GoalLexicon) -> list[str]:
    """Feature tokens for the model."""
    feats: list[str] = []
    for name, n in (("vague", len(f.vague)), ("behav", len(f.behav)), ("measure", len(f.meas)),
                    ("deadline", len(f.time_bound)), ("adult", len(f.adult)), ("domain", len(f.domains))):
        feats += _binned(name, n)
    feats += [f"__dom_{k}__" for k in f.domains]
    feats.append("__actor__" if f.actor else "__noactor__")
    if re.match(r"^[A-ZÀ-Ý]?[a-zà-ÿ]+en\b", body) and not f.actor:
        feats.append("__infinitive_start__")
    if any(w in body.lower().split() for w in lex.passive_aux):
        feats.append("__passive__")
    return feats


def analyse(text: str, termijn: str | None = None, wie: str | None = None) -> RuleAnalysis:
    """Run every rule on one goal; returns cues, decisive outcomes and model features."""
    lex = lexicon()
    body = strip_prefix(text)
    cues = _find_cues(body, termijn, wie, lex)
    ra = RuleAnalysis()
    _judge(ra, cues)
    ra.features = _features(cues, body, lex)
    return ra


def features_text(text: str, termijn: str | None = None, wie: str | None = None) -> str:
    """The model's input: rule feature tokens followed by the goal text."""
    ra = analyse(text, termijn, wie)
    return " ".join(ra.features) + " " + strip_prefix(text)
