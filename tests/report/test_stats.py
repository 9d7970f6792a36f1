"""The sample figures: the Wilson interval against hand computation, and counting verdicts."""
import pytest

from audit.report.stats import changed_verdicts, concreteness_histogram, norm_figures, talks_histogram, wilson


def test_wilson_seven_of_ten_matches_hand_computation():
    # z = 1.959964; p = 0.7; centre = (0.7 + z²/20) / (1 + z²/10) = 0.64450;
    # half = z·sqrt(0.021 + z²/400) / (1 + z²/10) = 0.24772  ->  0.39678 .. 0.89221
    low, high = wilson(7, 10)
    assert low == pytest.approx(0.3968, abs=1e-4)
    assert high == pytest.approx(0.8922, abs=1e-4)


def test_wilson_at_the_edges_stays_inside_zero_one():
    low, high = wilson(0, 5)
    assert low == 0.0
    assert high == pytest.approx(0.4345, abs=1e-4)  # z²/(n + z²) = 3.8415 / 8.8415
    low, high = wilson(5, 5)
    assert low == pytest.approx(0.5655, abs=1e-4)
    assert high == 1.0


def test_wilson_other_confidence_and_bad_input():
    low90, high90 = wilson(7, 10, confidence=0.90)
    low95, high95 = wilson(7, 10)
    assert low95 < low90 < 0.7 < high90 < high95
    assert wilson(0, 0) is None
    with pytest.raises(ValueError):
        wilson(6, 5)


def test_norm_figures_leave_na_out_of_the_share(sample):
    figs = {f.name: f for f in norm_figures(sample)}
    one = figs["one_on_one_min3_last12m"]
    assert (len(one.meets), len(one.fails), len(one.na)) == (1, 1, 1)
    assert one.judged == 2 and one.share == 0.5
    assert one.interval == wilson(1, 2)
    advice = figs["behavioural_scientist_advice_documented"]
    assert advice.judged == 0 and advice.share is None and advice.interval is None


def test_histograms(sample):
    talks = dict(talks_histogram(sample))
    assert talks["1"] == 3 and sum(talks.values()) == 3
    goals = dict(concreteness_histogram(sample))
    assert goals["1,0"] == 3 and goals["0,2"] == 3


def test_changed_verdicts_only_from_reviewer_overrides(audit):
    assert changed_verdicts([audit]) == []
    audit["norm_details"]["goals_concrete"].update(tool_verdict="fails", verdict="meets")
    assert changed_verdicts([audit]) == [("TST-0001", "goals_concrete", "fails", "meets")]
