"""Jinja templates are checked as the letter they make."""
import json

from conftest import cli

from begrijpelijk import Settings
from begrijpelijk.api import check_bytes
from begrijpelijk.readers.jinja import mask

TEMPLATE = """---
velden:
  naam: {type: tekst, beschrijving: "Indien nodig de naam"}
---
# Uw aanvraag

Beste {{ klant.naam }},

{# begrijpelijk: negeer jargon #}
Wij verzoeken u het formulier te retourneren.

{% if bedrag %}
Indien u vragen hebt over {{ bedrag | bedrag }}, bel ons.
{% endif %}
"""


def test_masking_keeps_every_character_in_place():
    masked = mask(TEMPLATE)
    assert len(masked) == len(TEMPLATE) and masked.count("\n") == TEMPLATE.count("\n")
    assert "{%" not in masked and "{{" not in masked and "velden" not in masked
    assert "Beste Jan" in masked  # an expression reads as one neutral word


def test_findings_point_at_the_template_line():
    findings = check_bytes(TEMPLATE.encode(), "brief.md.j2", Settings(only={"jargon", "ongebruikte-uitzondering"})).findings
    # front matter is not prose, the suppressed paragraph is silent, line 13 is reported
    assert [(f.rule, f.text, f.line, f.column) for f in findings] == [("jargon", "Indien", 13, 1)]


def test_broken_template_is_a_finding_and_the_rest_is_checked(tmp_path):
    broken = tmp_path / "kapot.txt.j2"
    broken.write_text("Beste {{ naam },\n\nIndien u wilt, bel ons.\n", encoding="utf8")
    result = cli("check", str(broken), "--format", "json")
    assert result.returncode == 1  # a finding, not an input error
    findings = json.loads(result.stdout)["files"][0]["findings"]
    assert [(f["rule"], f["line"]) for f in findings] == [("template-fout", 1), ("jargon", 3)]
    assert "Jinja zegt" in findings[0]["message"]
