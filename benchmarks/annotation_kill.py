"""Crash benchmark for the annotation log: 1,000 decisions while the writer is SIGKILLed at random.

A writer process appends decisions and prints each record id only after ``append``
returned (i.e. after fsync). The driver kills it at random moments and restarts it
until 1,000 decisions have completed. Some writers also crash *inside* a write on
purpose (half a line written under the lock, then SIGKILL), because a real kill
rarely lands inside the write syscall. A few records are large (up to 1 MB) so
a kill can also tear a write naturally. Then the log is replayed and compared:

    completed   ids printed by writers (append returned)
    found       of those, present on replay           (target: all)
    lost        completed but missing on replay         (target: 0)
    corrupt     accepted records whose content is not what a writer wrote (target: 0)
    in flight   accepted but never printed (append finished, kill before print): fine
    torn lines  lines skipped on replay (simulated + natural tears)

Usage: python benchmarks/annotation_kill.py [--n 1000] [--seed 1] [--tear-rate 0.01] [--keep DIR]
"""
from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DOSSIERS = ("D1", "D2", "D3")


def note_for(finding_id: str, size: int) -> str:
    """Deterministic content, so the driver can tell a genuine record from a corrupt one."""
    seed = hashlib.sha256(finding_id.encode()).hexdigest()
    return (seed * (size // len(seed) + 1))[:size]


def writer(directory: Path, limit: int, seed: int, tear_rate: float) -> None:
    from audit.review import AnnotationLog, AnnotationRecord

    rng = random.Random(seed)
    log = AnnotationLog(directory)
    for i in range(limit):
        size = rng.randint(256_000, 1_000_000) if rng.random() < 0.03 else rng.randint(50, 2_000)
        fid = f"w{seed}-{i}-{size}"
        dossier = rng.choice(DOSSIERS)
        record = AnnotationRecord(dossier, fid, "one_on_one_contact", hashlib.sha256(fid.encode()).hexdigest(),
                                  rng.choice(("confirm", "reject")), f"r{seed % 3}", note=note_for(fid, size))
        if rng.random() < tear_rate:  # crash inside write(): half a line under the lock, die holding it
            line = record.to_line()
            path = log.path_for(dossier)
            with log.lock(path):
                with open(path, "ab") as fh:
                    fh.write(line[: rng.randint(1, len(line) - 1)])
                    fh.flush()
                os.kill(os.getpid(), signal.SIGKILL)
        log.append(record)
        sys.stdout.write(record.record_id + "\n")
        sys.stdout.flush()


def drive(n: int, seed: int, tear_rate: float, directory: Path) -> dict[str, int]:
    from audit.review import AnnotationLog

    rng = random.Random(seed)
    completed: list[str] = []
    rounds = kills = 0
    started = time.monotonic()
    while len(completed) < n:
        rounds += 1
        cmd = [sys.executable, __file__, "--writer", str(directory), str(n - len(completed)),
               str(seed * 100_000 + rounds), str(tear_rate)]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
        time.sleep(rng.uniform(0.2, 0.6))  # the writer needs ~0.25 s to start
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        out, _ = proc.communicate()
        completed += [line for line in out.splitlines() if line]
    state = AnnotationLog(directory).replay()
    got = {r.record_id: r for r in state.records}
    done = set(completed)
    corrupt = sum(1 for r in state.records
                  if r.note != note_for(r.finding_id, int(r.finding_id.rsplit("-", 1)[1])) or r.validate())
    return {
        "rounds": rounds,
        "kills": kills,
        "completed": len(done),
        "found": len(done & set(got)),
        "lost": len(done - set(got)),
        "corrupt_accepted": corrupt,
        "in_flight_accepted": len(set(got) - done),
        "torn_lines_skipped": state.torn_lines,
        "other_problems": len(state.problems) - state.torn_lines,
        "seconds": round(time.monotonic() - started, 1),
    }


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--writer":
        writer(Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]))
        return 0
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=1000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--tear-rate", type=float, default=0.01)
    p.add_argument("--keep", type=Path, default=None, help="schrijf het logboek hier en laat het staan")
    args = p.parse_args()
    directory = args.keep or Path(tempfile.mkdtemp(prefix="annotation_kill_"))
    try:
        result = drive(args.n, args.seed, args.tear_rate, directory)
    finally:
        if args.keep is None:
            shutil.rmtree(directory, ignore_errors=True)
    labels = {
        "rounds": "writer runs", "kills": "kills (SIGKILL from outside)", "completed": "completed decisions",
        "found": "found on replay", "lost": "lost", "corrupt_accepted": "corrupt records accepted",
        "in_flight_accepted": "in flight, accepted (append done, killed before print)",
        "torn_lines_skipped": "torn lines skipped", "other_problems": "other skipped lines", "seconds": "seconds",
    }
    for key, value in result.items():
        print(f"{labels[key]:<55} {value}")
    return 0 if result["lost"] == 0 and result["corrupt_accepted"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
