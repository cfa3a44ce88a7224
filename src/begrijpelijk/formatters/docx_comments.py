"""A copy of a Word letter with a comment on the exact words of each finding
(python-docx ≥ 1.2 writes comments). The original file is never touched."""
from __future__ import annotations

import copy
import io
from pathlib import Path

from begrijpelijk.findings import FileReport, amount
from begrijpelijk.writing import write_atomic_bytes

AUTHOR = "begrijpelijk"


def _split(run, at: int):
    """Split a run in two at character ``at``; both keep the formatting."""
    from docx.text.run import Run

    new = copy.deepcopy(run._r)
    run._r.addnext(new)
    second = Run(new, run._parent)
    text = run.text
    run.text = text[:at]
    second.text = text[at:]
    return second


def runs_for(paragraph, start: int, end: int) -> list:
    """The runs that hold exactly characters [start, end) of the paragraph,
    splitting runs at the edges. Falls back to all runs when the text is not
    in plain runs."""
    runs = list(paragraph.runs)
    if "".join(r.text for r in runs) != paragraph.text or not runs:
        return runs
    position = 0
    chosen = []
    for run in runs:
        run_start, run_end = position, position + len(run.text)
        position = run_end
        if run_end <= start or run_start >= end or run_start == run_end:
            continue
        if run_start < start:
            run = _split(run, start - run_start)
            run_start = start
        if run_end > end:
            _split(run, end - run_start)
        chosen.append(run)
    return chosen or runs


def write_commented_copy(file: FileReport, target: Path) -> int:
    """Write ``target``: the letter of ``file`` with one comment per finding and
    a first comment with the scores. Returns the number of comments."""
    from begrijpelijk.readers import MAX_BYTES
    from begrijpelijk.writing import read_limited

    data, count = commented_copy(file, read_limited(Path(file.path), MAX_BYTES))
    write_atomic_bytes(target, data)
    return count


def commented_copy(file: FileReport, original: bytes) -> tuple[bytes, int]:
    """(the .docx ``original`` with one comment per finding of ``file`` and a
    first comment with the scores, the number of comments). Nothing is written."""
    from begrijpelijk.fix.edits import docx_paragraphs
    from begrijpelijk.readers.docx import open_docx

    document = open_docx(original, file.path)
    paragraphs = docx_paragraphs(document)
    source = file.source or ""
    line_starts = [0] + [i + 1 for i, ch in enumerate(source) if ch == "\n"]
    count = 0
    s = file.scores
    if paragraphs:
        lint = "-" if s.lint is None else f"{s.lint:.0f}"
        summary = (
            f"begrijpelijk: {s.level} {'ja' if s.b1 else 'nee'}. LiNT {lint} (niveau {s.lint_level or '-'} van 4). "
            f"{amount(len(file.findings), 'melding', 'meldingen')}. " + " ".join(s.reasons)
        )
        runs = list(paragraphs[0].runs)
        if runs:
            document.add_comment(runs, text=summary, author=AUTHOR, initials="B")
            count += 1
    # right to left per paragraph, so splitting keeps earlier offsets valid
    for finding in sorted(file.findings, key=lambda f: f.start, reverse=True):
        if finding.line - 1 >= len(paragraphs):
            continue
        base = line_starts[finding.line - 1]
        paragraph = paragraphs[finding.line - 1]
        end_in_line = min(finding.end, line_starts[finding.line] - 1 if finding.line < len(line_starts) else len(source))
        runs = runs_for(paragraph, finding.start - base, end_in_line - base)
        if not runs:
            continue
        text = finding.message + (f" → {finding.suggestion}" if finding.suggestion else "") + f" ({finding.rule})"
        document.add_comment(runs, text=text, author=AUTHOR, initials="B")
        count += 1
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue(), count
