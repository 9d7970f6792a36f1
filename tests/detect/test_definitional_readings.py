"""Readings whose acceptance by the rules is definitional, so a learned model may not veto them (hard
accepts, the mirror of the hard vetoes): a trigger read from the file's structure (a code its legend
defines, a form's answer field) and a form field whose label names the event and is answered yes. Also
two retrospective records the rules now read themselves: a field "Vorige check: <date>" and a check
noted in brackets after its date in a list. Every sentence is written for this test."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from audit.config import load_config
from audit.detect import all_candidates, learn_facts
from audit.detect.candidates import Candidate
from audit.detect.decision import decide, is_hard_accepted
from audit.detect.form_fields import label_answer
from audit.ml.decision_model import DecisionModel
from audit.ml.sentence_classifier import SentenceModels
from audit.pipeline import analyse, audit_dossier
from audit.read import load_dossier
from audit.types import DossierContext, Evidence, Finding

AS_OF = dt.date(2025, 6, 1)
RULES_ONLY = ["detect.decision_layer=0"]
PLAN = "Hulpverleningsplan\nPleegkind: Noor Bakker\nPleeggezin: Els en Wim Visser\nStart plaatsing: 01-03-2022\n"
LEGEND = ("Journaal pleegzorg - Daan Smits (geb. 02-03-2014)\nCodes:\nKG   = kindgesprek Daan (zonder pleegouders)\n"
          "HB   = huisbezoek pleeggezin\nPOG  = gesprek met pleegouders\n\n")


class _Sure(DecisionModel):
    """A stand-in model that is sure nothing is an event."""

    def __init__(self) -> None:
        super().__init__({})

    def probabilities(self, kind, texts):
        return [0.01] * len(texts)


def _write(folder: Path, files: dict[str, str]):
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return load_dossier(folder)


def _candidates(folder: Path, nlp, files: dict[str, str], field: str) -> list[Candidate]:
    dossier = _write(folder, files)
    ctx = DossierContext(dossier, analyse(dossier, nlp), AS_OF, load_config())
    learn_facts(ctx)
    return all_candidates(ctx, SentenceModels.load())[field]


def _rules(folder: Path, nlp, files: dict[str, str]) -> dict:
    return audit_dossier(_write(folder, files), AS_OF, load_config(overrides=RULES_ONLY), nlp)


@pytest.mark.parametrize("line, expected", [
    ("Gesprek met pleegkind zonder pleegouders: X ja - nee, duur: 20 min", True),
    ("Gesprek met pleegkind zonder pleegouders: ☒ ja ☐ nee", True),
    ("Kind alleen gesproken: ja, op haar kamer", True),
    ("Kind alleen gesproken | ja", True),
    ("Gesprek met pleegkind zonder pleegouders: ☐ ja ☒ nee", False),
    ("Gesprek met pleegkind zonder pleegouders: ☐ ja ☐ nee", False),
    ("Kind alleen gesproken: nee (ziek)", False),
    ("Kind alleen gesproken: n.v.t.", False),
    ("Kind alleen gesproken: zie verslag hieronder", None),  # no yes or no
    ("Pleegouders aanwezig bij gesprek: ja", None),  # who else was there, not whether it happened
    ("12-03-2025 | kind alleen gesproken: ja", None),  # a journal row, no form label
])
def test_what_a_form_field_answers(line, expected):
    start = next(line.find(w) for w in ("zonder", "alleen", "aanwezig") if w in line)
    assert label_answer(line, start, start + 6) is expected


def _cand(signals: list[str], rule_ok: bool = True) -> Candidate:
    ev = Evidence("j.txt", None, 0, 5, "zin")
    return Candidate(Finding("one_on_one_contact", "2025-01-01", "day", [ev], 0.85, "one_on_one:triggers"),
                     rule_ok, signals)


def test_a_hard_accept_keeps_what_the_rules_accept_and_a_hard_veto_still_wins():
    sure, prose, rejected, vetoed = (_cand(["form=yes"]), _cand([]), _cand(["read=structure"], rule_ok=False),
                                     _cand(["read=structure", "veto=form_no"], rule_ok=False))
    kept = decide("one_on_one_contact", [sure, prose, rejected, vetoed], {}, _Sure(), (0.5, 0.3))
    assert kept == [sure]  # the model's 0.01 vetoes the prose reading, not the form's yes
    # listed as evidence, with the model's doubt in its confidence: under the norms' minimum (0.5) it is not counted
    assert sure.finding.confidence == round((0.01 + 0.85) / 2, 3)
    assert is_hard_accepted(["cue=apart", "read=structure"]) and not is_hard_accepted(["cue=apart", "form"])


def test_a_form_answered_yes_and_a_coded_line_are_read_as_definitional(tmp_path, nlp):
    form = ("Contactformulier\nPleegkind: Noor Bakker\nDatum: 04-02-2025\n"
            "Gesprek met pleegkind zonder pleegouders: X ja - nee, duur: 20 min, waar: haar kamer\n")
    talks = _candidates(tmp_path / "F", nlp, {"plan.txt": PLAN, "contact.txt": form}, "one_on_one_contacts")
    assert any(c.rule_ok and "form=yes" in c.signals for c in talks)
    journal = LEGEND + "03-02-25 KG\n11-03-25 POG – gesprek over de zomervakantie.\n"
    coded = _candidates(tmp_path / "C", nlp, {"journaal.txt": journal}, "one_on_one_contacts")
    assert [c.finding.date for c in coded if "read=structure" in c.signals and c.rule_ok] == ["2025-02-03"]
    # a trigger word in prose is no structural reading
    prose = _candidates(tmp_path / "P", nlp, {"plan.txt": PLAN, "journaal.txt": "Journaal\n\n04-02-2025 Huisbezoek\n"
                                              "Met Noor apart gesproken op haar kamer.\n"}, "one_on_one_contacts")
    assert prose and not any("read=structure" in c.signals or "form=yes" in c.signals for c in prose)


FORM = ("VEILIGHEIDSCHECK PLEEGGEZIN\nPleegkind: Noor Bakker\nDatum uitvoering: 04-02-2025\n"
        "{line}\n\nGesprek met Noor\nNoor vertelt op haar kamer wat ze fijn vindt thuis.\n")


@pytest.mark.parametrize("line, dates", [
    ("Vorige check: 12-01-2024 (toen zonder Noor, zij had zwemles)", ["2024-01-12", "2025-02-04"]),
    ("Vorige check: 24-09-2023 (met PO).", ["2023-09-24", "2025-02-04"]),
    ("Laatste veiligheidscheck: 24-09-2023", ["2023-09-24", "2025-02-04"]),
    ("- Vorige checklist: 03-10-2024, met pleegouders", ["2024-10-03", "2025-02-04"]),
    # prose about the previous check, or a field that gives no date: no check on a date of its own
    ("De vorige check was op 12-01-2024 volgens pleegmoeder, dat weet ze niet zeker.", ["2025-02-04"]),
    ("Vorige check: zie dossier 2024", ["2025-02-04"]),
    ("Opmerking over de vorige check: 12-01-2024 was te laat.", ["2025-02-04"]),
])
def test_a_field_that_dates_the_previous_check_is_a_check_on_that_date(tmp_path, nlp, line, dates):
    found = _rules(tmp_path / "V", nlp, {"plan.txt": PLAN, "veiligheidscheck.txt": FORM.format(line=line)})
    assert sorted(c["date"] for c in found["safety_checks"]) == dates


REPORT = "Voortgangsrapportage pleegzorg\nJeugdige: Sem Bakker\nPleegouders: Ineke en Jan de Boer\n\n3. Contacten\n{line}\n"


@pytest.mark.parametrize("line, dates", [
    ("Huisbezoeken: 2 oktober 2024 (kennismaking),\n12 maart 2025 (veiligheidscheck met Sem en pleegouders).", ["2025-03-12"]),
    ("12 maart 2025 (veiligheidscheck, Sem apart gesproken) en 21 mei 2025 (evaluatie).", ["2025-03-12"]),
    # planned, or called off in its own brackets: nothing was carried out
    ("Gepland: 12 mei 2025 (veiligheidscheck) en 30 mei 2025 (evaluatie).", []),
    ("12 maart 2025 (veiligheidscheck gaat niet door, Sem ziek).", []),
    ("12 maart 2025: veiligheidscheck besproken als aandachtspunt.", []),  # no brackets after the date
])
def test_a_check_noted_in_brackets_after_its_date_was_carried_out(tmp_path, nlp, line, dates):
    found = _rules(tmp_path / "R", nlp, {"voortgangsrapportage.txt": REPORT.format(line=line)})
    assert sorted(c["date"] for c in found["safety_checks"]) == dates

