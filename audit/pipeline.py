"""One dossier's audit as a pure function of its files, the as-of date, the config, the rules and the models.

read (Dossier) -> structure -> nlp -> detect -> goals -> norms -> the JSON contract.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any, Callable

from spacy.language import Language

from audit import __version__
from audit.config import Config
from audit.detect import run_detectors
from audit.ml import decision_model, fast_text
from audit.ml import store as model_store
from audit.ml.sentence_classifier import SentenceModels
from audit.goals.stage import goals_for_dossier
from audit.nlp import info as pipeline_info
from audit.nlp.coded_lines import add_coded_triggers
from audit.nlp.glossary_terms import add_glossary_triggers
from audit.nlp.grid_cells import add_grid_triggers
from audit.norms import judge
from audit.report.contract import audit_json
from audit.read.base import sha256_file
from audit.read.ocr import READER as OCR_READER
from audit.resources import provenance as rules_provenance
from audit.structure import structure_document
from audit.structure.entries import year_less_journal
from audit.structure.casing import dossier_in_sentence_case
from audit.structure.furniture import without_furniture
from audit.structure.html_remnants import without_html_remnants
from audit.structure.hyphenation import without_hard_spaces, without_hyphenation
from audit.structure.markup import without_markup, without_struck_notes
from audit.structure.mojibake import without_mojibake
from audit.structure.ocr_slips import without_ocr_slips
from audit.types import AnalysedDocument, DocumentStructure, Dossier, DossierContext, FileError


def for_analysis(dossier: Dossier) -> Dossier:
    """The dossier as the analysis sees it: a web page's tags and entities taken out, characters damaged by a wrong
    character set repaired, page furniture masked, a markdown file's marks, struck-out notes and reviewers' comments
    blanked, hard spaces read as spaces, a scan's slips inside dates read as meant ("I9-06-2024"), a typesetter's
    hyphens taken out of words, a file of capitals in sentence case (every line keeps its offset;
    ``Document.origin`` maps a moved word back to the file)."""
    return dossier_in_sentence_case(replace(dossier, documents=[
        without_hyphenation(without_ocr_slips(without_hard_spaces(without_struck_notes(without_markup(without_furniture(
            without_mojibake(without_html_remnants(d))))))))
        for d in dossier.documents]))


#: told (stage, file name or None) as the audit moves on: "analyse" per file, then "judge" for the dossier
StageHook = Callable[[str, "str | None"], None]


def _no_hook(stage: str, name: str | None) -> None:
    return None


def analyse(dossier: Dossier, nlp: Language, on_stage: StageHook = _no_hook,
            as_of: dt.date | None = None) -> list[AnalysedDocument]:
    """Structure and NLP for every readable file of the dossier, one file at a time (so a
    worker can say which file it is on, and a time limit can name it). With ``as_of``, a journal
    that names no year is read as running up to the latest day the other files record."""
    longest = max((len(d.text) for d in dossier.documents), default=0)
    if nlp.max_length < longest + 1:
        nlp.max_length = longest + 1
    structures = []
    for document in dossier.documents:
        on_stage("analyse", document.name)
        structures.append(structure_document(document))
    yearless = [as_of is not None and year_less_journal(s.document, len(s.entries)) for s in structures]
    if as_of is not None and any(yearless):
        until = latest_recorded_day(structures, as_of)
        structures = [structure_document(s.document, until) if no_year else s for s, no_year in zip(structures, yearless)]
    analysed = []
    for structure in structures:
        on_stage("analyse", structure.document.name)
        analysed.append(AnalysedDocument(structure, nlp(structure.document.text), as_of))
    add_coded_triggers(analysed, nlp, on_stage)  # "14-03-25 CG": the code read as its meaning in the file's legend
    add_glossary_triggers(analysed, nlp, on_stage)  # "Dijkschouw": the word read as its meaning in the file's box of terms
    add_grid_triggers(analysed, nlp, on_stage)  # "Huisbezoek | 11 | — | 21": each day read as its row's activity
    return analysed


def latest_recorded_day(structures: list[DocumentStructure], as_of: dt.date) -> dt.date:
    """The latest entry day (or file date) on or before the peildatum across the files, else the peildatum."""
    days = [e.date.date for s in structures for e in s.entries if e.date.precision == "day"]
    days += [s.doc_date.date for s in structures if s.doc_date is not None]
    return max((d for d in days if d <= as_of), default=as_of)


def dossier_context(dossier: Dossier, as_of: dt.date, config: Config, nlp: Language,
                    on_stage: StageHook = _no_hook) -> DossierContext:
    """The dossier as the detectors see it (furniture masked, structured, through the NLP pipeline)."""
    dossier = for_analysis(dossier)
    return DossierContext(dossier, analyse(dossier, nlp, on_stage, as_of), as_of, config)


def _error_sha(dossier: Dossier, error: FileError, max_bytes: int) -> tuple[str | None, str | None]:
    """(SHA-256, None) of a file that failed to read, or (None, the Dutch reason there is none).

    Provenance covers every input file. The hash is streamed in chunks, only of a regular
    file (no link followed, no FIFO or device opened) of at most ``max_bytes``
    (``read.max_file_mb``), so a named pipe, ``/dev/zero`` or a huge sparse file cannot
    hang the run or exhaust memory.
    """
    if error.sha256:
        return error.sha256, None
    if error.file.endswith("/"):
        return None, "geen controlegetal: een map, geen bestand"
    if dossier.path.is_dir():
        path = dossier.path / error.file
    elif error.file == dossier.path.name:  # a single-file dossier, or a refused zip
        path = dossier.path
    else:  # a file inside a zip: the extracted copy is gone
        return None, "geen controlegetal: bestand uit een zip-bestand"
    return sha256_file(path, max_bytes)


def _failed_file(dossier: Dossier, error: FileError, max_bytes: int) -> dict[str, Any]:
    sha, why = _error_sha(dossier, error, max_bytes)
    entry: dict[str, Any] = {"file": error.file, "sha256": sha, "reader": None, "read": False}
    if why:
        entry["note"] = why
    return entry


def provenance(dossier: Dossier, config: Config, nlp: Language, models: dict[str, Any]) -> dict[str, Any]:
    """What produced the audit: tool, pipeline, every input file's hash, config, rules and models."""
    pinfo = pipeline_info(nlp)
    return {
        "tool_version": __version__,
        "pipeline": {"name": pinfo.name, "version": pinfo.version},
        "files": [{"file": d.name, "sha256": d.sha256, "reader": d.reader, "read": True} for d in dossier.documents]
        + [_failed_file(dossier, e, config.read.max_file_mb * 1024 * 1024) for e in dossier.errors],
        "config": config.as_dict(),
        "rules": rules_provenance(),
        "models": models,
        "generated_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }


def audit_dossier(dossier: Dossier, as_of: dt.date, config: Config, nlp: Language,
                  on_stage: StageHook = _no_hook) -> dict[str, Any]:
    """The audit of one dossier in the output contract (see report/output.schema.json)."""
    model_store.clear_load_record()  # provenance lists the models this audit used or tried
    fast_text.forget_rows()  # a worker's memory stays that of its largest dossier
    ctx = dossier_context(dossier, as_of, config, nlp, on_stage)
    on_stage("judge", None)
    dossier = ctx.dossier
    models = SentenceModels.load(veto=config.detect.classifier_veto)
    decision = decision_model.load() if config.detect.decision_layer else None
    found = run_detectors(ctx, models, decision)
    errors = [{"file": e.file, "message": e.message} for e in dossier.errors]
    audit = audit_json(dossier.dossier_id, as_of, found, goals_for_dossier(dossier), errors)
    verdicts = judge(audit, as_of, config.norms, config.detect.min_confidence)
    audit["norms"] = {name: v.verdict for name, v in verdicts.items()}
    audit["norm_details"] = {name: v.to_json() for name, v in verdicts.items()}
    audit["provenance"] = provenance(dossier, config, nlp, model_store.loaded_models())
    mark_ocr(audit, {d.name for d in dossier.documents if d.reader == OCR_READER})
    return audit


def mark_ocr(value: Any, ocr_files: set[str]) -> None:
    """Give every piece of evidence from a recognised (OCR) file ``"ocr": true``: its text may hold
    recognition errors, and the reviewer and reports say so."""
    if not ocr_files:
        return
    if isinstance(value, dict):
        if "sentence" in value and value.get("file") in ocr_files:
            value["ocr"] = True
        for item in value.values():
            mark_ocr(item, ocr_files)
    elif isinstance(value, list):
        for item in value:
            mark_ocr(item, ocr_files)
