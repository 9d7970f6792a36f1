"""Reviewer speed on a long dossier: prints server-side seconds, asserts nothing.

Usage: python benchmarks/review_speed.py [--decisions N] [--keep DIR]

Builds a fictional dossier of its own (an ECD-style journal PDF of 80+ pages with
running headers and 300+ dated events, plus a care plan with goals), audits it with
the tool, then drives the reviewer with Streamlit's AppTest (the server side of the
app, no browser): seconds to open the dossier page, and seconds per decision
(Bevestigen / Afwijzen on the item shown, which moves on to the next one by itself).
Needs the ``test`` and ``review`` extras (fpdf2, streamlit).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

CHILD, FOSTER = "Sem", "pleegmoeder Ilse"
AS_OF = dt.date(2025, 6, 1)
TALKS = ["Gesprek met {c} alleen, zonder pleegouders, over school en vrienden.",
         "Met {c} alleen gaan wandelen; pleegouders niet aanwezig. {c} vertelde over zijn voetbalteam.",
         "Individueel gesprek met {c} op zijn kamer, zonder pleegouders erbij."]
CHECKS = ["Veiligheidscheck ingevuld samen met {c}; {c} gaf aan zich veilig te voelen in het pleeggezin.",
          "Jaarlijkse veiligheidscheck uitgevoerd; {c} apart gesproken over hoe hij zich voelt thuis."]
ADVICE = ["Overleg met de gedragswetenschapper: advies is om de bezoekregeling niet uit te breiden.",
          "Advies GW: {c} laten aanmelden bij de schoolmaatschappelijk werker."]
ROUTINE = ["Telefonisch contact met {f} over de planning van de vakantie.",
           "Mail ontvangen van school over de ouderavond; doorgestuurd naar {f}.",
           "Overdracht besproken in het teamoverleg.",
           "{f} belde: de tandarts is verzet naar volgende week.",
           "Rapportage van de logeerweek ontvangen en in het dossier gezet."]
GOALS = ["{c} gaat binnen drie maanden elke schooldag op tijd naar school (maximaal 2 keer te laat per maand).",
         "{c} kan uiterlijk 1 september 2025 zelf benoemen wanneer hij boos wordt en dan een time-out nemen.",
         "Pleegouder biedt een stabiele omgeving aan het pleegkind.",
         "{c} voelt zich veilig.",
         "{c} heeft voor de zomervakantie twee vriendjes met wie hij na school afspreekt."]


def _entries(rng: random.Random, n: int) -> list[tuple[dt.date, str]]:
    """Dated journal entries from three years before the reference date, every few days."""
    day, out = AS_OF - dt.timedelta(days=3 * 365), []
    for _ in range(n):
        day += dt.timedelta(days=rng.randint(1, 4))
        pool = rng.choices([TALKS, CHECKS, ADVICE, ROUTINE], weights=[5, 1, 2, 3])[0]
        text = rng.choice(pool).format(c=CHILD, f=FOSTER)
        out.append((day, text + " " + rng.choice(ROUTINE).format(c=CHILD, f=FOSTER)))
    return out


def build_dossier(folder: Path, seed: int = 7, entries: int = 860) -> int:
    """Write the journal PDF and the plan; returns the PDF's page count."""
    from fpdf import FPDF

    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=20)

    def header() -> None:
        pdf.set_font("helvetica", size=8)
        pdf.cell(0, 6, "Zorgbureau Benchmark - ECD-export - Client 40411 - Vertrouwelijk", new_x="LMARGIN",
                 new_y="NEXT")
        pdf.set_font("helvetica", size=10)

    pdf.header = header  # type: ignore[method-assign]
    pdf.add_page()
    for day, text in _entries(rng, entries):
        pdf.set_font("helvetica", style="B", size=10)
        pdf.cell(0, 6, day.strftime("%d-%m-%Y") + " - journaal PZB", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", size=10)
        pdf.multi_cell(0, 5, text + " " + " ".join(rng.choice(ROUTINE).format(c=CHILD, f=FOSTER)
                                                     for _ in range(rng.randint(2, 4))))
        pdf.ln(2)
    pdf.output(str(folder / "journaal.pdf"))
    plan = ["Hulpverleningsplan", "", "Plaatsing: bestandspleegzorg sinds 2021-09-01.", "", "Doelen"]
    plan += [f"{i}. {g.format(c=CHILD)}" for i, g in enumerate(GOALS, 1)]
    (folder / "hulpverleningsplan.txt").write_text("\n".join(plan) + "\n", "utf-8")
    return pdf.pages_count


def _app(audits: Path, dossiers: Path, ann: Path, did: str):
    from streamlit.testing.v1 import AppTest

    from audit.review.app import SCRIPT

    at = AppTest.from_file(str(SCRIPT), default_timeout=300)
    for k, v in {"audits_dir": str(audits), "dossiers_dir": str(dossiers), "annotations_dir": str(ann),
                 "reviewer": "benchmark", "page": "Dossier", "dossier": did}.items():
        at.session_state[k] = v
    return at


def _wait_for_text(at, did: str) -> None:
    """Until the background read of the dossier is done (the page then shows evidence in context)."""
    from audit.review.app import session

    folder = session.dossier_folder(Path(at.session_state["dossiers_dir"]), did)
    session._dossier_future(str(folder), session.folder_signature(folder)).result()
    at.run()


def _timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def _decide(at, did: str, n: int) -> list[float]:
    """N decisions on whatever item is shown, alternating Bevestigen / Afwijzen."""
    times = []
    for i in range(n):
        focus = at.session_state["focus"] if "focus" in at.session_state else ""
        if not focus:
            break
        which = "confirm" if i % 3 else "reject"
        button = at.button(key=f"{did}:{focus}:{which}")
        times.append(_timed(lambda: button.click().run()))
        assert not at.exception, [e.value for e in at.exception]
    return times


def _count(node) -> int:
    """Elements and blocks under an AppTest node (what the browser has to draw)."""
    kids = getattr(node, "children", None) or {}
    return 1 + sum(_count(k) for k in kids.values())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--decisions", type=int, default=20)
    ap.add_argument("--keep", type=Path, default=None, help="build in this folder and keep it")
    args = ap.parse_args()
    from audit.cli import main as cli

    root = args.keep or Path(tempfile.mkdtemp(prefix="review-speed-"))
    dossiers, audits, ann = root / "dossiers", root / "out", root / "annotations"
    did = "BENCH-0001"
    if (audits / f"{did}.json").is_file():  # --keep DIR of an earlier run: reuse its dossier and audit
        import pypdfium2

        pages, t_run = len(pypdfium2.PdfDocument(str(dossiers / did / "journaal.pdf"))), 0.0
        for f in ann.glob("*.jsonl"):
            f.unlink()
    else:
        pages = build_dossier(dossiers / did)
        t_run = _timed(lambda: cli(["run", str(dossiers), "--out", str(audits), "--as-of", AS_OF.isoformat(),
                                    "--no-progress"]))
    audit = json.loads((audits / f"{did}.json").read_text("utf-8"))
    from audit.review.items import audit_items

    n_items = len(audit_items(audit))
    print(f"dossier: {pages} pagina's, {n_items} te beoordelen items (audit in {t_run:.1f} s)")
    at = _app(audits, dossiers, ann, did)
    t_open = _timed(at.run)
    assert not at.exception, [e.value for e in at.exception]
    t_again = _timed(at.run)
    print(f"openen (eerste keer; het dossier wordt op de achtergrond gelezen): {t_open:.2f} s; "
          f"opnieuw tekenen: {t_again:.2f} s")
    t_read = _timed(lambda: _wait_for_text(at, did))
    print(f"omringende tekst beschikbaar na nog {t_read:.1f} s (lezen van {pages} pagina's op de achtergrond)")
    if not (at.session_state["focus"] if "focus" in at.session_state else ""):
        at.button(key="next").click().run()
    times = _decide(at, did, args.decisions)
    if times:
        print(f"per beslissing ({len(times)}): mediaan {statistics.median(times):.2f} s, "
              f"max {max(times):.2f} s, gemiddeld {statistics.mean(times):.2f} s")
    print(f"elementen op de pagina: {_count(at.main)}")
    print(f"map: {root}")


if __name__ == "__main__":
    main()
