"""Readers: one module per input format, each turns bytes into a Document.

The registry maps a file extension to a reader function
``read(data: bytes, path: str) -> Document``.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from begrijpelijk.document import Document
from begrijpelijk.errors import InputError
from begrijpelijk.readers import docx, html, jinja, markdown, text

Reader = Callable[[bytes, str], Document]

READERS: dict[str, Reader] = {
    ".txt": text.read,
    ".text": text.read,
    ".md": markdown.read,
    ".markdown": markdown.read,
    ".docx": docx.read,
    ".html": html.read,
    ".htm": html.read,
    ".j2": jinja.read,
    ".jinja": jinja.read,
    ".jinja2": jinja.read,
}

MAX_BYTES = 5 * 1024 * 1024  # a letter file is never this big (a .docx may hold a logo)
# A letter's text is never this long (about 170,000 words). The limit keeps the
# check's memory under 1 GB (benchmarks/bench.py --limits measures it).
MAX_TEXT_CHARS = 1_000_000


def supported_extensions() -> list[str]:
    return sorted(READERS)


def reader_for(path: str) -> Reader:
    suffix = Path(path).suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        raise InputError(
            f"{path}: dit soort bestand kan begrijpelijk niet lezen. "
            f"Gebruik een van deze soorten: {', '.join(supported_extensions())}."
        )
    return reader


def read_bytes(data: bytes, path: str, reader: Reader | None = None) -> Document:
    """Read a letter from bytes; ``path`` names it in messages and picks the reader."""
    if len(data) > MAX_BYTES:
        raise InputError(
            f"{path}: dit bestand is groter dan 5 MB en is daarom geen brief. "
            "Controleer of u het goede bestand hebt gekozen, of splits de tekst op."
        )
    reader = reader or reader_for(path)
    document = reader(data, path)
    if len(document.source) > MAX_TEXT_CHARS:
        raise InputError(
            f"{path}: in dit bestand staat meer dan 1 miljoen tekens tekst en dat is geen brief. "
            "Controleer of u het goede bestand hebt gekozen, of splits de tekst op."
        )
    if not any(p.text.strip() for p in document.paragraphs):
        raise InputError(f"{path}: dit bestand is leeg. Zet de tekst van de brief erin en probeer het opnieuw.")
    return document


def read_path(path: Path) -> Document:
    """Read a letter file from disk. Raises InputError with a Dutch message.
    Only regular files are read, and never more than MAX_BYTES."""
    from begrijpelijk.writing import read_limited

    name = str(path)
    reader = reader_for(name) if not path.is_dir() else None
    data = read_limited(path, MAX_BYTES, "bestand")
    return read_bytes(data, name, reader)
