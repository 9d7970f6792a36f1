"""Builders of hostile input, shared by the bad-input tests and ``benchmarks/hostile_batch.py``.

Each builds its file cheaply (no fpdf2, no rendering): a long PDF whose pages share one
content stream, a Flate bomb, a DOCX zip bomb, a one-date journal, a FIFO.
"""
from __future__ import annotations

import os
import zipfile
import zlib
from pathlib import Path


def _pdf(objects: list[bytes]) -> bytes:
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def long_pdf(path: Path, pages: int) -> Path:
    """A PDF of ``pages`` pages, each showing one line of text (all share one content stream)."""
    content = b"BT /F1 12 Tf 72 720 Td (Pagina met tekst) Tj ET"
    first_page = 5
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> " \
           b"/Contents 4 0 R >>"
    objects += [page] * pages
    path.write_bytes(_pdf(objects))
    return path


def flate_bomb_pdf(path: Path, inflated_mb: int) -> Path:
    """A one-page PDF whose content stream inflates to ``inflated_mb`` MB of spaces (about 1/1000 packed)."""
    packer = zlib.compressobj(9)
    block = b" " * (1 << 20)
    stream = b"".join(packer.compress(block) for _ in range(inflated_mb)) + packer.flush()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    path.write_bytes(_pdf(objects))
    return path


def docx_bomb(path: Path, unpacked_mb: int) -> Path:
    """A DOCX whose document.xml unpacks to ``unpacked_mb`` MB of zeros (a few hundred kB packed)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with zf.open("word/document.xml", "w", force_zip64=True) as member:
            block = b"0" * (1 << 20)
            for _ in range(unpacked_mb):
                member.write(block)
    return path


def one_date_journal(path: Path, megabytes: int) -> Path:
    """A TXT journal of one-on-one entries that all share one date (the slowest text there was)."""
    entry = "12-03-2024 Gesprek met Liv alleen, zonder pleegouders, over school.\n"
    path.write_text(entry * (megabytes * 1024 * 1024 // len(entry)), "utf-8")
    return path


def fifo(path: Path) -> Path:
    """A named pipe: opening it for reading would block for ever."""
    os.mkfifo(path)
    return path


def hostile_dossier(folder: Path, *, pages: int = 2000, text_mb: int = 20, flate_mb: int = 600,
                    docx_mb: int = 300) -> Path:
    """One dossier folder holding every kind above."""
    folder.mkdir(parents=True, exist_ok=True)
    long_pdf(folder / "lang.pdf", pages)
    one_date_journal(folder / "journaal.txt", text_mb)
    flate_bomb_pdf(folder / "bom.pdf", flate_mb)
    docx_bomb(folder / "bom.docx", docx_mb)
    fifo(folder / "pijp.txt")
    return folder
