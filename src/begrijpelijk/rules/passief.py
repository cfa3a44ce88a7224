"""Passief: een zin in de lijdende vorm (worden of zijn met een voltooid deelwoord).

Waarom: in een passieve zin staat niet wie iets doet. De lezer weet dan niet
wie hij moet bellen of op wie hij wacht. Een actieve zin is korter en
duidelijker: schrijf wie het doet.

Niet passief: de voltooide tijd van een actief werkwoord ("is gekomen",
"heeft gedaan") en "worden" als koppelwerkwoord ("wordt ziek"). Ook niet: een
toestand ("u bent verplicht", "u staat ingeschreven").

Opties: ``voorbeeld`` (standaard ja). De regel geeft dan ook een actieve
zin als voorbeeld. Dat doet hij alleen als hij zeker genoeg is. Op de twee
laatste nieuwe sets echte zinnen (set T en U) waren 142 van de 147
voorbeelden goed. De regel gaf bij 3 van de 4 zinnen een voorbeeld. Op alle
elf nieuwe sets sinds ronde 16 samen waren 741 van de 799 voorbeelden goed.
Vindt de regel geen voorbeeld dat zeker goed is? Dan leest een tweede
taalmodel de zin nog een keer. Een melding zonder voorbeeld is beter dan een
fout voorbeeld. Met ``voorbeeld = nee`` krijgt u alleen het advies.
Lees een voorbeeld als een begin, niet als een zin om over te nemen. Kijk
vooral of "wij" klopt: begrijpelijk weet niet wie de tekst schreef. Zegt de
tekst nergens "wij", "we" of "ons"? Dan staat er '[wie?]', ook als de tekst
"u" of "je" zegt. Zo'n tekst kan van iedereen zijn. De regel gokt ook niet
dat de lezer het doet. Er staat alleen "u" als de zin dat zelf zegt ("door
u").

Fout:
    Uw aanvraag wordt binnen acht weken door ons behandeld.
    Er wordt contact met u opgenomen.

Goed:
    Wij behandelen uw aanvraag binnen acht weken.
    Wij bellen u.
"""
from __future__ import annotations

from begrijpelijk.check.analysis import AnalysedDocument
from begrijpelijk.findings import Problem, Severity
from begrijpelijk.nlp.passive import detect, named_subject, rewrite, sender_speaks
from begrijpelijk.rules import Rule


def passives(doc: AnalysedDocument) -> list[tuple]:
    """(paragraph, parsed, passive) for every passive clause in the letter,
    found once per document: the rule and the passive share both use it."""
    return doc.memo("passives", lambda: [(p, parsed, x) for p, parsed in doc.pairs() for x in detect(parsed)])


def _sender_speaks(doc: AnalysedDocument) -> bool:
    """Does the letter speak as "wij" (see nlp.passive.sender_speaks)? Read
    once per letter, and only when an example is asked for."""
    return doc.memo("sender_speaks", lambda: sender_speaks(t.text for parsed in doc.docs for t in parsed if t.is_alpha))


def _parser(model: str | None):
    """Parse a piece of text with the letter's model."""
    from begrijpelijk import nlp

    return lambda text: nlp.pipe([text], model=model)[0]


def check(doc: AnalysedDocument, options: dict, wordlists=None):
    for paragraph, _, passive in passives(doc):
        first, last = sorted((passive.auxiliary, passive.participle), key=lambda t: t.i)
        start, end = doc.token_span(paragraph, first, last)
        if passive.impersonal:
            message = "Deze zin is passief: er staat niet wie het doet."
        else:
            message = f"Deze zin is passief ('{passive.auxiliary.text} … {passive.participle.text}'): er staat niet wie het doet."
        # an example only when it is sure to be right (see nlp/passive/rewrite.py);
        # otherwise the advice alone
        concrete = None
        if options.get("voorbeeld") is True:
            speaks = _sender_speaks(doc)
            concrete = rewrite(passive, speaks, _parser(doc.model))
        who = named_subject(passive.participle)  # "door ons": begin with "wij"
        if concrete:
            suggestion = f"Schrijf wie het doet, bijvoorbeeld: '{concrete}'"
        elif who is not None:
            suggestion = f"Schrijf wie het doet: begin de zin met '{who}'."
        else:
            suggestion = "Schrijf wie het doet: wij, u of een ander, met het werkwoord in de bedrijvende vorm."
        yield Problem(start=start, end=end, message=message, suggestion=suggestion)


RULE = Rule(
    id="passief",
    severity=Severity.WAARSCHUWING,
    check=check,
    summary="Passieve zinnen (worden/zijn + voltooid deelwoord): schrijf wie het doet.",
    default_on=True,
    options={"voorbeeld": True},
)
