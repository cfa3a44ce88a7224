"""Shared helpers for the stress-sensitive letter rules."""
from __future__ import annotations

import re

from begrijpelijk.check.analysis import is_word
from begrijpelijk.check.structure import parts
from begrijpelijk.nlp import lemma
from begrijpelijk.nlp.closed_class import READER  # noqa: F401  (the stress rules import it from here)
from begrijpelijk.rules._sense_tables import LEGAL_ONLY_NEAR
from begrijpelijk.rules._senses import sentence_words

REQUEST_WORDS = {
    "verzoeken", "vragen", "moeten", "dienen", "sturen", "opsturen", "terugsturen", "betalen", "bellen",
    "inleveren", "invullen", "ondertekenen", "melden", "doorgeven", "komen", "mailen", "meenemen",
    "verzoek", "retourneren", "toezenden", "aanleveren", "verstrekken", "verplicht", "voldoen",
}
ACTION_PATTERNS = re.compile(r"\b(wilt u|u moet|moet u|vul|stuur|bel|betaal|kom|lever|neem|zoek|mail|teken|geef)\b", re.I)
# a task said the office way ("verzoeken wij u …", "dient u …"): still a task to count, but not a clear one
INDIRECT_TASK = re.compile(
    r"\b(dient u|u dient|(?:verzoeken|vragen) (?:wij|we|ik) u|(?:wij|we) (?:verzoeken|vragen) u|het is (?:van belang|belangrijk) dat u)\b",
    re.I,
)


# the verbs of a duty ("moet u betalen", "De papieren dienen … te zijn")
DUTY = {"moeten", "dienen"}
# "Meld het direct als uw inkomen verandert": the moment is an event the reader knows
WHEN_EVENT = {"als", "zodra", "wanneer", "indien", "nadat"}


MIN_LETTER_WORDS = 30  # a shorter text is a fragment, not a letter to judge as a whole


def letter_parts(doc):
    """The letter's parts (salutation, body, closing), found once per document."""
    return doc.memo("letter-parts", lambda: parts(doc.document))


def is_letter(doc) -> bool:
    return doc.memo("is-letter", lambda: _is_letter(doc))


def _is_letter(doc) -> bool:
    """A letter to judge as a whole: long enough, with a salutation ("Beste …") or a closing
    ("Met vriendelijke groet"). A web page, a leaflet or a fragment has neither, and the
    rules about the build of a letter (kern eerst, contact, afsluiten) say nothing about it."""
    from begrijpelijk.check.analysis import word_count

    if sum(word_count(d) for d in doc.docs) < MIN_LETTER_WORDS:
        return False
    if doc.document.format == "jinja":
        return True  # a letter template
    found = letter_parts(doc)
    return found.salutation is not None or found.closing is not None


NOT_A_LETTER = "De tekst is geen brief (geen aanhef of groet, of korter dan 30 woorden): deze check geldt niet."


def not_a_letter(doc, options=None) -> str | None:
    """Why a check of the build of a letter does not apply, or None when it does."""
    return None if is_letter(doc) else NOT_A_LETTER


def asks_nothing(doc, options=None) -> str | None:
    """Why a check of what the reader must do does not apply: no letter, or
    a letter that asks the reader to do nothing."""
    if not is_letter(doc):
        return NOT_A_LETTER
    body = letter_parts(doc).body
    if any(action_sentences(doc.docs[index]) or INDIRECT_TASK.search(doc.docs[index].text) for index in body):
        return None
    return "De brief vraagt de lezer niets te doen: deze check geldt niet."


def word_sentences(parsed) -> list:
    """The sentences of a parsed paragraph that hold a word (not a lone '-' or a number)."""
    return [sentence for sentence in parsed.sents if any(t.is_alpha for t in sentence)]


def paragraph_span(doc, index: int) -> tuple[int, int]:
    return doc.document.paragraphs[index].whole_span()


THIRD_WITHOUT_T = {"kan", "mag", "zal", "wil", "zou", "kon", "mocht", "wou"}


def is_imperative(sentence_span) -> bool:
    words = [t for t in sentence_span if is_word(t)]
    if not words:
        return False
    first = words[0]
    if first.text.isupper() and len(first.text) > 1:
        return False  # "LET OP!!" shouts, it is no clear action
    second = words[1] if len(words) > 1 else None
    if second is not None and second.lower_ in ("u", "je", "jij", "we", "wij", "ik"):
        return False  # "Betaalt u …?", "Hebt u …": a question or a condition
    # "Doe dit binnen 6 weken": the parser may take 'dit' after a bare stem for the subject
    bare_stem = not first.lower_.endswith("t")
    # "Volg de instructies": a bare stem never goes with a noun as its subject (that is "volgt");
    # "Kan de gemeente …" can: some verbs have no -t after 'hij'
    stem_only = bare_stem and first.lower_ not in THIRD_WITHOUT_T
    has_subject = any(
        t.dep_.startswith("nsubj") and t.head.i == first.i and not (bare_stem and t.lower_ in ("dit", "dat", "het", "deze", "die"))
        and not (stem_only and t.pos_ in ("NOUN", "PROPN"))
        for t in sentence_span
    )
    present = (first.tag_ or "").startswith("WW|pv|tgw|ev") or _stem_read_as_past(first)
    return first.pos_ == "VERB" and present and not has_subject and first.lower_ not in ("is", "heeft", "wordt")


def _stem_read_as_past(token) -> bool:
    """"Geef dit direct door": the tagger may call a bare stem a past form; 'geef' is only ever the stem."""
    from begrijpelijk.nlp import forms

    return (token.tag_ or "").startswith("WW|pv|verl") and forms.imperative(token.lemma_) == token.lower_


def is_order(sentence_span) -> bool:
    """An order to the reader ("Stuur het formulier terug."), not a question ("Stuurt u …?")."""
    return is_imperative(sentence_span) and not sentence_span.text.rstrip().endswith("?")


def action_sentences(parsed):
    """Sentences that tell the reader to do something."""
    out = []
    for sentence in parsed.sents:
        if is_imperative(sentence) or ACTION_PATTERNS.search(sentence.text):
            out.append(sentence)
    return out


CONDITIONS = ("als ", "wanneer ", "indien ", "bij ", "mocht ", "let op")


def instructions(parsed, indirect: bool = False) -> list:
    """Sentences that give the reader a step. A question ("Wilt u de ontwerpen
    digitaal ontvangen?") offers a choice, a sentence with 'Als …' says what to
    do in one case, and 'Let op' asks for attention: none of them is a step.
    With ``indirect`` a task said the office way counts too ("dient u … aan te bieden")."""
    actions = {(s.start, s.end) for s in action_sentences(parsed)}
    found = [s for s in parsed.sents if (s.start, s.end) in actions or (indirect and INDIRECT_TASK.search(s.text))]
    return [
        s for s in found
        if not s.text.rstrip().endswith("?") and not s.text.lstrip("-•* ").lower().startswith(CONDITIONS)
    ]


def lemmas(parsed) -> set[str]:
    return {lemma(t) for t in parsed}


ENERGY = {"gas", "stroom", "water", "elektriciteit", "energie", "drinkwater", "warmte", "levering"}
DURATION = {"week", "weken", "dag", "dagen", "maand", "maanden", "jaar", "uur", "uren", "tijd", "periode", "ongeveer"}


SEIZED = {"deurwaarder", "inkomen", "loon", "spullen"}  # with these, "in beslag" is a seizure after all


DIRECT_DEBIT = {"automatisch", "automatische", "contributie", "machtiging", "afschrijving", "maandelijks", "lidmaatschap"}
COLLECTION = {"incassobureau", "deurwaarder", "kosten", "incassokosten", "achterstand", "vordering", "overdragen", "uit", "handen"}


# with these, 'verhaal' is recourse: "verhaal halen", "verhaal zoeken bij uw werkgever", "neemt verhaal op u",
# "voor verhaal vatbaar"; someone's own 'verhaal' is a story ("Wij horen graag uw verhaal": see threat_word)
RECOURSE = {"halen", "haalt", "zoeken", "zoekt", "nemen", "neemt", "uitoefenen", "vatbaar"}
OWNERS = {"uw", "je", "jouw", "jullie", "hun", "zijn", "haar", "mijn", "ons", "onze"}


def everyday_threat(word: str, near: set[str]) -> bool:
    """Is this threat word ('afsluiten', 'afgesloten', 'beslag', 'maatregel') used in its
    everyday sense, given the words of its sentence? A road or a project that is closed
    ("de straat is afgesloten", "wij sluiten het project af"), work that takes time ("zal
    twee weken in beslag nemen"), everyday measures ("maatregelen tegen overlast")."""
    if word.startswith(("afsluit", "afgesloten")):
        return not near & ENERGY
    if word == "beslag":
        return "in" in near and bool(near & DURATION) and not near & SEIZED
    if word == "maatregel":
        return not near & LEGAL_ONLY_NEAR["maatregel"]
    if word == "verhaal":
        return not near & RECOURSE  # "Ik hoor graag het verhaal", "verhalen bij de kerstboom": a story, no recourse
    if word == "incasso":
        # "via automatische incasso", "de contributie wordt geïncasseerd": a way to pay, no collection agency
        return bool(near & DIRECT_DEBIT) and not near & COLLECTION
    return False


def threat_word(token, threatening) -> str | None:
    """The word of the threat list this token is, in a threatening sense, or None."""
    base = lemma(token)
    word = base if base in threatening else token.lower_
    if word not in threatening or everyday_threat(word, sentence_words(token.sent)):
        return None
    if word == "verhaal" and token.i > 0 and token.doc[token.i - 1].lower_ in OWNERS:
        return None  # "uw verhaal": the reader's own story
    return word
