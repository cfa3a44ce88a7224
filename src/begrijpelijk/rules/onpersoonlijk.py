"""Onpersoonlijk: de brief spreekt de lezer niet aan.

Waarom: een brief is voor één persoon. Staat er nergens "u" of "je"? Of heet
de lezer "men", "de aanvrager" of "belanghebbende"? Dan voelt de lezer zich
niet bedoeld. Hij leest dan niet goed wat hij moet doen. Schrijf tegen de lezer.

Opties: ``min-woorden`` (standaard 30). Bij een kortere tekst kijkt de regel
niet of de hele tekst de lezer aanspreekt. Een losse zin hoeft geen "u" te hebben.

Fout:
    De aanvrager dient de stukken binnen twee weken in te leveren.
    Men kan bezwaar maken tegen dit besluit.

Goed:
    Lever de papieren in vóór vrijdag 12 maart 2027.
    U kunt bezwaar maken tegen dit besluit.
"""
from __future__ import annotations

from begrijpelijk.check.analysis import AnalysedDocument, is_word, shielded
from begrijpelijk.findings import Problem, Severity
from begrijpelijk.nlp import lemma
from begrijpelijk.nlp.closed_class import ARTICLES, READER
from begrijpelijk.rules import Rule

IMPERSONAL = {
    "men": "u",
    "aanvrager": "u",
    "aanvraagster": "u",
    "belanghebbende": "u",
    "cliënt": "u",
    "betrokkene": "u",
    "rechthebbende": "u",
    "uitkeringsgerechtigde": "u",
    "bijstandsgerechtigde": "u",
    "ondergetekende": "ik",
}


NOWHERE = "De brief spreekt de lezer nergens aan met 'u' of 'je'."


def impersonal(doc: AnalysedDocument, min_words: int) -> list:
    """Where the letter does not address its reader: (start, end, words, key)
    per 'men', 'de aanvrager' …, and (start, end, None, None) over the first paragraph
    when a text of at least ``min_words`` words says 'u' or 'je' nowhere.
    Found once per document: the rule and the B1 verdict (also when this rule
    is off) both use it."""
    return doc.memo(("onpersoonlijk", min_words), lambda: list(_impersonal(doc, min_words)))


def _impersonal(doc: AnalysedDocument, min_words: int):
    words = 0
    addresses_reader = False
    for paragraph, parsed in doc.pairs():
        skip = shielded(parsed, names=False)
        for token in parsed:
            if is_word(token):
                words += 1
            if token.lower_ in READER:
                addresses_reader = True
            if token.i in skip:
                continue
            key = token.lower_ if token.lower_ in IMPERSONAL else lemma(token)
            if key in IMPERSONAL and (key != "men" or token.pos_ == "PRON" or token.lower_ == "men"):
                first = token
                prev = parsed[token.i - 1] if token.i > 0 else None
                if prev is not None and prev.lower_ in ARTICLES and key != "men":
                    first = prev
                start, end = doc.token_span(paragraph, first, token)
                yield start, end, parsed[first.i : token.i + 1].text, key
    if words >= min_words and not addresses_reader and doc.document.paragraphs:
        start, end = doc.document.paragraphs[0].whole_span()
        yield start, end, None, None


def check(doc: AnalysedDocument, options: dict, wordlists=None):
    for start, end, words, key in impersonal(doc, int(options["min-woorden"])):
        if words is None:
            yield Problem(start=start, end=end, message=NOWHERE, suggestion="Schrijf tegen de lezer: 'U krijgt …', 'Wij helpen u …'.")
        else:
            yield Problem(
                start=start,
                end=end,
                message=f"'{words}' is onpersoonlijk: zo spreekt u de lezer niet aan.",
                suggestion=f"Schrijf '{IMPERSONAL[key]}'.",
            )


RULE = Rule(
    id="onpersoonlijk",
    severity=Severity.WAARSCHUWING,
    check=check,
    summary="Brieven die de lezer niet aanspreken, of 'men' en 'de aanvrager' voor de lezer.",
    options={"min-woorden": 30},
)
