"""An analysed Document: each paragraph with its spaCy Doc, and helpers the
rules share (sentences, word counts, mapping tokens back to the source)."""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterator

from begrijpelijk.document import Document, Paragraph

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
        """The words as a reader counts them: "ouder(s)" and "(liquiditeit)problemen" are one word each."""
        return [t for t in self.span if is_word(t) and not _glued(t)]

    def source_span(self) -> tuple[int, int]:
        return self.paragraph.source_span(self.span.start_char, self.span.end_char)


@dataclass(frozen=True)
class TextMatch:
    """A match in the prose of the letter, with its place in the source."""

    start: int  # source offsets
    end: int
    match: re.Match  # on the paragraph's clean text
    paragraph: Paragraph
    index: int  # of the paragraph

    @property
    def text(self) -> str:
        return self.match.group()

    @property
    def exact(self) -> bool:
        """The source holds exactly these characters, in one piece (no markup,
        no line break in between): an edit can replace them as they are."""
        offsets = self.paragraph.offsets[self.match.start() : self.match.end()]
        return all(b == a + 1 for a, b in zip(offsets, offsets[1:]))


@dataclass
class AnalysedDocument:
    document: Document
    docs: list["Doc"]  # one per paragraph, same order
    model: str | None = None  # the model the paragraphs were parsed with (None: the default)
    # the rules that are on for this check: ongebruikte-uitzondering needs them
    enabled_rules: frozenset[str] = field(default_factory=frozenset)
    # the indexes of the document's suppressions that silenced a finding
    used_suppressions: frozenset[int] = field(default_factory=frozenset)
    _memo: dict[Any, Any] = field(default_factory=dict, init=False, repr=False)

    def pairs(self) -> Iterator[tuple[Paragraph, "Doc"]]:
        return zip(self.document.paragraphs, self.docs)

    def search(self, pattern: re.Pattern) -> Iterator[TextMatch]:
        """Every match of ``pattern`` in the prose, paragraph by paragraph:
        the text the readers made (no Markdown stars, no HTML tags or
        attributes, entities read, code blocks and template tags left out),
        with offsets mapped back to the source. The one way rules search text."""
        for index, paragraph in enumerate(self.document.paragraphs):
            for m in pattern.finditer(paragraph.text):
                start, end = paragraph.source_span(m.start(), m.end())
                yield TextMatch(start, end, m, paragraph, index)

    def memo(self, key: Any, make: Callable[[], Any]) -> Any:
        """Work done once per document and shared: the letter's parts, the
        jargon matches, the passive clauses (rules and scoring both use them)."""
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]

    _sentences: list[Sentence] | None = field(default=None, init=False, repr=False)
    _starts: list[int] = field(default_factory=list, init=False, repr=False)

    def sentences(self) -> list[Sentence]:
        """The sentences with at least one word, in order. Made once: rules,
        scoring and every finding share the same list."""
        if self._sentences is None:
            out: list[Sentence] = []
            for paragraph, doc in self.pairs():
                for span in doc.sents:
                    if any(is_word(t) for t in span):
                        out.append(Sentence(len(out), paragraph, span))
            self._sentences = out
            self._starts = [s.source_span()[0] for s in out]
        return list(self._sentences)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence whose source span holds ``offset`` (binary search)."""
        sentences = self.sentences()
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0:
            start, end = sentences[i].source_span()
            if start <= offset < end:
                return sentences[i]
        return None

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


BRACKETS = {"(", ")"}


def _glued(token) -> bool:
    """A word written against a bracket that is written against the word before: the 's' of
    "ouder(s)", the 'problemen' of "(liquiditeit)problemen"."""
    doc, i = token.doc, token.i
    if i < 2 or doc[i - 1].text not in BRACKETS or doc[i - 1].whitespace_:
        return False
    before = doc[i - 2]
    return not before.whitespace_ and (is_word(before) or before.text in BRACKETS)


def word_count(tokens) -> int:
    return sum(1 for t in tokens if is_word(t))


OPEN_QUOTES = {"“", "„", "‘", "«", "‚"}
CLOSE_QUOTES = {"”", "’", "»"}
STRAIGHT_QUOTES = {'"', "'", "''", ",,"}


def quoted(doc) -> set[int]:
    """Indexes of tokens between quotation marks: a quoted title or phrase."""
    inside: set[int] = set()
    start = None
    for token in doc:
        text = token.text
        if start is None and (text in OPEN_QUOTES or text in STRAIGHT_QUOTES):
            start = token.i
        elif start is not None and (text in CLOSE_QUOTES or text in STRAIGHT_QUOTES or text == "“"):
            inside.update(range(start + 1, token.i))
            start = None
    return inside


def is_link(token) -> bool:
    return bool(token.like_email or token.like_url or "@" in token.text or token.text.lower().startswith("www."))


def _in_capitals(sentence) -> bool:
    """A sentence of at least four words, every one of them in capitals, that ends like a sentence:
    a letterhead ("GEMEENTE UTRECHT AFDELING TOEZICHT EN HANDHAVING") has no full stop and stays a name."""
    words = [t.text for t in sentence if t.is_alpha]
    ends = sentence[-1].text in (".", "!", "?") or (len(sentence) > 1 and sentence[-2].text in (".", "!", "?"))
    return ends and len(words) >= 4 and all(w.isupper() for w in words)


def _sentence_in_capitals(token) -> bool:
    """`_in_capitals` of the token's sentence, worked out once per document (a long sentence in
    capitals would otherwise be read again for each of its words)."""
    doc = token.doc
    known = doc.user_data.get("begrijpelijk-capitals")
    if known is None:  # one pass over the sentences: `token.sent` itself reads the sentence again
        known = doc.user_data["begrijpelijk-capitals"] = [False] * len(doc)
        for sentence in doc.sents:
            if _in_capitals(sentence):
                known[sentence.start : sentence.end] = [True] * len(sentence)
    return known[token.i]


def in_name(token) -> bool:
    """Part of a name or title: a capitalised word that does not start the
    sentence, or a word the tagger reads as a proper name. In a sentence written
    in capitals ("DEZE WERKZAAMHEDEN DUREN 2 WEKEN") a capital says nothing."""
    if token.text.isupper() and len(token.text) > 1 and _sentence_in_capitals(token):
        return False
    if token.pos_ == "PROPN":
        return True
    if not token.text[:1].isupper():
        # "bij het Sociaal wijkteam": a noun after a capitalised adjective inside the sentence ends a name
        previous = token.doc[token.i - 1] if token.i > 0 else None
        return (
            token.pos_ == "NOUN" and previous is not None and previous.pos_ == "ADJ" and previous.text[:1].isupper()
            and not previous.is_sent_start and token.doc[previous.i - 1].text not in (":", "-", "•", "(")
            # "de Europese regelgeving": an adjective of a place or a people is written with a capital anyway
            and not previous.lower_.endswith(("se", "sche", "es", "s"))
        )
    return not token.is_sent_start


def shielded(doc, names: bool = True) -> set[int]:
    """Tokens no word rule flags: inside quotes, links and e-mail addresses,
    and (with ``names``) inside names and titles."""
    out = quoted(doc)
    for token in doc:
        if is_link(token) or (names and in_name(token)):
            out.add(token.i)
    return out
