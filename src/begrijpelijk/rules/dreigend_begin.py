"""Dreigend begin: woorden die bang maken in het begin, of vaker dan één keer.

Waarom: woorden als boete, beslag, deurwaarder of incasso maken een lezer met
geldzorgen bang. Wie bang is, leest niet verder. Noem een gevolg rustig en
één keer, en pas na de hulp die u geeft. De woorden staan in
``wordlists/dreigend.txt``.

Fout:
    Betreft: aanmaning en dreigende inschakeling deurwaarder

Goed:
    Over: uw rekening van maart. Lukt betalen niet? Bel ons, dan zoeken we samen een oplossing.
"""
from __future__ import annotations

from ..findings import Problem, Severity
from ..nlp import lemma
from . import Rule
from ._stress import letter


def check(doc, options, wordlists):
    parts = letter(doc)
    early = set(parts.subject)
    if parts.first_body is not None:
        early.add(parts.first_body)
    seen = 0
    for index, (paragraph, parsed) in enumerate(doc.pairs()):
        for token in parsed:
            if not (lemma(token) in wordlists.threatening or token.lower_ in wordlists.threatening):
                continue
            seen += 1
            start, end = doc.token_span(paragraph, token)
            if index in early:
                yield Problem(
                    start, end,
                    f"'{token.text}' staat in het begin van de brief en maakt de lezer bang.",
                    "Begin met de kern en de hulp. Noem een gevolg later, rustig en één keer.",
                )
            elif seen > 1:
                yield Problem(
                    start, end,
                    f"'{token.text}' is al de {seen}e keer dat de brief een woord gebruikt dat bang maakt.",
                    "Noem een gevolg maar één keer, rustig, na de hulp die u biedt.",
                )


RULE = Rule(
    id="dreigend-begin",
    severity=Severity.WAARSCHUWING,
    check=check,
    summary="Woorden die bang maken (boete, beslag, deurwaarder) in het begin, of vaker dan één keer.",
    checklist="Gevolgen staan er rustig en één keer, niet in het begin.",
)
