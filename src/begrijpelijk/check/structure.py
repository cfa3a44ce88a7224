"""The parts of a letter: subject line, salutation, body, closing, signature.

Heuristics on the paragraphs of a Document, for the stress-sensitive rules:
a salutation starts with "Beste", "Geachte", "Hallo", "Dag" or "Dames en heren"; a subject line
starts with "Betreft", "Over" or "Onderwerp", or is the first heading; the
closing starts with "Met vriendelijke groet", "Hoogachtend" or similar.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

SALUTATION = re.compile(r"^(beste|geachte|hallo|dag|lieve|hoi|dames en heren|(?:mevrouw|meneer|mijnheer)\W*(?:,|en|/)\s*(?:mevrouw|meneer|mijnheer))\b", re.I)
# a short greeting of a group without "Beste": "Spikerleden,", "Aan alle ouders,"
GROUP_GREETING = re.compile(r"^(?:aan\s+)?(?:\w+\s+){0,3}\w+,$", re.I)
# who the letter is for, on its own line: "Aan alle kinderen van 0-19 jaar uit de omgeving van …"
# (also "Aan: alle ouders/verzorgers", and "Aan:" with the readers on the next line)
ADDRESSEE = re.compile(r"^aan(?:\s*:\s*|\s+)(?:de|alle|iedereen|ouders|bewoners|leden)\b[^.?!:;]*$", re.I)
SUBJECT = re.compile(r"^(betreft|over|onderwerp|kenmerk)\s*:", re.I)
END_PUNCTUATION = re.compile(r"[.?!:;,]$")
ADDRESS = re.compile(r"\b([Pp]ostbus|POSTBUS|[1-9]\d{3} ?[A-Z]{2})\b")


def looks_like_heading(text: str) -> bool:
    """A title or a letterhead line in plain text: short, one line, no closing punctuation
    ("Roekenplaats - herbestrating (2024-087)", "Bijzondere bijstand")."""
    text = text.strip()
    address = ADDRESS.search(text)
    if not text or "\n" in text and not address:
        return False
    if address and len(text.split()) <= 20:
        return True  # an address block
    if "@" in text or "www." in text or "http" in text:
        return False  # "Voor vragen kunt u contact met ons opnemen via info@…": a sentence without its full stop
    return len(text.split()) <= 10 and not END_PUNCTUATION.search(text)


CLOSING = re.compile(
    r"^(met vriendelijke groet|vriendelijke groet|hoogachtend|met vriendelijke groeten|groet|tot ziens|hartelijke groet"
    # "Met sportieve groet,", "Namens het bestuur,"
    r"|met (?:\w+ ){1,2}groet(?:en)?\W*$|namens (?:\w+ ){0,5}\w+,?$"
    # a closing wish before the name: "We wensen u nogmaals veel sterkte.", "Sterkte in deze lastige tijd"
    r"|(?:we|wij|ik) wens(?:en)? (?:u|je|jullie)\b[^.!?]{0,40}[.!]?$|sterkte\b[^.!?]{0,60}[.!]?$)",
    re.I,
)


@dataclass
class LetterParts:
    subject: list[int] = field(default_factory=list)  # paragraph indexes
    salutation: int | None = None
    body: list[int] = field(default_factory=list)
    closing: int | None = None

    @property
    def first_body(self) -> int | None:
        return self.body[0] if self.body else None

    @property
    def last_body(self) -> int | None:
        return self.body[-1] if self.body else None


def _salutation(text: str) -> bool:
    """"Beste …", "Geachte …", "Mevrouw, Mijnheer,"; a long one ends with its comma
    ("Beste ouders/ verzorgers van de kinderen van groep 5,6 en 7,")."""
    words = len(text.split())
    return bool(SALUTATION.match(text)) and (words <= 8 or (words <= 16 and text.endswith(",")))


def _dated_salutation(text: str) -> bool:
    """A salutation on the last line of a short block, under a date or a title without a full stop
    ("29-5" or "Nieuwsbrief maart 2023", and "Beste leden en ouders," on the next line); a whole word
    ("Dagopvang voor kinderen van 0-4 jaar" in a letterhead is none)."""
    *above, last = text.splitlines() or [""]
    return bool(above) and _salutation(last.strip()) and all(looks_like_heading(line) for line in above)


def _group_greeting(text: str, before: list[str]) -> bool:
    """"Spikerleden,", "Aan alle ouders,": before the first sentence, and not a closing
    ("Met sportieve groet,", "Namens het bestuur,")."""
    if not GROUP_GREETING.match(text) or CLOSING.match(text):
        return False
    return not any(line.rstrip().endswith((".", "?", "!")) for line in before)


def parts(document) -> LetterParts:
    paragraphs = document.paragraphs
    result = LetterParts()
    for i, p in enumerate(paragraphs):
        text = p.text.strip()
        if result.salutation is None and (_salutation(text) or _dated_salutation(text) or _group_greeting(text, [paragraphs[j].text for j in result.body])):
            result.salutation = i
            continue
        if result.closing is None and CLOSING.match(text) and i > (result.salutation or 0):
            result.closing = i
            break
        addressee = result.salutation is None and not result.body and bool(ADDRESSEE.match(text)) and len(text.split()) <= 25
        heading = p.kind == "kop" or (p.kind == "alinea" and (looks_like_heading(text) or addressee))
        if SUBJECT.match(text) or (heading and result.salutation is None and not result.body):
            result.subject.append(i)
            continue
        if p.kind in ("kop", "koptekst", "voettekst") or heading:
            continue
        if result.salutation is not None or i > 0 or not result.subject:
            result.body.append(i)
    if result.salutation is not None:
        # what stands before the salutation is the letterhead: an address, "Aan: …", "Bewonersbrief van 11 juni"
        result.body = [i for i in result.body if i > result.salutation]
    return result


def body_text(document, letter: LetterParts) -> str:
    return "\n\n".join(document.paragraphs[i].text for i in letter.body)
