"""An analysed Document: each paragraph with its spaCy Doc, and helpers the
rules share (sentences, word counts, mapping tokens back to the source)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

from .document import Document, Paragraph

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token


@dataclass
class Sentence:
    index: int  # 0-based, over the whole document
    paragraph: Paragraph
    span: "Span"

    @property
    def text(self) -> str:
        return self.span.text

    @property
    def words(self) -> list["Token"]:
        return [t for t in self.span if is_word(t)]

    def source_span(self) -> tuple[int, int]:
        return self.paragraph.source_span(self.span.start_char, self.span.end_char)


@dataclass
class AnalysedDocument:
    document: Document
    docs: list["Doc"]  # one per paragraph, same order

    def pairs(self) -> Iterator[tuple[Paragraph, "Doc"]]:
        return zip(self.document.paragraphs, self.docs)

    def sentences(self) -> list[Sentence]:
        out: list[Sentence] = []
        for paragraph, doc in self.pairs():
            for span in doc.sents:
                if any(is_word(t) for t in span):
                    out.append(Sentence(len(out), paragraph, span))
        return out

    def token_span(self, paragraph: Paragraph, first: "Token", last: "Token | None" = None) -> tuple[int, int]:
        """Source (start, end) of tokens first..last in a paragraph."""
        last = last or first
        return paragraph.source_span(first.idx, last.idx + len(last.text))


def is_word(token: "Token") -> bool:
    """A word a reader reads: not punctuation, not a symbol, not a space."""
    if token.is_space or token.is_punct:
        return False
    if token.pos_ in ("PUNCT", "SYM", "SPACE") and not token.text[0].isalnum():
        return False
    return any(ch.isalnum() for ch in token.text)


def word_count(tokens) -> int:
    return sum(1 for t in tokens if is_word(t))
