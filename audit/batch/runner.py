"""One run of ``dossier-audit run``: find, fingerprint, reuse or audit, write, move in place.

Kept apart from the command line so a benchmark or a notebook runs exactly what the
command runs. Messages on stderr name dossiers and files (escaped), never dossier text.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audit import __version__
from audit.batch.cache import INDEX, Cache, code_hash, dossier_key, run_key
from audit.batch.pool import Outcome, WorkerPool
from audit.batch.staging import Staging
from audit.batch.worker import WorkerSettings
from audit.read.dossier import DossierSource, open_sources
from audit.report.write import atomic_write


@dataclass
class RunOptions:
    """What the user asked for (``dossier-audit run``'s options, already checked)."""

    input: Path
    out: Path
    settings: WorkerSettings
    workers: int = 1
    private: bool = False
    force: bool = False
    progress: bool = True


@dataclass
class RunResult:
    """What a run did: how many dossiers have an audit, how many were reused, and where the reports are.

    The audits themselves are in the output folder (one JSON each); the run holds no more than a
    digest of each, so its memory does not grow with the sample."""

    dossiers: int = 0  # dossiers with an audit in the output (reused or audited now)
    reused: int = 0
    audited: int = 0
    lost: int = 0  # dossiers without any output (even the attempt without files failed)
    file_errors: int = 0
    removed: list[str] = field(default_factory=list)
    paths: Any = None


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _pipeline_choice(prefer: str | None) -> list[str]:
    """Which pipeline ``nlp.load(prefer)`` will take, named without loading it (spaCy's package check)."""
    import spacy

    from audit import nlp as nlp_mod

    candidates = () if prefer == "embedded" else ((prefer,) if prefer else nlp_mod.PREFERRED)
    for name in candidates:
        if spacy.util.is_package(name):
            return [name, spacy.util.get_package_version(name) or ""]
    return [nlp_mod.EMBEDDED, f"spacy-{spacy.__version__}"]


def _model_hashes() -> dict[str, str | None]:
    """SHA-256 of every shipped model file (hashing is cached per file version; nothing is loaded)."""
    from audit.ml import store as model_store

    folder = model_store.model_path("")
    names = sorted(p.name for p in folder.iterdir() if p.is_file() and p.suffix == ".skops") if folder.is_dir() else []
    return {name: model_store.sha256(folder / name) for name in names}


#: libraries whose version can change what an audit says (reading, analysis, models, pseudonymisation, OCR)
KEY_LIBRARIES = ("spacy", "pdfplumber", "pdfminer.six", "pypdfium2", "python-docx", "scikit-learn", "numpy",
                 "scipy", "skops", "deduce", "pytesseract")


def _library_versions() -> dict[str, str | None]:
    from importlib.metadata import PackageNotFoundError, version

    found: dict[str, str | None] = {}
    for name in KEY_LIBRARIES:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = None
    return found


def _ocr_state(settings: WorkerSettings) -> Any:
    """Whether OCR was asked and could run (an audit made without tesseract is redone once it is there)."""
    if not settings.config.read.ocr:
        return None
    from audit.read.ocr import unavailable

    return unavailable() or "available"


def _run_parts(settings: WorkerSettings) -> dict[str, Any]:
    """What every dossier's key shares: tool, its code, pipeline, settings, rules, models, peildatum, pseudonymisation.

    Worked out without loading the pipeline or the models, so a re-run over an unchanged
    sample costs the hashing of its files, not a model load.
    """
    from audit.resources import provenance as rules_provenance

    return {"tool": __version__, "code": code_hash(Path(__file__).resolve().parent.parent),
            "pipeline": _pipeline_choice(settings.pipeline),
            "config": settings.config.as_dict(), "rules": rules_provenance()["sha256"], "models": _model_hashes(),
            "as_of": settings.as_of.isoformat(), "pseudonymize": settings.pseudonymize,
            "libraries": _library_versions(), "ocr": _ocr_state(settings)}


def _bar(total: int, initial: int, enabled: bool) -> Any:
    import tqdm

    tqdm.tqdm.monitor_interval = 0  # no monitor thread: workers are forked while the bar runs
    return tqdm.tqdm(total=total, initial=initial, desc="dossiers", unit="dossier", file=sys.stderr,
                     disable=not enabled)


def _report_errors(dossier_id: str, errors: list[dict[str, Any]], result: RunResult) -> None:
    from audit.console import printable

    for err in errors:
        _say(f"[{printable(dossier_id)}] {printable(err['file'])}: {err['message']}")
        result.file_errors += 1


def _lost(outcome: Outcome, result: RunResult) -> None:
    from audit.console import printable

    result.lost += 1
    for note in outcome.notes or ["kon niet worden getoetst"]:
        _say(f"[{printable(outcome.source.dossier_id)}] {printable(note)}")


class _Run:
    """The state of one run while it goes: where each audit was written, its file errors, and the
    reports being written (:class:`audit.report.reports.SampleReports`: pages as audits arrive)."""

    def __init__(self, options: RunOptions, sources: list[DossierSource], staging: Staging) -> None:
        from audit.read.file import max_file_bytes
        from audit.report.reports import SampleReports

        self.options, self.sources, self.staging = options, sources, staging
        key = run_key(_run_parts(options.settings))
        self.keys = [dossier_key(key, s, max_file_bytes()) for s in sources]
        self.cache = Cache.open(options.out, enabled=not options.force)
        self.reports = SampleReports(staging.dir, options.settings.as_of, private=options.private)
        self.reused: dict[int, Path] = {}  # index -> the reused audit's JSON in staging (read again only
        # when the reports are written again)
        self.errors: dict[int, tuple[str, list[dict[str, Any]]]] = {}  # index -> (dossier id, file errors)
        self.kept: set[str] = set()  # outputs of an earlier run of dossiers lost in this one: left in place
        self.result = RunResult()

    def reuse(self) -> list[int]:
        """Copy the unchanged dossiers' earlier outputs into staging; the indexes still to audit."""
        todo = []
        for i, source in enumerate(self.sources):
            audit = self.cache.lookup(source, self.keys[i])
            if audit is None:
                todo.append(i)
                continue
            name = self.cache.file_of(source)
            atomic_write(self.staging.dir / name, self.cache.stored(source), private=self.options.private)
            self.cache.record(source, self.keys[i], self.staging.dir / name)
            self.reused[i] = self.staging.dir / name
            self.errors[i] = (audit["dossier_id"], audit.get("errors", []))
            self.result.reused += 1
        return todo

    def audit(self, todo: list[int]) -> None:
        from audit.report import write_audit

        if not todo:
            return
        bar = _bar(len(self.sources), self.result.reused, self.options.progress)
        try:
            with WorkerPool(self.options.settings, min(self.options.workers, len(todo))) as pool:
                for outcome in pool.run([self.sources[i] for i in todo]):
                    index = todo[outcome.index]
                    if outcome.audit is None:
                        _lost(outcome, self.result)
                        self.kept |= _output_names(outcome.source.dossier_id)
                    else:
                        path = write_audit(outcome.audit, self.staging.dir, private=self.options.private)
                        if not outcome.notes:  # a limit or a crash may not happen again: audit it next time
                            self.cache.record(self.sources[index], self.keys[index], path)
                        self.reports.add(outcome.audit, index, stored=path)  # its page, now
                        self.errors[index] = (outcome.audit["dossier_id"], outcome.audit.get("errors", []))
                        self.result.audited += 1
                    bar.update(1)
        finally:
            bar.close()

    def finish(self) -> RunResult:
        import json

        from audit.report.write import atomic_write

        result = self.result
        result.dossiers = len(self.errors)
        for i in sorted(self.errors):
            _report_errors(*self.errors[i], result)
        stamp = self._reports_stamp()
        r = self.result
        unchanged = not (r.audited or r.lost) and r.reused == len(self.sources) > 0
        earlier = self.cache.reports_for(stamp) if unchanged else None
        if earlier is not None:  # nothing changed: the reports in place are what this run would write
            self.kept |= set(earlier["files"])
            self.cache.record_reports(stamp, earlier["paths"], earlier["files"])
        else:
            for i, path in self.reused.items():
                self.reports.add(json.loads(path.read_text("utf-8")), i, stored=path)
            paths = self.reports.finish()
            self.cache.record_reports(stamp, *_report_files(paths))
        atomic_write(self.staging.dir / INDEX, self.cache.dump(), private=self.options.private)
        result.removed = self.staging.commit(keep=self.kept)
        result.paths = _report_paths(self.cache.new_reports["paths"], self.options.out)
        return result

    def _reports_stamp(self) -> str:
        """What the reports are a function of: the audits (by their keys, in input order), the
        peildatum shown, file permissions. A run that reuses every audit and finds the reports of
        the same stamp in place leaves them (a re-run over an unchanged sample writes no report)."""
        from audit.batch.cache import _digest

        return _digest({"version": __version__, "keys": self.keys, "as_of": self.options.settings.as_of,
                        "private": self.options.private})


def _output_names(dossier_id: str) -> set[str]:
    from audit.report.write import page_name, safe_filename

    return {f"{safe_filename(dossier_id)}.json", page_name(dossier_id)}


def _report_files(paths: Any) -> tuple[dict[str, Any], dict[str, str]]:
    """(report name -> file name or names, file name -> SHA-256) of reports just written."""
    from dataclasses import fields

    from audit.batch.cache import json_sha256

    names: dict[str, Any] = {}
    files: dict[str, str] = {}
    for f in fields(paths):
        value = getattr(paths, f.name)
        for p in value if isinstance(value, list) else [value]:
            files[Path(p).name] = json_sha256(Path(p)) or ""  # unreadable: never matches, written again
        names[f.name] = [Path(p).name for p in value] if isinstance(value, list) else Path(value).name
    return names, files


def _report_paths(names: dict[str, Any], out: Path) -> Any:
    """The ``ReportPaths`` of the reports in ``out``."""
    from audit.report.reports import ReportPaths

    return ReportPaths(**{k: [out / n for n in v] if isinstance(v, list) else out / v for k, v in names.items()})


def run_batch(options: RunOptions) -> RunResult:
    """Audit every dossier under ``options.input`` into ``options.out``; see the module docstring.

    Nothing in ``options.out`` changes unless the run completes (``Staging``).
    """
    with open_sources(options.input) as sources, Staging(options.out, options.private) as staging:
        run = _Run(options, sources, staging)
        run.audit(run.reuse())
        return run.finish()

