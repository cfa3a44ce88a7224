"""Afkorting: een afkorting die bij het eerste gebruik niet voluit staat.

Waarom: een lezer die een afkorting niet kent, raakt de draad kwijt. Schrijf
het woord voluit, of schrijf het de eerste keer voluit met de afkorting
erachter tussen haakjes. Daarna mag de afkorting. De afkortingen staan in
``wordlists/afkortingen.tsv``. Afkortingen in een e-mailadres, internetadres of
tussen aanhalingstekens tellen niet mee.

Fout:
    Vermeld uw BSN op het formulier.
    Wij bellen u i.v.m. uw aanvraag.

Goed:
    Vermeld uw burgerservicenummer (BSN) op het formulier.
    Wij bellen u over uw aanvraag.
"""
from __future__ import annotations

import re

from begrijpelijk.check.analysis import AnalysedDocument, is_link, quoted
from begrijpelijk.findings import Problem, Severity
from begrijpelijk.rules import Rule


def _written_out(expansion: str, text: str) -> bool:
    return re.search(re.escape(expansion.lower()), text.lower()) is not None


def check(doc: AnalysedDocument, options: dict, wordlists):
    seen: set[str] = set()
    full_text = doc.document.text
    jargon_terms = set(wordlists.jargon)
    for paragraph, parsed in doc.pairs():
        skip = quoted(parsed)
        for token in parsed:
            if token.i in skip or is_link(token) or wordlists.allowed(token.text):
                continue
            expansion = wordlists.abbreviation(token.text)
            if expansion is None or token.lower_ in jargon_terms:
                continue
            key = token.text.lower()
            if key in seen:
                continue
            seen.add(key)
            # written out anywhere up to and including this sentence: "burgerservicenummer (BSN)"
            upto = full_text[: full_text.find(token.sent.text) + len(token.sent.text)] if token.sent.text in full_text else full_text
            if _written_out(expansion, upto):
                continue
            start, end = doc.token_span(paragraph, token)
            is_dotted = "." in token.text or "/" in token.text
            suggestion = (
                f"Schrijf '{expansion}'."
                if is_dotted
                else f"Schrijf de eerste keer: {expansion} ({token.text})."
            )
            yield Problem(
                start=start,
                end=end,
                message=f"De afkorting '{token.text}' staat hier voor het eerst en is niet uitgeschreven.",
                suggestion=suggestion,
            )


RULE = Rule(
    id="afkorting",
    severity=Severity.WAARSCHUWING,
    check=check,
    summary="Afkortingen die bij het eerste gebruik niet voluit staan.",
)
