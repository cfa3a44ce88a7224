"""Actie onduidelijk: de brief vraagt iets, maar zegt niet duidelijk wat de lezer moet doen.

Waarom: een lezer onder stress zoekt in de brief: wat moet ik doen? Staat dat
verstopt in een lange alinea? Dan gebeurt het vaak niet. Dat geldt ook als er
alleen "wij verzoeken u de stukken aan te leveren" staat. Zet wat de lezer moet doen in
genummerde stappen, elk met één duidelijke opdracht: "Stuur …", "Bel …".

Fout:
    Wij verzoeken u de gevraagde stukken aan ons te doen toekomen, zodat de
    behandeling van uw aanvraag kan worden voortgezet.

Goed:
    Wat moet u doen?
    1. Stuur ons uw loonstrook van maart.
    2. Doe dat vóór vrijdag 12 maart 2027.
"""
from __future__ import annotations

from begrijpelijk.findings import Problem, Severity
from begrijpelijk.nlp import lemma
from begrijpelijk.rules import Rule
from begrijpelijk.rules._parts import (
    READER,
    REQUEST_WORDS,
    action_sentences,
    instructions,
    is_letter,
    letter_parts,
    paragraph_span,
    asks_nothing,
)


def check(doc, options, wordlists=None):
    if not is_letter(doc):
        return
    parts = letter_parts(doc)
    if not parts.body:
        return
    asks = False
    actions = 0
    in_steps = 0
    buried = None
    for index in parts.body:
        paragraph = doc.document.paragraphs[index]
        parsed = doc.docs[index]
        for sentence in parsed.sents:
            words = {t.lower_ for t in sentence}
            if words & READER and any(lemma(t) in REQUEST_WORDS or t.lower_ in REQUEST_WORDS for t in sentence):
                asks = True
        found = action_sentences(parsed)
        actions += len(found)
        if paragraph.kind == "lijst":
            in_steps += len(found)
        elif len(instructions(parsed)) >= 2 and len(list(parsed.sents)) > 3 and buried is None:
            buried = index
    if asks and actions == 0:
        start, end = paragraph_span(doc, parts.body[0])
        yield Problem(
            start, end,
            "De brief vraagt iets van de lezer, maar zegt nergens duidelijk wat hij moet doen.",
            "Zet de opdracht in een eigen zin: 'Stuur ons …', 'Bel ons …', 'Wilt u …?'.",
        )
    elif buried is not None and in_steps == 0:
        start, end = paragraph_span(doc, buried)
        yield Problem(
            start, end,
            "Wat de lezer moet doen, staat verstopt in een lange alinea.",
            "Zet de opdrachten in genummerde stappen, één opdracht per stap.",
        )


RULE = Rule(
    id="actie-onduidelijk",
    severity=Severity.WAARSCHUWING,
    check=check,
    summary="De brief vraagt iets, maar zegt niet duidelijk wat de lezer moet doen.",
    checklist="Wat de lezer moet doen, staat er duidelijk.",
    applies=asks_nothing,
    default_on=False,
)
