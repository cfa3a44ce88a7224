"""Round 30: jargon on what the first run of set 36 showed. A term counts as
explained only where the naming verb stands next to it, not anywhere in the
sentence ("zoals genoemd in ons reglement" names nothing), and a bracket that
goes on after the noun is no explanation."""
from __future__ import annotations

import pytest

from sample_letters import check_letter


def _found(text: str) -> list[str]:
    return [f.text for f in check_letter(text, "jargon")]


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "Wij dienen samen te beslissen. Alle activiteiten dienen conform te zijn aan de voorschriften zoals genoemd in ons reglement.",
            "dienen",
        ),
        ("Wij heten u van harte welkom; u dient uw pas mee te nemen.", "dient"),
        ("De uitslag is (peildatum 1 december) als volgt.", "peildatum"),
    ],
)
def test_a_word_that_names_nothing_explains_no_term(text, found):
    assert any(f.lower().startswith(found) for f in _found(text))


@pytest.mark.parametrize(
    "text, term",
    [
        ("Wij sturen u eerst een brief. Dit heet een aanschrijving.", "aanschrijving"),
        ("Dit bedrag wordt ook wel de peildatum genoemd.", "peildatum"),
        ("U moet de spullen verdelen (een boedelscheiding).", "boedelscheiding"),
    ],
)
def test_a_term_the_letter_names_itself_is_explained(text, term):
    assert not any(term in f.lower() for f in _found(text))


@pytest.mark.parametrize(
    "text, found, alternative",
    [
        ("Tot dusver is de werkgroep één keer bij elkaar geweest.", "Tot dusver", "tot nu toe"),
        ("Het moge duidelijk zijn dat alle activiteiten volgens de regels moeten gaan.", "Het moge duidelijk zijn", None),
    ],
)
def test_new_list_entries(text, found, alternative):
    findings = [f for f in check_letter(text, "jargon") if f.text == found]
    assert len(findings) == 1
    assert (alternative in findings[0].suggestion) if alternative else "Laat het weg" in findings[0].suggestion
