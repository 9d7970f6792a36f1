"""`dossier-audit export` and `dossier-audit agreement`: the review log on the command line.

Messages name files and line numbers, never dossier text.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from audit.cli._util import EXIT_FILE_ERRORS as EXIT_PROBLEMS
from audit.cli._util import EXIT_OK, UsageError, add_config_args


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register ``export`` and ``agreement`` on the main parser's subparsers."""
    exp = sub.add_parser("export", help="beoordeelde audits schrijven: beslissingen van beoordelaars toegepast")
    exp.add_argument("outdir", type=Path, help="map met de audit-JSON van 'dossier-audit run'")
    exp.add_argument("--annotations", type=Path, required=True, help="map met het logboek van beoordelingen (*.jsonl)")
    exp.add_argument("--to", dest="to", type=Path, required=True, help="uitvoermap voor de beoordeelde audits")
    add_config_args(exp, pipeline=False)
    exp.set_defaults(handler=cmd_export)

    agr = sub.add_parser("agreement", help="overeenstemming tussen beoordelaars (Cohen's kappa) en verschillen")
    agr.add_argument("--annotations", type=Path, required=True, help="map met het logboek van beoordelingen (*.jsonl)")
    agr.add_argument("--json", action="store_true", help="uitvoer als JSON in plaats van een tabel")
    agr.set_defaults(handler=cmd_agreement)


def _usage(message: str) -> int:
    raise UsageError(message)


def _report_problems(problems) -> None:
    if problems:
        print(f"{len(problems)} regel(s) in het logboek overgeslagen:", file=sys.stderr)
        for p in problems:
            print(f"  {p}", file=sys.stderr)


def _warn_review(reviewed: dict) -> None:
    """Say on stderr when a reviewed audit is not fully reviewed: disputed or undecided items (ids only)."""
    from audit.review.labels_nl import KIND_NL_LOWER, NORM_NL
    from audit.review.status import DISPUTED, REVIEWED

    did, review = reviewed["dossier_id"], reviewed["review"]
    disputed = review.get("disputed") or []
    if disputed:
        which = ", ".join(f"normoordeel {NORM_NL.get(d['finding_id'], d['finding_id'])}" if d["kind"] == "norm"
                          else f"{KIND_NL_LOWER.get(d['kind'], d['kind'])} {d['finding_id']}" for d in disputed)
        print(f"[{did}] let op: {len(disputed)} bevinding(en) {DISPUTED}, beoordelaars zijn het oneens: {which}. "
              "Deze staan erin zoals de tool ze vond (zie review.disputed); bespreek ze en leg één beslissing vast.",
              file=sys.stderr)
    status = reviewed.get("review_status")
    if status != REVIEWED:
        print(f"[{did}] {status}: niet volledig beoordeeld (reviewed: false); {review.get('undecided_items', 0)} "
              f"van {review.get('items', 0)} onderdelen (bevindingen en normoordelen) zonder beslissing",
              file=sys.stderr)


def cmd_export(args: argparse.Namespace) -> int:
    from audit.config import load_config
    from audit.report import validate, write_audit
    from audit.review.export import apply_annotations
    from audit.report.labels import count_nl
    from audit.review.log import AnnotationLog
    from audit.review.summary import review_row, write_review_csv

    if not args.outdir.is_dir():
        return _usage(f"geen map: {args.outdir}")
    if not args.annotations.is_dir():
        return _usage(f"geen map met beoordelingen: {args.annotations}")
    config = load_config(args.config, args.overrides)
    state = AnnotationLog(args.annotations).replay()
    _report_problems(state.problems)
    status = EXIT_PROBLEMS if state.problems else EXIT_OK
    rows, seen, complete = [], set(), 0
    for path in sorted(args.outdir.glob("*.json")):
        try:
            audit = json.loads(path.read_text("utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            print(f"{path.name}: kon niet gelezen worden ({type(exc).__name__})", file=sys.stderr)
            status = EXIT_PROBLEMS
            continue
        if not isinstance(audit, dict) or audit.get("schema_version") is None or "dossier_id" not in audit:
            continue  # not an audit (another JSON file in the folder)
        try:
            reviewed = apply_annotations(audit, state, config=config)
            validate(reviewed)
        except Exception as exc:  # one broken audit must not stop the export
            print(f"[{audit.get('dossier_id')}] kon niet worden geëxporteerd: {type(exc).__name__}", file=sys.stderr)
            status = EXIT_PROBLEMS
            continue
        write_audit(reviewed, args.to)
        rows.append(review_row(reviewed))
        seen.add(audit["dossier_id"])
        complete += bool(reviewed["reviewed"])
        _warn_review(reviewed)
        stale = reviewed["review"]["stale"]
        if stale:
            print(f"[{audit['dossier_id']}] {len(stale)} beslissing(en) horen bij een andere versie van de bevindingen "
                  "en zijn niet toegepast (zie review.stale)", file=sys.stderr)
    missing = sorted(set(state.dossier_ids()) - seen)
    if missing:
        print(f"{count_nl(len(missing), 'dossier', 'dossiers')} met beoordelingen maar zonder audit in "
              f"{args.outdir}: {', '.join(missing)}", file=sys.stderr)
    csv_path = write_review_csv(rows, args.to / "review_summary.csv")
    print(f"{len(rows)} audit(s) geëxporteerd naar {args.to}, waarvan {complete} volledig beoordeeld; "
          f"overzicht in {csv_path.name}", file=sys.stderr)
    return status


def cmd_agreement(args: argparse.Namespace) -> int:
    from audit.review.agreement import compute_agreement, format_table
    from audit.review.log import AnnotationLog

    if not args.annotations.is_dir():
        return _usage(f"geen map met beoordelingen: {args.annotations}")
    report = compute_agreement(AnnotationLog(args.annotations).replay())
    if args.json:
        json.dump(report.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(format_table(report))
    return EXIT_PROBLEMS if report.problems else EXIT_OK
