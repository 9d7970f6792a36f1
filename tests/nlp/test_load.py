"""The embedded pipeline and the dossier sentencizer."""
import pytest

from audit import nlp as nlp_mod


def sents(nlp, text):
    return [s.text.strip() for s in nlp(text).sents]


def test_embedded_pipeline_is_recorded(nlp):
    info = nlp_mod.info(nlp)
    assert info.name == nlp_mod.EMBEDDED
    assert "dossier_audit_sentencizer" in nlp.pipe_names
    assert "lemmatizer" not in nlp.pipe_names  # nothing reads lemmas; it cost ~15% of the analysis


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gesproken i.v.m. school. Daarna naar huis.", ["Gesproken i.v.m. school.", "Daarna naar huis."]),
        ("Overleg met mw. Jansen o.a. over bezoek. Akkoord.", ["Overleg met mw. Jansen o.a. over bezoek.", "Akkoord."]),
        ("PZB R. de Vries belt. PM neemt op.", ["PZB R. de Vries belt.", "PM neemt op."]),
        ("Bezoek ca. 20 min. Ging goed.", ["Bezoek ca. 20 min.", "Ging goed."]),
        ("Huisbezoek\nKind vrolijk, speelt buiten\nPM moe", ["Huisbezoek", "Kind vrolijk, speelt buiten", "PM moe"]),
        ("- eerste punt\n- tweede punt", ["- eerste punt", "- tweede punt"]),
        ("Doel | Termijn | Wie", ["Doel |", "Termijn |", "Wie"]),
        ("Hoe gaat het? Goed!", ["Hoe gaat het?", "Goed!"]),
    ],
)
def test_sentence_boundaries(nlp, text, expected):
    assert sents(nlp, text) == expected


def test_dates_do_not_split(nlp):
    assert sents(nlp, "Op 12-03-2024 gesproken. Op 12 mrt. 2024 ook.") == ["Op 12-03-2024 gesproken.", "Op 12 mrt. 2024 ook."]


def test_no_rule_reads_lemmas():
    """The embedded pipeline has no lemmatizer, so no trigger or context pattern may ask for LEMMA."""
    from audit.resources import resource_json

    for name in ("event_triggers.json", "context_rules.json"):
        assert "LEMMA" not in str(resource_json(name)), name


def test_factory_available_through_entry_point():
    import spacy

    blank = spacy.blank("nl")
    blank.add_pipe("dossier_audit_sentencizer")
    assert [s.text for s in blank("Eén. Twee.").sents] == ["Eén.", "Twee."]


def test_installed_model_is_preferred_and_recorded(monkeypatch):
    """nl_core_news_md/sm cannot be downloaded here; simulate an installed one."""
    import spacy

    nlp_mod.load.cache_clear()
    monkeypatch.setattr(spacy.util, "is_package", lambda name: name == "nl_core_news_sm")
    monkeypatch.setattr(spacy, "load", lambda name, exclude=(): spacy.blank("nl"))
    try:
        nlp = nlp_mod.load()
        assert nlp_mod.info(nlp).name == "nl_core_news_sm"
        assert nlp.pipe_names[0] == "dossier_audit_sentencizer"
        assert "dossier_audit_triggers" in nlp.pipe_names and "dossier_audit_context" in nlp.pipe_names
    finally:
        nlp_mod.load.cache_clear()
