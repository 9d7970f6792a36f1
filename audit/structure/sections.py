"""Sections by their headings, and what kind of document a file is.

Hand-written because the signals are dossier-specific: providers export care
plans with real heading styles (DOCX), but journals and PDFs often carry
headings as short plain lines ("3. Doelen", "VEILIGHEID", "Afweging:"). Heading
words and kinds live in ``resources/sections.json``.

Two views of a heading come from here: its section kind (``heading_kind``: goals,
safety, matching, ...) for the detectors, and how it relates to care-plan goals
(``goal_heading_kind``: a goals section, the goals of an evaluation, a part that is
never goals such as actions or signatures) for goal extraction, with the plan's own
title (``is_document_title``) and plain-line names of unrelated sections
(``is_unrelated_heading``) beside it.
"""
from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Literal

from audit.resources import resource_cache, resource_json
from audit.types import Block, Document, Section

_NUMBERING = re.compile(r"^\s*(?:(?:\d+|[A-Z])(?:\.\d+)*[.)]?|[IVX]+\.)\s+")
# Numbering that goal extraction strips from a heading: "2.1", "2.1.", "IV.", "b)" (not "A." or "1)").
_GOAL_NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[IVX]+\.|[a-z]\))\s+")
_SENTENCE_END = re.compile(r"[.!?]\s*$")
MAX_HEADING_CHARS = 70


@dataclass(frozen=True)
class SectionLexicon:
    kinds: tuple[tuple[str, tuple[str, ...]], ...]
    document_types: tuple[tuple[str, tuple[str, ...]], ...]
    date_labels: tuple[str, ...]
    plan_date_labels: tuple[str, ...]


@resource_cache
def lexicon() -> SectionLexicon:
    data = resource_json("sections.json")
    return SectionLexicon(
        kinds=tuple((k["kind"], tuple(k["phrases"])) for k in data["kinds"]),
        document_types=tuple((k["type"], tuple(k["phrases"])) for k in data["document_types"]),
        date_labels=tuple(sorted(data["date_labels"], key=len, reverse=True)),
        plan_date_labels=tuple(sorted(data["plan_date_labels"], key=len, reverse=True)),
    )


GoalHeadingKind = Literal["goals", "goals_evaluation", "not_goals"]


@dataclass(frozen=True)
class GoalHeadings:
    """The goal-related heading patterns of ``sections.json`` (see its ``_doc_goal_headings``)."""

    parts: re.Pattern[str]
    goals: tuple[re.Pattern[str], ...]
    goal_word: re.Pattern[str]
    goal_word_max_words: int
    evaluation: re.Pattern[str]
    not_goals: tuple[re.Pattern[str], ...]
    document_title: tuple[re.Pattern[str], ...]
    unrelated: tuple[re.Pattern[str], ...]


@resource_cache
def goal_headings() -> GoalHeadings:
    data = resource_json("sections.json")

    def each(key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p, re.I) for p in data[key])

    return GoalHeadings(
        parts=re.compile(data["goal_parts"], re.I),
        goals=each("goal_headings"),
        goal_word=re.compile(data["goal_word"], re.I),
        goal_word_max_words=int(data["goal_word_max_words"]),
        evaluation=re.compile(data["goals_evaluation_words"], re.I),
        not_goals=each("not_goal_headings"),
        document_title=each("document_title"),
        unrelated=each("unrelated_headings"),
    )


def _has_phrase(text: str, phrase: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(phrase)}(?![\w])", text) is not None


_FORM_DATE_LINE = re.compile(r"(?im)^[ \t]*datum\b[^\n:|]{0,30}[:|]?[ \t]*\d")  # "Datum afname: 24-06-2025"


def _has_phrase_or_plural(text: str, phrase: str) -> bool:
    """The phrase, or its plural: a file of several checks or reports is named so ("veiligheidschecks_2025.pdf")."""
    return re.search(rf"(?<![\w]){re.escape(phrase)}(?:s|en)?(?![\w])", text) is not None


def clean_title(text: str) -> str:
    """Heading text without numbering and trailing colon: '3. Doelen:' -> 'Doelen'."""
    return _NUMBERING.sub("", text.strip()).rstrip(":").strip()


@resource_cache
def _kind_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Per section kind, one regex that matches where any of its phrases does (as ``_has_phrase``), or one of
    its patterns ("Waarom Mila bij opa en oma woont": a heading that names the child and the family)."""
    patterns = {k["kind"]: k.get("patterns", []) for k in resource_json("sections.json")["kinds"]}
    return tuple((kind, re.compile("|".join([rf"(?<![\w])(?:{'|'.join(re.escape(p) for p in phrases)})(?![\w])",
                                            *patterns.get(kind, [])])))
                 for kind, phrases in lexicon().kinds if phrases)


def heading_kind(title: str) -> str:
    """Map a heading to a section kind ('goals', 'safety', ...) or 'other'."""
    low = clean_title(title).lower()
    for kind, pattern in _kind_patterns():
        if pattern.search(low):
            return kind
    return "other"


def _goal_title(text: str) -> str:
    """A heading as goal extraction compares it: numbering, blanks and colons at either end stripped."""
    return _GOAL_NUMBERING.sub("", text).strip().strip(":").strip()


#: the file's own words for goals ("koerspunten" where its box of terms says "de doelen heten koerspunten"),
#: set by the goals stage for the dossier it reads (``goals.extract.extract_goals``)
OWN_GOAL_WORDS: ContextVar[frozenset[str]] = ContextVar("own_goal_words", default=frozenset())


def goal_heading_kind(title: str) -> GoalHeadingKind | None:
    """How a heading relates to care-plan goals.

    'goals' (a goals section), 'goals_evaluation' (the goals heading of an
    evaluation), 'not_goals' (actions, sub-goals, evaluation, signatures, ...) or
    None (unrelated to goals). A short heading that holds the file's own word for goals is a goals heading.
    """
    g = goal_headings()
    t = _goal_title(title).lower()
    if g.parts.match(t):
        return "not_goals"
    own = OWN_GOAL_WORDS.get()
    if own and len(t.split()) <= g.goal_word_max_words and any(w in own for w in re.findall(r"[\w'’-]+", t)):
        return "goals_evaluation" if g.evaluation.search(t) else "goals"
    if any(r.match(t) for r in g.goals) or (g.goal_word.search(t) and len(t.split()) <= g.goal_word_max_words):
        return "goals_evaluation" if g.evaluation.search(t) else "goals"
    if any(r.match(t) for r in g.not_goals):
        return "not_goals"
    return None


def is_unrelated_heading(title: str) -> bool:
    """A known unrelated section name ("Situatie", "Inzet pleegzorg") that ends a goals section."""
    t = _goal_title(title).lower()
    return any(r.match(t) for r in goal_headings().unrelated)


def is_document_title(title: str) -> bool:
    """'Plan van aanpak – Jayden B.': the plan's own title, which opens no goals section."""
    t = _goal_title(title)
    return any(r.match(t) for r in goal_headings().document_title)


def _numbering_level(text: str) -> int | None:
    m = _NUMBERING.match(text)
    if not m:
        return None
    return m.group(0).strip().rstrip(".)").count(".") + 1


# "Gekoppeld doel: 1. Schoolgang", "Soort: huisbezoek": a record's field (label of up to three words), no heading
FIELD_LINE = re.compile(r"^[^\W\d_]+(?:[ '-][^\W\d_]+){0,2}[ \t]*:[ \t]+\S")


@resource_cache
def _question_word() -> re.Pattern[str]:
    """A heading that opens with a question word asks a question, with or without its mark (``sections.json``)."""
    return re.compile(resource_json("sections.json")["question_heading"], re.IGNORECASE)


def _plain_heading_level(block: Block, text: str) -> int | None:
    """Is a plain line a heading? Only when short, not a sentence, and recognisable."""
    stripped = text.strip()
    if not stripped or len(stripped) > MAX_HEADING_CHARS or "|" in stripped or FIELD_LINE.match(stripped):
        return None  # "Gekoppeld doel: 1. Schoolgang" is a record's field, not a heading
    if _SENTENCE_END.search(stripped) and not _NUMBERING.match(stripped) \
            and not (stripped.endswith("?") and heading_kind(stripped) != "other"):
        return None  # a sentence; a question that names a section ("Waarom woon jij bij Anna en Piet?") heads one
    if stripped[:1].isdigit() and not _NUMBERING.match(stripped):
        return None  # a date or number line ("12-03-2024 | Huisbezoek"), not a heading
    title = clean_title(stripped)
    if not title or len(title.split()) > 7:
        return None
    known = heading_kind(title) != "other"
    shouty = title.isupper() and len(title) > 3
    if stripped.endswith(":") and known:
        return _numbering_level(stripped) or 2
    if _NUMBERING.match(stripped) and known and len(title.split()) <= 5:
        return _numbering_level(stripped) or 1
    # a question heading names its section in more words, with or without its mark ("Waarom Mees bij oom en tante woont")
    words = 7 if stripped.endswith("?") or _question_word().match(title) else 4
    if shouty or (known and len(title.split()) <= words and title[:1].isupper()):
        return 1
    return None


def heading_blocks(doc: Document) -> list[tuple[Block, int]]:
    """Blocks that act as headings, with their level (0 = document title)."""
    out: list[tuple[Block, int]] = []
    for block in doc.blocks:
        text = doc.text[block.start : block.end]
        if block.kind == "heading":
            out.append((block, block.level if block.level is not None else 1))
        elif block.kind in ("line", "paragraph", "list_item"):
            # numbered headings ("2. Doelen") often come out of readers as list items
            level = _plain_heading_level(block, text)
            if level is not None:
                out.append((block, level))
    return out


def sections_of(doc: Document) -> list[Section]:
    """Sections in document order; a section runs to the next heading of equal or higher rank."""
    heads = heading_blocks(doc)
    sections: list[Section] = []
    for i, (block, level) in enumerate(heads):
        end = len(doc.text)
        for later, later_level in heads[i + 1 :]:
            if later_level <= level:
                end = later.start
                break
        title = clean_title(doc.text[block.start : block.end])
        sections.append(Section(kind=heading_kind(title), title=title, start=block.start, end=end, level=level))
    return sections


@resource_cache
def _foster_parent_authored() -> re.Pattern[str]:
    return re.compile(resource_json("sections.json")["foster_parent_authored"])


def _identifying_lines(doc: Document, sections: list[Section]) -> list[str]:
    """What tells a file's kind and author, strongest first: its name, its title or first heading
    (near the top), its first line."""
    lines = [doc.name.replace("_", " ").replace("-", " ")]
    if sections and sections[0].start < 400:
        lines.append(sections[0].title)
    lines.append(next((line for line in doc.text.splitlines() if line.strip()), ""))
    return lines


def foster_parent_authored(doc: Document, sections: list[Section]) -> bool:
    """Is the file the foster parents' own ("logboek_pleegouders.docx", "Dagboek pleeggezin")? Told by
    its name, title or first line, as ``document_type`` tells a file's kind; or a letter whose opening
    presents its writers as the foster parents ("Wij als voogden willen u laten weten ...")."""
    if any(_foster_parent_authored().search(line) for line in _identifying_lines(doc, sections)):
        return True
    lex = resource_json("sections.json")
    return _foster_parent_letter().search(doc.text[: int(lex["foster_parent_letter_chars"])]) is not None


@resource_cache
def _foster_parent_letter() -> re.Pattern[str]:
    return re.compile(resource_json("sections.json")["foster_parent_letter"])


def document_type(doc: Document, sections: list[Section]) -> str:
    """What the file is: journal, care_plan, matching_report, safety_form or other.

    The file name is the strongest signal (providers export one file per kind);
    then the title or first heading; then the first line. Not the body: an e-mail
    whose subject mentions a safety check is not a safety-check form. A title that names
    several kinds is a composite file ("other"): its parts are sections, not one form.
    """
    # a name in the plural ("veiligheidschecks_2025.pdf") is a file of forms when it has their date fields; a log of
    # checks ("11-10-2023 jaarlijkse veiligheidscheck uitgevoerd, ...") is read as a journal
    forms = _FORM_DATE_LINE.search(doc.text) is not None
    for candidate in (line.lower() for line in _identifying_lines(doc, sections)):
        kinds = [typ for typ, phrases in lexicon().document_types
                 if any(_has_phrase(candidate, p) or forms and _has_phrase_or_plural(candidate, p) for p in phrases)]
        if len(kinds) > 1:  # "Plan, matching en risicotaxatie": a composite file, read section by section
            return "other"
        if kinds:
            return kinds[0]
    return "other"


@resource_cache
def _role_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = resource_json("sections.json")
    return re.compile(data["plan_document"]), re.compile(data["report_document"])


def document_role(doc: Document) -> tuple[str | None, str | None]:
    """("plan" or "report" or None, the plan word) by the file's name, else its first line: the word that comes
    first decides ("evaluatie_hvp.docx" reports on a plan, "hulpverleningsplan_na_evaluatie.docx" is one;
    ``sections.json`` plan_document, report_document). The plan word ("hulpverleningsplan", "plan") tells plans of
    one kind from another ("omgangsplan")."""
    plan, report = _role_patterns()
    for line in _identifying_lines(doc, []):  # its name, then its first line
        p, r = plan.search(line), report.search(line)
        if r is not None and (p is None or r.start() < p.start()):
            return "report", None
        if p is not None:
            word = p.group(0).lower()
            return "plan", "hulpverleningsplan" if word == "hvp" else word  # "HVP_2024" is a hulpverleningsplan
    return None, None


_FIELD = re.compile(r"^\s*[^\W\d_][\w .'-]{0,30}:\s")  # "Jeugdige: ...": a field, not a letterhead


@resource_cache
def _school_patterns() -> tuple[re.Pattern[str], re.Pattern[str], int, re.Pattern[str]]:
    data = resource_json("sections.json")
    return (re.compile(data["school_document"]), re.compile(data["own_plan_words"]), int(data["school_document_lines"]),
            re.compile(data["treatment_document"]))


def school_document(doc: Document) -> bool:
    """A school's or a treatment provider's own document: its first lines name a school, a school plan or a
    youth mental-health service, therapy practice or clinic, and not the provider's plan ("SBO De Brugwachter ·
    Veldzicht" / "Ontwikkelingsperspectiefplan (OPP)", "Wendelhof Jeugd-GGZ | Traumacentrum"). Its goals and
    its advice are that organisation's (sections.json: school_document, treatment_document)."""
    school, own, lines, treatment = _school_patterns()
    first = [line for line in doc.text.strip().split("\n", lines)[:lines] if not _FIELD.match(line)]
    head = "\n".join([*doc.furniture, *first])
    return bool(school.search(head) or treatment.search(head)) and not own.search(head)
