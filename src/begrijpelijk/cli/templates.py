"""`begrijpelijk templates` (list, show, new) and `begrijpelijk render`."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from begrijpelijk.cli.app import (
    EXIT_FINDINGS,
    TemplatesOption,
    app,
    existing_folder,
    fail,
    text,
    user_templates,
)
from begrijpelijk.cli.click_dutch import DutchCommand, DutchGroup
from begrijpelijk.config import parse_letter_date
from begrijpelijk.writing import is_stdout, prepare_output, write_atomic

templates_app = typer.Typer(cls=DutchGroup, help="Briefsjablonen: bekijken, tonen en nieuwe maken.", no_args_is_help=False)
app.add_typer(templates_app, name="templates")



@templates_app.callback(invoke_without_command=True)
def templates_list(ctx: typer.Context, templates: Optional[Path] = TemplatesOption) -> None:
    """Laat alle sjablonen zien."""
    if ctx.invoked_subcommand is not None:
        return
    from begrijpelijk.templates.render import available, parse_template, shipped_folder

    folder = user_templates(templates)
    found = available(folder)
    width = max((len(n) for n in found), default=10)
    for name, path in found.items():
        template = parse_template(path, name)
        where = "" if path.parent == shipped_folder() else "  (eigen)"
        typer.echo(f"{name.ljust(width)}  {template.title}{where}")


@templates_app.command("show", cls=DutchCommand)
def templates_show(name: str = typer.Argument(..., metavar="NAAM", help="De naam van het sjabloon."), templates: Optional[Path] = TemplatesOption) -> None:
    """Laat de velden van een sjabloon zien, met een voorbeeld."""
    import yaml

    from begrijpelijk.templates.render import TYPE_EXAMPLES, find

    template = find(name, user_templates(templates))
    typer.echo(f"{template.name}: {template.title}")
    if template.description:
        typer.echo(template.description)
    typer.echo("")
    typer.echo("Velden:")
    for spec in template.fields.values():
        need = "verplicht" if spec.required else "mag leeg"
        kind = spec.type + (f" ({', '.join(spec.options)})" if spec.options else "")
        typer.echo(f"  {spec.name}: {kind}, {need}. {spec.description or TYPE_EXAMPLES[spec.type]}")
    typer.echo("")
    typer.echo("Voorbeeld van een gegevensbestand (klant.yaml):")
    example = yaml.safe_dump(template.example_data(), allow_unicode=True, sort_keys=False, default_flow_style=False)
    typer.echo("\n".join("  " + line for line in example.splitlines()))


@templates_app.command("new", cls=DutchCommand)
def templates_new(
    name: str = typer.Argument(..., metavar="NAAM", help="De naam van het nieuwe sjabloon (kleine letters en streepjes)."),
    templates: Optional[Path] = typer.Option(None, "--sjablonen", "--templates", metavar="MAP", help="De map waar het sjabloon komt (standaard: 'sjablonen' uit het instellingenbestand, anders deze map)."),
) -> None:
    """Maak een nieuw sjabloon met de vaste onderdelen van een duidelijke brief."""
    import re

    from begrijpelijk.templates.render import SUFFIX

    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name):
        fail(f"'{name}' is geen goede naam. Gebruik kleine letters, cijfers en streepjes, zoals uitnodiging-gesprek.")
    folder = existing_folder(user_templates(templates) or Path("."))
    target = folder / f"{name}{SUFFIX}"
    if target.exists() or target.is_symlink():
        fail(f"{target}: dit sjabloon bestaat al. Kies een andere naam.")
    prepare_output(target, False)
    write_atomic(target, text("nieuw-sjabloon.md.j2").replace("__TITEL__", name.replace("-", " ").capitalize()))
    typer.echo(f"{target} is gemaakt. Vul de tekst in en bekijk het met: begrijpelijk render {name} --voorbeeld --sjablonen {folder}")


@app.command(cls=DutchCommand)
def render(
    name: str = typer.Argument(..., metavar="NAAM", help="De naam van het sjabloon (zie: begrijpelijk templates)."),
    data: Optional[Path] = typer.Option(None, "--data", "-d", help="De gegevens van de klant: een YAML- of JSON-bestand."),
    example: bool = typer.Option(False, "--voorbeeld", help="Gebruik de voorbeeldwaarden van het sjabloon."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Het bestand voor de brief (.docx, .md, .txt, .html). Zonder -o: op het scherm."),
    format: Optional[str] = typer.Option(None, "--format", "-f", help="docx, md, txt of html (standaard: volgens de naam van -o)."),
    letter_date: Optional[str] = typer.Option(None, "--datum", help="De datum van de brief, zoals 2027-03-01 (standaard: vandaag)."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Een bestaand bestand vervangen."),
    strict: bool = typer.Option(False, "--strict", help="Schrijf niets als de controle een melding vanaf --fail-on geeft (exitcode 1)."),
    fail_on: str = typer.Option("waarschuwing", "--fail-on", help="Met --strict: vanaf welke ernst de brief niet wordt geschreven."),
    templates: Optional[Path] = TemplatesOption,
) -> None:
    """Maak een brief uit een sjabloon met de gegevens van een klant, en controleer hem."""
    import datetime as dt

    from begrijpelijk.api import check_bytes
    from begrijpelijk.config import flags_as_config, resolve_settings
    from begrijpelijk.findings import Severity
    from begrijpelijk.templates.output import output_format, render_text, write_letter
    from begrijpelijk.templates.render import find, load_data, validate
    from begrijpelijk.templates.render import render as render_template

    if (data is None) == (not example):
        fail("Geef de gegevens met --data klant.yaml, of gebruik --voorbeeld.")
    try:
        fail_level = Severity.parse(fail_on)
    except ValueError as exc:
        fail(str(exc))
    kind = output_format(output, format)
    if output is not None and is_stdout(output):
        output = None
    if kind == "docx" and output is None:
        fail("Een .docx-brief kan niet op het scherm. Geef een bestand met -o, zoals -o brief.docx.")
    if output is not None:
        prepare_output(output, overwrite)
    if templates is not None:
        existing_folder(templates, "deze map met sjablonen")
    settings = resolve_settings(flags=flags_as_config(templates=templates), purpose="render")
    folder = settings.templates
    template = find(name, folder)
    given = template.example_data() if data is None else load_data(data)
    values = validate(template, given, "De voorbeeldwaarden" if data is None else str(data))
    when = parse_letter_date(letter_date) if letter_date else dt.date.today()
    markdown = render_template(template, values, when, folder)
    report = check_bytes(markdown.encode("utf8"), f"{template.name}.md", settings)
    typer.echo(f"Controle: {report.summary()}. B1: {'ja' if report.checked[0].scores.b1 else 'nee'}.", err=True)
    for f in report.findings:
        typer.echo(f"  regel {f.line}: {f.severity.value} {f.rule}: {f.message}", err=True)
    if strict and report.fails(fail_level):
        typer.echo("De brief is niet geschreven, omdat de controle meldingen gaf (--strict).", err=True)
        raise typer.Exit(EXIT_FINDINGS)
    if output is None:
        sys.stdout.write(render_text(markdown, kind, template.title))
    else:
        write_letter(markdown, output, kind, template.title, overwrite)
        typer.echo(f"{output} is gemaakt.", err=True)

