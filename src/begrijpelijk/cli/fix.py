"""`begrijpelijk fix`: flags → settings for fixing; fix/files.py does the work."""
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
    parse_date,
)
from begrijpelijk.cli.click_dutch import DutchCommand


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
    color: Optional[bool] = ColorOption,
    model: Optional[str] = ModelOption,
) -> None:
    """Verbeter wat veilig kan: jargon met één gewoon woord, afkortingen voluit, termijnen als datum."""
    from begrijpelijk.config import flags_as_config, resolve_settings
    from begrijpelijk.fix.edits import fixable
    from begrijpelijk.fix.files import run_fix

    rules = fixable(r.strip() for item in only for r in item.split(",") if r.strip()) if only else None
    when = parse_date(letter_date) if letter_date else None
    if output is not None and len(files) != 1:
        fail("Met -o kunt u één brief tegelijk verbeteren.")
    if interactive and not sys.stdin.isatty():
        fail("--interactief werkt alleen op een terminal.")
    # the user's config counts for fix as for check: its own jargon list, allowed words
    settings = resolve_settings(files, flags=flags_as_config(model=model), purpose="fix", fix_rules=rules, letter_date=when)
    code = run_fix(files, settings, write=write, output=output, backup=backup, interactive=interactive, color=color, overwrite=overwrite)
    raise typer.Exit(code)

