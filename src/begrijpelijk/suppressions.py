"""Inline suppressions: a writer marks a place where a rule may not report.

In each input format:
- Markdown and HTML: ``<!-- begrijpelijk: negeer passief -->``
- Jinja templates: ``{# begrijpelijk: negeer jargon #}``
- plain text: a line ``# begrijpelijk: negeer lange-zin``
- Word: a comment whose text starts with ``begrijpelijk: negeer``

``negeer`` with no rule ids silences every rule. On a line with text it covers
that line; on a line of its own it covers the next paragraph (up to a blank
line). ``negeer-begin …`` and ``negeer-einde`` cover everything between them.
A suppression that silences nothing is reported as ``ongebruikte-uitzondering``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

DIRECTIVE = r"begrijpelijk:\s*(?P<verb>negeer-begin|negeer-einde|negeer)\b(?P<rules>[^\n]*?)"
PATTERNS = {
    "html": re.compile(r"<!--\s*" + DIRECTIVE + r"\s*-->"),
    "jinja": re.compile(r"\{#-?\s*" + DIRECTIVE + r"\s*-?#\}"),
    "text": re.compile(r"^[ \t]*#[ \t]*" + DIRECTIVE + r"[ \t]*$", re.M),
}


@dataclass
class Suppression:
    rules: frozenset[str] | None  # None: every rule
    first_line: int
    last_line: int
    start: int  # source offsets of the directive itself
    end: int

    def covers(self, rule: str, line: int) -> bool:
        return self.first_line <= line <= self.last_line and (self.rules is None or rule in self.rules)


def _rules(text: str) -> frozenset[str] | None:
    ids = [r for r in re.split(r"[\s,]+", text.strip()) if r]
    return frozenset(ids) if ids else None


def _line_of(source: str, offset: int) -> int:
    return source.count("\n", 0, offset) + 1


def _next_block(lines: list[str], after: int) -> tuple[int, int]:
    """1-based first and last line of the paragraph after line ``after``."""
    i = after  # 0-based index of the line after
    while i < len(lines) and not lines[i].strip():
        i += 1
    first = i
    while i < len(lines) and lines[i].strip():
        i += 1
    return first + 1, max(first + 1, i)


def find(source: str, kinds: tuple[str, ...]) -> list[Suppression]:
    """The suppressions in a text source, for the comment styles in ``kinds``."""
    lines = source.split("\n")
    found: list[Suppression] = []
    open_blocks: list[tuple[frozenset[str] | None, int, int, int]] = []
    matches = sorted((m for kind in kinds for m in PATTERNS[kind].finditer(source)), key=lambda m: m.start())
    for m in matches:
        line = _line_of(source, m.start())
        verb = m.group("verb")
        rules = _rules(m.group("rules"))
        if verb == "negeer-begin":
            open_blocks.append((rules, line, m.start(), m.end()))
            continue
        if verb == "negeer-einde":
            if open_blocks:
                rules_, first, start, end = open_blocks.pop()
                found.append(Suppression(rules_, first, line, start, end))
            continue
        line_start = source.rfind("\n", 0, m.start()) + 1
        line_end = source.find("\n", m.end())
        line_end = len(source) if line_end == -1 else line_end
        rest = (source[line_start : m.start()] + source[m.end() : line_end]).strip()
        if rest:
            found.append(Suppression(rules, line, line, m.start(), m.end()))
        else:
            first, last = _next_block(lines, _line_of(source, m.end()))
            found.append(Suppression(rules, first, last, m.start(), m.end()))
    for rules, first, start, end in open_blocks:  # a begin without an end runs to the end of the file
        found.append(Suppression(rules, first, len(lines), start, end))
    return found


def mask(source: str, suppressions: list[Suppression]) -> str:
    """The source with the directives replaced by spaces (same length), so
    they are not read as prose."""
    chars = list(source)
    for s in suppressions:
        for i in range(s.start, s.end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
