"""Vage termijn: een termijn zonder datum ("binnen 14 dagen", "zo spoedig mogelijk").

Waarom: "binnen 14 dagen na dagtekening" moet de lezer zelf uitrekenen, en
wanneer is "zo spoedig mogelijk"? Onder stress gaat dat mis. Noem de dag en de
datum. ``begrijpelijk fix --datum`` maakt van "binnen 14 dagen" een datum.

Optie ``datum``: de datum van de brief (JJJJ-MM-DD). Dan noemt de melding de
echte datum, en kan ``fix`` hem invullen. ``fix --datum`` zet deze optie.

Fout:
    Stuur de papieren binnen 14 dagen na dagtekening terug.

Goed:
    Stuur de papieren terug vóór vrijdag 12 maart 2027.
"""
from __future__ import annotations

import datetime as dt
import re

from begrijpelijk.config import parse_letter_date
from begrijpelijk.findings import Edit, Problem, Severity
from begrijpelijk.rules import Rule
from begrijpelijk.rules._parts import is_letter

NUMBERS = {
    "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "twintig": 20,
    "eenentwintig": 21, "dertig": 30,
}
VAGUE_PERIOD = re.compile(
    r"\bbinnen\s+(?P<n>\d{1,3}|" + "|".join(NUMBERS) + r")\s+(?P<unit>dagen|dag|weken|week)"
    r"(?P<tail>\s+na\s+(?:de\s+)?(?:dagtekening|datum)(?:\s+van\s+deze\s+brief)?)?\b",
    re.I,
)
# words between spaces of any kind: "zo spoedig&nbsp;mogelijk" reads as "zo spoedig mogelijk"
VAGUE_WORDS = re.compile(
    r"\b(" + "|".join(
        phrase.replace(" ", r"\s+")
        for phrase in (
            "zo spoedig mogelijk", "zo snel mogelijk", r"z\.s\.m\.", "op korte termijn", "binnen de gestelde termijn",
            "ten spoedigste", "per omgaande", "binnen afzienbare tijd", "zo nodig op korte termijn", "binnenkort",
        )
    ) + r")(?!\w)",
    re.I,
)


def _letter_date(options) -> dt.date | None:
    value = str(options.get("datum") or "").strip()
    return parse_letter_date(value, " (optie vage-termijn.datum)") if value else None


def _deadline(match: re.Match, letter_date: dt.date) -> str:
    """"binnen 14 dagen (na dagtekening)" → "vóór maandag 15 maart 2027"."""
    from begrijpelijk.templates.render import termijn

    raw = match.group("n").lower()
    amount = int(raw) if raw.isdigit() else NUMBERS[raw]
    days = amount * (7 if match.group("unit").lower().startswith("we") else 1)
    written = termijn(days, letter_date)
    return written[:1].upper() + written[1:] if match.group()[:1].isupper() else written


def check(doc, options, wordlists=None):
    letter_date = _letter_date(options)
    covered: list[tuple[int, int]] = []
    # 'binnen 14 dagen' is vague in a letter, which has a date; a web page cannot
    # give one. A text with a letter date (the option datum) is a letter.
    patterns = (VAGUE_PERIOD, VAGUE_WORDS) if letter_date is not None or is_letter(doc) else (VAGUE_WORDS,)
    for pattern in patterns:
        for found in doc.search(pattern):
            if any(a <= found.start < b for a, b in covered):
                continue
            covered.append((found.start, found.end))
            edits: tuple[Edit, ...] = ()
            suggestion = "Noem de dag en de datum, zoals 'vóór vrijdag 12 maart 2027'."
            # only a period written out in one piece of source text gets the date
            if pattern is VAGUE_PERIOD and letter_date is not None and found.exact:
                deadline = _deadline(found.match, letter_date)
                edits = (Edit(found.start, found.end, deadline),)
                suggestion = f"Schrijf '{deadline}'."
            yield Problem(found.start, found.end, f"'{found.text}' is een termijn zonder datum.", suggestion, edits=edits)


RULE = Rule(
    id="vage-termijn",
    severity=Severity.WAARSCHUWING,
    check=check,
    summary="Termijnen zonder datum ('binnen 14 dagen', 'zo spoedig mogelijk').",
    checklist="Termijnen staan er als dag en datum.",
    options={"datum": ""},
    fixes=True,
)
