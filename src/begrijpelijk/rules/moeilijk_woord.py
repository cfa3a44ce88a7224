"""Moeilijk woord: een woord dat niet op de B1-lijst staat en weinig voorkomt.

Waarom: een lezer op B1-niveau kent vooral veelgebruikte woorden. Een zeldzaam
woord kost tijd, of de lezer slaat het over en mist de boodschap. De regel
telt namen en getallen niet mee. Ook woorden op uw eigen lijst tellen niet
mee. Dat geldt ook voor een titel tussen aanhalingstekens, een e-mailadres en
een internetadres. Hoe vaak een woord voorkomt, komt uit wordfreq (Zipf-schaal: 3 is
ongeveer één keer per miljoen woorden).

Een samengesteld woord van woorden die de lezer kent, is niet moeilijk
("contactformulier", "startdatum", "parkeervakken"). Een woord dat vaker in de
brief staat, krijgt één melding met het aantal.

Opties: ``min-zipf`` (standaard 3.1): woorden die minder vaak voorkomen zijn moeilijk.

Fout:
    De termijn is geëxpireerd.

Goed:
    De termijn is voorbij.
"""
from __future__ import annotations

from functools import lru_cache

from begrijpelijk.check.analysis import AnalysedDocument, shielded
from begrijpelijk.findings import Problem, Severity
from begrijpelijk.nlp import lemma
from begrijpelijk.rules import Rule

CONTENT = {"NOUN", "VERB", "ADJ", "ADV"}


SMALL_LIST_FLOOR = 3.01  # wordfreq's small Dutch list holds every word with Zipf ≥ 3.01


@lru_cache(maxsize=50_000)
def zipf(word: str, small: bool = False) -> float:
    """Zipf frequency. With ``small`` the quick-to-load small list is used: a
    word missing there is below 3.01, which is all a threshold ≥ 3.01 needs."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "nl", wordlist="small" if small else "best")


LINKS = ("", "s", "en")  # "stad-s-huis", "boek-en-kast"


def _known(word: str, wordlists, min_zipf: float, small: bool) -> bool:
    """A part the reader knows: on the B1 list, or the stem of a B1 verb
    ("parkeer" in "parkeervak"). Frequency alone is not enough here: English
    words are frequent too ("continue|ring")."""
    if len(word) < 3:
        return False
    if wordlists.is_b1(word + "en"):
        return True
    return wordlists.is_b1(word) and not _english(word)


@lru_cache(maxsize=20_000)
def _english(word: str) -> bool:
    """Much more an English word than a Dutch one ("continue"): the B1 list,
    made from frequency, holds some."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en", wordlist="small") > zipf_frequency(word, "nl", wordlist="small") + 1.0


def is_compound_of_known_words(word: str, wordlists, min_zipf: float, small: bool, depth: int = 0) -> bool:
    """"contactformulier" = contact + formulier: every part is a known word."""
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        for link in LINKS:
            if link and not head.endswith(link):
                continue
            first = head[: len(head) - len(link)] if link else head
            if not _known(first, wordlists, min_zipf, small):
                continue
            if _known(tail, wordlists, min_zipf, small):
                return True
            if depth < 1 and is_compound_of_known_words(tail, wordlists, min_zipf, small, depth + 1):
                return True
    return False


def is_difficult(token, wordlists, min_zipf: float) -> bool:
    if token.pos_ not in CONTENT or token.ent_type_:
        return False
    text = token.lower_
    if not text.isalpha() or len(text) < 4 or token._.letter_kind:
        return False
    base = lemma(token)
    if any(wordlists.is_b1(w) or wordlists.allowed(w) for w in (text, base)):
        return False
    small = min_zipf >= SMALL_LIST_FLOOR
    if max(zipf(text, small), zipf(base, small)) >= min_zipf:
        return False
    if token.pos_ != "NOUN":  # Dutch makes compounds of nouns; "continu|eren" is no compound
        return True
    return not any(is_compound_of_known_words(w, wordlists, min_zipf, small) for w in dict.fromkeys((base, text)) if w.isalpha())


def _capitalised_elsewhere(doc: AnalysedDocument) -> set[str]:
    """Words written with a capital inside a sentence somewhere in the letter:
    names, also where they open a sentence."""
    out = set()
    for _, parsed in doc.pairs():
        for token in parsed:
            if token.text[:1].isupper() and not token.is_sent_start and token.i > 0:
                out.add(token.lower_)
    return out


def check(doc: AnalysedDocument, options: dict, wordlists):
    min_zipf = float(options["min-zipf"])
    jargon_words = {w for e in wordlists.jargon.values() for w in e.words}
    names = _capitalised_elsewhere(doc)
    found: dict[str, list] = {}  # lemma -> [(start, end, text)], in order
    for paragraph, parsed in doc.pairs():
        skip = shielded(parsed)
        for token in parsed:
            if token.i in skip or (token.text[:1].isupper() and token.lower_ in names):
                continue
            if token.lower_ in jargon_words or lemma(token) in jargon_words:
                continue  # the jargon rule already says what to write
            if is_difficult(token, wordlists, min_zipf):
                start, end = doc.token_span(paragraph, token)
                found.setdefault(lemma(token), []).append((start, end, token.text))
    # one finding per word, at its first place, with how often it is used
    for places in found.values():
        start, end, text = places[0]
        more = f" Het staat {len(places)} keer in de brief." if len(places) > 1 else ""
        yield Problem(
            start=start,
            end=end,
            message=f"'{text}' is een moeilijk woord: het staat niet op de B1-lijst en wordt weinig gebruikt.{more}",
            suggestion="Gebruik een woord dat iedereen kent, of leg het woord uit.",
        )


RULE = Rule(
    id="moeilijk-woord",
    severity=Severity.SUGGESTIE,
    check=check,
    summary="Woorden die niet op de B1-lijst staan en weinig voorkomen.",
    options={"min-zipf": 3.1},
    default_on=False,
)
