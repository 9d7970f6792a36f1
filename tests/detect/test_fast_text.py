"""``fast_text.predict_proba`` must give exactly scikit-learn's probabilities (the decision layer's confidence)."""
from __future__ import annotations

import numpy as np
import pytest

from audit.ml import fast_text
from audit.ml.decision_model import make_pipeline

TEXTS = [
    "rule=ok cue=apart || kop: 00-00-0000 Huisbezoek || Met KIND apart gesproken, PO waren boodschappen doen.",
    "rule=no negated || kop:  || Het is niet gelukt om KIND alleen te spreken.",
    "Veiligheidscheck gepland met PM en PV; ſ, İ, Ünïcode   en  dubbele   spaties.",
    "",
    "a",
    "ik   adviseer   GW:  vaste bedtijd",
]


@pytest.fixture(scope="module")
def pipeline():
    rng = np.random.default_rng(3)
    words = "kind apart gesproken pleegouders niet alleen advies gw check veiligheid morgen thuis".split()
    x = [" ".join(rng.choice(words, size=8)) for _ in range(60)]
    y = [int("apart" in t or "alleen" in t) for t in x]
    return make_pipeline().fit(x, np.asarray(y))


def test_same_probabilities_bit_for_bit(pipeline):
    texts = TEXTS + [t.upper() for t in TEXTS] + TEXTS  # repeats come from the row cache
    assert np.array_equal(fast_text.predict_proba(pipeline, texts), pipeline.predict_proba(texts))


def test_other_shapes_fall_back(pipeline):
    class Other:
        def predict_proba(self, texts):
            return np.full((len(texts), 2), 0.5)

    assert fast_text.predict_proba(Other(), ["x"]).tolist() == [[0.5, 0.5]]


def test_rows_counted_together_are_rows_counted_alone():
    import random

    from sklearn.feature_extraction.text import HashingVectorizer

    rng = random.Random(1)
    words = ["alleen", "gesproken", "met", "Lotte", "PO", "thuis", "één", "a", "12-03", "x.y", "", "  "]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 15))) for _ in range(300)] + ["", " ", "a"]
    for vec in (HashingVectorizer(analyzer="char_wb", ngram_range=(2, 4), alternate_sign=False, norm=None),
                HashingVectorizer(ngram_range=(1, 2), alternate_sign=False, norm=None)):
        together, alone = fast_text._Hasher(vec), fast_text._Hasher(vec)
        X = together.transform(texts)
        for i, text in enumerate(texts):
            cols, counts = alone.row(text)
            assert np.array_equal(X[i].indices, cols) and np.array_equal(X[i].data, counts)
            assert together.rows[text][0].dtype == cols.dtype and together.rows[text][1].dtype == counts.dtype


def test_row_cache_is_emptied_for_each_dossier(pipeline, tmp_path, nlp):
    """Rows serve one dossier: a cache kept over a run grew ~1 MiB a dossier (issue 13: flat memory)."""
    import datetime as dt

    from audit.config import load_config
    from audit.pipeline import audit_dossier
    from audit.read import load_dossier

    before = fast_text.predict_proba(pipeline, TEXTS)
    hashers = [h for h, _ in fast_text._plan(pipeline).parts]
    assert all(TEXTS[0] in h.rows for h in hashers)
    folder = tmp_path / "DOS-1"
    folder.mkdir()
    (folder / "journaal.txt").write_text("12-03-2025 | Contact | PZB\nMet Lotte apart gesproken.\n", encoding="utf-8")
    audit_dossier(load_dossier(folder), dt.date(2025, 6, 1), load_config(), nlp)
    assert not any(TEXTS[0] in h.rows for h in hashers)  # the dossier's own rows may be there, not ours
    assert np.array_equal(fast_text.predict_proba(pipeline, TEXTS), before)
