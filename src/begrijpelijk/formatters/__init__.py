"""Output formats: one module per format, looked up by name.

A formatter is ``render(report, options) -> str`` (the terminal formatter
writes to a rich Console itself and returns '').
"""
from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass

from begrijpelijk.findings import Severity

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
    "junit": (".xml", ".junit"),
    "html": (".html", ".htm"),
}


@dataclass
class OutputOptions:
    color: bool | None = None  # None: use_color decides (NO_COLOR, FORCE_COLOR, a terminal)
    quiet: bool = False
    show_sentences: bool = True
    fail_on: Severity = Severity.FOUT  # findings below it do not fail (JUnit)


def use_color(flag: bool | None, stream) -> bool:
    """Colour or not: --color/--no-color wins; else NO_COLOR (no-color.org)
    switches it off and FORCE_COLOR (force-color.org) on, each when set and
    not empty, NO_COLOR first; else colour only when ``stream`` is a terminal."""
    if flag is not None:
        return flag
    if os.environ.get("NO_COLOR", ""):
        return False
    if os.environ.get("FORCE_COLOR", ""):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def flesch_shown(value: float | None) -> str:
    """Flesch-Douma as shown to a reader: on its scale of 0 to 100. The raw
    formula goes below 0 for very hard text (and above 100 for very easy
    text); the JSON report keeps that raw value."""
    return "-" if value is None else f"{min(100.0, max(0.0, value)):.0f}"


def get(name: str) -> Callable:
    module = importlib.import_module(f"{__name__}.{FORMATS[name]}")
    return module.render
