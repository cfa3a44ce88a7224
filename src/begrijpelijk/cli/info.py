"""`begrijpelijk rules`, `begrijpelijk woord` and `begrijpelijk init`: what the tool knows and a config file to start from."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from begrijpelijk.cli.app import (
    ModelOption,
    app,
    existing_folder,
    fail,
    text,
)
from begrijpelijk.cli.click_dutch import DutchCommand
from begrijpelijk.writing import prepare_output, write_atomic


@app.command(cls=DutchCommand)
def rules(rule_id: Optional[str] = typer.Argument(None, metavar="REGEL", help="Laat één regel zien, met uitleg.")) -> None:
    """Laat alle regels zien, of de uitleg van één regel."""
    from begrijpelijk.rules import registry

    all_rules = registry()
    if rule_id:
        rule = all_rules.get(rule_id)
        if rule is None:
            fail(f"De regel '{rule_id}' bestaat niet. Bekijk alle regels met: begrijpelijk rules")
        typer.echo(f"{rule.id}  ({rule.severity.value})")
        if rule.options:
            typer.echo("Opties: " + ", ".join(f"{k} = {_shown(v)}" for k, v in rule.options.items()))
        typer.echo("")
        typer.echo(rule.doc)
        return
    width = max(len(r) for r in all_rules)
    for rule in all_rules.values():
        options = ", ".join(f"{k}={_shown(v)}" for k, v in rule.options.items())
        line = f"{rule.id.ljust(width)}  {rule.severity.value.ljust(12)}  {rule.summary}"
        if options:
            line += f"  [opties: {options}]"
        typer.echo(line)


def _shown(value) -> str:
    """An option's value as the user writes it after --optie: ja/nee, not True/False."""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    return str(value)



@app.command(cls=DutchCommand)
def init(
    folder: Path = typer.Argument(Path("."), metavar="MAP", help="De map waar begrijpelijk.toml komt."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Een bestaand begrijpelijk.toml vervangen."),
) -> None:
    """Maak een begrijpelijk.toml met alle instellingen en uitleg."""
    from begrijpelijk.rules import registry
    target = existing_folder(folder) / "begrijpelijk.toml"
    prepare_output(target, overwrite)
    rules = registry()
    severities = "\n".join(f'# {r.id} = "{r.severity.value}"' for r in rules.values())
    blocks = []
    for rule in rules.values():
        if rule.options:
            lines = [f"[{rule.id}]"] + [f"{k} = {_toml_value(v)}" for k, v in rule.options.items()]
            blocks.append("\n".join(lines))
    write_atomic(target, text("init.toml").format(severities=severities, options="\n\n".join(blocks)))
    typer.echo(f"{target} is gemaakt.")


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    return str(value)



@app.command(cls=DutchCommand)
def woord(
    words: List[str] = typer.Argument(..., metavar="WOORD", help="Het woord (of de woorden) om op te zoeken."),
    model: Optional[str] = ModelOption,
) -> None:
    """Zoek een woord op: is het B1, hoe vaak komt het voor, en wat kunt u beter schrijven?"""
    from begrijpelijk.check.lookup import look_up

    for line in look_up(" ".join(words), model=model):
        typer.echo(line)

