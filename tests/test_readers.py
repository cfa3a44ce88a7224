import pytest

from begrijpelijk.errors import InputError
from begrijpelijk.readers import read_bytes, read_path
from begrijpelijk.readers.markdown import parse as parse_markdown

LETTER = "Beste mevrouw Jansen,\n\nWij hebben uw brief ontvangen. Wij bellen u vóór vrijdag.\n"


@pytest.mark.parametrize(
    "data",
    [
        LETTER.encode("utf-8"),
        b"\xef\xbb\xbf" + LETTER.encode("utf-8"),
        LETTER.encode("utf-16"),  # with BOM
        LETTER.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "windows-1252"],
)
def test_text_encodings_are_detected(data):
    doc = read_bytes(data, "brief.txt")
    assert [p.text for p in doc.paragraphs] == [
        "Beste mevrouw Jansen,",
        "Wij hebben uw brief ontvangen. Wij bellen u vóór vrijdag.",
    ]


def test_windows_line_endings():
    doc = read_bytes(LETTER.replace("\n", "\r\n").encode(), "brief.txt")
    assert len(doc.paragraphs) == 2
    assert doc.position(doc.source.index("Wij"))[0] == 3


def test_markdown_headings_and_list_items_are_separate_blocks():
    source = "# Uw **aanvraag**\n\nWij hebben uw aanvraag\nontvangen. Zie [de site](https://example.org).\n\n- Stuur het formulier.\n- Bel ons\n"
    paragraphs = parse_markdown(source)
    assert [(p.kind, p.text) for p in paragraphs] == [
        ("kop", "Uw aanvraag"),
        ("alinea", "Wij hebben uw aanvraag ontvangen. Zie de site."),
        ("lijst", "Stuur het formulier."),
        ("lijst", "Bel ons"),
    ]
    # every character maps back to the same character in the source
    for p in paragraphs:
        for i, ch in enumerate(p.text):
            if ch != " ":
                assert source[p.offsets[i]] == ch


def test_markdown_skips_code_comments_and_front_matter():
    source = "---\ntitel: x\n---\n<!-- notitie -->\n\n```\ncode hier\n```\n\nEcht proza.\n"
    assert [p.text for p in parse_markdown(source)] == ["Echt proza."]


def _docx(tmp_path, build):
    from docx import Document

    doc = Document()
    build(doc)
    path = tmp_path / "brief.docx"
    doc.save(path)
    return path


def test_docx_body_tables_lists_and_footer(tmp_path):
    def build(doc):
        doc.add_heading("Uw aanvraag", level=1)
        doc.add_paragraph("")  # empty paragraphs are skipped
        doc.add_paragraph("Wij hebben uw aanvraag ontvangen.")
        doc.add_paragraph("Stuur uw loonstrook.", style="List Number")
        table = doc.add_table(rows=1, cols=2)
        table.cell(0, 0).text = "Contactpersoon"
        table.cell(0, 1).text = "Anna Jansen"
        doc.sections[0].footer.paragraphs[0].text = "Gemeente Utrecht"

    document = read_path(_docx(tmp_path, build))
    assert [(p.kind, p.label, p.text) for p in document.paragraphs] == [
        ("kop", "alinea 1", "Uw aanvraag"),
        ("alinea", "alinea 2", "Wij hebben uw aanvraag ontvangen."),
        ("lijst", "alinea 3", "Stuur uw loonstrook."),
        ("tabel", "tabel 1, rij 1, kolom 1", "Contactpersoon"),
        ("tabel", "tabel 1, rij 1, kolom 2", "Anna Jansen"),
        ("voettekst", "voettekst", "Gemeente Utrecht"),
    ]
    # line = paragraph number in the source
    assert document.position(document.source.index("Wij"))[0] == 2


@pytest.mark.parametrize(
    "name, data, phrase",
    [
        ("leeg.txt", b"", "leeg"),
        ("spaties.txt", b"  \n\n \n", "leeg"),
        ("binair.txt", bytes(range(256)) * 4, "binair"),
        ("kapot.docx", b"PK\x03\x04 dit is geen echte zip", "beschadigd"),
        ("geen-zip.docx", b"gewone tekst", "beschadigd"),
        ("beveiligd.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "wachtwoord"),
        ("groot.txt", b"a" * (5 * 1024 * 1024 + 1), "5 MB"),
        ("brief.pdf", b"%PDF-1.4", "soort bestand"),
        ("leeg.html", b"<html><head><title>Brief</title></head><body> </body></html>", "leeg"),
        ("binair.html", bytes(range(256)) * 4, "binair"),
    ],
)
def test_bad_input_gives_one_dutch_sentence_naming_the_file(name, data, phrase):
    with pytest.raises(InputError) as info:
        read_bytes(data, name)
    assert info.value.message.startswith(name + ":")
    assert phrase in info.value.message


def test_undecodable_utf16_gives_dutch_message():
    with pytest.raises(InputError) as info:
        read_bytes(b"\xff\xfe" + b"\x00\xd8", "kapot.txt")  # lone surrogate
    assert "niet te lezen" in info.value.message


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError) as info:
        read_path(tmp_path / "bestaat-niet.txt")
    assert "bestaat niet" in info.value.message
    with pytest.raises(InputError):
        read_path(tmp_path)


def test_bytes_that_are_neither_utf8_nor_windows_1252():
    with pytest.raises(InputError) as info:
        read_bytes("Beste meneer, ".encode("utf-8") + b"\x81\x8d\x8f\x90\x9d", "vreemd.txt")
    assert info.value.message.startswith("vreemd.txt:") and "UTF-8" in info.value.message


HTML_LETTER = """<!DOCTYPE html>
<html><head><title>Kop die niet telt</title><style>p { color: red; }</style></head>
<body>
<h1>Uw aanvraag</h1>
<p>Wij hebben uw aanvraag <b>ontvangen</b>.<br>U krijgt &eacute;&eacute;n brief van ons.</p>
<ul><li>Stuur het formulier terug.</li><li>Bel ons op 030&nbsp;123&nbsp;45&nbsp;67.</li></ul>
<table><tr><td>Bedrag</td><td>&euro; 120</td></tr></table>
<script>var tekst = "Dit wordt niet gelezen.";</script>
</body></html>
"""


def test_html_blocks_kinds_and_entities():
    document = read_bytes(HTML_LETTER.encode("utf8"), "brief.html")
    found = [(p.kind, p.text) for p in document.paragraphs]
    assert found == [
        ("kop", "Uw aanvraag"),
        ("alinea", "Wij hebben uw aanvraag ontvangen. U krijgt één brief van ons."),
        ("lijst", "Stuur het formulier terug."),
        ("lijst", "Bel ons op 030 123 45 67."),
        ("tabel", "Bedrag"),
        ("tabel", "€ 120"),
    ]


def test_html_offsets_point_at_the_source():
    document = read_bytes(HTML_LETTER.encode("utf8"), "brief.html")
    paragraph = document.paragraphs[1]
    start = paragraph.to_source(paragraph.text.index("ontvangen"))
    assert document.source[start : start + 9] == "ontvangen"
    assert document.position(start) == (5, 30)
    # an entity maps to the entity in the source
    euro = document.paragraphs[5]
    assert document.source[euro.to_source(0) : euro.to_source(0) + 6] == "&euro;"


def test_html_letter_is_checked_with_lines_and_suppressions(tmp_path):
    from conftest import cli

    path = tmp_path / "brief.html"
    path.write_text(
        "<p>Wij verzoeken u het formulier te retourneren.</p>\n"
        "<!-- begrijpelijk: negeer jargon -->\n"
        "<p>U kunt het formulier retourneren.</p>\n",
        encoding="utf8",
    )
    result = cli("check", str(path), "--format", "json")
    import json

    findings = [f for f in json.loads(result.stdout)["files"][0]["findings"] if f["rule"] == "jargon"]
    assert {f["line"] for f in findings} == {1}  # line 3 is suppressed
    assert "retourneren" in [f["text"] for f in findings]


@pytest.mark.parametrize(
    "page",
    [
        "<p>Een <b>zin zonder einde",
        "<<<>>> tekst < en > ook",
        "<p>a & b &amp c &#xZZ; &#99999999; d</p>",
        "<![CDATA[x]]><p>Hallo</p>",
        "<p>Hallo<!-- een opmerking zonder einde",
        "</p></div>Losse tekst<p>",
        "<ul><li>een<li>twee</ul>",
    ],
)
def test_broken_html_is_still_read(page):
    document = read_bytes(page.encode("utf8"), "brief.html")
    assert document.paragraphs
    for paragraph in document.paragraphs:
        assert all(0 <= offset < len(document.source) for offset in paragraph.offsets)


def test_a_letter_pasted_without_blank_lines_has_a_paragraph_per_line():
    """Set 4: letters saved with one line per paragraph and no blank line
    were one block, so the salutation and the closing were never found."""
    letter = (
        "Betreft: uw aanvraag\nBeste lezer,\nOp 3 mei heeft u subsidie aangevraagd.\n"
        "U krijgt de subsidie niet. Dat leg ik hieronder uit.\nMet vriendelijke groet,\nAnna de Boer\n"
    )
    texts = [p.text for p in read_bytes(letter.encode(), "brief.txt").paragraphs]
    assert texts[1] == "Beste lezer," and texts[-2] == "Met vriendelijke groet,"


def test_hard_wrapped_text_without_blank_lines_stays_one_paragraph():
    text = (
        "Wij hebben uw aanvraag voor bijzondere bijstand ontvangen en\n"
        "bekeken. Omdat uw inkomen hoger is dan de grens die voor u\n"
        "geldt, kunnen wij u helaas geen bijzondere bijstand geven voor\n"
        "de kosten van de nieuwe wasmachine die u heeft gekocht.\n"
    )
    assert len(read_bytes(text.encode(), "brief.txt").paragraphs) == 1
