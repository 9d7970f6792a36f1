"""Throughput of the whole audit against its text-extraction floor, on a generated sample (issue 13).

Prints figures, asserts nothing (a benchmark, not a test: timings depend on the machine and its load).

    python benchmarks/sample.py --scale 0.1            # 13 dossiers, quick
    python benchmarks/sample.py                        # 127 dossiers, ~5,000 pages, ~2.5 M words
    python benchmarks/sample.py --workers 2            # the audit in 2 processes
    python benchmarks/sample.py --dir /tmp/sample      # keep the generated sample and reuse it

Needs fpdf2 (``pip install -e '.[bench]'``). Generating the sample at scale 1 takes a few minutes
(both cores); the timed part starts after it.

The sample (``sample_data.py``, ``sample_writers.py``): fictional dossiers of 20-80 pages, each a PDF
ECD export (made with fpdf2), a DOCX care plan and often a TXT file; fixed seed. Measured in one run,
each phase in a fresh process:

* floor: pypdfium2 text of every PDF page, python-docx paragraphs (body and table cells), TXT read,
  and ``spacy.blank("nl")`` tokenisation of all of it;
* the command: ``dossier-audit run SAMPLE --out OUT --workers N`` in a fresh process, as a user runs it
  (writing every output), with the peak memory of all its processes together (RSS and PSS, sampled
  from /proc every 0.25 s); then the same command again over the unchanged sample (reuse);
* with ``--breakdown``, the audit stage by stage in the benchmark's own processes: reading per format
  (pages/s; DOCX and TXT count 500 words as a page), analysis (words/s), peak RSS per process;
* event-heavy TXT journals of dated one-on-one entries (own dates, and all on one date): seconds,
  seconds per MB and the ratio per doubling of the size.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sample_data import AS_OF, WORDS_PER_PAGE, event_journal  # noqa: E402

DOSSIERS = 127
SAMPLE_VERSION = 1  # bump when the generator changes: a kept --dir is then regenerated


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


# ---------------------------------------------------------------- the sample


def _write_one(args: tuple[str, int, int, bool]) -> dict[str, int]:
    from sample_writers import write_dossier

    root, seed, number, unicode_ok = args
    return write_dossier(Path(root), random.Random(f"{seed}-{number}"), number, unicode_ok)


def make_sample(root: Path, scale: float, seed: int) -> dict[str, Any]:
    """Generate (or reuse) the sample under ``root``; returns its manifest."""
    from sample_data import DEJAVU

    n = max(1, round(DOSSIERS * scale))
    manifest_path = root / ".manifest.json"  # hidden: the run skips it, as it would any litter
    want = {"version": SAMPLE_VERSION, "dossiers": n, "seed": seed}
    if manifest_path.exists():
        manifest = json.loads(manifest_path.read_text())
        if {k: manifest.get(k) for k in want} == want:
            return manifest
    root.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    unicode_ok = (DEJAVU / "DejaVuSans.ttf").exists()
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        pages = list(pool.map(_write_one, [(str(root), seed, i, unicode_ok) for i in range(n)]))
    manifest = {**want, "generated_s": round(time.perf_counter() - t, 1),
                "pages": {f: sum(p.get(f, 0) for p in pages) for f in ("pdf", "docx", "txt")}}
    manifest_path.write_text(json.dumps(manifest))
    return manifest


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.suffix in (".pdf", ".docx", ".txt"))


# ---------------------------------------------------------------- the floor


def _floor_text(path: Path) -> tuple[str, int]:
    """(text, pages) the cheapest way: pdfium page text, python-docx paragraphs, the TXT itself."""
    if path.suffix == ".pdf":
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        try:
            return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf))), len(pdf)
        finally:
            pdf.close()
    if path.suffix == ".docx":
        import docx

        doc = docx.Document(str(path))
        paras = [p.text for p in doc.paragraphs]
        paras += [p.text for t in doc.tables for row in t.rows for c in row.cells for p in c.paragraphs]
        text = "\n".join(paras)
    else:
        text = path.read_bytes().decode("utf-8")
    return text, 0


def floor(root: Path) -> dict[str, Any]:
    import spacy

    nlp = spacy.blank("nl")
    nlp.max_length = 10**9
    secs: dict[str, float] = defaultdict(float)
    pages: dict[str, int] = defaultdict(int)
    texts = []
    for path in _files(root):
        t = time.perf_counter()
        text, n = _floor_text(path)
        fmt = path.suffix[1:]
        secs[fmt] += time.perf_counter() - t
        pages[fmt] += n or max(1, round(len(text.split()) / WORDS_PER_PAGE))
        texts.append(text)
    t = time.perf_counter()
    tokens = sum(len(nlp.make_doc(text)) for text in texts)
    secs["tokenise"] = time.perf_counter() - t
    return {"secs": dict(secs), "pages": dict(pages), "tokens": tokens, "cpu": time.process_time(),
            "words": sum(len(t.split()) for t in texts), "rss": _rss_mib()}


# ---------------------------------------------------------------- the audit

_STATE: dict[str, Any] = {}


def _init_worker() -> None:
    from audit import nlp as nlp_mod
    from audit.config import load_config
    from audit.ml.all_models import load_all
    import audit.read.dossier as dossier_mod

    _STATE["nlp"] = nlp_mod.load()
    _STATE["config"] = load_config()
    load_all(_STATE["config"])  # once per process, as a run's worker has them: not part of any timing
    _STATE["read"] = defaultdict(float)
    _STATE["pages"] = defaultdict(int)
    original = dossier_mod.read_file

    def timed(path: Path, name: str | None = None):  # reading per format, inside iter_dossiers
        t = time.perf_counter()
        doc = original(path, name=name)
        fmt = Path(path).suffix[1:].lower()
        _STATE["read"][fmt] += time.perf_counter() - t
        _STATE["pages"][fmt] += len(doc.page_starts) or max(1, round(len(doc.text.split()) / WORDS_PER_PAGE))
        return doc

    dossier_mod.read_file = timed


def _audit(folder: str) -> dict[str, Any]:
    from audit.pipeline import audit_dossier
    from audit.read import iter_dossiers

    analysis, words, slowest = 0.0, 0, (0.0, "")
    for dossier in iter_dossiers(Path(folder)):
        t = time.perf_counter()
        audit_dossier(dossier, AS_OF, _STATE["config"], _STATE["nlp"])
        took = time.perf_counter() - t
        analysis += took
        words += sum(len(doc.text.split()) for doc in dossier.documents)
        slowest = max(slowest, (took, dossier.dossier_id))
    out = {"analysis": analysis, "words": words, "slowest": slowest, "read": dict(_STATE["read"]),
           "pages": dict(_STATE["pages"]), "rss": _rss_mib(), "pid": os.getpid(), "cpu": _cpu_s()}
    _STATE["read"].clear()
    _STATE["pages"].clear()
    return out


def _one_process(root: str) -> dict[str, Any]:
    _init_worker()
    return _audit(root)


def audit_sample(root: Path, workers: int) -> dict[str, Any]:
    """Audit every dossier: one process walking ``iter_dossiers``, or ``workers`` processes."""
    t = time.perf_counter()
    if workers <= 1:
        with ProcessPoolExecutor(max_workers=1) as pool:
            parts = [pool.submit(_one_process, str(root)).result()]
    else:
        folders = sorted(str(p) for p in root.iterdir() if p.is_dir())
        with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker) as pool:
            parts = list(pool.map(_audit, folders))
    wall = time.perf_counter() - t
    total: dict[str, Any] = {"wall": wall, "analysis": 0.0, "words": 0, "read": defaultdict(float),
                             "pages": defaultdict(int), "slowest": (0.0, ""), "rss": {}, "cpu": {}}
    for p in parts:
        total["cpu"][p["pid"]] = max(total["cpu"].get(p["pid"], 0.0), p["cpu"])
        total["analysis"] += p["analysis"]
        total["words"] += p["words"]
        total["slowest"] = max(total["slowest"], p["slowest"])
        total["rss"][p["pid"]] = max(total["rss"].get(p["pid"], 0.0), p["rss"])
        for k, v in p["read"].items():
            total["read"][k] += v
        for k, v in p["pages"].items():
            total["pages"][k] += v
    return total


# ---------------------------------------------------------------- the command itself


def _children(pid: int) -> list[int]:
    """``pid`` and every process below it (from /proc; Linux)."""
    parents: dict[int, list[int]] = defaultdict(list)
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        parents[int(fields[1])].append(int(stat.parent.name))
    tree, todo = [], [pid]
    while todo:
        p = todo.pop()
        tree.append(p)
        todo.extend(parents.get(p, []))
    return tree


def _memory_mib(pids: list[int]) -> tuple[float, float]:
    """(RSS summed, PSS summed) of ``pids`` in MiB; PSS counts pages shared by forked workers once."""
    rss = pss = 0.0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss += int(line.split()[1]) / 1024
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1]) / 1024
        except (OSError, ValueError):
            continue
    return rss, pss


def run_command(root: Path, out: Path, workers: int, *extra: str) -> dict[str, Any]:
    """``dossier-audit run`` as a user runs it, timed, with the peak memory of all its processes together."""
    cmd = [sys.executable, "-c", "import sys; from audit.cli import main; sys.exit(main(sys.argv[1:]))", "run",
           str(root), "--out", str(out), "--as-of", AS_OF.isoformat(), "--workers", str(workers), "--no-progress",
           *extra]
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak_rss = peak_pss = 0.0
    while proc.poll() is None:
        rss, pss = _memory_mib(_children(proc.pid))
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        time.sleep(0.25)
    err = proc.stderr.read() if proc.stderr else ""
    return {"wall": time.perf_counter() - t, "rc": proc.returncode, "rss": peak_rss, "pss": peak_pss,
            "last": err.strip().splitlines()[-1:] if err.strip() else []}


def command_lines(root: Path, tmp: Path, workers: int, floor_s: float) -> list[str]:
    out = tmp / "out"
    first = run_command(root, out, workers)
    second = run_command(root, out, workers)
    return [
        f"dossier-audit run --workers {workers}: {first['wall']:7.1f} s = {first['wall'] / floor_s:.1f} x floor "
        f"(exit {first['rc']}); peak memory of all processes together: RSS {first['rss']:.0f} MiB, "
        f"PSS {first['pss']:.0f} MiB (pages shared by the forked workers counted once)",
        f"second run, nothing changed: {second['wall']:7.1f} s = {second['wall'] / first['wall']:.0%} of the first "
        f"(exit {second['rc']}); {second['last'][0] if second['last'] else ''}",
    ]


# ---------------------------------------------------------------- event-heavy journals


def _journal_run(args: tuple[str, int, bool]) -> tuple[float, float]:
    folder, size, one_date = args
    path = Path(folder) / f"journal_{size}_{'onedate' if one_date else 'dates'}" / "journaal.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(event_journal(size, one_date, random.Random(13)), encoding="utf-8")
    _init_worker()
    from audit.pipeline import audit_dossier
    from audit.read import load_dossier

    t, cpu = time.perf_counter(), time.process_time()
    audit_dossier(load_dossier(path.parent), AS_OF, _STATE["config"], _STATE["nlp"])
    return time.perf_counter() - t, time.process_time() - cpu


def journals(folder: Path, sizes_mb: list[float]) -> list[str]:
    lines = []
    for one_date in (False, True):
        previous = None
        for mb in sizes_mb:
            with ProcessPoolExecutor(max_workers=1) as pool:
                secs, cpu = pool.submit(_journal_run, (str(folder), int(mb * 1024 * 1024), one_date)).result()
            ratio = f"  x{secs / previous[0]:.2f} per doubling (CPU x{cpu / previous[1]:.2f})" if previous else ""
            label = "all on one date" if one_date else "own dates     "
            lines.append(f"journal {mb:5.2f} MB {label} {secs:8.1f} s ({cpu:.1f} s CPU) {secs / mb:7.1f} s/MB{ratio}")
            previous = (secs, cpu)
    return lines


# ---------------------------------------------------------------- report


def report(manifest: dict[str, Any], fl: dict[str, Any], au: dict[str, Any], workers: int) -> list[str]:
    pages = au["pages"]
    floor_s = sum(fl["secs"].values())
    fmt_line = ", ".join(f"{f} {pages.get(f, 0):,}" for f in ("pdf", "docx", "txt"))
    rss = sorted(au["rss"].values())
    out = [
        f"sample: {manifest['dossiers']} dossiers, {sum(pages.values()):,} pages ({fmt_line}; DOCX/TXT: "
        f"{WORDS_PER_PAGE} words a page), {au['words'] / 1e6:.2f} M words, {fl['tokens'] / 1e6:.2f} M tokens",
        f"floor: {floor_s:7.1f} s  (pdfium text {fl['secs'].get('pdf', 0):.1f} s, python-docx "
        f"{fl['secs'].get('docx', 0):.1f} s, txt {fl['secs'].get('txt', 0):.1f} s, "
        f"spacy.blank('nl') tokenisation {fl['secs']['tokenise']:.1f} s)",
        f"audit: {au['wall']:7.1f} s wall with {workers} process(es) = {au['wall'] / floor_s:.1f} x floor"
        f"  (CPU: audit {sum(au['cpu'].values()):.1f} s, floor {fl['cpu']:.1f} s)",
    ]
    for f in ("pdf", "docx", "txt"):
        s = au["read"].get(f, 0.0)
        if s:
            out.append(f"  read {f:4s} {s:7.1f} s  {pages.get(f, 0) / s:8.1f} pages/s")
    out += [
        f"  analysis  {au['analysis']:7.1f} s  {au['words'] / max(au['analysis'], 1e-9):8.0f} words/s "
        f"(slowest dossier {au['slowest'][1]}: {au['slowest'][0]:.1f} s)",
        f"  peak RSS  {rss[-1]:7.0f} MiB per process" + (f", {sum(rss):.0f} MiB in all" if len(rss) > 1 else ""),
    ]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=float, default=1.0, help="dossiers = 127 x scale (0.1, 1, 4)")
    ap.add_argument("--workers", type=int, default=2, help="worker processes of the run")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--dir", type=Path, default=None, help="keep the sample here (reused when it matches)")
    ap.add_argument("--journals", default=None, help="journal sizes in MB, e.g. 1,2,4 (default: 1,2,4; "
                    "0.25,0.5,1 below scale 1); 'none' skips them")
    ap.add_argument("--no-sample", action="store_true", help="only the journals")
    ap.add_argument("--breakdown", action="store_true",
                    help="also audit the sample stage by stage in the benchmark's own processes: reading per "
                         "format (pages/s), analysis (words/s), peak RSS per process")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="dossier-audit-bench-") as tmp:
        root = args.dir or Path(tmp) / "sample"
        if not args.no_sample:
            manifest = make_sample(root, args.scale, args.seed)
            print(f"sample generated in {manifest.get('generated_s', 0)} s under {root}", flush=True)
            with ProcessPoolExecutor(max_workers=1) as pool:
                fl = pool.submit(floor, root).result()
            floor_s = sum(fl["secs"].values())
            print("\n".join(command_lines(root, Path(tmp), args.workers, floor_s)), flush=True)
            if args.breakdown:
                au = audit_sample(root, args.workers)
                print("\n".join(report(manifest, fl, au, args.workers)), flush=True)
            else:
                print(f"floor: {floor_s:7.1f} s (--breakdown: reading per format, analysis words/s)", flush=True)
        sizes = args.journals or ("1,2,4" if args.scale >= 1 else "0.25,0.5,1")
        if sizes != "none":
            print("\n".join(journals(Path(tmp), [float(s) for s in sizes.split(",")])))
    print(f"(as of {AS_OF.isoformat()}, {dt.datetime.now():%Y-%m-%d %H:%M}, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f} at the end)")


if __name__ == "__main__":
    main()
