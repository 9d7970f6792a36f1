"""Point 8 of issue 14: one output per dossier, never overwritten; names printed escaped."""
from __future__ import annotations

import csv
import json
import logging
from pathlib import Path

from audit.cli import main
from audit.cli._util import printable
from audit.read import iter_dossiers
from audit.read.dossier import UniqueIds, output_stem
from audit.report import page_name, safe_filename
from audit.types import Dossier


def test_colliding_folder_names_get_unique_outputs(tmp_path: Path, good_dossier, caplog) -> None:
    corpus = tmp_path / "corpus"
    for name in ("VLD+0104", "VLD_0104", "vld_0104"):
        good_dossier(corpus / name)
    out = tmp_path / "out"
    with caplog.at_level(logging.WARNING):
        assert main(["run", str(corpus), "--out", str(out), "--as-of", "2025-06-01", "--no-progress",
                     "--pipeline", "embedded"]) == 0
    jsons = sorted(out.glob("*.json"))
    ids = sorted(json.loads(p.read_text("utf-8"))["dossier_id"] for p in jsons)
    assert len(jsons) == 3 and len(set(ids)) == 3
    assert {p.stem.casefold() for p in jsons} == {safe_filename(i).casefold() for i in ids}
    rows = list(csv.DictReader((out / "summary.csv").open(encoding="utf-8")))
    assert sorted(r["dossier_id"] for r in rows) == ids  # one row per JSON file
    pages = {p.name for p in out.glob("*.html")} - {"index.html"}
    assert pages == {page_name(i) for i in ids}
    messages = [r.getMessage() for r in caplog.records]
    assert sum("dezelfde uitvoernaam" in m and "niets overschreven" in m for m in messages) == 2


def test_unique_ids_suffixes_in_order() -> None:
    ids = UniqueIds()
    got = [ids.claim(Dossier(i, Path(i))).dossier_id for i in ("A+1", "A_1", "A/1", "A_1-2", "index", "index_dossier")]
    assert got == ["A+1", "A_1-2", "A/1-3", "A_1-2-2", "index", "index_dossier-2"]
    assert len({output_stem(i).casefold() for i in got}) == len(got)


def test_same_id_twice_in_nested_corpus(tmp_path: Path, good_dossier) -> None:
    good_dossier(tmp_path / "c" / "dev" / "RIV-1")
    good_dossier(tmp_path / "c" / "test" / "RIV-1")
    assert [d.dossier_id for d in iter_dossiers(tmp_path / "c")] == ["RIV-1", "RIV-1-2"]


def test_output_stem_is_safe() -> None:
    assert output_stem("VLD+0104") == "VLD_0104"
    assert output_stem("a\nb\x1b[31m\r") == "a_b__31m_"
    assert output_stem("../../etc/passwd") == "_.._etc_passwd"
    assert output_stem("...") == "dossier"
    long = output_stem("é" * 300)
    assert len(long.encode("utf-8")) <= 180 and output_stem("é" * 300) != output_stem("é" * 301)


def test_printable_escapes_terminal_controls() -> None:
    assert printable("a\nb\rc\x1b[31md\u202ee\u2028f") == "a\\nb\\rc\\x1b[31md\\u202ee\\u2028f"
    assert printable("gewone naam é.pdf") == "gewone naam é.pdf"
    assert printable("kapot\udcff.txt") == "kapot\\udcff.txt"


def test_usage_error_names_are_printed_escaped(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "a\nb\x1b[31m"
    assert main(["run", str(bad), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and err.count("\n") == 1 and "\\x1b[31m" in err
