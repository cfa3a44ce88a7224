"""Gevolg rustig: een gevolg staat er één keer, rustig, en na de hulp.

Waarom: leest iemand met geldzorgen eerst over de deurwaarder? Dan leest hij
niet verder. Leest hij eerst wat hij kan doen en waar hij hulp krijgt? Dan kan
hij het gevolg aan. Noem het gevolg dus na de hulp. Gebruik één of twee zinnen,
zonder uitroepteken of hoofdletters.

De regel zoekt zinnen over een zwaar gevolg: boete, beslag, deurwaarder,
incassobureau, uit huis moeten, rechter of afsluiten. Hij zoekt ook zinnen met hulp
of contact. Hij meldt een gevolg voor de hulp en een brief zonder hulp. Hij
meldt ook drie of meer zinnen over gevolgen, en een gevolg met uitroepteken.

Fout:
    Betaalt u niet, dan schakelen wij de deurwaarder in! Dat kost u veel geld.
    Bel ons als u vragen hebt.

Goed:
    Lukt betalen niet? Bel ons, dan zoeken we samen een oplossing. Betaalt u
    niet en belt u ons niet, dan gaat de rekening naar de deurwaarder.
"""
from __future__ import annotations

import re

from typing import TYPE_CHECKING

from begrijpelijk.findings import Problem, Severity
from begrijpelijk.rules import Rule
from begrijpelijk.rules._parts import everyday_threat
from begrijpelijk.rules._senses import sentence_words

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span

CONSEQUENCE = re.compile(
    r"\b(boetes?|beslag|beslaglegging|deurwaarders?|dwangbevel|incassobureaus?|incassokosten|ontruim\w*|"
    r"uithuiszetting|(kanton)?rechter|rechtszaak|dagvaard\w*|afsluit\w*|afgesloten|stopzetten|stopgezet|"
    r"schorsing|strafbaar|aangifte doen|politie)\b",
    re.I,
)
HELP = re.compile(
    r"\b(hulp|help(en|t)?|bel(t|len)? (ons|mij|met)|neem (dan )?contact|contact (met ons )?op|schuldhulp\w*|"
    r"betalingsregeling|samen (een )?oplossing|oplossing zoeken|we denken mee|denken (graag )?met u mee|"
    r"vragen\?|hebt u vragen|heeft u vragen|kunnen wij u helpen|advies)\b",
    re.I,
)
MAX_SENTENCES = 2  # a consequence said once, perhaps with one sentence of explanation


def _sentences(doc) -> list[tuple[int, "Span"]]:
    return [(index, sentence) for index, parsed in enumerate(doc.docs) for sentence in parsed.sents]


# "voorkomen dat er een deurwaarder komt": the consequence is what the help prevents, no threat
PREVENTED = re.compile(r"\b(voorkom\w*|te voorkomen|zonder)\b", re.I)


def consequences(doc) -> list[tuple[int, "Span"]]:
    return doc.memo(
        "consequence-sentences",
        lambda: [(i, s) for i, s in _sentences(doc) if _real_consequence(s) and not PREVENTED.search(s.text)],
    )


def _real_consequence(sentence) -> bool:
    """A consequence for the reader, not a closed road or a project that ends
    ("De straat is afgesloten", "Wanneer wij dit project afsluiten"), nor work that
    takes time ("zal twee weken in beslag nemen")."""
    words = sentence_words(sentence)
    return any(not everyday_threat(found.group(0).lower(), words) for found in CONSEQUENCE.finditer(sentence.text))


def applies(doc, options=None) -> str | None:
    if not consequences(doc):
        return "De tekst noemt geen zwaar gevolg (boete, beslag, deurwaarder): deze check geldt niet."
    return None


def _shouts(sentence) -> bool:
    words = [t.text for t in sentence if t.is_alpha and len(t.text) > 2]
    return "!" in sentence.text or sum(w.isupper() for w in words) >= 2


def _problem(doc, index: int, sentence, message: str, advice: str) -> Problem:
    paragraph = doc.document.paragraphs[index]
    start, end = doc.token_span(paragraph, sentence[0], sentence[-1])
    return Problem(start, end, message, advice)


def check(doc, options, wordlists=None):
    found = consequences(doc)
    if not found:
        return
    helping = [(i, s) for i, s in _sentences(doc) if HELP.search(s.text)]
    index, first = found[0]
    if not helping:
        yield _problem(doc, index, first, "De brief noemt een gevolg, maar nergens hulp of iemand om te bellen.",
                       "Schrijf eerst wat de lezer kan doen en waar hij hulp krijgt. Noem het gevolg daarna, rustig.")
        return
    if (index, first.start) < (helping[0][0], helping[0][1].start):
        yield _problem(doc, index, first, "Het gevolg staat voor de hulp.",
                       "Zet eerst wat de lezer kan doen en waar hij hulp krijgt. Noem het gevolg daarna, één keer.")
    loud = [(i, s) for i, s in found if _shouts(s)]
    if loud:
        yield _problem(doc, *loud[0], "Het gevolg staat er met uitroepteken of hoofdletters.",
                       "Noem het gevolg rustig, zonder uitroepteken en zonder hoofdletters.")
    if len(found) > MAX_SENTENCES:
        i, sentence = found[MAX_SENTENCES]
        yield _problem(doc, i, sentence, f"{len(found)} zinnen gaan over gevolgen: dat stapelt dreiging op.",
                       "Noem het gevolg één keer, in één of twee zinnen.")


def evidence(doc, options=None) -> str | None:
    found = consequences(doc)
    return f"'{found[0][1].text.strip()}'" if found else None


RULE = Rule(
    id="gevolg-rustig",
    severity=Severity.WAARSCHUWING,
    check=check,
    summary="Een zwaar gevolg voor de hulp, zonder hulp, herhaald of met uitroepteken.",
    checklist="Het gevolg staat er één keer, rustig, na de hulp.",
    applies=applies,
    evidence=evidence,
)
