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

Then three conventions of UD Dutch, measured on the training treebanks:
- a name (PROPN), a foreign word (X) or a symbol is its own lemma ("Van" in
  "Van Gogh", "Algebra"), a name without its genitive ("Bernini's" → "Bernini");
- an adjective written with a capital inside a sentence keeps it
  ("Vlaamse" → "Vlaams"; 82% of such adjectives in the treebanks);
- a separable verb's lemma includes its particle ("ging … vooruit" →
  "vooruitgaan"; 77% of verbs with a particle). begrijpelijk's word lists
  then find "vindt … plaats" as "plaatsvinden".
"""

import gzip
import json
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

OPEN_CLASS = {"NOUN", "VERB", "ADJ", "AUX", "ADV", "PROPN"}
OWN_LEMMA = {"PROPN", "X", "SYM", "PUNCT"}
PARTICLE_POS = {"ADP", "ADV", "ADJ"}
# nouns that form one separable verb with theirs: plaatsvinden, deelnemen, kennisnemen
NOUN_PARTICLES = {"plaats", "deel", "kennis"}
NOT_PARTICLES = {"er", "daar", "hier", "waar", "niet", "ook", "nog", "wel", "zo", "dan"}


def _after_quote_or_start(token) -> bool:
    if token.is_sent_start or token.i == 0:
        return True
    return token.doc[token.i - 1].text in {'"', "'", "(", "«", "„", "‘", "“", "-", ":"}


def with_particle(token) -> str | None:
    """The lemma of a separable verb with its particle ("ging … vooruit" →
    "vooruitgaan"), or None when the verb has no particle."""
    if token.pos_ not in ("VERB", "AUX"):
        return None
    for child in token.children:
        if child.dep_ == "compound:prt" and child.i > token.i and (
            child.pos_ in PARTICLE_POS or child.lower_ in NOUN_PARTICLES
        ):
            particle = child.lower_
            if particle in NOT_PARTICLES or not particle.isalpha():
                return None
            lemma = token.lemma_
            return lemma if lemma.lower().startswith(particle) else particle + lemma
    return None


class LemmaLookup:
    def __init__(self, treebank=None, lookup=None) -> None:
        self.treebank = treebank or {}  # "word\tPOS" -> lemma
        self.lookup = lookup or {}

    def __call__(self, doc: Doc) -> Doc:
        from .letter import auxiliary_or_verb

        parsed = doc.has_annotation("DEP")
        for token in doc:
            if parsed and token.pos_ in ("VERB", "AUX"):
                token.pos_ = auxiliary_or_verb(token)  # the lemma tables are keyed by it
            token.lemma_ = self.lemma(token)
            separable = with_particle(token)
            if separable:
                token.lemma_ = separable
        return doc

    def lemma(self, token) -> str:
        from .letter import IMPERATIVES

        lower = token.lower_
        if token.pos_ in ("VERB", "AUX") and token.is_sent_start and lower in IMPERATIVES:
            return IMPERATIVES[lower]
        if token.pos_ in OWN_LEMMA:
            # "Bernini's" → "Bernini"
            return token.text[:-2] if token.pos_ == "PROPN" and token.text.endswith(("'s", "’s")) and len(token.text) > 3 else token.text
        key = f"{lower}\t{token.pos_}"
        if key in self.treebank:
            return self.treebank[key]
        lemma = token.lemma_
        if token.pos_ in OPEN_CLASS and lower in self.lookup:
            lemma = self.lookup[lower]
        if token.pos_ == "ADJ" and token.text[:1].isupper() and lemma[:1].islower() and not _after_quote_or_start(token):
            lemma = lemma[:1].upper() + lemma[1:]
        return lemma

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
