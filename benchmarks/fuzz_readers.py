"""Bounded fuzz run of the file readers (``read_file``) and of the dossier walk (``iter_dossiers``).

A robustness check, not a test: it runs for a fixed wall time and prints what it found.

    .venv/bin/python benchmarks/fuzz_readers.py                   # 3 minutes in all
    .venv/bin/python benchmarks/fuzz_readers.py --minutes 10      # pdf, docx, txt 3 min each, dossier 1
    .venv/bin/python benchmarks/fuzz_readers.py --targets docx --minutes 2 --seed 7

The wall time is a bound on the whole run (an input that hangs may add one ``--timeout``).

What it feeds in. Seeds are made here: PDFs written with fpdf2 (compressed and
uncompressed content streams, headings, bold text, a ruled table, two pages) and one
written by hand; a DOCX made with python-docx (headings, list items, a table, a line
break); a journal text in UTF-8, UTF-8 with BOM, UTF-16 with and without BOM and cp1252,
as .txt and .md. Hypothesis draws a seed and a list of mutations: byte and bit flips,
truncation, insertion of random bytes or of format tokens (PDF operators and keywords,
BOMs and control bytes), deletion, duplicated chunks (up to thousands of copies),
replacement of a number by an extreme one; or an empty file, or random bytes. DOCX inputs
are also rebuilt zips whose XML parts (document, styles, numbering, content types,
relationships) get WordprocessingML elements with odd attribute values inserted, values
replaced, tags deleted, content controls nested hundreds deep, or a part dropped.
``iter_dossiers`` gets small generated trees: file names with odd characters (non-UTF-8
bytes, control characters, spaces, leading '~$' or '.', long names), empty files, nested
folders, symbolic links (dangling, looping), FIFOs, a folder given as a .zip, a single file,
and files of every suffix.

What counts as a finding. Each input runs in a forked child with a time limit:
* any exception other than ``ReadError`` escaping ``read_file`` (any exception at all
  from ``iter_dossiers``);
* a child that does not finish within ``--timeout`` seconds (20) -- a hang;
* a child killed by a signal (a crash in pdfium or another C library);
* a child whose peak RSS grew more than ``--max-rss-mb`` (1536) over its start;
* (also reported, separately) a ``Document`` that breaks ``check_document``'s invariants.
Each distinct finding (exception type and the frames where it was raised) is shrunk
within a small budget (``--shrink-seconds``, taken from the target's share of the time)
and saved under ``/tmp/fuzz_findings/`` (``--out``) with its traceback, the mutations
that made it and a command that reproduces it.

At the end it prints, per target: inputs tried, outcomes, exceptions by type, hangs,
crashes, the slowest input's seconds, how many took over ``--slow`` seconds (5) and the
peak RSS of a child. Near misses are saved too: the slowest input when it took over
``--slow`` seconds and the hungriest when its RSS grew over ``--near-rss-mb`` (512).
"""
from __future__ import annotations

import argparse
import hashlib
import importlib
import io
import json
import os
import re
import shutil
import signal
import sys
import tarfile
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from hypothesis import HealthCheck, Phase, Verbosity, given, seed as hypothesis_seed, settings, target
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from audit.read.base import ReadError, check_document  # noqa: E402
from audit.read.file import read_file  # noqa: E402

MAX_INPUT = 8 * 1024 * 1024  # mutated inputs are cut to this size
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024
TARGET_WEIGHTS = {"pdf": 3.0, "docx": 3.0, "txt": 3.0, "dossier": 1.0}


# --------------------------------------------------------------------------- seeds

JOURNAL = [
    ("h", "Plan van aanpak pleegzorg"),
    ("p", "Pleegkind: Fenna de Vries, geboren 12-03-2015. Pleegouders: fam. Jansen, Utrecht."),
    ("p", "Het gezin is op 4 april 2024 bezocht door de pleegzorgbegeleider (PZB). Fenna is apart "
          "gesproken; zij geeft aan dat zij zich veilig voelt en graag bij de pleegouders blijft wonen."),
    ("h", "Doelen"),
    ("l", "- Fenna gaat elke dag naar school en haalt haar rapport."),
    ("l", "- Omgang met moeder één keer per maand, begeleid door de jeugdbeschermer."),
    ("p", "Evaluatie op 1 oktober 2024. Veiligheidscheck: geen zorgen, crisisplan besproken."),
]
TABLE = [["Datum", "Contact", "Door"], ["12-03-2024", "Huisbezoek", "J. de Wit"],
         ["28-03-2024", "Telefonisch, kort overleg", "M. Bakker"]]


def journal_text() -> str:
    lines = []
    for kind, text in JOURNAL:
        lines.append(f"# {text}" if kind == "h" else text)
        lines.append("")
    lines += [" | ".join(row) for row in TABLE]
    return "\n".join(lines) + "\n"


def fpdf_seed(compress: bool) -> bytes:
    """A two-page PDF with headings, bold text, a paragraph that wraps, list items and a ruled table."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_compression(compress)
    pdf.add_page()
    for kind, text in JOURNAL:
        text = text.replace("één", "een")  # core fonts are latin-1
        if kind == "h":
            pdf.set_font("Helvetica", "B", 16)
        else:
            pdf.set_font("Helvetica", "", 11)
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 8, "Contactmomenten", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    with pdf.table() as table:
        for row in TABLE:
            r = table.row()
            for cell in row:
                r.cell(cell)
    return bytes(pdf.output())


def handmade_pdf() -> bytes:
    """A minimal one-page PDF written by hand (uncompressed content stream, exact xref)."""
    content = (b"BT /F1 12 Tf 72 720 Td (Verslag huisbezoek 12-03-2024) Tj 0 -16 Td "
               b"(Fenna is apart gesproken; zij voelt zich veilig.) Tj ET\n"
               b"0.5 w 72 600 m 300 600 l S 72 580 228 40 re S\n")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"endstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def docx_seed() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("Plan van aanpak pleegzorg", level=1)
    d.add_paragraph("Pleegkind: Fenna de Vries").add_run().add_break()
    d.paragraphs[-1].add_run("Datum: 12-03-2024")
    d.add_heading("Doelen", level=2)
    d.add_paragraph("Fenna gaat elke dag naar school.", style="List Bullet")
    d.add_paragraph("Omgang met moeder één keer per maand.", style="List Number")
    p = d.add_paragraph()
    p.add_run("Veiligheid").bold = True
    d.add_paragraph(JOURNAL[2][1])
    table = d.add_table(rows=len(TABLE), cols=3)
    table.style = "Table Grid"
    for r, row in enumerate(TABLE):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(1, 1).merge(table.cell(1, 2))
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def text_seeds() -> dict[str, bytes]:
    text = journal_text()
    crlf = text.replace("\n", "\r\n")
    return {
        "utf8": text.encode("utf-8"),
        "utf8-bom": b"\xef\xbb\xbf" + crlf.encode("utf-8"),
        "utf16-bom": text.encode("utf-16"),
        "utf16le": text.replace("één", "een").encode("utf-16-le"),
        "cp1252": crlf.encode("cp1252"),
    }


def zip_parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def make_zip(parts: dict[str, bytes], stored: bool = False) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED) as zf:
        for name, body in parts.items():
            zf.writestr(name, body)
    return buf.getvalue()


# --------------------------------------------------------------------------- mutations

Op = tuple[Any, ...]
NUMBER = re.compile(rb"-?\d+(?:\.\d+)?")
PDF_TOKENS = [
    b"obj", b"endobj", b"stream", b"endstream", b"R", b"<<", b">>", b"[", b"]", b"(", b")", b"\\",
    b"1 0 R", b"3 0 R", b"/Type /Page", b"/Type /Pages", b"/Kids [3 0 R 3 0 R]", b"/Count 999999999",
    b"/Parent 3 0 R", b"/Length 999999", b"/Length -1", b"/Filter /FlateDecode", b"/Filter /LZWDecode",
    b"/Filter /ASCII85Decode", b"/Encrypt 1 0 R", b"/Font << /F1 1 0 R >>", b"/Resources 3 0 R",
    b"/MediaBox [0 0 0 0]", b"/MediaBox [0 0 1e9 -5]", b"/Rotate 45", b"/UserUnit 0", b"xref", b"trailer",
    b"startxref", b"%%EOF", b"%PDF-1.7", b"BT", b"ET", b"Tj", b"TJ", b"Tf", b"Td", b"Tm", b"Tz 0", b"Tc",
    b"cm", b"q", b"Q", b"re", b"m", b"l", b"S", b"f", b"Do", b"/Fm1 Do", b"BI /W 1 /H 1 ID \x00 EI",
    b"[(a) -99999 (b)] TJ", b"0 0 0 0 0 0 cm", b"1e308 0 0 1e308 0 0 cm", b"(\\377\\376) Tj",
    b"<FEFF00410042> Tj", b"<> Tj", b"\x00", b"\xff\xfe", b"\n", b" ",
]
NUMBERS = [b"0", b"-0", b"1", b"-1", b"0.0000001", b"-999999999", b"2147483648", b"9" * 40,
           b"1" + b"0" * 200, b"-1" + b"0" * 200, b"3.4028235e38", b"nan", b"1.5.5", b"."]
TEXT_TOKENS = [
    b"\x00", b"\x00\x00", b"\r", b"\r\n", b"\n\n", b"\t", b"\x0b", b"\x0c", b"\x1a", b"\x1c", b"\x85", b"\xa0",
    b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xed\xa0\x80", b"\xc0\x80", b"\xf4\x90\x80\x80", b"\xe2\x80\xa8",
    b"\xe2\x80\xa9", b"\xc2\xad", b"\x00\xd8", b"\xd8\x00", b"\x00\xdc", b"# ", b"###### ", b"####### x",
    b"- ", b"1. ", b"a) ", b"\xe2\x80\xa2 ", b"\t\t\t- ", b"12-03-2024 | ", b"|", b"\x7f", b"\x1b[31m",
]


def ops_strategy(tokens: list[bytes], numbers: list[bytes]) -> st.SearchStrategy[list[Op]]:
    pos = st.integers(min_value=0, max_value=2**31)
    op = st.one_of(
        st.tuples(st.just("flip"), pos, st.integers(0, 255)),
        st.tuples(st.just("bitflip"), pos, st.integers(0, 7)),
        st.tuples(st.just("truncate"), pos),
        st.tuples(st.just("insert"), pos, st.binary(min_size=1, max_size=64)),
        st.tuples(st.just("token"), pos, st.sampled_from(tokens)),
        st.tuples(st.just("delete"), pos, st.integers(1, 4096)),
        st.tuples(st.just("duplicate"), pos, st.integers(1, 4096), pos,
                  st.one_of(st.integers(1, 3), st.integers(4, 5000))),
        st.tuples(st.just("number"), pos, st.sampled_from(numbers)),
    )
    return st.lists(op, min_size=1, max_size=6)


def apply_ops(data: bytes, ops: list[Op]) -> bytes:
    """Apply mutations in order; positions are taken modulo the current length."""
    b = bytearray(data)
    for op in ops:
        kind, n = op[0], len(b)
        if kind == "flip" and n:
            b[op[1] % n] = op[2]
        elif kind == "bitflip" and n:
            b[op[1] % n] ^= 1 << op[2]
        elif kind == "truncate":
            del b[op[1] % (n + 1):]
        elif kind in ("insert", "token"):
            i = op[1] % (n + 1)
            b[i:i] = op[2]
        elif kind == "delete" and n:
            i = op[1] % n
            del b[i:i + op[2]]
        elif kind == "duplicate" and n:
            i = op[1] % n
            chunk = bytes(b[i:i + op[2]])
            copies = min(op[4], MAX_INPUT // max(len(chunk), 1))
            j = op[3] % (n + 1)
            b[j:j] = chunk * copies
        elif kind == "number":
            found = list(NUMBER.finditer(b))
            if found:
                m = found[op[1] % len(found)]
                b[m.start():m.end()] = op[2]
        if len(b) > MAX_INPUT:
            del b[MAX_INPUT:]
    return bytes(b)


# --- DOCX: XML-aware mutations of one part, then re-zipped

ODD_VALUES = ["", "x", "0", "-1", "1", "8", "9", "10", "99999999999999999999", "1.5", " 2", "true", "off",
              "continue", "restart", "Heading1", "Kop 1", "List Bullet", "Title", "&#233;", "&amp;", "\t"]
# (the elements a snippet belongs in, the snippet); it goes there half the time, else anywhere
SNIPPETS: list[tuple[str, str]] = [
    ("p", '<w:pPr><w:pStyle w:val="{v}"/></w:pPr>'),
    ("p", '<w:pPr><w:numPr><w:ilvl w:val="{v}"/><w:numId w:val="{v}"/></w:numPr></w:pPr>'),
    ("p", '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>'),
    ("p", '<w:pPr><w:outlineLvl w:val="{v}"/></w:pPr>'),
    ("tc", '<w:tcPr><w:gridSpan w:val="{v}"/><w:vMerge w:val="{v}"/></w:tcPr>'),
    ("tc", '<w:tcPr><w:vMerge/></w:tcPr>'),
    ("tr", '<w:trPr><w:gridBefore w:val="{v}"/><w:tblHeader w:val="{v}"/></w:trPr>'),
    ("r", '<w:rPr><w:b w:val="{v}"/><w:rStyle w:val="{v}"/></w:rPr>'),
    ("p", '<w:r><w:t>{v}</w:t><w:br/><w:tab/><w:cr/><w:noBreakHyphen/><w:sym w:char="F0B7"/></w:r>'),
    ("p", '<w:r><w:t xml:space="preserve">  \u00ad\u2028 </w:t></w:r>'),
    ("body tc sdtContent", '<w:p><w:r><w:t>{v}</w:t></w:r></w:p>'),
    ("body tc", '<w:p/>'),
    ("body tc tr", '<w:sdt><w:sdtContent><w:p><w:r><w:t>inhoud</w:t></w:r></w:p></w:sdtContent></w:sdt>'),
    ("body tc tr", '<w:sdt/>'),
    ("body tc tr", '<w:customXml><w:p><w:r><w:t>x</w:t></w:r></w:p></w:customXml>'),
    ("body p", '<w:ins><w:p><w:r><w:t>ingevoegd</w:t></w:r></w:p></w:ins>'),
    ("body", '<w:moveTo><w:tbl/></w:moveTo>'),
    ("p", '<w:del><w:r><w:delText>weg</w:delText></w:r></w:del>'),
    ("body tc", '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'),
    ("body tc", '<w:tbl><w:tr/><w:tr><w:tc/></w:tr></w:tbl>'),
    ("body tc", '<w:tbl/>'), ("tbl", '<w:tr/>'), ("tr", '<w:tc/>'),
    ("tr", '<w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>genest</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc>'),
    ("styles", '<w:style w:type="paragraph" w:styleId="{v}"><w:name w:val="{v}"/><w:basedOn w:val="{v}"/>'
               '<w:pPr><w:outlineLvl w:val="{v}"/><w:numPr><w:ilvl w:val="{v}"/><w:numId w:val="{v}"/></w:numPr>'
               '</w:pPr><w:rPr><w:b w:val="{v}"/></w:rPr></w:style>'),
    ("styles", '<w:style w:type="paragraph" w:styleId="Normal"><w:basedOn w:val="Normal"/></w:style>'),
    ("style", '<w:pPr><w:numPr><w:ilvl w:val="{v}"/><w:numId w:val="{v}"/></w:numPr><w:outlineLvl w:val="{v}"/>'
              '</w:pPr>'),
    ("body p", '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
               '<mc:Fallback><w:p/></mc:Fallback></mc:AlternateContent>'),
    ("body", '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>'), ("body", '<?pi x?>'), ("p", '<!-- c -->'),
    ("p", '<![CDATA[x]]>'), ("body p r", '<w:unknownElement w:val="{v}">tekst</w:unknownElement>'),
]
PARENTS = ["p", "pPr", "r", "rPr", "tr", "trPr", "tc", "tcPr", "tbl", "body", "sdtContent", "style", "styles",
           "numbering", "abstractNum"]
START_TAG = re.compile(rb"<w:(" + "|".join(PARENTS).encode() + rb")(?:\s[^>]*)?>")
ATTR_VALUE = re.compile(rb'(?:w:val|w:styleId|w:type|Target|ContentType|PartName|Id)="[^"]*"')
ANY_TAG = re.compile(rb"</?[A-Za-z][^<>]*>")
DOCX_PARTS = ["word/document.xml"] * 6 + ["word/styles.xml"] * 3 + [
    "word/numbering.xml", "[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels"]


def xml_ops_strategy() -> st.SearchStrategy[list[Op]]:
    pos = st.integers(min_value=0, max_value=2**31)
    value = st.sampled_from(ODD_VALUES)
    snippet = st.sampled_from(SNIPPETS).flatmap(lambda sn: st.tuples(
        st.just("snippet"), st.one_of(st.sampled_from(sn[0].split()), st.sampled_from(PARENTS)), pos,
        st.just(sn[1]), value, st.integers(1, 3)))
    op = st.one_of(
        snippet,
        st.tuples(st.just("attr"), pos, value),
        st.tuples(st.just("droptag"), pos),
        st.tuples(st.just("nest"), pos, st.sampled_from(["w:sdt><w:sdtContent", "w:customXml", "w:ins"]),
                  st.integers(2, 300)),
        st.tuples(st.just("bytes"), ops_strategy([b"<", b">", b"/>", b'"', b"&", b"&#0;", b"\x00", b"]]>"],
                                                 [b"0", b"-1", b"9" * 30])),
    )
    return st.lists(op, min_size=1, max_size=5)


def apply_xml_ops(xml: bytes, ops: list[Op]) -> bytes:
    b = xml
    for op in ops:
        kind = op[0]
        if kind == "snippet":  # inside a start tag of the chosen element, else of any
            tags = list(START_TAG.finditer(b))
            tags = [m for m in tags if m.group(1).decode() == op[1]] or tags
            at = tags[op[2] % len(tags)].end() if tags else op[2] % (len(b) + 1)
            snippet = op[3].replace("{v}", op[4]).encode("utf-8") * op[5]
            b = b[:at] + snippet + b[at:]
        elif kind == "attr":
            found = list(ATTR_VALUE.finditer(b))
            if found:
                m = found[op[1] % len(found)]
                name = m.group().split(b"=", 1)[0]
                b = b[:m.start()] + name + b'="' + op[2].encode("utf-8") + b'"' + b[m.end():]
        elif kind == "droptag":
            found = list(ANY_TAG.finditer(b))
            if found:
                m = found[op[1] % len(found)]
                b = b[:m.start()] + b[m.end():]
        elif kind == "nest":
            tags = list(START_TAG.finditer(b))
            if tags:
                at = tags[op[1] % len(tags)].end()
                opener, closer = f"<{op[2]}>", "".join(f"</{t}>" for t in reversed(op[2].split("><")))
                inner = opener * op[3] + "<w:p><w:r><w:t>diep</w:t></w:r></w:p>" + closer * op[3]
                b = b[:at] + inner.encode() + b[at:]
        elif kind == "bytes":
            b = apply_ops(b, op[1])
    return b


# --------------------------------------------------------------------------- cases


@dataclass
class Case:
    """One input: ``wrap(payload)`` is the file's bytes; the shrinker shrinks ``payload``."""

    suffix: str
    payload: bytes
    label: str
    wrap: Callable[[bytes], bytes] | None = None
    ops: list[Op] = field(default_factory=list)  # the mutations drawn, for the report
    xml: bool = False  # payload is an XML part: shrink by elements

    def data(self, payload: bytes | None = None) -> bytes:
        p = self.payload if payload is None else payload
        return self.wrap(p) if self.wrap is not None else p


def weighted(choices: list[tuple[int, st.SearchStrategy[Case]]]) -> st.SearchStrategy[Case]:
    """Pick a strategy with the given weights (``one_of`` would flatten nested ``one_of`` branches)."""
    picks = [i for i, (w, _) in enumerate(choices) for _ in range(w)]
    return st.sampled_from(picks).flatmap(lambda i: choices[i][1])


def file_cases(fmt: str, seeds: dict[str, bytes], tokens: list[bytes], numbers: list[bytes],
               suffixes: list[str], header: bytes) -> st.SearchStrategy[Case]:
    suffix = st.sampled_from(suffixes)
    mutated = st.builds(
        lambda sfx, name, ops: Case(sfx, apply_ops(seeds[name], ops), f"{fmt}:{name}:mutated", ops=ops),
        suffix, st.sampled_from(sorted(seeds)), ops_strategy(tokens, numbers))
    return weighted([
        (8, mutated),
        (1, st.builds(lambda sfx: Case(sfx, b"", f"{fmt}:empty"), suffix)),
        (1, st.builds(lambda sfx, b: Case(sfx, b, f"{fmt}:random"), suffix, st.binary(max_size=4096))),
        (1, st.builds(lambda sfx, b: Case(sfx, header + b, f"{fmt}:header+random"), suffix,
                      st.binary(max_size=4096))),
    ])


def docx_cases(seed: bytes) -> st.SearchStrategy[Case]:
    parts = zip_parts(seed)

    def part_case(name: str, ops: list[Op], stored: bool) -> Case:
        def wrap(body: bytes) -> bytes:
            return make_zip({**parts, name: body}, stored)
        return Case(".docx", apply_xml_ops(parts[name], ops), f"docx:{name}:xml", wrap, ops, xml=True)

    def drop_case(name: str) -> Case:
        rest = {k: v for k, v in parts.items() if k != name}
        return Case(".docx", make_zip(rest), f"docx:drop {name}")

    seeds = {"docx": seed, "docx-stored": make_zip(parts, stored=True)}
    raw = file_cases("docx", seeds, [b"PK\x03\x04", b"PK\x01\x02", b"PK\x05\x06", b"\x00" * 4, b"\xff" * 4],
                     [b"0", b"65535"], [".docx"], b"PK\x03\x04")
    structured = st.builds(part_case, st.sampled_from(DOCX_PARTS), xml_ops_strategy(), st.booleans())
    return weighted([(6, structured), (1, st.builds(drop_case, st.sampled_from(sorted(parts)))), (3, raw)])


# --------------------------------------------------------------------------- running a child


@dataclass
class Outcome:
    status: str  # read, refused, error, invariant, hang, crash, memory
    seconds: float
    rss_mb: float  # peak RSS of the child
    growth_mb: float  # peak RSS minus the RSS it started with (the parent's at fork)
    error: str = ""  # exception type, signal name or invariant problem
    where: str = ""  # deduplication key: frames where it was raised
    detail: str = ""  # traceback or log tail


def _rss_kb(pid: int | str = "self") -> int:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * PAGE_KB
    except (OSError, IndexError, ValueError):
        return 0


def _frames(tb: traceback.StackSummary) -> str:
    """The innermost frame and the innermost frame of our own package, as a dedup key."""
    def short(f: traceback.FrameSummary) -> str:
        path = f.filename
        for marker in ("site-packages/", str(ROOT) + "/"):
            if marker in path:
                path = path.split(marker, 1)[1]
        return f"{path}:{f.lineno} {f.name}"
    if not tb:
        return "?"
    ours = [f for f in tb if "/audit/" in f.filename]
    keys = [short(tb[-1])] + ([short(ours[-1])] if ours and ours[-1] is not tb[-1] else [])
    return " <- ".join(keys)


def run_in_child(work: Callable[[], dict[str, Any]], timeout: float, max_growth_mb: float, tmp: Path) -> Outcome:
    """Run ``work`` in a forked child; its dict result comes back through a file.

    Hangs are killed after ``timeout`` seconds, memory runaways once RSS grows past twice
    ``max_growth_mb``; peak RSS comes from ``wait4``'s rusage of that very child.
    """
    tmp.mkdir(parents=True, exist_ok=True)
    result, log = tmp / "result.json", tmp / "child.log"
    base_kb = _rss_kb()
    sys.stdout.flush()
    sys.stderr.flush()
    t0 = time.monotonic()
    pid = os.fork()
    if pid == 0:  # child
        code = 0
        try:
            fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(fd, 1)
            os.dup2(fd, 2)
            import faulthandler
            faulthandler.enable()
            faulthandler.register(signal.SIGUSR1)  # the parent asks for the stack of a hang
            out = work()
            result.write_text(json.dumps(out))
        except BaseException:  # noqa: BLE001 - a harness failure, reported as such
            code = 3
            try:
                result.write_text(json.dumps({"status": "error", "error": "HarnessError",
                                              "where": "harness", "detail": traceback.format_exc()[-4000:]}))
            except BaseException:  # noqa: BLE001
                pass
        finally:
            os._exit(code)
    killed, delay = "", 0.001
    while True:
        done, wstatus, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        elapsed = time.monotonic() - t0
        if not killed and elapsed > timeout:
            killed = "hang"
        elif not killed and (_rss_kb(pid) - base_kb) / 1024 > 2 * max_growth_mb:
            killed = "memory"
        if killed:
            if killed == "hang":
                os.kill(pid, signal.SIGUSR1)
                time.sleep(0.5)
            os.kill(pid, signal.SIGKILL)
            _, wstatus, usage = os.wait4(pid, 0)
            break
        time.sleep(delay)
        delay = min(delay * 1.5, 0.02)
    seconds = time.monotonic() - t0
    # A forked child starts with (part of) the parent's pages: its growth is peak minus the parent's RSS.
    rss_mb, growth_mb = usage.ru_maxrss / 1024, max(usage.ru_maxrss - base_kb, 0) / 1024
    tail = log.read_text(errors="replace")[-6000:] if log.exists() else ""
    if killed == "hang":
        return Outcome("hang", seconds, rss_mb, growth_mb, f"no result after {timeout:.0f} s", "hang", tail)
    if killed == "memory" or growth_mb > max_growth_mb:
        return Outcome("memory", seconds, rss_mb, growth_mb, f"RSS grew {growth_mb:.0f} MB", "memory", tail)
    if os.WIFSIGNALED(wstatus):
        name = signal.Signals(os.WTERMSIG(wstatus)).name
        return Outcome("crash", seconds, rss_mb, growth_mb, name, f"signal {name}", tail)
    try:
        got = json.loads(result.read_text())
    except (OSError, ValueError):
        return Outcome("crash", seconds, rss_mb, growth_mb, f"exit {os.WEXITSTATUS(wstatus)} without result",
                       "no result", tail)
    return Outcome(got["status"], seconds, rss_mb, growth_mb, got.get("error", ""), got.get("where", ""),
                   got.get("detail", ""))


def read_work(path: Path) -> Callable[[], dict[str, Any]]:
    def work() -> dict[str, Any]:
        try:
            doc = read_file(path)
        except ReadError:
            return {"status": "refused"}
        except Exception as e:  # noqa: BLE001 - this is what we are looking for
            tb = traceback.extract_tb(e.__traceback__)
            return {"status": "error", "error": type(e).__name__, "where": _frames(tb),
                    "detail": "".join(traceback.format_exception(e))[-4000:]}
        problems = check_document(doc)
        if problems:
            return {"status": "invariant", "error": "check_document",
                    "where": re.sub(r"\d+", "N", problems[0]), "detail": "\n".join(problems[:20])}
        return {"status": "read"}
    return work


def dossier_work(path: Path) -> Callable[[], dict[str, Any]]:
    def work() -> dict[str, Any]:
        import logging
        logging.disable(logging.WARNING)  # the 'same output name' warning is expected
        from audit.read.dossier import iter_dossiers
        try:
            n = 0
            for d in iter_dossiers(path):
                n += 1
                _ = (d.dossier_id, [doc.name for doc in d.documents], [e.message for e in d.errors])
        except Exception as e:  # noqa: BLE001 - this is what we are looking for
            tb = traceback.extract_tb(e.__traceback__)
            return {"status": "error", "error": type(e).__name__, "where": _frames(tb),
                    "detail": "".join(traceback.format_exception(e))[-4000:]}
        return {"status": "read" if n else "refused"}
    return work


# --------------------------------------------------------------------------- dossier trees

FILE_BODIES: dict[str, bytes] = {}  # filled in main(): seed files the trees draw from
NAME_SUFFIXES = [".pdf", ".docx", ".txt", ".md", ".PDF", ".TxT", ".doc", ".zip", ".json", "", ".", ".pdf.txt"]
Tree = dict[str, Any]  # name -> bytes (file) | Tree (folder) | ("link", target) | ("fifo",)


def _name_ok(name: str) -> bool:
    try:
        raw = os.fsencode(name)
    except UnicodeError:
        return False
    return bool(raw) and b"/" not in raw and b"\x00" not in raw and name not in (".", "..") and len(raw) <= 250


def names_strategy() -> st.SearchStrategy[str]:
    stem = st.one_of(
        st.text(min_size=1, max_size=12),
        st.text(st.characters(codec="utf-8", exclude_characters="/\x00"), min_size=1, max_size=12),
        st.binary(min_size=1, max_size=12).map(os.fsdecode),  # non-UTF-8 names (surrogate escapes)
        st.sampled_from(["gold", "~$lock", ".verborgen", "__MACOSX", "Thumbs", " spatie ", "a\nb", "a\\b",
                         "index", "INDEX", "dossier", "CON", "x" * 200, "é", "e\u0301", "\u202ename"]),
    )
    return st.builds(lambda s, sfx: s + sfx, stem, st.sampled_from(NAME_SUFFIXES)).filter(_name_ok)


def leaf_strategy() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.sampled_from(sorted(FILE_BODIES)).map(lambda k: FILE_BODIES[k]),
        st.just(b""),
        st.binary(max_size=256),
        st.tuples(st.just("link"), st.sampled_from(["..", ".", "/nonexistent", "self", "sibling", "/dev/zero"])),
        st.tuples(st.just("fifo")),
    )


def tree_strategy() -> st.SearchStrategy[Tree]:
    return st.recursive(
        st.dictionaries(names_strategy(), leaf_strategy(), max_size=4),
        lambda children: st.dictionaries(names_strategy(), st.one_of(leaf_strategy(), children), max_size=4),
        max_leaves=10,
    ).filter(lambda t: isinstance(t, dict))


def write_tree(tree: Tree, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    names = list(tree)
    for name, item in tree.items():
        p = folder / name
        try:
            if isinstance(item, dict):
                write_tree(item, p)
            elif isinstance(item, bytes):
                p.write_bytes(item)
            elif item[0] == "fifo":
                os.mkfifo(p)
            elif item[0] == "link":
                to = {"self": name, "sibling": names[0]}.get(item[1], item[1])
                os.symlink(to, p)
        except OSError:
            pass  # e.g. a name the file system refuses: the tree is just smaller


def zip_tree(folder: Path, dest: Path) -> bool:
    try:
        with zipfile.ZipFile(dest, "w") as zf:
            for p in sorted(folder.rglob("*")):
                if p.is_file() and not p.is_symlink():
                    zf.write(p, p.relative_to(folder).as_posix())
                elif p.is_dir() and not p.is_symlink():
                    zf.writestr(p.relative_to(folder).as_posix() + "/", b"")
        return True
    except (OSError, UnicodeError, ValueError):
        return False


def dossier_input(tree: Tree, mode: str, tmp: Path) -> Path:
    """Lay the tree out under ``tmp`` and return what ``iter_dossiers`` gets: the folder, a zip of it, or a file."""
    folder = tmp / "input"
    write_tree(tree, folder)
    if mode == "zip":
        dest = tmp / "input.zip"
        if zip_tree(folder, dest):
            return dest
    if mode == "file":
        files = sorted(p for p in folder.rglob("*") if p.is_file() or p.is_symlink())
        if files:
            return files[0]
    return folder


# --------------------------------------------------------------------------- bookkeeping


@dataclass
class Finding:
    target: str
    error: str
    where: str
    outcome: Outcome
    count: int = 1
    saved: str = ""
    size: int = 0
    how: str = ""  # what input it was, before shrinking


@dataclass
class Stats:
    target: str
    tried: int = 0  # inputs hypothesis generated
    runs: int = 0  # children run, shrinking included
    statuses: Counter[str] = field(default_factory=Counter)
    labels: dict[str, Counter[str]] = field(default_factory=dict)  # kind of input -> outcomes
    max_seconds: float = 0.0
    max_rss_mb: float = 0.0
    max_growth_mb: float = 0.0
    slowest: str = ""
    slow: int = 0  # inputs over --slow seconds (not findings, but near one)
    findings: dict[tuple[str, str], Finding] = field(default_factory=dict)
    # The slowest input and the one with the largest RSS growth, saved as near misses.
    near: dict[str, tuple[Outcome, bytes, str, str]] = field(default_factory=dict)
    near_saved: list[str] = field(default_factory=list)

    def note(self, out: Outcome, label: str, data: Callable[[], bytes], suffix: str, how: Callable[[], str]) -> None:
        """Count one input's outcome, and keep it if it is the slowest or the hungriest so far."""
        self.tried += 1
        self.statuses[out.status] += 1
        self.labels.setdefault(label, Counter())[out.status] += 1
        self.max_rss_mb = max(self.max_rss_mb, out.rss_mb)
        if out.status in ("read", "refused"):
            if out.seconds > self.max_seconds:
                self.near["slowest"] = (out, data(), suffix, how())
            if out.growth_mb > self.max_growth_mb:
                self.near["peak-rss"] = (out, data(), suffix, how())
        self.max_growth_mb = max(self.max_growth_mb, out.growth_mb)
        if out.seconds > self.max_seconds:
            self.max_seconds, self.slowest = out.seconds, label

    def new_finding(self, name: str, out: Outcome) -> Finding | None:
        """The ``Finding`` for ``out`` if it is a kind not seen before (said on stdout), else None
        (a clean outcome, or one more of a known finding, counted)."""
        if out.status in ("read", "refused"):
            return None
        key = (out.error, out.where)
        if key in self.findings:
            self.findings[key].count += 1
            return None
        f = self.findings[key] = Finding(name, out.error, out.where, out)
        print(f"  [{name}] new finding: {out.status} {out.error} at {out.where}", flush=True)
        return f


def save_near_misses(out_dir: Path, stats: Stats, slow_s: float, rss_mb: float) -> None:
    """Save the slowest input if it took over ``slow_s`` and the hungriest if it grew over ``rss_mb``."""
    for kind, (out, data, suffix, how) in sorted(stats.near.items()):
        if (kind == "slowest" and out.seconds < slow_s) or (kind == "peak-rss" and out.growth_mb < rss_mb):
            continue
        out_dir.mkdir(parents=True, exist_ok=True)
        path = out_dir / f"{stats.target}-near-{kind}-{hashlib.sha256(data).hexdigest()[:8]}{suffix or '.bin'}"
        path.write_bytes(data)
        Path(f"{path}.report.txt").write_text(
            f"target: {stats.target}\nnear miss: {kind} (not over --timeout / --max-rss-mb)\n"
            f"outcome: {out.status}\nseconds: {out.seconds:.2f}\npeak RSS MB: {out.rss_mb:.0f} "
            f"(growth {out.growth_mb:.0f})\nbytes: {len(data)}\ninput: {how}\n", errors="backslashreplace")
        stats.near_saved.append(f"{kind}: {out.seconds:.2f} s, peak RSS {out.rss_mb:.0f} MB, {len(data)} bytes: {path}")


def save_reproducer(out: Path, target: str, f: Finding, data: bytes | None, suffix: str,
                    tree: tuple[Path, Path] | None = None) -> str:
    """Write the input (a file, or for ``dossier`` a tar of the laid-out tree) and a report beside it."""
    out.mkdir(parents=True, exist_ok=True)
    key = hashlib.sha256(f"{target}|{f.error}|{f.where}".encode()).hexdigest()[:8]
    stem = f"{target}-{f.outcome.status}-{re.sub(r'[^A-Za-z0-9]+', '_', f.error)[:40]}-{key}"
    if data is not None:
        path = out / f"{stem}{suffix or '.bin'}"
        path.write_bytes(data)
        how = (f"{sys.executable} -c \"from pathlib import Path; from audit.read.file import read_file; "
               f"read_file(Path('{path}'))\"")
    else:
        assert tree is not None
        tmp, inp = tree
        path = out / f"{stem}.tar"
        with tarfile.open(path, "w", format=tarfile.PAX_FORMAT) as tf:
            for p in sorted(tmp.iterdir()):
                if p.name.startswith("input"):
                    tf.add(p, arcname=p.name)
        rel = ascii(str(inp.relative_to(tmp)))
        how = (f"mkdir -p /tmp/repro && tar -xf {path} -C /tmp/repro && {sys.executable} -c \"from pathlib import "
               f"Path; from audit.read.dossier import iter_dossiers; list(iter_dossiers(Path('/tmp/repro') / {rel}))\"")
    (out / f"{stem}.report.txt").write_text(
        f"target: {target}\nstatus: {f.outcome.status}\nerror: {f.error}\nwhere: {f.where}\n"
        f"seconds: {f.outcome.seconds:.2f}\npeak RSS MB: {f.outcome.rss_mb:.0f}\n"
        f"reproduce (from {ROOT}):\n  {how}\ninput: {f.how}\n\n{f.outcome.detail}\n", errors="backslashreplace")
    return str(path)


def shrink_xml(payload: bytes, still_fails: Callable[[bytes], bool], budget_s: float) -> bytes:
    """Drop XML elements (outermost first) while the same finding reproduces; bytes as-is if not well-formed."""
    from lxml import etree

    end = time.monotonic() + budget_s
    try:
        best = etree.fromstring(payload)
    except etree.XMLSyntaxError:
        return payload
    out = payload
    progressed = True
    while progressed and time.monotonic() < end:
        progressed = False
        for el in best.iter():
            parent = el.getparent()
            if parent is None or time.monotonic() >= end:
                continue
            i = parent.index(el)
            parent.remove(el)
            candidate = etree.tostring(best, xml_declaration=True, encoding="UTF-8", standalone=True)
            if still_fails(candidate):
                out, progressed = candidate, True
                break
            parent.insert(i, el)
    return out


def shrink_zip(data: bytes, still_fails: Callable[[bytes], bool], budget_s: float) -> bytes:
    """Drop zip members one at a time while the same finding reproduces (a DOCX's unneeded parts)."""
    end = time.monotonic() + budget_s
    try:
        parts = zip_parts(data)
    except (zipfile.BadZipFile, OSError, ValueError):
        return data
    for name in list(parts):
        if time.monotonic() >= end:
            break
        candidate = make_zip({k: v for k, v in parts.items() if k != name})
        if still_fails(candidate):
            parts.pop(name)
            data = candidate
    return data


def shrink(payload: bytes, still_fails: Callable[[bytes], bool], budget_s: float, max_tries: int = 300) -> bytes:
    """Delta debugging over bytes: drop chunks while the same finding reproduces, within a budget."""
    end = time.monotonic() + budget_s
    tries = 0
    best = payload
    n = 2
    while len(best) > 1 and time.monotonic() < end and tries < max_tries:
        size = max(len(best) // n, 1)
        progressed = False
        for start in range(0, len(best), size):
            if time.monotonic() >= end or tries >= max_tries:
                break
            candidate = best[:start] + best[start + size:]
            tries += 1
            if candidate and still_fails(candidate):
                best, progressed = candidate, True
                n = max(n - 1, 2)
                break
        if not progressed:
            if size == 1:
                break
            n = min(n * 2, len(best))
    return best


# --------------------------------------------------------------------------- the run


class _TimeUp(BaseException):
    """Ends a target's hypothesis run when its share of the wall time is spent (not a test failure)."""


def fuzz_file_target(name: str, strategy: st.SearchStrategy[Case], deadline: float, args: argparse.Namespace,
                     work_root: Path) -> Stats:
    stats = Stats(name)
    counter = [0]

    def run(suffix: str, data: bytes) -> Outcome:
        counter[0] += 1
        stats.runs += 1
        tmp = work_root / f"{name}-{counter[0]}"
        path = tmp / f"input{suffix}"
        tmp.mkdir(parents=True)
        path.write_bytes(data)
        try:
            return run_in_child(read_work(path), args.timeout, args.max_rss_mb, tmp)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    @settings(max_examples=10**7, deadline=None, database=None, phases=[Phase.generate, Phase.target],
              suppress_health_check=list(HealthCheck), verbosity=Verbosity.quiet)
    @given(case=strategy)
    def fuzz(case: Case) -> None:
        if time.monotonic() >= deadline:
            raise _TimeUp
        data = case.data()
        out = run(case.suffix, data)
        stats.note(out, case.label, lambda: data, case.suffix, lambda: f"{case.label}; mutations: {case.ops!r}"[:3000])
        if out.seconds > args.slow:
            stats.slow += 1
        target(out.seconds, label="seconds per input")
        target(out.growth_mb, label="RSS growth MB")
        f = stats.new_finding(name, out)
        if f is None:
            return
        key = (out.error, out.where)
        if out.status not in ("hang", "memory"):  # each try of those costs the whole timeout
            end = time.monotonic() + min(args.shrink_seconds, max(deadline - time.monotonic(), 0))

            def same(d: bytes) -> bool:
                o = run(case.suffix, d)
                return (o.error, o.where) == key
            payload = (shrink_xml if case.xml else shrink)(case.payload, lambda p: same(case.data(p)),
                                                           end - time.monotonic())
            data = case.data(payload)
            if case.xml:
                data = shrink_zip(data, same, end - time.monotonic())
        f.size = len(data)
        f.how = f"{case.label}; mutations: {case.ops!r}"[:3000]
        f.saved = save_reproducer(args.out, name, f, data, case.suffix)

    if args.seed is not None:
        fuzz = hypothesis_seed(args.seed)(fuzz)
    try:
        fuzz()
    except _TimeUp:
        pass
    return stats


def fuzz_dossier_target(deadline: float, args: argparse.Namespace, work_root: Path) -> Stats:
    stats = Stats("dossier")
    counter = [0]

    def run(tree: Tree, mode: str) -> tuple[Outcome, Path, Path]:
        counter[0] += 1
        stats.runs += 1
        tmp = work_root / f"dossier-{counter[0]}"
        inp = dossier_input(tree, mode, tmp)
        return run_in_child(dossier_work(inp), args.timeout, args.max_rss_mb, tmp / "child"), tmp, inp

    def without(tree: Tree, path: tuple[str, ...]) -> Tree:
        if len(path) == 1:
            return {k: v for k, v in tree.items() if k != path[0]}
        return {**tree, path[0]: without(tree[path[0]], path[1:])}

    def entries(tree: Tree, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
        out = []
        for k, v in tree.items():
            out.append(prefix + (k,))
            if isinstance(v, dict):
                out += entries(v, prefix + (k,))
        return out

    @settings(max_examples=10**7, deadline=None, database=None, phases=[Phase.generate, Phase.target],
              suppress_health_check=list(HealthCheck), verbosity=Verbosity.quiet)
    @given(tree=tree_strategy(), mode=st.sampled_from(["folder", "folder", "folder", "zip", "file"]))
    def fuzz(tree: Tree, mode: str) -> None:
        if time.monotonic() >= deadline:
            raise _TimeUp
        out, tmp, _ = run(tree, mode)
        try:
            stats.note(out, mode, lambda: b"", "", lambda: f"mode {mode}; tree: {tree!r}"[:3000])
            if out.seconds > args.slow:
                stats.slow += 1
            target(out.seconds, label="seconds per input")
            f = stats.new_finding("dossier", out)
            if f is None:
                return
            key = (out.error, out.where)
            # Shrink: drop entries one at a time while the same finding reproduces.
            best, end = tree, time.monotonic() + min(args.shrink_seconds, max(deadline - time.monotonic(), 0))
            changed = out.status not in ("hang", "memory")
            while changed and time.monotonic() < end:
                changed = False
                for e in sorted(entries(best), key=len):
                    cand = without(best, e)
                    o, t, _ = run(cand, mode)
                    shutil.rmtree(t, ignore_errors=True)
                    if (o.error, o.where) == key:
                        best, changed = cand, True
                        break
                    if time.monotonic() >= end:
                        break
            t = work_root / "reproducer"
            inp = dossier_input(best, mode, t)
            f.size = len(entries(best))
            f.how = f"mode {mode}; tree after shrinking: {best!r}"[:3000]
            f.saved = save_reproducer(args.out, "dossier", f, None, "", (t, inp))
            shutil.rmtree(t, ignore_errors=True)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    if args.seed is not None:
        fuzz = hypothesis_seed(args.seed)(fuzz)
    try:
        fuzz()
    except _TimeUp:
        pass
    return stats


def report(all_stats: list[Stats], started: float, out: Path, slow: float) -> None:
    print("\n=== fuzz_readers: summary ===")
    print(f"wall time: {time.monotonic() - started:.0f} s; findings saved under {out}")
    for s in all_stats:
        print(f"\n[{s.target}] inputs tried: {s.tried} (children run, shrinking included: {s.runs})")
        print("  outcomes: " + ", ".join(f"{k} {v}" for k, v in sorted(s.statuses.items())))
        print("  kinds of input (tried: outcomes):")
        for k, c in sorted(s.labels.items()):
            print(f"    {k}: {sum(c.values())} ({', '.join(f'{st_} {n}' for st_, n in sorted(c.items()))})")
        print(f"  max seconds per input: {s.max_seconds:.2f} ({s.slowest}); inputs over {slow:g} s: {s.slow}")
        print(f"  max peak RSS of a child: {s.max_rss_mb:.0f} MB (max growth over its start: {s.max_growth_mb:.0f} MB)")
        for line in s.near_saved:
            print(f"  near miss saved, {line}")
        by_type: Counter[str] = Counter()
        for f in s.findings.values():
            by_type[f"{f.outcome.status}: {f.error}"] += f.count
        print("  findings by type: " + (", ".join(f"{k} x{v}" for k, v in sorted(by_type.items())) or "none"))
        for f in s.findings.values():
            print(f"  - {f.outcome.status} {f.error} x{f.count} at {f.where}")
            print(f"    reproducer ({f.size} {'entries' if s.target == 'dossier' else 'bytes'}): {f.saved}")
            last = [ln for ln in f.outcome.detail.strip().splitlines() if ln.strip()][-3:]
            for ln in last:
                print(f"      {ln}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--minutes", type=float, default=3.0,
                    help="wall time of the whole run, shared by the targets (pdf, docx, txt 3 parts each, dossier 1)")
    ap.add_argument("--targets", default="pdf,docx,txt,dossier", help="comma-separated: pdf, docx, txt, dossier")
    ap.add_argument("--timeout", type=float, default=20.0, help="seconds one input may take before it is a hang")
    ap.add_argument("--max-rss-mb", type=float, default=1536.0, help="RSS growth of one child that is a finding")
    ap.add_argument("--slow", type=float, default=5.0,
                    help="seconds above which an input is counted as slow (and the slowest saved)")
    ap.add_argument("--near-rss-mb", type=float, default=512.0,
                    help="RSS growth above which the hungriest input is saved as a near miss")
    ap.add_argument("--shrink-seconds", type=float, default=40.0, help="budget to shrink one finding")
    ap.add_argument("--seed", type=int, default=None, help="hypothesis seed, for a repeatable run")
    ap.add_argument("--out", type=Path, default=Path("/tmp/fuzz_findings"), help="where reproducers go")
    args = ap.parse_args(argv)
    targets = [t.strip() for t in args.targets.split(",") if t.strip()]
    unknown = set(targets) - set(TARGET_WEIGHTS)
    if unknown:
        ap.error(f"unknown targets: {', '.join(sorted(unknown))}")

    for module in ("docx", "pdfplumber", "pypdfium2", *(["audit.read.dossier"] if "dossier" in targets else [])):
        importlib.import_module(module)  # before forking, so each child starts warm

    pdf_seeds = {"fpdf-deflate": fpdf_seed(True), "fpdf-plain": fpdf_seed(False), "handmade": handmade_pdf()}
    docx_bytes = docx_seed()
    txt_seeds = text_seeds()
    FILE_BODIES.update({"pdf": pdf_seeds["fpdf-deflate"], "docx": docx_bytes, "txt": txt_seeds["utf8"],
                        "utf16": txt_seeds["utf16-bom"], "handmade": pdf_seeds["handmade"]})
    strategies: dict[str, st.SearchStrategy[Case]] = {
        "pdf": file_cases("pdf", pdf_seeds, PDF_TOKENS, NUMBERS, [".pdf"], b"%PDF-1.4\n"),
        "docx": docx_cases(docx_bytes),
        "txt": file_cases("txt", txt_seeds, TEXT_TOKENS, [b"0"], [".txt", ".txt", ".md"], b"\xef\xbb\xbf"),
    }

    started = time.monotonic()
    total = args.minutes * 60
    weight = sum(TARGET_WEIGHTS[t] for t in targets)
    work_root = Path(tempfile.mkdtemp(prefix="fuzz_readers-"))
    print(f"fuzz_readers: {args.minutes:g} min over {', '.join(targets)}; timeout {args.timeout:g} s per input; "
          f"work dir {work_root}", flush=True)
    all_stats: list[Stats] = []
    spent = 0.0
    try:
        for t in targets:
            spent += total * TARGET_WEIGHTS[t] / weight
            deadline = started + spent
            print(f"- {t}: until +{spent / 60:.1f} min", flush=True)
            if t == "dossier":
                all_stats.append(fuzz_dossier_target(deadline, args, work_root))
            else:
                all_stats.append(fuzz_file_target(t, strategies[t], deadline, args, work_root))
                save_near_misses(args.out, all_stats[-1], args.slow, args.near_rss_mb)
    finally:
        shutil.rmtree(work_root, ignore_errors=True)
    report(all_stats, started, args.out, args.slow)
    return 0


if __name__ == "__main__":
    sys.exit(main())
