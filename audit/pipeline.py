"""One dossier's audit as a pure function of its files, the as-of date, the config and the models.

read (Dossier) -> structure -> nlp -> detect -> goals -> norms -> the JSON contract.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from audit import __version__
from audit.config import Config
from audit.types import AnalysedDocument, Dossier, DossierContext, FileError, Finding
from audit.nlp import info as pipeline_info
from audit.norms import judge
from audit.structure import structure_document

SCHEMA_VERSION = 1


def analyse(dossier: Dossier, nlp: Language) -> list[AnalysedDocument]:
    structures = [structure_document(d) for d in dossier.documents]
    if nlp.max_length < max((len(d.text) for d in dossier.documents), default=0) + 1:
        nlp.max_length = max(len(d.text) for d in dossier.documents) + 1
    docs = nlp.pipe(s.document.text for s in structures)
    return [AnalysedDocument(s, doc) for s, doc in zip(structures, docs)]


def _number(findings: list[Finding], prefix: str) -> list[dict[str, Any]]:
    out = []
    for i, f in enumerate(findings, 1):
        f.finding_id = f"{prefix}{i}"
        d = f.to_json()
        if f.evidence:
            d.setdefault("file", f.evidence[0].file)
            d.setdefault("quote", f.evidence[0].sentence)
        out.append(d)
    return out


def _error_sha(dossier: Dossier, error: FileError) -> str | None:
    """SHA-256 of a file that failed to read (provenance covers every input file)."""
    if error.sha256:
        return error.sha256
    path = dossier.path / error.file if dossier.path.is_dir() else dossier.path
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None  # the file itself could not be opened


def audit_dossier(dossier: Dossier, as_of: dt.date, config: Config, nlp: Language) -> dict[str, Any]:
    """The audit of one dossier in the output contract (see report/output.schema.json)."""
    from audit.detect import run_detectors
    from audit.goals import goals_for_dossier

    ctx = DossierContext(dossier, analyse(dossier, nlp), as_of, config)
    found = run_detectors(ctx)
    matching = found["matching_rationale"]
    audit: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "dossier_id": dossier.dossier_id,
        "reference_date": as_of.isoformat(),
        "placement": found["placement"],
        "one_on_one_contacts": _number(found["one_on_one_contacts"], "o"),
        "safety_checks": _number(found["safety_checks"], "s"),
        "matching_rationale": matching,
        "behavioural_scientist_advice": _number(found["behavioural_scientist_advice"], "a"),
    }
    goals, changes = goals_for_dossier(ctx)
    audit["goals"] = goals
    audit["goal_changes"] = changes
    audit["errors"] = [{"file": e.file, "message": e.message} for e in dossier.errors]
    verdicts = judge(audit, as_of, config.norms, config.detect.min_confidence)
    audit["norms"] = {name: v.verdict for name, v in verdicts.items()}
    audit["norm_details"] = {name: v.to_json() for name, v in verdicts.items()}
    pinfo = pipeline_info(nlp)
    audit["provenance"] = {
        "tool_version": __version__,
        "pipeline": {"name": pinfo.name, "version": pinfo.version},
        "files": [{"file": d.name, "sha256": d.sha256, "reader": d.reader, "read": True} for d in dossier.documents]
        + [{"file": e.file, "sha256": _error_sha(dossier, e), "reader": None, "read": False} for e in dossier.errors],
        "config": config.as_dict(),
        "models": found.get("models", {}),
        "generated_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }
    return audit
