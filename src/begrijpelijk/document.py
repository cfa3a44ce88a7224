"""The Document: the text of a letter, split in paragraphs, with a map back to the source.

Every reader turns a file into a Document. ``source`` is the file's text as the
user knows it (for .docx: one line per Word paragraph). Each Paragraph holds the
clean text the language pipeline reads, and for every character of that text
the offset in ``source`` it came from, so a finding always points at the
source, never at a rewritten copy.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass
class Paragraph:
    """One block of prose: a paragraph, heading, list item or table cell."""

    text: str
    offsets: list[int]  # offsets[i] = position in Document.source of text[i]
    kind: str = "alinea"  # alinea, kop, lijst, tabel, koptekst, voettekst
    label: str | None = None  # a place a person can find, e.g. "tabel 1, rij 2, kolom 1"
    shouted: bool = False  # .docx: the whole paragraph is bold or underlined

    @classmethod
    def contiguous(cls, text: str, start: int, kind: str = "alinea", label: str | None = None) -> "Paragraph":
        return cls(text=text, offsets=list(range(start, start + len(text))), kind=kind, label=label)

    def to_source(self, index: int) -> int:
        """Source offset of character ``index`` of this paragraph's text.

        ``index == len(text)`` maps to just after the last character.
        """
        if not self.offsets:
            return 0
        if index >= len(self.offsets):
            return self.offsets[-1] + 1
        return self.offsets[index]

    def whole_span(self) -> tuple[int, int]:
        """Source offsets (start, end) of the whole paragraph."""
        return self.source_span(0, len(self.text))

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets (start, end) for text[start:end]."""
        if end <= start:
            s = self.to_source(start)
            return s, s
        return self.to_source(start), self.to_source(end - 1) + 1


@dataclass
class Document:
    """A letter as read from one file."""

    path: str
    source: str
    paragraphs: list[Paragraph]
    format: str = "txt"
    suppressions: list = field(default_factory=list)  # suppressions.Suppression
    template_fields: tuple[str, ...] = ()  # a template's expressions ("{{ contact.telefoon }}"), read as "Jan" in the prose
    template_error: tuple[int, str] | None = None  # (line, Jinja's message) when a template does not parse
    _line_starts: list[int] = field(default_factory=list, repr=False)
    _by_start: list[tuple[int, int, int]] | None = field(default=None, repr=False)  # (first, last offset, index)

    def __post_init__(self) -> None:
        starts = [0]
        find = self.source.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self._line_starts = starts

    def line_span(self, line: int) -> tuple[int, int]:
        """Source (start, end) of a 1-based line, without its line break."""
        starts = self._line_starts
        line = max(1, min(line, len(starts)))
        end = starts[line] - 1 if line < len(starts) else len(self.source)
        return starts[line - 1], end

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a source offset."""
        line_index = bisect.bisect_right(self._line_starts, offset) - 1
        return line_index + 1, offset - self._line_starts[line_index] + 1

    @property
    def text(self) -> str:
        """The clean prose, paragraphs separated by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The paragraph whose source span holds ``offset`` (binary search)."""
        if self._by_start is None:
            self._by_start = sorted((p.offsets[0], p.offsets[-1], i) for i, p in enumerate(self.paragraphs) if p.offsets)
        i = bisect.bisect_right(self._by_start, (offset, float("inf"), float("inf"))) - 1
        if i >= 0:
            _, last, index = self._by_start[i]
            if offset <= last:
                return self.paragraphs[index]
        return None


def split_blocks(text: str, base: int = 0) -> list[tuple[int, int]]:
    """(start, end) of blocks separated by blank lines, trimmed of outer whitespace."""
    blocks: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos < n:
        # skip blank space between blocks
        while pos < n and text[pos].isspace():
            pos += 1
        if pos >= n:
            break
        start = pos
        end = text.find("\n\n", pos)
        # a blank line may contain spaces: look for "\n<spaces>\n"
        line_end = pos
        while True:
            nl = text.find("\n", line_end)
            if nl == -1:
                end = n
                break
            nxt = nl + 1
            while nxt < n and text[nxt] in " \t\r":
                nxt += 1
            if nxt >= n or text[nxt] == "\n":
                end = nl
                break
            line_end = nl + 1
        stop = end
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        blocks.append((base + start, base + stop))
        pos = end
    return blocks


HEADING_WORDS = 8  # a line this short without an end mark, before a capital, is a heading
ITEM_WORDS = 12  # a line this short after a line that ends in ':' is a list item


def _next_line(source: str, j: int, end: int) -> str:
    stop = source.find("\n", j, end)
    return source[j : end if stop < 0 else stop].strip()


def _in_list(lines: list[str]) -> bool:
    """Is the last line an item of a list that a line ending in ':' opened?"""
    for before in reversed(lines[:-1]):
        if before.rstrip().endswith(":"):
            return all(0 < len(item.split()) <= ITEM_WORDS and item.strip()[-1] not in ".!?" for item in lines[lines.index(before) + 1 :])
    return False


def _line_break(chars: list[str], source: str, j: int, end: int) -> bool:
    """Does the line that ends here stand on its own? A heading ("Tot slot"
    above "Hebt u nog vragen?"): no end mark, short, and a capital after it.
    A list without marks ("Stuur ons:" / "uw loonstrook" / "uw
    bankafschrift"): the line before ends in ':' or is an item itself, and the
    next line is short. A line of running text wrapped by the writer ends in
    the middle of a sentence and is longer."""
    text = "".join(chars)
    lines = text.split("\n")
    line = lines[-1].strip()
    if not line or j >= end:
        return False
    following = _next_line(source, j, end)
    short_item = 0 < len(following.split()) <= ITEM_WORDS
    if line.endswith(":") and short_item:
        return True  # the first item of a list
    if short_item and _in_list(lines):
        return True  # an item after an item
    if line[-1] in ".!?:;,-–(":
        return False
    # a capital letter: a line before a number is an address ("Postbus 578 / 2100 AN") or a wrapped number
    return source[j].isupper() and len(line.split()) <= HEADING_WORDS


def joined_lines(source: str, start: int, end: int) -> Paragraph:
    """A paragraph from source[start:end] with line breaks (and their
    indentation) read as one space, keeping the offset map exact. A heading
    line and a list item keep their line break, so that each is a sentence
    of its own."""
    chars: list[str] = []
    offsets: list[int] = []
    i = start
    while i < end:
        ch = source[i]
        if ch in "\r\n":
            # collapse the line break and following indentation to one space
            j = i
            while j < end and source[j] in " \t\r\n":
                j += 1
            while chars and chars[-1] in " \t":
                chars.pop()
                offsets.pop()
            chars.append("\n" if _line_break(chars, source, j, end) else " ")
            offsets.append(i)
            i = j
            continue
        chars.append(ch)
        offsets.append(i)
        i += 1
    return Paragraph(text="".join(chars), offsets=offsets)
