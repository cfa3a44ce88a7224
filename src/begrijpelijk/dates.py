"""Dates in letters: the last day of a term, and how a letter writes a date.

A term counts from the day after the letter's date: "binnen 14 dagen" from
Monday 1 March 2027 ends at the end of Monday 15 March. A term in months ends
on the same day number, or on the last day of a shorter month (31 January +
1 month = 28 February). A term that ends on a Saturday, a Sunday or a public
holiday is extended to the next working day, as the Algemene termijnenwet
(article 1 and 3) does for terms set by law. The letter then says
"uiterlijk maandag 15 maart 2027": the last day, never "vóór" the day after.

This module is below every layer (rules, templates, fix): it only knows dates.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)
UNITS = {"dag": "day", "dagen": "day", "week": "week", "weken": "week", "maand": "month", "maanden": "month", "jaar": "year", "jaren": "year"}


def _easter(year: int) -> dt.date:
    """Easter Sunday (the Gregorian computus, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the name of the computus)
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


@lru_cache(maxsize=64)
def public_holidays(year: int) -> frozenset[dt.date]:
    """The holidays of the Algemene termijnenwet, article 3: New Year's Day,
    Easter Monday, Ascension Day, Whit Monday, both days of Christmas, the
    King's birthday (26 April when 27 April is a Sunday) and 5 May."""
    easter = _easter(year)
    kings_day = dt.date(year, 4, 27)
    if kings_day.weekday() == 6:
        kings_day = dt.date(year, 4, 26)
    return frozenset({
        dt.date(year, 1, 1),
        easter + dt.timedelta(days=1),
        easter + dt.timedelta(days=39),
        easter + dt.timedelta(days=50),
        kings_day,
        dt.date(year, 5, 5),
        dt.date(year, 12, 25),
        dt.date(year, 12, 26),
    })


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in public_holidays(day.year)


def add_months(start: dt.date, months: int) -> dt.date:
    """The same day number ``months`` later, or the last day of that month."""
    total = start.month - 1 + months
    year, month = start.year + total // 12, total % 12 + 1
    for day in (start.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(start.day, day))
        except ValueError:
            continue
    raise ValueError(start)  # pragma: no cover (28 exists in every month)


def last_day(start: dt.date, amount: int, unit: str = "day") -> dt.date:
    """The last day of a term of ``amount`` units counted from the day after
    ``start`` (unit: day, week, month or year), moved to the next working day
    when it ends on a weekend day or a public holiday."""
    if unit == "day":
        end = start + dt.timedelta(days=amount)
    elif unit == "week":
        end = start + dt.timedelta(weeks=amount)
    elif unit == "month":
        end = add_months(start, amount)
    elif unit == "year":
        end = add_months(start, 12 * amount)
    else:
        raise ValueError(unit)
    while not is_working_day(end):
        end += dt.timedelta(days=1)
    return end


def written(day: dt.date, weekday: bool = True) -> str:
    """2027-05-04 → "dinsdag 4 mei 2027"."""
    text = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{DAYS[day.weekday()]} {text}" if weekday else text


def deadline(start: dt.date, amount: int, unit: str = "day") -> str:
    """A term as the letter should say it: "uiterlijk maandag 15 maart 2027"."""
    return f"uiterlijk {written(last_day(start, amount, unit))}"
