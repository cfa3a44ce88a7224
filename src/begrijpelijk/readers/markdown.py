"""Markdown letters (.md).

Headings, list items and paragraphs are separate blocks: a heading or a list
item is never joined to the sentence after it. Inline markup (``**vet**``,
``_schuin_``, ``[tekst](link)``, code) is left out of the analysed text but the
offset map still points at the source characters. Code blocks, HTML comments
and front matter are not prose and are skipped.
"""
from __future__ import annotations

import re

from begrijpelijk.document import Document, Paragraph
from begrijpelijk.readers.text import decode

_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+")
_LIST = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_RULE = re.compile(r"^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$")
_TABLE_SEP = re.compile(r"^[ \t|:-]+$")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TAG = re.compile(r"</?[A-Za-z][^>]*>")


def _line_spans(source: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for line in source.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _inline(source: str, start: int, end: int, chars: list[str], offsets: list[int]) -> None:
    """Append the prose of source[start:end] without inline markup."""
    segment = source[start:end]
    hidden = [False] * len(segment)
    for pattern in (_COMMENT, _TAG):
        for m in pattern.finditer(segment):
            for i in range(m.start(), m.end()):
                hidden[i] = True
    for m in _LINK.finditer(segment):
        # keep the link text, hide the brackets and the address
        text_start, text_end = m.start(1), m.end(1)
        for i in range(m.start(), m.end()):
            if not (text_start <= i < text_end):
                hidden[i] = True
    for i, ch in enumerate(segment):
        if ch == "`":
            hidden[i] = True
        elif ch in "*_":
            before = segment[i - 1] if i > 0 else " "
            after = segment[i + 1] if i + 1 < len(segment) else " "
            # emphasis markers, not an underscore inside a word
            if not (before.isalnum() and after.isalnum()):
                hidden[i] = True
    for i, ch in enumerate(segment):
        if not hidden[i]:
            chars.append(ch)
            offsets.append(start + i)


def _finish(chars: list[str], offsets: list[int], kind: str, out: list[Paragraph]) -> None:
    # trim and collapse runs of whitespace
    text_chars: list[str] = []
    text_offsets: list[int] = []
    for ch, off in zip(chars, offsets):
        if ch.isspace():
            if not text_chars or text_chars[-1] == " ":
                continue
            ch = " "
        text_chars.append(ch)
        text_offsets.append(off)
    while text_chars and text_chars[-1] == " ":
        text_chars.pop()
        text_offsets.pop()
    if text_chars:
        out.append(Paragraph(text="".join(text_chars), offsets=text_offsets, kind=kind))


def parse(source: str) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    lines = _line_spans(source)
    chars: list[str] = []
    offsets: list[int] = []
    kind = "alinea"
    in_fence = False
    in_comment = False
    index = 0
    # YAML front matter
    if source.startswith("---\n"):
        for j in range(1, len(lines)):
            s, e = lines[j]
            if source[s:e].strip() in ("---", "..."):
                index = j + 1
                break

    def flush() -> None:
        nonlocal chars, offsets, kind
        _finish(chars, offsets, kind, paragraphs)
        chars, offsets, kind = [], [], "alinea"

    while index < len(lines):
        start, end = lines[index]
        line = source[start:end]
        index += 1
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if _FENCE.match(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        stripped = line.strip()
        if stripped.startswith("<!--") and "-->" not in stripped:
            flush()
            in_comment = True
            continue
        if not stripped or _RULE.match(line) or (stripped.startswith("|") and _TABLE_SEP.match(stripped)):
            flush()
            continue
        m = _HEADING.match(line)
        if m:
            flush()
            body_end = end
            trailing = re.search(r"[ \t]#+[ \t]*$", line)
            if trailing:
                body_end = start + trailing.start()
            _inline(source, start + m.end(), body_end, chars, offsets)
            kind = "kop"
            flush()
            continue
        m = _LIST.match(line)
        if m:
            flush()
            kind = "lijst"
            _inline(source, start + m.end(), end, chars, offsets)
            continue
        m = _QUOTE.match(line)
        offset = m.end() if m else 0
        if stripped.startswith("|"):
            # a table row: each cell is its own block
            flush()
            for cell in re.finditer(r"[^|]+", line):
                if cell.group().strip():
                    _inline(source, start + cell.start(), start + cell.end(), chars, offsets)
                    kind = "tabel"
                    flush()
            continue
        if chars:
            chars.append(" ")
            offsets.append(start - 1)
        _inline(source, start + offset, end, chars, offsets)
    flush()
    return paragraphs


def read(data: bytes, path: str) -> Document:
    from begrijpelijk.suppressions import find, mask

    source = decode(data, path).replace("\r\n", "\n").replace("\r", "\n")
    suppressions = find(source, ("html",))
    return Document(path=path, source=source, paragraphs=parse(mask(source, suppressions)), format="md", suppressions=suppressions)
