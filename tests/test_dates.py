"""The last day of a term (begrijpelijk.dates): counted from the day after the
letter's date, in days, weeks, months and years, past weekends and public
holidays (Algemene termijnenwet)."""
import datetime as dt

import pytest

from begrijpelijk import dates

D = dt.date


@pytest.mark.parametrize(
    "start, amount, unit, last",
    [
        (D(2027, 3, 1), 14, "day", D(2027, 3, 15)),  # Monday + 14 days = Monday
        (D(2027, 3, 1), 5, "day", D(2027, 3, 8)),  # Saturday 6 March → Monday 8 March
        (D(2027, 3, 1), 6, "week", D(2027, 4, 12)),
        (D(2027, 1, 31), 1, "month", D(2027, 3, 1)),  # 28 Feb 2027 is a Sunday → Monday 1 March
        (D(2028, 1, 31), 1, "month", D(2028, 2, 29)),  # leap year: the last day of February
        (D(2027, 1, 29), 1, "month", D(2027, 3, 1)),  # no 29 February in 2027: the 28th, a Sunday
        (D(2027, 8, 31), 1, "month", D(2027, 9, 30)),
        (D(2027, 11, 30), 3, "month", D(2028, 2, 29)),  # no 30 February: the last day, a Tuesday in a leap year
        (D(2027, 12, 18), 14, "day", D(2028, 1, 3)),  # 1 January 2028 is a Saturday, a holiday too
        (D(2027, 12, 11), 14, "day", D(2027, 12, 27)),  # 25 December is a Saturday, 26th a Sunday
        (D(2028, 2, 29), 1, "year", D(2029, 2, 28)),
        (D(2027, 4, 13), 14, "day", D(2027, 4, 28)),  # Koningsdag, Tuesday 27 April 2027 → the 28th
        (D(2027, 4, 21), 14, "day", D(2027, 5, 7)),  # 5 May 2027 is a holiday, the 6th is Ascension Day
        (D(2027, 3, 15), 14, "day", D(2027, 3, 30)),  # Easter Monday 29 March 2027
    ],
)
def test_last_day(start, amount, unit, last):
    assert dates.last_day(start, amount, unit) == last


def test_every_term_ends_on_a_working_day_at_or_after_the_plain_count():
    start = D(2027, 1, 1)
    for offset in range(0, 800, 3):
        day = start + dt.timedelta(days=offset)
        for amount in (1, 5, 8, 14, 21, 28, 42):
            end = dates.last_day(day, amount)
            plain = day + dt.timedelta(days=amount)
            assert end >= plain and dates.is_working_day(end)
            assert all(not dates.is_working_day(plain + dt.timedelta(days=k)) for k in range((end - plain).days))
        for months in (1, 2, 6, 12):
            plain = dates.add_months(day, months)
            assert plain.day == day.day or (plain + dt.timedelta(days=1)).day == 1  # same day, or the month's last
            assert dates.last_day(day, months, "month") >= plain


def test_easter_and_the_holidays():
    assert dates._easter(2027) == D(2027, 3, 28)
    assert dates._easter(2028) == D(2028, 4, 16)
    holidays = dates.public_holidays(2027)
    assert D(2027, 5, 6) in holidays  # Ascension Day
    assert D(2027, 5, 17) in holidays  # Whit Monday
    assert D(2027, 4, 27) in holidays and D(2027, 5, 5) in holidays
    assert dates.public_holidays(2025) >= {D(2025, 4, 26)}  # 27 April 2025 is a Sunday


def test_a_deadline_is_the_last_day_not_the_day_after():
    assert dates.deadline(D(2027, 3, 1), 14) == "uiterlijk maandag 15 maart 2027"
