"""The values of a template's fields, and the Dutch filters that write them:
dates ("dinsdag 4 mei 2027"), amounts ("€ 1.234,50"), the last day of a term
("uiterlijk maandag 15 maart 2027"), phone numbers, sentences, names and
numbered steps. Pure functions; templates/render.py registers them."""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from begrijpelijk import dates

def _to_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def _to_amount(value: Any) -> Decimal:
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float, Decimal)):
        return Decimal(str(value))
    text = str(value).strip().replace("€", "").replace(" ", "")
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    try:
        return Decimal(text)
    except InvalidOperation:
        raise ValueError(value) from None


def _to_phone(value: Any) -> str:
    digits = re.sub(r"[\s\-()]", "", str(value))
    if digits.startswith("+31"):
        digits = "0" + digits[3:]
    if not re.fullmatch(r"0\d{9}|0[89]00\d{4,7}", digits):
        raise ValueError(value)
    return digits


# ── Dutch filters ─────────────────────────────────────────────────────────


def datum(value: Any, weekday: bool = True) -> str:
    """2027-05-04 → "dinsdag 4 mei 2027"."""
    return dates.written(_to_date(value), weekday)


def tijd(value: Any) -> str:
    """10:30 → "10.30 uur"."""
    if isinstance(value, dt.time):
        return f"{value.hour}.{value.minute:02} uur"
    return str(value)


def bedrag(value: Any) -> str:
    """1234.5 → "€ 1.234,50"."""
    amount = _to_amount(value).quantize(Decimal("0.01"))
    sign = "-" if amount < 0 else ""
    whole, _, cents = f"{abs(amount):.2f}".partition(".")
    groups = f"{int(whole):,}".replace(",", ".")
    return f"{sign}€ {groups},{cents}"


def termijn(days: Any, letter_date: Any) -> str:
    """A period of days from the letter date as its last day: "uiterlijk
    maandag 15 maart 2027" (begrijpelijk.dates: counted from the next day,
    moved past weekends and public holidays)."""
    return dates.deadline(_to_date(letter_date), int(days))


def telefoon(value: Any) -> str:
    """0301234567 → "030 123 45 67"; 0612345678 → "06 12 34 56 78"."""
    digits = _to_phone(value)
    if digits.startswith(("0800", "0900")):
        return f"{digits[:4]} {digits[4:]}"
    if digits.startswith("06"):
        return f"06 {digits[2:4]} {digits[4:6]} {digits[6:8]} {digits[8:]}"
    big_cities = ("010", "020", "030", "040", "050", "070")
    if digits[:3] in big_cities or len(digits) != 10:
        return f"{digits[:3]} {digits[3:6]} {digits[6:8]} {digits[8:]}"
    return f"{digits[:4]} {digits[4:6]} {digits[6:8]} {digits[8:]}"


def zin(value: Any) -> str:
    """A field as a sentence of its own: a capital first and one end mark
    ("uw inkomen is te hoog" → "Uw inkomen is te hoog."; "Altijd." stays)."""
    text = " ".join(str(value).split()).rstrip()
    if not text:
        return text
    end = text[-1] if text[-1] in ".!?" else "."
    text = text.rstrip(".!? ")
    return text[:1].upper() + text[1:] + end


def naam(value: Any) -> str:
    """Tidy a name: single spaces, a capital at the start ("mevrouw jansen" → "Mevrouw jansen" stays as written otherwise)."""
    text = " ".join(str(value).split())
    return text[:1].upper() + text[1:]


def stappen(steps: list[dict[str, str]]) -> str:
    """Numbered steps, one action each; a choice reads "Als …, dan …"."""
    lines = []
    for number, step in enumerate(steps, start=1):
        if "als" in step and "dan" in step:
            als = step["als"].rstrip(".,")
            dan = step["dan"].rstrip(".")
            lines.append(f"{number}. Als {als[:1].lower() + als[1:]}, dan {dan[:1].lower() + dan[1:]}.")
        else:
            action = step["actie"].strip()
            lines.append(f"{number}. {action[:1].upper() + action[1:]}{'' if action.endswith(('.', '?', '!')) else '.'}")
    return "\n".join(lines)
