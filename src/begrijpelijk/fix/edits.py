"""Safe rewrites: Fix edits applied to text files and to .docx runs.

Every change is an Edit a rule put on its own finding (Rule.fixes), so what
`fix` changes is exactly what `check` reports, after suppressions:
- jargon with one plain alternative that fits its sentence (rules/jargon.py,
  checked by rules/_fit.py);
- an abbreviation written out at its first use ("BSN" → "burgerservicenummer (BSN)");
- "binnen 14 dagen" → "vóór maandag 15 maart 2027", only when the letter date
  is known (the option vage-termijn.datum, which `fix --datum` sets).

Edits that overlap are both left out and reported. Everything else stays a
suggestion for the writer.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from begrijpelijk.findings import Edit


def fixable_rules() -> tuple[str, ...]:
    """The rules whose findings carry edits (Rule.fixes)."""
    from begrijpelijk.rules import registry

    return tuple(rule_id for rule_id, rule in registry().items() if rule.fixes)


def fixable(rules) -> set[str]:
    """The rules asked to fix, or an InputError naming those that cannot."""
    from begrijpelijk.errors import InputError

    rules = set(rules)
    known = fixable_rules()
    wrong = sorted(rules - set(known))
    if wrong:
        raise InputError(f"Deze regels kan begrijpelijk niet verbeteren: {', '.join(wrong)}. Wel: {', '.join(known)}.")
    return rules


@dataclass
class Change:
    rule: str
    edit: Edit
    before: str
    line: int


@dataclass
class FixPlan:
    changes: list[Change] = field(default_factory=list)
    conflicts: list[tuple[Change, Change]] = field(default_factory=list)


def plan(report_file, source: str) -> FixPlan:
    """The safe changes for one file: the edits on its findings (made by the
    rules themselves, after suppressions), without overlaps."""
    candidates = [
        Change(finding.rule, edit, source[edit.start : edit.end], finding.line)
        for finding in report_file.findings
        for edit in finding.edits
    ]
    candidates.sort(key=lambda c: (c.edit.start, c.edit.end))
    result = FixPlan()
    dropped: set[int] = set()
    for i, change in enumerate(candidates):
        for j in range(i + 1, len(candidates)):
            other = candidates[j]
            if other.edit.start >= change.edit.end:
                break
            if other.edit == change.edit:
                dropped.add(j)
                continue
            result.conflicts.append((change, other))
            dropped.update((i, j))
    result.changes = [c for k, c in enumerate(candidates) if k not in dropped]
    return result


def apply(source: str, changes: list[Change]) -> str:
    out = []
    position = 0
    for change in sorted(changes, key=lambda c: c.edit.start):
        out.append(source[position : change.edit.start])
        out.append(change.edit.replacement)
        position = change.edit.end
    out.append(source[position:])
    return "".join(out)


def unified_diff(before: str, after: str, path: str) -> str:
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), fromfile=f"{path} (nu)", tofile=f"{path} (verbeterd)"
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


# ── .docx: edit inside the runs, so formatting survives ───────────────────


def docx_paragraphs(document):
    """The python-docx paragraphs in the same order as the .docx reader's lines."""
    from begrijpelijk.readers.docx import _blocks

    return [element for _, _, _, element in _blocks(document)]


def edit_paragraph(paragraph, start: int, end: int, replacement: str) -> bool:
    """Replace characters [start, end) of the paragraph's run text. The new
    text goes into the first run it touches (keeping that run's format);
    covered text is cut from the other runs. Returns False when the range is
    not inside plain runs (a hyperlink or field), which is then left alone."""
    runs = list(paragraph.runs)
    text = "".join(r.text for r in runs)
    if text != paragraph.text or end > len(text):
        return False
    position = 0
    first = True
    for run in runs:
        run_start, run_end = position, position + len(run.text)
        position = run_end
        if run_end <= start or run_start >= end:
            continue
        a = max(start, run_start) - run_start
        b = min(end, run_end) - run_start
        if first:
            run.text = run.text[:a] + replacement + run.text[b:]
            first = False
        else:
            run.text = run.text[:a] + run.text[b:]
    return not first


def apply_docx(data: bytes, document_source: str, changes: list[Change]) -> tuple[bytes, list[Change]]:
    """Apply changes to a .docx. Returns the new bytes and the changes that
    could not be made (they stay suggestions)."""
    import io

    from begrijpelijk.readers.docx import open_docx

    document = open_docx(data, "")
    paragraphs = docx_paragraphs(document)
    line_starts = [0] + [i + 1 for i, ch in enumerate(document_source) if ch == "\n"]
    skipped: list[Change] = []
    # right to left inside a paragraph, so earlier offsets stay valid
    for change in sorted(changes, key=lambda c: c.edit.start, reverse=True):
        line = change.line
        base = line_starts[line - 1]
        ok = edit_paragraph(paragraphs[line - 1], change.edit.start - base, change.edit.end - base, change.edit.replacement)
        if not ok:
            skipped.append(change)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue(), skipped

