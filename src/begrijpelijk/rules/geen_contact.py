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

# the times to call: a time, an hour, a weekday, "op werkdagen"
HOURS = re.compile(
    r"(\b\d{1,2}[.:]\d{2}\b|\b\d{1,2}\s*uur\b|\bop werkdagen\b|\belke (?:werk)?dag\b|"
    r"\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag)(?:en)?\b|\bma(?:\.|\b)\s*(?:t/m|-|–|tot)|\bdagelijks\b)",
    re.I,
)
PERSON_HINT = re.compile(r"\b(ik ben|mijn naam is|bel mij|contactpersoon|uw consulent|uw klantmanager|bel met)\b", re.I)
# a municipality's general number (14 + area code) is no direct number
GENERAL_NUMBER = re.compile(r"^\(?14\s?0\d{2,3}\)?$")


SIGNATURE_NAME = re.compile(r"^(?:[a-z]{2,4}\.\s*)?(?:[A-Z][a-zà-ÿ]+|[A-Z]\.(?:[A-Z]\.)*)(?:\s+(?:van|de|der|den|ten|ter|van der|van den))*\s+[A-Z][a-zà-ÿ]+")


def _signature(doc, parts) -> str | None:
    """A name under the closing: 'Met vriendelijke groet,' then 'Leen Boer' or 'drs. H.J.J. Lenferink'."""
    if parts.closing is None:
        return None
    paragraphs = doc.document.paragraphs
    lines = paragraphs[parts.closing].text.split("\n")[1:]
    for p in paragraphs[parts.closing + 1: parts.closing + 4]:
        lines.extend(p.text.split("\n"))
    for line in lines:
        if SIGNATURE_NAME.match(line.strip()) and len(line.split()) <= 6:
            return line.strip()
    return None


def _contact(doc) -> dict[str, str]:
    """What the letter gives to call: a person, a direct number, the times (each as written)."""
    parts = letter_parts(doc)
    found: dict[str, str] = {}
    for _, parsed in doc.pairs():
        phones = [t.text for t in parsed if t._.letter_kind == "phone" and not GENERAL_NUMBER.match(t.text.strip())]
        if phones and "nummer" not in found:
            found["nummer"] = phones[0]
            hours = HOURS.search(parsed.text)
            if hours and "tijden" not in found:
                found["tijden"] = parsed.text[max(0, hours.start() - 15): hours.end() + 25].strip()
        hint = PERSON_HINT.search(parsed.text)
        if hint and "naam" not in found:
            found["naam"] = parsed.text[hint.start(): hint.end() + 25].strip()
    signature = _signature(doc, parts)
    if signature and "naam" not in found:
        found["naam"] = signature
    if "tijden" not in found:
        for match in doc.search(HOURS):
            if PHONE_NEAR.search(match.paragraph.text):
                found["tijden"] = match.paragraph.text[max(0, match.match.start() - 15): match.match.end() + 25].strip()
                break
    return found


PHONE_NEAR = re.compile(r"\b(bel|bellen|telefoon|nummer|bereikbaar)\b", re.I)


def check(doc, options, wordlists=None):
    if not is_letter(doc):
        return
    parts = letter_parts(doc)
    found = _contact(doc)
    person, phone, hours = "naam" in found, "nummer" in found, "tijden" in found
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


def evidence(doc, options=None) -> str | None:
    found = _contact(doc)
    shown = [found[k] for k in ("naam", "nummer", "tijden") if k in found]
    return ", ".join(f"'{x}'" for x in shown) if shown else None


RULE = Rule(
    id="geen-contact",
    severity=Severity.WAARSCHUWING,
    check=check,
    summary="Geen contactpersoon met naam, direct telefoonnummer en tijden.",
    checklist="Er is één contactpersoon met naam, nummer en tijden.",
    applies=not_a_letter,
    evidence=evidence,
)
