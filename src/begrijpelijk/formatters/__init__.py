"""Output formats: one module per format, looked up by name.

A formatter is ``render(report, options) -> str`` (the terminal formatter
writes to a rich Console itself and returns '').
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

FORMATS = {
    "terminal": "terminal",
    "json": "json_format",
    "sarif": "sarif",
    "github": "github",
    "junit": "junit",
    "html": "html",
}

# The file names a report of each format may be written to (-o): a JSON
# report is never written as report.html or letter.docx.
SUFFIXES: dict[str, tuple[str, ...]] = {
    "terminal": (),
    "json": (".json",),
    "sarif": (".sarif", ".json"),
    "github": (".txt", ".log", ""),
    "junit": (".xml",),
    "html": (".html", ".htm"),
}


@dataclass
class OutputOptions:
    color: bool | None = None  # None: colour when writing to a terminal
    quiet: bool = False
    show_sentences: bool = True


def get(name: str) -> Callable:
    module = importlib.import_module(f"{__name__}.{FORMATS[name]}")
    return module.render
