"""Beloning: de brief zegt iets aardigs over de stap die de lezer al zette.

Waarom: wie schulden heeft, zet elke stap met moeite. Denk aan een aanvraag,
een betaling of een telefoontje. Ziet de brief die stap? Dan zet de lezer de
volgende stap ook. Bijvoorbeeld: "Fijn dat u de formulieren hebt gestuurd."
Een brief die alleen zegt wat er nog mist, maakt moedeloos.

Deze check staat standaard uit; zet hem aan met `aan = ["beloning"]`.
De regel kijkt of de brief antwoordt op iets wat de lezer deed. Bijvoorbeeld:
"wij hebben uw aanvraag ontvangen". Zo ja, dan zoekt hij een zin als "Fijn
dat …", "Bedankt voor …" of "Goed dat …".

Fout:
    Wij hebben uw aanvraag ontvangen. Er ontbreken nog drie bewijsstukken.

Goed:
    Bedankt voor uw aanvraag. Fijn dat u zo snel alles hebt gestuurd. Er
    ontbreekt nog één ding: uw loonstrook van maart.
"""
from __future__ import annotations

import re

from begrijpelijk.findings import Problem, Severity
from begrijpelijk.rules import Rule

STEP = re.compile(
    r"\b(u heeft|u hebt|je hebt|jij hebt)\b[^.?!]{0,80}?\b(aangevraagd|betaald|gestuurd|opgestuurd|ingevuld|gemeld|"
    r"ingeleverd|gebeld|doorgegeven|ingediend|aangemeld|gereageerd|afgesproken)\b|"
    r"\b(wij hebben|we hebben|ik heb)\b[^.?!]{0,40}?\b(uw|je|jouw)\b[^.?!]{0,60}?\b(ontvangen|gekregen|binnen)\b|"
    r"\b(uw|je|jouw) (aanvraag|betaling|formulier|bericht|melding|verzoek|mail|e-mail|brief|reactie|aanmelding)\b[^.?!]{0,40}?\b(ontvangen|gekregen)\b",
    re.I,
)
REWARD = re.compile(
    r"\b(fijn dat|goed dat|mooi dat|knap dat|bedankt voor|dank u (wel )?voor|dank je (wel )?voor|dank voor|"
    r"hartelijk dank|wij waarderen|we waarderen|wij zijn blij dat|we zijn blij dat|wat goed dat)\b",
    re.I,
)


def step(doc):
    """The first match of the reader's step the letter answers, or None."""
    return doc.memo("reader-step", lambda: next(iter(doc.search(STEP)), None))


def reward(doc):
    return doc.memo("reader-reward", lambda: next(iter(doc.search(REWARD)), None))


def applies(doc, options=None) -> str | None:
    if step(doc) is None and reward(doc) is None:
        return "De brief antwoordt niet op een stap van de lezer: deze check geldt niet."
    return None


def check(doc, options, wordlists=None):
    found = step(doc)
    if found is None or reward(doc) is not None:
        return
    yield Problem(
        found.start, found.end,
        "De lezer zette een stap, maar de brief zegt daar niets aardigs over.",
        "Schrijf bijvoorbeeld: 'Fijn dat u uw aanvraag zo snel hebt gestuurd.'",
    )


def evidence(doc, options=None) -> str | None:
    found = reward(doc)
    return f"'{found.paragraph.text[max(0, found.match.start() - 10): found.match.end() + 40].strip()}'" if found else None


RULE = Rule(
    id="beloning",
    severity=Severity.SUGGESTIE,
    check=check,
    summary="De brief antwoordt op een stap van de lezer zonder die te waarderen.",
    checklist="De stap die de lezer zette, wordt gezien ('Fijn dat u …').",
    applies=applies,
    evidence=evidence,
    # measured on 28 labelled texts: the labeller counted naming the reader's step as enough, this
    # check asks for appreciation ("Fijn dat u …"); they did not agree once, so it waits for 'aan'
    default_on=False,
)
