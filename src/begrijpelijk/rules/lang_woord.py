"""Lang woord: een woord met veel lettergrepen of veel letters.

Waarom: lange woorden, vaak samenstellingen als "uitkeringsinstantie" of
"schuldhulpverleningstraject", lezen traag. Een lezer die moeite heeft met
lezen, haakt erop af. Splits het woord in een paar gewone woorden, of leg het
uit. Woorden op de B1-lijst, namen en woorden op uw eigen lijst tellen niet
mee.

Opties: ``max-lettergrepen`` (standaard 5) en ``max-letters`` (standaard 20):
een woord met meer lettergrepen of meer letters krijgt een melding.

Fout:
    Neem contact op met de uitkeringsinstantie.

Goed:
    Neem contact op met de organisatie die uw uitkering betaalt.
"""
from __future__ import annotations

import re
from functools import lru_cache

from begrijpelijk.check.analysis import AnalysedDocument, shielded
from begrijpelijk.findings import Problem, Severity
from begrijpelijk.nlp import lemma
from begrijpelijk.rules import Rule

VOWEL_GROUPS = re.compile(r"[aeiouyàáâäèéêëìíîïòóôöùúûü]+")


def vowel_groups(word: str) -> int:
    """A cheap count of syllables: groups of vowels ("uit-ke-rings-in-stan-tie")."""
    return len(VOWEL_GROUPS.findall(word.lower()))


@lru_cache(maxsize=20_000)
def syllables(word: str) -> int:
    import textstat

    textstat.set_lang("nl")
    return int(textstat.syllable_count(word))


def check(doc: AnalysedDocument, options: dict, wordlists):
    max_syllables = int(options["max-lettergrepen"])
    max_letters = int(options["max-letters"])
    for paragraph, parsed in doc.pairs():
        skip = shielded(parsed)
        for token in parsed:
            text = token.text
            if token.i in skip or not text.replace("-", "").isalpha() or token._.letter_kind:
                continue
            if wordlists.is_b1(token.lower_) or wordlists.is_b1(lemma(token)) or wordlists.allowed(token.lower_):
                continue
            # hyphenation is slow to load: only ask it about words that may be long
            count = syllables(token.lower_) if vowel_groups(token.lower_) > max_syllables else vowel_groups(token.lower_)
            if count > max_syllables:
                reason = f"{count} lettergrepen"
            elif len(text) > max_letters:
                reason = f"{len(text)} letters"
            else:
                continue
            start, end = doc.token_span(paragraph, token)
            yield Problem(
                start=start,
                end=end,
                message=f"'{text}' is een lang woord ({reason}).",
                suggestion="Gebruik een korter woord of een paar gewone woorden, of leg het woord uit.",
            )


RULE = Rule(
    id="lang-woord",
    severity=Severity.SUGGESTIE,
    check=check,
    summary="Woorden met veel lettergrepen of letters.",
    options={"max-lettergrepen": 5, "max-letters": 20},
)
