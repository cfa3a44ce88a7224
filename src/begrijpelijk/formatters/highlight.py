"""The letter with its findings highlighted, drawn in one place: the HTML
report (formatters/html.py) and the page of `begrijpelijk serve`
(formatters/web_view.py) both turn a text and its findings (and the
difficulty of each sentence) into escaped HTML with ``letter`` here; they
differ only in what each element says (a colour and a title, or a class and
an id).

Each finding is one element, nested in the findings that cover it. A finding
is cut in two only where it crosses another finding (neither holds the
other), which real letters rarely have. A sentence band (its difficulty) is
weaker: it is cut wherever a finding crosses it, so that no finding is.
"""
from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from begrijpelijk.findings import Finding, SentenceScore


@dataclass(frozen=True)
class Mark:
    """An element around source[start:end]: ``open`` and ``close`` are ready
    HTML; ``again`` opens a piece after a cut (the same look, no id)."""

    start: int
    end: int
    open: str
    close: str
    again: str = ""
    weak: bool = False  # a sentence band: cut where a finding crosses it
    order: int = 0

    def reopen(self) -> str:
        return self.again or self.open


def escape_text(text: str) -> str:
    return html.escape(text, quote=False)


def _crosses(a: Mark, b: Mark) -> bool:
    """True when a and b overlap and neither holds the other."""
    overlap = a.start < b.end and b.start < a.end
    holds = (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
    return overlap and not holds


def _cut_weak(marks: Sequence[Mark]) -> list[Mark]:
    strong = [m for m in marks if not m.weak]
    out: list[Mark] = [m for m in marks if not m.weak]
    for weak in (m for m in marks if m.weak):
        points = sorted(
            {p for s in strong if _crosses(weak, s) for p in (s.start, s.end) if weak.start < p < weak.end}
        )
        edges = [weak.start, *points, weak.end]
        for i, (a, b) in enumerate(zip(edges, edges[1:])):
            out.append(replace(weak, start=a, end=b, open=weak.open if i == 0 else weak.reopen()))
    return out


def nest(text: str, marks: Iterable[Mark], leaf: Callable[[str], str] = escape_text) -> str:
    """``text`` as HTML with each mark around its part, properly nested.
    ``leaf`` turns a piece of plain text into HTML (escaped)."""
    usable = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    items = sorted(_cut_weak(usable), key=lambda m: (m.start, -m.end, not m.weak, m.order))
    starting: dict[int, list[Mark]] = {}
    for m in items:
        starting.setdefault(m.start, []).append(m)
    points = sorted({0, len(text)} | {m.start for m in items} | {m.end for m in items})
    out: list[str] = []
    stack: list[Mark] = []
    for p, following in zip(points, points[1:] + [None]):
        if any(m.end <= p for m in stack):
            reopen: list[Mark] = []
            while any(m.end <= p for m in stack):
                top = stack.pop()
                out.append(top.close)
                if top.end > p:
                    reopen.append(top)
            for m in reversed(reopen):
                out.append(m.reopen())
                stack.append(m)
        for m in starting.get(p, []):
            out.append(m.open)
            stack.append(m)
        if following is not None:
            out.append(leaf(text[p:following]))
    while stack:
        out.append(stack.pop().close)
    return "".join(out)


def sentence_spans(text: str, sentences: Iterable[SentenceScore]) -> list[tuple[int, int, SentenceScore]]:
    """Where each scored sentence stands in ``text``: found in order, with any
    run of white space where the sentence has one. A sentence not found (a
    table cell read in another order) is left out."""
    out: list[tuple[int, int, SentenceScore]] = []
    position = 0
    for sentence in sentences:
        words = sentence.text.split()
        if not words:
            continue
        pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
        found = pattern.search(text, position) or pattern.search(text)
        if found is None:
            continue
        out.append((found.start(), found.end(), sentence))
        position = found.end()
    return out


def covering(findings: Sequence[Finding], start: int, end: int) -> list[Finding]:
    """The findings that hold source[start:end], widest first."""
    found = [f for f in findings if f.start <= start and end <= f.end and f.end > f.start]
    return sorted(found, key=lambda f: (f.start - f.end, f.start))


def is_band(finding: Finding, text: str) -> bool:
    """A finding about a whole sentence or more (lange-zin, passief, a
    paragraph): drawn lighter, so that a word inside it stands out."""
    return finding.end - finding.start > 60 or len(text[finding.start : finding.end].split()) > 6


def sentence_tag(sentence: SentenceScore) -> str:
    """A sentence by its difficulty: class "zin niveau-N" (its LiNT level, 0
    when unknown) and its LiNT score, rounded, in data-lint."""
    lint = "" if sentence.lint is None else round(sentence.lint)
    return f'<span class="zin niveau-{sentence.lint_level or 0}" data-lint="{lint}">'


# (number of the finding, the finding, is it a band?) → (open tag, open tag after a cut)
FindingTag = Callable[[int, Finding, bool], tuple[str, str]]


def letter(text: str, findings: Sequence[Finding], sentences: Iterable[SentenceScore], tag: FindingTag, close: str = "</mark>") -> str:
    """``text`` as escaped HTML: a band per scored sentence (sentence_tag),
    and one element per finding, nested in the findings that hold it."""
    marks = [Mark(start, end, sentence_tag(sentence), "</span>", weak=True) for start, end, sentence in sentence_spans(text, sentences)]
    for i, f in enumerate(findings):
        opened, again = tag(i, f, is_band(f, text))
        marks.append(Mark(f.start, f.end, opened, close, again, order=-i))
    return nest(text, marks)
