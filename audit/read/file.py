"""One file into a ``Document``: checks on the file itself, then the reader for its format."""
from __future__ import annotations

import os
import re
import stat
import zlib
from pathlib import Path
from typing import Any

from audit.read.base import NOT_FOLLOWED, NOT_REGULAR, ReadError, read_regular, sha256_bytes
from audit.read.docx import read_docx
from audit.read.pdf import read_pdf
from audit.read.text import check_readable, read_text
from audit.types import Document

SUPPORTED_SUFFIXES: frozenset[str] = frozenset({".pdf", ".docx", ".txt", ".md"})

# Files larger than this are refused rather than risking memory / hour-long parses.
# The default of ``read.max_file_mb`` in config.toml; ``set_max_file_mb`` applies the setting.
MAX_FILE_BYTES = 150 * 1024 * 1024
_limit = {"max_bytes": MAX_FILE_BYTES, "max_pdf_pages": 1500, "max_unpacked": 200 * 1024 * 1024,
          "max_text": 5 * 1024 * 1024}


def set_max_file_mb(megabytes: int) -> None:
    """Apply ``read.max_file_mb`` for this process (the CLI does, from the run's settings)."""
    _limit["max_bytes"] = int(megabytes) * 1024 * 1024


def set_read_limits(max_file_mb: int, max_pdf_pages: int, max_unpacked_mb: int, max_text_mb: int = 5) -> None:
    """Apply the ``[read]`` caps for this process (the CLI does, from the run's settings)."""
    set_max_file_mb(max_file_mb)
    _limit["max_pdf_pages"] = int(max_pdf_pages)
    _limit["max_unpacked"] = int(max_unpacked_mb) * 1024 * 1024
    _limit["max_text"] = int(max_text_mb) * 1024 * 1024


def apply_read_config(read: Any) -> None:
    """Apply a ``[read]`` section (``config.ReadConfig``) for this process: the caps and OCR."""
    from audit.read.ocr import set_ocr
    from audit.read.pdf import set_pdf_fast

    set_read_limits(read.max_file_mb, read.max_pdf_pages, read.max_unpacked_mb, read.max_text_mb)
    set_ocr(read.ocr)
    set_pdf_fast(read.pdf_fast)


def check_pdf_pages(data: bytes) -> None:
    """Refuse a PDF with more pages than ``read.max_pdf_pages``, counted by pdfium before any parse."""
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(data)
    except Exception:  # pdfplumber gives the precise message for a broken or encrypted file
        return
    try:
        pages = len(pdf)
    finally:
        pdf.close()
    if pages > _limit["max_pdf_pages"]:
        raise ReadError(f"PDF heeft {pages} pagina's, meer dan {_limit['max_pdf_pages']} (read.max_pdf_pages): "
                        "niet gelezen")


_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_CHUNK = 64 * 1024
MAX_UNTERMINATED_STREAMS = 50


def _is_image_stream(data: bytes, keyword_at: int) -> bool:
    """Whether the stream starting at ``keyword_at`` belongs to an image (text extraction never inflates those)."""
    head = data[max(0, keyword_at - 4096):keyword_at]
    return b"/Image" in head[head.rfind(b"obj") + 1:]


def _inflated_size(view: memoryview, start: int, budget: int) -> int:
    """Bytes a Flate stream at ``start`` inflates to, counted in chunks and never past ``budget`` + 1
    (0 when it is not Flate data)."""
    inflater, total, pos = zlib.decompressobj(), 0, start
    try:
        while pos < len(view) and not inflater.eof and total <= budget:
            out = inflater.decompress(view[pos:pos + _CHUNK], budget - total + 1)
            total += len(out)
            while inflater.unconsumed_tail and total <= budget:
                total += len(inflater.decompress(inflater.unconsumed_tail, budget - total + 1))
            pos += _CHUNK
    except zlib.error:
        return total
    return total


def check_pdf_streams(data: bytes) -> None:
    """Refuse a PDF whose compressed streams (images aside) inflate to more than ``read.max_unpacked_mb``.

    Counted while inflating, in chunks and with a ceiling, so a Flate bomb (a few MB that
    inflate to gigabytes) is refused at the cap's cost before the parser inflates it at once.
    """
    cap, total, view, streams = _limit["max_unpacked"], 0, memoryview(data), 0
    for match in _STREAM.finditer(data):
        streams += 1
        if _is_image_stream(data, match.start()):
            continue
        total += _inflated_size(view, match.end(), cap - total)
        if total > cap:
            raise ReadError(f"PDF pakt uit tot meer dan {cap // (1024 * 1024)} MB (read.max_unpacked_mb; "
                            "mogelijk een decompressiebom): niet gelezen")
    unterminated = streams - data.count(b"endstream")
    if unterminated > MAX_UNTERMINATED_STREAMS:
        # pdfium's repair of such a file takes time quadratic in its size (minutes for a few MB)
        raise ReadError(f"PDF is beschadigd: {unterminated} datastromen zonder einde: niet gelezen")


def check_unpacked_size(data: bytes) -> None:
    """Refuse a DOCX whose parts would unpack to more than ``read.max_unpacked_mb`` (a zip bomb).

    The sizes come from the zip directory; Python's zip reader never returns more than a
    part's declared size, so a lying header cannot inflate past this check.
    """
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            total = sum(info.file_size for info in zf.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # the DOCX reader says it is broken
    if total > _limit["max_unpacked"]:
        raise ReadError(f"DOCX pakt uit tot {total // (1024 * 1024)} MB, meer dan "
                        f"{_limit['max_unpacked'] // (1024 * 1024)} MB (read.max_unpacked_mb): niet gelezen")


def max_file_bytes() -> int:
    """The size cap in force: files above it are not read, nor hashed when they fail."""
    return _limit["max_bytes"]

# Suffixes we recognise but cannot read, with a hint for the user.
_UNSUPPORTED_HINTS: dict[str, str] = {
    ".doc": "oud Word-formaat; sla op als .docx of .pdf",
    ".odt": "OpenDocument; sla op als .docx of .pdf",
    ".rtf": "RTF; sla op als .docx of .pdf",
    ".xls": "spreadsheet", ".xlsx": "spreadsheet", ".ods": "spreadsheet",
    ".msg": "e-mailbericht; sla op als .pdf", ".eml": "e-mailbericht; sla op als .pdf",
    ".jpg": "afbeelding", ".jpeg": "afbeelding", ".png": "afbeelding",
    ".tif": "afbeelding", ".tiff": "afbeelding", ".gif": "afbeelding", ".heic": "afbeelding",
}


def read_file(path: Path, name: str | None = None) -> Document:
    """Read one file into a ``Document``; dispatch on suffix. Raises ``ReadError``.

    ``name`` is how evidence will cite the file (relative to the dossier folder);
    it defaults to the file name. Only a regular file is opened, never through a
    symbolic link, and never more than ``max_file_bytes()`` of it.
    """
    path = Path(path)
    name = name if name is not None else path.name
    _check_kind(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        hint = _UNSUPPORTED_HINTS.get(suffix)
        label = suffix or "zonder extensie"
        raise ReadError(f"bestandstype niet ondersteund ({label}{'; ' + hint if hint else ''})")
    try:
        data = read_regular(path, max_file_bytes())
    except FileNotFoundError:
        raise ReadError("bestand bestaat niet") from None
    except PermissionError:
        raise ReadError("geen toegang tot het bestand") from None
    except OSError as e:
        raise ReadError(f"bestand kan niet geopend worden ({type(e).__name__})") from None
    if not data:
        raise ReadError("bestand is leeg", sha256_bytes(data))
    try:
        if suffix == ".pdf":
            check_pdf_streams(data)  # first: cheap, and it spares pdfium files that would take it minutes
            check_pdf_pages(data)
        elif suffix == ".docx":
            check_unpacked_size(data)
        doc = _parse(data, suffix, name, path)
        if not doc.text.strip():
            raise ReadError("bestand bevat geen tekst")
        if len(doc.text) > _limit["max_text"]:
            raise ReadError(f"tekst te lang ({len(doc.text) // (1024 * 1024)} MB tekens, meer dan "
                            f"{_limit['max_text'] // (1024 * 1024)} MB; read.max_text_mb): niet geanalyseerd")
        check_readable(doc.text)
    except ReadError as e:
        raise ReadError(e.reason, sha256_bytes(data)) from None
    return doc


def _check_kind(path: Path) -> None:
    """Refuse a link, FIFO or device before anything else is said about it (``lstat``: no link followed)."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        raise ReadError("bestand bestaat niet") from None
    except OSError as e:
        raise ReadError(f"bestand kan niet bekeken worden ({type(e).__name__})") from None
    if stat.S_ISLNK(mode):
        raise ReadError(NOT_FOLLOWED)
    if not stat.S_ISREG(mode):
        raise ReadError(NOT_REGULAR)


def _parse(data: bytes, suffix: str, name: str, path: Path) -> Document:
    if suffix == ".pdf":
        return read_pdf(data, name=name, path=path)
    if suffix == ".docx":
        return read_docx(data, name=name, path=path)
    return read_text(data, name=name, path=path, markdown=suffix == ".md")
