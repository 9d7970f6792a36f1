"""The stand-alone `goals` sub-command."""
from __future__ import annotations

import argparse
import io
import json

from audit.cli.goals import add_parser, run


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="dossier-audit")
    sub = parser.add_subparsers(dest="command", required=True)
    add_parser(sub)
    return parser.parse_args(["goals", *argv])


def test_table_output() -> None:
    out = io.StringIO()
    rc = run(_parse(["Pleegouder biedt een stabiele omgeving aan het pleegkind"]), out=out)
    text = out.getvalue()
    assert rc == 0
    assert "✗ specifiek" in text and "✓ wie" in text and "Concreetheid: 0.20" in text and "Tip: Maak specifiek" in text


def test_file_and_json(tmp_path) -> None:
    f = tmp_path / "doelen.txt"
    f.write_text("# commentaar\nTeun fietst vóór 1 mei 2026 elke dag zelf naar school\n\nMoeder wordt ontlast\n", "utf-8")
    out = io.StringIO()
    assert run(_parse(["--file", str(f), "--json"]), out=out) == 0
    data = json.loads(out.getvalue())
    assert [g["text"] for g in data["goals"]] == ["Teun fietst vóór 1 mei 2026 elke dag zelf naar school", "Moeder wordt ontlast"]
    assert data["goals"][0]["criteria"]["time_bound"]["value"] is True
    assert data["goals"][1]["criteria"]["actor"]["value"] is False


def test_rules_only_and_termijn() -> None:
    out = io.StringIO()
    assert run(_parse(["Teun gaat naar zwemles", "--termijn", "1 juli 2026", "--rules-only"]), out=out) == 0
    assert "alleen regels" in out.getvalue() and "Termijn: 1 juli 2026" in out.getvalue()


def test_no_goals_is_usage_error() -> None:
    assert run(_parse([]), out=io.StringIO()) == 2
