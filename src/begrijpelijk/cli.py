"""The command line: parse options, call the library, pick a formatter, set the exit code.

Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or input error.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from .errors import BegrijpelijkError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="begrijpelijk maakt Nederlandse brieven begrijpelijk: het controleert leesbaarheid (B1), jargon, lange zinnen en passieve zinnen.",
    context_settings={"help_option_names": ["-h", "--help"]},
)

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class State:
    debug = False


def _fail(message: str) -> None:
    typer.echo(message, err=True)
    raise typer.Exit(EXIT_ERROR)


def collect_paths(inputs: list[str]) -> tuple[list[str], list[str]]:
    """Expand folders to the letters in them. Returns (paths, errors)."""
    from .readers import supported_extensions

    extensions = set(supported_extensions())
    paths: list[str] = []
    errors: list[str] = []
    for item in inputs:
        if item == "-":
            paths.append(item)
            continue
        p = Path(item)
        if p.is_dir():
            found = sorted(
                str(f) for f in p.rglob("*") if f.is_file() and f.suffix.lower() in extensions and not f.name.startswith("~$")
            )
            if not found:
                errors.append(
                    f"{item}: in deze map staan geen brieven ({', '.join(sorted(extensions))}). Kies een andere map."
                )
            paths.extend(found)
        else:
            paths.append(item)
    return paths, errors


@app.callback()
def main_options(
    debug: bool = typer.Option(False, "--debug", help="Laat bij een fout de technische details zien."),
    version: bool = typer.Option(False, "--version", help="Laat het versienummer zien.", is_eager=True),
) -> None:
    State.debug = debug
    if version:
        from . import __version__

        typer.echo(f"begrijpelijk {__version__}")
        raise typer.Exit(0)


@app.command()
def check(
    files: List[str] = typer.Argument(..., help="Brieven (.txt, .md, .docx) of mappen; - leest de tekst van standaardinvoer."),
    format: str = typer.Option("terminal", "--format", "-f", help="Uitvoer: terminal of json."),
    fail_on: str = typer.Option("fout", "--fail-on", help="Vanaf welke ernst de exitcode 1 is: fout, waarschuwing of suggestie."),
    model: Optional[str] = typer.Option(None, "--model", help="Een spaCy-model (naam of map) in plaats van het ingebouwde model."),
    disable: List[str] = typer.Option([], "--uit", help="Zet een regel uit (mag vaker)."),
    only: List[str] = typer.Option([], "--alleen", help="Gebruik alleen deze regel (mag vaker)."),
    option: List[str] = typer.Option([], "--optie", help="Optie van een regel, zoals lange-zin.max-woorden=15 (mag vaker)."),
    allow: List[str] = typer.Option([], "--toestaan", help="Een woord dat altijd goed is (mag vaker)."),
    allow_list: List[str] = typer.Option([], "--toestaan-lijst", help="Een bestand met woorden die altijd goed zijn, één per regel (mag vaker)."),
    jargon_list: List[str] = typer.Option([], "--jargon-lijst", help="Uw eigen jargonlijst (woord<TAB>alternatief); vult de ingebouwde lijst aan en gaat voor (mag vaker)."),
    color: Optional[bool] = typer.Option(None, "--color/--no-color", help="Kleur aan of uit (standaard: alleen op een terminal)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Alleen de meldingen, zonder scores en zinnen."),
) -> None:
    """Controleer brieven: leesbaarheid, B1-oordeel en elke melding op zijn plek."""
    from . import formatters
    from .checker import check_documents
    from .config import Settings, parse_option
    from .findings import FileReport, Report, Severity
    from .readers import read_bytes, read_path
    from .readers import text as text_reader

    if format not in formatters.FORMATS:
        _fail(f"Het formaat '{format}' bestaat niet. Kies uit: {', '.join(formatters.FORMATS)}.")
    try:
        fail_level = Severity.parse(fail_on)
    except ValueError as exc:
        _fail(str(exc))
    settings = Settings(
        fail_on=fail_level,
        model=model,
        disabled=set(disable),
        only=set(only) or None,
        allow_words=tuple(allow),
        allow_files=tuple(allow_list),
        extra_jargon=tuple(jargon_list),
    )
    for text in option:
        rule_id, key, value = parse_option(text)
        settings.options.setdefault(rule_id, {})[key] = value
    settings.validate()

    paths, errors = collect_paths(files)
    documents = []
    failed: list[FileReport] = [FileReport(path=e.split(":", 1)[0], error=e) for e in errors]
    for path in paths:
        try:
            if path == "-":
                data = sys.stdin.buffer.read()
                documents.append(read_bytes(data, "<standaardinvoer>", text_reader.read))
            else:
                documents.append(read_path(Path(path)))
        except BegrijpelijkError as exc:
            failed.append(FileReport(path=path, error=exc.message))
    report = check_documents(documents, settings) if documents else Report([])
    report.files = failed + report.files
    # errors go to stderr for the terminal; json carries them in the file entries
    if format == "terminal":
        for f in failed:
            typer.echo(f.error, err=True)
        shown = Report([f for f in report.files if not f.error])
        if shown.files or not failed:
            formatters.get("terminal")(shown, formatters.OutputOptions(color=color, quiet=quiet))
    else:
        for f in failed:
            typer.echo(f.error, err=True)
        sys.stdout.write(formatters.get(format)(report, formatters.OutputOptions(color=color, quiet=quiet)))
    if failed:
        raise typer.Exit(EXIT_ERROR)
    raise typer.Exit(EXIT_FINDINGS if report.fails(settings.fail_on) else EXIT_OK)


@app.command()
def rules(rule_id: Optional[str] = typer.Argument(None, help="Laat één regel zien, met uitleg.")) -> None:
    """Laat alle regels zien, of de uitleg van één regel."""
    from .rules import registry

    all_rules = registry()
    if rule_id:
        rule = all_rules.get(rule_id)
        if rule is None:
            _fail(f"De regel '{rule_id}' bestaat niet. Bekijk alle regels met: begrijpelijk rules")
        typer.echo(f"{rule.id}  ({rule.severity.value})")
        if rule.options:
            typer.echo("Opties: " + ", ".join(f"{k} = {v}" for k, v in rule.options.items()))
        typer.echo("")
        typer.echo(rule.doc)
        return
    width = max(len(r) for r in all_rules)
    for rule in all_rules.values():
        options = ", ".join(f"{k}={v}" for k, v in rule.options.items())
        line = f"{rule.id.ljust(width)}  {rule.severity.value.ljust(12)}  {rule.summary}"
        if options:
            line += f"  [opties: {options}]"
        typer.echo(line)


@app.command()
def woord(
    words: List[str] = typer.Argument(..., help="Het woord (of de woorden) om op te zoeken."),
    model: Optional[str] = typer.Option(None, "--model", help="Een spaCy-model (naam of map) in plaats van het ingebouwde model."),
) -> None:
    """Zoek een woord op: is het B1, hoe vaak komt het voor, en wat kunt u beter schrijven?"""
    from .lookup import look_up

    for line in look_up(" ".join(words), model=model):
        typer.echo(line)


def main() -> None:
    debug = "--debug" in sys.argv
    try:
        app(standalone_mode=True)
    except BegrijpelijkError as exc:
        if debug:
            raise
        typer.echo(exc.message, err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        typer.echo("Gestopt.", err=True)
        sys.exit(130)
    except Exception:
        if debug:
            raise
        typer.echo(
            "Er ging iets mis in begrijpelijk zelf. Probeer het opnieuw met --debug en meld de fout aan de makers.",
            err=True,
        )
        sys.exit(EXIT_ERROR)
