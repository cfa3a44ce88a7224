"""Inline suppressions in each format, and the report of unused ones."""
import json

from conftest import cli

from begrijpelijk import Settings
from begrijpelijk.api import check_bytes


def _rules(data: bytes, name: str, **kw):
    return [(f.rule, f.line) for f in check_bytes(data, name, Settings(**kw)).findings]


def test_text_comment_line_covers_the_next_paragraph():
    text = "# begrijpelijk: negeer jargon\nWij verzoeken u het formulier\nte retourneren.\n\nIndien u wilt, bel ons.\n"
    found = _rules(text.encode(), "brief.txt", only={"jargon", "ongebruikte-uitzondering"})
    assert found == [("jargon", 5)]  # the paragraph after the comment is silenced, the next one is not


def test_markdown_inline_and_block_suppressions():
    text = (
        "Wij verzoeken u dit te retourneren. <!-- begrijpelijk: negeer jargon -->\n\n"
        "<!-- begrijpelijk: negeer-begin -->\n"
        "Indien u wilt, bel ons.\n\n"
        "Uw aanvraag wordt door ons behandeld.\n"
        "<!-- begrijpelijk: negeer-einde -->\n\n"
        "Indien u wilt, mail ons.\n"
    )
    found = _rules(text.encode(), "brief.md", only={"jargon", "passief", "ongebruikte-uitzondering"})
    assert found == [("jargon", 9)]


def test_unused_and_misspelled_suppressions_are_reported():
    text = "# begrijpelijk: negeer passief\nWij bellen u.\n\n# begrijpelijk: negeer pasief\nWij bellen u weer.\n"
    findings = check_bytes(text.encode(), "brief.txt", Settings(enabled={"passief"})).findings
    unused = [f for f in findings if f.rule == "ongebruikte-uitzondering"]
    assert [f.line for f in unused] == [1, 4]
    assert "geen enkele melding" in unused[0].message
    assert "bedoelt u 'passief'?" in unused[1].message


def test_suppression_for_a_disabled_rule_is_not_called_unused():
    text = "# begrijpelijk: negeer passief\nWij bellen u.\n"
    assert check_bytes(text.encode(), "brief.txt", Settings(disabled={"passief"})).findings == []


def test_word_comment_suppresses_its_paragraph(tmp_path):
    from docx import Document

    doc = Document()
    p = doc.add_paragraph("Wij verzoeken u het formulier te retourneren.")
    doc.add_comment(p.runs, text="begrijpelijk: negeer jargon", author="Anna")
    doc.add_paragraph("Indien u vragen hebt, bel ons.")
    other = doc.add_paragraph("Wij bellen u.")
    doc.add_comment(other.runs, text="Gewone opmerking van een collega", author="Piet")
    path = tmp_path / "brief.docx"
    doc.save(path)
    result = cli("check", str(path), "--alleen", "jargon", "--alleen", "ongebruikte-uitzondering", "--format", "json")
    findings = json.loads(result.stdout)["files"][0]["findings"]
    assert [(f["rule"], f["text"]) for f in findings] == [("jargon", "Indien")]
