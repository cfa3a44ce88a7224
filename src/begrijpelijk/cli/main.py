"""The command line: parse options, call the library, pick a formatter, set the exit code.

Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or input error.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from begrijpelijk.cli.click_dutch import (
    DutchCommand,
    DutchGroup,
    error_message,
    is_usage_error,
)
from begrijpelijk.errors import BegrijpelijkError
from begrijpelijk.writing import is_stdout, prepare_output, write_atomic

app = typer.Typer(
    cls=DutchGroup,
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


def _excluded(path: Path, patterns, base: Optional[Path]) -> bool:
    import fnmatch

    if not patterns:
        return False
    try:
        relative = path.resolve().relative_to(base.resolve()).as_posix() if base else path.as_posix()
    except ValueError:
        relative = path.as_posix()
    return any(fnmatch.fnmatch(relative, p) or fnmatch.fnmatch(path.as_posix(), p) for p in patterns)


def collect_paths(inputs: list[str], exclude=(), base: Optional[Path] = None, include=()) -> tuple[list[str], list[str]]:
    """Expand folders to the letters in them (leaving out files that match an
    exclude pattern). Returns (paths, errors)."""
    from begrijpelijk.readers import supported_extensions

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
                str(f)
                for f in p.rglob("*")
                if f.is_file()
                and f.suffix.lower() in extensions
                and not f.name.startswith("~$")
                and not _excluded(f, exclude, base)
                and (not include or _excluded(f, include, base))
            )
            if not found:
                errors.append(
                    f"{item}: in deze map staan geen brieven ({', '.join(sorted(extensions))}). Kies een andere map."
                )
            paths.extend(found)
        else:
            paths.append(item)
    return paths, errors


def _show_version(value: bool) -> None:
    """--version: print the version and stop, before a command is needed."""
    if value:
        from begrijpelijk import __version__

        typer.echo(f"begrijpelijk {__version__}")
        raise typer.Exit(0)


@app.callback()
def main_options(
    debug: bool = typer.Option(False, "--debug", help="Laat bij een fout de technische details zien."),
    version: bool = typer.Option(False, "--version", help="Laat het versienummer zien.", is_eager=True, callback=_show_version, expose_value=True),
) -> None:
    State.debug = debug


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
    model: Optional[str] = typer.Option(None, "--model", help="Een spaCy-model (naam of map) in plaats van het ingebouwde model."),
    disable: List[str] = typer.Option([], "--uit", help="Zet een regel uit (mag vaker)."),
    enable: List[str] = typer.Option([], "--aan", help="Zet een regel aan die standaard uit staat (mag vaker)."),
    only: List[str] = typer.Option([], "--alleen", help="Gebruik alleen deze regel (mag vaker)."),
    option: List[str] = typer.Option([], "--optie", help="Optie van een regel, zoals lange-zin.max-woorden=15 (mag vaker)."),
    allow: List[str] = typer.Option([], "--toestaan", help="Een woord dat altijd goed is (mag vaker)."),
    allow_list: List[str] = typer.Option([], "--toestaan-lijst", help="Een bestand met woorden die altijd goed zijn, één per regel (mag vaker)."),
    jargon_list: List[str] = typer.Option([], "--jargon-lijst", help="Uw eigen jargonlijst (woord<TAB>alternatief); vult de ingebouwde lijst aan en gaat voor (mag vaker)."),
    color: Optional[bool] = typer.Option(None, "--color/--no-color", help="Kleur aan of uit (standaard: alleen op een terminal)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Alleen de meldingen, zonder scores en zinnen."),
    baseline: Optional[Path] = typer.Option(None, "--baseline", help="Meld alleen meldingen die niet in dit bestand staan. Bestaat het nog niet, dan wordt het gemaakt."),
    baseline_update: bool = typer.Option(False, "--baseline-update", help="Met --baseline: schrijf de baseline opnieuw met de meldingen van nu."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Vervang een bestaand rapport (-o) of een bestaande Word-kopie (--opmerkingen)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, max=64, help="Aantal processen dat tegelijk controleert."),
) -> None:
    """Controleer brieven: leesbaarheid, B1-oordeel en elke melding op zijn plek."""
    from begrijpelijk import formatters
    from begrijpelijk.config import flags_as_config, resolve_settings
    from begrijpelijk.findings import FileReport, Report
    from begrijpelijk.readers import read_bytes, read_path
    from begrijpelijk.readers import text as text_reader

    if format not in formatters.FORMATS:
        _fail(f"Het formaat '{format}' bestaat niet. Kies uit: {', '.join(formatters.FORMATS)}.")
    if baseline_update and baseline is None:
        _fail("--baseline-update werkt alleen met --baseline BESTAND.")
    if format == "terminal" and output is not None:
        _fail("Een rapport in een bestand kan als json, sarif, github, junit of html. Kies er een met --format.")
    # every output is checked before the work starts: nothing is replaced unless asked
    if output is not None:
        prepare_output(output, overwrite, suffixes=formatters.SUFFIXES[format])
    if comments is not None:
        prepare_output(comments, overwrite, suffixes=(".docx",))
    # defaults < config file < command-line flags
    settings = resolve_settings(
        files, config=config, use_config=not no_config,
        flags=flags_as_config(
            level=level, fail_on=fail_on, disable=disable, enable=enable, only=only, options=option,
            allow=allow, allow_lists=allow_list, jargon_lists=jargon_list, model=model,
        ),
    )

    base = settings.config_path.parent if settings.config_path is not None else None
    paths, errors = collect_paths(files, settings.exclude, base, settings.include)
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
    report = run_check(documents, settings, jobs, quiet) if documents else Report([])
    report.files = failed + report.files
    if baseline is not None:
        from begrijpelijk.check import baseline as baselines

        if baseline_update or not baseline.exists():
            count = baselines.write(report, baseline)
            typer.echo(f"{baseline}: baseline geschreven met {count} meldingen.", err=True)
            for f in report.files:
                f.findings = []
        else:
            baselines.filter_new(report, baselines.read(baseline), baseline)
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
        text = formatters.get(format)(report, formatters.OutputOptions(color=color, quiet=quiet))
        if output is not None and not is_stdout(output):
            write_atomic(output, text)
            typer.echo(f"{output} is gemaakt.", err=True)
        else:
            sys.stdout.write(text)
    if comments is not None:
        _word_comments(report, comments)
    if failed:
        raise typer.Exit(EXIT_ERROR)
    raise typer.Exit(EXIT_FINDINGS if report.fails(settings.fail_on) else EXIT_OK)


def _word_comments(report, path: Path) -> None:
    from begrijpelijk.errors import InputError
    from begrijpelijk.formatters.docx_comments import write_commented_copy

    docx_files = [f for f in report.files if f.format == "docx" and not f.error]
    if len(docx_files) != 1:
        raise InputError("--opmerkingen werkt met precies één Word-brief (.docx).")
    if Path(docx_files[0].path).resolve() == path.resolve():
        raise InputError(f"{path}: dit is de brief zelf. Kies een andere naam voor de kopie; de brief blijft zoals hij is.")
    count = write_commented_copy(docx_files[0], path)
    typer.echo(f"{path} is gemaakt, met {count} opmerkingen.", err=True)


def run_check(documents, settings, jobs: int, quiet: bool):
    """Check documents in batches, with a progress bar on a terminal, in
    ``jobs`` processes when asked."""
    import os

    from begrijpelijk.check.run import check_documents
    from begrijpelijk.findings import Report

    show_progress = sys.stderr.isatty() and not quiet and not os.environ.get("CI") and len(documents) > 5
    batch = 64
    batches = [documents[i : i + batch] for i in range(0, len(documents), batch)]
    files = []
    progress = None
    if show_progress:
        from rich.progress import Progress

        progress = Progress(transient=True)
        progress.start()
        task = progress.add_task("Brieven controleren", total=len(documents))
    try:
        if jobs > 1 and len(batches) > 1:
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(max_workers=jobs) as pool:
                for part in pool.map(check_documents, batches, [settings] * len(batches)):
                    files.extend(part.files)
                    if progress:
                        progress.update(task, advance=len(part.files))
        else:
            for docs in batches:
                files.extend(check_documents(docs, settings).files)
                if progress:
                    progress.update(task, advance=len(docs))
    finally:
        if progress:
            progress.stop()
    return Report(files)


@app.command(cls=DutchCommand)
def rules(rule_id: Optional[str] = typer.Argument(None, help="Laat één regel zien, met uitleg.")) -> None:
    """Laat alle regels zien, of de uitleg van één regel."""
    from begrijpelijk.rules import registry

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


INIT_TEXT = """\
# Instellingen voor begrijpelijk. begrijpelijk zoekt dit bestand in de map van de
# brief en in de mappen erboven. U kunt dezelfde instellingen ook in pyproject.toml
# zetten, onder [tool.begrijpelijk]. Een optie op de opdrachtregel gaat voor.

# Vanaf welke ernst de exitcode 1 is: "fout", "waarschuwing" of "suggestie".
fail-on = "fout"

# Het taalniveau voor het oordeel: "A2", "B1" of "B2".
niveau = "B1"

# Een ander spaCy-model (naam of map). Leeg: het ingebouwde Nederlandse model.
# model = "nl_core_news_lg"

# Regels die uit staan. Alle regels: begrijpelijk rules
uit = []

# Regels die standaard uit staan (hun meldingen waren op echte teksten te vaak fout),
# en die u toch wilt gebruiken: passief, moeilijk-woord, naamwoordstijl, tangconstructie,
# tussenzin, actie-onduidelijk, stappen, schuld-toon.
aan = []

# Alleen deze regels gebruiken (leeg: alle regels).
# alleen = ["jargon", "lange-zin"]

# Woorden die nooit een melding geven, en bestanden met zulke woorden (één per regel).
toestaan = []
toestaan-lijst = []

# Uw eigen jargonlijst: woord<TAB>alternatief|alternatief<TAB>opmerking.
# Een woord uit uw lijst gaat voor de ingebouwde lijst.
jargon-lijst = []

# Een map met uw eigen briefsjablonen (voor begrijpelijk render en templates).
# sjablonen = "sjablonen"

# Welke bestanden in een map begrijpelijk controleert (patronen, vanaf deze map;
# leeg: alle brieven en sjablonen), en welke het overslaat.
include = []
exclude = []

# De ernst per regel: "fout", "waarschuwing" of "suggestie".
[ernst]
{severities}

# Wanneer een brief op zijn niveau is. Deze waarden gelden bovenop het niveau.
[b1]
max-lint-niveau = 2               # LiNT-niveau van de hele brief, 1 tot 4
lange-zin-woorden = 20            # een zin met meer woorden is lang
max-lange-zinnen = 0.15           # deel van de zinnen dat lang mag zijn (één lange zin mag altijd)
max-jargon-per-100-woorden = 1.0  # jargon per 100 woorden, gewogen naar ernst (één woord mag altijd)

# De opties van de regels, met hun standaardwaarde.
{options}
"""


@app.command(cls=DutchCommand)
def init(
    folder: Path = typer.Argument(Path("."), help="De map waar begrijpelijk.toml komt."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Een bestaand begrijpelijk.toml vervangen."),
) -> None:
    """Maak een begrijpelijk.toml met alle instellingen en uitleg."""
    from begrijpelijk.rules import registry
    target = folder / "begrijpelijk.toml"
    if not folder.is_dir():
        _fail(f"{folder}: deze map bestaat niet. Maak de map eerst, of kies een andere map.")
    prepare_output(target, overwrite)
    rules = registry()
    severities = "\n".join(f'# {r.id} = "{r.severity.value}"' for r in rules.values())
    blocks = []
    for rule in rules.values():
        if rule.options:
            lines = [f"[{rule.id}]"] + [f"{k} = {_toml_value(v)}" for k, v in rule.options.items()]
            blocks.append("\n".join(lines))
    write_atomic(target, INIT_TEXT.format(severities=severities, options="\n\n".join(blocks)))
    typer.echo(f"{target} is gemaakt.")


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    return str(value)


@app.command(cls=DutchCommand)
def woord(
    words: List[str] = typer.Argument(..., help="Het woord (of de woorden) om op te zoeken."),
    model: Optional[str] = typer.Option(None, "--model", help="Een spaCy-model (naam of map) in plaats van het ingebouwde model."),
) -> None:
    """Zoek een woord op: is het B1, hoe vaak komt het voor, en wat kunt u beter schrijven?"""
    from begrijpelijk.check.lookup import look_up

    for line in look_up(" ".join(words), model=model):
        typer.echo(line)


@app.command(cls=DutchCommand)
def fix(
    files: List[str] = typer.Argument(..., metavar="BRIEF", help="Brieven om te verbeteren (.txt, .md, .html, .docx, sjablonen)."),
    write: bool = typer.Option(False, "--write", "-w", help="Verander het bestand echt. Zonder --write ziet u alleen wat er zou veranderen."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Schrijf de verbeterde brief naar dit bestand (één brief); - is het scherm."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Met -o: vervang een bestand dat al bestaat."),
    backup: bool = typer.Option(False, "--backup", help="Met --write: bewaar het oude bestand als BESTAND.orig."),
    only: List[str] = typer.Option([], "--alleen", help="Alleen deze regel verbeteren: jargon, afkorting of vage-termijn (mag vaker, of met komma's: jargon,afkorting)."),
    interactive: bool = typer.Option(False, "--interactief", "-i", help="Vraag bij elke verandering of die mag (j/n/s)."),
    letter_date: Optional[str] = typer.Option(None, "--datum", help="De datum van de brief (JJJJ-MM-DD): dan wordt 'binnen 14 dagen' een echte datum."),
    color: Optional[bool] = typer.Option(None, "--color/--no-color", help="Kleur aan of uit (standaard: alleen op een terminal)."),
    model: Optional[str] = typer.Option(None, "--model", help="Een spaCy-model (naam of map) in plaats van het ingebouwde model."),
) -> None:
    """Verbeter wat veilig kan: jargon met één gewoon woord, afkortingen voluit, termijnen als datum."""
    import datetime as dt

    from begrijpelijk.config import flags_as_config, resolve_settings
    from begrijpelijk.fix.edits import fixable
    from begrijpelijk.fix.files import run_fix

    rules = fixable(r.strip() for item in only for r in item.split(",") if r.strip()) if only else None
    when = None
    if letter_date:
        try:
            when = dt.date.fromisoformat(letter_date)
        except ValueError:
            _fail(f"'{letter_date}' is geen datum. Schrijf de datum zo: 2027-03-01.")
    if output is not None and len(files) != 1:
        _fail("Met -o kunt u één brief tegelijk verbeteren.")
    if interactive and not sys.stdin.isatty():
        _fail("--interactief werkt alleen op een terminal.")
    # the user's config counts for fix as for check: its own jargon list, allowed words
    settings = resolve_settings(files, flags=flags_as_config(model=model), purpose="fix", fix_rules=rules, letter_date=when)
    code = run_fix(files, settings, write=write, output=output, backup=backup, interactive=interactive, color=color, overwrite=overwrite)
    raise typer.Exit(code)


templates_app = typer.Typer(cls=DutchGroup, help="Briefsjablonen: bekijken, tonen en nieuwe maken.", no_args_is_help=False)
app.add_typer(templates_app, name="templates")

TemplatesOption = typer.Option(None, "--templates", help="Een map met uw eigen sjablonen (gaat voor de ingebouwde).")


def _user_templates(folder: Optional[Path]) -> Optional[Path]:
    """The user's own templates: --templates, else `sjablonen` in the config
    file found from the current folder."""
    from begrijpelijk.config import flags_as_config, resolve_settings

    if folder is not None and not folder.is_dir():
        _fail(f"{folder}: deze map met sjablonen bestaat niet.")
    return resolve_settings(flags=flags_as_config(templates=folder)).templates


@templates_app.callback(invoke_without_command=True)
def templates_list(ctx: typer.Context, templates: Optional[Path] = TemplatesOption) -> None:
    """Laat alle sjablonen zien."""
    if ctx.invoked_subcommand is not None:
        return
    from begrijpelijk.templates.render import available, parse_template, shipped_folder

    folder = _user_templates(templates)
    found = available(folder)
    width = max((len(n) for n in found), default=10)
    for name, path in found.items():
        template = parse_template(path, name)
        where = "" if path.parent == shipped_folder() else "  (eigen)"
        typer.echo(f"{name.ljust(width)}  {template.title}{where}")


@templates_app.command("show", cls=DutchCommand)
def templates_show(name: str = typer.Argument(..., help="De naam van het sjabloon."), templates: Optional[Path] = TemplatesOption) -> None:
    """Laat de velden van een sjabloon zien, met een voorbeeld."""
    import yaml

    from begrijpelijk.templates.render import TYPE_EXAMPLES, find

    template = find(name, _user_templates(templates))
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


NEW_TEMPLATE = """---
titel: {title}
beschrijving: Waar deze brief voor is, en voor wie.
velden:
  naam:
    type: tekst
    beschrijving: Hoe u de lezer aanspreekt, zoals "mevrouw Jansen".
    voorbeeld: mevrouw Jansen
  stappen:
    type: stappen
    beschrijving: Wat de lezer moet doen, één actie per stap.
    voorbeeld:
      - Zoek uw laatste loonstrook.
      - als: U hebt geen loonstrook
        dan: stuur ons een bankafschrift
  contact_naam:
    type: tekst
    beschrijving: Uw naam, als vaste contactpersoon.
    voorbeeld: Anna de Boer
  contact_telefoon:
    type: telefoon
    beschrijving: Uw directe telefoonnummer.
    voorbeeld: "0301234567"
---
# {title}

Beste {{{{ naam }}}},

Schrijf hier in één of twee korte zinnen waar de brief over gaat en wat dat voor de lezer betekent.

## Wat moet u doen?

{{{{ stap_voor_stap(stappen) }}}}

## Vragen?

Bel mij gerust. Ik ben {{{{ contact_naam }}}}. Mijn nummer is {{{{ contact_telefoon | telefoon }}}}.

Met vriendelijke groet,

{{{{ contact_naam }}}}
"""


@templates_app.command("new", cls=DutchCommand)
def templates_new(
    name: str = typer.Argument(..., help="De naam van het nieuwe sjabloon (kleine letters en streepjes)."),
    templates: Optional[Path] = typer.Option(None, "--templates", help="De map waar het sjabloon komt (standaard: 'sjablonen' uit het instellingenbestand, anders deze map)."),
) -> None:
    """Maak een nieuw sjabloon met de vaste onderdelen van een duidelijke brief."""
    import re

    from begrijpelijk.templates.render import SUFFIX

    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name):
        _fail(f"'{name}' is geen goede naam. Gebruik kleine letters, cijfers en streepjes, zoals uitnodiging-gesprek.")
    folder = _user_templates(templates) or Path(".")
    if not folder.is_dir():
        _fail(f"{folder}: deze map bestaat niet.")
    target = folder / f"{name}{SUFFIX}"
    if target.exists() or target.is_symlink():
        _fail(f"{target}: dit sjabloon bestaat al. Kies een andere naam.")
    prepare_output(target, False)
    write_atomic(target, NEW_TEMPLATE.format(title=name.replace("-", " ").capitalize()))
    typer.echo(f"{target} is gemaakt. Vul de tekst in en bekijk het met: begrijpelijk render {name} --voorbeeld --templates {folder}")


@app.command(cls=DutchCommand)
def render(
    name: str = typer.Argument(..., help="De naam van het sjabloon (zie: begrijpelijk templates)."),
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
        _fail("Geef de gegevens met --data klant.yaml, of gebruik --voorbeeld.")
    try:
        fail_level = Severity.parse(fail_on)
    except ValueError as exc:
        _fail(str(exc))
    kind = output_format(output, format)
    if output is not None and is_stdout(output):
        output = None
    if kind == "docx" and output is None:
        _fail("Een .docx-brief kan niet op het scherm. Geef een bestand met -o, zoals -o brief.docx.")
    if output is not None:
        prepare_output(output, overwrite)
    if templates is not None and not templates.is_dir():
        _fail(f"{templates}: deze map met sjablonen bestaat niet.")
    settings = resolve_settings(flags=flags_as_config(templates=templates), purpose="render")
    folder = settings.templates
    template = find(name, folder)
    values = validate(template, template.example_data() if example else load_data(data), "De voorbeeldwaarden" if example else str(data))
    try:
        when = dt.date.fromisoformat(letter_date) if letter_date else dt.date.today()
    except ValueError:
        _fail(f"'{letter_date}' is geen datum. Schrijf de datum zo: 2027-03-01.")
    markdown = render_template(template, values, when, folder)
    report = check_bytes(markdown.encode("utf8"), f"{template.name}.md", settings)
    findings = report.findings
    counts = report.counts_per_severity()
    typer.echo(
        f"Controle: {len(findings)} meldingen ({counts['fout']} fout, {counts['waarschuwing']} waarschuwing, "
        f"{counts['suggestie']} suggestie). B1: {'ja' if report.files[0].scores.b1 else 'nee'}.",
        err=True,
    )
    for f in findings:
        typer.echo(f"  regel {f.line}: {f.severity.value} {f.rule}: {f.message}", err=True)
    if strict and report.fails(fail_level):
        typer.echo("De brief is niet geschreven, omdat de controle meldingen gaf (--strict).", err=True)
        raise typer.Exit(EXIT_FINDINGS)
    if output is None:
        sys.stdout.write(render_text(markdown, kind, template.title))
    else:
        write_letter(markdown, output, kind, template.title, overwrite)
        typer.echo(f"{output} is gemaakt.", err=True)


@app.command(cls=DutchCommand)
def serve(
    port: int = typer.Option(8000, "--port", "-p", min=1, max=65535, help="De poort van de pagina."),
    host: Optional[str] = typer.Option(None, "--host", help="Luister op dit adres in plaats van alleen op deze computer (127.0.0.1). Alleen op een netwerk dat u vertrouwt."),
    open_browser: bool = typer.Option(False, "--open", help="Open de pagina in de browser."),
    templates: Optional[Path] = TemplatesOption,
) -> None:
    """Open begrijpelijk als pagina in de browser: brieven controleren en verbeteren, en brieven maken uit sjablonen."""
    import socket
    import threading
    import time

    import uvicorn

    from begrijpelijk.web.app import bind_host, create_app
    from begrijpelijk.web.service import Service, pasted

    address, warning = bind_host(host)
    if warning:
        typer.echo(warning, err=True)
    folder = _user_templates(templates)
    service = Service(Path.cwd(), folder)
    typer.echo("Het taalmodel wordt geladen …", err=True)
    service.check_json(pasted("Dit is een korte brief om het model te laden."))
    shown = f"[{address}]" if ":" in address else address
    url = f"http://{shown}:{port}/"
    try:  # a port in use gets a Dutch sentence, not uvicorn's English log
        with socket.socket(socket.AF_INET6 if ":" in address else socket.AF_INET) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((address, port))
    except OSError as exc:
        _fail(f"De pagina kan niet starten op {address} poort {port} ({exc.strerror}). Kies een andere poort met --port.")
    server = uvicorn.Server(uvicorn.Config(create_app(service), host=address, port=port, log_level="warning"))

    def announce() -> None:
        while not server.started and not server.should_exit:
            time.sleep(0.05)
        if server.started:
            typer.echo(f"begrijpelijk staat klaar op {url}  (stoppen: Ctrl+C)", err=True)
            if open_browser:
                import webbrowser

                webbrowser.open(url)

    threading.Thread(target=announce, daemon=True).start()
    server.run()


def main() -> None:
    debug = "--debug" in sys.argv
    try:
        code = app(standalone_mode=False, prog_name="begrijpelijk")
    except BegrijpelijkError as exc:
        if debug:
            raise
        typer.echo(exc.message, err=True)
        sys.exit(exc.exit_code)
    except (KeyboardInterrupt, EOFError):
        typer.echo("Gestopt.", err=True)
        sys.exit(130)
    except Exception as exc:
        if is_usage_error(exc):
            typer.echo(error_message(exc), err=True)
            sys.exit(getattr(exc, "exit_code", EXIT_ERROR) or EXIT_ERROR)
        if type(exc).__name__ == "Abort":
            typer.echo("Gestopt.", err=True)
            sys.exit(130)
        if debug:
            raise
        typer.echo(
            "Er ging iets mis in begrijpelijk zelf. Probeer het opnieuw met --debug en meld de fout aan de makers.",
            err=True,
        )
        sys.exit(EXIT_ERROR)
    if code == 130:  # Typer turns Ctrl-C into exit code 130
        typer.echo("Gestopt.", err=True)
    sys.exit(code if isinstance(code, int) else EXIT_OK)
