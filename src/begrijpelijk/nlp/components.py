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

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import filter_spans

# phone numbers: 030 123 45 67, 030-1234567, 06 12345678, 0800-1234, +31 6 1234 5678
_PHONE = (
    r"(?<![\d\w])(?:\+31[ -]?|0)(?:\d[ -]?){8,10}\d(?![\d\w])"
    r"|(?<![\d\w])(?:0800|0900)[ -]?\d{4}(?:[ -]?\d{3})?(?![\d\w])"
    # (0111) 452 000, 053 - 481 79 00: an area code in brackets or with a spaced dash
    r"|(?<![\d\w])\(0\d{2,3}\) ?\d{2,3}(?: ?\d{2,4}){1,2}(?![\d\w])"
    r"|(?<![\d\w])0\d{2,3} - \d{2,3}(?: ?\d{2,4}){1,2}(?![\d\w])"
    # 14 071: the one number of a municipality (14 + area code)
    r"|(?<![\d\w])14 ?0\d{2,3}(?![\d\w])"
)
# amounts: € 1.234,56  €1234  € 12,-
_AMOUNT = r"€\s?\d{1,3}(?:\.\d{3})*(?:,(?:\d{2}|-))?(?!\d)"
# postcodes: 3511 AB
_POSTCODE = r"(?<![\d\w])[1-9]\d{3} ?[A-Z]{2}(?![\w])"
# bank account numbers: NL12 BANK 0123 4567 89 (before phone numbers: its digits look like one)
_IBAN = r"\b[A-Z]{2}\d{2}\s?[A-Z]{4}(?:\s?\d{2,4}){2,4}\b"
MERGE_PATTERN = re.compile(f"(?P<iban>{_IBAN})|(?P<phone>{_PHONE})|(?P<amount>{_AMOUNT})|(?P<postcode>{_POSTCODE})")

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
    # by character offset: each merge shifts the token index of what follows
    kinds = {}
    with doc.retokenize() as retokenizer:
        for span in filter_spans([s for s, _ in spans]):
            kind = next(k for s, k in spans if s == span)
            retokenizer.merge(span)
            kinds[span.start_char] = kind
    if kinds:
        for token in doc:
            if token.idx in kinds:
                token._.letter_kind = kinds[token.idx]
    return doc


# UD Dutch: a verb is AUX exactly when it serves another verb (aux, aux:pass,
# cop), and VERB otherwise, also when coordinated ("… en werd …"). Only "zijn"
# is a copula there; "worden" as a copula ("werd minister") is a VERB.
AUX_DEPS = {"aux", "aux:pass", "cop"}
WORDEN_FORMS = {"worden", "wordt", "word", "werd", "werden", "geworden"}


def auxiliary_or_verb(token) -> str:
    """AUX or VERB for a verb, from its function in the parse."""
    if token.dep_ in AUX_DEPS and not (token.dep_ == "cop" and token.lower_ in WORDEN_FORMS):
        return "AUX"
    return "VERB"


@Language.component("begrijpelijk_letter")
def fix_letter_words(doc: Doc) -> Doc:
    parsed = doc.has_annotation("DEP")
    for token in doc:
        if parsed and token.pos_ in ("VERB", "AUX"):
            token.pos_ = auxiliary_or_verb(token)
        kind = token._.letter_kind
        if kind in ("phone", "postcode", "iban"):
            token.pos_ = "NUM" if kind == "phone" else "PROPN"
            token.lemma_ = token.text
            continue
        if kind == "amount":
            token.pos_ = "NUM"
            token.lemma_ = token.text
            continue
        if token.like_email or token.like_url:
            # an address is a symbol, as in UD Dutch ("www.aclvb.be" SYM), not a guess
            token.pos_ = "SYM"
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

# imperatives that open instructions in letters ("Stuur het formulier terug")
IMPERATIVES = {
    "bel": "bellen", "bewaar": "bewaren", "betaal": "betalen", "breng": "brengen", "controleer": "controleren",
    "doe": "doen", "ga": "gaan", "gebruik": "gebruiken", "geef": "geven", "houd": "houden", "kijk": "kijken",
    "kies": "kiezen", "kom": "komen", "laat": "laten", "lees": "lezen", "let": "letten", "lever": "leveren",
    "log": "loggen", "maak": "maken", "mail": "mailen", "meld": "melden", "neem": "nemen",
    "onderteken": "ondertekenen", "open": "openen", "print": "printen", "regel": "regelen",
    "schrijf": "schrijven", "stuur": "sturen", "teken": "tekenen", "vraag": "vragen", "vul": "vullen",
    "wacht": "wachten", "zet": "zetten", "zoek": "zoeken", "voeg": "voegen", "plak": "plakken",
    "scan": "scannen", "volg": "volgen", "pak": "pakken", "vink": "vinken", "kruis": "kruisen",
}
AFTER_IMPERATIVE = {"DET", "PRON", "ADV", "NUM", "ADP", "ADJ", "NOUN"}


def _looks_like_verb_stem(form: str, tables) -> bool:
    if form in IMPERATIVES:
        return True
    if tables is None:
        return False
    lookup, treebank = tables
    for candidate in (form, form + "t"):
        lemma_ = lookup.get(candidate) or treebank.get(f"{candidate}\tVERB")
        if lemma_ and lemma_.endswith("en") and lemma_ != candidate:
            return True
    return False


class LetterPos:
    """Part of speech that news-trained taggers get wrong in letters. Runs
    before the lemmatizers, so the lemma is looked up as a verb.

    - "Wij delen u mede": after a subject pronoun at the start of a sentence, a
      lowercase word read as a noun is the verb; so is one right before "wij",
      "we" or "ik" ("Naar aanleiding van … delen wij u mede").
    - "Stuur het formulier terug": a sentence that opens with a verb stem is an
      instruction; the tagger, trained on news, reads "Stuur" as a name.
    """

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._looked = False
        self._tables: tuple[Any, Any] | None = None

    def tables(self):
        if not self._looked:
            self._looked = True
            if "begrijpelijk_lemma" in self.nlp.pipe_names:
                pipe: Any = self.nlp.get_pipe("begrijpelijk_lemma")
                self._tables = (pipe.lookup, pipe.treebank)
        return self._tables

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            previous = doc[token.i - 1] if token.i > 0 else None
            at_start = previous is None or previous.text in SENTENCE_END or "\n" in previous.text
            if at_start and token.text[:1].isupper() and token.pos_ not in ("VERB", "AUX"):
                nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
                if nxt is not None and nxt.lower_ in ("u", "je", "jij") and token.pos_ in ("PROPN", "NOUN", "X") and token.text.isalpha():
                    # "Ontvangt u een uitkering?": a verb before its subject, which the tagger reads as a name
                    if _looks_like_verb_stem(token.lower_, self.tables()):
                        token.pos_ = "VERB"
                        token.tag_ = "WW|pv|tgw|ev"
                    continue
                if nxt is not None and nxt.pos_ in AFTER_IMPERATIVE and nxt.pos_ != "VERB":
                    guessable = token.pos_ in ("PROPN", "NOUN", "X", "ADJ", "INTJ")
                    if token.text.isalpha() and (
                        token.lower_ in IMPERATIVES or (guessable and _looks_like_verb_stem(token.lower_, self.tables()))
                    ):
                        token.pos_ = "VERB"
                        token.tag_ = "WW|pv|tgw|ev"
                        if token.lower_ in IMPERATIVES:
                            token.lemma_ = IMPERATIVES[token.lower_]
                continue
            if previous is None or not _verb_shaped_non_verb(token):
                continue
            before = doc[previous.i - 1] if previous.i > 0 else None
            pronoun_first = before is None or before.text in SENTENCE_END
            nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
            # "Wij delen u mede": the verb right after the subject at the start
            after_subject = pronoun_first and previous.lower_ in SUBJECT_PRONOUNS
            # "… 2027 delen wij u mede": the verb before its subject (inversion)
            before_subject = (
                nxt is not None
                and nxt.lower_ in ("wij", "we", "ik")
                and previous.pos_ not in ("DET", "ADP", "ADJ")
                and previous.lower_ not in ("uw", "onze", "ons", "mijn", "hun", "zijn", "haar")
            )
            if after_subject or before_subject:
                token.pos_ = "VERB"
        return doc


def _verb_shaped_non_verb(token) -> bool:
    """A lowercase word the tagger did not call a verb, with the ending of a
    present-tense verb ("delen", "stuurt")."""
    return (
        token.pos_ in ("NOUN", "PROPN", "ADJ", "X")
        and token.text.islower()
        and token.text.isalpha()
        and token.text.endswith(("en", "t"))
    )


@Language.factory("begrijpelijk_pos")
def make_letter_pos(nlp: Language, name: str) -> LetterPos:
    return LetterPos(nlp)


SENTENCE_END = {".", "!", "?", ":", ";", "…"}


SENTENCE_FINAL_ABBREVIATIONS = {"enz.", "etc.", "e.d.", "e.a."}


def _may_start_sentence(doc: Doc, token) -> bool:
    previous = doc[token.i - 1]
    text = previous.text
    if text in SENTENCE_END or "\n" in text:
        return True
    if text in ("\"", "'", ")", "»", "”", "’") and token.i >= 2 and doc[token.i - 2].text in SENTENCE_END:
        return True
    if text.endswith(".") and len(text) > 1:
        # "mevr.", "J.", "t.a.v.": an abbreviation or initial, not the end of a sentence
        return text.lower() in SENTENCE_FINAL_ABBREVIATIONS
    if token.text[:1].islower() or token.text[:1].isdigit() or token.text[:1] in "([{":
        return False  # "keuze 4 (maandag …)", "Postbus 578": a number or a bracket after a word continues
    if text.lower() in ("heer", "mevrouw", "meneer", "familie", "beste", "geachte"):
        return False  # "Geachte heer De Vries"
    # "Wilhelmina Zwartjes": two capitalised words in a row are one name
    if text[:1].isupper() and text.isalpha() and token.text.isalpha() and token.text[:1].isupper():
        return False
    return True


# Rules look at a word's whole sentence, so a sentence must not grow without end: a run of MAX_RUN tokens
# without a full stop is cut (a list, a table, text without punctuation: the longest real sentence in the
# 915 benchmark and example texts has 87 tokens), and after MAX_RUN tokens without a sure start (a line break or such
# a cut) the next full stop ends the sentence for sure. So no sentence is longer than 2 × MAX_RUN tokens.
MAX_RUN = 150


@Language.component("begrijpelijk_sentences")
def limit_sentence_starts(doc: Doc) -> Doc:
    """Where a sentence in a letter can start. The parser trained on news
    sometimes splits before an imperative ("Zoek | een bankafschrift"), after
    an abbreviation ("mevr. | J. de Vries") or inside a name. A sentence
    starts only after . ! ? : ; (or at the start of a paragraph), except that a
    capitalised word after a word without a full stop may start one (a heading
    without a full stop)."""
    sure = run = 0  # tokens since the last sure sentence start, and since the last full stop
    for token in doc[1:]:
        sure, run = sure + 1, run + 1
        may_start = _may_start_sentence(doc, token)
        if not may_start:
            token.is_sent_start = False
        after_full_stop = may_start and doc[token.i - 1].text in SENTENCE_END and not token.is_punct  # not the quote after it
        if "\n" in doc[token.i - 1].text and not token.is_space:
            token.is_sent_start = True  # a line the reader kept apart: a heading ("Tot slot") or a list item
        elif not token.is_space and (run >= MAX_RUN or (sure >= MAX_RUN and after_full_stop)):
            token.is_sent_start = True  # a very long run: see MAX_RUN
        if token.is_sent_start:
            sure = run = 0
        elif after_full_stop:
            run = 0
    return doc


# dotted abbreviations letters use that spaCy's Dutch defaults lack: one token each,
# so that "dd. 5 maart" does not end a sentence after "dd"
LETTER_ABBREVIATIONS = ("tel.", "Tel.", "dd.", "Dd.", "jo.", "t.z.t.", "z.o.z.", "i.o.v.", "m.u.v.", "o.v.v.", "t.w.", "zgn.", "vnl.", "Stg.", "stg.", "cq.", "Cq.")


def adapt(nlp: Language) -> Language:
    """Add the letter components to a loaded pipeline (bundled or official)."""
    from spacy.symbols import ORTH  # type: ignore[import-not-found]

    tokenizer: Any = nlp.tokenizer
    known = getattr(tokenizer, "rules", None) or {}
    pending = getattr(tokenizer, "pending", {})
    for abbreviation in LETTER_ABBREVIATIONS:
        if abbreviation not in known and abbreviation not in pending and hasattr(tokenizer, "add_special_case"):
            tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
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
