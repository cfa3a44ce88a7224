"""A rendered letter (Markdown) written as .md, .txt, .html or .docx.

The letter Markdown is simple on purpose: headings (#), paragraphs, numbered
steps (1.), bullet lists (-) and bold (**…**) for deadlines.
"""
from __future__ import annotations

import html
import io
import re
from dataclasses import dataclass
from pathlib import Path

from begrijpelijk.errors import InputError
from begrijpelijk.writing import prepare_output, write_atomic, write_atomic_bytes

FORMATS = ("docx", "md", "txt", "html")
BOLD = re.compile(r"\*\*(.+?)\*\*")


@dataclass
class Block:
    kind: str  # kop1, kop2, alinea, stap, punt
    text: str


def blocks(markdown: str) -> list[Block]:
    out: list[Block] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            out.append(Block("alinea", " ".join(paragraph)))
            paragraph.clear()

    for line in markdown.split("\n"):
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        heading = re.match(r"^(#{1,3})\s+(.*)$", stripped)
        step = re.match(r"^\d+[.)]\s+(.*)$", stripped)
        bullet = re.match(r"^[-*]\s+(.*)$", stripped)
        if heading:
            flush()
            out.append(Block(f"kop{min(len(heading.group(1)), 2)}", heading.group(2)))
        elif step:
            flush()
            out.append(Block("stap", step.group(1)))
        elif bullet:
            flush()
            out.append(Block("punt", bullet.group(1)))
        else:
            paragraph.append(stripped)
    flush()
    return out


def to_text(markdown: str) -> str:
    out: list[str] = []
    number = 0
    previous = None
    for block in blocks(markdown):
        text = BOLD.sub(r"\1", block.text)
        is_list = block.kind in ("stap", "punt")
        if previous is not None and not (is_list and previous in ("stap", "punt")):
            out.append("")
        if block.kind == "stap":
            number += 1
            out.append(f"{number}. {text}")
        elif block.kind == "punt":
            out.append(f"- {text}")
        else:
            number = 0
            out.append(text)
        previous = block.kind
    return "\n".join(out) + "\n"


def to_html(markdown: str, title: str = "Brief") -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="nl">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{html.escape(title)}</title>",
        "<style>body{font-family:Verdana,Arial,sans-serif;font-size:12pt;line-height:1.5;max-width:40em;margin:2em auto;}"
        "li{margin-bottom:.4em}</style>",
        "</head>",
        "<body>",
    ]
    open_list = None
    for block in blocks(markdown):
        text = BOLD.sub(r"<strong>\1</strong>", html.escape(block.text, quote=False))
        wanted = {"stap": "ol", "punt": "ul"}.get(block.kind)
        if open_list and open_list != wanted:
            parts.append(f"</{open_list}>")
            open_list = None
        if wanted and not open_list:
            parts.append(f"<{wanted}>")
            open_list = wanted
        if block.kind == "kop1":
            parts.append(f"<h1>{text}</h1>")
        elif block.kind == "kop2":
            parts.append(f"<h2>{text}</h2>")
        elif wanted:
            parts.append(f"<li>{text}</li>")
        else:
            parts.append(f"<p>{text}</p>")
    if open_list:
        parts.append(f"</{open_list}>")
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"


def _runs(paragraph, text: str) -> None:
    position = 0
    for m in BOLD.finditer(text):
        if m.start() > position:
            paragraph.add_run(text[position : m.start()])
        paragraph.add_run(m.group(1)).bold = True
        position = m.end()
    if position < len(text):
        paragraph.add_run(text[position:])


def to_docx(markdown: str, title: str = "Brief") -> bytes:
    from docx import Document
    from docx.shared import Cm, Pt

    document = Document()
    for section in document.sections:  # A4, as Dutch letters are (python-docx starts from US Letter)
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin = section.bottom_margin = Cm(2.5)
    style = document.styles["Normal"]
    style.font.name = "Verdana"
    style.font.size = Pt(11)
    document.core_properties.title = title
    document.core_properties.author = "begrijpelijk"
    for block in blocks(markdown):
        if block.kind in ("kop1", "kop2"):
            heading = document.add_heading(level=1 if block.kind == "kop1" else 2)
            _runs(heading, block.text)
        elif block.kind == "stap":
            _runs(document.add_paragraph(style="List Number"), block.text)
        elif block.kind == "punt":
            _runs(document.add_paragraph(style="List Bullet"), block.text)
        else:
            _runs(document.add_paragraph(), block.text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def output_format(path: Path | None, explicit: str | None) -> str:
    if explicit:
        if explicit not in FORMATS:
            raise InputError(f"Het formaat '{explicit}' bestaat niet voor een brief. Kies uit: {', '.join(FORMATS)}.")
        if path is not None and str(path) != "-" and path.suffix.lower() != f".{explicit}" and not (explicit == "html" and path.suffix.lower() == ".htm"):
            raise InputError(f"{path}: deze naam past niet bij het formaat {explicit}. Gebruik een naam die eindigt op .{explicit}, of laat --format weg.")
        return explicit
    if path is None or str(path) == "-":
        return "md"
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise InputError(f"{path}: begrijpelijk kan geen .{suffix}-bestand maken. Gebruik .docx, .md, .txt of .html.")
    return suffix


def write_letter(markdown: str, path: Path, kind: str, title: str, overwrite: bool) -> None:
    """Write the letter atomically; refuse to overwrite without ``overwrite``."""
    prepare_output(path, overwrite)
    if kind == "docx":
        write_atomic_bytes(path, to_docx(markdown, title))
        return
    text = {"md": markdown, "txt": to_text(markdown), "html": to_html(markdown, title)}[kind]
    write_atomic(path, text)


def render_text(markdown: str, kind: str, title: str) -> str:
    """The letter as text for standard output (docx cannot go there)."""
    return {"md": markdown, "txt": to_text(markdown), "html": to_html(markdown, title)}[kind]
