"""Lange zin: een zin met meer dan 20 woorden.

Waarom: een lange zin vraagt veel van het geheugen van de lezer. Wie onder
stress leest, haakt halverwege af. Zinnen van 15 tot 20 woorden zijn goed te
volgen. Zet één boodschap in één zin.

Opties: ``max-woorden`` (standaard 20).

Fout:
    Wij verzoeken u om de gevraagde gegevens, waaronder uw loonstroken van de
    afgelopen drie maanden en een recent bankafschrift, zo spoedig mogelijk aan
    ons te doen toekomen, zodat wij uw aanvraag in behandeling kunnen nemen.

Goed:
    Stuur ons uw loonstroken van de afgelopen drie maanden. Stuur ook een
    bankafschrift mee. Dan kunnen wij uw aanvraag behandelen.
"""
from __future__ import annotations

from begrijpelijk.check.analysis import AnalysedDocument, is_word
from begrijpelijk.findings import Problem, Severity
from begrijpelijk.rules import Rule

# words where a sentence can usually be split in two
SPLIT_WORDS = {"en", "maar", "want", "omdat", "zodat", "terwijl", "waardoor", "waarna", "nadat", "als", "of", "dus", "doordat", "wanneer"}


# a conjunction inside these joins no clauses: "tot en met", "een of meer"
FIXED_COMBINATIONS = {("tot", "en", "met"), ("een", "of", "meer"), ("een", "of", "meerdere"), ("één", "of", "meer"),
                      ("één", "of", "meerdere"), ("min", "of", "meer"), ("meer", "of", "minder"), ("al", "dan", "niet")}


def _in_fixed_combination(token) -> bool:
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc):
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    if (before.lower_, token.lower_, after.lower_) in FIXED_COMBINATIONS:
        return True
    return before.like_num and after.like_num  # "twee of drie", "1 en 2"


def split_hint(sentence) -> str | None:
    """Where a split would fall: a conjunction or a comma near the middle."""
    words = [t for t in sentence.span if is_word(t)]
    if len(words) < 4:
        return None
    middle = len(words) / 2
    best = None
    position = 0
    for token in sentence.span:
        if is_word(token):
            position += 1
        candidate = None
        if token.lower_ in SPLIT_WORDS and token.pos_ in ("CCONJ", "SCONJ") and 3 <= position < len(words) - 2 and not _in_fixed_combination(token):
            candidate = f"voor '{token.text}'"
        elif token.text in (",", ";", ":") and 3 <= position < len(words) - 2:
            nxt = sentence.span.doc[token.i + 1] if token.i + 1 < len(sentence.span.doc) else None
            after = f" voor '{nxt.text}'" if nxt is not None else ""
            candidate = f"bij de komma{after}" if token.text == "," else f"bij '{token.text}'{after}"
        if candidate:
            distance = abs(position - middle)
            if best is None or distance < best[0]:
                best = (distance, candidate)
    if best is None:
        return None
    return f"Maak er twee zinnen van, bijvoorbeeld {best[1]}."


def check(doc: AnalysedDocument, options: dict, wordlists=None):
    limit = int(options["max-woorden"])
    for sentence in doc.sentences():
        count = len(sentence.words)
        if count > limit:
            start, end = sentence.source_span()
            yield Problem(
                start=start,
                end=end,
                message=f"Deze zin heeft {count} woorden. Houd zinnen korter dan {limit + 1} woorden.",
                suggestion=split_hint(sentence) or "Maak er twee of meer korte zinnen van, met één boodschap per zin.",
            )


RULE = Rule(
    id="lange-zin",
    severity=Severity.WAARSCHUWING,
    check=check,
    summary="Zinnen met meer woorden dan de grens (standaard 20).",
    options={"max-woorden": 20},
)
