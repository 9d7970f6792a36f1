"""Point 3 of issue 14: no dossier text on stderr, with -v or without (pdfminer logs every token at DEBUG)."""
from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

ROOT = Path(__file__).resolve().parents[2]
CANARY = "Zwanenkanarie"


@pytest.fixture(scope="module")
def canary_corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("canary") / "corpus"
    for name in ("PDF-1", "DOCX-1", "TXT-1"):
        (root / name).mkdir(parents=True)
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(text=f"12-03-2024 Huisbezoek. {CANARY} apart gesproken zonder pleegouders.")
    pdf.output(str(root / "PDF-1" / "journaal.pdf"))
    doc = docx.Document()
    doc.add_heading("Hulpverleningsplan", level=1)
    doc.add_paragraph(f"Doel: {CANARY} slaapt zelfstandig door voor 1 juni 2025.", style="List Number")
    doc.save(root / "DOCX-1" / "plan.docx")
    (root / "TXT-1" / "journaal.txt").write_text(f"12-03-2024 | Huisbezoek\n{CANARY} apart gesproken.\n",
                                                  encoding="utf-8")
    return root


@pytest.mark.parametrize("verbose", [["-v"], []], ids=["verbose", "quiet"])
def test_canary_never_on_stderr(canary_corpus: Path, tmp_path: Path, verbose: list[str]) -> None:
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "audit", *verbose, "run", str(canary_corpus), "--out", str(out),
                           "--no-progress", "--pipeline", "embedded", "--as-of", "2025-06-01"],
                          capture_output=True, text=True, timeout=300, cwd=ROOT,
                          env={**os.environ, "PYTHONWARNINGS": "default"})
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert len(list(out.glob("*.json"))) == 3
    assert CANARY in (out / "PDF-1.json").read_text("utf-8")  # the text was read ...
    assert CANARY not in proc.stderr  # ... and never logged
    assert CANARY.lower() not in proc.stderr.lower()


def test_the_pdf_reader_would_leak_without_the_cap(canary_corpus: Path) -> None:
    """The guard is needed: pdfminer's DEBUG lines carry the text (this test fails if they stop doing so,
    which only means the cap became belt and braces)."""
    from audit.read import read_file
    from audit.read.pdf import set_pdf_fast

    records: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record.getMessage())

    handler, logger = Keep(level=logging.DEBUG), logging.getLogger("pdfminer")
    old = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    set_pdf_fast(False)  # pdfminer reads the pages that PDFium cannot map; here it reads them all
    try:
        read_file(canary_corpus / "PDF-1" / "journaal.pdf")
    finally:
        set_pdf_fast(True)
        logger.removeHandler(handler)
        logger.setLevel(old)
    assert any(CANARY in m for m in records)


def test_configure_logging_caps_libraries(canary_corpus: Path) -> None:
    from audit.cli import THIRD_PARTY_LOGGERS, configure_logging

    configure_logging(verbose=True)
    try:
        for name in ("pdfminer", "pdfminer.psparser", "pdfplumber", "PIL", "docx", "deduce", "streamlit"):
            assert logging.getLogger(name).getEffectiveLevel() >= logging.WARNING, name
        assert {"pdfminer", "pdfplumber", "PIL", "urllib3", "streamlit", "fontTools", "docx", "deduce",
                "docdeid"} <= set(THIRD_PARTY_LOGGERS)
    finally:
        configure_logging(verbose=False)
