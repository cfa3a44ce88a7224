"""Typer's and Click's own words in Dutch ("Missing argument", "Show this message and exit").

Typer writes a few texts itself, in English: the help screen's frame and the
usage errors. begrijpelijk speaks Dutch everywhere, so:

- :class:`DutchGroup` and :class:`DutchCommand` translate the help screen and
  the usage line (Typer's own section names are already Dutch);
- :func:`error_message` turns a usage error into one Dutch sentence.

The translation works on the finished text, by patterns, so it does not depend
on Typer's internals; a text no pattern knows stays as Typer wrote it.
"""
from __future__ import annotations

import re

from typer.core import TyperArgument, TyperCommand, TyperGroup, _TyperParameter

# the kind of value an option takes, in Dutch capitals as Click writes them
# (BESTAND, MAP, NAAM): Typer 0.29 writes Python types ("<list[str]>", "<path>")
DUTCH_TYPES = {"str": "TEKST", "path": "BESTAND", "file": "BESTAND", "directory": "MAP", "int": "GETAL", "float": "GETAL"}


def _dutch_type(self, ctx) -> str:
    if self.metavar is not None or getattr(self, "is_flag", False):
        return ""  # the metavar (BESTAND, ADRES) says it already
    label = _english_type(self, ctx).strip("<>")
    label = label[5:-1] if label.startswith("list[") else label
    return DUTCH_TYPES.get(label.split(" ")[0], label.upper())


def _usage_name(self) -> str:
    """"BESTAND..." as Click writes a required argument (Typer writes "{BESTAND}")."""
    name = self.display_name_raw if self.required else f"[{self.display_name_raw}]"
    return name + ("..." if self.nargs != 1 else "")


_english_type = _TyperParameter.display_type
_TyperParameter.display_type = _dutch_type  # type: ignore[method-assign]
TyperArgument._usage_display_name = _usage_name  # type: ignore[method-assign]

HELP_TEXTS = (
    ("Usage: ", "Gebruik: "),
    ("Show this message and exit.", "Laat deze uitleg zien en stop."),
    ("[OPTIONS]", "[OPTIES]"),
    ("COMMAND [ARGS]...", "OPDRACHT [ARGUMENTEN]..."),
    ("Options:", "Opties:"),
    ("Arguments:", "Argumenten:"),
    ("Commands:", "Opdrachten:"),
    ("[default: ", "[standaard: "),
    ("[required]", "[verplicht]"),
)

# (pattern on Typer's message, Dutch message). A group named "hint" holds
# Typer's guesses of what the user meant; a group named "value" holds the
# reason a value is wrong, translated with VALUE_ERRORS.
ERRORS: tuple[tuple[str, str], ...] = (
    (r"Missing argument '(?P<a>[^']+)'\.?", "Er ontbreekt een argument: {a}."),
    (r"Missing option '(?P<a>[^']+)'\.?", "Er ontbreekt een optie: {a}."),
    (r"Missing parameter: (?P<a>\S+)", "Er ontbreekt een waarde: {a}."),
    (r"Missing command\.?", "Er ontbreekt een opdracht, zoals check, fix of render."),
    (r"No such command '(?P<a>[^']+)'\.?(?: *Did you mean(?: one of)? '?(?P<hint>[^?]+?)'?\?)?", "De opdracht '{a}' bestaat niet.{hint}"),
    (r"No such option:? '?(?P<a>[^\s']+?)'?\.? *(?:\((?:Possible options|Did you mean(?: one of)?):? (?P<hint>[^)?]+)\??\))?", "De optie {a} bestaat niet.{hint}"),
    (r"Option '(?P<a>[^']+)' requires an argument\.", "De optie {a} heeft een waarde nodig."),
    (r"Option '(?P<a>[^']+)' requires (?P<b>\d+) arguments\.", "De optie {a} heeft {b} waarden nodig."),
    (r"Option '(?P<a>[^']+)' does not take a value\.", "De optie {a} krijgt geen waarde."),
    (r"Got unexpected extra argument(?:s|\(s\))? \((?P<a>.*)\)", "Er staat te veel op de opdrachtregel: {a}."),
    (r"Invalid value for (?P<a>.+?): (?P<value>.*)", "Verkeerde waarde voor {a}: {value}"),
)
VALUE_ERRORS: tuple[tuple[str, str], ...] = (
    (r"Input should be a valid integer.*", "dit moet een geheel getal zijn, zoals 2."),
    (r"Input should be a valid number.*", "dit moet een getal zijn, zoals 1.5."),
    (r"Input should be a valid boolean.*", "dit moet ja of nee zijn."),
    (r"Input should be (?:greater|less) than(?: or equal to)? (?P<a>\S+?)\.?", "dit getal is te groot of te klein (de grens is {a})."),
    (r"'(?P<a>.*)' is not a valid integer( range)?\.", "'{a}' is geen geheel getal."),
    (r"'(?P<a>.*)' is not a valid float( range)?\.", "'{a}' is geen getal."),
    (r"'(?P<a>.*)' is not a valid boolean\.", "'{a}' is geen ja of nee."),
    (r"(?P<a>\S+) is not in the range (?P<b>.*)\.", "{a} ligt niet binnen {b}."),
    (r"'(?P<a>.*)' is not one of (?P<b>.*)\.", "'{a}' is niet een van {b}."),
)


def _translate(table, text: str) -> str | None:
    for pattern, dutch in table:
        m = re.fullmatch(pattern, text.strip(), flags=re.DOTALL)
        if m is None:
            continue
        groups = {k: (v or "").strip() for k, v in m.groupdict().items()}
        if "hint" in groups:
            groups["hint"] = f" Bedoelt u {groups['hint']}?" if groups["hint"] else ""
        if "value" in groups:
            groups["value"] = _translate(VALUE_ERRORS, groups["value"]) or groups["value"]
        return dutch.format(**groups)
    return None


def help_text(text: str) -> str:
    for english, dutch in HELP_TEXTS:
        text = text.replace(english, dutch)
    return re.sub(r"(\d+)<=x<=(\d+)", r"\1 tot en met \2", text)  # a range: "1<=x<=64"


def error_message(exc) -> str:
    """Dutch text for a Click/Typer usage error, with the usage line and where
    to find help. With no arguments at all, the help itself."""
    message = exc.format_message()
    if type(exc).__name__ == "NoArgsIsHelpError":
        return help_text(message)
    dutch = _translate(ERRORS, message) or f"De opdracht klopt niet: {message}"
    lines = []
    ctx = getattr(exc, "ctx", None)
    if ctx is not None:
        lines.append(help_text(ctx.get_usage()))
        lines.append(f"Zie '{ctx.command_path} --help' voor uitleg.")
        lines.append("")
    lines.append(f"Fout: {dutch}")
    return "\n".join(lines)


def is_usage_error(exc: BaseException) -> bool:
    """A Click or Typer ClickException (vendored or not): it has an exit code
    and a message for the user."""
    return any(c.__name__ == "ClickException" for c in type(exc).__mro__) and hasattr(exc, "format_message")


class DutchCommand(TyperCommand):
    def get_help(self, ctx) -> str:
        return help_text(super().get_help(ctx))

    def get_usage(self, ctx) -> str:
        return help_text(super().get_usage(ctx))


# Typer's own options for completion with Tab (bash, zsh, fish), in Dutch
COMPLETION_HELP = {
    "install_completion": "Zet aanvullen met Tab aan voor uw shell (bash, zsh of fish).",
    "show_completion": "Laat het script voor aanvullen met Tab zien, om het zelf te plaatsen.",
}


class DutchGroup(TyperGroup):
    def get_params(self, ctx):
        params = super().get_params(ctx)
        for param in params:
            if param.name in COMPLETION_HELP:
                param.help = COMPLETION_HELP[param.name]  # type: ignore[attr-defined]
        return params

    def get_help(self, ctx) -> str:
        return help_text(super().get_help(ctx))

    def get_usage(self, ctx) -> str:
        return help_text(super().get_usage(ctx))
