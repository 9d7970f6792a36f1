"""Peak memory and time of a batch with hostile files beside good dossiers (issue 14's done-when).

Builds, beside a copy of the example dossiers, one dossier with a 2,000-page PDF, a 20 MB
journal of one-on-one entries on one date, a PDF Flate bomb (2 GiB inflated), a DOCX zip
bomb (1 GiB document.xml) and a FIFO; runs ``dossier-audit run --workers 2`` on it as a
user would and prints the wall time, the exit code, the error given for each bad file and
the peak memory of all the run's processes together (RSS and PSS, sampled from /proc).

    python benchmarks/hostile_batch.py [--flate-mb 2048] [--docx-mb 1024] [--workers 2]
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sample import run_command  # noqa: E402
from tests.robustness.hostile import hostile_dossier  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--flate-mb", type=int, default=2048)
    ap.add_argument("--docx-mb", type=int, default=1024)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="dossier-audit-hostile-") as tmp:
        root = Path(tmp) / "in"
        shutil.copytree(ROOT / "examples", root)
        hostile_dossier(root / "BAD-1", flate_mb=args.flate_mb, docx_mb=args.docx_mb)
        sizes = {p.name: p.stat().st_size for p in (root / "BAD-1").iterdir() if p.is_file()}
        print("bad files (bytes on disk): " + ", ".join(f"{k} {v:,}" for k, v in sorted(sizes.items())))
        got = run_command(root, Path(tmp) / "out", args.workers)
        print(f"dossier-audit run --workers {args.workers}: {got['wall']:.1f} s, exit {got['rc']}; peak memory of all "
              f"processes together: RSS {got['rss']:.0f} MiB, PSS {got['pss']:.0f} MiB")
        audit = json.loads((Path(tmp) / "out" / "BAD-1.json").read_text("utf-8"))
        for error in audit["errors"]:
            print(f"  {error['file']}: {error['message']}")
        good = sorted(p.stem for p in (Path(tmp) / "out").glob("VLD-*.json"))
        print(f"good dossiers audited: {', '.join(good)}")


if __name__ == "__main__":
    main()
