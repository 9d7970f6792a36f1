"""Structure stage: sections, document type, dated entries and the document's own date."""
from __future__ import annotations

import re

from audit.types import DateMention, Document, DocumentStructure
from audit.structure.dates import find_dates
from audit.structure.entries import entries_of
from audit.structure.sections import document_type, lexicon, sections_of


def labelled_date(doc: Document, max_chars: int = 2500) -> DateMention | None:
    """The date a form or plan gives itself ("Datum afname: 08-10-2024", "opgesteld 02-09-2024").

    Looks in the first part of the file only: that is where forms and plans put it.
    """
    head = doc.text[:max_chars]
    labels = "|".join(re.escape(label) for label in lexicon().date_labels)
    for m in re.finditer(rf"(?i)(?<!\w)(?:{labels})\b[^\n\d]{{0,25}}", head):
        for mention in find_dates(head[m.end() : m.end() + 40]):
            if mention.start == 0 and mention.precision == "day":
                s = m.end() + mention.start
                return DateMention(mention.date, mention.precision, s, s + len(mention.text), mention.text)
    return None


def structure_document(doc: Document) -> DocumentStructure:
    sections = sections_of(doc)
    entries = entries_of(doc)
    doc_type = document_type(doc, sections)
    if doc_type == "other" and len(entries) >= 3:
        doc_type = "journal"
    return DocumentStructure(doc, doc_type, sections, entries, labelled_date(doc))
