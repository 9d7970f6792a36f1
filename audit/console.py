"""What reaches the terminal: names escaped, and logging that never carries dossier text.

Shared by the command line and the worker processes of a run (which set up the same
logging for themselves when they are spawned rather than forked).
"""
from __future__ import annotations

import logging
import unicodedata

#: Unicode categories a terminal would act on instead of show (controls, format/direction marks, separators)
_HIDDEN = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})


def printable(name: object) -> str:
    """``name`` safe for a terminal: line breaks, escape sequences and other control or
    direction characters shown escaped (``\\n``, ``\\x1b``, ``\\u202e``), the rest as it is."""
    return "".join(ch.encode("unicode_escape").decode("ascii") if unicodedata.category(ch) in _HIDDEN else ch
                   for ch in str(name))


#: loggers of libraries that see dossier text; never below WARNING (pdfminer logs every token at DEBUG)
THIRD_PARTY_LOGGERS = ("pdfminer", "pdfplumber", "PIL", "urllib3", "streamlit", "fontTools", "docx", "deduce",
                       "docdeid", "spacy", "thinc", "skops", "sklearn", "filelock", "openpyxl", "fpdf", "matplotlib")
#: our own loggers: the only ones allowed below WARNING (they never log dossier text)
OWN_LOGGERS = ("audit", "dossier_audit")
_LEVEL_NL = {"DEBUG": "debug", "INFO": "info", "WARNING": "waarschuwing", "ERROR": "fout", "CRITICAL": "fout"}


class _OnlyOwnDetail(logging.Filter):
    """Below WARNING, only our own loggers pass: a library not on the list cannot leak text at -v either."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            return True
        return any(record.name == own or record.name.startswith(own + ".") for own in OWN_LOGGERS)


class _DutchFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return printable(f"{_LEVEL_NL.get(record.levelname, record.levelname.lower())}: {record.getMessage()}")


def configure_logging(verbose: bool) -> None:
    """stderr logging: WARNING (or DEBUG with ``-v``) for our loggers, WARNING at least for every library."""
    root = logging.getLogger()
    handler = logging.StreamHandler()
    handler.setFormatter(_DutchFormatter())
    handler.addFilter(_OnlyOwnDetail())
    for old in [h for h in root.handlers if getattr(h, "_dossier_audit", False)]:
        root.removeHandler(old)
    handler._dossier_audit = True  # type: ignore[attr-defined]
    if not root.handlers or all(getattr(h, "_dossier_audit", False) for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.WARNING)
    for name in THIRD_PARTY_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
