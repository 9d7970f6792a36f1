"""Text of a scanned PDF (no text layer) recognised with tesseract's Dutch model, only when asked.

OCR is slow (seconds a page) and its text has errors, so it is off by default: a scan is
then reported as "geen tekstlaag — OCR nodig". With ``run --ocr`` (``read.ocr = 1``) and
``tesseract`` with Dutch data installed (Debian: ``apt install tesseract-ocr
tesseract-ocr-nld``; Python: ``pip install pytesseract``), each page is rendered with
pypdfium2 (already installed with pdfplumber; Apache/BSD licences) and recognised by
tesseract through pytesseract, locally (no network). The document's reader says
``tesseract-ocr/nld``, and every piece of evidence from it carries ``"ocr": true``.
"""
from __future__ import annotations

import io
import re
import shutil
from pathlib import Path
from typing import Any

from audit.read.base import ReadError, TextBuilder, sha256_bytes
from audit.types import Document

READER = "tesseract-ocr/nld"
LANGUAGE = "nld"
DPI = 300
SHORT_LINE = 30  # characters: a line this short (a heading, a date line) ends its paragraph
_SPACES = re.compile(r"[ \t\f\v\r]+")

_enabled = {"ocr": False}
_page_hook: list[Any] = [None]


def set_page_hook(hook: Any) -> None:
    """Called before each page is recognised (a worker's heartbeat: its time limit then holds per page)."""
    _page_hook[0] = hook


def set_ocr(enabled: bool) -> None:
    """Apply ``read.ocr`` for this process (the run does, from its settings)."""
    _enabled["ocr"] = bool(enabled)


def enabled() -> bool:
    return _enabled["ocr"]


def unavailable() -> str | None:
    """Why OCR cannot run here (Dutch), or None when tesseract with Dutch data and pytesseract are installed."""
    try:
        import pytesseract
    except ImportError:
        return "pytesseract is niet geïnstalleerd (pip install pytesseract)"
    if shutil.which("tesseract") is None:
        return "tesseract is niet geïnstalleerd (apt install tesseract-ocr tesseract-ocr-nld)"
    try:
        languages = pytesseract.get_languages(config="")
    except Exception as exc:  # tesseract present but broken
        return f"tesseract werkt niet ({type(exc).__name__})"
    if LANGUAGE not in languages:
        return "tesseract heeft geen Nederlandse taaldata (apt install tesseract-ocr-nld)"
    return None


def no_text_layer() -> ReadError:
    """The error for a scan: what to do about it, and why it was not done."""
    if not enabled():
        return ReadError("geen tekstlaag — OCR nodig (gescand document?); met --ocr wordt de tekst herkend")
    why = unavailable()
    return ReadError(f"geen tekstlaag — OCR gevraagd, maar {why}" if why else "geen tekstlaag en OCR vond geen tekst")


def _page_text(page: object) -> str:
    import pytesseract

    image = page.render(scale=DPI / 72).to_pil()  # type: ignore[attr-defined]
    return pytesseract.image_to_string(image, lang=LANGUAGE)


def _paragraphs(text: str) -> list[str]:
    """Tesseract's lines joined into paragraphs: a blank line, a short line (a heading or an entry's
    date line) or a line ending a sentence ends one."""
    out: list[str] = []
    current: list[str] = []
    for raw in text.split("\n"):
        line = _SPACES.sub(" ", raw).strip()
        if line:
            current.append(line)
        if current and (not line or len(line) < SHORT_LINE or line.endswith((".", ":", "!", "?"))):
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return out


def _add_page(builder: TextBuilder, text: str, page_no: int) -> None:
    for para in _paragraphs(text):
        builder.add("paragraph", para, page=page_no)


def ocr_pdf(data: bytes, name: str, path: Path) -> Document:
    """Recognise every page of a scanned PDF; ``ReadError`` when OCR is off, missing or finds nothing."""
    if not enabled() or unavailable() is not None:
        raise no_text_layer()
    import pypdfium2

    pdf = pypdfium2.PdfDocument(io.BytesIO(data))
    builder, page_starts = TextBuilder(), []
    try:
        for i in range(len(pdf)):
            if _page_hook[0] is not None:
                _page_hook[0]()
            page_starts.append(builder.next_start())
            _add_page(builder, _page_text(pdf[i]), i + 1)
    finally:
        pdf.close()
    if not builder.blocks:
        raise no_text_layer()
    text = builder.text
    return Document(name=name, path=path, sha256=sha256_bytes(data), reader=READER, text=text,
                    blocks=builder.blocks, page_starts=[min(s, len(text)) for s in page_starts])
