"""Shared test helpers: a private copy of the embedded pipeline with fresh detection components, and
the audit of a small dossier written for a test."""
import datetime as dt
from pathlib import Path

from spacy.language import Language

from audit.config import load_config
from audit.pipeline import audit_dossier
from audit.read import load_dossier

from audit.nlp.components import context, triggers  # noqa: F401  (registers the factories)
from audit.nlp import drop_emoticons, load, split_field_separators

DETECTION = ("dossier_audit_triggers", "dossier_audit_context")


def detection_pipeline(spans_key: str | None = None, context_too: bool = True) -> Language:
    """``load()`` may already include the detection components; the cached pipeline is never mutated."""
    base = load("embedded")
    nlp = type(base)(vocab=base.vocab)
    drop_emoticons(nlp)  # the tokenizer as the shipped pipeline has it
    split_field_separators(nlp)
    for name in base.pipe_names:
        if name not in DETECTION:
            nlp.add_pipe(name, source=base)
    cfg = {"spans_key": spans_key} if spans_key else {}
    nlp.add_pipe("dossier_audit_triggers", config=cfg)
    if context_too:
        nlp.add_pipe("dossier_audit_context", config=cfg)
    return nlp


def trigger_cues(nlp: Language, text: str) -> set[str]:
    """The cues of the trigger spans ``nlp`` finds in ``text``."""
    doc = nlp(text)  # kept in scope: a span group does not outlive its doc
    return {s._.cue for s in doc.spans[triggers.SPANS_KEY]}


def audit_files(folder: Path, nlp: Language, files: dict[str, str], as_of: dt.date = dt.date(2025, 6, 1),
                overrides: list[str] | None = None) -> dict:
    """Write ``files`` (name -> text) into the dossier folder ``folder`` and audit it as of ``as_of``
    (``overrides``: config settings, e.g. ``["detect.decision_layer=0"]`` for the rules' own reading)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return audit_dossier(load_dossier(folder), as_of, load_config(overrides=overrides), nlp)


# The small plan of the session mechanism tests (tests/detect/test_session*_mechanisms.py): the child Roos Bakker (10),
# foster parents Ilse and Ruud Mulder, the mother Carla; and the day they are audited on
ROOS_PLAN = ("Hulpverleningsplan\nPleegkind: Roos Bakker (10)\nPleeggezin: fam. Mulder, Eikendorp (pleegmoeder Ilse, "
             "pleegvader Ruud)\nStart plaatsing: 01-03-2022\nMoeder: Carla Bakker\n")
ROOS_AS_OF = dt.date(2025, 12, 1)


def audit_with_plan(tmp_path: Path, nlp: Language, files: dict[str, str], as_of: dt.date = ROOS_AS_OF) -> dict:
    """``audit_files`` of ``files`` beside the small plan (``ROOS_PLAN``), in the dossier folder ``tmp_path/X-1``."""
    return audit_files(tmp_path / "X-1", nlp, {"plan.txt": ROOS_PLAN, **files}, as_of)


RULES_ONLY = ["detect.decision_layer=0"]  # the rules' own reading, without the decision model


def rules_with_plan(folder: Path, nlp: Language, files: dict[str, str], as_of: dt.date = ROOS_AS_OF) -> dict:
    """The rules' own reading (``RULES_ONLY``) of ``files`` beside the small plan, in the dossier folder ``folder``."""
    return audit_files(folder, nlp, {"plan.txt": ROOS_PLAN, **files}, as_of, RULES_ONLY)


def pdf_pages(path: Path, pages: list[list[str]]) -> None:
    """A PDF at ``path`` whose pages hold these lines, each printed as given (each its own cell: the line breaks are
    the writer's)."""
    from fpdf import FPDF  # only the tests that write a PDF need it

    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.set_font("Helvetica", "", 10)
    for lines in pages:
        pdf.add_page()
        for line in lines:
            pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# A journal's head for the small dossiers of the schema-v2 tests: the child Lotte, foster parents Marieke and Sander
JOURNAL_HEADER = ("Pleegzorg Westerkim - journaal\nJeugdige: Lotte Visser (geb. 12-08-2013)\n"
                  "Pleegouders: Marieke en Sander de Groot, bestandspleeggezin\n\n")


def journal(*entries: str, header: str = JOURNAL_HEADER) -> dict[str, str]:
    """A one-file dossier: ``header`` and the entries, a blank line between them."""
    return {"journaal.txt": header + "\n\n".join(entries) + "\n"}


def event_dates(found: dict, field: str) -> list[str]:
    """The dates of the events of ``field`` in an audit's output, in its order."""
    return [e["date"] for e in found[field]]
