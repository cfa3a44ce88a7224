"""Fixing a letter: check it, apply the edits of its findings (in rounds, or
only those ``decide`` chooses), and write the result safely. No printing:
the command line (cli/fix.py) and the page show what happened."""
from __future__ import annotations

from pathlib import Path

from begrijpelijk.check.run import check_documents
from begrijpelijk.config import Settings
from begrijpelijk.errors import InputError
from begrijpelijk.fix.edits import (
    Change,
    apply,
    apply_docx,
    plan,
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
# markup characters: a change whose text holds one is not made in HTML, Markdown or a template
MARKUP = set("<>&*`[]{}")


def _check(data: bytes, name: str, settings: Settings):
    document = read_bytes(data, name, reader_for(name))
    return document, check_documents([document], settings).files[0]


def fix_file(path: Path, settings: Settings, decide=None):
    """(original bytes, new bytes, all changes, conflicts, skipped) for one
    file; ``decide`` as for fix_bytes."""
    name = str(path)
    reader_for(name)
    original = read_limited(path, MAX_BYTES)
    return (original, *fix_bytes(original, name, settings, decide))


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


def write_fixed(source: Path, target: Path, original: bytes, data: bytes, backup: bool) -> None:
    """Write the fixed letter: never over a file that changed since it was
    read or that may only be read; the old one kept as .orig when asked."""
    if not is_stdout(target):
        real = prepare_output(target, True)
        if real.exists() and not real.stat().st_mode & 0o222:
            raise InputError(f"{target}: dit bestand mag niet veranderd worden (alleen lezen). Controleer de rechten.")
    if read_limited(source, MAX_BYTES) != original:
        raise InputError(f"{source}: dit bestand is veranderd terwijl begrijpelijk het verbeterde. Er is niets opgeslagen; probeer het opnieuw.")
    if backup:
        write_atomic_bytes(source.with_name(source.name + ".orig"), original)
    write_atomic_bytes(target, data)

