"""Jinja2 templates (.j2, .jinja, .md.j2, .html.j2, .txt.j2), checked as the
letter they make.

Tags ``{% … %}`` and comments ``{# … #}`` are not prose and are blanked out;
each expression ``{{ … }}`` reads as one neutral word (a name), so "Beste
{{ klant.naam }}," is one short sentence. YAML front matter (the field
declarations of a begrijpelijk template) is not prose either. The blanking
keeps every character in place, so findings point at the template's own line
and column. A template that does not parse keeps Jinja's message in
``Document.template_error``; the rule template-fout reports it.
"""
from __future__ import annotations

import re
from pathlib import Path

from begrijpelijk.document import Document
from begrijpelijk.readers import html, markdown, text

TAG = re.compile(r"\{%-?.*?-?%\}", re.S)
COMMENT = re.compile(r"\{#-?.*?-?#\}", re.S)
EXPRESSION = re.compile(r"\{\{-?.*?-?\}\}", re.S)
FRONT_MATTER = re.compile(r"\A---\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
PLACEHOLDER = "Jan"  # reads as a name: no rule flags it


def _blank(match: re.Match) -> str:
    return "".join("\n" if ch == "\n" else " " for ch in match.group())


def _word(match: re.Match) -> str:
    original = match.group()
    blanked = "".join("\n" if ch == "\n" else " " for ch in original)
    return PLACEHOLDER + blanked[len(PLACEHOLDER):]


def mask(source: str) -> str:
    """The template with everything that is not prose blanked out (same length)."""
    masked = FRONT_MATTER.sub(_blank, source)
    masked = COMMENT.sub(_blank, masked)
    masked = TAG.sub(_blank, masked)
    return EXPRESSION.sub(_word, masked)


def syntax_error(source: str) -> tuple[int, str] | None:
    """(line, message) when Jinja2 cannot parse the template."""
    import jinja2

    body = FRONT_MATTER.sub(_blank, source)
    try:
        jinja2.Environment().parse(body)
    except jinja2.TemplateSyntaxError as exc:
        return exc.lineno or 1, exc.message or "onbekende fout"
    return None


def inner_format(path: str) -> str:
    suffixes = [s.lower() for s in Path(path).suffixes]
    inner = suffixes[-2] if len(suffixes) >= 2 else ""
    return {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}.get(inner, "txt")


def read(data: bytes, path: str) -> Document:
    from begrijpelijk.suppressions import find
    from begrijpelijk.suppressions import mask as mask_suppressions

    source = text.decode(data, path).replace("\r\n", "\n").replace("\r", "\n")
    kind = inner_format(path)
    suppressions = find(source, ("jinja", "html") if kind in ("md", "html") else ("jinja", "text"))
    masked = mask(mask_suppressions(source, suppressions))
    parse = {"md": markdown.parse, "html": html.parse}.get(kind, text.paragraphs_of)
    paragraphs = parse(masked)
    return Document(
        path=path, source=source, paragraphs=paragraphs, format="jinja", suppressions=suppressions,
        template_fields=tuple(m.group() for m in EXPRESSION.finditer(FRONT_MATTER.sub(_blank, source))),
        template_error=syntax_error(source),
    )
