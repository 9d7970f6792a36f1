"""Context qualifiers on event triggers: look-alikes are qualified, real events stay clear."""
from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest
from spacy.attrs import SENT_START
from spacy.language import Language

from audit.nlp.components import context, triggers  # noqa: F401  (registers the factories)
from audit.nlp.components.context import QUALIFIERS, blocking_qualifiers, is_clear
from tests.pipelines import detection_pipeline

_pipeline = detection_pipeline


CASES = json.loads((Path(__file__).resolve().parents[1] / "data" / "cases" / "context_cases.json").read_text("utf-8"))["cases"]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return _pipeline()


def _spans(doc, label):
    return [s for s in doc.spans[triggers.SPANS_KEY] if s.label_ == label]


def _describe(doc) -> str:
    return "; ".join(f"{s.text!r}/{s.label_}/{s._.qualifier_evidence}" for s in doc.spans[triggers.SPANS_KEY])


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:60] for c in CASES])
def test_context_case(nlp: Language, case: dict) -> None:
    doc = nlp(case["text"])
    spans = _spans(doc, case["label"])
    clear = [s for s in spans if is_clear(s)]
    expect = case["expect"]
    if expect == "clear":
        assert clear, _describe(doc)
    elif expect == "no_clear":
        assert not clear, _describe(doc)
    else:
        assert expect in QUALIFIERS
        assert any(expect in s._.qualifiers for s in spans), _describe(doc)
        assert not clear, _describe(doc)


def test_cases_cover_every_qualifier() -> None:
    assert {c["expect"] for c in CASES} >= set(QUALIFIERS) | {"clear", "no_clear"}


def test_zonder_po_is_a_cue_not_a_negation(nlp: Language) -> None:
    doc = nlp("Bij de bakker alleen gesproken met Fenna zonder PO.")
    spans = _spans(doc, "one_on_one_contact")
    assert {s._.cue for s in spans} >= {"alleen gesproken", "zonder PO"}
    assert all(is_clear(s) for s in spans), _describe(doc)


def test_evidence_names_the_trigger(nlp: Language) -> None:
    doc = nlp("Volgende keer spreek ik Fenna alleen.")
    (span,) = _spans(doc, "one_on_one_contact")
    assert span._.qualifiers == frozenset({"PLANNED"})
    assert ("PLANNED", "Volgende keer") in span._.qualifier_evidence


def test_foster_parent_present_blocks_only_one_on_one(nlp: Language) -> None:
    doc = nlp("Veiligheidscheck afgenomen samen met PM.")
    (span,) = _spans(doc, "safety_check")
    assert "FOSTER_PARENT_PRESENT" in span._.qualifiers
    assert is_clear(span)
    assert not is_clear(span, label="one_on_one_contact")


def test_other_child_blocks_child_spoken_not_the_check(nlp: Language) -> None:
    doc = nlp("Pleegzus Noor gevraagd met de drie huizen.")
    (span,) = _spans(doc, "safety_check")
    assert "OTHER_CHILD" in span._.qualifiers
    assert is_clear(span)
    assert not is_clear(span, label="child_spoken")


def test_blocking_table() -> None:
    assert "FOSTER_PARENT_PRESENT" not in blocking_qualifiers("safety_check")
    assert "FOSTER_PARENT_PRESENT" in blocking_qualifiers("one_on_one_contact")
    assert "OTHER_CHILD" in blocking_qualifiers("child_spoken")
    # advice about a sibling or another foster child is not advice about this child (SCHEMA)
    assert "OTHER_CHILD" in blocking_qualifiers("behavioural_scientist_advice")
    assert "OTHER_CHILD" not in blocking_qualifiers("safety_check")
    assert blocking_qualifiers("matching_rationale") >= {"NEGATED", "PLANNED", "CANCELLED", "HYPOTHETICAL",
                                                          "QUESTION", "POLICY"}


def test_is_clear_requires_the_component(nlp: Language) -> None:
    only_triggers = _pipeline(context_too=False)
    doc = only_triggers("Fenna apart gesproken.")
    (span,) = _spans(doc, "one_on_one_contact")
    with pytest.raises(ValueError):
        is_clear(span)


def test_scope_stays_within_the_sentence(nlp: Language) -> None:
    doc = nlp("Volgende keer wil ik ook met PO praten.\nFenna apart gesproken op haar kamer.")
    (span,) = _spans(doc, "one_on_one_contact")
    assert is_clear(span), _describe(doc)


def test_termination_ends_negation_scope(nlp: Language) -> None:
    doc = nlp("Vorige keer lukte het niet, maar nu Fenna wel apart gesproken.")
    (span,) = _spans(doc, "one_on_one_contact")
    assert is_clear(span), _describe(doc)


def test_not_only_but_also_is_pseudo(nlp: Language) -> None:
    doc = nlp("Niet alleen apart gesproken met Daan maar ook zijn schoolwerk bekeken.")
    spans = _spans(doc, "one_on_one_contact")
    assert spans and all("NEGATED" not in s._.qualifiers for s in spans), _describe(doc)


POLICY_PROSE = """Werkwijze contact met het pleegkind
Volgens de Richtlijn Pleegzorg spreekt de pleegzorgbegeleider ieder pleegkind minimaal drie keer per jaar apart, buiten aanwezigheid van de pleegouders.
Deze gesprekken vinden bij voorkeur plaats op een plek die het kind zelf kiest; een apart gesprek kan ook tijdens een wandeling of in de auto.
Jaarlijks wordt in elk pleeggezin een veiligheidscheck uitgevoerd; conform het kwaliteitskader wordt daarbij ook het kind zelf gevraagd, bijvoorbeeld met de drie huizen.
Indien er zorgen zijn over de veiligheid, wordt een risicotaxatie met LIRIK of ARIJ gedaan.
De gedragswetenschapper dient bij iedere plaatsing advies te geven over de match en wordt betrokken bij elke evaluatie.
Bij de matching wordt volgens het Handboek Methodisch Matchen afgewogen of het gezin past bij de behoeften van het kind; alternatieven worden daarbij altijd overwogen.
Wij streven ernaar elk kind onder vier ogen te spreken, zonder dat pleegouders erbij zijn.
"""


def test_policy_prose_yields_no_clear_triggers(nlp: Language) -> None:
    doc = nlp(POLICY_PROSE)
    spans = list(doc.spans[triggers.SPANS_KEY])
    assert len(spans) >= 8, "the prose should be full of look-alike triggers"
    clear = [s for s in spans if is_clear(s)]
    assert not clear, _describe(doc)


def test_qualifiers_are_frozensets_of_known_names(nlp: Language) -> None:
    doc = nlp(POLICY_PROSE)
    for span in doc.spans[triggers.SPANS_KEY]:
        assert isinstance(span._.qualifiers, frozenset)
        assert span._.qualifiers <= set(QUALIFIERS)
        assert {q for q, _ in span._.qualifier_evidence} == span._.qualifiers


def test_custom_spans_key(nlp: Language) -> None:
    own = _pipeline(spans_key="events")
    doc = own("Fenna niet apart gesproken.")
    (span,) = doc.spans["events"]
    assert span._.qualifiers == frozenset({"NEGATED"})


def test_large_text(nlp: Language) -> None:
    """~300k characters through triggers + context: every trigger qualified (speed: benchmarks/text_speed.py).

    Sentence starts are set in one array write: the point is our two components.
    """
    text = ("12-03-2024 | Huisbezoek | PZB\nMet Fenna apart gesproken, PO waren boodschappen doen. "
            "Volgende keer spreek ik haar weer alleen. Veiligheidscheck gepland. Advies GW: vaste bedtijd.\n"
            "PM vertelt dat het goed gaat op school en dat Fenna veel buiten speelt met vriendinnen.\n"
            "Moeder belt af voor het bezoek van zaterdag; Fenna reageert boos en wil niet naar bed.\n"
            "School meldt dat de rekentoets voldoende was en dat ze meer contact heeft met klasgenoten.\n")
    big = text * (300_000 // len(text))
    doc = nlp.make_doc(big)
    starts = numpy.array([[1 if i == 0 or "\n" in doc[i - 1].whitespace_ or doc[i - 1].text in {".", "|"}
                           else numpy.iinfo(numpy.uint64).max] for i in range(len(doc))], dtype="uint64")
    doc = doc.from_array([SENT_START], starts)
    doc = nlp.get_pipe("dossier_audit_context")(nlp.get_pipe("dossier_audit_triggers")(doc))
    spans = doc.spans[triggers.SPANS_KEY]
    assert len(spans) > 1000
    assert all(isinstance(s._.qualifiers, frozenset) for s in spans)


@pytest.mark.parametrize("text, label", [
    ("Noor noemt haar tante als degene bij wie ze terecht kan als het thuis even niet lukt.", "support_figure"),
    ("Fenna alleen gesproken wanneer pleegmoeder niet thuis was.", "one_on_one_contact"),
])
def test_a_negation_in_a_later_conditional_clause_negates_nothing_before_it(nlp: Language, text: str, label: str) -> None:
    """"als / wanneer / tenzij ... niet" after the event is that clause's own negation."""
    spans = _spans(nlp(text), label)
    assert spans and not any("NEGATED" in s._.qualifiers for s in spans), _describe(nlp(text))
