import pytest

from audit.config import ConfigError, load_config


def test_defaults_follow_richtlijn():
    cfg = load_config()
    assert cfg.norms.one_on_one_min == 3
    assert cfg.norms.window_days == 365
    assert cfg.norms.goal_concreteness_min == 0.6


def test_cli_override_and_user_file(tmp_path):
    user = tmp_path / "c.toml"
    user.write_text("[norms]\nwindow_days = 400\n", encoding="utf-8")
    cfg = load_config(user, ["norms.one_on_one_min=4"])
    assert cfg.norms.one_on_one_min == 4 and cfg.norms.window_days == 400


@pytest.mark.parametrize("bad", ["norms.nonsense=1", "norms.one_on_one_min=drie", "zonder_punt=1", "x.y=1"])
def test_bad_override_is_a_clear_error(bad):
    with pytest.raises(ConfigError):
        load_config(None, [bad])
