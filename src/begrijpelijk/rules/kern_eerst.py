"""Kern eerst: de brief begint niet met waar hij over gaat.

Waarom: wie geldzorgen heeft, leest een brief met minder aandacht. Staat de
kern niet in het begin, dan legt de lezer de brief weg. Begin na de aanhef met
de kern, in één of twee korte zinnen. Waar gaat de brief over, en wat betekent
het voor de lezer? Een besluit, een vraag of een afspraak.

De eerste zin telt het meest: zegt die waar de brief over gaat, of wat de
lezer moet doen? Een begin als "Naar aanleiding van …" of "Met betrekking
tot …" is niet goed. Dat geldt ook voor "Hierbij deel ik u mede …".

Opties: ``max-zinnen`` (standaard 3): zoveel zinnen mag de eerste alinea hebben.

Fout:
    Naar aanleiding van de wijziging van de regelgeving per 1 januari hebben wij
    de situatie van alle huishoudens in onze gemeente opnieuw bekeken.

Goed:
    U krijgt vanaf 1 april meer huurtoeslag. Dat is € 40 per maand.
"""
from __future__ import annotations

import re

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
# openings that put the office first, or say nothing yet ("Naar aanleiding van …", "Hierbij deel ik u mede …")
OFFICE_OPENING = re.compile(
    r"^\W*(naar aanleiding van|met betrekking tot|onder verwijzing naar|in antwoord op|in vervolg op|"
    r"refererend aan|ingevolge|gelet op|in het kader van|zoals u weet|zoals bekend|bij deze|"
    r"hierbij (?:deel|delen|bericht|berichten|informeer|informeren|laat|laten)|graag (?:informeer|informeren))\b",
    re.I,
)


def _first_sentence(doc, parts):
    for index in parts.body:
        for sentence in doc.docs[index].sents:
            if any(t.is_alpha for t in sentence):
                return index, sentence
    return None, None


def check(doc, options, wordlists=None):
    """The first sentence decides: an office opening fails; then the first two
    sentences must say what it is about, to the reader, in a short first paragraph."""
    if not is_letter(doc):
        return
    parts = letter_parts(doc)
    index, sentence = _first_sentence(doc, parts)
    if sentence is None:
        return
    paragraph_sentences = [s for s in doc.docs[index].sents if any(t.is_alpha for t in s)]
    opening = paragraph_sentences[:2]
    tokens = [t for s in opening for t in s]
    text = sentence.text.strip()
    start, end = paragraph_span(doc, index)
    short_start = sum(1 for t in sentence if t.is_alpha) <= 12
    about = short_start or any(lemma(t) in KERN or t.lower_ in KERN for t in tokens)
    if OFFICE_OPENING.search(text):
        message = f"De brief begint met '{' '.join(text.split()[:4])} …': eerst de aanleiding, niet de kern."
    elif not (about and any(t.lower_ in READER for t in tokens)):
        message = "De eerste zinnen zeggen niet waar de brief over gaat en wat het voor de lezer betekent."
    elif len(paragraph_sentences) > int(options["max-zinnen"]):
        message = f"De eerste alinea heeft {len(paragraph_sentences)} zinnen. De kern moet er in één of twee zinnen staan."
    else:
        return
    yield Problem(start, end, message, "Begin met de kern: 'U krijgt …', 'Wij hebben een vraag over …', 'Wij nodigen u uit voor …'.")


def evidence(doc, options=None) -> str | None:
    """The first sentence, as the ✓ shows it."""
    _, sentence = _first_sentence(doc, letter_parts(doc))
    if sentence is None:
        return None
    words = sentence.text.split()
    return "'" + " ".join(words[:12]) + (" …'" if len(words) > 12 else "'")


RULE = Rule(
    id="kern-eerst",
    severity=Severity.WAARSCHUWING,
    check=check,
    summary="De brief begint niet met waar hij over gaat en wat het voor de lezer betekent.",
    options={"max-zinnen": 3},
    checklist="De brief begint met waar hij over gaat.",
    applies=not_a_letter,
    evidence=evidence,
)
