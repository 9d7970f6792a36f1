"""Configuration: defaults live in ``resources/config.toml``; the CLI may override any key.

Keeping thresholds in one data file means a quality officer can see and change
the norms (e.g. a provider's stricter "4 talks a year") without touching code.
Every setting has bounds (``BOUNDS``, ``CHOICES``): a value outside them, a config
file that is not TOML, too big or unreadable, is a Dutch usage error (exit 2), so
window arithmetic cannot overflow and a negative window cannot pass silently.
"""
from __future__ import annotations

import math
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
    home_visit_min: int = 1
    care_team_min: int = 1
    sexual_development_min: int = 1
    sexual_development_min_age: int = 4
    goal_evaluation_min: int = 1


@dataclass(frozen=True)
class DetectConfig:
    min_confidence: float = 0.5
    copied_similarity: float = 0.9
    classifier_veto: float = 0.0
    decision_layer: int = 1  # 1: the learned decision model decides when it is installed; 0: rules alone
    decision_threshold: float = 0.5  # for a candidate the rules reject
    decision_threshold_rule_ok: float = 0.3  # for a candidate the rules accept
    preverbal_years: int = 0  # below this age play or observation alone with the worker is no conversation (0: off)
    presence_years: int = 4  # below this age a moment alone only a presence verb names is no conversation (0: off)

    @property
    def decision_thresholds(self) -> tuple[float, float]:
        """(for a candidate the rules reject, for one they accept), indexed by ``rule_ok``."""
        return self.decision_threshold, self.decision_threshold_rule_ok


@dataclass(frozen=True)
class ReadConfig:
    max_file_mb: int = 150  # larger files are not read (nor hashed when they fail)
    max_pdf_pages: int = 1500  # longer PDFs are refused before they are parsed
    max_unpacked_mb: int = 200  # a DOCX whose parts unpack to more is refused before it is opened
    max_text_mb: int = 5  # a file whose extracted text is longer is not analysed (bounds the analysis time)
    ocr: int = 0  # 1: scanned PDF pages are recognised with tesseract (Dutch), when installed
    pdf_fast: int = 1  # 1: PDF pages through PDFium where it maps them (pdf_pdfium), 0: all through pdfplumber


@dataclass(frozen=True)
class LimitsConfig:
    file_seconds: int = 120  # a worker busy longer with one file (reading or analysing it) is stopped
    file_memory_mb: int = 1024  # ... or needing this much memory beyond what it holds after loading the models


@dataclass(frozen=True)
class ModelsConfig:
    on_error: str = "warn"  # a missing or refused model: "warn" (rules alone decide) or "error" (exit 2)


@dataclass(frozen=True)
class Config:
    norms: NormConfig = field(default_factory=NormConfig)
    detect: DetectConfig = field(default_factory=DetectConfig)
    read: ReadConfig = field(default_factory=ReadConfig)
    limits: LimitsConfig = field(default_factory=LimitsConfig)
    models: ModelsConfig = field(default_factory=ModelsConfig)

    def as_dict(self) -> dict[str, dict[str, Any]]:
        return {
            f.name: {g.name: getattr(getattr(self, f.name), g.name) for g in fields(getattr(self, f.name))}
            for f in fields(self)
        }


class ConfigError(UsageError, ValueError):
    """A setting or config file we cannot use (a usage error: exit 2)."""


SECTIONS: dict[str, type] = {"norms": NormConfig, "detect": DetectConfig, "read": ReadConfig,
                             "limits": LimitsConfig, "models": ModelsConfig}
_FRACTION = (0.0, 1.0)
_COUNT = (0, 1_000_000)
#: (lowest, highest) allowed value of every numeric setting, by "section.key"
BOUNDS: dict[str, tuple[float, float]] = {
    "norms.one_on_one_min": _COUNT, "norms.window_days": (1, 3660), "norms.goal_concreteness_min": _FRACTION,
    "norms.safety_check_min": _COUNT, "norms.advice_min": _COUNT, "norms.home_visit_min": _COUNT,
    "norms.care_team_min": _COUNT, "norms.sexual_development_min": _COUNT, "norms.sexual_development_min_age": (0, 25),
    "norms.goal_evaluation_min": _COUNT,
    "detect.min_confidence": _FRACTION, "detect.copied_similarity": _FRACTION, "detect.classifier_veto": _FRACTION,
    "detect.decision_layer": (0, 1), "detect.decision_threshold": _FRACTION,
    "detect.decision_threshold_rule_ok": _FRACTION, "detect.preverbal_years": (0, 18), "detect.presence_years": (0, 18),
    "read.max_file_mb": (1, 4096),
    "read.max_pdf_pages": (1, 100_000), "read.max_unpacked_mb": (1, 16_384),
    "read.max_text_mb": (1, 1024), "read.ocr": (0, 1), "read.pdf_fast": (0, 1), "limits.file_seconds": (1, 86_400), "limits.file_memory_mb": (64, 65_536),
}
#: the allowed values of every text setting
CHOICES: dict[str, tuple[str, ...]] = {"models.on_error": ("warn", "error")}
MAX_CONFIG_BYTES = 1024 * 1024


def _number(typ: object, value: Any) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ValueError(value)
    if typ in ("int", int):
        if isinstance(value, float) and not value.is_integer():
            raise ValueError(value)
        return int(value)
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(value)
    return number


def _coerce(section: str, section_cls: type, key: str, value: Any) -> Any:
    kinds = {f.name: f.type for f in fields(section_cls)}
    if key not in kinds:
        raise ConfigError(f"onbekende instelling: {section}.{key}")
    name = f"{section}.{key}"
    if name in CHOICES:
        if value not in CHOICES[name]:
            raise ConfigError(f"ongeldige waarde voor {name}: {value!r} (kies uit: {', '.join(CHOICES[name])})")
        return value
    try:
        number = _number(kinds[key], value)
    except (TypeError, ValueError, OverflowError):
        raise ConfigError(f"ongeldige waarde voor {name}: {value!r} (verwacht een getal)") from None
    low, high = BOUNDS[name]
    if not low <= number <= high:
        raise ConfigError(f"waarde voor {name} buiten het toegestane bereik {low:g} tot en met {high:g}: {value!r}")
    return number


def _read_user_file(path: Path) -> dict[str, Any]:
    """A user TOML file, refused with a Dutch message when it is not a small, readable TOML file."""
    try:
        if not path.is_file():
            raise ConfigError(f"configuratiebestand bestaat niet of is geen gewoon bestand: {path}")
        if path.stat().st_size > MAX_CONFIG_BYTES:
            raise ConfigError(f"configuratiebestand is te groot (meer dan 1 MB): {path}")
        return tomllib.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise ConfigError(f"configuratiebestand kan niet gelezen worden ({type(exc).__name__}): {path}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"configuratiebestand is geen UTF-8-tekst: {path}") from None
    except tomllib.TOMLDecodeError:
        raise ConfigError(f"configuratiebestand is geen geldig TOML-bestand (verwacht bijv. [norms] en "
                          f"window_days = 365): {path}") from None


def _merge_user(data: dict[str, Any], user: dict[str, Any]) -> None:
    for section, values in user.items():
        if not isinstance(values, dict):
            raise ConfigError(f"verwacht een sectie [{section}] met instellingen, kreeg een losse waarde")
        data.setdefault(section, {}).update(values)


def _apply_overrides(data: dict[str, Any], overrides: list[str]) -> None:
    for item in overrides:
        if "=" not in item or "." not in item.split("=", 1)[0]:
            raise ConfigError(f"verwacht sectie.sleutel=waarde, kreeg: {item!r}")
        dotted, value = item.split("=", 1)
        section, key = dotted.strip().split(".", 1)
        data.setdefault(section, {})[key] = value.strip()


def load_config(path: Path | None = None, overrides: list[str] | None = None) -> Config:
    """Defaults from the packaged TOML, then an optional user TOML, then ``section.key=value`` overrides."""
    data = tomllib.loads(resource_text("config.toml"))
    if path is not None:
        _merge_user(data, _read_user_file(Path(path)))
    _apply_overrides(data, overrides or [])
    unknown = set(data) - set(SECTIONS)
    if unknown:
        raise ConfigError(f"onbekende sectie(s): {', '.join(sorted(unknown))}")
    built: dict[str, Any] = {}
    for name, cls in SECTIONS.items():
        values = data.get(name, {})
        built[name] = cls(**{k: _coerce(name, cls, k, v) for k, v in values.items()})
    return Config(**built)
