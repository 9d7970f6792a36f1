"""A journal whose entry headers are decorated and carry an aside and the author's initials ("=== 04-11-2024
=== Gesprek kind (school) === L. Scholten"): every such line opens an entry. Written for this test."""
from __future__ import annotations

from audit.read import read_file
from audit.structure import structure_document


def _entries(tmp_path, text: str) -> list[str]:
    path = tmp_path / "journaal.txt"
    path.write_text(text, encoding="utf-8")
    return [str(e.date.date) for e in structure_document(read_file(path)).entries]


def test_decorated_headers_with_asides_and_initials_open_entries(tmp_path):
    text = ("=== 14-10-2024 === Herscreening === L. Scholten\nHerscreening afgerond.\n\n"
            "=== 01-11-2024 === Huisbezoek (onaangekondigd) === L. Scholten\nOnaangekondigd huisbezoek.\n\n"
            "=== 04-11-2024 === Gesprek kind (school) === L. Scholten\nSem alleen gesproken op school.\n\n"
            "=== 11-12-2024 === Omgang / huisbezoek ouders === L. Scholten\nHuisbezoek bij ouders.\n")
    assert _entries(tmp_path, text) == ["2024-10-14", "2024-11-01", "2024-11-04", "2024-12-11"]


def test_a_long_sentence_with_a_date_is_still_no_header(tmp_path):
    text = ("=== 14-10-2024 === Herscreening === L. Scholten\nHerscreening afgerond.\n"
            "Op 01-11-2024 is de zitting bij de rechtbank, daar gaan Sem zijn ouders en de JB samen naartoe\n")
    assert _entries(tmp_path, text) == ["2024-10-14"]


def test_an_undecorated_line_with_an_aside_and_a_planned_date_is_no_header(tmp_path):
    text = ("03-09-2025 huisbezoek\nOverleg (met pleegouders en GW) 20-05-2025\nRoos alleen gesproken op haar kamer.\n")
    assert _entries(tmp_path, text) == ["2025-09-03"]
