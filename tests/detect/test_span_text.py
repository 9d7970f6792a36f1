"""``span_text``: the sentence sliced from the file's text is spaCy's ``Span.text``."""
from __future__ import annotations

from pathlib import Path

from audit.detect.dating import span_text
from audit.pipeline import for_analysis, analyse
from audit.read import load_dossier

ROOT = Path(__file__).resolve().parents[2]


def test_span_text_is_spans_text(tmp_path: Path, nlp) -> None:
    folder = tmp_path / "DOS-1"
    folder.mkdir()
    (folder / "journaal.txt").write_text(
        "Journaal\nJeugdige: Fenna B.\n\n12-03-2024 Met Fenna apart gesproken, PO  waren\tbeneden. "
        "Dhr. H. de Vries d.d. 4-3: 't Gaat goed!\n\n  13-03-2024 | tel | PZB:  Fenna alleen gesproken.  \n",
        encoding="utf-8")
    for adoc in analyse(for_analysis(load_dossier(folder)), nlp):
        spans = list(adoc.doc.sents) + [adoc.doc[i : i + 3] for i in range(len(adoc.doc) - 3)]
        assert spans
        for span in spans:
            assert span_text(adoc, span) == span.text
