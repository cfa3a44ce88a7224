"""`begrijpelijk fix`: flags → settings for fixing; fix/files.py fixes; this
module shows the diff and what happened, and writes only when asked."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from begrijpelijk.cli.app import (
    ColorOption,
    ModelOption,
    app,
    fail,
    rule_names,
)
from begrijpelijk.cli.click_dutch import DutchCommand
from begrijpelijk.config import Settings, parse_letter_date
from begrijpelijk.errors import BegrijpelijkError
from begrijpelijk.findings import amount
from begrijpelijk.fix.edits import Change, unified_diff
from begrijpelijk.fix.files import fix_file, text_of, write_fixed
from begrijpelijk.writing import is_stdout, must_exist, prepare_output


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
    check_only: bool = typer.Option(False, "--check", "--diff", help="Laat alleen het verschil zien en schrijf niets; exitcode 1 als er iets te verbeteren is (voor CI)."),
    color: Optional[bool] = ColorOption,
    model: Optional[str] = ModelOption,
) -> None:
    """Verbeter wat veilig kan: jargon met één gewoon woord, afkortingen voluit, termijnen als datum."""
    from begrijpelijk.config import flags_as_config, resolve_settings

    rules = rule_names(only) or None
    when = parse_letter_date(letter_date) if letter_date else None
    if check_only and (write or output is not None or interactive):
        fail("--check laat alleen zien wat er zou veranderen; gebruik het zonder --write, -o en --interactief.")
    if output is not None and len(files) != 1:
        fail("Met -o kunt u één brief tegelijk verbeteren.")
    if interactive and not sys.stdin.isatty():
        fail("--interactief werkt alleen op een terminal.")
    # the user's config counts for fix as for check: its own jargon list, allowed words
    settings = resolve_settings(files, flags=flags_as_config(model=model), purpose="fix", fix_rules=rules, letter_date=when)
    code = run_fix(
        files, settings, write=write, output=output, backup=backup, interactive=interactive, color=color, overwrite=overwrite,
        check_only=check_only,
    )
    raise typer.Exit(code)


def _ask(change: Change) -> str:
    answer = typer.prompt(
        f"regel {change.line}: '{change.before}' → '{change.edit.replacement}'  ({change.rule}) — aanpassen? [j/n/s=stoppen]",
        default="j",
    )
    return answer.strip().lower()[:1]


def _style(line: str) -> str:
    if line.startswith("+") and not line.startswith("+++"):
        return "green"
    if line.startswith("-") and not line.startswith("---"):
        return "red"
    return "bold" if line.startswith("@@") else ""


def _show_diff(diff: str, color: bool | None) -> None:
    """The diff on standard output, coloured as formatters.use_color says
    (--color/--no-color, NO_COLOR, FORCE_COLOR, a terminal). Every line ends
    with a line break and the output is flushed, so the message on standard
    error after it starts on a line of its own."""
    if not diff:
        return
    from rich.text import Text

    from begrijpelijk.formatters import use_color
    from begrijpelijk.formatters.terminal import make_console

    console = make_console(sys.stdout, use_color(color, sys.stdout))
    for line in diff.splitlines():
        console.print(Text(line, style=_style(line)))
    sys.stdout.flush()


def _tell_left(path: Path, conflicts, skipped, interactive: bool) -> None:
    """Say which changes were not made: overlapping ones, and (without
    --interactief) those whose text is not plain text."""
    for first, second in conflicts:
        typer.echo(
            f"{path}:{first.line}: '{first.before}' en '{second.before}' overlappen; begrijpelijk verandert geen van beide.",
            err=True,
        )
    for change in {(c.line, c.before): c for c in skipped}.values():
        if not interactive:
            typer.echo(f"{path}:{change.line}: '{change.before}' is niet veranderd (de tekst staat niet in gewone tekst).", err=True)


def run_fix(files, settings: Settings, write, output, backup, interactive, color, overwrite=False, check_only=False) -> int:
    """Fix each file with ``settings`` (config.resolve_settings, purpose "fix").
    The exit code: 2 when a file could not be fixed, else with ``check_only``
    (--check) 1 when there is something to fix, else 0."""
    code = 0
    for item in files:
        path = Path(item)
        try:
            must_exist(item)
            if output is not None:
                # the fixed letter has the letter's own format: b.txt is never written as b.docx
                prepare_output(output, overwrite, suffixes=(path.suffix.lower(),))
            original, data, made, conflicts, skipped = fix_file(path, settings, _ask if interactive else None)
            _tell_left(path, conflicts, skipped, interactive)
            if not made:
                typer.echo(f"{path}: niets om veilig te verbeteren.", err=True)
                continue
            changes = amount(len(made), "verandering", "veranderingen")
            diff = unified_diff(text_of(original, str(path)), text_of(data, str(path)), str(path))
            if output is None or not is_stdout(output):
                _show_diff(diff, color)
            target = output if output is not None else (path if write else None)
            if target is None:
                them = "hem" if len(made) == 1 else "ze"
                typer.echo(f"{path}: {changes}. Niets veranderd; gebruik --write om {them} op te slaan.", err=True)
                if check_only:
                    code = max(code, 1)
                continue
            write_fixed(path, target, original, data, backup and target == path)
            if not is_stdout(target):
                typer.echo(f"{target}: {changes} opgeslagen.", err=True)
        except BegrijpelijkError as exc:
            typer.echo(exc.message, err=True)
            code = 2
    return code
