"""spaCy's Dutch tokenizer, with its special cases added when a text needs them.

spaCy's Dutch defaults hold about 4,700 special cases (mostly abbreviations:
"bijv.", "t.a.v.", "o.a."). Building all of them costs about 0.6 s at every
start, longer than checking a one-page letter. A special case can only change
the tokens of a text that contains its string, so this tokenizer adds, before
it tokenizes a text, just the special cases whose string occurs in it. That
look-up costs about 0.6 ms per text plus 2 µs per character; after
``EAGER_AFTER`` texts or ``EAGER_CHARS`` characters (a large batch) it adds
all remaining special cases at once, so the look-ups cost at most about 0.1 s.

The tokens are the same as those of ``spacy.Tokenizer.v1``; a test compares
both on the treebanks and the example letters.
"""
from __future__ import annotations

from spacy import util
from spacy.tokenizer import Tokenizer
from spacy.util import registry

EAGER_AFTER = 100
EAGER_CHARS = 20_000


class LazyTokenizer(Tokenizer):
    """A spaCy Tokenizer whose special cases are loaded on demand."""

    def __init__(self, vocab, rules=None, **kwargs) -> None:
        super().__init__(vocab, rules=None, **kwargs)
        self.pending = dict(rules or {})
        self.calls = 0
        self.chars = 0

    def load_all(self) -> None:
        if self.pending:
            pending, self.pending = self.pending, {}
            self._load_special_cases(pending)

    def _load_for(self, text: str) -> None:
        self.calls += 1
        self.chars += len(text)
        if self.calls > EAGER_AFTER or self.chars > EAGER_CHARS:
            self.load_all()
            return
        # strings with a space can match across tokens; keep them simple: always
        needed = {s: v for s, v in self.pending.items() if s in text or " " in s}
        if needed:
            for string in needed:
                del self.pending[string]
            self._load_special_cases(needed)

    def __call__(self, string):
        if self.pending:
            self._load_for(string)
        return super().__call__(string)

    def explain(self, text):
        self.load_all()
        return super().explain(text)

    def add_special_case(self, string, substrings):
        self.pending.pop(string, None)
        super().add_special_case(string, substrings)

    # Saving or copying the tokenizer gives a plain, complete spaCy Tokenizer.
    def __reduce__(self):
        self.load_all()
        args = (self.vocab, self.rules, self.prefix_search, self.suffix_search,
                self.infix_finditer, self.token_match, self.url_match)
        return (Tokenizer, args, None, None)

    def to_bytes(self, **kwargs):
        self.load_all()
        return super().to_bytes(**kwargs)

    def to_disk(self, path, **kwargs):
        self.load_all()
        return super().to_disk(path, **kwargs)

    def from_bytes(self, bytes_data, **kwargs):
        self.pending = {}
        return super().from_bytes(bytes_data, **kwargs)

    def from_disk(self, path, **kwargs):
        self.pending = {}
        return super().from_disk(path, **kwargs)


@registry.tokenizers("begrijpelijk.Tokenizer.v1")
def create_lazy_tokenizer():
    """Like ``spacy.Tokenizer.v1`` (the language's defaults), with lazy special cases."""

    def factory(nlp) -> LazyTokenizer:
        defaults = nlp.Defaults
        return LazyTokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=util.compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None,
            suffix_search=util.compile_suffix_regex(defaults.suffixes).search if defaults.suffixes else None,
            infix_finditer=util.compile_infix_regex(defaults.infixes).finditer if defaults.infixes else None,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return factory
