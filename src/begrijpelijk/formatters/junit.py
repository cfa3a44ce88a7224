"""JUnit XML: one test case per file, a failure per finding from --fail-on up.
CI systems that read test results (GitLab, Jenkins, Azure) show them this way.

A finding below --fail-on is no failure, as the exit code says: its file's
test case passes, and the finding is in the case's <system-out>. Not
<skipped>: that would say the letter was not checked, and CI systems count
and colour skipped tests apart; a passed case with its output keeps the
finding readable (GitLab and Jenkins show system-out with the test) without
failing the pipeline."""
from __future__ import annotations

from xml.etree import ElementTree as ET

from begrijpelijk.findings import Finding, Report, Severity, UnreadableFile


def _line(path: str, f: Finding) -> str:
    return f"{path}:{f.line}:{f.column} {f.rule} {f.message}" + (f" → {f.suggestion}" if f.suggestion else "")


def render(report: Report, options=None) -> str:
    fail_on: Severity = getattr(options, "fail_on", Severity.FOUT)
    suites = ET.Element("testsuites", name="begrijpelijk")
    suite = ET.SubElement(
        suites,
        "testsuite",
        name="begrijpelijk",
        tests=str(len(report.files)),
        failures=str(sum(1 for file in report.files if any(f.severity.rank >= fail_on.rank for f in file.findings))),
        errors=str(len(report.unreadable)),
    )
    for file in report.files:
        case = ET.SubElement(suite, "testcase", classname="begrijpelijk", name=file.path)
        if isinstance(file, UnreadableFile):
            ET.SubElement(case, "error", message=file.error, type="invoer")
            continue
        for f in file.findings:
            if f.severity.rank >= fail_on.rank:
                failure = ET.SubElement(case, "failure", message=f"{f.rule}: {f.message}", type=f.severity.value)
                failure.text = _line(file.path, f) + f"\n{f.text}"
        below = [f for f in file.findings if f.severity.rank < fail_on.rank]
        if below:
            ET.SubElement(case, "system-out").text = "".join(f"{f.severity.value}: {_line(file.path, f)}\n" for f in below)
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
