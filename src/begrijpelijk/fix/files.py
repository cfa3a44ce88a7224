"""`begrijpelijk fix`: plan the safe rewrites per file, show the diff, write
only when asked (atomically, never over a file that changed meanwhile)."""
from __future__ import annotations

from pathlib import Path

import typer

from begrijpelijk.check.run import check_documents
from begrijpelijk.config import Settings
from begrijpelijk.errors import BegrijpelijkError, InputError
from begrijpelijk.fix.edits import (
    Change,
    apply,
    apply_docx,
    plan,
    unified_diff,
)
from begrijpelijk.readers import MAX_BYTES, read_bytes, reader_for
from begrijpelijk.readers.text import encoding_of
from begrijpelijk.writing import (
    is_stdout,
    prepare_output,
    read_limited,
    write_atomic_bytes,
)

MAX_ROUNDS = 10


def _check(data: bytes, name: str, settings: Settings):
    document = read_bytes(data, name, reader_for(name))
    return document, check_documents([document], settings).files[0]


def _ask(change: Change) -> str:
    answer = typer.prompt(
        f"regel {change.line}: '{change.before}' → '{change.edit.replacement}'  ({change.rule}) — aanpassen? [j/n/s=stoppen]",
        default="j",
    )
    return answer.strip().lower()[:1]


def _show_diff(diff: str, color: bool | None) -> None:
    if not diff:
        return
    from rich.console import Console
    from rich.text import Text

    console = Console(no_color=color is False, force_terminal=True if color else None, highlight=False, soft_wrap=True)
    for line in diff.splitlines():
        style = "green" if line.startswith("+") and not line.startswith("+++") else "red" if line.startswith("-") and not line.startswith("---") else "bold" if line.startswith("@@") else None
        console.print(Text(line, style=style or ""))


MARKUP = set("<>&*`[]{}")


def fix_file(path: Path, settings: Settings, interactive: bool):
    """(original bytes, new bytes, all changes, conflicts, skipped) for one file."""
    name = str(path)
    reader_for(name)
    original = read_limited(path, MAX_BYTES)
    return (original, *fix_bytes(original, name, settings, _ask if interactive else None))


def fix_bytes(original: bytes, name: str, settings: Settings, decide=None):
    """(new bytes, changes made, conflicts, skipped) for the letter ``original``
    called ``name``, checked with ``settings`` (purpose "fix"). ``decide(change)``
    answers 'j' (make it), 'n' (skip it) or 's' (stop); without it every safe
    change is made, in rounds until none is left."""
    interactive = decide is not None
    is_docx = name.lower().endswith(".docx")
    data = original
    made: list[Change] = []
    conflicts: list[tuple[Change, Change]] = []
    skipped: list[Change] = []
    stop = False
    for _ in range(MAX_ROUNDS):
        document, report = _check(data, name, settings)
        fix_plan = plan(report, document.source)
        for pair in fix_plan.conflicts:
            if (pair[0].before, pair[1].before, pair[0].line) not in {(a.before, b.before, a.line) for a, b in conflicts}:
                conflicts.append(pair)
        changes = [c for c in fix_plan.changes if (c.edit.start, c.before) not in {(s.edit.start, s.before) for s in skipped}]
        if interactive:
            chosen = []
            for change in changes:
                answer = decide(change)
                if answer == "s":
                    stop = True
                    break
                if answer == "j":
                    chosen.append(change)
                else:
                    skipped.append(change)
            changes = chosen
        if not changes:
            break
        if is_docx:
            data, not_made = apply_docx(data, document.source, changes)
            skipped.extend(not_made)
            changes = [c for c in changes if c not in not_made]
        else:
            # markup inside the span (HTML tags or entities, Markdown emphasis, a
            # template expression): a plain replacement would break it
            not_made = [c for c in changes if MARKUP & set(c.before)]
            skipped.extend(not_made)
            changes = [c for c in changes if c not in not_made]
            new_text = apply(document.source, changes)
            encoding = encoding_of(original)
            if b"\r\n" in original:
                new_text = new_text.replace("\n", "\r\n")
            data = new_text.encode(encoding)
        made.extend(changes)
        if stop or interactive or not changes:
            break
    return data, made, conflicts, skipped


def text_of(data: bytes, name: str) -> str:
    return read_bytes(data, name, reader_for(name)).source


def run_fix(files, settings: Settings, write, output, backup, interactive, color, overwrite=False) -> int:
    """Fix each file with ``settings`` (config.resolve_settings, purpose "fix")."""
    code = 0
    for item in files:
        path = Path(item)
        try:
            if output is not None:
                # the fixed letter has the letter's own format: b.txt is never written as b.docx
                prepare_output(output, overwrite, suffixes=(path.suffix.lower(),))
            original, data, made, conflicts, skipped = fix_file(path, settings, interactive)
            for first, second in conflicts:
                typer.echo(
                    f"{path}:{first.line}: '{first.before}' en '{second.before}' overlappen; begrijpelijk verandert geen van beide.",
                    err=True,
                )
            for change in {(c.line, c.before): c for c in skipped}.values():
                if not interactive:
                    typer.echo(f"{path}:{change.line}: '{change.before}' is niet veranderd (de tekst staat niet in gewone tekst).", err=True)
            if not made:
                typer.echo(f"{path}: niets om veilig te verbeteren.", err=True)
                continue
            diff = unified_diff(text_of(original, str(path)), text_of(data, str(path)), str(path))
            if output is None or not is_stdout(output):
                _show_diff(diff, color)
            target = output if output is not None else (path if write else None)
            if target is None:
                typer.echo(f"{path}: {len(made)} veranderingen. Niets veranderd; gebruik --write om ze op te slaan.", err=True)
                continue
            _write(path, target, original, data, backup and target == path)
            if not is_stdout(target):
                typer.echo(f"{target}: {len(made)} veranderingen opgeslagen.", err=True)
        except BegrijpelijkError as exc:
            typer.echo(exc.message, err=True)
            code = 2
    return code


def _write(source: Path, target: Path, original: bytes, data: bytes, backup: bool) -> None:
    if not is_stdout(target):
        real = prepare_output(target, True)
        if real.exists() and not real.stat().st_mode & 0o222:
            raise InputError(f"{target}: dit bestand mag niet veranderd worden (alleen lezen). Controleer de rechten.")
    if read_limited(source, MAX_BYTES) != original:
        raise InputError(f"{source}: dit bestand is veranderd terwijl begrijpelijk het verbeterde. Er is niets opgeslagen; probeer het opnieuw.")
    if backup:
        write_atomic_bytes(source.with_name(source.name + ".orig"), original)
    write_atomic_bytes(target, data)

