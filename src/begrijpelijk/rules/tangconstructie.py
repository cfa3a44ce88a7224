"""Tangconstructie: woorden die bij elkaar horen, staan ver uit elkaar.

Waarom: lees "Wij hebben uw aanvraag van 3 februari voor een bed ontvangen".
De lezer moet "hebben" onthouden tot het laatste woord. Hoe meer woorden
ertussen, hoe zwaarder. De regel meet de afstand tussen woorden die bij elkaar
horen. Een lidwoord en een zelfstandig naamwoord. Een hulpwerkwoord en het
hoofdwerkwoord. Een onderwerp en het werkwoord. De delen van een scheidbaar
werkwoord ("stuurt … terug").

Opties: ``max-afstand`` (standaard 7): meer woorden ertussen geeft een melding.

Fout:
    Wij hebben uw aanvraag voor bijzondere bijstand van 3 februari 2027 voor de kosten van uw bed ontvangen.

Goed:
    Wij hebben uw aanvraag ontvangen. U vraagt bijzondere bijstand voor een bed.
"""
from __future__ import annotations

from begrijpelijk.check.analysis import AnalysedDocument, is_word
from begrijpelijk.findings import Problem, Severity
from begrijpelijk.nlp.closed_class import ARTICLES
from begrijpelijk.rules import Rule

PAIRS = {
    "det": "het lidwoord en het zelfstandig naamwoord",
    "aux": "het hulpwerkwoord en het hoofdwerkwoord",
    "aux:pass": "het hulpwerkwoord en het hoofdwerkwoord",
    "nsubj": "het onderwerp en het werkwoord",
    "nsubj:pass": "het onderwerp en het werkwoord",
    "compound:prt": "de delen van het werkwoord",
}


def words_between(doc, a, b) -> int:
    lo, hi = sorted((a.i, b.i))
    return sum(1 for t in doc[lo + 1 : hi] if is_word(t))


AUXILIARIES = {
    "kan", "kunt", "kunnen", "kon", "konden", "moet", "moeten", "moest", "moesten", "zal", "zult",
    "zullen", "zou", "zouden", "wil", "wilt", "willen", "wilde", "mag", "mogen", "mocht", "hebben",
    "heb", "hebt", "heeft", "had", "hadden", "is", "ben", "bent", "zijn", "was", "waren", "wordt",
    "word", "worden", "werd", "werden", "gaat", "ga", "gaan", "dient", "dienen",
}
PARTICLES = {"terug", "op", "in", "af", "aan", "mee", "door", "uit", "toe", "over", "na", "bij", "weg", "vast", "binnen"}


def _clause_end(sentence, start):
    """The last word of the clause that ``start`` is in."""
    last = None
    for token in sentence.doc[start.i + 1 : sentence.end]:
        if token.text in (",", ";", ":") or token.pos_ == "SCONJ" or (
            token.lower_ in ("die", "dat", "wat") and token.pos_ == "PRON"
        ):
            break
        if is_word(token):
            last = token
    return last


def surface_pairs(sentence):
    """Pairs the parse may miss in a long sentence: a main-clause auxiliary and
    the verb at the end ("kunt … opsturen"), an imperative and its particle
    ("Stuur … terug"), and an article before a preposition ("De in … rekening")."""
    words = [t for t in sentence if is_word(t)]
    if len(words) < 4:
        return
    for token in words[:3]:
        if token.lower_ in AUXILIARIES:
            # the main clause ends at a comma, a subordinator or a relative pronoun
            end = _clause_end(sentence, token)
            if end is not None and ((end.tag_ or "").startswith(("WW|inf", "WW|vd")) or end.pos_ == "VERB"):
                yield "aux", token, end
            break
    last = words[-1]
    if last.lower_ in PARTICLES and words[0].pos_ in ("VERB", "AUX") and words[0].lower_ not in AUXILIARIES:
        yield "compound:prt", words[0], last
    doc = sentence.doc
    for token in words:
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.pos_ == "DET" and token.lower_ in ARTICLES and nxt is not None and nxt.pos_ == "ADP":
            seen_modifier = False
            for later in doc[nxt.i : sentence.end]:
                if (later.tag_ or "").startswith(("WW|vd|prenom", "WW|od|prenom")) or (later.pos_ == "ADJ" and later.i > nxt.i + 1):
                    seen_modifier = True
                elif seen_modifier and later.pos_ in ("NOUN", "PROPN"):
                    yield "det", token, later
                    break


def check(doc: AnalysedDocument, options: dict, wordlists=None):
    limit = int(options["max-afstand"])
    for paragraph, parsed in doc.pairs():
        for sentence in parsed.sents:
            worst = None
            for token in sentence:
                if token.dep_ not in PAIRS or token.head is token:
                    continue
                head = token.head
                if token.dep_.startswith("nsubj") and head.pos_ not in ("VERB", "AUX"):
                    continue  # copula sentences: the subject's partner is the verb "is"
                if token.dep_ == "det" and token.i > head.i:
                    continue
                distance = words_between(parsed, token, head)
                if distance > limit and (worst is None or distance > worst[0]):
                    worst = (distance, token, head, PAIRS[token.dep_])
            for dep, token, head in surface_pairs(sentence):
                distance = words_between(parsed, token, head)
                if distance > limit and (worst is None or distance > worst[0]):
                    worst = (distance, token, head, PAIRS[dep])
            if worst is None:
                continue
            distance, token, head, kind = worst
            first, last = sorted((token, head), key=lambda t: t.i)
            start, end = doc.token_span(paragraph, first, last)
            yield Problem(
                start=start,
                end=end,
                message=f"Tussen '{first.text}' en '{last.text}' staan {distance} woorden: {kind} staan ver uit elkaar.",
                suggestion="Zet de woorden die bij elkaar horen dichter bij elkaar, of maak er twee zinnen van.",
            )


RULE = Rule(
    id="tangconstructie",
    severity=Severity.SUGGESTIE,
    check=check,
    summary="Woorden die bij elkaar horen maar ver uit elkaar staan.",
    options={"max-afstand": 7},
    default_on=False,
)
