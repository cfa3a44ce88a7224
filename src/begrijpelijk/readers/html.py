"""HTML letters (.html, .htm): letters sent as e-mail or shown on a web page.

Block elements (``<p>``, ``<li>``, ``<h1>``…``<h6>``, table cells, ``<div>``
…) are separate paragraphs; a heading or list item is never joined to the
sentence after it. Inline markup (``<b>``, ``<a>``, ``<span>``) is left out of
the analysed text, and ``<br>`` is a line break inside the paragraph, as in a
text file. Entities (``&euml;``, ``&#8364;``, ``&nbsp;``) are read as the
character they stand for. Scripts, styles, the ``<head>`` and comments are not
prose and are skipped. The offset map points at the source characters, so a
finding has the line and column of the HTML file.
"""
from __future__ import annotations

import html
from html.parser import HTMLParser

from begrijpelijk.document import Document, Paragraph
from begrijpelijk.readers.markdown import _finish
from begrijpelijk.readers.text import decode

BLOCKS = {
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html",
    "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
}
KINDS = {"h1": "kop", "h2": "kop", "h3": "kop", "h4": "kop", "h5": "kop", "h6": "kop", "li": "lijst", "td": "tabel", "th": "tabel"}
HIDDEN = {"script", "style", "head", "template", "noscript", "svg"}


class _Reader(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0]
        for i, ch in enumerate(source):
            if ch == "\n":
                self.line_starts.append(i + 1)
        self.paragraphs: list[Paragraph] = []
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.kind = "alinea"
        self.hidden = 0

    def here(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def flush(self) -> None:
        _finish(self.chars, self.offsets, self.kind, self.paragraphs)
        self.chars, self.offsets, self.kind = [], [], "alinea"

    def handle_starttag(self, tag, attrs) -> None:
        # "<br/>" and "<p/>" come here too: HTMLParser's handle_startendtag
        # calls handle_starttag and then handle_endtag
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in BLOCKS:
            self.flush()
            self.kind = KINDS.get(tag, "alinea")
        elif tag == "br" and not self.hidden:
            self.chars.append(" ")
            self.offsets.append(self.here())

    def handle_endtag(self, tag) -> None:
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCKS:
            self.flush()

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        start = self.here()
        self.chars.extend(data)
        self.offsets.extend(range(start, start + len(data)))

    def _reference(self, text: str) -> None:
        if self.hidden:
            return
        decoded = html.unescape(text)
        start = self.here()
        self.chars.extend(decoded)
        self.offsets.extend([start] * len(decoded))

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name};")


def parse(source: str) -> list[Paragraph]:
    reader = _Reader(source)
    reader.feed(source)
    reader.close()
    reader.flush()
    return reader.paragraphs


def read(data: bytes, path: str) -> Document:
    from begrijpelijk.suppressions import find, mask

    source = decode(data, path).replace("\r\n", "\n").replace("\r", "\n")
    suppressions = find(source, ("html",))
    return Document(path=path, source=source, paragraphs=parse(mask(source, suppressions)), format="html", suppressions=suppressions)
