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
    item, longest = _item()
    found: dict[str, str] = {}
    for m in item.finditer(text):
        code, meaning = m.group(1), m.group(2).strip()
        if meaning and len(meaning) <= longest and code not in found:
            found[code] = meaning
    return found


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
    if line.count("=") < LEGEND_LINE_ITEMS:
        return False
    item, _ = _item()
    labelled = _labelled().match(line) is not None  # "Afkortingen: o4o = onder vier ogen, vc = veiligheidscheck"
    items = [m for m in item.finditer(line) if labelled or _CODE.fullmatch(m.group(1))]
    return len(items) >= LEGEND_LINE_ITEMS and any(m.start() <= offset - start < m.end() for m in items)


# a code: capitals or digits ("CG", "C02"), or lower case with a digit ("o4o", "hb2")
_CODE = re.compile(r"(?=[^a-z]*$)(?=.*[A-Z0-9])[A-Z0-9&/+-]{1,5}|[a-z]*\d[a-z0-9]*")
