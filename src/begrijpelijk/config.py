"""Settings for a check: which rules, their severity and options, thresholds.

Built-in defaults, overridden by command-line flags (and by the Python API's
arguments). Rule options are written as on the command line:
``lange-zin.max-woorden=15``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .errors import ConfigError
from .findings import Severity
from .scoring import B1Thresholds


@dataclass
class Settings:
    fail_on: Severity = Severity.FOUT
    model: str | None = None
    disabled: set[str] = field(default_factory=set)
    only: set[str] | None = None
    severities: dict[str, Severity] = field(default_factory=dict)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    extra_jargon: tuple[str, ...] = ()
    allow_files: tuple[str, ...] = ()
    allow_words: tuple[str, ...] = ()
    b1: B1Thresholds = field(default_factory=B1Thresholds)

    def validate(self) -> "Settings":
        from .rules import registry

        rules = registry()
        if "b1" in self.options:
            self.b1 = _b1_thresholds(self.b1, self.options.pop("b1"))
        for rule_id in set(self.disabled) | set(self.only or ()) | set(self.severities) | set(self.options):
            if rule_id not in rules:
                raise ConfigError(
                    f"De regel '{rule_id}' bestaat niet. Bekijk de regels met: begrijpelijk rules"
                )
        for rule_id, values in self.options.items():
            for key, value in values.items():
                defaults = rules[rule_id].options
                if key not in defaults:
                    known = ", ".join(defaults) or "geen"
                    raise ConfigError(
                        f"De regel '{rule_id}' heeft geen optie '{key}'. Opties van deze regel: {known}."
                    )
                wanted = type(defaults[key])
                try:
                    values[key] = wanted(value) if wanted is not bool else _bool(value)
                except (TypeError, ValueError):
                    raise ConfigError(
                        f"De optie '{rule_id}.{key}' moet een {_type_name(wanted)} zijn, niet '{value}'."
                    ) from None
        return self

    def enabled_rules(self):
        from .rules import registry

        for rule_id, rule in registry().items():
            if rule_id in self.disabled:
                continue
            if self.only is not None and rule_id not in self.only:
                continue
            yield rule

    def severity_of(self, rule) -> Severity:
        return self.severities.get(rule.id, rule.severity)

    def options_of(self, rule) -> dict[str, Any]:
        return rule.option_values(self.options.get(rule.id))


# the B1 verdict's thresholds, set as --optie b1.max-lint-niveau=3
B1_OPTIONS = {
    "max-lint-niveau": ("max_lint_level", int),
    "max-lange-zinnen": ("max_long_sentence_share", float),
    "max-jargon": ("max_jargon", int),
}


def _b1_thresholds(current: B1Thresholds, values: dict[str, Any]) -> B1Thresholds:
    changes = {}
    for key, value in values.items():
        if key not in B1_OPTIONS:
            raise ConfigError(f"'b1.{key}' bestaat niet. Opties voor het B1-oordeel: {', '.join(B1_OPTIONS)}.")
        field_name, kind = B1_OPTIONS[key]
        try:
            changes[field_name] = kind(value)
        except (TypeError, ValueError):
            raise ConfigError(f"De optie 'b1.{key}' moet een {_type_name(kind)} zijn, niet '{value}'.") from None
    return B1Thresholds(**{**current.__dict__, **changes})


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if str(value).lower() in ("ja", "true", "1", "aan"):
        return True
    if str(value).lower() in ("nee", "false", "0", "uit"):
        return False
    raise ValueError(value)


def _type_name(kind: type) -> str:
    return {int: "heel getal", float: "getal", bool: "ja of nee", str: "tekst"}.get(kind, kind.__name__)


def parse_option(text: str) -> tuple[str, str, str]:
    """'lange-zin.max-woorden=15' -> ('lange-zin', 'max-woorden', '15')."""
    if "=" not in text or "." not in text.split("=", 1)[0]:
        raise ConfigError(
            f"'{text}' is geen goede optie. Schrijf het zo: regel.optie=waarde, bijvoorbeeld lange-zin.max-woorden=15."
        )
    key, value = text.split("=", 1)
    rule_id, option = key.split(".", 1)
    return rule_id.strip(), option.strip(), value.strip()
