"""Moeilijk woord: een woord dat niet op de B1-lijst staat en weinig voorkomt.

Waarom: een lezer op B1-niveau kent vooral veelgebruikte woorden. Een zeldzaam
woord kost tijd, of de lezer slaat het over en mist de boodschap. De regel
telt namen en getallen niet mee. Ook woorden op uw eigen lijst tellen niet
mee. Dat geldt ook voor een titel tussen aanhalingstekens, een e-mailadres en
een internetadres. Hoe vaak een woord voorkomt, komt uit wordfreq (Zipf-schaal: 3 is
ongeveer één keer per miljoen woorden).

Opties: ``min-zipf`` (standaard 3.1): woorden die minder vaak voorkomen zijn moeilijk.

Fout:
    De voorziening wordt gecontinueerd.

Goed:
    U krijgt de hulp nog steeds.
"""
from __future__ import annotations

from functools import lru_cache

from ..analysis import AnalysedDocument, shielded
from ..findings import Problem, Severity
from ..nlp import lemma
from . import Rule

CONTENT = {"NOUN", "VERB", "ADJ", "ADV"}


SMALL_LIST_FLOOR = 3.01  # wordfreq's small Dutch list holds every word with Zipf ≥ 3.01


@lru_cache(maxsize=50_000)
def zipf(word: str, small: bool = False) -> float:
    """Zipf frequency. With ``small`` the quick-to-load small list is used: a
    word missing there is below 3.01, which is all a threshold ≥ 3.01 needs."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "nl", wordlist="small" if small else "best")


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
    return max(zipf(text, small), zipf(base, small)) < min_zipf


def check(doc: AnalysedDocument, options: dict, wordlists):
    min_zipf = float(options["min-zipf"])
    jargon_words = {w for e in wordlists.jargon.values() for w in e.words}
    for paragraph, parsed in doc.pairs():
        skip = shielded(parsed)
        for token in parsed:
            if token.i in skip:
                continue
            if token.lower_ in jargon_words or lemma(token) in jargon_words:
                continue  # the jargon rule already says what to write
            if is_difficult(token, wordlists, min_zipf):
                start, end = doc.token_span(paragraph, token)
                yield Problem(
                    start=start,
                    end=end,
                    message=f"'{token.text}' is een moeilijk woord: het staat niet op de B1-lijst en wordt weinig gebruikt.",
                    suggestion="Gebruik een woord dat iedereen kent, of leg het woord uit.",
                )


RULE = Rule(
    id="moeilijk-woord",
    severity=Severity.SUGGESTIE,
    check=check,
    summary="Woorden die niet op de B1-lijst staan en weinig voorkomen.",
    options={"min-zipf": 3.1},
)
