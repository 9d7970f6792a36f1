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
def _labelled() -> re.Pattern[str]:
    return re.compile(resource_json("legend_nl.json")["label"])


def legend(text: str) -> dict[str, str]:
    """Every ``code = meaning`` the text defines (the first definition of a code wins)."""
    found: dict[str, str] = {}
    for _, code, meaning in legend_items(text):
        found.setdefault(code, meaning)
    return found


def legend_items(text: str) -> list[tuple[int, str, str]]:
    """Every ``code = meaning`` item of the text with its offset, in text order."""
    item, longest = _item()
    out = []
    for m in item.finditer(text):
        meaning = m.group(2).strip()
        if meaning and len(meaning) <= longest:
            out.append((m.start(), m.group(1), meaning))
    return out


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


def legend_line(text: str, offset: int) -> bool:
    """``offset`` lies in a code's meaning on a line that defines codes ("Codes: CG = cliëntgesprek pleegkind ·
    VC = veiligheidscheck · GD = gedragsdeskundige"): what those words name is a code's meaning, never an event.
    A code is an abbreviation in capitals or with a digit ("CG", "C02"): "fijn = bad met PV, eng = de hond" and
    "Stemming: Sara = blij, PM = moe." hold answers, not codes."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : end if end >= 0 else len(text)]
    if not line.count("="):
        return False
    item, _ = _item()
    labelled = _labelled().match(line) is not None  # "Afkortingen: o4o = onder vier ogen, vc = veiligheidscheck"
    items = [m for m in item.finditer(line) if labelled or _CODE.fullmatch(m.group(1))]
    if not any(m.start() <= offset - start < m.end() for m in items):
        return False
    # one code a line ("CG   = cliëntgesprek pleegkind (zonder pleegouders)") in a block of such lines
    return len(items) >= LEGEND_LINE_ITEMS or (len(items) == 1 and (_code_line(text, start - 1, -1) or _code_line(text, end, 1)))


def _code_line(text: str, edge: int, step: int) -> bool:
    """Is the line before (``step`` -1, ``edge`` the newline ending it) or after (1, ``edge`` the newline
    starting it) one ``code = meaning`` item alone?"""
    if edge < 0 or edge >= len(text):
        return False
    if step < 0:
        line = text[text.rfind("\n", 0, edge) + 1 : edge]
    else:
        nxt = text.find("\n", edge + 1)
        line = text[edge + 1 : nxt if nxt >= 0 else len(text)]
    m = _item()[0].match(line.strip())
    return m is not None and _CODE.fullmatch(m.group(1)) is not None


# a code: capitals or digits ("CG", "C02"), or lower case with a digit ("o4o", "hb2")
_CODE = re.compile(r"(?=[^a-z]*$)(?=.*[A-Z0-9])[A-Z0-9&/+-]{1,5}|[a-z]*\d[a-z0-9]*")
