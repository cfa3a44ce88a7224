"""Fuzz the readers, the checker and template data with random input.

Each reader (txt, md, html, docx built from random paragraphs, runs and
tables, Jinja templates) and the template data validation get random cases
from hypothesis strategies. The properties, for every case:

- nothing is raised but begrijpelijk's own errors (a Dutch sentence);
- every paragraph's offsets lie inside the source, in order;
- with --check: every finding lies inside the source and
  ``source[start:end] == text``.

    python benchmarks/fuzz.py                    # 10,000 cases per reader, readers only
    python benchmarks/fuzz.py --cases 300 --check   # also the full check (slower: the model runs)

The test suite runs the same properties with a small profile
(tests/test_properties.py).
"""
from __future__ import annotations

import argparse
import io
import sys
import time

from hypothesis import strategies as st

WORDS = [
    "u", "wij", "de", "het", "een", "brief", "aanvraag", "wordt", "is", "behandeld", "indien", "teneinde",
    "retourneren", "bellen", "betalen", "vóór", "maandag", "€", "1.234,56", "BSN", "i.v.m.", "binnen", "14",
    "dagen", "gemeente", "uitkering", "www.voorbeeld.nl", "info@gemeente.nl", "030", "123", "45", "67",
    "Jansen", "mevrouw", "café", "naïef", "𝔘", "–", "'", '"', "(", ")", ":", ";", "!", "?", "&", "<", ">", "#",
]
# random words without control characters: a text with those is read as a
# binary file (the "txt-binair" cases cover that); Word's XML cannot hold them
word = st.one_of(st.sampled_from(WORDS), st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=12))
sentence = st.lists(word, min_size=1, max_size=25).map(lambda ws: " ".join(ws) + ".")
paragraph = st.lists(sentence, min_size=1, max_size=4).map(" ".join)
xml_word, xml_sentence, xml_paragraph = word, sentence, paragraph
separator = st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\n \n", "\n\n\n", "\t\n\n"])


@st.composite
def plain_text(draw) -> str:
    parts = draw(st.lists(paragraph, min_size=1, max_size=6))
    out = parts[0]
    for part in parts[1:]:
        out += draw(separator) + part
    return out


@st.composite
def markdown_text(draw) -> str:
    blocks = []
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["p", "h", "ul", "ol", "quote", "code", "emph", "comment", "table"]))
        text = draw(paragraph)
        blocks.append({
            "p": text,
            "h": "#" * draw(st.integers(1, 6)) + " " + text,
            "ul": "\n".join(f"- {t}" for t in text.split(".") if t.strip()),
            "ol": "\n".join(f"{i}. {t}" for i, t in enumerate(text.split("."), 1) if t.strip()),
            "quote": "> " + text,
            "code": "```\n" + text + "\n```",
            "emph": text.replace(" ", " *", 1) + "*",
            "comment": "<!-- begrijpelijk: negeer passief -->\n" + text,
            "table": "| a | b |\n|---|---|\n| " + text[:40] + " | x |",
        }[kind])
    return "\n\n".join(blocks)


@st.composite
def html_text(draw) -> str:
    blocks = []
    for _ in range(draw(st.integers(1, 6))):
        tag = draw(st.sampled_from(["p", "h1", "li", "td", "div", "b", "span"]))
        text = draw(paragraph).replace("<", "&lt;")
        attr = draw(st.sampled_from(["", ' title="Indien u wilt"', " class='x'"]))
        entity = draw(st.sampled_from(["", "&nbsp;", "&amp;", "&#233;", "&eacute;", "&bogus;"]))
        closing = draw(st.booleans())
        blocks.append(f"<{tag}{attr}>{text}{entity}" + (f"</{tag}>" if closing else ""))
    head = draw(st.sampled_from(["", "<head><title>Brief</title><style>p{}</style></head>", "<script>var x = '<p>';</script>"]))
    return f"<html>{head}<body>{''.join(blocks)}</body></html>"


@st.composite
def jinja_text(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 6))):
        parts.append(draw(st.sampled_from([
            draw(paragraph),
            "Beste {{ naam }},",
            "{% if bedrag %}U betaalt {{ bedrag | bedrag }}.{% endif %}",
            "{# begrijpelijk: negeer jargon #}" + draw(paragraph),
            "{% for s in stappen %}{{ s }}{% endfor %}",
            "{{ onaf",
            "{% if %}",
        ])))
    front = draw(st.sampled_from(["", "---\ntitel: t\nvelden: {}\n---\n", "---\nkapot: [\n---\n"]))
    return front + "\n\n".join(parts)


@st.composite
def docx_bytes(draw) -> bytes:
    import docx

    document = docx.Document()
    for _ in range(draw(st.integers(1, 5))):
        kind = draw(st.sampled_from(["p", "runs", "table", "heading", "empty"]))
        if kind == "p":
            document.add_paragraph(draw(xml_paragraph))
        elif kind == "runs":
            p = document.add_paragraph()
            for w in draw(st.lists(xml_word, min_size=1, max_size=8)):
                run = p.add_run(w + draw(st.sampled_from([" ", "", "  "])))
                run.bold = draw(st.booleans())
        elif kind == "table":
            rows, cols = draw(st.integers(1, 3)), draw(st.integers(1, 3))
            table = document.add_table(rows=rows, cols=cols)
            for r in range(rows):
                for c in range(cols):
                    table.cell(r, c).text = draw(xml_sentence)
        elif kind == "heading":
            document.add_heading(draw(xml_sentence), level=draw(st.integers(1, 3)))
        else:
            document.add_paragraph("")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# (file name, strategy giving bytes)
READERS = {
    "txt": ("brief.txt", plain_text().map(lambda t: t.encode("utf8"))),
    "txt-binair": ("brief.txt", st.binary(max_size=400)),
    "md": ("brief.md", markdown_text().map(lambda t: t.encode("utf8"))),
    "html": ("brief.html", html_text().map(lambda t: t.encode("utf8"))),
    "docx": ("brief.docx", docx_bytes()),
    "docx-kapot": ("brief.docx", st.binary(max_size=400)),
    "jinja": ("brief.md.j2", jinja_text().map(lambda t: t.encode("utf8"))),
}

field_value = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30),
              st.dates(), st.sampled_from(["2027-03-01", "12,50", "€ 1.234,56", "0301234567", "10:30", "kapot"])),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12,
)


def check_reader_case(name: str, data: bytes):
    """Read one case; return the Document, or None for the tool's own error."""
    from begrijpelijk.errors import BegrijpelijkError
    from begrijpelijk.readers import read_bytes

    try:
        document = read_bytes(data, name)
    except BegrijpelijkError as exc:
        assert exc.message.startswith(name), exc.message  # the Dutch sentence names the file
        return None
    source = document.source
    for paragraph in document.paragraphs:
        assert len(paragraph.offsets) == len(paragraph.text)
        assert all(0 <= o < len(source) for o in paragraph.offsets)
        assert paragraph.offsets == sorted(paragraph.offsets)
    return document


def check_findings(document) -> int:
    """Run the full check on a Document; every finding points into the source."""
    from begrijpelijk.check.run import check_documents

    report = check_documents([document]).files[0]
    for finding in report.findings:
        assert 0 <= finding.start <= finding.end <= len(document.source), finding
        assert document.source[finding.start : finding.end] == finding.text, finding
    return len(report.findings)


def check_template_data(data) -> None:
    from begrijpelijk.errors import BegrijpelijkError
    from begrijpelijk.templates.render import find, validate

    template = find("besluit-uitkering")
    keys = list(template.fields)
    values = {keys[i % len(keys)]: v for i, v in enumerate(data)} if isinstance(data, list) else data
    try:
        validate(template, values if isinstance(values, dict) else {"x": values})
    except BegrijpelijkError:
        pass


def main() -> int:
    from hypothesis import HealthCheck, given, settings

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000, help="gevallen per lezer (standaard 10.000)")
    parser.add_argument("--check", action="store_true", help="ook de hele controle draaien (trager)")
    args = parser.parse_args()
    common = settings(max_examples=args.cases, deadline=None, database=None, derandomize=True,
                      suppress_health_check=list(HealthCheck))
    print("| lezer | gevallen | gelezen | eigen fout | meldingen | tijd |")
    print("|---|---|---|---|---|---|")
    for label, (name, strategy) in READERS.items():
        counts = {"cases": 0, "read": 0, "refused": 0, "findings": 0}

        @common
        @given(strategy)
        def run(data):
            counts["cases"] += 1
            document = check_reader_case(name, data)
            if document is None:
                counts["refused"] += 1
                return
            counts["read"] += 1
            if args.check:
                counts["findings"] += check_findings(document)

        start = time.perf_counter()
        run()
        print(f"| {label} | {counts['cases']} | {counts['read']} | {counts['refused']} | {counts['findings'] if args.check else '-'} | {time.perf_counter() - start:.0f} s |")
    data_cases = {"n": 0}

    @common
    @given(st.one_of(st.dictionaries(st.text(max_size=20), field_value, max_size=8), st.lists(field_value, max_size=8)))
    def run_data(data):
        data_cases["n"] += 1
        check_template_data(data)

    start = time.perf_counter()
    run_data()
    print(f"| sjabloongegevens | {data_cases['n']} | - | - | - | {time.perf_counter() - start:.0f} s |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
