"""Regenerate all synthetic training and example data (deterministic).

    /work/venv/bin/python training/generate.py

Writes training/sentences.jsonl, training/corpus/<ID>/ and examples/<ID>/.
Nothing here is derived from the dev corpus; see training/README.md.
"""
from __future__ import annotations

import collections
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synth.dossier import JOURNAL_STYLES, DossierBuilder  # noqa: E402
from synth.pools import EXAMPLE, TRAIN  # noqa: E402
from synth.sentences import build as build_sentences  # noqa: E402

ROOT = HERE.parent
SEED = 20250301
N_TRAIN = 40
PREFIXES = ["HOR", "ZEE", "NOO", "DRE", "LIM", "ACH", "KOP", "IJS"]

# Example dossiers: fixed profiles so the README shows a spread of outcomes.
EXAMPLES = [
    ("VLD-0101", dict(style="telegram_txt", ptype="netwerk", n_oo=4, n_sc=1, cs_last=True, n_gw=1, matching=True,
                      plan=True, goal_quality=0.95, n_fill=5, n_traps=4, email=False, sc_form=False)),
    ("VLD-0102", dict(style="narrative_docx", ptype="bestand", n_oo=2, n_sc=1, cs_last=False, n_gw=2, matching=False,
                      plan=True, goal_quality=0.2, n_fill=5, n_traps=5, email=True, sc_form=False)),
    ("VLD-0103", dict(style="table_pdf", ptype="bestand", n_oo=3, n_sc=1, cs_last=True, n_gw=0, matching=True,
                      plan=True, goal_quality=0.7, goal_layout="table", n_fill=4, n_traps=4, email=False, sc_form=True)),
    ("VLD-0104", dict(style="soap_txt", ptype="crisis", n_oo=1, n_sc=0, n_gw=1, matching=False, plan=True,
                      goal_quality=0.45, n_fill=4, n_traps=4, email=False, sc_form=False)),
]


def clean(d: Path) -> None:
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)


def build_corpus(out: Path, items, pool, seed: int) -> list[dict]:
    clean(out)
    stats = []
    for i, (did, profile) in enumerate(items):
        gold, problems = DossierBuilder(did, seed * 1000 + i, pool, out, profile).build()
        files = sorted(p.name for p in (out / did).iterdir() if p.name != "gold.json")
        stats.append({"id": did, "files": files, "gold": gold, "problems": problems})
    return stats


def report(stats, label: str) -> None:
    exts = collections.Counter(Path(f).suffix for s in stats for f in s["files"])
    norms = collections.Counter((k, v) for s in stats for k, v in s["gold"]["norms"].items())
    print(f"[{label}] dossiers: {len(stats)}  files: {dict(exts)}")
    for k in sorted({k for k, _ in norms}):
        print(f"   {k}: " + ", ".join(f"{v}={norms[(k, v)]}" for v in ("meets", "fails", "n/a") if norms[(k, v)]))
    miss = [(s["id"], m) for s in stats for m in s["problems"]["missing"]]
    ws = sum(s["problems"]["ws"] for s in stats)
    print(f"   quotes only found after whitespace normalisation (PDF line wrap): {ws}; missing: {len(miss)}")
    for did, m in miss[:10]:
        print("   MISSING", did, m)


def main() -> None:
    rows = build_sentences(SEED)
    with open(HERE / "sentences.jsonl", "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    c = collections.Counter((r["kind"], r["label"]) for r in rows)
    print(f"sentences: {len(rows)}  " + ", ".join(f"{k[0]}/{k[1]}={v}" for k, v in sorted(c.items())))

    items = []
    for i in range(N_TRAIN):
        did = f"{PREFIXES[i % len(PREFIXES)]}-{1001 + i:04d}"
        items.append((did, {"style": JOURNAL_STYLES[i % len(JOURNAL_STYLES)]}))
    report(build_corpus(HERE / "corpus", items, TRAIN, SEED), "training/corpus")
    report(build_corpus(ROOT / "examples", EXAMPLES, EXAMPLE, SEED + 7), "examples")


if __name__ == "__main__":
    main()
