"""Safe rewrites: Fix edits applied to text files and to .docx runs.

Only rewrites that cannot change the meaning are made:
- jargon with one plain alternative, in the exact dictionary form (the jargon
  rule attaches the edit, keeping a capital at the start of a sentence);
- an abbreviation written out at its first use ("BSN" → "burgerservicenummer (BSN)");
- "binnen 14 dagen" → "vóór maandag 15 maart 2027", only when the letter date is known.

Edits that overlap are both left out and reported. Everything else stays a
suggestion for the writer.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from begrijpelijk.findings import Edit, Finding

FIXABLE = ("jargon", "afkorting", "vage-termijn")


def fixable(rules) -> set[str]:
    """The rules asked to fix, or an InputError naming those that cannot."""
    from begrijpelijk.errors import InputError

    rules = set(rules)
    wrong = sorted(rules - set(FIXABLE))
    if wrong:
        raise InputError(f"Deze regels kan begrijpelijk niet verbeteren: {', '.join(wrong)}. Wel: {', '.join(FIXABLE)}.")
    return rules
NUMBERS = {
    "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "twintig": 20,
    "eenentwintig": 21, "dertig": 30,
}
VAGUE_PERIOD = re.compile(
    r"\bbinnen\s+(?P<n>\d{1,3}|" + "|".join(NUMBERS) + r")\s+(?P<unit>dagen|dag|weken|week)(?P<tail>\s+na\s+(?:de\s+)?(?:dagtekening|datum)(?:\s+van\s+deze\s+brief)?)?\b",
    re.I,
)


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


def _case_like(original: str, replacement: str) -> str:
    return replacement[:1].upper() + replacement[1:] if original[:1].isupper() else replacement


def abbreviation_edit(finding: Finding, wordlists) -> Edit | None:
    expansion = wordlists.abbreviation(finding.text)
    if expansion is None:
        return None
    if "." in finding.text or "/" in finding.text:
        return Edit(finding.start, finding.end, _case_like(finding.text, expansion))
    return Edit(finding.start, finding.end, f"{expansion} ({finding.text})")


def period_edits(source: str, letter_date) -> list[Change]:
    """"binnen 14 dagen (na dagtekening)" → "vóór maandag 15 maart 2027"."""
    from begrijpelijk.templates.render import termijn

    changes = []
    for m in VAGUE_PERIOD.finditer(source):
        raw = m.group("n").lower()
        amount = int(raw) if raw.isdigit() else NUMBERS[raw]
        days = amount * (7 if m.group("unit").lower().startswith("we") else 1)
        replacement = _case_like(m.group(), termijn(days, letter_date))
        line = source.count("\n", 0, m.start()) + 1
        changes.append(Change("vage-termijn", Edit(m.start(), m.end(), replacement), m.group(), line))
    return changes


def plan(report_file, source: str, wordlists, rules: set[str] | None = None, letter_date=None) -> FixPlan:
    """The safe changes for one file, without overlaps."""
    wanted = set(rules or FIXABLE)
    candidates: list[Change] = []
    for finding in report_file.findings:
        if finding.rule not in wanted:
            continue
        edits = list(finding.edits)
        if finding.rule == "afkorting" and not edits:
            edit = abbreviation_edit(finding, wordlists)
            edits = [edit] if edit else []
        for edit in edits:
            candidates.append(Change(finding.rule, edit, source[edit.start : edit.end], finding.line))
    if "vage-termijn" in wanted and letter_date is not None:
        candidates.extend(period_edits(source, letter_date))
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
    from begrijpelijk.readers.word import _blocks

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

    from begrijpelijk.readers.word import open_docx

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

