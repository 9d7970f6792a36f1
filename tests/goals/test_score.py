"""Goal scoring: each criterion both ways, the inspection's anchors, rules-only fallback, safe model loading."""
from __future__ import annotations

import pytest

from audit.ml import goal_model as gm
from audit.ml.skops_io import UntrustedModelFile
from audit.goals.score import score_goal

INSPECTION = [
    "Pleegouder biedt een stabiele omgeving aan het pleegkind",
    "Grootouder kan de jeugdige met een gerust hart in het pleeggezin achterlaten.",
]
CONCRETE = ("Sanne (9) gaat vóór 1 juli 2025 drie keer per week zelfstandig naar school; "
            "PO evalueert dit met PZB in het zorgteamoverleg")


@pytest.mark.parametrize("use_model", [True, False])
@pytest.mark.parametrize("text", INSPECTION)
def test_inspection_examples_are_vague(text: str, use_model: bool) -> None:
    s = score_goal(text, model=gm.default_model() if use_model else None)
    assert s.concreteness <= 0.4
    assert s.criteria["actor"].value  # somebody acts, but nothing concrete
    assert not s.criteria["time_bound"].value
    assert s.hint.startswith("Maak specifiek")


@pytest.mark.parametrize("use_model", [True, False])
def test_concrete_example(use_model: bool) -> None:
    s = score_goal(CONCRETE, model=gm.default_model() if use_model else None)
    assert s.concreteness >= 0.8
    assert "vóór 1 juli 2025" in s.criteria["time_bound"].cues
    assert "Sanne" in s.criteria["actor"].cues


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Fenna (4) fietst zonder zijwieltjes naar de kinderboerderij", True),
        ("Fenna voelt zich veilig en prettig in het pleeggezin", False),
        ("Pleegouders ervaren de opvoeding van Fenna als haalbaar", False),  # a perception, no behaviour
    ],
)
def test_specific(text: str, expected: bool) -> None:
    assert score_goal(text).criteria["specific"].value is expected


@pytest.mark.parametrize(
    "text, expected, cue",
    [
        ("Jurre ruimt vier keer per week zijn kamer op", True, "vier keer"),
        ("Jurre maakt zijn huiswerk zonder hulp", True, "zonder hulp"),
        ("Jurre heeft geen schorsingen meer", True, None),
        ("Jurre gaat regelmatig naar de sportclub", False, None),
    ],
)
def test_measurable(text: str, expected: bool, cue: str | None) -> None:
    c = score_goal(text).criteria["measurable"]
    assert c.value is expected
    if cue:
        assert cue in c.cues


@pytest.mark.parametrize(
    "text, termijn, expected",
    [
        ("Pleegmoeder meldt Ties aan bij de logopedie binnen 3 maanden", None, True),
        ("Ties zwemt bij de evaluatie in september zonder bandjes", None, True),
        ("Ties haalt het eind van het schooljaar een voldoende voor rekenen", None, True),
        ("Ties gaat in de komende periode naar de logopedie", None, False),
        ("Ties gaat naar de logopedie", "1 maart 2026", True),
        ("Ties gaat naar de logopedie", "doorlopend", False),
    ],
)
def test_time_bound(text: str, termijn: str | None, expected: bool) -> None:
    c = score_goal(text, termijn=termijn).criteria["time_bound"]
    assert c.value is expected
    assert c.source == "rule"
    if termijn and expected:
        assert c.cues == [f"Termijn: {termijn}"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mees gaat beter om met zijn boosheid", True),
        ("Het contact met moeder verloopt goed", False),
        ("Er wordt gewerkt aan de hechting van Lotte", False),
        ("Moeder wordt ontlast", False),
        ("Vóór de zomervakantie belt Wessel elke zondag met zijn vader", True),
        ("Verbeteren van de band tussen Noa en pleegvader", False),
        ("PV en oma brengen Noa om de week naar de scouting", True),
        ("Er wordt door de PZB een aanmelding gedaan bij de GGZ", True),
    ],
)
def test_actor(text: str, expected: bool) -> None:
    assert score_goal(text).criteria["actor"].value is expected


def test_actor_from_wie_column() -> None:
    c = score_goal("Aanmelding bij de logopedie", wie="PO").criteria["actor"]
    assert c.value and c.cues == ["Wie: PO"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Milou speelt twee keer per week na school met een klasgenootje", True),
        ("Milou ziet haar moeder elke twee weken een uur op kantoor", True),
        ("Pleegouders ervaren minder opvoedingsbelasting", False),
        ("Pleegouders leveren vóór 1 mei hun VOG in", False),
    ],
)
def test_development_oriented(text: str, expected: bool) -> None:
    assert score_goal(text).criteria["development_oriented"].value is expected


def test_concreteness_is_mean_and_hint_dutch() -> None:
    s = score_goal("Het contact met moeder verloopt goed")
    assert s.concreteness == round(sum(c.value for c in s.criteria.values()) / 5, 2)
    assert "Noem een termijn" in s.hint and "Noem wie" in s.hint


def test_rules_only_says_so() -> None:
    s = score_goal("Jurre maakt elke dag zijn huiswerk", model=None)
    assert {c.source for c in s.criteria.values()} == {"rule"}


def test_model_used_when_present() -> None:
    assert gm.default_model() is not None, "models/goal_model.skops missing: run python -m audit.goals.train"
    s = score_goal("Jurre voelt zich prettig op school")
    assert s.criteria["specific"].source == "model"


def test_model_roundtrip_and_untrusted_refused(tmp_path) -> None:
    import skops.io as sio
    from sklearn.svm import SVC

    recs = [
        {"text": t, "specific": s, "measurable": s, "time_bound": False, "actor": True, "development_oriented": s}
        for t, s in [("Bas fietst elke dag naar school", True), ("Bas voelt zich goed", False),
                     ("Bas leest drie boeken per maand", True), ("Bas is stabiel", False)]
    ]
    m = gm.fit_goal_model(recs, criteria=("specific",))
    p = gm.save(m, tmp_path / "m.skops")
    m2 = gm.load(p)
    assert set(m2.pipelines) == {"specific"}
    bad = tmp_path / "bad.skops"
    sio.dump({"pipelines": {"specific": SVC()}, "meta": {}}, bad)
    with pytest.raises(UntrustedModelFile):
        gm.load(bad)
