"""Plain text letters (.txt and standard input).

Encodings: UTF-8 (with or without BOM), UTF-16 with BOM, and Windows-1252,
the encoding older Word and Notepad versions save in. Paragraphs are blocks
separated by a blank line; line breaks inside a block are read as spaces. A
text without any blank line whose lines are whole (a letter pasted from mail)
has a paragraph per line.
"""
from __future__ import annotations

import codecs
import re

from begrijpelijk.document import Document, Paragraph, joined_lines, split_blocks
from begrijpelijk.errors import InputError

# Bytes that never occur in a text file: a sign of a binary file.
_BINARY_CONTROL = set(range(0, 9)) | {11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31}


def decode(data: bytes, path: str) -> str:
    """Decode the bytes of a text file, or raise InputError in Dutch."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", path)
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return _strict(data, "utf-16", path)
    sample = data[:8192]
    if b"\x00" in sample or sum(b in _BINARY_CONTROL for b in sample) > max(2, len(sample) // 100):
        raise InputError(
            f"{path}: dit is geen tekstbestand maar een binair bestand. Kies een brief als .txt, .md, .html of .docx."
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(
            f"{path}: de tekens in dit bestand zijn niet te lezen. Sla het bestand op als UTF-8 en probeer het opnieuw."
        ) from None
    return text


def encoding_of(data: bytes) -> str:
    """The encoding ``decode`` used, to write a fixed file back the same way."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1252"


def _strict(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise InputError(
            f"{path}: de tekens in dit bestand zijn niet te lezen. Sla het bestand op als UTF-8 en probeer het opnieuw."
        ) from None


_LIST_LINE = re.compile(r"^[ \t]*(?:\d{1,3}[.)]|[-*•])[ \t]+", re.M)


_LINE_END = re.compile(r"[.:;?!,]\s*$")


def _line_blocks(source: str) -> list[tuple[int, int]] | None:
    """A letter pasted without blank lines ("Beste lezer,\nOp 3 mei …\nMet
    vriendelijke groet,"): each line is a paragraph, when the lines are whole
    (most end in a mark or are short like a heading). Hard-wrapped text, whose
    lines stop in the middle of a sentence, stays one block per blank line."""
    if re.search(r"\n[ \t]*\n", source.strip()):
        return None
    lines = [m for m in re.finditer(r"[^\n]+", source) if m.group().strip()]
    if len(lines) < 4:
        return None
    whole = sum(1 for m in lines if _LINE_END.search(m.group()) or len(m.group().split()) <= 8)
    if whole < 0.8 * len(lines):
        return None
    blocks = []
    for m in lines:
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        blocks.append((start, m.start() + len(m.group().rstrip())))
    return blocks


def paragraphs_of(source: str) -> list[Paragraph]:
    """Blocks separated by blank lines; a numbered or bulleted line ("1. …",
    "- …") is its own paragraph of kind "lijst", never joined to the next."""
    out: list[Paragraph] = []
    for start, end in _line_blocks(source) or split_blocks(source):
        starts = [m.start() for m in _LIST_LINE.finditer(source, start, end)]
        if not starts:
            out.append(joined_lines(source, start, end))
            continue
        cuts = sorted({start, *starts})
        for a, b in zip(cuts, [*cuts[1:], end]):
            piece_end = b
            while piece_end > a and source[piece_end - 1].isspace():
                piece_end -= 1
            if piece_end <= a:
                continue
            paragraph = joined_lines(source, a, piece_end)
            if a in starts:
                paragraph.kind = "lijst"
            out.append(paragraph)
    return out


def read(data: bytes, path: str) -> Document:
    from begrijpelijk.suppressions import find, mask

    source = decode(data, path).replace("\r\n", "\n").replace("\r", "\n")
    suppressions = find(source, ("text",))
    return Document(
        path=path, source=source, paragraphs=paragraphs_of(mask(source, suppressions)), format="txt", suppressions=suppressions
    )
