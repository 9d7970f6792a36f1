"""Output names of dossiers: safe on every file system and unique within a run.

A dossier id comes from a folder or file name, which may hold anything a file system
allows; its outputs (``<stem>.json``, ``<stem>.html``) must neither escape the output
folder nor overwrite another dossier's.
"""
from __future__ import annotations

import hashlib
import logging
from typing import Protocol, TypeVar

log = logging.getLogger("audit.read.dossier")

MAX_STEM_BYTES = 180  # output names get suffixes ('-2', '_dossier.html'): stay under 255 bytes


class HasId(Protocol):
    dossier_id: str


HasIdT = TypeVar("HasIdT", bound=HasId)


def output_stem(dossier_id: str) -> str:
    """The file-system-safe name of a dossier's output files (``<stem>.json``, ``<stem>.html``).

    Letters, digits, '-', '_', '.' and spaces are kept, anything else (path separators,
    control characters, '+', ':' ...) becomes '_'; an overlong name is cut and given a
    short hash so it stays unique and under the file-name limit.
    """
    keep = "".join(c if (c.isalnum() and c.isprintable()) or c in "-_. " else "_" for c in dossier_id).strip(" .")
    keep = keep or "dossier"
    if len(keep.encode("utf-8")) > MAX_STEM_BYTES:
        digest = hashlib.sha256(dossier_id.encode("utf-8", "surrogatepass")).hexdigest()[:10]
        cut = keep.encode("utf-8")[:MAX_STEM_BYTES - 11].decode("utf-8", "ignore")
        keep = f"{cut}-{digest}"
    return keep


def _claims(dossier_id: str) -> set[str]:
    """The names a dossier's outputs take (compared case-insensitively): the stem, and for
    ``index`` also ``index_dossier`` (its page, as the overview is ``index.html``)."""
    stem = output_stem(dossier_id).casefold()
    return {stem, f"{stem}_dossier"} if stem == "index" else {stem}


class UniqueIds:
    """Gives each dossier of a run an id whose output names no earlier dossier of the run has.

    Names are compared case-insensitively (output folders on Windows and macOS are). A
    clash gets ``-2``, ``-3`` ... appended to the later dossier's id and a Dutch warning
    on stderr; nothing is ever overwritten.
    """

    def __init__(self) -> None:
        self.taken: dict[str, str] = {}  # output name -> the id that has it

    def claim(self, dossier: HasIdT) -> HasIdT:
        original = dossier.dossier_id
        clash = sorted(_claims(original) & set(self.taken))
        if clash:
            n = 2
            while _claims(f"{original}-{n}") & set(self.taken):
                n += 1
            dossier.dossier_id = f"{original}-{n}"
            log.warning("Dossier %r heeft dezelfde uitvoernaam als dossier %r; getoetst en geschreven als %r "
                        "(niets overschreven).", original, self.taken[clash[0]], dossier.dossier_id)
        for name in _claims(dossier.dossier_id):
            self.taken[name] = dossier.dossier_id
        return dossier
