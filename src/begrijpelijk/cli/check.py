"""`begrijpelijk check`: flags → settings and a CheckRequest; the library
checks; the chosen formatter writes; the exit code says what was found."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from begrijpelijk.cli.app import (
    EXIT_ERROR,
    EXIT_FINDINGS,
    EXIT_OK,
    ColorOption,
    ModelOption,
    app,
    fail,
    rule_names,
)
from begrijpelijk.cli.click_dutch import DutchCommand
from begrijpelijk.findings import amount
from begrijpelijk.writing import is_stdout, prepare_output, write_atomic


@app.command(cls=DutchCommand)
def check(
    files: List[str] = typer.Argument(..., metavar="BESTAND", help="Brieven (.txt, .md, .html, .docx) of mappen; - leest de tekst van standaardinvoer."),
    format: str = typer.Option("terminal", "--format", "-f", help="Uitvoer: terminal, json, sarif, github, junit of html."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Schrijf het rapport naar dit bestand in plaats van naar het scherm."),
    comments: Optional[Path] = typer.Option(None, "--opmerkingen", help="Maak een kopie van de Word-brief met een opmerking bij elke melding."),
    fail_on: Optional[str] = typer.Option(None, "--fail-on", help="Vanaf welke ernst de exitcode 1 is: fout, waarschuwing of suggestie (standaard fout)."),
    level: Optional[str] = typer.Option(None, "--niveau", help="Het taalniveau voor het oordeel: A2, B1 of B2 (standaard B1)."),
    config: Optional[Path] = typer.Option(None, "--config", help="Dit instellingenbestand gebruiken in plaats van begrijpelijk.toml of pyproject.toml zoeken."),
    no_config: bool = typer.Option(False, "--geen-config", help="Geen instellingenbestand gebruiken."),
    model: Optional[str] = ModelOption,
    disable: List[str] = typer.Option([], "--uit", help="Zet een regel uit (mag vaker, of met komma's: jargon,passief)."),
    enable: List[str] = typer.Option([], "--aan", help="Zet een regel aan die standaard uit staat (mag vaker, of met komma's)."),
    only: List[str] = typer.Option([], "--alleen", help="Gebruik alleen deze regel (mag vaker, of met komma's: jargon,passief)."),
    option: List[str] = typer.Option([], "--optie", help="Optie van een regel, zoals lange-zin.max-woorden=15 (mag vaker)."),
    allow: List[str] = typer.Option([], "--toestaan", help="Een woord dat altijd goed is (mag vaker)."),
    allow_list: List[str] = typer.Option([], "--toestaan-lijst", metavar="BESTAND", help="Een bestand met woorden die altijd goed zijn, één per regel (mag vaker)."),
    jargon_list: List[str] = typer.Option([], "--jargon-lijst", metavar="BESTAND", help="Uw eigen jargonlijst (woord<TAB>alternatief); vult de ingebouwde lijst aan en gaat voor (mag vaker)."),
    color: Optional[bool] = ColorOption,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Alleen de meldingen, zonder scores en zinnen."),
    baseline: Optional[Path] = typer.Option(None, "--baseline", help="Meld alleen meldingen die niet in dit bestand staan. Bestaat het nog niet, dan wordt het gemaakt."),
    baseline_update: bool = typer.Option(False, "--baseline-update", help="Met --baseline: schrijf de baseline opnieuw met de meldingen van nu."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Vervang een bestaand rapport (-o) of een bestaande Word-kopie (--opmerkingen)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, max=64, help="Aantal processen dat tegelijk controleert."),
) -> None:
    """Controleer brieven: leesbaarheid, B1-oordeel en elke melding op zijn plek."""
    from begrijpelijk import formatters
    from begrijpelijk.check.request import CheckRequest, run
    from begrijpelijk.config import flags_as_config, resolve_settings, settings_by_file

    if format not in formatters.FORMATS:
        fail(f"Het formaat '{format}' bestaat niet. Kies uit: {', '.join(formatters.FORMATS)}.")
    if baseline_update and baseline is None:
        fail("--baseline-update werkt alleen met --baseline BESTAND.")
    if format == "terminal" and output is not None:
        fail("Een rapport in een bestand kan als json, sarif, github, junit of html. Kies er een met --format.")
    # every output is checked before the work starts: nothing is replaced unless asked
    if output is not None:
        prepare_output(output, overwrite, suffixes=formatters.SUFFIXES[format])
    if comments is not None:
        prepare_output(comments, overwrite, suffixes=(".docx",))
    # defaults < config file < command-line flags
    flags = flags_as_config(
        level=level, fail_on=fail_on, disable=rule_names(disable), enable=rule_names(enable), only=rule_names(only), options=option,
        allow=allow, allow_lists=allow_list, jargon_lists=jargon_list, model=model,
    )
    settings = resolve_settings(files, config=config, use_config=not no_config, flags=flags)
    # without --config, each file takes the settings of its own nearest config file
    per_file = settings_by_file(flags) if config is None and not no_config else None
    report = run(CheckRequest(files, settings, jobs=jobs, progress=sys.stderr.isatty() and not quiet, settings_for=per_file))
    if baseline is not None:
        _baseline(report, baseline, baseline_update)
    # unreadable files go to standard error; the json and other reports carry them too
    for unreadable in report.unreadable:
        typer.echo(unreadable.error, err=True)
    options = formatters.OutputOptions(color=color, quiet=quiet, fail_on=settings.fail_on)
    if format == "terminal":
        if report.checked or not report.unreadable:
            from begrijpelijk.findings import Report

            sys.stdout.write(formatters.get("terminal")(Report(list(report.checked)), options))
    else:
        written = formatters.get(format)(report, options)
        if output is not None and not is_stdout(output):
            write_atomic(output, written)
            typer.echo(f"{output} is gemaakt.", err=True)
        else:
            sys.stdout.write(written)
    if comments is not None:
        _docx_comments(report, comments)
    if report.unreadable:
        raise typer.Exit(EXIT_ERROR)
    raise typer.Exit(EXIT_FINDINGS if report.fails(settings.fail_on) else EXIT_OK)


def _baseline(report, path: Path, update: bool) -> None:
    from begrijpelijk.check import baseline as baselines

    if update or not path.exists():
        count = baselines.write(report, path)
        typer.echo(f"{path}: baseline geschreven met {amount(count, 'melding', 'meldingen')}.", err=True)
        for f in report.checked:
            f.findings = []
    else:
        baselines.filter_new(report, baselines.read(path), path)


def _docx_comments(report, path: Path) -> None:
    from begrijpelijk.errors import InputError
    from begrijpelijk.formatters.docx_comments import write_commented_copy

    docx_files = [f for f in report.checked if f.format == "docx"]
    if len(docx_files) != 1:
        raise InputError("--opmerkingen werkt met precies één Word-brief (.docx).")
    if Path(docx_files[0].path).resolve() == path.resolve():
        raise InputError(f"{path}: dit is de brief zelf. Kies een andere naam voor de kopie; de brief blijft zoals hij is.")
    count = write_commented_copy(docx_files[0], path)
    typer.echo(f"{path} is gemaakt, met {amount(count, 'opmerking', 'opmerkingen')}.", err=True)

