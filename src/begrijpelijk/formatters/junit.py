"""JUnit XML: one test case per file, a failure per finding. CI systems that
read test results (GitLab, Jenkins, Azure) show them this way."""
from __future__ import annotations

from xml.etree import ElementTree as ET

from begrijpelijk.findings import Report, UnreadableFile


def render(report: Report, options=None) -> str:
    suites = ET.Element("testsuites", name="begrijpelijk")
    suite = ET.SubElement(
        suites,
        "testsuite",
        name="begrijpelijk",
        tests=str(len(report.files)),
        failures=str(sum(1 for f in report.files if f.findings)),
        errors=str(len(report.unreadable)),
    )
    for file in report.files:
        case = ET.SubElement(suite, "testcase", classname="begrijpelijk", name=file.path)
        if isinstance(file, UnreadableFile):
            ET.SubElement(case, "error", message=file.error, type="invoer")
            continue
        for f in file.findings:
            failure = ET.SubElement(case, "failure", message=f"{f.rule}: {f.message}", type=f.severity.value)
            failure.text = f"{file.path}:{f.line}:{f.column} {f.rule} {f.message}" + (
                f" → {f.suggestion}" if f.suggestion else ""
            ) + f"\n{f.text}"
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
