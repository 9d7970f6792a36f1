"""Configuration: defaults live in ``resources/config.toml``; the CLI may override any key.

Keeping thresholds in one data file means a quality officer can see and change
the norms (e.g. a provider's stricter "4 talks a year") without touching code.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from audit.errors import UsageError
from audit.resources import resource_text


@dataclass(frozen=True)
class NormConfig:
    one_on_one_min: int = 3
    window_days: int = 365
    goal_concreteness_min: float = 0.6
    safety_check_min: int = 1
    advice_min: int = 1


@dataclass(frozen=True)
class DetectConfig:
    min_confidence: float = 0.5
    copied_similarity: float = 0.9
    classifier_veto: float = 0.0
    decision_layer: int = 1  # 1: the learned decision model decides when it is installed; 0: rules alone
    decision_threshold: float = 0.5  # for a candidate the rules reject
    decision_threshold_rule_ok: float = 0.3  # for a candidate the rules accept

    @property
    def decision_thresholds(self) -> tuple[float, float]:
        """(for a candidate the rules reject, for one they accept), indexed by ``rule_ok``."""
        return self.decision_threshold, self.decision_threshold_rule_ok


@dataclass(frozen=True)
class Config:
    norms: NormConfig = field(default_factory=NormConfig)
    detect: DetectConfig = field(default_factory=DetectConfig)

    def as_dict(self) -> dict[str, dict[str, Any]]:
        return {
            f.name: {g.name: getattr(getattr(self, f.name), g.name) for g in fields(getattr(self, f.name))}
            for f in fields(self)
        }


class ConfigError(UsageError, ValueError):
    """A setting or config file we cannot use (a usage error: exit 2)."""


def _coerce(section_cls: type, key: str, value: Any) -> Any:
    kinds = {f.name: f.type for f in fields(section_cls)}
    if key not in kinds:
        raise ConfigError(f"onbekende instelling: {key}")
    typ = kinds[key]
    try:
        return int(value) if typ in ("int", int) else float(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"ongeldige waarde voor {key}: {value!r}") from exc


def load_config(path: Path | None = None, overrides: list[str] | None = None) -> Config:
    """Defaults from the packaged TOML, then an optional user TOML, then ``section.key=value`` overrides."""
    data = tomllib.loads(resource_text("config.toml"))
    if path is not None:
        user = tomllib.loads(Path(path).read_text("utf-8"))
        for section, values in user.items():
            data.setdefault(section, {}).update(values)
    for item in overrides or []:
        if "=" not in item or "." not in item.split("=", 1)[0]:
            raise ConfigError(f"verwacht sectie.sleutel=waarde, kreeg: {item!r}")
        dotted, value = item.split("=", 1)
        section, key = dotted.strip().split(".", 1)
        data.setdefault(section, {})[key] = value.strip()
    sections = {"norms": NormConfig, "detect": DetectConfig}
    built: dict[str, Any] = {}
    for name, cls in sections.items():
        values = data.get(name, {})
        built[name] = cls(**{k: _coerce(cls, k, v) for k, v in values.items()})
    unknown = set(data) - set(sections)
    if unknown:
        raise ConfigError(f"onbekende sectie(s): {', '.join(sorted(unknown))}")
    return Config(**built)
