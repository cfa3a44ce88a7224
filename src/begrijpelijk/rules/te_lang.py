"""Te lang: de brief is langer dan één bladzijde.

Waarom: een lange brief legt een lezer met weinig energie weg. Vraag alleen
wat nu nodig is. Eén bladzijde is ongeveer 350 woorden.

Opties: ``max-woorden`` (standaard 350) en ``max-alineas`` (standaard 12).

Fout:
    Een brief van twee bladzijden met uitleg over alle regels en uitzonderingen.

Goed:
    Een brief van één bladzijde. Wie meer wil weten, kan bellen.
"""
from __future__ import annotations

from begrijpelijk.check.analysis import word_count
from begrijpelijk.findings import Problem, Severity
from begrijpelijk.rules import Rule
from begrijpelijk.rules._parts import is_letter, letter_parts, not_a_letter, paragraph_span


def check(doc, options, wordlists=None):
    if not is_letter(doc):
        return
    parts = letter_parts(doc)
    body = parts.body
    if not body:
        return
    words = sum(word_count(doc.docs[i]) for i in body)
    too_many_words = words > int(options["max-woorden"])
    prose = [i for i in body if doc.document.paragraphs[i].kind != "lijst"]
    too_many_paragraphs = len(prose) > int(options["max-alineas"])
    if not (too_many_words or too_many_paragraphs):
        return
    start, end = paragraph_span(doc, body[0])
    why = f"{words} woorden" if too_many_words else f"{len(prose)} alinea's"
    yield Problem(start, end, f"De brief is te lang ({why}).", "Vraag alleen wat nu nodig is. Houd de brief op één bladzijde.")


RULE = Rule(
    id="te-lang",
    severity=Severity.WAARSCHUWING,
    check=check,
    summary="De brief is langer dan één bladzijde (ongeveer 350 woorden).",
    options={"max-woorden": 350, "max-alineas": 12},
    checklist="De brief past op één bladzijde.",
    applies=not_a_letter,
)
