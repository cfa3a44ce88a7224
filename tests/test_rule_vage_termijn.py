import pytest
from sample_letters import KIND, check_letter


@pytest.mark.parametrize(
    "phrase",
    ["binnen 14 dagen", "binnen twee weken na dagtekening", "zo spoedig mogelijk", "op korte termijn", "binnen de gestelde termijn"],
)
def test_vague_deadlines(phrase):
    text = KIND.replace("2. Neem uw paspoort mee.", f"2. Stuur het formulier {phrase} terug.")
    findings = check_letter(text, "vage-termijn")
    assert [f.text for f in findings] == [phrase]


def test_concrete_dates_pass():
    assert check_letter(KIND, "vage-termijn") == []
