"""Geen contact: de brief noemt geen contactpersoon met naam, telefoonnummer en tijden.

Waarom: een lezer met vragen moet weten wie hij kan bellen, op welk nummer en
wanneer. Een algemeen nummer of "het team" voelt ver weg. Noem één persoon
met een direct nummer en de tijden waarop die te bellen is.

Fout:
    Voor vragen kunt u contact opnemen met het klantcontactcentrum.

Goed:
    Hebt u vragen? Bel mij, Anna de Boer, op 030 123 45 67. U kunt mij bellen
    van maandag tot en met donderdag, van 9.00 tot 12.00 uur.
"""
from __future__ import annotations

import re

from begrijpelijk.findings import Problem, Severity
from begrijpelijk.rules import Rule
from begrijpelijk.rules._parts import is_letter, letter_parts, not_a_letter, paragraph_span

HOURS = re.compile(r"(\b\d{1,2}[.:]\d{2}\b|\b\d{1,2}\s*uur\b|\bop werkdagen\b|\belke (werk)?dag\b|\bbereikbaar\b)", re.I)
PERSON_HINT = re.compile(r"\b(ik ben|mijn naam is|bel mij|contactpersoon|uw consulent|uw klantmanager)\b", re.I)


def _has_name(doc) -> bool:
    for _, parsed in doc.pairs():
        tokens = list(parsed)
        for a, b in zip(tokens, tokens[1:]):
            if a.text[:1].isupper() and b.text[:1].isupper() and a.is_alpha and b.is_alpha and not a.is_sent_start:
                if a.pos_ == "PROPN" or b.pos_ == "PROPN":
                    return True
    return False


SIGNATURE_NAME = re.compile(r"^(?:[a-z]{2,4}\.\s*)?(?:[A-Z][a-zà-ÿ]+|[A-Z]\.(?:[A-Z]\.)*)(?:\s+(?:van|de|der|den|ten|ter|van der|van den))*\s+[A-Z][a-zà-ÿ]+")


def _signed(doc, parts) -> bool:
    """A name under the closing: 'Met vriendelijke groet,' then 'Leen Boer' or 'drs. H.J.J. Lenferink'."""
    if parts.closing is None:
        return False
    paragraphs = doc.document.paragraphs
    lines = paragraphs[parts.closing].text.split("\n")[1:]
    for p in paragraphs[parts.closing + 1: parts.closing + 4]:
        lines.extend(p.text.split("\n"))
    return any(SIGNATURE_NAME.match(line.strip()) and len(line.split()) <= 6 for line in lines)




def check(doc, options, wordlists=None):
    if not is_letter(doc):
        return
    parts = letter_parts(doc)
    phone = any(t._.letter_kind == "phone" for _, parsed in doc.pairs() for t in parsed)
    hours = any(True for _ in doc.search(HOURS))
    person = any(True for _ in doc.search(PERSON_HINT)) or _has_name(doc) or _signed(doc, parts)
    if doc.document.format == "jinja":
        # a template fills these in: its fields count ("{{ contact_telefoon | telefoon }}")
        fields = " ".join(doc.document.template_fields).lower()
        phone = phone or "telefoon" in fields or "nummer" in fields
        hours = hours or "bereikbaar" in fields or "tijd" in fields or "uur" in fields
        person = person or "naam" in fields
    missing = [what for what, ok in (("een naam", person), ("een direct telefoonnummer", phone), ("de tijden", hours)) if not ok]
    if not missing:
        return
    index = parts.last_body if parts.last_body is not None else len(doc.document.paragraphs) - 1
    start, end = paragraph_span(doc, index)
    yield Problem(
        start, end,
        f"De brief noemt geen contactpersoon met naam, nummer en tijden. Niet genoemd: {', '.join(missing)}.",
        "Schrijf bijvoorbeeld: 'Hebt u vragen? Bel mij, Anna de Boer, op 030 123 45 67, van maandag tot en met donderdag van 9.00 tot 12.00 uur.'",
    )


RULE = Rule(
    id="geen-contact",
    severity=Severity.WAARSCHUWING,
    check=check,
    summary="Geen contactpersoon met naam, direct telefoonnummer en tijden.",
    checklist="Er is één contactpersoon met naam, nummer en tijden.",
    applies=not_a_letter,
)
