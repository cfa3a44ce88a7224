"""A lookup lemmatizer that corrects the trained (edit-tree) lemmatizer.

With the little training text of the treebanks, the edit-tree lemmatizer makes
mistakes on common words ("nemen" → "voornemen", "stuurt" → "stuurnen"). That
matters: jargon is found by lemma. This component, placed after it, looks each
word up in two tables that are saved inside the pipeline:

1. ``treebank``: (word, part of speech) → the most frequent lemma in the
   training treebanks (LassySmall dev+test, Alpino dev; CC BY-SA 4.0);
2. ``lookup``: word → lemma from spaCy's Dutch lookup table
   (``spacy-lookups-data``, MIT), used when the treebanks never saw the word.

Words in neither table keep the trained lemmatizer's lemma, unless that is
no Dutch word while the word itself is one (wordfreq's list, Zipf ≥ 2): then
the word is its own lemma ("weekeinde", not "weekein").

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
from functools import lru_cache
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


def _particles(token):
    """The verb's compound:prt children, and a compound:prt the parse hung on a
    word that is no verb ("Stuur het formulier terug" with "terug" under
    "formulier") when this verb is the nearest verb before it."""
    yield from (c for c in token.children if c.dep_ == "compound:prt")
    for other in token.sent:
        if other.i > token.i and other.dep_ == "compound:prt" and other.head.pos_ not in ("VERB", "AUX"):
            verbs = [t for t in token.doc[token.i : other.i] if t.pos_ in ("VERB", "AUX")]
            if verbs and verbs[-1].i == token.i:
                yield other


def with_particle(token) -> str | None:
    """The lemma of a separable verb with its particle ("ging … vooruit" →
    "vooruitgaan"), or None when the verb has no particle."""
    if token.pos_ not in ("VERB", "AUX"):
        return None
    for child in _particles(token):
        if child.i > token.i and (child.pos_ in PARTICLE_POS or child.lower_ in NOUN_PARTICLES):
            particle = child.lower_
            if particle in NOT_PARTICLES or not particle.isalpha():
                return None
            lemma = token.lemma_
            return lemma if lemma.lower().startswith(particle) else particle + lemma
    return None


FALLBACK_POS = {"NOUN", "ADJ", "NUM", "ADV"}


class LemmaLookup:
    def __init__(self, treebank=None, lookup=None, known=None) -> None:
        self.treebank = treebank or {}  # "word\tPOS" -> lemma
        self.lookup = lookup or {}
        self.known = set(known or ())  # Dutch words (wordfreq): is a guessed lemma a real word?

    def __call__(self, doc: Doc) -> Doc:
        from begrijpelijk.nlp.components import auxiliary_or_verb

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
        from begrijpelijk.nlp.components import IMPERATIVES

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
        elif self.guess_is_no_word(token, lemma):
            lemma = lower  # "weekeinde" → "weekein": keep the word itself
        if token.pos_ == "ADJ" and token.text[:1].isupper() and lemma[:1].islower() and not _after_quote_or_start(token):
            lemma = lemma[:1].upper() + lemma[1:]
        return lemma

    def guess_is_no_word(self, token, lemma: str) -> bool:
        """The trained lemmatizer cut a known word into something that is no
        word ("ronde" → "ron", "middenveld" → "middenvlen")."""
        if token.pos_ not in FALLBACK_POS or not self.known or not token.text.isalpha():
            return False
        if token.pos_ == "ADJ" and token.lower_.endswith("e"):
            return False  # "Libanese" → "Libanees" is right though rarer
        return lemma.lower() not in self.known and token.lower_ in self.known

    def to_disk(self, path, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        with gzip.open(path / "tables.json.gz", "wt", encoding="utf8") as f:
            data = {"treebank": self.treebank, "lookup": self.lookup, "known": sorted(self.known)}
            json.dump(data, f, ensure_ascii=False, sort_keys=True)

    def from_disk(self, path, exclude=()) :
        global _TABLES
        with gzip.open(Path(path) / "tables.json.gz", "rt", encoding="utf8") as f:
            data = json.load(f)
        if _TABLES is None and Path(path).resolve() == _SHIPPED:
            _TABLES = data  # the bundled model's tables: the rules' look-ups need not read them a second time
        self.treebank = data["treebank"]
        self.lookup = data["lookup"]
        self.known = set(data.get("known", ()))
        return self


@Language.factory("begrijpelijk_lemma")
def make_lemma_lookup(nlp: Language, name: str) -> LemmaLookup:
    return LemmaLookup()


def shipped_lookup() -> dict[str, str]:
    """The word → lemma table of the bundled model, read once (also when
    another model parses): used to make sure a verb form exists."""
    return _shipped_tables()["lookup"]


def shipped_treebank() -> dict[str, str]:
    """(word TAB part of speech) → lemma from the treebanks, of the bundled model."""
    return _shipped_tables()["treebank"]


@lru_cache(maxsize=1)
def shipped_known() -> frozenset[str]:
    """The Dutch words (wordfreq) of the bundled model."""
    return frozenset(_shipped_tables()["known"])


def _shipped_tables() -> dict:
    global _TABLES
    if _TABLES is None:
        with gzip.open(_SHIPPED / "tables.json.gz", "rt", encoding="utf8") as f:
            _TABLES = json.load(f)
    return _TABLES


_SHIPPED = Path(__file__).resolve().parent / "model" / "begrijpelijk_lemma"
_TABLES: dict | None = None
