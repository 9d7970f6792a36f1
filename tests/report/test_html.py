"""The HTML reports: self-contained (nothing fetched from anywhere), dossier text escaped, the facts shown."""
import re

import pytest

from audit.report.html import render_dossier, render_overview
from audit.report.timeline import months_before, timeline
from tests.report.conftest import ATTACK, make_audit

ATTRS = re.compile(r"""\b(?:src|href|xlink:href|action|poster|data|srcset)\s*=\s*["']?([^"'\s>]*)""", re.I)


def external_references(page: str) -> list[str]:
    """Everything in a page that would make the browser fetch something."""
    found = [m for m in ("http://", "https://", "<script", "@import", "<link", "<img", "<iframe", "<object",
                         "<embed", "ftp://") if m in page.lower()]
    found += [v for v in ATTRS.findall(page) if v.startswith("//") or re.match(r"[a-z][a-z0-9+.-]*:", v, re.I)]
    found += [u for u in re.findall(r"url\(\s*['\"]?([^)'\"]*)", page, re.I) if not u.startswith("#")]
    return found


def test_scanner_catches_external_references():
    page = '<img src="https://x/y.png"><a href="//cdn/x">a</a><style>@import "x.css"; b{background:url(x.png)}</style>'
    assert len(external_references(page)) >= 4
    assert external_references('<a href="RIV-1.html">x</a><a href="#f-o1">y</a>') == []


def test_dossier_page_is_self_contained_and_escapes_dossier_text(sample):
    page = render_dossier(sample[0])
    assert external_references(page) == []
    assert ATTACK not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'http-equiv="Content-Security-Policy"' in page


def test_overview_is_self_contained_and_escapes_ids(sample):
    sample[0]["dossier_id"] = f"ID{ATTACK}"
    page = render_overview(sample)
    assert external_references(page) == []
    assert ATTACK not in page and "ID&lt;script&gt;" in page


def test_dossier_page_shows_verdicts_reasons_and_peildatum(audit):
    page = render_dossier(audit)
    top = page[: page.index('id="tijdlijn"')]
    for word in ("voldoet niet", "voldoet", "n.v.t.", "1 juni 2025", "Kind apart gesproken"):
        assert word in top
    assert "tot en met 1 juni 2025, score 0,6" in top  # ISO date and decimal point written the Dutch way


def test_dossier_page_quotes_and_locates_evidence(audit):
    page = render_dossier(audit)
    assert "Kind apart gesproken op zijn kamer." in page
    assert "Bron: journaal.txt, pagina 3" in page  # the safety check's page
    assert 'id="f-o1"' in page and 'href="#f-o1"' in page  # timeline mark links to the quote
    assert "telt niet mee: buiten de laatste 12 maanden" in page  # o2 of 2023


def test_goals_show_criteria_score_and_hint(audit):
    page = render_dossier(audit)
    assert "Pleegouders bieden een stabiele omgeving." in page
    assert "✗ Specifiek" in page and "✓ Wie doet het" in page
    assert "(1 van 5 punten)" in page and "niet concreet genoeg" in page
    assert "Noem een termijn." in page


def test_unreadable_files_and_the_verdicts_they_make_na(sample):
    page = render_dossier(sample[1])
    assert "Niet alles kon gelezen worden" in page and "kapot.pdf" in page
    warning = page[page.index('id="niet-gelezen"'):page.index('id="tijdlijn"')]
    assert "Kind apart gesproken" in warning
    assert "Niet alles kon gelezen worden" not in render_dossier(sample[0])


def test_review_shown_only_when_present(audit):
    assert "Beoordeling door mensen" not in render_dossier(audit)
    assert "Beoordeling door mensen" not in render_overview([audit])
    audit.update(review_status="beoordeeld", reviewed=True, review={"reviewers": ["Anna"], "counts": {}})
    audit["norm_details"]["goals_concrete"].update(tool_verdict="fails", verdict="meets")
    audit["norms"]["goals_concrete"] = "meets"
    page = render_dossier(audit)
    assert "Beoordeling door mensen" in page and "Anna" in page and "Eerst door de tool: voldoet niet" in page
    overview = render_overview([audit])
    assert "Beoordeling door mensen" in overview and "Alleen de volledig beoordeelde dossiers" in overview


def test_overview_counts_shares_margins_and_links(sample):
    page = render_overview(sample)
    assert "Overzicht van de steekproef" in page
    assert "50%" in page and "9% – 91%" in page  # 1 of 2: Wilson 0.0945 .. 0.9055, shown rounded
    assert 'href="TST-0001.html"' in page and 'href="TST-0002.html"' in page
    assert page.count("<svg") == 3  # share chart, talks and goals histograms


@pytest.mark.parametrize("iso,back", [("2025-06-01", "2023-06-01"), ("2024-02-29", "2022-02-28")])
def test_months_before(iso, back):
    import datetime as dt

    assert months_before(dt.date.fromisoformat(iso), 24).isoformat() == back


def test_timeline_marks_window_and_hides_old_findings():
    t = timeline(make_audit())
    assert t.hidden == 1  # the talk of January 2023 is more than 24 months before the peildatum
    assert "laatste 12 maanden" in t.svg and "peildatum 1 juni 2025" in t.svg
    assert 'stroke="#c62828"' in t.svg  # safety check without the child heard: red outline
