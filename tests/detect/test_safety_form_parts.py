"""A file of several parts around the yearly check: a reminder, an invitation, the foster parents'
preparation form, this year's check form and last year's attached. Paperwork before a check is no check;
each check form is dated by its own date field, not by the file's first date. Every form is written for
this test."""
from __future__ import annotations

import datetime as dt

from tests.pipelines import audit_files, event_dates

PLAN = ("Hulpverleningsplan\nPleegkind: Lotte Claassen\nPleegouders: Ad en Marloes Kuijten\n"
        "Start plaatsing: 01-03-2022\n")
FORM = ("Formulier VC-1 — Jaarlijkse veiligheidscheck pleeggezin\nPleegkind: Lotte Claassen\n"
        "Datum gesprek: {day}\nAanwezig: [X] pleegmoeder [X] pleegkind [X] pleegzorgbegeleider\n"
        "Pleegkind gesproken: [X] ja [ ] nee\nZo ja: [X] apart van pleegouders [ ] in bijzijn van pleegouder\n"
        "Wat zegt het pleegkind zelf?\nLotte voelt zich veilig.\nStatus formulier: [X] definitief [ ] concept\n"
        "Datum afgerond: {day}\n")
BUNDLE = ("Pleegzorg Kempenveld\nPlanbureau — herinnering jaarlijkse veiligheidscheck\nDatum: 03-03-2025\n"
          "De jaarlijkse veiligheidscheck staat gepland in week 14.\n\n"
          "Betreft: uitnodiging jaarlijkse veiligheidscheck\nGraag kom ik in week 14 bij jullie langs.\n\n"
          "Formulier VC-0 — Voorbereiding veiligheidscheck\nIn te vullen door pleegouders.\nDatum ingevuld: 28-03-2025\n"
          "1. Zijn er wijzigingen in het huishouden? [ ] ja [X] nee\n\n"
          + FORM.format(day="03-04-2025") + "\nBIJLAGE — kopie van vorig jaar (ter vergelijking)\n"
          + FORM.format(day="11-04-2024"))


def test_each_check_form_of_a_bundle_on_its_own_day(tmp_path, nlp):
    found = audit_files(tmp_path / "VCB-1", nlp, {"plan.txt": PLAN, "veiligheidscheck_2025.txt": BUNDLE},
                        dt.date(2025, 6, 1))
    assert sorted(event_dates(found, "safety_checks")) == ["2024-04-11", "2025-04-03"]


def test_a_single_form_keeps_its_date(tmp_path, nlp):
    found = audit_files(tmp_path / "VCB-2", nlp, {"plan.txt": PLAN, "veiligheidscheck.txt": FORM.format(day="03-04-2025")},
                        dt.date(2025, 6, 1))
    assert event_dates(found, "safety_checks") == ["2025-04-03"]
