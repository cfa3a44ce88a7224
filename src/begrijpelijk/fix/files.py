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
    change is made.

    One pass: the changes are the edits of the findings that `check` reports
    with the same settings, nothing more. (Fixing again would change what a
    fix wrote, which the writer was never shown: 't.b.v.' → 'ten behoeve van'
    → 'voor'.)"""
    document, report = _check(original, name, settings)
    fix_plan = plan(report, document.source)
    changes = list(fix_plan.changes)
    skipped: list[Change] = []
    if decide is not None:
        chosen: list[Change] = []
        for change in changes:
            answer = decide(change)
            if answer == "s":
                break
            (chosen if answer == "j" else skipped).append(change)
        changes = chosen
    if not changes:
        return original, [], fix_plan.conflicts, skipped
    if name.lower().endswith(".docx"):
        data, not_made = apply_docx(original, document.source, changes)
    else:
        # markup inside the span (HTML tags or entities, Markdown emphasis, a
        # template expression): a plain replacement would break it
        not_made = [c for c in changes if MARKUP & set(c.before)]
        kept = [c for c in changes if c not in not_made]
        new_text = apply(document.source, kept)
        if b"\r\n" in original:
            new_text = new_text.replace("\n", "\r\n")
        data = new_text.encode(encoding_of(original))
    skipped.extend(not_made)
    made = [c for c in changes if c not in not_made]
    return data, made, fix_plan.conflicts, skipped


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

