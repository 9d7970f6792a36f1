"""Plain text and Markdown reader.

Unlike the other readers, ``Document.text`` here is the whole normalised file
(CRLF/CR -> LF, BOM removed), blank lines included: blank lines and indentation
carry structure in journals. Blocks are the non-empty lines, trimmed of
surrounding whitespace.
"""
from __future__ import annotations

import re
from pathlib import Path

from audit.resources import resource_cache, resource_json
from audit.types import Block, Document
from audit.read.base import ReadError, sha256_bytes

_HEADING = re.compile(r"^(#{1,6})[ \t]+(?=[^\s|])")  # not "# | Doel | Wie": a table header whose first column is "#"
# "- ", "* ", "• ", "– ", "1. ", "1) ", "a) ", "a. " (single lower-case letter); \uf0b7 = Symbol-font bullet
LIST_ITEM = re.compile(r"^(?:[-*•–·▪◦\uf0b7\uf0a7]\s+|\d{1,3}[.)]\s+|[a-zA-Z][)]\s+|[a-z][.]\s+)(?=\S)")

# Control characters (C0 and C1) other than the layout ones real text carries: tab, line
# feed, vertical tab, form feed, carriage return, and the DOS end-of-file marker.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x19\x1b-\x1f\x7f-\x9f]")
#: above this share of control characters (and more than a few stray ones) a "text" is
#: binary garbage, not a document: random bytes decoded as latin-1 are ~22 % control characters
MAX_CONTROL_RATIO = 0.02
MIN_CONTROL_COUNT = 10


def control_ratio(text: str) -> float:
    """Share of ``text``'s characters that are control characters (0.0 for an empty text)."""
    return len(_CONTROL.findall(text)) / len(text) if text else 0.0


def check_readable(text: str) -> None:
    """Refuse binary content that decoded as "text" (random bytes decode as latin-1 without error)."""
    count = len(_CONTROL.findall(text))
    if count > MIN_CONTROL_COUNT and count > MAX_CONTROL_RATIO * len(text):
        raise ReadError("geen leesbare tekst (te veel stuurtekens; binaire inhoud?)")


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes; return (text, encoding). UTF-8 (BOM stripped), UTF-16 with BOM, cp1252, latin-1."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise ReadError("tekstbestand heeft een ongeldige UTF-16-codering") from None
    if b"\x00" in data:
        # UTF-16 without BOM: ASCII-range text leaves every other byte NUL.
        half = max(len(data) // 2, 1)
        even, odd = data[0::2].count(0), data[1::2].count(0)
        enc = "utf-16-le" if odd > 0.4 * half and even == 0 else "utf-16-be" if even > 0.4 * half and odd == 0 else None
        if enc and len(data) % 2 == 0:
            try:
                return data.decode(enc), "utf-16"
            except UnicodeDecodeError:
                pass
        raise ReadError("geen tekstbestand (binaire inhoud)")
    for enc in ("utf-8", "cp1252"):
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


SOFT_WRAP_MIN = 50  # a line this long that stops mid-sentence was wrapped by the writer's editor
# A file set in a narrow column (a typeset leaflet's 40 characters) wraps shorter lines: there a line was wrapped when
# the next line's first word would not have fitted on it. Only when the file's lines crowd at one width (a share of
# them within 80% of the width most lines stay under), as wrapped prose does and a journal of short notes does not.
WRAP_WIDTH_QUANTILE = 0.9
WRAP_WIDTH_SHARE = 0.5
WRAP_WIDTH_NEAR = 0.6  # ... a line going on in lower case after one this near that width was wrapped too
WRAP_WIDTH_MIN = 25  # narrower than this is a list, not a column
# A file of notes: of its lines of NOTES_LINE_MIN characters or more (NOTES_MIN_LINES at least), hardly any
# (NOTES_STOP_SHARE) ends a sentence with a full stop; wrapped prose ends each paragraph's last line with one
NOTES_LINE_MIN = 20
NOTES_MIN_LINES = 10
NOTES_STOP_SHARE = 0.1
NOTES_NEAR, NOTES_WRAPPED = 0.9, 3  # ... and its lines were wrapped only when three reach 90% of the longest
_WRAP_END = re.compile(r"(?:[\w,)’']|(?<!-)-)$")  # not a ruler ("--- dienst ... ---")
_WRAP_NEXT = re.compile(r"^[a-zà-ÿ]")
# in a narrow column a name goes on a wrapped line too ("Daarna heb ik\nLiselot apart gesproken"), when the line
# broke after a lower-case word or a comma and the name is no field label ("Pleegkind: ..."); so does a number that
# opens no dated line ("op 4 november\n2025 afgegeven")
_COLUMN_NEXT = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]+(?![\w.]*:)(?:\s|[,.;]|$)")
_COLUMN_END = re.compile(r"[a-zà-ÿ,]$")
_BROKEN_END = re.compile(r"[a-zà-ÿ]{3}-$")  # a word the column broke ("Veiligheids-\ncheck"), however short its line


# A line that opens with a day ("14/3 hb ...", "di 27-8 ...", "7 mei ...", "rik 1-7 ...": a weekday or a writer's
# tag first, not a preposition: "Op 15 januari ben ik ..." is prose)
NOT_TAG_WORDS = frozenset(resource_json("dates_nl.json")["not_line_tags"])
_NOT_TAG = "|".join(sorted(NOT_TAG_WORDS, key=len, reverse=True))
MONTH_STEMS = "jan|feb|mrt|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec"  # a month's name starts with one of these
DATE_LED = re.compile(rf"^(?:(?!(?:{_NOT_TAG})\s)[^\W\d_]{{1,12}}\s+)?\d{{1,2}}(?:[-/.]\d{{1,2}}\b|\s+(?:{MONTH_STEMS})[a-z]*\b)",
                      re.IGNORECASE)
# ... without its year ("14/3", "7 mei"; not "14/3/2024", "7 mei 2024"): a line the file's own dates cannot place
YEARLESS_LED = re.compile(DATE_LED.pattern + r"(?![-/.]\d|\.?\s+'?\d{2,4}\b)", re.IGNORECASE)
# a log line that opens with a weekday and a time ("za 23:40 Kevin belt ..."): never a wrapped line's continuation
_WEEKDAYS = "|".join(re.escape(w) for w in sorted(resource_json("dates_nl.json")["weekdays"], key=len, reverse=True))
# ... or with a weekday and a day in figures ("wo 11/6 tel. JB"), in a notebook of entries and indented lines, maybe
# after its writer's tag ("naima di 18/3 tel tante: ..."); a wrapped title's "di 20 januari 2026, bij ..." goes on
TIME_LED = re.compile(rf"^(?:(?!(?:{_NOT_TAG})\s)[^\W\d_]{{2,12}}\s+)?(?:{_WEEKDAYS})\.?,?\s+\d{{1,2}}(?:[:.]\d{{2}}(?!\d)|[-/]\d{{1,2}}\b)",
                      re.IGNORECASE)
DATE_LED_LINES = 3  # lines opening with a day that make a file a journal of dated lines ...
LINE_JOURNAL_SHARE = 0.4  # ... when they are this share of its lines at least (not three dated sentences in a report)


def unwrap(text: str) -> str:
    """Hard-wrapped prose ("... heeft de pleegzorgbegeleider met\npleegmoeder besproken ...") as one line:
    a long line that ends mid-sentence, followed by a line that goes on in lower case, is joined by a
    space in place of the newline (same length, so every offset stays the file's own). Journal lines,
    headings, list items, lines that end a sentence and the rows of a fixed-width table (two lines with
    cells spaced apart) keep their newline. In a journal of dated lines
    written in lower case without full stops, a line that opens with a day starts an entry and the
    file's first line is its title: neither is a wrapped line's continuation."""
    lines = text.split("\n")
    led = [bool(DATE_LED.match(line.strip())) for line in lines]
    dated = sum(led)
    journal = dated >= DATE_LED_LINES and dated >= LINE_JOURNAL_SHARE * sum(1 for line in lines if line.strip())
    first = next((i for i, line in enumerate(lines) if line.strip()), -1)
    width, notes = _column_width(lines), _notes_width(lines)
    out = []
    joins, at = [], 0  # where a wrapped line's break became a space
    for i, (line, nxt) in enumerate(zip(lines, lines[1:] + [""])):
        body, following = line.strip(), nxt.strip()
        column = _column_goes_on(body, following, width, i == first)
        ends_open = _WRAP_END.search(body) or (column and body.endswith((";", ":")))
        soft = len(body) >= SOFT_WRAP_MIN and _WRAP_NEXT.match(following) and (
            not notes or len(body) + 1 + len(following.split()[0]) > notes)  # in notes: the next word did not fit
        wrapped = ((column or soft) and ends_open
                   and not LIST_ITEM.match(following) and not TIME_LED.match(following)
                   and not _aligned_cells(line, nxt)  # two rows of a fixed-width table
                   and not _LEADER.search(following)  # a form's field: "woning ........ geen wijzigingen"
                   and not (journal and ((i + 1 < len(led) and led[i + 1]) or (i == first and not led[i]))))
        out.append(line + (" " if wrapped else "\n"))
        at += len(line) + 1
        if wrapped:
            joins.append(at - 1)
    return _whole_words("".join(out)[:-1], joins)


def _notes_lines(lines: list[str]) -> list[str]:
    """The long lines of a file of notes whose lines end no sentence ("gister hb 15:30, daarna ravi alleen gesproken
    op zn kamer" / "gaat ok op nieuwe school"); none for any other file (a form's field lines are no notes: a
    form of fields and one wrapped paragraph is no file of notes). There a line break ends the writer's thought
    unless the next line's first word would not have fitted."""
    long = [line.strip() for line in lines if len(line.strip()) >= NOTES_LINE_MIN and not _LABELLED.match(line.strip())]
    if len(long) < NOTES_MIN_LINES or sum(line.endswith((".", "!", "?")) for line in long) > NOTES_STOP_SHARE * len(long):
        return []
    return long


_LEADER = re.compile(r"\S\s*\.{4,}\s*\S")  # a dotted leader between a form's label and its answer
_LABELLED = re.compile(r"[A-ZÀ-Ý][^:\n]{0,30}:\s")  # a form's field ("Pleegkind: Roos Bakker, 10 jaar"): no note


def _notes_width(lines: list[str]) -> int:
    """In a file of notes (``_notes_lines``), the width an editor would have wrapped at: its longest line's length
    when several lines reach near it (NOTES_WRAPPED), else more than any line (one long note is no wrapped line);
    0 in any other file."""
    long = _notes_lines(lines)
    if not long:
        return 0
    width = max(len(line) for line in long)
    near = sum(len(line) >= NOTES_NEAR * width for line in long)
    return width if near >= NOTES_WRAPPED else width + 1000


_COLUMN_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")  # "18-06-2024     HB + gesprek Noor apart     uitgevoerd": cells


def _aligned_cells(line: str, nxt: str) -> bool:
    """Both lines have a cell that starts after a gap of three spaces or more at the same column: rows of a
    fixed-width table, not prose with a stray run of spaces."""
    starts = {m.end() for m in _COLUMN_GAP.finditer(line)}
    return any(abs(m.end() - s) <= 1 for m in _COLUMN_GAP.finditer(nxt) for s in starts)


# what never goes on a wrapped line in a column: a line that opens with a day or a time ("Woensdag 12 maart 2025",
# "2025-03-11 telefonisch", "14:00 opening") or a field's label ("aanwezig: Ilse, ...", "ma: Roos heeft ...")
_OWN_LINE = re.compile(r"^(?:\d{4}-\d{1,2}-\d{1,2}\b|\d{1,2}[:.]\d{2}\b|[^\W\d_][\w ]{0,20}:(?:\s|$))")


@resource_cache
def _open_ends() -> tuple[frozenset[str], frozenset[str]]:
    """(words no sentence ends on, month words): after one a column's line goes on (``sentences_nl.json``)."""
    return (frozenset(resource_json("sentences_nl.json")["column_open_ends"]),
            frozenset(w.lower() for w in resource_json("dates_nl.json")["months"]))


def _column_goes_on(body: str, following: str, width: int, first: bool) -> bool:
    """In a narrow column (``width``), does ``following`` go on the line ``body``? In lower case when ``body`` is
    near the width or the next word would not have fitted on it; a name or a number only when it would not have
    fitted and ``body`` broke after a word no sentence ends on ("Daarna heb ik\nLiselot apart gesproken", "op 4
    november\n2025 afgegeven"). Never after the file's first line, nor onto a line of its own (a day, a time, a
    field)."""
    if not width or first or not following or _OWN_LINE.match(following) or DATE_LED.match(following) \
            or TIME_LED.match(following):
        return False
    refills = len(body) + 1 + len(following.split(" ", 1)[0]) > width or (
        _BROKEN_END.search(body) is not None and 2 * len(body) >= width)
    if _WRAP_NEXT.match(following):
        return refills or len(body) >= WRAP_WIDTH_NEAR * width
    last = body.rsplit(None, 1)[-1].lower() if body.split() else ""
    open_ends, months = _open_ends()
    if following[:1].isdigit():
        return refills and (last in open_ends or last in months)  # "op 4 november\n2025 afgegeven"
    return refills and (last in open_ends or body.endswith(",")) and bool(_COLUMN_NEXT.match(following))


def _column_width(lines: list[str]) -> int:
    """The width a file's prose was wrapped at, when its lines crowd at one width under ``SOFT_WRAP_MIN``
    (a narrow column); 0 otherwise (the fixed ``SOFT_WRAP_MIN`` test then stands alone)."""
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    if len(lengths) < 10:
        return 0
    width = lengths[int(WRAP_WIDTH_QUANTILE * (len(lengths) - 1))]
    near = sum(1 for n in lengths if 0.8 * width <= n <= width)
    return width if WRAP_WIDTH_MIN <= width < SOFT_WRAP_MIN and near >= WRAP_WIDTH_SHARE * len(lengths) else 0


# a word the wrap broke with a hyphen ("de jaarlijkse veiligheids- check gedaan" once joined), not a shared half
# of two compounds ("zorg- en veiligheidshuis")
_BROKEN_WORD = re.compile(r"(?<=[a-zà-ÿ]{3})- (?!(?:en|of|tot)\b)([a-zà-ÿ]+)")  # three letters before: not "ex-" / "partner"


def _whole_words(joined: str, joins: list[int]) -> str:
    """Words broken at a wrapped line's end (at ``joins``, the spaces that replaced its line breaks) written
    whole, the hyphen and space after them as two spaces ("veiligheidscheck  gedaan"): same length, and what
    follows keeps its offset."""
    chars = list(joined)
    for at in joins:
        m = _BROKEN_WORD.match(joined, at - 1)
        if m is not None:
            chars[m.start() : m.end()] = list(m.group(1) + "  ")
    return "".join(chars)


def read_text(data: bytes, name: str, path: Path, markdown: bool = False) -> Document:
    """Read a .txt/.md file. ``#`` headings are recognised in both (only with a space after the #)."""
    text, encoding = decode_text(data)
    text = unwrap(text.replace("\r\n", "\n").replace("\r", "\n"))
    return Document(name=name, path=path, sha256=sha256_bytes(data), reader=f"text/{encoding}",
                    text=text, blocks=line_blocks(text))


def line_blocks(text: str) -> list[Block]:
    """The blocks of a plain text: one per non-empty line, a ``#`` heading or a list item as such."""
    blocks: list[Block] = []
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        start = line_start + lead
        end = start + len(stripped)
        m = _HEADING.match(stripped)
        if m:
            # The block covers the heading title, without the '#' markers.
            blocks.append(Block(kind="heading", start=start + m.end(), end=end,
                                index=len(blocks), level=len(m.group(1))))
            continue
        if LIST_ITEM.match(stripped):
            indent = len(line[:lead].expandtabs(4))
            blocks.append(Block(kind="list_item", start=start, end=end, index=len(blocks),
                                level=1 + indent // 2))
            continue
        blocks.append(Block(kind="line", start=start, end=end, index=len(blocks)))
    return blocks
