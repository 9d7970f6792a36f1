"""Codes and abbreviations a file defines for itself, and a row read with them spelled out.

Contact registers and ECD exports print a legend above their rows ("C09 = veiligheidscheck
pleeggezin", "Legenda status: U = uitgevoerd, G = gepland, A = afgezegd") and the rows then
carry only the codes: "04-03-2025 ... C02 ... PK ... G". What a code means is the file's own
business, so it is read from the file, never from a list of ours. Dossier-specific, hence
hand-written; the pattern of a legend item is data (``legend_nl.json``).
"""
from __future__ import annotations

import re

from audit.resources import resource_cache, resource_json


@resource_cache
def _item() -> tuple[re.Pattern[str], int]:
    data = resource_json("legend_nl.json")
    return re.compile(data["item"], re.MULTILINE), int(data["max_meaning"])


@resource_cache
def _label_end() -> re.Pattern[str]:
    return re.compile(resource_json("legend_nl.json")["label_end"])


@resource_cache
def _labelled() -> re.Pattern[str]:
    return re.compile(resource_json("legend_nl.json")["label"])


def legend(text: str) -> dict[str, str]:
    """Every ``code = meaning`` the text defines (the first definition of a code wins)."""
    found: dict[str, str] = {}
    for _, code, meaning in legend_items(text):
        found.setdefault(code, meaning)
    return found


def legend_items(text: str) -> list[tuple[int, str, str]]:
    """Every ``code = meaning`` item of the text with its offset, in text order, whose meaning holds a word (in lower
    case, or four capitals: not "DAT=12-03-2024"); on a labelled line without "=" also ``code meaning`` items between bars ("Legenda soort: HB huisbezoek |
    KG kindgesprek | ..."), and on a labelled line ``CODE=meaning`` items divided by spaces ("Legenda:
    HB=huisbezoek GJ=gesprek jeugdige") with the indented lines under it."""
    item, longest = _item()
    out = []
    for m in item.finditer(text):
        meaning = m.group(2).strip()
        if meaning and len(meaning) <= longest and _LOWER_WORD.search(meaning):  # not "DAT=12-03-2024"
            out.append((m.start(), m.group(1), meaning))
    if _ITEM_SEPARATOR.search(text):
        out = sorted(out + [x for m in _labelled_line().finditer(text) for x in _spaced_items(m.group(0), m.start())])
    if "=" in text:
        out = sorted(out + [x for start, line in _spaced_legend_lines(text) for x in _spaced_equals(line, start)])
    return out


@resource_cache
def _spaced_item() -> re.Pattern[str]:
    return re.compile(resource_json("legend_nl.json")["spaced_item"])


def _spaced_equals(line: str, base: int) -> list[tuple[int, str, str]]:
    """The ``CODE=meaning`` items of a line divided by spaces only, when there are two at least and every meaning
    holds a word ("HB=huisbezoek GJ=gesprek jeugdige", "HB=HUISBEZOEK TC=TELEFOON"; not "TYPE=CV-01 AUT=HVD")."""
    found = [(base + m.start(), m.group(1), m.group(2).strip()) for m in _spaced_item().finditer(line)]
    if len(found) < LEGEND_LINE_ITEMS or not all(_LOWER_WORD.search(meaning) for _, _, meaning in found):
        return []
    return found


def _spaced_legend_lines(text: str) -> list[tuple[int, str]]:
    """The lines a spaced legend may stand on: opened by a legend's label ("Legenda: HB=huisbezoek ..."), and the
    indented lines right under such a line that holds items."""
    out: list[tuple[int, str]] = []
    for m in _labelled_line_any().finditer(text):
        if not _spaced_equals(m.group(0), 0):
            continue
        out.append((m.start(), m.group(0)))
        at = m.end() + 1
        while at < len(text) and text[at] in " \t":
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            if not _spaced_equals(text[at:end], 0):
                break
            out.append((at, text[at:end]))
            at = end + 1
    return out


@resource_cache
def _labelled_line_any() -> re.Pattern[str]:
    return re.compile(_labelled().pattern.replace("^", "(?m)^", 1) + r"[^\n]*")


_LOWER_WORD = re.compile(r"[a-zà-ÿ]{2}|[A-ZÀ-Ý]{4}")  # a word ("huisbezoek", "HUISBEZOEK"), not "HVD", "CV-01" or "14"


@resource_cache
def _labelled_line() -> re.Pattern[str]:
    return re.compile(_labelled().pattern.replace("^", "(?m)^", 1) + r"[^\n=]*")


_SPACED_ITEM = re.compile(r"[ \t]*([A-Za-z0-9][A-Za-z0-9&/+-]{0,7})[ \t]+([^\s|;·•][^|;·•=\n]*?)[ \t]*$")
_ITEM_SEPARATOR = re.compile(r"[|;·•]")


def _spaced_items(line: str, base: int) -> list[tuple[int, str, str]]:
    """The ``code meaning`` items of a legend line written without "=" (two at least, each code an
    abbreviation and each meaning a few words)."""
    colon = line.find(":")
    at = colon + 1 if colon >= 0 else 0
    out = []
    for part in _ITEM_SEPARATOR.split(line[at:]):
        m = _SPACED_ITEM.match(part)
        if m is not None and _CODE.fullmatch(m.group(1)) and len(m.group(2).split()) <= LEGEND_MEANING_WORDS:
            out.append((base + at + m.start(1), m.group(1), m.group(2)))
        at += len(part) + 1
    return out if len(out) >= LEGEND_LINE_ITEMS else []


def is_code(token: str) -> bool:
    """An abbreviation in capitals or with a digit ("CG", "C02", "1op1"), not a word ("Sara", "fijn")."""
    return _CODE.fullmatch(token) is not None


def spelled_out(cells: list[str], codes: dict[str, str]) -> list[str]:
    """The cells of a row with each cell that is a code, or a list of codes ("PK, MO"), followed by
    its meaning: ["C02", "PK", "G"] -> ["C02 (individueel contact pleegkind)", "PK (pleegkind)",
    "G (gepland)"]. Only whole cells: a one-letter code ("A = afgezegd") must not turn an initial
    in a name ("A. de Vries") or a word in a note into a cancelled contact."""
    out = []
    for cell in cells:
        parts = [x.strip() for x in re.split(r"[,;/+]", cell)]
        if cell.strip() and all(x in codes for x in parts):
            cell = f"{cell} ({'; '.join(codes[x] for x in parts)})"
        out.append(cell)
    return out


LEGEND_LINE_ITEMS = 2  # "CG = cliëntgesprek pleegkind · GD = gedragsdeskundige": a line of codes, not an event
LEGEND_MEANING_WORDS = 8  # a code alone on its line names a kind of contact in a few words, not a note
LEGEND_BLOCK_LINES = 3  # "PK = apart gesproken" over "PM = bijgepraat": notes per person, not a legend


def legend_line(text: str, offset: int) -> bool:
    """``offset`` lies in a code's meaning on a line of a legend ("Codes: CG = cliëntgesprek pleegkind ·
    VC = veiligheidscheck · GD = gedragsdeskundige", or one code a line in a block of them): what those
    words name is a code's meaning, never an event. A code is an abbreviation in capitals or with a digit
    ("CG", "C02"): "fijn = bad met PV, eng = de hond" and "Stemming: Sara = blij, PM = moe." hold answers,
    not codes; "PK = apart gesproken op zijn kamer, vertelde over school" over "PM = ..." are notes per person."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : end if end >= 0 else len(text)]
    if not line.count("="):  # "Legenda soort: HB huisbezoek | KG kindgesprek": a legend written without "="
        return _labelled().match(line) is not None and bool(_spaced_items(line, 0))
    if _in_spaced_legend(text, start):  # "Legenda: HB=huisbezoek GJ=gesprek jeugdige" and its indented line
        return True
    item, _ = _item()
    for m in item.finditer(line):
        if m.start() <= offset - start < m.end():
            return in_legend(text, start + m.start())
    return False


def in_legend(text: str, offset: int) -> bool:
    """Is the ``code = meaning`` item at ``offset`` part of a legend? A line opened by a legend's label
    ("Afkortingen:", "Codes:"), or with two codes or more, or one code with a short meaning in a block of
    such lines (three at least) or under a label line ("Codelijst"): not "Afgesproken frequentie: KG = 1x per 6
    weken", nor notes per person ("PK = apart gesproken op zijn kamer" over "PM = bijgepraat in de keuken")."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : end if end >= 0 else len(text)]
    if _in_spaced_legend(text, start):
        return True
    item, _ = _item()
    labelled = _labelled().match(line) is not None
    if not labelled and _DATED_LINE.match(line):
        return False  # "06-01-25 HB – Afgesproken: KG = 1x per 6 weken, HB = 1x per kwartaal": a journal line
    items = [m for m in item.finditer(line) if labelled or _CODE.fullmatch(m.group(1))]
    if labelled or len(items) >= LEGEND_LINE_ITEMS:
        return True
    if len(items) != 1 or not _short_item(line):
        return False
    # a block of such lines: at least three, or under a label line ("Codes:", "Codelijst 2025")
    top, size, pos = start, 1, start
    while (before := _line_before(text, pos)) and _short_item(before):
        size, pos = size + 1, pos - len(before) - 1
        top = pos
    pos = end
    while (after := _line_after(text, pos)) and _short_item(after):
        size, pos = size + 1, pos + len(after) + 1
    label = _line_before(text, top)
    return size >= LEGEND_BLOCK_LINES or _labelled().match(label) is not None or _label_end().search(label) is not None


def _in_spaced_legend(text: str, line_start: int) -> bool:
    """The line starting at ``line_start`` is a spaced legend's: labelled, or indented under one."""
    end = text.find("\n", line_start)
    line = text[line_start : end if end >= 0 else len(text)]
    if "=" not in line or not _spaced_equals(line, 0):
        return False
    if _labelled().match(line):
        return True
    if not line[:1] in (" ", "\t"):
        return False
    before = _line_before(text, line_start)  # the line above: the label's, or another indented one of the legend
    return bool(before) and _in_spaced_legend(text, line_start - len(before) - 1)


def _short_item(line: str) -> bool:
    """One ``code = meaning`` alone on its line, the meaning a few words ("HB   = huisbezoek pleeggezin",
    "OM   = omgang moeder (begeleid, kantoor)")."""
    m = _CODE_LINE.match(line)
    return m is not None and _CODE.fullmatch(m.group(1)) is not None and len(m.group(2).split()) <= LEGEND_MEANING_WORDS


_CODE_LINE = re.compile(r"^[ \t]*([A-Za-z0-9][A-Za-z0-9&/+-]{0,7})[ \t]*=[ \t]*([^=\n]+?)[ \t.]*$")


def _line_before(text: str, start: int) -> str:
    if start <= 0:
        return ""
    return text[text.rfind("\n", 0, start - 1) + 1 : start - 1]


def _line_after(text: str, end: int) -> str:
    if end < 0 or end >= len(text):
        return ""
    nxt = text.find("\n", end + 1)
    return text[end + 1 : nxt if nxt >= 0 else len(text)]


_DATED_LINE = re.compile(r"^\W*\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?\b")
# a code: capitals or digits ("CG", "C02"), or lower case with a digit ("o4o", "hb2")
_CODE = re.compile(r"(?=[^a-z]*$)(?=.*[A-Z0-9])[A-Z0-9&/+-]{1,5}|[a-z]*\d[a-z0-9]*")
