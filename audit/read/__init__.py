"""Read stage: turn dossier files (PDF, DOCX, TXT, Markdown) into ``Document`` objects.

Every reader builds ``Document.text`` and its ``Block`` list through ``TextBuilder``
so that offsets are exact by construction: ``doc.text[b.start:b.end]`` is always
the block's text, and for table rows each ``Cell`` covers exactly its cell text.
Readers raise ``ReadError`` with a Dutch, user-facing message; they never log
dossier text.
"""
from audit.read.base import ReadError, TextBuilder, check_document, document_to_json
from audit.read.dossier import iter_dossiers, load_dossier
from audit.read.file import SUPPORTED_SUFFIXES, read_file

__all__ = [
    "ReadError", "SUPPORTED_SUFFIXES", "read_file", "load_dossier", "iter_dossiers",
    "document_to_json", "check_document", "TextBuilder",
]
