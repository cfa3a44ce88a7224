"""Settings for a check: which rules, their severity and options, thresholds.

Built-in defaults, overridden by command-line flags (and by the Python API's
arguments). Rule options are written as on the command line:
``lange-zin.max-woorden=15``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from begrijpelijk.check.scoring import B1Thresholds
from begrijpelijk.errors import ConfigError
from begrijpelijk.findings import Severity


@dataclass
class Settings:
    fail_on: Severity = Severity.FOUT
    model: str | None = None
    disabled: set[str] = field(default_factory=set)
    enabled: set[str] = field(default_factory=set)  # rules that are off by default, switched on
    only: set[str] | None = None
    severities: dict[str, Severity] = field(default_factory=dict)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    extra_jargon: tuple[str, ...] = ()
    allow_files: tuple[str, ...] = ()
    allow_words: tuple[str, ...] = ()
    b1: B1Thresholds = field(default_factory=B1Thresholds)
    level: str | None = None  # --niveau A2, B1 or B2: the thresholds of that level
    b1_overrides: dict[str, Any] = field(default_factory=dict)  # [b1] values, applied on top of the level
    exclude: tuple[str, ...] = ()  # glob patterns of files not to check
    include: tuple[str, ...] = ()  # glob patterns of the files to check in a folder (empty: all letters)
    templates: Path | None = None  # the user's own templates folder (sjablonen)
    extra_lists: tuple[tuple[str, str], ...] = ()  # [lijsten]: (list name, file) the user adds
    config_path: Path | None = None  # the config file these settings came from, if any

    def validate(self) -> "Settings":
        from begrijpelijk.rules import registry

        rules = registry()
        if self.level is not None or "b1" in self.options:
            from begrijpelijk.check.scoring import LEVELS

            level = (self.level or self.b1.level).upper()
            if level not in LEVELS:
                raise ConfigError(f"Het niveau '{self.level}' bestaat niet. Kies {', '.join(LEVELS)}.")
            self.b1_overrides.update(self.options.pop("b1", {}))
            self.b1 = _b1_thresholds(LEVELS[level], self.b1_overrides)
        for rule_id in set(self.disabled) | set(self.enabled) | set(self.only or ()) | set(self.severities) | set(self.options):
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
        from begrijpelijk.rules import registry

        for rule_id, rule in registry().items():
            if rule_id in self.disabled:
                continue
            if self.only is not None and rule_id not in self.only:
                continue
            if not rule.default_on and rule_id not in self.enabled and rule_id not in (self.only or ()):
                continue  # off by default: below its precision target on real letters (README)
            yield rule

    def severity_of(self, rule) -> Severity:
        return self.severities.get(rule.id, rule.severity)

    def options_of(self, rule) -> dict[str, Any]:
        return rule.option_values(self.options.get(rule.id))


# the B1 verdict's thresholds, set as --optie b1.max-moeilijkheid=72
B1_OPTIONS = {
    "max-moeilijkheid": ("max_difficulty", float),
    "max-lint-niveau": ("max_lint_level", int),
    "lange-zin-woorden": ("long_sentence_words", int),
    "max-lange-zinnen": ("max_long_sentence_share", float),
    "max-jargon-per-100-woorden": ("max_jargon_per_100", float),
    "max-jargon": ("max_jargon", int),
    "max-passieve-zinnen": ("max_passive_share", float),
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


def parse_letter_date(text: str, where: str = "") -> dt.date:
    """The date of a letter as the user writes it (fix --datum, render --datum,
    the page's datum, the option vage-termijn.datum): 2027-03-01."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ConfigError(f"'{text}' is geen datum{where}. Schrijf de datum zo: 2027-03-01.") from None


def parse_option(text: str) -> tuple[str, str, str]:
    """'lange-zin.max-woorden=15' -> ('lange-zin', 'max-woorden', '15')."""
    if "=" not in text or "." not in text.split("=", 1)[0]:
        raise ConfigError(
            f"'{text}' is geen goede optie. Schrijf het zo: regel.optie=waarde, bijvoorbeeld lange-zin.max-woorden=15."
        )
    key, value = text.split("=", 1)
    rule_id, option = key.split(".", 1)
    return rule_id.strip(), option.strip(), value.strip()


# ── config files ──────────────────────────────────────────────────────────
# begrijpelijk.toml, or [tool.begrijpelijk] in pyproject.toml, found upward from
# the folder of the first checked file. The keys are the command-line flags.

CONFIG_NAMES = ("begrijpelijk.toml", "pyproject.toml")
LIST_KEYS = {"uit": "disabled", "aan": "enabled", "alleen": "only", "toestaan": "allow_words", "toestaan-lijst": "allow_files", "jargon-lijst": "extra_jargon", "exclude": "exclude", "include": "include"}
SCALAR_KEYS = {"fail-on", "model", "sjablonen", "niveau"}
TABLE_KEYS = {"ernst", "b1", "lijsten"}


def _nearest(word: str, options) -> str:
    import difflib

    close = difflib.get_close_matches(word, list(options), n=1)
    return f" Bedoelt u '{close[0]}'?" if close else ""


def find_config(start: Path) -> Path | None:
    """The nearest config file at or above ``start`` (a folder)."""
    folder = start.resolve()
    for candidate in (folder, *folder.parents):
        own = candidate / "begrijpelijk.toml"
        if own.is_file():
            return own
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and _has_tool_section(pyproject):
            return pyproject
    return None


def _has_tool_section(path: Path) -> bool:
    try:
        return "[tool.begrijpelijk" in path.read_text(encoding="utf8")
    except (OSError, UnicodeDecodeError):
        return False


def read_config(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        text = path.read_text(encoding="utf8")
    except (OSError, UnicodeDecodeError):
        raise ConfigError(f"{path}: dit instellingenbestand kan niet gelezen worden. Sla het op als UTF-8-tekst.") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: dit instellingenbestand is geen goede TOML ({exc}). Verbeter die regel.") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("begrijpelijk", {})
    return data


@dataclass
class _Applying:
    """What a handler of one config key needs: the settings it changes, the
    rules (by id), the folder that file names are relative to, and how to
    name the key in an error (file or flag)."""

    settings: Settings
    rules: dict
    base: Path
    fail: Callable[[str, str], ConfigError]


# list keys that add to a set; the others add to a tuple
SET_FIELDS = {"disabled", "enabled", "only"}


def _apply_list(ctx: _Applying, key: str, value: Any) -> None:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ctx.fail(key, "moet een lijst met teksten zijn, zoals [\"passief\"].")
    if key in ("uit", "aan", "alleen"):
        for rule_id in value:
            if rule_id not in ctx.rules:
                raise ctx.fail(key, f"noemt de regel '{rule_id}', maar die bestaat niet.{_nearest(rule_id, ctx.rules)}")
    if key in ("toestaan-lijst", "jargon-lijst"):
        value = [str(ctx.base / v) for v in value]
    field_name = LIST_KEYS[key]
    current = getattr(ctx.settings, field_name)
    if field_name in SET_FIELDS:
        setattr(ctx.settings, field_name, (current or set()) | set(value))
    else:
        setattr(ctx.settings, field_name, tuple(current) + tuple(value))


def _apply_fail_on(ctx: _Applying, key: str, value: Any) -> None:
    try:
        ctx.settings.fail_on = Severity.parse(str(value))
    except ValueError:
        raise ctx.fail(key, "moet fout, waarschuwing of suggestie zijn.") from None


def _apply_level(ctx: _Applying, key: str, value: Any) -> None:
    if not isinstance(value, str):
        raise ctx.fail(key, "moet A2, B1 of B2 zijn.")
    ctx.settings.level = value


def _apply_model(ctx: _Applying, key: str, value: Any) -> None:
    if not isinstance(value, str):
        raise ctx.fail(key, "moet de naam of map van een model zijn.")
    model = Path(value)
    ctx.settings.model = str(ctx.base / model) if (ctx.base / model).exists() else value


def _apply_templates(ctx: _Applying, key: str, value: Any) -> None:
    if not isinstance(value, str):
        raise ctx.fail(key, "moet de naam van een map zijn, zoals \"sjablonen\".")
    ctx.settings.templates = ctx.base / value


def _apply_severities(ctx: _Applying, key: str, value: Any) -> None:
    if not isinstance(value, dict):
        raise ctx.fail(key, "moet een tabel zijn, zoals [ernst] met passief = \"suggestie\".")
    for rule_id, severity in value.items():
        if rule_id not in ctx.rules:
            raise ctx.fail(f"ernst.{rule_id}", f"noemt een regel die niet bestaat.{_nearest(rule_id, ctx.rules)}")
        try:
            ctx.settings.severities[rule_id] = Severity.parse(str(severity))
        except ValueError:
            raise ctx.fail(f"ernst.{rule_id}", "moet fout, waarschuwing of suggestie zijn.") from None


def _apply_lists(ctx: _Applying, key: str, value: Any) -> None:
    from begrijpelijk.wordlists import EXTENDABLE

    if not isinstance(value, dict):
        raise ctx.fail(key, "moet een tabel zijn, zoals [lijsten] met afkortingen = [\"onze-afkortingen.tsv\"].")
    for name, files in value.items():
        if name not in EXTENDABLE:
            raise ctx.fail(f"lijsten.{name}", f"is geen lijst die u kunt aanvullen. Wel: {', '.join(EXTENDABLE)}.")
        files = [files] if isinstance(files, str) else files
        if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
            raise ctx.fail(f"lijsten.{name}", "moet een lijst met bestandsnamen zijn.")
        ctx.settings.extra_lists += tuple((name, str(ctx.base / f)) for f in files)


def _apply_b1(ctx: _Applying, key: str, value: Any) -> None:
    if not isinstance(value, dict):
        raise ctx.fail(key, "moet een tabel zijn, zoals [b1] met max-moeilijkheid = 68.")
    ctx.settings.options.setdefault("b1", {}).update(value)


def _apply_rule_options(ctx: _Applying, key: str, value: Any) -> None:
    if not isinstance(value, dict):
        raise ctx.fail(key, f"moet een tabel zijn, zoals [{key}] met de opties van de regel.")
    for option in value:
        if option not in ctx.rules[key].options:
            known = ", ".join(ctx.rules[key].options) or "geen"
            raise ctx.fail(f"{key}.{option}", f"bestaat niet. Opties van deze regel: {known}.")
    ctx.settings.options.setdefault(key, {}).update(value)


# what each key of a config file (or flag) does; a list key adds to its list, a rule's id takes its options
KEY_HANDLERS: dict[str, Callable[[_Applying, str, Any], None]] = {
    **{key: _apply_list for key in LIST_KEYS},
    "fail-on": _apply_fail_on,
    "niveau": _apply_level,
    "model": _apply_model,
    "sjablonen": _apply_templates,
    "ernst": _apply_severities,
    "lijsten": _apply_lists,
    "b1": _apply_b1,
}


def apply_config(settings: Settings, data: dict[str, Any], path: Path | None, base: Path | None = None) -> Settings:
    """Put the values of a config file (``path``) or of the command line
    (``path`` None: the flags, with the same keys) into ``settings``. Files
    named in it are relative to ``base``: the config file's folder, or the
    current folder for flags. Unknown keys and wrong types are errors that
    name the key and where it came from."""
    from begrijpelijk.rules import registry

    rules = registry()
    base = base if base is not None else (path.parent if path is not None else Path.cwd())

    def fail(key: str, what: str) -> ConfigError:
        if path is None:
            return ConfigError(f"De optie --{key} {what}" if key in LIST_KEYS or key in SCALAR_KEYS else f"De optie --optie {key} {what}")
        return ConfigError(f"{path}: de instelling '{key}' {what}")

    ctx = _Applying(settings, rules, base, fail)
    for key, value in data.items():
        handler = KEY_HANDLERS.get(key) or (_apply_rule_options if key in rules else None)
        if handler is None:
            raise fail(key, f"bestaat niet.{_nearest(key, [*LIST_KEYS, *SCALAR_KEYS, *TABLE_KEYS, *rules])}")
        handler(ctx, key, value)
    try:
        return settings.validate()
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc.message}" if path is not None else exc.message) from None


def load_settings(start: Path | None, explicit: Path | None = None) -> tuple[Settings, Path | None]:
    """Defaults with the config file applied (explicit, or found from ``start``)."""
    settings = Settings()
    path = explicit
    if path is not None and not path.is_file():
        raise ConfigError(f"{path}: dit instellingenbestand bestaat niet. Controleer de naam.")
    if path is None and start is not None:
        path = find_config(start)
    if path is None:
        return settings, None
    settings.config_path = path
    return apply_config(settings, read_config(path), path), path


def flags_as_config(
    *,
    level: str | None = None,
    fail_on: str | None = None,
    disable=(),
    enable=(),
    only=(),
    options=(),
    allow=(),
    allow_lists=(),
    jargon_lists=(),
    model: str | None = None,
    templates: str | Path | None = None,
) -> dict[str, Any]:
    """The flags of one run as config keys: --uit passief is uit = ["passief"],
    --optie lange-zin.max-woorden=15 is [lange-zin] max-woorden = 15. The
    command line and the web page (its query parameters) both use this."""
    data: dict[str, Any] = {}
    for key, value in (("niveau", level), ("fail-on", fail_on), ("model", model)):
        if value:
            data[key] = value
    if templates is not None:
        data["sjablonen"] = str(templates)
    for key, values in (
        ("uit", disable), ("aan", enable), ("alleen", only), ("toestaan", allow),
        ("toestaan-lijst", allow_lists), ("jargon-lijst", jargon_lists),
    ):
        if values:
            data[key] = [str(v) for v in values]
    for text in options:
        rule_id, key, value = parse_option(text)
        data.setdefault(rule_id, {})[key] = value
    return data


def resolve_settings(
    paths=(),
    *,
    config: Path | None = None,
    use_config: bool = True,
    flags: dict[str, Any] | None = None,
    purpose: str = "check",
    fix_rules=None,
    letter_date=None,
) -> Settings:
    """The settings of every command, made in one place: the defaults, then
    the config file, then the flags (``flags_as_config``).

    The config file is ``config``, or the nearest begrijpelijk.toml or
    pyproject.toml with [tool.begrijpelijk] at or above the first path given
    (a folder, or the folder of a file), or else the current folder. Then, by
    ``purpose``: "check" as it is; "fix" keeps the user's word lists with only
    the rules that can fix; "render" checks a letter made from a template
    with the rules that are on by default, never moeilijk-woord."""
    first = next((Path(p) for p in paths if str(p) != "-"), None)
    start = Path.cwd() if first is None else (first if first.is_dir() else first.parent)
    if use_config:
        settings, _ = load_settings(start, config)
    else:
        settings = Settings()
    if flags:
        apply_config(settings, flags, None, Path.cwd())
    if purpose == "fix":
        return fix_settings(settings, fix_rules, letter_date)
    if purpose == "render":
        settings.disabled.add("moeilijk-woord")
        settings.enabled.discard("moeilijk-woord")
    return settings.validate()


def settings_by_file(flags: dict[str, Any] | None = None):
    """A function from a file (or folder) to its settings: the defaults, the
    nearest config file at or above it, then the flags; one Settings per
    config file. `check a.txt b.md` and `check b.md a.txt` then give the same."""
    made: dict[Path | None, Settings] = {}

    def settings_for(item: str) -> Settings:
        path = Path(item)
        start = Path.cwd() if item == "-" else (path if path.is_dir() else path.parent)
        found = find_config(start)
        if found not in made:
            made[found] = resolve_settings([item], flags=flags)
        return made[found]

    return settings_for


def fix_settings(settings: Settings, rules=None, letter_date=None) -> Settings:
    """The settings for `fix`: the user's own (word lists, allowed words,
    options) with only the rules that can fix switched on; the letter's date
    goes to vage-termijn, whose findings then carry the date as their edit."""
    from dataclasses import replace

    from begrijpelijk.fix.edits import fixable, fixable_rules

    options = {rule_id: dict(values) for rule_id, values in settings.options.items()}
    if letter_date is not None:
        options.setdefault("vage-termijn", {})["datum"] = letter_date.isoformat()
    # rules that cannot fix get one Dutch sentence (fixable), for the command line and the page alike;
    # fix changes what check reports with the same settings: a rule switched off is not fixed either
    checked = {rule.id for rule in settings.enabled_rules()}
    wanted = fixable(rules) if rules else set(fixable_rules())
    return replace(settings, only=wanted & checked if not rules else wanted, options=options).validate()
