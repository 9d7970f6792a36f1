"""Form fields with a value: "Kind gesproken: nee", "Jeugdige gesproken | ☐ ja ☒ nee".

Forms record facts as a label and a value; with checkboxes the value is the checked
option, not the first word. Dossier-specific, hence hand-written; the labels, the yes/no
words and the checkbox marks are data (``safety_nl.json``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from audit.resources import resource_cache, resource_json


@dataclass(frozen=True)
class FieldValue:
    label: str
    value: bool | None  # yes / no / not filled in
    start: int  # offsets of the field's line in the text searched
    end: int
    apart: bool = False  # the field asks whether the child was spoken *apart* ("Kind apart gesproken")
    value_start: int = -1  # where its answer begins (the label before it is no evidence either way)


@resource_cache
def _marks() -> tuple[str, ...]:
    """Every checkbox mark, ticked or not (``safety_nl.json``)."""
    lex = resource_json("safety_nl.json")
    return tuple(lex["checked_marks"] + lex["unchecked_marks"])


@resource_cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """(field at a line start or after a sentence end, checkbox option, checked marks)."""
    lex = resource_json("safety_nl.json")
    labels = _labels()
    marks = sorted(_marks(), key=len, reverse=True)
    boxes = "|".join(re.escape(m) for m in marks)
    # "Kind gesproken: nee", "6. Is de jeugdige zelf gehoord? [ ] ja [x] nee", "Pleegkind gesproken zonder PO | n.v.t.",
    # "Pleegkind apart (zonder pleegouders) gesproken O ja X nee" (a qualifier, then boxes without a separator)
    # a question's number or code before it: "6.", "6)", "C1", "3.2"
    field = re.compile(rf"(?im)(?:^[ \t\W]*(?:\d{{1,2}}[.)][ \t]*|[A-Z]?\d{{1,2}}(?:\.\d{{1,2}})*[.)]?[ \t]+)?|(?<=[.;!?] ))(?:(?:is|werd|zijn)[ \t]+(?:de|het)[ \t]+)?"
                       rf"(?P<label>(?:{labels})(?:(?:[ \t]*,[ \t]*|[ \t]+)??"
                       rf"(?:(?!\b(?:of|hoe|wat|wie|waarom|wanneer|welke|dat)\b)[^:|?\n☐☒\[]){{0,40}}?"
                       # a question answered by boxes: "Kind zelf gesproken over hoe het is in huis? [ ] ja [x] nee"
                       rf"|[^:|?\n☐☒\[]{{0,60}}?(?=\?[ \t]*(?:{boxes}|\[[ xX]?\]))))"
                       rf"(?:[ \t]*[:|?](?:[ \t]*[:|])?[ \t]*|[ \t]+(?=(?:{boxes}|[OX-])[ \t]*(?:ja|nee)\b)"
                       # a table's cells read as one line: "Pleegkind gesproken nee, niet aanwezig (weekend bij vader)"
                       rf"|[ \t]+(?=(?:ja|nee|n\.?v\.?t\.?)(?:[ \t]*[,;(—–-]|[ \t]*$)))(?P<value>[^\n]*)$")
    option = re.compile("(" + "|".join(re.escape(m) for m in marks) + r")\s*([^\W\d_]+)")
    return field, option, frozenset(lex["checked_marks"])


@resource_cache
def _answers() -> dict[str, bool]:
    lex = resource_json("safety_nl.json")
    return {**{w.lower(): False for w in lex["field_no"]}, **{w.lower(): True for w in lex["field_yes"]}}


def _answer(word: str) -> bool | None:
    return _answers().get(word.lower())


def _ticked_answers(options: list[tuple[str, str]]) -> list[bool]:
    """The yes/no answers of the ticked ones among (mark, word) options ("☒ ja ☐ nee" -> [True])."""
    checked = _patterns()[2]
    return [a for mark, word in options if mark in checked and (a := _answer(word)) is not None]


def _value(raw: str) -> bool | None:
    """The checked option's answer when the value has checkboxes, else the answer its first word gives."""
    raw = _typed_boxes(raw)
    options = _patterns()[1].findall(raw)
    if options:
        chosen = _ticked_answers(options)
        return chosen[0] if len(chosen) == 1 else None
    words = re.findall(r"[^\W\d_]+", raw)
    if len(words) >= 2 and {_answer(words[0]), _answer(words[1])} == {True, False} and "/" in raw.split(words[1])[0]:
        return None  # "ja / nee": both options offered, none chosen (a blank template)
    return _answer(words[0]) if words else None


@resource_cache
def _heard_kinds() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a label that names the child's view without a verb, a word that says *apart*)."""
    lex = resource_json("safety_nl.json")
    return re.compile(lex["heard_view_field"], re.I), re.compile(lex["apart_words"], re.I)


def heard_fields(text: str) -> list[FieldValue]:
    """Every child-heard field in ``text`` with its value (None when not filled in or unclear).

    "n.v.t." says the child was not heard ("Mening pleegkind | n.v.t. (leeftijd)"); a view field
    answered in words ("Mening pleegkind: voelt zich veilig") is the view itself: heard."""
    field = _patterns()[0]
    view, apart = _heard_kinds()
    out = []
    for m in field.finditer(text):
        label, raw = m.group("label").strip(), m.group("value")
        if not _separated(text[m.end("label") : m.start("value")], raw) and not _label_only().fullmatch(label):
            continue  # "Pleegkind gesproken over logeren, antwoordde nee, ...": prose, not a cell "... gesproken | nee"
        value = False if _NOT_APPLICABLE.match(raw) else _value(raw)
        if value is None and view.search(label) and _has_content(raw):
            value = True
        out.append(FieldValue(label, value, m.start(), m.end(), apart.search(label) is not None, m.start("value")))
    return out


def _separated(sep: str, value: str) -> bool:
    """The label and its value are apart by a colon, bar or question mark, or the value is boxes ("O ja X nee"),
    not a bare yes or no after spaces alone."""
    return re.search(r"[:|?]", sep) is not None or any(mark in sep or value.lstrip().startswith(mark) for mark in _marks()) \
        or re.match(r"[ \t]*[OX-][ \t]*(?:ja|nee)\b", value, re.IGNORECASE) is not None


def _labels() -> str:
    """The heard fields' labels as one alternation: the patterns, then the fixed labels longest first."""
    lex = resource_json("safety_nl.json")
    return "|".join([*lex["heard_field_patterns"],
                     *(re.escape(x) for x in sorted(lex["heard_fields"], key=len, reverse=True))])


@resource_cache
def _label_only() -> re.Pattern[str]:
    """A heard field's label and nothing more ("Pleegkind gesproken"): where only spaces part it from its answer."""
    return re.compile(rf"(?i)(?:{_labels()})")


def _has_content(raw: str) -> bool:
    """An answer in words: two words or more, the first no yes/no, no checkbox, and nothing that says it is no
    view ("Stem van het kind | D. was op school. Niet gesproken", "Mening pleegkind: volgt bij volgend bezoek")."""
    words = re.findall(r"[^\W\d_]{2,}", raw)
    return len(words) >= 2 and not _patterns()[1].search(raw) and _answer(words[0]) is None \
        and _view_not_heard().search(raw) is None


@resource_cache
def _view_not_heard() -> re.Pattern[str]:
    """Words in a view field's answer that tell no view: negation, something to come, hearsay (``safety_nl.json``)."""
    return re.compile(resource_json("safety_nl.json")["view_not_heard"])


def line_at(text: str, offset: int) -> tuple[int, int]:
    """(start, end) of the line ``offset`` is on, without its line break."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def next_line(text: str, offset: int) -> tuple[int, str]:
    """(start, text) of the line after the one ``offset`` is on: where a form writes the answer to a
    question ("Is de veiligheidscheck uitgevoerd?" / "☒ ja ☐ nee, datum: ..."); (-1, "") at the end."""
    nl = text.find("\n", offset)
    if nl < 0:
        return -1, ""
    end = text.find("\n", nl + 1)
    return nl + 1, text[nl + 1 : end if end >= 0 else len(text)]


def answer(raw: str) -> bool | None:
    """The yes/no a form's answer gives ("☒ ja ☐ nee, datum: ...", "Ja, op 15-03-2025"); None when unclear."""
    return _value(raw)


_OPTION_GAP = re.compile(r"[\s/|,;-]*")
_BULLET = re.compile(r"[-*+•][ \t]+")


def unticked_box(text: str, start: int, end: int) -> bool:
    """Does a form's checkbox leave the words text[start:end] unconfirmed? Either the line is an item whose
    box is not ticked ("☐ herscreening"), or the yes/no boxes that follow on the line do not tick yes
    ("Veiligheidscheck uitgevoerd: ☐ Ja ☐ Nee", a blank template; "... ☐ ja ☒ nee")."""
    _, option, checked = _patterns()
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    indent = len(text[line_start:start]) - len(text[line_start:start].lstrip())
    bullet = _BULLET.match(text, line_start + indent, line_end)  # "- [ ] steunfiguur bespreken": a task list's item
    first = option.match(text, bullet.end() if bullet else line_start + indent, line_end)
    if first is not None and first.start(2) <= start and first.group(1) not in checked \
            and not any(mark in text[first.end() : start] for mark in _marks()):
        return True  # the item's own box, unticked, and no other box between it and the words
    options: list[tuple[str, str]] = []
    pos = end
    for m in option.finditer(text, end, line_end):
        if options and not _OPTION_GAP.fullmatch(text, pos, m.start()):
            break  # the boxes of the next question on the line
        if not options and m.group(2).lower() not in _answers():
            return False  # "☒ thuis ☐ kantoor": a choice between places, not a yes/no
        options.append((m.group(1), m.group(2)))
        pos = m.end()
    if not options or not any(_answer(word) is not None for _, word in options):
        return False
    return True not in _ticked_answers(options)


_X_MARK = re.compile(r"(?<!\w)[Xx](?=[ \t]+(?:ja|nee)\b)", re.IGNORECASE)  # "X ja - nee": a typed tick
_DASH_MARK = re.compile(r"(?<![\w-])-(?=[ \t]+(?:ja|nee)\b)", re.IGNORECASE)  # ... and a typed empty box
_O_MARK = re.compile(r"(?<!\w)O(?=[ \t]+(?i:ja|nee)\b)")  # "O ja X nee": a scanned form's empty circle


def _typed_boxes(raw: str) -> str:
    """A value's typed boxes as marks: "X ja - nee", "O ja X nee" -> "☒ ja ☐ nee", "☐ ja ☒ nee"."""
    raw = _X_MARK.sub("☒", raw)
    if "☒" in raw:  # an "O" is a box only beside a tick ("O ja X nee"), not a word
        raw = _O_MARK.sub("☐", raw)
    return _DASH_MARK.sub("☐", raw)


MAX_LABEL_CHARS = 80
# a label is one phrase at the line's start: no journal cells, dates or sentence end before its colon
_NOT_A_LABEL = re.compile(r"[|\t]|\d{1,2}[-/.]\d{1,2}|[.!?]\s")
_NOT_A_QUESTION_LABEL = re.compile(r"[|\t]|\d{1,2}[-/.]\d{1,2}|[.!]\s")
_NOT_APPLICABLE = re.compile(r"(?i)[ \t]*(?:n\.v\.t\.?|nvt|niet\s+van\s+toepassing)(?!\w)")
_PRESENCE_LABEL = re.compile(r"(?i)\b(?:aanwezig|erbij|bijzijn)\b")  # a label that asks who else was there
_BARE_YES = re.compile(r"(?i)[ \t]*(?:ja|yes)(?!\w)")
_BARE_NO = re.compile(r"(?i)[ \t]*(?:nee|no)[ \t]*(?:\.?[ \t]*$|[,;][ \t]*[^\W\d_]+[ \t]*:|[,;][ \t]*duur\b|\([^)\n]*\)\.?[ \t]*$|[ \t]*[—–][ \t]*|[ \t]+-[ \t]+)")
_ITEM_NUMBER = re.compile(r"[ \t]*\d{1,2}(?:[.)]|\.\d{1,2}\.?)[ \t]+(?=[^\W\d_])")  # "3. ", "2.3 ": a checklist item's number


def label_answered_no(text: str, start: int, end: int) -> bool:
    """The words text[start:end] are in a form field's label ("Gesprek met pleegkind zonder pleegouders: ...")
    and the field says no ("nee", "☐ ja ☒ nee", "- ja X nee") or is left open ("☐ ja ☐ nee"): the label
    only names the question, nothing happened."""
    return label_answer(text, start, end) is False


def label_answer(text: str, start: int, end: int) -> bool | None:
    """What the form field whose label holds text[start:end] answers: True for yes ("X ja - nee",
    "☒ ja ☐ nee", "ja, 20 min"), False for no or left open (``label_answered_no``), None when the words
    are in no field's label or the answer is something else."""
    line_start, line_end = line_at(text, start)
    colon = text.find(":", end, line_end)
    cell = colon < 0 and _two_cells(text, line_start, start, end, line_end)  # "Pleegkind gesproken zonder PO | nee"
    if cell:
        colon = text.find("|", end, line_end)
    if colon < 0 or ":" in text[line_start:start] or colon - line_start > MAX_LABEL_CHARS:
        return None
    number = _ITEM_NUMBER.match(text, line_start)  # "3. Pleegkind apart gesproken | ...": a checklist's item
    # "04-03-2025 | PZB | ...", "Gesproken. Daarna: ..." are no labels; a question is ("Is de jeugdige apart
    # gesproken? Zo ja, waar? | Ja, in haar slaapkamer")
    not_a_label = _NOT_A_QUESTION_LABEL if text[line_start:colon].rstrip().endswith("?") else _NOT_A_LABEL
    if not_a_label.search(text, number.end() if number else line_start, colon):
        return None
    value = _typed_boxes(text[colon + 1 : line_end])
    # "Pleegkind apart gesproken | " in a table, or a numbered checklist item "3. ...: " with the next item on the
    # next line: left blank, nothing ticked (not a label whose answer is the prose or list below it)
    if not value.strip() and (cell or number is not None and _ITEM_NUMBER.match(text, min(line_end + 1, len(text)))):
        return False
    boxes = [(mark, word) for mark, word in _patterns()[1].findall(value) if _answer(word) is not None]
    if boxes:
        return True in _ticked_answers(boxes)  # "☒ ja ☐ nee"; "☐ ja ☒ nee" and "☐ ja ☐ nee" say no
    if _PRESENCE_LABEL.search(text, line_start, colon):  # "Pleegouders aanwezig bij gesprek | nee": no one was there
        return None
    if _NOT_APPLICABLE.match(value):  # "Pleegkind gesproken zonder PO | n.v.t. (leeftijd)"
        return False
    # "nee" alone, with its reason in brackets or before the next field; not "nee, ze wil ..."
    if _BARE_NO.match(value) is not None:
        return False
    return True if _bare_yes(text[line_start:colon], value) else None


def field_remark(text: str, start: int, end: int) -> str:
    """What follows the answer's separator on the line of a form field whose label holds text[start:end]
    ("3. Pleegkind apart gesproken: ja — pleegmoeder was er de hele tijd bij" -> "ja — pleegmoeder ...")."""
    line_end = line_at(text, start)[1]
    cut = min((i for i in (text.find(":", end, line_end), text.find("|", end, line_end)) if i >= 0), default=-1)
    return text[cut + 1 : line_end] if cut >= 0 else ""


def _bare_yes(label: str, value: str) -> bool:
    """A "ja" that says the event happened: no boxes the option reader could not read ("ja ☐ / nee ☒"), no
    blank template ("ja / nee"), nothing after it that plans, qualifies or takes it back, and a label that
    does not ask whether it is needed (``safety_nl.json`` yes_not_done_*)."""
    lex = resource_json("safety_nl.json")
    yes = _BARE_YES.match(value)
    return (yes is not None and not any(mark in value for mark in _marks())
            and not re.search(lex["yes_not_done_value"], value[yes.end():])
            and not re.search(lex["yes_not_done_label"], label))


def _two_cells(text: str, line_start: int, start: int, end: int, line_end: int) -> bool:
    """The line is a form table's row of a label and its answer ("label | answer") and the words are in the label."""
    return "|" not in text[line_start:start] and text.count("|", end, line_end) == 1
