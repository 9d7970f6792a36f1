"""Event trigger spans: recall over the many ways dossiers phrase the four events."""
from __future__ import annotations

import pytest
from spacy.language import Language

from audit.nlp.components import triggers
from audit.nlp.components.triggers import LABELS, SPANS_KEY
from tests.pipelines import detection_pipeline


_pipeline = detection_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return _pipeline(context_too=False)


POSITIVE = [
    # (text, label, substring that must be (part of) a trigger of that label)
    ("Met Fenna apart gesproken in de speeltuin.", "one_on_one_contact", "apart"),
    ("Daan apart genomen op zijn kamer.", "one_on_one_contact", "apart"),
    ("Apart gesprek met Milan na het eten.", "one_on_one_contact", "Apart"),
    ("Lotte alleen gesproken over haar vriendinnen.", "one_on_one_contact", "alleen"),
    ("Fenna alleen gezien op school.", "one_on_one_contact", "alleen"),
    ("Met Daan alleen in de auto gesproken.", "one_on_one_contact", "alleen"),
    ("Beeldbellen met Milan alleen.", "one_on_one_contact", "alleen"),
    ("Individueel gesprek met Lotte.", "one_on_one_contact", "Individueel"),
    ("Eén-op-één met Fenna naar de stad.", "one_on_one_contact", "Eén-op-één"),
    ("Daan 1 op 1 gesproken.", "one_on_one_contact", "1 op 1"),
    ("Milan 1:1 gesproken bij het voetbalveld.", "one_on_one_contact", "1:1"),
    ("Onder 4 ogen gesproken met Lotte.", "one_on_one_contact", "Onder 4 ogen"),
    ("Gesprek met Fenna zonder pleegouders erbij.", "one_on_one_contact", "zonder pleegouders"),
    ("Met Daan gesproken zonder PO.", "one_on_one_contact", "zonder PO"),
    ("Milan gesproken buiten het bijzijn van PM.", "one_on_one_contact", "buiten het bijzijn van PM"),
    ("PO waren niet aanwezig bij het gesprek met Lotte.", "one_on_one_contact", "PO waren niet aanwezig"),
    ("Fenna gesproken op haar kamer, PO bleven beneden.", "one_on_one_contact", "PO bleven beneden"),
    ("Veiligheidscheck afgenomen bij het gezin.", "safety_check", "Veiligheidscheck"),
    ("Veiligheidschecklist doorgenomen met PV.", "safety_check", "Veiligheidschecklist"),
    ("Veiligheidsscan ingevuld.", "safety_check", "Veiligheidsscan"),
    ("Risicotaxatie gedaan na de melding.", "safety_check", "Risicotaxatie"),
    ("LIRIK afgenomen met JB.", "safety_check", "LIRIK"),
    ("ARIJ-lijst ingevuld.", "safety_check", "ARIJ-lijst"),
    ("Gewerkt met Signs of Safety.", "safety_check", "Signs of Safety"),
    ("Vlaggensysteem besproken met PO.", "safety_check", "Vlaggensysteem"),
    ("Met Daan de drie huizen getekend.", "safety_check", "drie huizen"),
    ("Veiligheidsinstrument ingezet.", "safety_check", "Veiligheidsinstrument"),
    ("Jaarlijkse check gedaan.", "safety_check", "Jaarlijkse check"),
    ("Advies GW: dagritme vasthouden.", "behavioural_scientist_advice", "GW"),
    ("GW adviseert vaste bezoektijden.", "behavioural_scientist_advice", "GW"),
    ("Overleg gehad met de orthopedagoog over Milan.", "behavioural_scientist_advice", "orthopedagoog"),
    ("Psycholoog geconsulteerd over het slaapprobleem.", "behavioural_scientist_advice", "Psycholoog"),
    ("Casus besproken met gedragswetenschapper.", "behavioural_scientist_advice", "gedragswetenschapper"),
    ("GW-advies ontvangen per mail.", "behavioural_scientist_advice", "GW-advies"),
    ("GW T. Jansen: advies om contact te beperken.", "behavioural_scientist_advice", "GW"),
    ("Gekozen voor dit gezin omdat zij ervaring hebben met hechtingsproblemen.", "matching_rationale", "Gekozen voor dit gezin omdat"),
    ("Het pleeggezin past goed bij Lotte.", "matching_rationale", "past goed bij"),
    ("De werkwijze van het gezin sluit aan bij wat Daan nodig heeft.", "matching_rationale", "sluit aan bij"),
    ("Goede match vanwege de rust in huis.", "matching_rationale", "match"),
    ("Alternatieven overwogen: gezinshuis.", "matching_rationale", "Alternatieven"),
    ("Risico's afgewogen bij de keuze.", "matching_rationale", "Risico's afgewogen"),
    ("Matching volgens het Handboek Methodisch Matchen.", "matching_rationale", "Methodisch Matchen"),
]


@pytest.mark.parametrize("text,label,cue_text", POSITIVE, ids=[p[0][:50] for p in POSITIVE])
def test_trigger_found(nlp: Language, text: str, label: str, cue_text: str) -> None:
    doc = nlp(text)
    spans = [s for s in doc.spans[SPANS_KEY] if s.label_ == label]
    start = text.index(cue_text)
    end = start + len(cue_text)
    assert any(s.start_char < end and start < s.end_char for s in spans), \
        [(s.text, s.label_) for s in doc.spans[SPANS_KEY]]
    assert all(s._.cue for s in spans)


NEGATIVE = [
    # ordinary sentences with the words but no event of that kind
    ("Fenna is een apart kind met een eigen smaak.", "one_on_one_contact"),
    ("Alleen telefonisch contact gehad met PM.", "one_on_one_contact"),
    ("Daan speelt alleen op zaterdag voetbal.", "one_on_one_contact"),
    ("Po gaat naar de winkel.", "one_on_one_contact"),
    ("Zonder PO naar oma geweest in de vakantie.", "one_on_one_contact"),
    ("Veiligheid in huis is goed, rookmelders hangen.", "safety_check"),
    ("Arij, de buurman, komt vaak langs.", "safety_check"),
    ("GW: A. Pietersen, orthopedagoog", "behavioural_scientist_advice"),
    ("Lotte past de nieuwe schoenen.", "matching_rationale"),
    ("Kind is geplaatst bij fam. De Vries.", "matching_rationale"),
]


@pytest.mark.parametrize("text,label", NEGATIVE, ids=[n[0][:50] for n in NEGATIVE])
def test_no_trigger(nlp: Language, text: str, label: str) -> None:
    doc = nlp(text)
    assert not [s.text for s in doc.spans[SPANS_KEY] if s.label_ == label]


def test_case_sensitive_abbreviations(nlp: Language) -> None:
    upper = nlp("Met Fenna gesproken zonder PO.")
    lower = nlp("Met Fenna gesproken zonder po.")
    assert any(s._.cue == "zonder PO" for s in upper.spans[SPANS_KEY])
    assert not any(s._.cue == "zonder PO" for s in lower.spans[SPANS_KEY])


def test_triggers_stay_in_their_sentence(nlp: Language) -> None:
    doc = nlp("Fenna ging apart zitten.\nGesprek met PM over school.")
    assert not [s for s in doc.spans[SPANS_KEY] if s.label_ == "one_on_one_contact"]


def test_labels_and_rule_file() -> None:
    data = triggers.default_rules()
    assert {t["label"] for t in data["triggers"]} == set(LABELS)
    assert all(t["cue"] and t["patterns"] for t in data["triggers"])


def test_factory_config_spans_key() -> None:
    nlp = _pipeline(spans_key="x", context_too=False)
    doc = nlp("Onder vier ogen gesproken.")
    assert [s.label_ for s in doc.spans["x"]] == ["one_on_one_contact"]
