"""One file into a ``Document``: checks on the file itself, then the reader for its format."""
from __future__ import annotations

from pathlib import Path

from audit.read.base import ReadError
from audit.read.docx import read_docx
from audit.read.pdf import read_pdf
from audit.read.text import read_text
from audit.types import Document

SUPPORTED_SUFFIXES: frozenset[str] = frozenset({".pdf", ".docx", ".txt", ".md"})

# Files larger than this are refused rather than risking memory / hour-long parses.
MAX_FILE_BYTES = 150 * 1024 * 1024

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
    it defaults to the file name.
    """
    path = Path(path)
    name = name if name is not None else path.name
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        hint = _UNSUPPORTED_HINTS.get(suffix)
        label = suffix or "zonder extensie"
        raise ReadError(f"formaat niet ondersteund ({label}{'; ' + hint if hint else ''})")
    try:
        if not path.is_file():
            raise ReadError("bestand bestaat niet of is geen gewoon bestand")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ReadError(f"bestand is te groot ({size // (1024 * 1024)} MB)")
        data = path.read_bytes()
    except PermissionError:
        raise ReadError("geen toegang tot het bestand") from None
    except OSError as e:
        raise ReadError(f"bestand kan niet geopend worden ({type(e).__name__})") from None
    if not data:
        raise ReadError("bestand is leeg")

    if suffix == ".pdf":
        doc = read_pdf(data, name=name, path=path)
    elif suffix == ".docx":
        doc = read_docx(data, name=name, path=path)
    else:
        doc = read_text(data, name=name, path=path, markdown=suffix == ".md")
    if not doc.text.strip():
        raise ReadError("bestand bevat geen tekst")
    return doc
