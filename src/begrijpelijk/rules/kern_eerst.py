"""Kern eerst: de brief begint niet met waar hij over gaat.

Waarom: wie geldzorgen heeft, leest een brief met minder aandacht. Staat de
kern niet in het begin, dan legt de lezer de brief weg. Begin na de aanhef met
de kern, in één of twee korte zinnen. Waar gaat de brief over, en wat betekent
het voor de lezer? Een besluit, een vraag of een afspraak.

Opties: ``max-zinnen`` (standaard 3): zoveel zinnen mag de eerste alinea hebben.

Fout:
    Naar aanleiding van de wijziging van de regelgeving per 1 januari hebben wij
    de situatie van alle huishoudens in onze gemeente opnieuw bekeken.

Goed:
    U krijgt vanaf 1 april meer huurtoeslag. Dat is € 40 per maand.
"""
from __future__ import annotations

from begrijpelijk.findings import Problem, Severity
from begrijpelijk.nlp import lemma
from begrijpelijk.nlp.closed_class import READER
from begrijpelijk.rules import Rule
from begrijpelijk.rules._parts import is_letter, letter_parts, not_a_letter, paragraph_span

KERN = {
    "besluit", "besluiten", "aanvraag", "afspraak", "uitnodiging", "uitnodigen", "gesprek", "vragen", "krijgen",
    "betalen", "rekening", "herinnering", "herinneren", "toeslag", "uitkering", "geld", "papier", "nodig", "brief",
    "hulp", "helpen", "betaling", "bedrag", "welkom", "ontvangen", "goedkeuren", "afwijzen", "stoppen", "veranderen",
}


def check(doc, options, wordlists=None):
    if not is_letter(doc):
        return
    parts = letter_parts(doc)
    first = parts.first_body
    if first is None:
        return
    parsed = doc.docs[first]
    sentences = [s for s in parsed.sents if any(t.is_alpha for t in s)]
    opening = sentences[:2]
    tokens = [t for s in opening for t in s]
    short_start = bool(sentences) and sum(1 for t in sentences[0] if t.is_alpha) <= 12
    about = short_start or any(lemma(t) in KERN or t.lower_ in KERN for t in tokens)
    reader = any(t.lower_ in READER for t in tokens)
    too_long = len(sentences) > int(options["max-zinnen"])
    if about and reader and not too_long:
        return
    start, end = paragraph_span(doc, first)
    if too_long:
        message = f"De eerste alinea heeft {len(sentences)} zinnen. De kern moet er in één of twee zinnen staan."
    else:
        message = "De eerste zinnen zeggen niet waar de brief over gaat en wat het voor de lezer betekent."
    yield Problem(start, end, message, "Begin met de kern: 'U krijgt …', 'Wij hebben een vraag over …', 'Wij nodigen u uit voor …'.")


RULE = Rule(
    id="kern-eerst",
    severity=Severity.WAARSCHUWING,
    check=check,
    summary="De brief begint niet met waar hij over gaat en wat het voor de lezer betekent.",
    options={"max-zinnen": 3},
    checklist="De brief begint met waar hij over gaat.",
    applies=not_a_letter,
)
