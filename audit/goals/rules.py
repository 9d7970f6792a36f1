"""Lexical rules for the five goal criteria.

Rules find the words that decide a criterion (the cues an inspector wants to
see). Where a rule is near-certain it decides on its own (deadlines, a Termijn
column, a subject that acts); everything else becomes a feature token for the
model (``audit/goals/model.py``), which makes the judgement calls.
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
_PASSIVE_AUX = {"wordt", "worden", "werd", "werden"}
_PARTICIPLE = re.compile(
    r"^(?:\w*ge\w+[dt]|\w*ge\w+en|\w*ge\w+an|be\w+[dt]|be\w+en|ver\w+[dt]|ont\w+[dt]|her\w+[dt]|onder\w+[dt]|over\w+[dt]|"
    r"aan\w+[dt]|in\w+[dt]|uit\w+[dt]|op\w+[dt]|door\w+[dt]|af\w+[dt])$",
    re.IGNORECASE,
)
_NOUN_SUFFIX = re.compile(r"(ing|heid|gang|schap|tie|sie|teit|isme|ment|ture|uur|ontwikkeling|contact|omgang)$", re.I)
_DETERMINERS = {"de", "het", "een", "zijn", "haar", "hun", "onze", "ons", "mijn", "z'n", "d'r", "beide", "alle", "deze", "dit"}
_SINGULAR_VERB = re.compile(
    r"^(gaat|kan|wil|zal|moet|mag|is|heeft|doet|komt|weet|durft|laat|blijft|wordt|leert|zit|ziet|staat|ligt|\w+t)$", re.I
)
_RECEIVE = {"krijgt", "krijgen", "ontvangt", "ontvangen"}
_CLAUSE_BREAK = {";", ":", ".", "!", "?", ","}


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
    if _all_matches(lex.deadline, t) or re.search(r"\d", t) or re.search(
        r"(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|vakantie|schooljaar|evaluatie|weken|maanden|kwartaal|zomer|najaar|voorjaar|winter)",
        t,
        re.I,
    ):
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


def find_actor(text: str, wie: str | None, lex: GoalLexicon) -> tuple[bool, list[str], float]:
    """Who acts: an actor noun or a name as subject of an active clause, or 'door X'.

    A name after a preposition ("contact met moeder", "hechting van Lisa") is not
    the one acting, and a passive clause without agent ("Moeder wordt ontlast")
    states nobody.
    """
    if wie and wie.strip() and wie.strip().lower() not in lex.termijn_void:
        return True, [f"Wie: {wie.strip()}"], 0.9
    toks = _TOKEN.findall(strip_prefix(text))
    clauses: list[list[str]] = [[]]
    for t in toks:
        if t in _CLAUSE_BREAK:
            clauses.append([])
        else:
            clauses[-1].append(t)
    cues: list[str] = []
    for cl in clauses:
        if not cl:
            continue
        low = [t.lower() for t in cl]
        joined = " ".join(low)
        has_participle = any(_PARTICIPLE.match(t) for t in low[1:] if t not in _PASSIVE_AUX)

        def passive_at(i: int) -> bool:
            """The candidate at ``i`` undergoes the action (passive or 'krijgt')."""
            k = i + 1
            while k < len(low) and (low[k].startswith("(") or low[k] == ")" or low[k].isdigit() or low[k] in {"jr", "jaar"}):
                k += 1
            nxt = low[k] if k < len(low) else ""
            prv = low[i - 1] if i > 0 else ""
            if nxt in _RECEIVE or prv in _RECEIVE:
                return True
            if (nxt in _PASSIVE_AUX or prv in _PASSIVE_AUX) and has_participle:
                return True
            if nxt in {"is", "zijn"} and k + 1 < len(low) and _PARTICIPLE.match(low[k + 1]):
                return True
            return False

        impersonal = any(joined.startswith(p) for p in lex.impersonal)
        prev_state: str | None = None  # "subj" or "prep" for coordination
        label_span = _short_parentheticals(low)
        for i, tok in enumerate(cl):
            lt = low[i]
            if i in label_span:
                continue
            is_actor_noun = lt in lex.actor_nouns or lt.rstrip("s") in lex.actor_nouns and lt.endswith("'s")
            first_content = all(t in _DETERMINERS for t in low[:i])
            name = _is_name(tok, lex, at_start=first_content, nxt=cl[i + 1] if i + 1 < len(cl) else None)
            if not (is_actor_noun or name):
                if lt not in {"en", "of", "(", ")"} and not lt.isdigit():
                    prev_state = None if lt not in _DETERMINERS else prev_state
                continue
            # Look back past determiners and coordination.
            j = i - 1
            while j >= 0 and low[j] in _DETERMINERS | {"(", ")"}:
                j -= 1
            before = low[j] if j >= 0 else None
            if before in {"en", "of"} and prev_state is not None:
                state = prev_state
            elif (before == "door" and has_participle) or (before == "met" and j >= 1 and low[j - 1] == "samen"):
                state = "agent"
            elif before in lex.prepositions:
                state = "prep"
            elif passive_at(i):
                state = "patient"
            elif impersonal and i > 0 and before not in {"dat", "zodat", "waarin", "waarbij"}:
                state = "prep"
            elif lt in {"hij", "zij", "ze", "wij", "we", "ik", "jij"} and i > 0 and before not in {"dat", "zodat"} and not first_content and not (before and _VERBISH.match(before)):
                state = "prep"
            else:
                state = "subj"
            prev_state = state if state in {"subj", "prep"} else prev_state
            if state in {"subj", "agent"}:
                cues.append(("door " if state == "agent" else "") + tok)
    cues = _uniq(cues)
    if cues:
        return True, cues, 0.85
    return False, [], 0.75


def analyse(text: str, termijn: str | None = None, wie: str | None = None) -> RuleAnalysis:
    """Run every rule on one goal; returns cues, decisive outcomes and model features."""
    lex = lexicon()
    body = strip_prefix(text)
    low = body.lower()
    ra = RuleAnalysis()
    feats: list[str] = []

    vague = _uniq([m.group(0) for m in lex.vague.finditer(body)])
    behav = _uniq([m.group(0) for m in lex.behaviour.finditer(body)])
    measure = _all_matches(lex.measure, body)
    nums = _uniq([m.group(0) for m in lex.number_words.finditer(body)])
    deadline = _all_matches(lex.deadline, body)
    tcue = termijn_cue(termijn, lex)
    domains = {k: _uniq([m.group(0) for m in p.finditer(body)]) for k, p in lex.domains.items()}
    domains = {k: v for k, v in domains.items() if v}
    adult = _uniq([m.group(0) for m in lex.adult_only.finditer(body)])
    actor, actor_cues, actor_conf = find_actor(body, wie, lex)

    # time_bound: lexical, decisive.
    tb_cues = ([f"Termijn: {tcue}"] if tcue else []) + deadline
    ra.cues["time_bound"] = tb_cues
    ra.decided["time_bound"] = bool(tb_cues)
    ra.guess["time_bound"] = bool(tb_cues)

    # actor: lexical subject detection, decisive.
    ra.cues["actor"] = actor_cues
    ra.decided["actor"] = actor
    ra.guess["actor"] = actor

    # measurable: a number, frequency or observable end state decides; otherwise the model.
    # A number that only belongs to the deadline ("vóór 1 juli") does not make a goal measurable.
    dl_text = " ".join(deadline).lower()
    meas = [m for m in measure if m.lower() not in dl_text and not any(m.lower() in d.lower() for d in deadline)]
    meas += [n for n in nums if not any(n.lower() in m.lower() for m in meas) and n.lower() not in dl_text]
    ra.cues["measurable"] = _uniq(meas)
    ra.decided["measurable"] = True if meas else None
    ra.guess["measurable"] = bool(meas)

    # specific: behaviour vs state; the model judges, rules give cues and a fallback.
    ra.cues["specific"] = behav if behav else [f"vaag: {v}" for v in vague]
    ra.decided["specific"] = None
    ra.guess["specific"] = bool(behav) and (len(behav) >= len(vague) or bool(meas))

    # development_oriented: domain words vs adult/setting-only; the model judges.
    dom_cues = [f"{k}: {', '.join(v)}" for k, v in domains.items()]
    ra.cues["development_oriented"] = dom_cues if dom_cues else [f"alleen volwassenen/omgeving: {a}" for a in adult]
    ra.decided["development_oriented"] = None
    ra.guess["development_oriented"] = bool(domains) and not (adult and len(domains) <= 1 and len(adult) >= 1 and not behav)

    # Feature tokens for the model: counts folded into a few bins.
    def binned(name: str, n: int) -> None:
        if n:
            feats.append(f"__{name}__")
            if n > 1:
                feats.append(f"__{name}2__")
        else:
            feats.append(f"__no{name}__")

    binned("vague", len(vague))
    binned("behav", len(behav))
    binned("measure", len(meas))
    binned("deadline", len(tb_cues))
    binned("adult", len(adult))
    binned("domain", len(domains))
    feats += [f"__dom_{k}__" for k in domains]
    feats.append("__actor__" if actor else "__noactor__")
    if re.match(r"^[A-ZÀ-Ý]?[a-zà-ÿ]+en\b", body) and not actor:
        feats.append("__infinitive_start__")
    if any(w in low.split() for w in _PASSIVE_AUX):
        feats.append("__passive__")
    ra.features = feats
    return ra


def features_text(text: str, termijn: str | None = None, wie: str | None = None) -> str:
    """The model's input: rule feature tokens followed by the goal text."""
    ra = analyse(text, termijn, wie)
    return " ".join(ra.features) + " " + strip_prefix(text)
