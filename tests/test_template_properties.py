"""Templates never write nonsense (issue 34): every shipped template, rendered
with generated valid data (hypothesis), gives a letter without "None", "{{",
an internal path or a doubled end mark, that is B1 and fails no stress check.

The data is generated per field type from the template's own declaration:
choices from its options, amounts, dates and numbers in a realistic range,
text from the example in the forms a user types it (with or without a full
stop, with or without a capital)."""
import datetime as dt
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from begrijpelijk.templates.render import available, find, render, validate

PHONES = ["0301234567", "0612345678", "0201234567", "0800 1234", "+31 30 123 45 67"]
# ("altijd" names no times: the contact check rightly fails it; test_templating tests its sentence)
CONTACT_TIMES = ["op werkdagen van 9.00 tot 12.00 uur", "van maandag tot en met vrijdag, van 9.00 tot 17.00 uur."]


def _text(example) -> st.SearchStrategy:
    text = str(example)
    forms = {text, text.rstrip("."), text[:1].lower() + text[1:]}
    if text.rstrip(".")[-1:].isalpha():
        forms.add(text.rstrip(".") + ".")  # a phrase typed with a full stop
    return st.sampled_from(sorted(forms))


def _field(spec) -> st.SearchStrategy:
    if spec.type == "keuze":
        return st.sampled_from(list(spec.options))
    if spec.type == "bedrag":
        return st.decimals(min_value=1, max_value=5000, places=2).map(str)
    if spec.type == "datum":
        return st.dates(min_value=dt.date(2027, 1, 1), max_value=dt.date(2028, 12, 31)).map(str)
    if spec.type == "tijd":
        return st.sampled_from(["9:00", "10:30", "14:15"])
    if spec.type == "getal":
        return st.integers(min_value=1, max_value=60)
    if spec.type == "telefoon":
        return st.sampled_from(PHONES)
    if spec.name == "contact_bereikbaar":
        return st.sampled_from(CONTACT_TIMES)
    if spec.example is None:
        return st.just("")
    if spec.type in ("lijst", "stappen"):
        return st.just(spec.example)
    return _text(spec.example)


@st.composite
def letters(draw):
    name = draw(st.sampled_from(sorted(available())))
    template = find(name)
    data = {}
    for spec in template.fields.values():
        optional = not spec.required and not spec.required_if
        if optional and draw(st.booleans()):
            continue
        data[spec.name] = draw(_field(spec))
    # a field needed for one choice is filled when that choice is made; otherwise it may be left out
    for spec in template.fields.values():
        if spec.required_if and not any(str(data.get(k)) in v for k, v in spec.required_if.items()):
            if draw(st.booleans()):
                data.pop(spec.name, None)
    letter_date = draw(st.dates(min_value=dt.date(2026, 12, 1), max_value=dt.date(2028, 12, 31)))
    return template, data, letter_date


@settings(max_examples=24, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(letters())
def test_every_template_writes_a_sound_letter(case):
    from begrijpelijk import Settings, check_text

    template, data, letter_date = case
    text = render(template, validate(template, data), letter_date)
    for nonsense in ("None", "{{", "}}", "{%", "site-packages", "Traceback"):
        assert nonsense not in text, (template.name, nonsense, data)
    assert not re.search(r"\.\.(?!\.)|\s\.", text), (template.name, data)
    report = check_text(text).files[0]
    assert report.scores.b1, (template.name, report.scores.reasons, data)
    failed = [c.rule for c in report.stress.checks if c.ok is False]
    assert not failed, (template.name, failed, data)
