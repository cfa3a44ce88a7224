"""Hoofdletters en uitroeptekens: SCHREEUWEN in hoofdletters, veel uitroeptekens, of hele zinnen vet.

Waarom: hoofdletters, uitroeptekens en vette zinnen voelen als schreeuwen. Een
lezer onder stress wordt er bang of boos van. Zet alleen een datum of bedrag
vet; schrijf de rest gewoon.

Fout:
    LET OP!! U MOET DIRECT BETALEN!

Goed:
    Wilt u betalen vóór vrijdag 12 maart 2027?
"""
from __future__ import annotations

import re

from begrijpelijk.findings import Problem, Severity
from begrijpelijk.rules import Rule

CAPS = re.compile(r"\b[A-Z]{2,}(?:\s+[A-Z]{2,})+\b|\b[A-Z]{6,}\b")
EXCLAIM = re.compile(r"!{2,}")


def check(doc, options, wordlists):
    source = doc.document.source
    for m in CAPS.finditer(source):
        words = m.group().split()
        if all(wordlists.abbreviation(w) for w in words) or doc.document.paragraph_at(m.start()) is None:
            continue
        if re.search(r"\b[1-9]\d{3} ?$", source[source.rfind("\n", 0, m.start()) + 1: m.start()]):
            continue  # "2100 AN HEEMSTEDE": a postcode and the town in capitals, as on an envelope
        yield Problem(m.start(), m.end(), f"'{m.group()}' staat in hoofdletters en voelt als schreeuwen.", "Schrijf het in gewone letters.")
    exclaims = [m for m in re.finditer(r"!", source) if doc.document.paragraph_at(m.start()) is not None]
    for m in EXCLAIM.finditer(source):
        yield Problem(m.start(), m.end(), "Meer uitroeptekens achter elkaar voelen als schreeuwen.", "Gebruik een punt.")
    if len(exclaims) >= 3 and not EXCLAIM.search(source):
        m = exclaims[2]
        yield Problem(m.start(), m.end(), "De brief heeft veel uitroeptekens.", "Gebruik een punt; een rustige brief leest beter.")
    for paragraph in doc.document.paragraphs:
        if getattr(paragraph, "shouted", False) and len(paragraph.text.split()) > 4:
            start, end = paragraph.whole_span()
            yield Problem(start, end, "Deze hele zin staat vet of onderstreept.", "Zet alleen een datum of bedrag vet.")


RULE = Rule(
    id="hoofdletters-uitroep",
    severity=Severity.WAARSCHUWING,
    check=check,
    summary="Schreeuwen: hoofdletters, veel uitroeptekens, hele zinnen vet of onderstreept.",
    checklist="De brief schreeuwt niet (geen hoofdletters, uitroeptekens of vette zinnen).",
)
