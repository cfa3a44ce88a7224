"""Dreigend begin: woorden die bang maken in het begin, of een stapel van zulke woorden.

Waarom: woorden als boete, beslag, deurwaarder of incasso maken een lezer met
geldzorgen bang. Wie bang is, leest niet verder. Noem een gevolg rustig en
één keer, en pas na de hulp die u geeft. De woorden staan in
``wordlists/dreigend.txt``.

De regel kijkt alleen naar brieven (met een aanhef of een groet). Hetzelfde woord
nog eens noemen telt niet: een brief over een boete noemt de boete vaker. Een
tweede, ander dreigend woord telt wel: dat stapelt gevolgen op elkaar.

Fout:
    Betreft: aanmaning en dreigende inschakeling deurwaarder

Goed:
    Over: uw rekening van maart. Lukt betalen niet? Bel ons, dan zoeken we samen een oplossing.
"""
from __future__ import annotations

from begrijpelijk.findings import Problem, Severity
from begrijpelijk.rules import Rule
from begrijpelijk.rules._parts import is_letter, letter_parts, not_a_letter, threat_word


def check(doc, options, wordlists):
    if not is_letter(doc):
        return
    parts = letter_parts(doc)
    early = set(parts.subject)
    if parts.first_body is not None:
        early.add(parts.first_body)
    seen: list[str] = []
    for index, (paragraph, parsed) in enumerate(doc.pairs()):
        for token in parsed:
            word = threat_word(token, wordlists.threatening)
            if word is None:
                continue
            new = word not in seen
            if new:
                seen.append(word)
            start, end = doc.token_span(paragraph, token)
            if index in early:
                yield Problem(
                    start, end,
                    f"'{token.text}' staat in het begin van de brief en maakt de lezer bang.",
                    "Begin met de kern en de hulp. Noem een gevolg later, rustig en één keer.",
                )
            elif new and len(seen) > 1:
                yield Problem(
                    start, end,
                    f"'{token.text}' is al het {len(seen)}e woord in de brief dat bang maakt.",
                    "Noem een gevolg maar één keer, rustig, na de hulp die u biedt.",
                )


RULE = Rule(
    id="dreigend-begin",
    severity=Severity.WAARSCHUWING,
    check=check,
    summary="Woorden die bang maken (boete, beslag, deurwaarder) in het begin, of meer dan één zo'n woord.",
    checklist="Gevolgen staan er rustig en één keer, niet in het begin.",
    applies=not_a_letter,
)
