"""Dates a text recognizer (OCR) read with a wrong character: a scanned file's text layer holds "I9-06-2024",
"l2-11-2025", "juni 2O25" or "8 0ktober 2025", or a speck after a day or a field's colon ("Datum: 12` juni 2025", "Van:' Ruud").
Read as they stand, none of these is a date (or a field), so the event beside it loses its day (or takes the entry's).

Each such token is read as meant, one character for one (same length, same offsets), and the file's own text stays
for the evidence (``Document.shown``): the inspector reads what the scan says. Only dates are repaired: a word's slip
("gespr ek") changes no day, and guessing words would change what the file says. The characters and token shapes
are data (``dates_nl.json`` ocr_*). Hand-written because a spelling corrector knows words, not the digits of a day.
"""
from __future__ import annotations

import re
from dataclasses import replace

from audit.resources import resource_cache, resource_json
from audit.types import Document

_DIGIT = re.compile(r"\d")


@resource_cache
def _rules() -> dict:
    data = resource_json("dates_nl.json")
    fold = data["ocr_month_letters"]
    months = {"".join(fold.get(c, c) for c in m): m for m in data["months"] if len(m) >= 3}
    return {"digits": str.maketrans(data["ocr_digits"]), "min": int(data["ocr_min_digits"]), "fold": fold,
            "months": months, "number": re.compile(data["ocr_numeric_date"]), "year": re.compile(data["ocr_year"]),
            "month": re.compile(data["ocr_month_token"]), "speck": re.compile(data["ocr_speck"], re.MULTILINE)}


def _numbers(text: str, rules: dict) -> list[tuple[int, str]]:
    """(offset, digits) of the numeric days and years that hold a letter for a digit ("I9-06-2024", "2O25")."""
    out = []
    for rx, least in ((rules["number"], rules["min"]), (rules["year"], 2)):
        for m in rx.finditer(text):
            token = m.group(0)
            fixed = token.translate(rules["digits"])
            if fixed != token and len(_DIGIT.findall(token)) >= least:
                out.append((m.start(), fixed))
    return out


def _months(text: str, rules: dict) -> list[tuple[int, str]]:
    """(offset, month) of the month names read with a digit, a bar or a capital I for a letter ("0ktober",
    "Iuni"; a name "Ian" is no "jan"), in the token's own case."""
    out = []
    for m in rules["month"].finditer(text):
        token = m.group(0)
        month = rules["months"].get("".join(rules["fold"].get(c, c) for c in token.lower()))
        if month is None or token.lower() == month:
            continue
        if re.search(r"[\d|]", token) or token[0] == "I" and month[0] == "j" and len(month) > 3:  # not "Ian"
            out.append((m.start(), month.capitalize() if token[0].isupper() else month))
    return out


_CODE_OPENS = re.compile(r"`[\d/.:-]*$")


def _code_span(text: str, at: int) -> bool:
    """The backtick at ``at`` closes a markdown code span round a day ("op `23-09` gesproken"): no speck."""
    return text[at] == "`" and _CODE_OPENS.search(text, max(0, at - 12), at) is not None


def without_ocr_slips(doc: Document) -> Document:
    """``doc`` with its dates' OCR slips read as meant (same length, same offsets); the file's text kept as
    ``shown``; unchanged when there is none."""
    if _DIGIT.search(doc.text) is None and ":" not in doc.text:
        return doc
    rules = _rules()
    specks = [(m.start(), " ") for m in rules["speck"].finditer(doc.text) if not _code_span(doc.text, m.start())]
    fixes = _numbers(doc.text, rules) + _months(doc.text, rules) + specks
    if not fixes:
        return doc
    chars = list(doc.text)
    for at, fixed in fixes:
        chars[at : at + len(fixed)] = fixed
    return replace(doc, text="".join(chars), shown=doc.shown or doc.text)
