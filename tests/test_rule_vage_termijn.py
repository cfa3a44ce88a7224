import pytest
from conftest import rule_findings
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


def test_found_through_markdown_emphasis_and_html_entities():
    """The rule searches the prose the readers made, not the raw file."""
    from begrijpelijk import Settings
    from begrijpelijk.api import check_bytes

    only = Settings(only={"vage-termijn"})
    markdown = check_bytes("Wij bellen u zo *spoedig* mogelijk terug.\n".encode(), "brief.md", only).findings
    html = check_bytes("<p>Wij bellen u zo spoedig&nbsp;mogelijk terug.</p>".encode(), "brief.html", only).findings
    assert [f.rule for f in markdown] == ["vage-termijn"] and [f.rule for f in html] == ["vage-termijn"]
    assert markdown[0].text == "zo *spoedig* mogelijk"


def test_an_html_attribute_is_not_prose():
    from begrijpelijk import Settings
    from begrijpelijk.api import check_bytes

    page = '<p title="Betaal zo spoedig mogelijk!!! BETAAL NU">Wij helpen u graag.</p>'.encode()
    report = check_bytes(page, "brief.html", Settings(only={"vage-termijn", "hoofdletters-uitroep"}))
    assert report.findings == []


def test_the_letter_date_makes_the_edit_and_names_the_date():
    findings = rule_findings("Stuur de papieren binnen 14 dagen terug.", "vage-termijn", datum="2027-03-01")
    assert len(findings) == 1 and findings[0].edits
    assert findings[0].edits[0].replacement == "vóór maandag 15 maart 2027"
    assert "15 maart 2027" in findings[0].suggestion
