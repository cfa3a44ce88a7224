"""The Typer app every command module adds itself to, and what the commands
share: exit codes, the one way to stop with a Dutch sentence, common options."""
from __future__ import annotations

from pathlib import Path
from typing import NoReturn, Optional

import typer

from begrijpelijk.cli.click_dutch import DutchGroup

app = typer.Typer(
    cls=DutchGroup,
    add_completion=True,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="begrijpelijk maakt Nederlandse brieven begrijpelijk: het controleert leesbaarheid (B1), jargon, lange zinnen en passieve zinnen.",
    context_settings={"help_option_names": ["-h", "--help"]},
)

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class State:
    debug = False


def fail(message: str) -> NoReturn:
    """Stop with one Dutch sentence on standard error and exit code 2."""
    typer.echo(message, err=True)
    raise typer.Exit(EXIT_ERROR)


def rule_names(items: list[str]) -> list[str]:
    """Rule ids from an option that may be repeated or hold commas: "jargon,afkorting" (like ruff's --select)."""
    return [name.strip() for item in items for name in item.split(",") if name.strip()]


def existing_folder(folder: Path, what: str = "deze map") -> Path:
    """The folder, or stop: "FOLDER: deze map bestaat niet. …"."""
    if not folder.is_dir():
        fail(f"{folder}: {what} bestaat niet. Maak de map eerst, of kies een andere map.")
    return folder


def user_templates(folder: Optional[Path]) -> Optional[Path]:
    """The user's own templates: --templates, else `sjablonen` in the config
    file found from the current folder."""
    from begrijpelijk.config import flags_as_config, resolve_settings

    if folder is not None:
        existing_folder(folder, "deze map met sjablonen")
    return resolve_settings(flags=flags_as_config(templates=folder)).templates


def text(name: str) -> str:
    """A text the command line writes (cli/texts/): the new config file, a new template."""
    from importlib import resources

    return resources.files("begrijpelijk.cli").joinpath("texts", name).read_text(encoding="utf8")


ModelOption = typer.Option(None, "--model", help="Een spaCy-model (naam of map) in plaats van het ingebouwde model.")
ColorOption = typer.Option(
    None, "--color/--no-color",
    help="Kleur aan of uit. Standaard: alleen op een terminal; NO_COLOR zet de kleur uit en FORCE_COLOR aan.",
)
TemplatesOption = typer.Option(None, "--sjablonen", "--templates", metavar="MAP", help="Een map met uw eigen sjablonen (gaat voor de ingebouwde).")


def show_version(value: bool) -> None:
    """--version: print the version and stop, before a command is needed."""
    if value:
        from begrijpelijk import __version__

        typer.echo(f"begrijpelijk {__version__}")
        raise typer.Exit(0)


@app.callback()
def main_options(
    debug: bool = typer.Option(False, "--debug", help="Laat bij een fout de technische details zien."),
    version: bool = typer.Option(False, "--version", help="Laat het versienummer zien.", is_eager=True, callback=show_version, expose_value=True),
) -> None:
    State.debug = debug
