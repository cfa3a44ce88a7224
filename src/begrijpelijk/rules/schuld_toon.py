"""Schuld-toon: zinnen die de lezer iets verwijten of wantrouwen.

Waarom: "u heeft verzuimd" of "wij wijzen u erop dat" klinkt als een
beschuldiging. Een lezer die zich schaamt of boos is, neemt geen contact op.
Schrijf neutraal wat er is gebeurd en wat nu nodig is. De zinnen staan in
``wordlists/schuld-toon.tsv``.

Fout:
    U heeft verzuimd de gevraagde stukken in te leveren.

Goed:
    Wij hebben de papieren nog niet gekregen.
"""
from __future__ import annotations

import re
from functools import lru_cache

from begrijpelijk.findings import Problem, Severity
from begrijpelijk.rules import Rule


@lru_cache(maxsize=8)
def _patterns(blame: tuple[tuple[str, str], ...]) -> list[tuple[re.Pattern, str]]:
    out = []
    for phrase, alternatives in blame:
        words = [re.escape(w) for w in phrase.split()]
        # one extra word may stand between two words: "wij wijzen u er voorts op"
        out.append((re.compile(r"\b" + r"(?:\s+\w+)?\s+".join(words) + r"\b", re.I), alternatives.split("|")[0]))
    return out


# a kind of thing, not what the reader did: "Een niet nagekomen afspraak is …", the heading "Niet nagekomen afspraak"
BEFORE_A_KIND = re.compile(r"(?:^|\b(?:een|de|het|deze|elke|iedere|bij|voor|van))\s*$", re.I)
A_NOUN_NEXT = re.compile(r"^\s+(?!(?:is|zijn|was|waren|wordt|worden|werd|werden|bent|heeft|hebt|en|of)\b)[a-z]\w*")


def _a_kind(found) -> bool:
    """'niet nagekomen' before its noun, after an article or at the start of a line."""
    text = found.paragraph.text
    start, end = found.match.start(), found.match.end()
    return bool(BEFORE_A_KIND.search(text[:start])) and A_NOUN_NEXT.match(text[end:]) is not None and "nagekomen" in found.text.lower()


def check(doc, options, wordlists):
    for pattern, alternative in _patterns(tuple(wordlists.blame.items())):
        for found in doc.search(pattern):
            if _a_kind(found):
                continue
            yield Problem(
                found.start, found.end,
                f"'{found.text}' klinkt als een verwijt.",
                f"Schrijf neutraal wat er is gebeurd, bijvoorbeeld: '{alternative}'.",
            )


RULE = Rule(
    id="schuld-toon",
    severity=Severity.WAARSCHUWING,
    check=check,
    summary="Zinnen die de lezer iets verwijten of wantrouwen ('u heeft verzuimd').",
    checklist="De toon is neutraal, zonder verwijt.",
    default_on=True,
)
