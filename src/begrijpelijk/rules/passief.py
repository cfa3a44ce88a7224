"""Passief: een zin in de lijdende vorm (worden of zijn met een voltooid deelwoord).

Waarom: in een passieve zin staat niet wie iets doet. De lezer weet dan niet
wie hij moet bellen of op wie hij wacht. Een actieve zin is korter en
duidelijker: schrijf wie het doet.

Niet passief: de voltooide tijd van een actief werkwoord ("is gekomen",
"heeft gedaan") en "worden" als koppelwerkwoord ("wordt ziek").

Fout:
    Uw aanvraag wordt binnen acht weken door ons behandeld.
    Er wordt contact met u opgenomen.

Goed:
    Wij behandelen uw aanvraag binnen acht weken.
    Wij bellen u.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..analysis import AnalysedDocument
from ..findings import Problem, Severity
from . import Rule

WORDEN = {"worden", "wordt", "word", "werd", "werden", "geworden"}
ZIJN = {"is", "ben", "bent", "zijn", "was", "waren", "geweest", "wezen", "zijt", "wees"}

# Verbs whose perfect tense takes "zijn": "is gekomen" is active, not passive.
# A separable or prefixed form counts too ("aangekomen", "teruggegaan").
ZIJN_VERBS = (
    "komen", "gaan", "blijven", "worden", "zijn", "vallen", "sterven", "beginnen", "gebeuren",
    "verdwijnen", "vertrekken", "ontstaan", "stijgen", "dalen", "groeien", "verschijnen",
    "overlijden", "slagen", "lukken", "raken", "belanden", "blijken", "verlopen", "vergaan",
    "ontsnappen", "opstaan", "staan", "zakken", "zwellen", "varen", "rijden", "vliegen", "lopen",
    "keren", "trekken", "treden", "wijken", "zwijgen", "landen", "ontwaken", "verhuizen",
    "trouwen", "scheiden", "stoppen", "afnemen", "toenemen", "opgroeien", "springen",
    "verschuiven", "terechtkomen", "stranden", "uitvallen", "verouderen", "verminderen",
    "ontbreken", "bevallen", "ontvluchten", "schieten", "glijden", "zinken", "sluipen",
    "opdrogen", "verdrinken", "verbranden", "uitgroeien", "ontspringen", "uitbreken", "vervallen",
    "verkeren", "uitkomen", "meevallen", "tegenvallen", "ophouden", "veranderen", "aflopen",
    "binnenkomen", "instorten", "inslapen", "slapen", "geraken", "bezwijken",
)


@dataclass(frozen=True)
class Passive:
    auxiliary: object  # spaCy Token: the form of worden/zijn
    participle: object  # spaCy Token: the past participle
    impersonal: bool = False  # "er wordt gebeld"


def is_participle(token) -> bool:
    tag = token.tag_ or ""
    if tag.startswith("WW|vd"):
        return "prenom" not in tag and "nom|" not in tag  # "de gestelde termijn" is not a clause
    return "Part" in token.morph.get("VerbForm") and token.pos_ in ("VERB", "AUX")


def takes_zijn(lemma: str) -> bool:
    lemma = lemma.replace("_", "").lower()
    return any(lemma == v or (lemma.endswith(v) and len(lemma) - len(v) >= 2) for v in ZIJN_VERBS)


def _clause_tokens(participle):
    """Tokens linked to the participle: its children, its head, its head's children."""
    yield from participle.children
    head = participle.head
    if head is not participle:
        yield head
        yield from (c for c in head.children if c is not participle)


def detect(doc) -> list[Passive]:
    """Passive clauses in a parsed spaCy Doc, one per participle."""
    found: dict[int, Passive] = {}
    for token in doc:
        if not is_participle(token):
            continue
        auxiliary = None
        for other in _clause_tokens(token):
            lower = other.lower_
            if other.i == token.i:
                continue
            if lower in WORDEN and other.pos_ in ("AUX", "VERB"):
                auxiliary = other
                break
            if other.dep_ == "aux:pass":
                auxiliary = other
                break
            if lower in ZIJN and other.pos_ in ("AUX", "VERB") and other.dep_ in ("aux", "aux:pass", "cop"):
                if not takes_zijn(token.lemma_ or token.text):
                    auxiliary = other
                    break
        if auxiliary is None:
            continue
        if auxiliary.lower_ in ZIJN and takes_zijn(token.lemma_ or token.text):
            continue
        # "hij is ziek geworden": geworden as participle of copula worden is not passive
        if token.lower_ == "geworden" or token.lemma_ in ("worden", "zijn"):
            continue
        sentence = token.sent
        impersonal = any(t.lower_ == "er" for t in sentence) and not any(
            t.dep_ in ("nsubj:pass", "nsubj") and t.head.i in (token.i, auxiliary.i) for t in sentence
        )
        found[token.i] = Passive(auxiliary, token, impersonal)
    return [found[i] for i in sorted(found)]


def check(doc: AnalysedDocument, options: dict, wordlists=None):
    for paragraph, parsed in doc.pairs():
        for passive in detect(parsed):
            first, last = sorted((passive.auxiliary, passive.participle), key=lambda t: t.i)
            start, end = doc.token_span(paragraph, first, last)
            if passive.impersonal:
                message = "Deze zin is passief: er staat niet wie het doet."
                suggestion = "Schrijf wie het doet, bijvoorbeeld: 'Wij nemen contact met u op.'"
            else:
                message = f"Deze zin is passief ('{passive.auxiliary.text} … {passive.participle.text}'): er staat niet wie het doet."
                suggestion = "Schrijf wie het doet, bijvoorbeeld: 'Wij behandelen uw aanvraag.'"
            yield Problem(start=start, end=end, message=message, suggestion=suggestion)


RULE = Rule(
    id="passief",
    severity=Severity.WAARSCHUWING,
    check=check,
    summary="Passieve zinnen (worden/zijn + voltooid deelwoord): schrijf wie het doet.",
)
