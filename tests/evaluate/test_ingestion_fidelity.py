"""Ingestion fidelity: a gold quote of a table row is found in the row as the reader keeps it.

The reader keeps table cells apart ("SDQ | 11-06-2024 | pleegmoeder"); annotators quote
pdfplumber's plain text, which joins the same cells with a space. Text of the test's own.
"""
from types import SimpleNamespace

from audit.evaluate import Report, _score_ingestion

ROWS = "Instrument | Datum afname | Afgenomen bij\nVragenlijst slaap | 03-02-2025 | pleegvader + kind\n"


def _found(quote: str) -> int:
    report = Report()
    dossier = SimpleNamespace(dossier_id="DOS-1", errors=[], documents=[SimpleNamespace(name="overzicht.pdf", text=ROWS)])
    _score_ingestion(report, dossier, {"traps": [{"file": "overzicht.pdf", "quote": quote}]})
    return report.quotes_found


def test_a_row_quoted_with_spaces_between_its_cells_is_found():
    assert _found("Vragenlijst slaap 03-02-2025 pleegvader + kind") == 1
    assert _found("Vragenlijst slaap | 03-02-2025") == 1


def test_a_quote_the_text_does_not_hold_is_missing():
    assert _found("Vragenlijst slaap 04-02-2025 pleegvader") == 0
