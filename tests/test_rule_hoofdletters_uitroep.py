import pytest
from sample_letters import KIND, check_letter


def test_shouting():
    text = KIND.replace("Wij helpen u graag.", "LET OP!! U MOET KOMEN!")
    messages = [f.message for f in check_letter(text, "hoofdletters-uitroep")]
    assert any("hoofdletters" in m for m in messages) and any("uitroeptekens" in m for m in messages)


def test_abbreviations_are_not_shouting_and_calm_letter_passes():
    assert check_letter(KIND.replace("Wij helpen u graag.", "Het UWV en de SVB helpen ook."), "hoofdletters-uitroep") == []


def test_whole_bold_sentence_in_word(tmp_path):
    from docx import Document

    from begrijpelijk import Settings, check_file

    doc = Document()
    doc.add_paragraph("Beste meneer Bakker,")
    p = doc.add_paragraph()
    p.add_run("U moet deze rekening direct betalen.").bold = True
    doc.add_paragraph("Bel ons als u vragen hebt.")
    path = tmp_path / "brief.docx"
    doc.save(path)
    findings = check_file(path, Settings(only={"hoofdletters-uitroep"})).findings
    assert [f.text for f in findings] == ["U moet deze rekening direct betalen."]


@pytest.mark.parametrize(
    "line",
    ["AAN DE BEWONERS VAN DE WIJK NIEUW WASSENAAR", "DE ALGEMEEN DIRECTEUR VAN GEMEENTEWERKEN", "BETALINGSVOORWAARDEN PRAKTIJK",
     "HEEFT U VRAGEN?", "HOE GAAT HET VERDER"],
)
def test_an_address_block_a_signature_or_a_heading_in_capitals_is_no_shouting(line):
    assert check_letter(line + "\n\n" + KIND, "hoofdletters-uitroep") == []


@pytest.mark.parametrize(
    "line, shouted",
    [
        ("LAATSTE AANMANING", "LAATSTE AANMANING"),
        ("LET OP: U MOET DIRECT BETALEN", "LET OP"),
        ("UW STROOM WORDT AFGESLOTEN", "UW STROOM WORDT AFGESLOTEN"),  # a sentence to the reader, no alarm word
        ("WIJ SCHAKELEN DE DEURWAARDER IN", "WIJ SCHAKELEN DE DEURWAARDER IN"),
    ],
)
def test_a_warning_line_in_capitals_still_shouts(line, shouted):
    assert shouted in [f.text for f in check_letter(line + "\n\n" + KIND, "hoofdletters-uitroep")]
