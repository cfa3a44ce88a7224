"""Naamwoordstijl: een zelfstandig naamwoord waar een werkwoord duidelijker is.

Waarom: in "het indienen van een aanvraag" of "de verstrekking van gegevens"
zit de handeling verstopt in een naamwoord. De lezer ziet niet wie wat doet.
Met een werkwoord wordt de zin korter en actiever. De regel vindt drie vormen.
Eén: het + werkwoord + van ("het indienen van"). Twee: een woord op -ing met
"van" ("de verstrekking van"). Drie: vaste uitdrukkingen uit
``wordlists/naamwoordstijl.tsv`` ("een besluit nemen").

Fout:
    Het indienen van een aanvraag kan via de website.
    Na de verstrekking van uw gegevens nemen wij een besluit.

Goed:
    U kunt het aanvragen op de website.
    Als u ons uw gegevens geeft, besluiten wij.
"""
from __future__ import annotations

from functools import lru_cache

from begrijpelijk.check.analysis import AnalysedDocument, shielded
from begrijpelijk.findings import Problem, Severity
from begrijpelijk.nlp import lemma
from begrijpelijk.rules import Rule

MAX_WINDOW = 5  # tokens between the words of a fixed expression

# -ing nouns every reader knows as things, not as hidden actions
EVERYDAY_ING = {
    "woning", "rekening", "regeling", "uitkering", "verzekering", "opleiding", "mening", "ervaring",
    "afdeling", "richting", "vergadering", "oefening", "verwarming", "kleding", "tekening", "leerling",
    "vereniging", "omgeving", "beweging", "zorgverzekering", "ziektekostenverzekering", "bankrekening",
    "huurwoning", "koopwoning", "lening", "oplossing", "bijeenkomst", "stichting", "ring", "ding",
    "koning", "honing", "sering", "haring", "training", "parking", "meeting", "planning", "marketing",
    "inleiding", "aflevering", "verpleging", "wetgeving", "regering", "bevolking", "voorziening",
    "overheidsinstelling", "instelling", "uitnodiging", "verjaardag", "jaarrekening", "uitzondering",
}


@lru_cache(maxsize=8)
def fixed_expressions(noun_phrases: tuple[tuple[str, str], ...]) -> list[tuple[frozenset[str], str, str]]:
    """(the lemmas, the verb, the words as listed) per fixed expression."""
    return [(frozenset(words.split()), verb, words) for words, verb in noun_phrases]


@lru_cache(maxsize=4096)
def verb_for(noun: str) -> str | None:
    """The verb inside an -ing noun: verstrekking → verstrekken."""
    from wordfreq import zipf_frequency

    if not noun.endswith("ing") or len(noun) < 7 or noun in EVERYDAY_ING:
        return None
    stem = noun[:-3]
    for candidate in (stem + "en", stem + "len" if stem.endswith("e") else None):
        if candidate and zipf_frequency(candidate, "nl") >= 2.5:
            return candidate
    return None


def _problem(doc, paragraph, first, last, verb):
    start, end = doc.token_span(paragraph, first, last)
    found = first.doc[first.i : last.i + 1].text
    return Problem(
        start=start,
        end=end,
        message=f"'{found}' is naamwoordstijl: de handeling zit verstopt in een naamwoord.",
        suggestion=f"Gebruik het werkwoord '{verb}' en zeg wie het doet.",
    )


def check(doc: AnalysedDocument, options: dict, wordlists):
    expressions = fixed_expressions(tuple(wordlists.noun_phrases.items()))
    for paragraph, parsed in doc.pairs():
        skip = shielded(parsed)
        used: set[int] = set()
        tokens = list(parsed)
        for token in tokens:
            if token.i in skip or token.i in used:
                continue
            nxt = parsed[token.i + 1] if token.i + 1 < len(parsed) else None
            prev = parsed[token.i - 1] if token.i > 0 else None
            # het indienen van
            if (
                prev is not None and prev.lower_ == "het" and nxt is not None and nxt.lower_ == "van"
                and token.lower_.endswith("en") and token.pos_ in ("NOUN", "VERB") and len(token.text) > 4
            ):
                used.update((prev.i, token.i, nxt.i))
                yield _problem(doc, paragraph, prev, nxt, token.lower_)
                continue
            # de verstrekking van / ter verstrekking
            verb = verb_for(token.lower_) if token.pos_ == "NOUN" else None
            if verb and ((nxt is not None and nxt.lower_ in ("van", "door")) or (prev is not None and prev.lower_ in ("ter", "tot"))):
                first = prev if prev is not None and prev.lower_ in ("ter", "tot", "de", "het", "een") else token
                last = nxt if nxt is not None and nxt.lower_ in ("van", "door") else token
                used.update(range(first.i, last.i + 1))
                yield _problem(doc, paragraph, first, last, verb)
                continue
        # fixed expressions: all words in one sentence, close together
        for sentence in parsed.sents:
            lemmas = [(t, lemma(t)) for t in sentence if t.i not in skip]
            for words, verb, _ in expressions:
                positions = {}
                for t, lem in lemmas:
                    for w in words:
                        if (lem == w or t.lower_ == w) and w not in positions:
                            positions[w] = t
                if len(positions) == len(words):
                    ordered = sorted(positions.values(), key=lambda t: t.i)
                    # the noun belongs to the verb ("een besluit nemen"), not the other way
                    # round ("de aanvraag die u hebt ingediend" is fine)
                    linked = any(t.pos_ == "NOUN" and t.head in ordered and t.head.pos_ in ("VERB", "AUX") for t in ordered)
                    between = parsed[ordered[0].i : ordered[-1].i + 1]
                    if any(t.lower_ in ("die", "dat", "wat") and t.pos_ == "PRON" for t in between):
                        linked = False  # a relative clause: "de aanvraag die u hebt ingediend"
                    if linked and ordered[-1].i - ordered[0].i <= MAX_WINDOW and not any(t.i in used for t in ordered):
                        used.update(t.i for t in ordered)
                        yield _problem(doc, paragraph, ordered[0], ordered[-1], verb)


RULE = Rule(
    id="naamwoordstijl",
    severity=Severity.SUGGESTIE,
    check=check,
    summary="Naamwoorden die een handeling verstoppen ('het indienen van', 'de verstrekking van').",
    default_on=False,
)
