"""GitHub Actions workflow commands: each finding becomes an annotation on
the right line of the file in the pull request."""
from __future__ import annotations

from begrijpelijk.findings import Report, Severity, UnreadableFile, amount

COMMAND = {Severity.FOUT: "error", Severity.WAARSCHUWING: "warning", Severity.SUGGESTIE: "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, options=None) -> str:
    lines = []
    for file in report.files:
        path = _property(file.path)
        if isinstance(file, UnreadableFile):
            lines.append(f"::error file={path},title={_property('begrijpelijk')}::{_data(file.error)}")
            continue
        for f in file.findings:
            message = f.message + (f" → {f.suggestion}" if f.suggestion else "")
            lines.append(
                f"::{COMMAND[f.severity]} file={path},line={f.line},col={f.column},"
                f"endLine={f.end_line},endColumn={f.end_column},title={_property('begrijpelijk ' + f.rule)}::{_data(message)}"
            )
    lines.append(f"begrijpelijk: {report.summary()} in {amount(len(report.files), 'bestand', 'bestanden')}.")
    return "\n".join(lines) + "\n"
