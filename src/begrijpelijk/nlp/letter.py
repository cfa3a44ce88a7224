"""What letters need on top of a treebank-trained pipeline.

Letters are full of things newspaper text lacks: the reader addressed as "U",
phone numbers in groups ("030 123 45 67"), amounts ("€ 1.234,56"), postcodes
("3511 AB"), times ("10.00 uur"). Two components fix them:

- ``begrijpelijk_merge`` (first, after the tokenizer): merges phone numbers,
  amounts and postcodes into one token each, so they count as one word and do
  not confuse the parser.
- ``begrijpelijk_letter`` (last): sets part of speech and lemma for the words
  letters use a lot and the treebanks rarely show sentence-initially.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import filter_spans

# phone numbers: 030 123 45 67, 030-1234567, 06 12345678, 0800-1234, +31 6 1234 5678
_PHONE = r"(?<![\d\w])(?:\+31[ -]?|0)(?:\d[ -]?){8,10}\d(?![\d\w])|(?<![\d\w])(?:0800|0900)[ -]?\d{4}(?:[ -]?\d{3})?(?![\d\w])"
# amounts: € 1.234,56  €1234  € 12,-
_AMOUNT = r"€\s?\d{1,3}(?:\.\d{3})*(?:,(?:\d{2}|-))?(?!\d)"
# postcodes: 3511 AB
_POSTCODE = r"(?<![\d\w])[1-9]\d{3} ?[A-Z]{2}(?![\w])"
MERGE_PATTERN = re.compile(f"(?P<phone>{_PHONE})|(?P<amount>{_AMOUNT})|(?P<postcode>{_POSTCODE})")

if not Token.has_extension("letter_kind"):
    Token.set_extension("letter_kind", default=None)

# closed-class words of letters: (lowercase form) -> (POS, lemma)
LETTER_WORDS = {
    "u": ("PRON", "u"),
    "uw": ("PRON", "uw"),
    "wij": ("PRON", "wij"),
    "we": ("PRON", "we"),
    "ons": ("PRON", "ons"),
    "onze": ("PRON", "ons"),
    "uiterlijk": ("ADV", "uiterlijk"),
    "vóór": ("ADP", "vóór"),
    "mailen": ("VERB", "mailen"),
    "mail": ("NOUN", "mail"),
}

# Words a tagger trained on news may read as something else in a letter.
VERB_FORMS = {"mailen": "mailen", "mailt": "mailen", "toekomen": "toekomen", "bellen": "bellen", "belt": "bellen"}


@Language.component("begrijpelijk_merge")
def merge_letter_units(doc: Doc) -> Doc:
    spans = []
    for m in MERGE_PATTERN.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and len(span) > 1:
            spans.append((span, m.lastgroup))
        elif span is not None:
            span[0]._.letter_kind = m.lastgroup
    kinds = {}
    with doc.retokenize() as retokenizer:
        for span in filter_spans([s for s, _ in spans]):
            kind = next(k for s, k in spans if s == span)
            retokenizer.merge(span)
            kinds[span.start] = kind
    for start, kind in kinds.items():
        doc[start]._.letter_kind = kind
    return doc


@Language.component("begrijpelijk_letter")
def fix_letter_words(doc: Doc) -> Doc:
    for token in doc:
        kind = token._.letter_kind
        if kind == "phone" or kind == "postcode":
            token.pos_ = "NUM" if kind == "phone" else "PROPN"
            token.lemma_ = token.text
            continue
        if kind == "amount":
            token.pos_ = "NUM"
            token.lemma_ = token.text
            continue
        lower = token.lower_
        if lower in LETTER_WORDS:
            # "U" at the start of a sentence is the reader, not a symbol
            pos, lemma = LETTER_WORDS[lower]
            if lower in ("mail",) and token.pos_ == "VERB":
                continue
            token.pos_ = pos
            token.lemma_ = lemma
        elif lower in VERB_FORMS and token.pos_ in ("NOUN", "X", "PROPN"):
            token.pos_ = "VERB"
            token.lemma_ = VERB_FORMS[lower]
        if token.text == "€":
            token.pos_ = "SYM"
        # lemmas are looked up without UD's compound underscores
        if "_" in token.lemma_ and token.lemma_ != "_":
            token.lemma_ = token.lemma_.replace("_", "")
    return doc


SUBJECT_PRONOUNS = {"wij", "we", "ik", "u", "jij", "je", "hij", "zij", "ze"}


@Language.component("begrijpelijk_pos")
def fix_letter_pos(doc: Doc) -> Doc:
    """Part of speech that news-trained taggers get wrong in letters:
    "Wij delen u mede": after a subject pronoun at the start of a sentence, a
    lowercase word read as a noun is the verb. Runs before the lemmatizers, so
    the lemma is looked up as a verb."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        at_start = previous.i == 0 or doc[previous.i - 1].text in SENTENCE_END
        if (
            at_start
            and previous.lower_ in SUBJECT_PRONOUNS
            and token.pos_ in ("NOUN", "PROPN", "ADJ", "X")
            and token.text.islower()
            and token.text.isalpha()
            and token.text.endswith(("en", "t"))
        ):
            token.pos_ = "VERB"
    return doc


SENTENCE_END = {".", "!", "?", ":", ";", "…"}


@Language.component("begrijpelijk_sentences")
def limit_sentence_starts(doc: Doc) -> Doc:
    """A sentence that starts with a small letter starts only after . ! ? : ;
    (or at the start of a paragraph). The parser trained on news sometimes splits before an
    imperative ("Zoek | een bankafschrift"); this stops it. After an
    abbreviation ("mevr.", "d.d.") the parser still decides."""
    for token in doc[1:]:
        if not token.text[:1].islower():
            continue  # a capital may start a sentence after a heading without a full stop
        previous = doc[token.i - 1]
        if previous.text in SENTENCE_END or previous.text.endswith(".") or "\n" in previous.text:
            continue
        if previous.text in ("\"", "'", ")", "»", "”") and token.i >= 2 and doc[token.i - 2].text in SENTENCE_END:
            continue
        token.is_sent_start = False
    return doc


def adapt(nlp: Language) -> Language:
    """Add the letter components to a loaded pipeline (bundled or official)."""
    if "begrijpelijk_merge" not in nlp.pipe_names:
        nlp.add_pipe("begrijpelijk_merge", first=True)
    if "begrijpelijk_sentences" not in nlp.pipe_names:
        before = next((p for p in ("parser", "senter") if p in nlp.pipe_names), None)
        if before:
            nlp.add_pipe("begrijpelijk_sentences", before=before)
    if "begrijpelijk_pos" not in nlp.pipe_names:
        taggers = [p for p in ("tagger", "morphologizer") if p in nlp.pipe_names]
        if taggers:
            nlp.add_pipe("begrijpelijk_pos", after=max(taggers, key=nlp.pipe_names.index))
    if "begrijpelijk_letter" not in nlp.pipe_names:
        nlp.add_pipe("begrijpelijk_letter", last=True)
    return nlp
