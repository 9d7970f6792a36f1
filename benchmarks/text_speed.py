"""Speed of the text stages on ~300k characters: date finding, and triggers + context.

Prints seconds (a benchmark, not a test: timings depend on the machine and its load).

    python benchmarks/text_speed.py
"""
from __future__ import annotations

import datetime as dt
import time

from audit.nlp import load
from audit.structure.dates import find_dates

ENTRY = (
    "12-03-2024 | Huisbezoek | PZB J. de Wit\n"
    "Huisbezoek om 11.40u, PM en PV thuis (3-4x p/w nachtmerries). Daarna met PK apart gesproken, "
    "volgende afspraak op 28-3. Dossiernr RIV/NW/21-0442, tel 06-12345678. Evaluatie in juni 2025, "
    "sinds 2019 in het gezin; bezoek moeder 12 mrt. '24 afgezegd. Kosten € 12,50.\n"
    "Met Fenna apart gesproken, PO waren boodschappen doen. Volgende keer spreek ik haar weer alleen. "
    "Veiligheidscheck gepland. Advies GW: vaste bedtijd.\n\n"
)


def main() -> None:
    text = ENTRY * (300_000 // len(ENTRY) + 1)
    t0 = time.perf_counter()
    dates = find_dates(text, context_date=dt.date(2024, 6, 1))
    t1 = time.perf_counter()
    nlp = load("embedded")
    t2 = time.perf_counter()
    doc = nlp(text)
    t3 = time.perf_counter()
    print(f"text: {len(text):,} characters")
    print(f"find_dates: {t1 - t0:.2f} s ({len(dates):,} dates)")
    print(f"embedded pipeline (sentencizer, lemmatizer, triggers, context): {t3 - t2:.2f} s "
          f"({len(doc.spans['dossier_audit_triggers']):,} triggers)")


if __name__ == "__main__":
    main()
