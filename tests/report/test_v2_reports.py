"""The reports carry schema version 2: the new findings with their evidence, and all 13 norms everywhere."""
from __future__ import annotations

import csv
import html
import io
import re

import pytest
from openpyxl import load_workbook

from audit.norms import NORM_NAMES
from audit.report.csv_nl import write_samenvatting
from audit.report.html import render_dossier, render_overview
from audit.report.labels import NORM_TITLE, norm_question
from audit.report.timeline import timeline
from audit.report.write import write_summary
from audit.report.xlsx import write_workbook
from tests.report.conftest import ATTACK, _ev, _finding, make_audit

VISIT = f"Huisbezoek {ATTACK} bij het pleeggezin, onaangekondigd."


def v2_audit(dossier_id: str = "TST-0201") -> dict:
    """A fake audit with one finding of every new kind (norm details name what each verdict rests on)."""
    a = make_audit(dossier_id)
    a["home_visits"] = [_finding("h1", "home_visit", "2025-04-02", VISIT, page=4, unannounced=True,
                                 file="journaal.txt")]
    a["care_team_meetings"] = [_finding("t1", "care_team_meeting", "2021-05-01", "Zorgteam kwam bijeen.")]
    a["sexual_development"] = [_finding("x1", "sexual_development", "2025-01-10", "Gesprek over puberteit.")]
    a["goal_evaluations"] = [_finding("e1", "goal_evaluation", "2025-02-10", "Doelen geëvalueerd met gezin.")]
    change = _finding("c1", "household_change", "2024-06-01", "Sinds juni woont neef Kasper (23) in het gezin.")
    later = _finding("c2", "household_change", "2024-12-01", "Pleegmoeder is verhuisd.")
    rescreen = _finding("r1", "rescreening", "2024-07-10", "Herscreening afgerond op 10 juli 2024.")
    ref = lambda f: {"finding_id": f["finding_id"], "date": f["date"], "file": "journaal.txt",  # noqa: E731
                     "quote": f["evidence"][0]["sentence"]}
    a["rescreening"] = {"change": ref(change), "rescreened": ref(rescreen), "changes": [change, later],
                        "rescreenings": [rescreen]}
    a["support_figure"].update(documented=True, evidence=[_ev("Sanne noemt tante Ria als steunfiguur.")],
                               file="journaal.txt", quote="Sanne noemt tante Ria als steunfiguur.")
    a["vgb"].update(complete=False, missing=["Jelmer (19)", f"Kasper {ATTACK}"], adults=["pleegmoeder", "Jelmer (19)"],
                    evidence=[_ev("De VGB van Jelmer ontbreekt nog.", "rapportage.pdf", 2)], file="rapportage.pdf",
                    quote="De VGB van Jelmer ontbreekt nog.")
    findings = {"home_visit_last12m": ["h1"], "care_team_formed": ["t1"], "rescreening_after_change": ["c1", "r1"],
                "support_figure_documented": ["sf1"], "vgb_complete": ["v1"]}
    for name, ids in findings.items():
        a["norm_details"][name]["findings"] = ids
    a["norm_details"]["vgb_complete"]["explanation"] = "Geen VGB vastgelegd voor: Jelmer (19)."
    return a


@pytest.fixture
def page() -> str:
    return render_dossier(v2_audit())


def _section(page: str, anchor: str) -> str:
    start = page.index(f'id="{anchor}"')
    return page[start:page.index("</ol>", start)]


def test_home_visit_sentence_escaped_with_location_and_flag(page: str) -> None:
    visits = _section(page, "s-home_visits")
    assert ATTACK not in page
    assert "Huisbezoek &lt;script&gt;alert(1)&lt;/script&gt; bij het pleeggezin" in visits
    assert "Bron: journaal.txt, pagina 4" in visits and "onaangekondigd bezoek" in visits
    assert 'id="f-h1" class="counted"' in visits and "telt mee" in visits
    assert "Telt mee voor: Huisbezoek gedaan" in visits
    assert 'href="#f-h1"' in page  # the timeline links to it


def test_vgb_shows_who_has_none(page: str) -> None:
    vgb = _section(page, "s-vgb")
    assert "Niet voor alle volwassenen een VGB" in vgb
    assert "<strong>Zonder VGB:</strong> Jelmer (19), Kasper &lt;script&gt;" in vgb
    assert "<strong>Volwassenen in het pleeggezin:</strong> pleegmoeder, Jelmer (19)" in vgb
    assert "Bron: rapportage.pdf, pagina 2" in vgb


def test_rescreening_names_the_change_and_what_followed(page: str) -> None:
    changes = _section(page, "s-household_changes")
    assert "Beoordeeld wordt de verandering van 1 juni 2024. Daarna is het gezin opnieuw gescreend op 10 juli 2024." \
        in changes
    assert "dit is de verandering die beoordeeld wordt" in changes
    assert "alleen de eerste verandering na de laatste screening wordt beoordeeld" in changes  # c2
    assert "dit is de herscreening na de beoordeelde verandering" in _section(page, "s-rescreenings")


def test_other_new_sections_and_support_figure(page: str) -> None:
    assert "Steunfiguur of vertrouwenspersoon vastgelegd" in _section(page, "s-support_figure")
    assert "Zorgteam kwam bijeen." in _section(page, "s-care_team_meetings")  # 2021: counts since the placement
    assert "Gesprek over puberteit." in _section(page, "s-sexual_development")
    assert "Doelen geëvalueerd met gezin." in _section(page, "s-goal_evaluations")
    order = [page.index(f'id="s-{s}"') for s in ("home_visits", "support_figure", "care_team_meetings", "vgb",
                                                  "household_changes", "rescreenings", "sexual_development",
                                                  "goal_evaluations")]
    assert order == sorted(order) and page.index('id="bewijs"') < order[0]  # after the first six norms' evidence


def test_all_13_norms_with_their_explanation(page: str) -> None:
    table = page[page.index('id="oordeel"'):page.index('id="tijdlijn"')]
    rows = [html.unescape(t) for t in re.findall(r'<td class="norm"><strong>(.*?)</strong>', table)]
    assert rows == [NORM_TITLE[n] for n in NORM_NAMES] and len(rows) == 13
    assert "Geen VGB vastgelegd voor: Jelmer (19)." in table
    assert norm_question("vgb_complete", {}) in table


def test_timeline_has_a_row_per_new_kind() -> None:
    svg = str(timeline(v2_audit()).svg)
    for heading in ("Huisbezoeken", "Zorgteamoverleg", "Veranderingen in het pleeggezin", "Herscreeningen"):
        assert f">{heading}</text>" in svg
    old = make_audit()
    for name in ("home_visits", "care_team_meetings", "sexual_development", "goal_evaluations", "rescreening"):
        del old[name]
    assert "Huisbezoeken" not in str(timeline(old).svg)


def test_an_older_audit_has_no_further_section() -> None:
    old = make_audit()
    for name in ("home_visits", "care_team_meetings", "sexual_development", "goal_evaluations", "rescreening",
                 "support_figure", "vgb"):
        del old[name]
    page = render_dossier(old)
    assert 'id="verdere-normen"' not in page and 'id="s-matching_rationale"' in page


def test_overview_has_13_norm_columns() -> None:
    page = render_overview([v2_audit("TST-0201"), v2_audit("TST-0202")])
    matrix = page[page.index('class="matrix"'):]
    heads = [html.unescape(t) for t in re.findall(r'<th class="norm"><span>(.*?)</span></th>',
                                                  matrix[:matrix.index("</thead>")])]
    assert len(heads) == 13 and heads[6:] == [NORM_TITLE[n] for n in NORM_NAMES[6:]]


def test_workbook_has_13_norm_columns_and_the_new_findings(tmp_path) -> None:
    wb = load_workbook(write_workbook([v2_audit()], tmp_path))
    heads = [c.value for c in wb["Normen per dossier"][1]]
    assert [h for h in heads if h in NORM_TITLE.values()] == [NORM_TITLE[n] for n in NORM_NAMES]
    rows = [dict(zip([c.value for c in wb["Bevindingen"][1]], r))
            for r in wb["Bevindingen"].iter_rows(min_row=2, values_only=True)]
    visit = next(r for r in rows if r["Soort"] == "huisbezoek")
    assert visit["Toelichting"] == "onaangekondigd bezoek" and visit["Pagina"] == 4 and visit["Telt mee voor de norm"] == "ja"
    vgb = next(r for r in rows if r["Soort"] == "VGB")
    assert "Zonder VGB: Jelmer (19)" in vgb["Toelichting"] and vgb["Telt mee voor de norm"] == "nee"
    kinds = {r["Soort"] for r in rows}
    assert {"zorgteamoverleg", "verandering in het pleeggezin", "herscreening", "steunfiguur",
            "aandacht seksuele ontwikkeling", "evaluatie van doelen"} <= kinds


def test_csv_files_have_13_norm_columns(tmp_path) -> None:
    raw = write_samenvatting([v2_audit()], tmp_path).read_bytes().decode("utf-8-sig")
    header = next(csv.reader(io.StringIO(raw), delimiter=";"))
    assert [h for h in header if h in NORM_TITLE.values()] == [NORM_TITLE[n] for n in NORM_NAMES]
    with write_summary([v2_audit()], tmp_path).open(encoding="utf-8") as fh:
        fields = next(csv.reader(fh))
    assert [f for f in fields if f in NORM_NAMES] == list(NORM_NAMES) and len(NORM_NAMES) == 13
