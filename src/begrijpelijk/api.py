"""The public Python API.

    >>> import begrijpelijk
    >>> report = begrijpelijk.check_text("Wij verzoeken u het formulier te retourneren.")
    >>> [f.rule for f in report.findings]
    ['jargon']
"""
from __future__ import annotations

from pathlib import Path

from begrijpelijk.check.run import check_documents
from begrijpelijk.config import Settings
from begrijpelijk.findings import Report
from begrijpelijk.readers import read_bytes, read_path
from begrijpelijk.readers import text as text_reader


def check_text(text: str, settings: Settings | None = None, path: str = "<tekst>") -> Report:
    """Check a letter given as a string (read as plain text)."""
    from begrijpelijk.document import Document

    source = text.replace("\r\n", "\n").replace("\r", "\n")
    document = Document(path=path, source=source, paragraphs=text_reader.paragraphs_of(source))
    return check_documents([document], (settings or Settings()).validate())


def check_file(path: str | Path, settings: Settings | None = None) -> Report:
    """Check one letter file (.txt, .md, .docx). Raises InputError for bad input."""
    return check_documents([read_path(Path(path))], (settings or Settings()).validate())


def check_bytes(data: bytes, name: str, settings: Settings | None = None) -> Report:
    return check_documents([read_bytes(data, name)], (settings or Settings()).validate())
