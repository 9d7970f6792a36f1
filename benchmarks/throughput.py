"""Throughput and memory of the main job: prints figures, asserts nothing.

Usage: python benchmarks/throughput.py [CORPUS] [--repeat N]
Default corpus: training/corpus (40 fictional dossiers, PDF/DOCX/TXT). Reports read time
(per format), analysis time, dossiers/s, characters/s and peak resident memory.
"""
from __future__ import annotations

import argparse
import datetime as dt
import resource
import time
from collections import defaultdict
from pathlib import Path

from audit import nlp as nlp_mod
from audit.config import load_config
from audit.pipeline import audit_dossier
from audit.read import iter_dossiers

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", type=Path, default=ROOT / "training" / "corpus")
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()

    t0 = time.perf_counter()
    nlp = nlp_mod.load("embedded")
    load_s = time.perf_counter() - t0
    config = load_config()
    read_s = audit_s = 0.0
    dossiers = chars = pages = 0
    per_format: dict[str, int] = defaultdict(int)
    for _ in range(args.repeat):
        t = time.perf_counter()
        batch = list(iter_dossiers(args.corpus))
        read_s += time.perf_counter() - t
        for d in batch:
            for doc in d.documents:
                chars += len(doc.text)
                pages += max(1, len(doc.page_starts))
                per_format[doc.name.rsplit(".", 1)[-1]] += 1
            t = time.perf_counter()
            audit_dossier(d, dt.date(2025, 6, 1), config, nlp)
            audit_s += time.perf_counter() - t
            dossiers += 1
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    total = read_s + audit_s
    print(f"pipeline load           {load_s:8.2f} s")
    print(f"dossiers                {dossiers:8d}   files per format: {dict(per_format)}")
    print(f"characters              {chars:8d}   pages (PDF pages, other files count 1): {pages}")
    print(f"read (all formats)      {read_s:8.2f} s")
    print(f"analyse + judge         {audit_s:8.2f} s")
    print(f"dossiers per second     {dossiers / total:8.2f}")
    print(f"characters per second   {chars / total:8.0f}")
    print(f"peak resident memory    {peak_mb:8.0f} MB")


if __name__ == "__main__":
    main()
