"""What a decision is about: the stable identity of a finding across re-runs.

Finding ids (``o1``, ``s2``) are renumbered when a re-run finds one more contact;
file + offsets + the file's sha256 are not, so decisions are keyed on
:func:`finding_input_hash` and follow their finding for as long as the file is unchanged.
"""
from __future__ import annotations

import hashlib
import json
import uuid
from typing import Any, Iterable, Iterator

from audit.review.contract import EVENT_KINDS, FACT_ID, FACT_KINDS, events_of


def canonical_json(obj: Any) -> str:
    """The one serialisation used for checksums, hashes and lines (key order fixed)."""
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def file_shas(audit: dict[str, Any]) -> dict[str, str]:
    """File name -> sha256 from the audit's provenance ("" when unknown)."""
    return {f["file"]: f.get("sha256") or "" for f in audit.get("provenance", {}).get("files", [])}


def finding_input_hash(
    dossier_id: str, kind: str, evidence: Iterable[dict[str, Any]], shas: dict[str, str], extra: str = ""
) -> str:
    """Stable identity of a finding: what was judged, not how the run numbered it.

    Every evidence location counts: a decision covers exactly the evidence the
    reviewer saw. Without evidence (a norm, an undocumented matching rationale) the
    finding rests on the whole dossier, so every file's sha256 counts, plus
    ``extra`` (norm name and reference date).
    """
    ev = sorted({(e["file"], int(e["start"]), int(e["end"]), shas.get(e["file"], "")) for e in evidence})
    payload: dict[str, Any] = {"dossier_id": dossier_id, "kind": kind, "evidence": [list(x) for x in ev], "extra": extra}
    if not ev:
        payload["files"] = sorted(shas.items())
    return sha256_text(canonical_json(payload))


def goal_id(goal: dict[str, Any], index: int) -> str:
    """Goals carry no finding id in the contract (yet); their position is the fallback."""
    return str(goal.get("finding_id") or f"g{index + 1}")


def fact_id(fact: dict[str, Any], kind: str) -> str:
    """A fact's finding id (``m1``, ``sf1``, ``v1``), also when an older audit left it out."""
    return str(fact.get("finding_id") or FACT_ID[kind])


def iter_reviewable(audit: dict[str, Any]) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """Every reviewable item of an audit as ``(kind, finding_id, input_hash, item)``.

    Norm items are ``{"name", "verdict"}``; the others are the audit's own dicts. The
    household changes and rescreenings come from inside ``audit["rescreening"]``.
    """
    did, shas = audit["dossier_id"], file_shas(audit)
    for kind in EVENT_KINDS:
        for f in events_of(audit, kind):
            yield kind, f["finding_id"], finding_input_hash(did, kind, f.get("evidence", []), shas), f
    for kind in FACT_KINDS:
        m = audit.get(kind)
        if m is not None:
            yield kind, fact_id(m, kind), finding_input_hash(did, kind, m.get("evidence", []), shas), m
    for i, g in enumerate(audit.get("goals", [])):
        yield "goal", goal_id(g, i), finding_input_hash(did, "goal", g.get("evidence", []), shas), g
    for name, verdict in audit.get("norms", {}).items():
        yield "norm", name, norm_input_hash(audit, name), {"name": name, "verdict": verdict}


def norm_input_hash(audit: dict[str, Any], name: str) -> str:
    """A norm verdict rests on the whole dossier at one reference date."""
    return finding_input_hash(audit["dossier_id"], "norm", [], file_shas(audit), f"{name}@{audit.get('reference_date', '')}")


def model_version_of(audit: dict[str, Any]) -> str:
    """The audit's models as one string, recorded with each decision (which model was judged)."""
    models = audit.get("provenance", {}).get("models") or {}
    return ";".join(f"{k}={v if isinstance(v, str) else canonical_json(v)}" for k, v in sorted(models.items()))


def new_added_finding_id() -> str:
    """Id for a reviewer-added finding; the ``r-`` prefix never clashes with detector ids."""
    return f"r-{uuid.uuid4().hex[:10]}"
