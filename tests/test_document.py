from begrijpelijk.document import Document, joined_lines, split_blocks
from begrijpelijk.readers.text import paragraphs_of


def test_blocks_split_on_blank_lines_even_with_spaces():
    text = "Eerste alinea.\n  \nTweede\nalinea.\n\n\nDerde."
    blocks = [text[s:e] for s, e in split_blocks(text)]
    assert blocks == ["Eerste alinea.", "Tweede\nalinea.", "Derde."]


def test_line_breaks_in_a_paragraph_become_spaces_and_offsets_stay_exact():
    source = "Wij sturen u\n   een brief."
    p = joined_lines(source, 0, len(source))
    assert p.text == "Wij sturen u een brief."
    start, end = p.source_span(p.text.index("een"), p.text.index("een") + 3)
    assert source[start:end] == "een"


def test_position_is_one_based_line_and_column():
    source = "Beste meneer,\n\nWij sturen u een brief."
    doc = Document(path="x.txt", source=source, paragraphs=paragraphs_of(source))
    offset = source.index("brief")
    assert doc.position(offset) == (3, 18)
    assert doc.position(0) == (1, 1)
