"""Hoofdletters en uitroeptekens: SCHREEUWEN in hoofdletters, een uitroepteken bij een plicht, of hele zinnen vet.

Waarom: hoofdletters, uitroeptekens en vette zinnen voelen als schreeuwen. Een
lezer onder stress wordt er bang of boos van. Zet alleen een datum of bedrag
vet; schrijf de rest gewoon. Een uitroepteken bij een plicht of een boete
("Deelname is verplicht!") schreeuwt. Een hartelijk uitroepteken ("Heel erg
bedankt!") mag.

Fout:
    LET OP!! U MOET DIRECT BETALEN!

Goed:
    Wilt u betalen vóór vrijdag 12 maart 2027?
"""
from __future__ import annotations

import re

from begrijpelijk.findings import Problem, Severity
from begrijpelijk.nlp.closed_class import EMPHASIS
from begrijpelijk.rules import Rule

CAPS = re.compile(r"\b[A-Z]{2,}(?:\s+[A-Z]{2,})+\b|\b[A-Z]{6,}\b")
# one short word in capitals among small letters: "of u VOOR of TEGEN stemt", "Kom WEL"
ONE_WORD = re.compile(r"(?<![\w.\-/])[A-Z]{2,5}(?![\w\-/]|\.\w)")  # not in a code: "UIT-2027-0312"
# a form's choices and labels: "JA / NEE", "Zet een kruisje bij JA of NEE", "de ingang (IN)", "UIT 2027 0312"
FORM_WORDS = {"JA", "NEE"}
EXCLAIM = re.compile(r"!{2,}")
EXCLAMATION = re.compile(r"!")
# a duty, a ban or a fine said with an exclamation mark ("Deelname aan dit onderhoud is verplicht!") shouts; a warm
# one does not ("Heel erg bedankt!", "Je moet echt komen kijken!", "Gratis, dus geen boete!"), and "Let op!" is a
# plain heading to most readers (the labels of sets 37 and 38)
DEMAND = re.compile(
    r"\b(?:verplicht|verboden|niet toegestaan|(?<!geen )boetes?|(?:moet|dient|moeten|dienen) (?:\w+ )*?(?:te )?worden)\b", re.I
)


POSTCODE_BEFORE = re.compile(r"\b[1-9]\d{3} ?$")
# words that make a line in capitals a warning or an order ("LET OP", "LAATSTE AANMANING", "U MOET DIRECT BETALEN")
ALARM = {"LET", "MOET", "MOETEN", "DIRECT", "ONMIDDELLIJK", "LAATSTE", "WAARSCHUWING", "SOMMATIE", "AANMANING",
         "NIET", "GEEN", "BETAAL", "BETALEN", "NU", "DRINGEND", "BELANGRIJK", "VERPLICHT", "BOETE", "BESLAG"}

QUESTION_WORDS = {"WAT", "HOE", "WAAR", "WANNEER", "WIE", "WAAROM", "WELKE", "HEEFT", "HEBT", "KAN", "KUNT", "MOET", "WILT", "BENT"}
# words that make a line a sentence about the reader, not a label: a person and a finite verb
SENTENCE_WORDS = {"U", "UW", "WIJ", "WE", "IK", "JE", "JIJ", "JOUW", "IS", "BENT", "WORDT", "WORDEN", "WERD", "ZIJN", "MOET",
                  "GAAT", "GAAN", "HEEFT", "HEBT", "HEBBEN", "KUNT", "KAN", "ZAL", "ZULT", "ZULLEN", "KRIJGT", "ONTVANGT"}


def _line_of(found) -> str:
    """The line of its paragraph that a found word stands on."""
    text = found.paragraph.text
    start = text.rfind("\n", 0, found.match.start()) + 1
    end = text.find("\n", found.match.end())
    return text[start : end if end >= 0 else len(text)]


def _a_heading_line(found) -> bool:
    """A whole line in capitals that warns of nothing: an address block ("AAN DE
    BEWONERS VAN …"), a signature ("DE ALGEMEEN DIRECTEUR VAN …") or a heading
    ("BETALINGSVOORWAARDEN PRAKTIJK"). The reader sees a label, no shouting."""
    line = _line_of(found).strip()
    words = set(re.findall(r"[A-Z]+", line))
    if line.endswith("!") or words & ALARM:
        return False
    if line.endswith("?") or line.split()[0].strip("?:") in QUESTION_WORDS:
        return True  # a question as a heading: "HEEFT U VRAGEN?", "HOE GAAT HET VERDER"
    if words & SENTENCE_WORDS:
        return False  # a warning, or a sentence to the reader ("UW STROOM WORDT AFGESLOTEN"), shouts
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _acronyms(text: str, wordlists) -> bool:
    """Short names in capitals side by side ("secretaris HB HSV", "GGD RIVM"): none of them a word
    a reader would hear shouted ("LET OP", "BEL ONS", "DOE MEE", "LEES DIT GOED")."""
    words = text.split()
    spoken = [w for w in words if wordlists.is_b1(w.lower()) and any(c in "AEIOUY" for c in w)]  # 'GGD' is said letter by letter
    return all(len(w) <= 4 for w in words) and not spoken and not set(words) & (ALARM | SENTENCE_WORDS | EMPHASIS | QUESTION_WORDS)


def check(doc, options, wordlists):
    for found in doc.search(CAPS):
        if all(wordlists.abbreviation(w) for w in found.text.split()) or _acronyms(found.text, wordlists):
            continue
        text = found.paragraph.text
        if POSTCODE_BEFORE.search(text[text.rfind("\n", 0, found.match.start()) + 1 : found.match.start()]):
            continue  # "2100 AN HEEMSTEDE": a postcode and the town in capitals, as on an envelope
        if _a_heading_line(found):
            continue
        yield Problem(found.start, found.end, f"'{found.text}' staat in hoofdletters en voelt als schreeuwen.", "Schrijf het in gewone letters.")
    yield from _emphasis(doc)
    exclaims = list(doc.search(EXCLAMATION))
    repeated = list(doc.search(EXCLAIM))
    for found in repeated:
        yield Problem(found.start, found.end, "Meer uitroeptekens achter elkaar voelen als schreeuwen.", "Gebruik een punt.")
    for found in exclaims:
        sentence = doc.sentence_at(found.start)
        text = sentence.span.text if sentence is not None else found.paragraph.text
        if DEMAND.search(text) and not any(r.start <= found.start < r.end for r in repeated):
            yield Problem(found.start, found.end, "Een uitroepteken bij een plicht of waarschuwing voelt als schreeuwen.", "Gebruik een punt.")
    for paragraph in doc.document.paragraphs:
        if getattr(paragraph, "shouted", False) and len(paragraph.text.split()) > 4:
            start, end = paragraph.whole_span()
            yield Problem(start, end, "Deze hele zin staat vet of onderstreept.", "Zet alleen een datum of bedrag vet.")


def _emphasis(doc):
    """A short Dutch word in capitals inside a sentence in small letters ("u EN uw partner"):
    emphasis by shouting. Whole lines and runs of capitals are for CAPS and `_a_heading_line`."""
    for found in doc.search(ONE_WORD):
        if found.text not in EMPHASIS:
            continue
        text = found.paragraph.text
        before = text[: found.match.start()].rstrip()
        after = text[found.match.end() :].lstrip()
        if (before.endswith("(") and after.startswith(")")) or re.match(r"\d{4}\b", after):
            continue  # a label ("de ingang (IN)") or a code ("UIT 2027 0312")
        if found.text in FORM_WORDS and re.search(r"\b(?:JA|NEE)\b", text[max(0, found.match.start() - 12) : found.match.end() + 12].replace(found.text, "", 1)):
            continue  # the choices on a form: "JA / NEE", "Zet een kruisje bij JA of NEE"
        line = _line_of(found)
        if sum(c.islower() for c in line) < sum(c.isupper() for c in line):
            continue  # a line mostly in capitals: a heading, or CAPS finds it
        if CAPS.search(text, max(0, found.match.start() - 20), found.match.end() + 20):
            continue  # "LET OP": CAPS finds it whole
        yield Problem(found.start, found.end, f"'{found.text}' staat in hoofdletters en voelt als schreeuwen.", "Schrijf het in gewone letters.")


RULE = Rule(
    id="hoofdletters-uitroep",
    severity=Severity.WAARSCHUWING,
    check=check,
    summary="Schreeuwen: hoofdletters, uitroeptekens bij een plicht, hele zinnen vet of onderstreept.",
    checklist="De brief schreeuwt niet (geen hoofdletters, vette zinnen of uitroeptekens bij een plicht).",
)
