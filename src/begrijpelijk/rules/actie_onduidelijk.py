"""Actie onduidelijk: de brief vraagt iets, maar zegt niet wat, hoe of wanneer.

Waarom: een lezer onder stress zoekt in de brief: wat moet ik doen, hoe doe ik
dat, en wanneer? Ontbreekt één van de drie, dan gebeurt het vaak niet. De
regel meldt drie dingen:

- de brief vraagt de lezer contact op te nemen, maar noemt nergens een
  telefoonnummer, mailadres, adres of internetadres;
- de brief vraagt de lezer te betalen, maar noemt nergens een rekeningnummer,
  betaallink, factuur of incasso;
- de brief zegt alleen "zo snel mogelijk" of "per omgaande", en noemt nergens
  een datum of een aantal dagen.

Meer opdrachten in één lange alinea meldt de regel ``stappen``.

Fout:
    Wij verzoeken u de gevraagde stukken zo spoedig mogelijk aan ons te doen
    toekomen. Neem bij vragen contact met ons op.

Goed:
    Wat moet u doen?
    1. Stuur ons uw loonstrook van maart.
    2. Doe dat vóór vrijdag 12 maart 2027.
    Hebt u vragen? Bel Anna de Boer: 030 123 45 67.
"""

from __future__ import annotations

import re

from begrijpelijk import dates
from begrijpelijk.findings import Problem, Severity
from begrijpelijk.nlp import lemma
from begrijpelijk.rules import Rule
from begrijpelijk.rules._parts import DUTY, INDIRECT_TASK, READER, WHEN_EVENT, action_sentences, asks_nothing, is_letter, letter_parts, paragraph_span
from begrijpelijk.rules.een_contactpersoon import places

# asking the reader to get in touch or to send something: "Neem contact met ons op", "Bel ons",
# "U kunt zich wenden tot het klantcontactcentrum", "Stuur de papieren naar ons", "aan ons te retourneren"
GET_IN_TOUCH = re.compile(
    r"\b(?:contact\s+(?:met\s+\w+\s+)?op|contact\s+opnemen|bel\s+(?:ons|mij|dan)|mail\s+(?:ons|mij)|laat\s+het\s+(?:ons|mij)\s+weten"
    r"|wenden\s+tot|(?:op|terug|toe)?stuur\s+(?:het|de|ons|uw|dit|deze|alles)|stuurt\s+u|(?:op|terug|toe)sturen|retourneren"
    r"|toe\s+te\s+zenden|toezenden|aan\s+te\s+leveren|aanleveren|in\s+te\s+leveren|inleveren|doen\s+toekomen)\b",
    re.I,
)
# where to send it that a letter says in words: an envelope with it, a portal, a desk
SENT_WITH = re.compile(r"\b(?:(?i:\w*envelop\w*|antwoordnummer|loket|balie|digid|website|online|internet|bij\s+deze\s+brief)|[Mm]ijn\s?[A-Z]\w+)\b")
# a way to get in touch that `places` does not count: a postal address, a web address, an office to visit
OTHER_WAY = re.compile(r"\b(?:[Pp]ostbus\s+\d+|\d{4}\s?[A-Z]{2}\b|www\.\S+|https?://\S+|[A-Z][a-z]+(?:straat|weg|laan|plein|singel|gracht|kade)\s+\d+)")
# asking the reader to pay: "Betaal het bedrag", "U moet … betalen", "Wij verzoeken u het bedrag over te maken",
# "Vergeet niet … te betalen"; not "voldoen aan de voorwaarden"
PAY = re.compile(
    r"^\W*betaal\b|^\W*maak\b[^.?!]{0,60}\b(?:bedrag|geld|contributie|bijdrage|rekening|factuur|euro|€)[^.?!]{0,40}\bover\b"
    r"|\b(?:moet u|u moet|dient u|u dient|wilt u|vergeet niet|dat u|(?:wij|we|ik) (?:verzoeken|vragen|verzoek|vraag) (?:u|je|jullie)"
    r"|(?:verzoeken|vragen) (?:wij|we|ik) (?:u|je|jullie))\b"
    r"[^.?!]{0,80}?\b(?:betalen|betaalt|over\s+te\s+maken|overmaakt|overmaken|storten|voldoen(?!\s+aan\b)|te\s+voldoen(?!\s+aan\b))\b",
    re.I,
)
# what the reader does not have to pay, or cannot: taken out before PAY looks ("of bel ons als u niet kunt betalen")
NOT_PAYING = re.compile(
    r"\b(?:als|wanneer|indien|kunt|kan|lukt)\b[^.?!]{0,40}\bniet\b[^.?!]{0,30}\bbetalen\b|\bhoeft\b[^.?!]{0,40}\bte\s+betalen\b", re.I
)
# a way to pay that the letter names: an account, a payment link or app, an invoice, a collection, a desk or an envelope
PAY_WAY = re.compile(
    r"\b(?:NL\s?\d{2}\s?[A-Z]{4}[\s\d]{6,}|(?i:iban|rekeningnummer\w*|bankrekening\w*|"
    r"(?<!houden )(?<!houdt )(?<!hield )(?<!hielden )rekening(?!\s+(?:mee|houden|houdend|gehouden|te\s+houden)\b)|betaallink|"
    r"betaalverzoek|ideal|tikkie|acceptgiro\w*|\w*incasso\w*|machtiging|factuur|facturen|nota|qr-?code|envelop\w*|balie|"
    r"kassa|contant|pinnen|pin|app|website|mijn\s?(?:omgeving|account|portaal|pagina)))\b|www\.\S+|https?://\S+|\bMijn\s?[A-Z]\w+|"
    r"\[[^\]]*(?i:rekening|iban)[^\]]*\]",
)
# a term without a day or a number of days
ONLY_VAGUE = re.compile(r"\b(?:zo\s+(?:spoedig|snel)\s+(?:als\s+)?mogelijk|tijdig|z\.s\.m\.?|per\s+omgaande|omgaand|ommegaand|op\s+korte\s+termijn)\b", re.I)
# "Bel ons zo snel mogelijk als u niet kunt komen", "Mocht u verhuizen, meld het dan zo snel mogelijk"
ON_EVENT = WHEN_EVENT | {"mocht"}
# a day the reader can hold on to: a date, a field for one, or a number of days or weeks
CLEAR_TERM = re.compile(
    r"\b\d{1,2}[-/]\d{1,2}[-/]\d{2,4}\b|\b\d{1,2}\s+(?:" + "|".join(dates.MONTHS) + r")\b"
    r"|\[[^\]]*datum[^\]]*\]|\b(?:binnen|over|na)\s+(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|tien|veertien)\s+(?:werk)?(?:dagen|dag|weken|week|maanden|maand)\b",
    re.I,
)


def _body_sentences(doc, parts):
    for index in parts.body:
        for sentence in doc.docs[index].sents:
            yield index, sentence


def _problem(doc, parts) -> tuple[int, str, str] | None:
    """The first thing the reader cannot tell: (paragraph, message, advice), or None.
    A task said the office way ("Wij verzoeken u het bedrag binnen 5 dagen over te
    maken") still says what to do: ``jargon`` and ``stappen`` are about its words and form."""
    actions = []
    for index in parts.body:
        marked = {(s.start, s.end) for s in action_sentences(doc.docs[index])}
        actions += [(index, s) for s in doc.docs[index].sents if (s.start, s.end) in marked or INDIRECT_TASK.search(s.text)]
    text = "\n".join(p.text for p in doc.document.paragraphs)
    # a template fills the way in: its fields count ("{{ contact_telefoon | telefoon }}")
    fields = " ".join(doc.document.template_fields).lower()
    field_way = any(word in fields for word in ("telefoon", "mail", "adres", "nummer"))
    touch = next((index for index, s in actions if GET_IN_TOUCH.search(s.text)), None)
    if touch is not None and not field_way and not places(doc, everywhere=True) and not OTHER_WAY.search(text) and not SENT_WITH.search(text):
        return touch, "De brief vraagt de lezer contact op te nemen of iets te sturen, maar zegt nergens hoe: er staat geen nummer of adres.", "Noem één telefoonnummer of adres, met de tijden waarop iemand opneemt."
    pay = next((index for index, s in actions if not s.text.rstrip().endswith("?") and PAY.search(NOT_PAYING.sub("", s.text))), None)
    if pay is not None and not PAY_WAY.search(text) and not (fields and any(w in fields for w in ("iban", "rekening", "betaal"))):
        return pay, "De brief vraagt de lezer te betalen, maar zegt nergens hoe: er staat geen rekeningnummer of betaallink.", "Noem het rekeningnummer en wat de lezer bij de betaling moet zetten."
    # "zo spoedig mogelijk" where the request is made, and no day in that paragraph ("de vervaldatum was 1 mei")
    ordered = {(index, s.start) for index, s in actions}
    asked = [
        index for index, s in _body_sentences(doc, parts)
        if ONLY_VAGUE.search(s.text) and ({t.lower_ for t in s} & READER or {lemma(t) for t in s} & DUTY or (index, s.start) in ordered)
        and not {t.lower_ for t in s} & ON_EVENT
        and not CLEAR_TERM.search(doc.document.paragraphs[index].text)
    ]
    if asked:
        return asked[0], "De brief zegt niet wanneer de lezer iets moet doen: alleen 'zo snel mogelijk' of iets dergelijks.", "Noem de laatste dag met de datum, zoals 'uiterlijk vrijdag 12 maart 2027'."
    return None


def check(doc, options, wordlists=None):
    if not is_letter(doc):
        return
    parts = letter_parts(doc)
    if not parts.body:
        return
    found = _problem(doc, parts)
    if found is not None:
        index, message, advice = found
        start, end = paragraph_span(doc, index)
        yield Problem(start, end, message, advice)


RULE = Rule(
    id="actie-onduidelijk",
    severity=Severity.WAARSCHUWING,
    check=check,
    summary="De brief vraagt iets, maar zegt niet duidelijk wat de lezer moet doen, hoe of wanneer.",
    checklist="Wat de lezer moet doen, hoe en wanneer, staat er duidelijk.",
    applies=asks_nothing,
)
