"""A lookup lemmatizer that corrects the trained (edit-tree) lemmatizer.

With the little training text of the treebanks, the edit-tree lemmatizer makes
mistakes on common words ("nemen" → "voornemen", "stuurt" → "stuurnen"). That
matters: jargon is found by lemma. This component, placed after it, looks each
word up in two tables that are saved inside the pipeline:

1. ``treebank``: (word, part of speech) → the most frequent lemma in the
   training treebanks (LassySmall dev+test, Alpino dev; CC BY-SA 4.0);
2. ``lookup``: word → lemma from spaCy's Dutch lookup table
   (``spacy-lookups-data``, MIT), used when the treebanks never saw the word.

Words in neither table keep the trained lemmatizer's lemma.
"""

import gzip
import json
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

OPEN_CLASS = {"NOUN", "VERB", "ADJ", "AUX", "ADV", "PROPN"}


class LemmaLookup:
    def __init__(self, treebank=None, lookup=None) -> None:
        self.treebank = treebank or {}  # "word\tPOS" -> lemma
        self.lookup = lookup or {}

    def __call__(self, doc: Doc) -> Doc:
        from .letter import IMPERATIVES

        for token in doc:
            lower = token.lower_
            if token.pos_ == "VERB" and token.is_sent_start and lower in IMPERATIVES:
                token.lemma_ = IMPERATIVES[lower]
                continue
            key = f"{lower}\t{token.pos_}"
            if key in self.treebank:
                token.lemma_ = self.treebank[key]
            elif token.pos_ in OPEN_CLASS and lower in self.lookup:
                token.lemma_ = self.lookup[lower]
        return doc

    def to_disk(self, path, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        with gzip.open(path / "tables.json.gz", "wt", encoding="utf8") as f:
            json.dump({"treebank": self.treebank, "lookup": self.lookup}, f, ensure_ascii=False, sort_keys=True)

    def from_disk(self, path, exclude=()) :
        with gzip.open(Path(path) / "tables.json.gz", "rt", encoding="utf8") as f:
            data = json.load(f)
        self.treebank = data["treebank"]
        self.lookup = data["lookup"]
        return self


@Language.factory("begrijpelijk_lemma")
def make_lemma_lookup(nlp: Language, name: str) -> LemmaLookup:
    return LemmaLookup()
