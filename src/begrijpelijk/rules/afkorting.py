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
from begrijpelijk.findings import Edit, Problem, Severity
from begrijpelijk.rules import Rule
from begrijpelijk.rules._word_forms import with_case
from begrijpelijk.nlp.closed_class import EMPHASIS


def _written_out(expansion: str, text: str) -> bool:
    """The words of the abbreviation in the text, as words: 'telefoon' is not
    written out by "[telefoonnummer]"."""
    # "Onroerende-zaakbelasting (OZB)" writes out 'onroerendezaakbelasting': a hyphen does not count
    return re.search(rf"\b{re.escape(expansion.lower().replace('-', ''))}\b", text.lower().replace("-", "")) is not None


# short forms of words without their dots ("tbv", "ivm"): read as words, written out as the dotted ones
UNDOTTED = {"ivm", "mbt", "tbv", "ipv", "tnv", "oa", "tm", "dwz", "zsm", "nav", "mvg", "jl"}


def _like_dotted(written: str) -> bool:
    return "." in written or "/" in written or written.lower() in UNDOTTED


def _edit(start: int, end: int, written: str, expansion: str) -> Edit:
    """The fix: "BSN" → "burgerservicenummer (BSN)"; "i.v.m." and "ivm" → "in verband met"."""
    if _like_dotted(written):
        return Edit(start, end, with_case(written, expansion))
    return Edit(start, end, f"{expansion} ({written})")


def _plain_word(expansion: str, wordlists) -> str | None:
    """The one plain alternative of a written-out form that is jargon itself."""
    entry = wordlists.jargon.get(expansion.lower())
    if entry is None or entry.kind or len(entry.alternatives) != 1:
        return None
    return entry.alternatives[0]


ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")
DOTTED = re.compile(r"^(?:[a-zA-Z]{1,3}\.){2,4}$")
# a well-formed Roman numeral ("II", "XIV"); "LVV" and "XVV" are letters of a name
ROMAN = re.compile(r"^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
# known to every reader (or only known by their letters): no need to write them out
# (labellers mark BTW, CV, ID, IBAN and APK too; written out they are harder to read than their letters)
NOT_ABBREVIATIONS = {"OK", "NB", "PS", "BTW", "TV", "PC", "CV", "ID", "NL", "EU", "AM", "PM", "PDF", "HTML", "SMS", "IBAN", "URL", "QR", "WC", "CD", "DVD", "GPS", "USB", "APK", "XL", "XXL", "CO2"}


IBAN_START = re.compile(r"^(?:NL)?\d{2}$")


def _bank_code(token) -> bool:
    """"NL 55 RABO 0123 …", "NL55 RABO 0123 …": the bank's letters in an account number."""
    doc = token.doc
    previous = doc[token.i - 1] if token.i > 0 else None
    if previous is None or not IBAN_START.match(previous.text):
        return False
    return previous.text.startswith("NL") or (token.i > 1 and doc[token.i - 2].text == "NL")


def _beside_capitals(token) -> bool:
    """Is a word right before or after it in capitals too ("LET OP")?"""
    doc = token.doc
    neighbours = [doc[k] for k in (token.i - 1, token.i + 1) if 0 <= k < len(doc)]
    return any(n.is_alpha and n.text.isupper() and len(n.text) >= 2 for n in neighbours)


def _capitals_line(token) -> bool:
    """Is the sentence of this word a line in capitals ("AAN DE BEWONERS VAN …")?"""
    words = [t for t in token.sent if t.is_alpha and len(t.text) >= 2]
    return len(words) >= 3 and sum(t.text.isupper() for t in words) >= 0.8 * len(words)


def _named_or_defined(token) -> bool:
    """"Mijn DUO" is the name of a portal; "(CJIB)" after its words is being
    written out; "T/M" in a line of capitals shouts along with it."""
    doc = token.doc
    previous = doc[token.i - 1] if token.i > 0 else None
    if previous is not None and previous.text in ("Mijn", "mijn", "("):
        return True
    if token.text.isupper() and _beside_capitals(token):
        return True
    return _capitals_line(token)


DEFINED = re.compile(r"\(([^()\s]{2,12})\)")  # "(OZB)": an abbreviation written out right before it
NEAR_BEFORE = 200  # characters before the abbreviation, in its paragraph, where the words of its initials may stand
TITLES = re.compile(r"\b(?:mevrouw|mevr|mw|meneer|mijnheer|dhr|heer|juf|meester|dokter|dr)\.?\s+$", re.I)


def _initials_written(text: str, paragraph_text: str, at: int) -> bool:
    """The abbreviation's letters are the initials of words just before it, each with a capital:
    "in Noord-Holland Noord, het Ontwikkelbedrijf NHN"; not a person's name ("Mevrouw De Boer … het DB")
    nor two letters, which too many words share."""
    if not text.isalpha() or not 3 <= len(text) <= 5:
        return False
    before = paragraph_text[max(0, at - NEAR_BEFORE) : at]
    words = r"[\s-]+".join(rf"{letter}\w*" for letter in text.upper())
    return any(not TITLES.search(before[: found.start()]) for found in re.finditer(rf"\b{words}\b", before))


def _unknown_abbreviation(token, defined: set[str], paragraph_text: str, wordlists=None) -> str | None:
    """An abbreviation the list does not know: letters in capitals ("GBLT",
    "OZB", "WOZ-waarde") or with dots ("b.v."), not explained where it stands
    ("Onroerende-zaakbelasting (OZB)" or "OZB (onroerende-zaakbelasting)").
    Not a word in a line of capitals ("LET OP"), a postcode ("2100 AN") or a
    Roman numeral."""
    if "-" in token.text and any(c.isdigit() for c in token.text.split("-", 1)[1]):
        return None  # a reference ("UIT-2027-0312"), no abbreviation
    text = token.text.split("-")[0] if "-" in token.text else token.text
    if text.endswith(".") and ACRONYM.match(text[:-1]) and token.i + 1 == token.sent.end:
        text = text[:-1]  # "met goedkeuring van de MR.": the full stop of the sentence, glued on by the tokenizer
    if DOTTED.match(text):
        initials = all(len(part) == 1 and part.isupper() for part in text.rstrip(".").split("."))
        return text if len(text) >= 4 and not initials else None  # "H.J.J." are someone's initials
    if not ACRONYM.match(text) or ROMAN.match(text) or text in NOT_ABBREVIATIONS or not any(c.isalpha() for c in text[1:]):
        return None
    if text in EMPHASIS or _bank_code(token):
        return None
    if wordlists is not None and text == token.text and len(text) >= 5 and text.isalpha() and wordlists.is_b1(text.lower()):
        return None  # "ADRES": a word in capitals ("ROC", "BIG" and "DUO" are short, and abbreviations)
    if _capitals_line(token):
        return None  # "AAN DE BEWONERS VAN NUMMER 5 EN 7": a line in capitals
    doc = token.doc
    if _beside_capitals(token):
        return None  # a line of capitals shouts or is a heading; it abbreviates nothing
    if token.i > 0 and doc[token.i - 1].like_num and len(doc[token.i - 1].text) == 4 and len(text) == 2:
        return None  # a postcode
    # explained: "(OZB)" right after its words, or "OZB (…)"
    if token.i > 0 and doc[token.i - 1].text == "(" or (token.i + 1 < len(doc) and doc[token.i + 1].text == "("):
        return None
    if text in defined or _initials_written(text, paragraph_text, token.idx):
        return None
    return text


def _unknown_problem(doc, paragraph, token, text: str) -> Problem:
    start, end = doc.token_span(paragraph, token)
    return Problem(
        start=start,
        end=start + len(text) if token.text.startswith(text) else end,
        message=f"De afkorting '{text}' staat hier voor het eerst en is niet uitgeschreven.",
        suggestion=f"Schrijf de eerste keer voluit wat '{text}' betekent, met de afkorting erachter tussen haakjes.",
    )


PART = re.compile(r"[^/\-]+")


def _inside_compound(paragraph, token, before: str, wordlists, seen: set[str]):
    """Listed abbreviations inside "WAO/WIA/WW" or "Anw-uitkering": the advice, without an edit
    (written out inside the word, "Algemene nabestaandenwet (Anw)-uitkering", it would not read).
    Written out counts up to the end of this sentence; that text is made only when a part is listed."""
    for part in PART.finditer(token.text):
        expansion = wordlists.abbreviation(part.group())
        key = part.group().lower()
        if expansion is None or key in seen or "." in key or _written_out(expansion, before + paragraph.text[: token.sent.end_char]):
            continue
        seen.add(key)
        start, end = paragraph.source_span(token.idx + part.start(), token.idx + part.end())
        yield Problem(
            start=start,
            end=end,
            message=f"De afkorting '{part.group()}' staat hier voor het eerst en is niet uitgeschreven.",
            suggestion=f"Schrijf de eerste keer voluit wat '{part.group()}' betekent: {expansion}.",
        )


def check(doc: AnalysedDocument, options: dict, wordlists):
    seen: set[str] = set()
    jargon_terms = set(wordlists.jargon)
    before = ""  # the prose of the paragraphs before this one
    defined: set[str] = set()  # abbreviations in brackets so far, "(OZB)", this paragraph included
    for paragraph, parsed in doc.pairs():
        defined.update(DEFINED.findall(paragraph.text))
        skip = quoted(parsed)
        for token in parsed:
            if token.i in skip or is_link(token) or wordlists.allowed(token.text):
                continue
            expansion = wordlists.abbreviation(token.text)
            last = token
            following = parsed[token.i + 1] if token.i + 1 < len(parsed) else None
            after = parsed[token.i + 2] if token.i + 2 < len(parsed) else None
            inside = "." in token.text or (token.is_alpha and after is not None and not after.text[:1].isupper())  # not "Ik tel."
            if expansion is None and following is not None and following.text == "." and not token.whitespace_ and inside:
                # "v.v." and "t.h.v." reach us as 'v.v' and '.', "tel." as 'tel' and '.': the tokenizer knows only its own list
                expansion = wordlists.abbreviation(token.text + ".")
                last = following if expansion is not None else token
            written = parsed[token.i : last.i + 1].text
            glued = expansion is None and ("/" in token.text or "-" in token.text)
            inside_word = list(_inside_compound(paragraph, token, before, wordlists, seen)) if glued else []
            if inside_word:
                yield from inside_word  # "WAO/WIA/WW", "Anw-uitkering"
                continue
            if expansion is None:
                unknown = _unknown_abbreviation(token, defined, paragraph.text, wordlists)
                if unknown is not None and unknown.lower() not in seen and not wordlists.allowed(unknown):
                    seen.add(unknown.lower())
                    yield _unknown_problem(doc, paragraph, token, unknown)
                continue
            if token.lower_ in jargon_terms or _named_or_defined(token):
                continue
            key = written.lower()
            if key in seen:
                continue
            seen.add(key)
            is_dotted = _like_dotted(written)
            # written out anywhere up to and including this sentence: "burgerservicenummer (BSN)"; a dotted
            # one is never defined that way ("uw brief dd. 21 maart" after "naar aanleiding van" is not 'van')
            if not is_dotted and _written_out(expansion, before + paragraph.text[: token.sent.end_char]):
                continue
            start, end = doc.token_span(paragraph, token, last)
            plain = _plain_word(expansion, wordlists) if is_dotted else None
            if plain is not None:
                # "t.b.v." is "ten behoeve van", and that is officialese too: the plain word at once
                suggestion = f"Schrijf '{plain}' ('{written}' is '{expansion}')."
                edits = (_edit(start, end, written, plain),)
            elif is_dotted:
                suggestion = f"Schrijf '{expansion}'."
                edits = (_edit(start, end, written, expansion),)
            else:
                suggestion = f"Schrijf de eerste keer: {expansion} ({written})."
                edits = (_edit(start, end, written, expansion),)
            yield Problem(
                start=start,
                end=end,
                message=f"De afkorting '{written}' staat hier voor het eerst en is niet uitgeschreven.",
                suggestion=suggestion,
                edits=edits,
            )
        before += paragraph.text + "\n\n"


RULE = Rule(
    id="afkorting",
    severity=Severity.WAARSCHUWING,
    check=check,
    summary="Afkortingen die bij het eerste gebruik niet voluit staan.",
    fixes=True,
)
