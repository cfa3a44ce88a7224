"""Eén contactpersoon: de brief geeft één plek om heen te gaan, niet drie nummers.

Waarom: wie zich zorgen maakt over geld, wil weten bij wie hij terecht kan.
Drie telefoonnummers en twee mailadressen om uit te kiezen maken dat moeilijk:
welk nummer is het goede? Geef één persoon of één loket. Dat mag per telefoon
én per mail zijn, als het dezelfde plek is.

De regel telt de verschillende telefoonnummers, mailadressen en contactpagina's
in de tekst van de brief (niet in het briefhoofd). Bij drie of meer is er geen
duidelijke plek meer.

Fout:
    Bel 0561 61 38 15, of (0561) 69 12 34 voor de huur, of 088 626 27 77 voor
    schuldhulp.

Goed:
    Hebt u vragen? Bel mij, Anna de Boer, op 030 123 45 67. Mailen mag ook:
    a.deboer@gemeente.nl.
"""
from __future__ import annotations

import re

from begrijpelijk.findings import Problem, Severity
from begrijpelijk.rules import Rule
from begrijpelijk.rules._parts import is_letter, letter_parts, paragraph_span

EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
CONTACT_PAGE = re.compile(r"\b(?:https?://|www\.)\S*(?:contact|formulier)\S*", re.I)
# a Dutch phone number as letters write it: "030 123 45 67", "(0561) 69 12 34", "0561–613815", "088 – 62 62 777", "14 071"
PHONE = re.compile(
    r"(?<![\w-])(?:\+31\s?|\(?0)\d{1,3}\)?(?:\s?[-–]\s?|\s)?\d(?:[\s.-]?\d){5,7}(?!\d)|(?<!\d)14\s?0\d{2,3}(?!\d)"
    r"|(?<![\w-])0[89]00[\s-]?\d(?:[\s.]?\d){3,6}(?!\d)"  # "0800-1202", "0900 1234"
)
# a template or a model letter writes the place as a field: "[telefoonnummer]", "[e-mailadres]";
# not the reader's own data after a label ("Telefoonnummer: [telefoonnummer]")
PLACEHOLDER = re.compile(r"\[(?:telefoonnummer|telefoon|tel\.?|e-?mailadres|mailadres|e-?mail|contactgegevens)\]", re.I)
MAX_PLACES = 2  # one desk by phone and by mail is one place; a third way is a choice to make


def _paragraphs(doc) -> list[int]:
    """The paragraphs that speak to the reader: the body of a letter (not its
    letterhead or footer), or the whole text."""
    if is_letter(doc):
        parts = letter_parts(doc)
        if parts.body:
            return list(parts.body)
    return list(range(len(doc.document.paragraphs)))


def _number(text: str) -> str:
    digits = re.sub(r"\D", "", text)
    return digits[-9:]  # "+31 30 …" and "030 …" are one number


def places(doc, everywhere: bool = False) -> list[str]:
    """The different ways to get in touch, as written, in reading order: in
    the body, or ``everywhere`` (a number under the signature)."""

    def find() -> list[str]:
        seen: dict[str, str] = {}
        for index in range(len(doc.document.paragraphs)) if everywhere else _paragraphs(doc):
            text = doc.document.paragraphs[index].text
            for match in PHONE.finditer(text):
                seen.setdefault("tel:" + _number(match.group()), match.group().strip())
            for match in EMAIL.finditer(text):
                seen.setdefault("mail:" + match.group().lower(), match.group())
            for match in PLACEHOLDER.finditer(text):
                if not text[: match.start()].rstrip().endswith(":"):
                    seen.setdefault("field:" + match.group().lower(), match.group())
            for match in CONTACT_PAGE.finditer(text):
                seen.setdefault("web:" + match.group().lower().rstrip(".,)"), match.group().rstrip(".,)"))
        return list(seen.values())

    return doc.memo("contact-places-all" if everywhere else "contact-places", find)


def applies(doc, options=None) -> str | None:
    if not places(doc, everywhere=True):
        return "De tekst noemt geen telefoonnummer, mailadres of contactpagina: deze check geldt niet."
    return None


def check(doc, options, wordlists=None):
    found = places(doc)
    if len(found) <= MAX_PLACES:
        return
    first = next(i for i in _paragraphs(doc) if any(p in doc.document.paragraphs[i].text for p in found))
    start, end = paragraph_span(doc, first)
    yield Problem(
        start, end,
        f"De lezer moet kiezen uit {len(found)} manieren om contact op te nemen: {', '.join(repr(p) for p in found[:4])}.",
        "Noem één persoon of één loket, met één nummer. Een mailadres van dezelfde plek mag erbij.",
    )


def evidence(doc, options=None) -> str | None:
    found = places(doc)
    return ", ".join(f"'{p}'" for p in found) if found else None


RULE = Rule(
    id="een-contactpersoon",
    severity=Severity.WAARSCHUWING,
    check=check,
    summary="Drie of meer nummers of adressen om uit te kiezen, in plaats van één plek.",
    checklist="Er is één plek om heen te gaan, geen rij nummers.",
    applies=applies,
    evidence=evidence,
)
