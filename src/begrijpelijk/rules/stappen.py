"""Stappen: meer dan één opdracht in één zin of alinea.

Waarom: twee of drie opdrachten in één zin zijn moeilijk te onthouden en af te
vinken. Geef elke opdracht een eigen genummerde stap. Is er een keuze, schrijf
dan "Als …, dan …".

Fout:
    Vul het formulier in en stuur het samen met uw loonstrook terug en bel ons als u vragen hebt.

Goed:
    1. Vul het formulier in.
    2. Stuur het formulier en uw loonstrook terug.
    3. Als u vragen hebt, dan belt u ons.
"""
from __future__ import annotations

from begrijpelijk.findings import Problem, Severity
from begrijpelijk.rules import Rule
from begrijpelijk.rules._parts import action_sentences, asks_nothing, is_imperative, letter_parts

COORD = {"en", "daarna"}


def _verbs_in_imperative(sentence) -> int:
    """Imperative verbs joined in one sentence: "Vul … in en stuur … terug"."""
    if not is_imperative(sentence) or sentence.text.rstrip().endswith("?"):
        return 0
    first = next(t for t in sentence if t.is_alpha)
    count = 1
    for token in sentence:
        if (
            token.dep_ == "conj" and token.head.i == first.i and token.pos_ == "VERB"
            and any(c.dep_ == "cc" and c.lower_ in COORD for c in token.children)
        ):
            count += 1
        elif token.lower_ in COORD and token.i + 1 < sentence.end:
            nxt = sentence.doc[token.i + 1]
            after = sentence.doc[nxt.i + 1] if nxt.i + 1 < sentence.end else None
            inverted = after is not None and after.lower_ in ("u", "je", "jij", "we", "wij")
            if nxt.pos_ == "VERB" and (nxt.tag_ or "").startswith("WW|pv|tgw|ev") and not inverted:
                count += 1
    return count


CONDITIONS = ("als ", "wanneer ", "indien ", "bij ", "mocht ", "let op")


def _instructions(parsed) -> list:
    """Sentences that give the reader a step. A question ("Wilt u de ontwerpen
    digitaal ontvangen?") offers a choice, a sentence with 'Als …' says what to
    do in one case, and 'Let op' asks for attention: none of them is a step."""
    return [
        s for s in action_sentences(parsed)
        if not s.text.rstrip().endswith("?") and not s.text.lstrip("-•* ").lower().startswith(CONDITIONS)
    ]


def check(doc, options, wordlists=None):
    parts = letter_parts(doc)
    for index in parts.body:
        paragraph = doc.document.paragraphs[index]
        parsed = doc.docs[index]
        reported = False
        for sentence in parsed.sents:
            if _verbs_in_imperative(sentence) >= 2:
                start, end = paragraph.source_span(sentence.start_char, sentence.end_char)
                yield Problem(start, end, "Deze zin geeft meer dan één opdracht.", "Maak er genummerde stappen van, één opdracht per stap.")
                reported = True
        if not reported and paragraph.kind != "lijst" and len(_instructions(parsed)) >= 3:
            start, end = paragraph.whole_span()
            yield Problem(start, end, "Deze alinea geeft drie of meer opdrachten.", "Maak er genummerde stappen van. Keuzes schrijft u als 'Als …, dan …'.")


RULE = Rule(
    id="stappen",
    severity=Severity.SUGGESTIE,
    check=check,
    summary="Meer dan één opdracht in één zin of alinea: maak genummerde stappen.",
    checklist="Elke stap is één opdracht.",
    applies=asks_nothing,
    default_on=False,
)
