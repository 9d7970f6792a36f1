"""Point 4 of issue 14: every usage error is a Dutch message with exit 2, before anything is analysed."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from audit.cli import _util, main
from audit.cli._util import check_out_dir, iso_date
from audit.config import ConfigError, load_config

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "VLD-0101"


def _run(tmp_path: Path, *extra: str, out: Path | None = None) -> list[str]:
    return ["run", str(EXAMPLE), "--out", str(out or tmp_path / "out"), "--no-progress", "--pipeline", "embedded",
            *extra]


def _usage(argv: list[str], capsys) -> str:
    started = time.monotonic()
    assert main(argv) == 2
    assert time.monotonic() - started < 20  # refused before the pipeline is loaded and dossiers analysed
    err = capsys.readouterr().err
    assert err.startswith("dossier-audit: ") and "Traceback" not in err
    return err


def test_config_that_is_not_toml(tmp_path: Path, capsys) -> None:
    passwd = tmp_path / "passwd"
    passwd.write_text("root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1::/usr/sbin:/usr/sbin/nologin\n")
    err = _usage(_run(tmp_path, "--config", str(passwd)), capsys)
    assert "geen geldig TOML-bestand" in err and "root:x" not in err


def test_config_missing_binary_or_not_a_file(tmp_path: Path, capsys) -> None:
    assert "bestaat niet" in _usage(_run(tmp_path, "--config", str(tmp_path / "weg.toml")), capsys)
    (tmp_path / "bin.toml").write_bytes(b"\xff\xfe\x00garbage")
    assert "UTF-8" in _usage(_run(tmp_path, "--config", str(tmp_path / "bin.toml")), capsys)
    os.mkfifo(tmp_path / "pijp.toml")
    assert "geen gewoon bestand" in _usage(_run(tmp_path, "--config", str(tmp_path / "pijp.toml")), capsys)
    (tmp_path / "los.toml").write_text("window_days = 5\n")
    assert "sectie" in _usage(_run(tmp_path, "--config", str(tmp_path / "los.toml")), capsys)


def test_out_is_an_existing_file(tmp_path: Path, capsys) -> None:
    (tmp_path / "bestand").write_text("x")
    assert "uitvoermap is een bestand" in _usage(_run(tmp_path, out=tmp_path / "bestand"), capsys)
    assert (tmp_path / "bestand").read_text() == "x"


def test_out_under_a_file(tmp_path: Path, capsys) -> None:
    (tmp_path / "bestand").write_text("x")
    assert "ligt onder een bestand" in _usage(_run(tmp_path, out=tmp_path / "bestand" / "sub"), capsys)


def test_out_not_writable(tmp_path: Path, capsys, monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(_util.tempfile, "mkstemp", refuse)  # root writes anywhere: refuse the probe itself
    assert "niet schrijfbaar" in _usage(_run(tmp_path), capsys)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_out_not_writable_for_real(tmp_path: Path) -> None:
    ro = tmp_path / "ro"
    ro.mkdir(mode=0o555)
    with pytest.raises(_util.UsageError, match="niet schrijfbaar"):
        check_out_dir(ro / "out")


@pytest.mark.parametrize("value", ["0001-01-01", "1899-12-31", "2201-01-01", "9999-12-31"])
def test_as_of_out_of_range(tmp_path: Path, capsys, value: str) -> None:
    with pytest.raises(SystemExit) as info:
        main(_run(tmp_path, "--as-of", value))
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "datum buiten het bereik 1900-01-01 tot en met 2200-12-31" in err and "Traceback" not in err


def test_as_of_edges_are_fine() -> None:
    assert iso_date("1900-01-01").year == 1900 and iso_date("2200-12-31").year == 2200


@pytest.mark.parametrize("setting, message", [
    ("norms.window_days=99999999", "buiten het toegestane bereik"),
    ("norms.window_days=-5", "buiten het toegestane bereik"),
    ("norms.window_days=0", "buiten het toegestane bereik"),
    ("norms.window_days=1.5", "verwacht een getal"),
    ("norms.one_on_one_min=-1", "buiten het toegestane bereik"),
    ("norms.goal_concreteness_min=1.5", "buiten het toegestane bereik"),
    ("detect.min_confidence=nan", "verwacht een getal"),
    ("detect.copied_similarity=inf", "verwacht een getal"),
    ("detect.decision_layer=2", "buiten het toegestane bereik"),
    ("read.max_file_mb=0", "buiten het toegestane bereik"),
    ("models.on_error=negeer", "kies uit: warn, error"),
])
def test_settings_out_of_bounds(tmp_path: Path, capsys, setting: str, message: str) -> None:
    assert message in _usage(_run(tmp_path, "--set", setting), capsys)


def test_bounds_hold_in_a_config_file_too(tmp_path: Path) -> None:
    user = tmp_path / "c.toml"
    user.write_text("[norms]\nwindow_days = 99999999\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="window_days"):
        load_config(user)
    user.write_text("[norms]\nwindow_days = true\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="verwacht een getal"):
        load_config(user)
    user.write_text("[norms]\nwindow_days = 3660\n[detect]\nmin_confidence = 1\n", encoding="utf-8")
    assert load_config(user).norms.window_days == 3660


def test_extreme_but_allowed_values_do_not_overflow(tmp_path: Path) -> None:
    """The widest window from the earliest peildatum still is a real date."""
    import datetime as dt

    from audit.norms import in_window

    days = load_config(None, ["norms.window_days=3660"]).norms.window_days
    assert in_window("1895-06-01", iso_date("1900-01-01"), days)
    assert not in_window("1880-06-01", iso_date("1900-01-01"), days)
    assert dt.date(2200, 12, 31) - dt.timedelta(days=3659) > dt.date(1, 1, 1)
