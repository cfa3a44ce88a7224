"""Positief afsluiten: de brief eindigt met een dreiging of een wetsartikel.

Waarom: het laatste wat de lezer leest, blijft hangen. Eindig met hulp: wie de
lezer kan bellen en dat u graag helpt. Een gevolg of een wetsartikel hoort
eerder in de brief, rustig uitgelegd.

Fout:
    Indien u niet tijdig betaalt, wordt de vordering uit handen gegeven aan een deurwaarder.

Goed:
    Hebt u vragen, of lukt betalen niet? Bel mij gerust. Samen zoeken we een oplossing.
"""
from __future__ import annotations

import re

from begrijpelijk.findings import Problem, Severity
from begrijpelijk.nlp import lemma
from begrijpelijk.rules import Rule
from begrijpelijk.rules._parts import is_letter, letter_parts, not_a_letter, paragraph_span

LEGAL = re.compile(r"\b(artikel|art\.|wet|lid \d|grond van|krachtens|ingevolge|juridisch)\b", re.I)
HELP = re.compile(r"\b(bel|bellen|vragen|help|helpen|hulp|contact|graag|oplossing|mail)\b", re.I)


def check(doc, options, wordlists):
    if not is_letter(doc):
        return
    parts = letter_parts(doc)
    last = parts.last_body
    if last is None:
        return
    paragraph = doc.document.paragraphs[last]
    parsed = doc.docs[last]
    threat = any(lemma(t) in wordlists.threatening or t.lower_ in wordlists.threatening for t in parsed)
    legal = bool(LEGAL.search(paragraph.text))
    helpful = bool(HELP.search(paragraph.text))
    if (threat or legal) and not helpful:
        start, end = paragraph_span(doc, last)
        what = "een dreiging" if threat else "een wetsartikel"
        yield Problem(start, end, f"De brief eindigt met {what}.", "Eindig met hulp: wie de lezer kan bellen, en dat u graag helpt.")


RULE = Rule(
    id="positief-afsluiten",
    severity=Severity.WAARSCHUWING,
    check=check,
    summary="De brief eindigt met een dreiging of een wetsartikel in plaats van hulp.",
    checklist="De brief eindigt met hulp en de contactpersoon.",
    applies=not_a_letter,
)
