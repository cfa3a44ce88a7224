"""SARIF 2.1.0 output, as GitHub code scanning reads it: the rules with their
help text, and each finding with its physical location in the file."""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from begrijpelijk.findings import Report, Severity, UnreadableFile

LEVEL = {Severity.FOUT: "error", Severity.WAARSCHUWING: "warning", Severity.SUGGESTIE: "note"}


def _uri(path: str) -> str:
    if path.startswith("<"):
        return path.strip("<>")
    p = Path(path)
    try:
        return p.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return p.as_posix()


def _rules(report: Report):
    from begrijpelijk.rules import registry

    rules = registry()
    used = sorted({f.rule for f in report.findings})
    out = []
    for rule_id in used:
        rule = rules.get(rule_id)
        doc = rule.doc if rule else ""
        summary = rule.summary if rule else rule_id
        out.append(
            {
                "id": rule_id,
                "name": rule_id,
                "shortDescription": {"text": summary},
                "fullDescription": {"text": doc.split("\n\n")[0] if doc else summary},
                "help": {"text": doc or summary, "markdown": f"**{rule_id}**\n\n```\n{doc}\n```" if doc else summary},
                "defaultConfiguration": {"level": LEVEL[rule.severity] if rule else "warning"},
                "properties": {"tags": ["begrijpelijk", "taal"]},
            }
        )
    return out


def to_dict(report: Report) -> dict:
    from begrijpelijk import __version__

    rules = _rules(report)
    index = {r["id"]: i for i, r in enumerate(rules)}
    results = []
    notifications = []
    for file in report.files:
        if isinstance(file, UnreadableFile):
            notifications.append(
                {"level": "error", "message": {"text": file.error}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(file.path)}}}]}
            )
            continue
        for f in file.findings:
            message = f.message + (f" {f.suggestion}" if f.suggestion else "")
            fingerprint = hashlib.sha256(f"{f.rule}\0{f.text}\0{f.sentence or ''}".encode("utf8")).hexdigest()[:32]
            results.append(
                {
                    "ruleId": f.rule,
                    "ruleIndex": index[f.rule],
                    "level": LEVEL[f.severity],
                    "message": {"text": message},
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": {"uri": _uri(file.path)},
                                "region": {
                                    "startLine": f.line,
                                    "startColumn": f.column,
                                    "endLine": f.end_line,
                                    "endColumn": f.end_column,
                                    "snippet": {"text": f.text},
                                },
                            }
                        }
                    ],
                    "partialFingerprints": {"begrijpelijk/v1": fingerprint},
                }
            )
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "begrijpelijk",
                        "version": __version__,
                        "informationUri": "https://pypi.org/project/begrijpelijk/",
                        "rules": rules,
                    }
                },
                "invocations": [
                    {"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}
                ],
                "originalUriBaseIds": {"%SRCROOT%": {"uri": Path(os.getcwd()).resolve().as_uri() + "/"}},
                "results": results,
            }
        ],
    }


def render(report: Report, options=None) -> str:
    return json.dumps(to_dict(report), ensure_ascii=False, indent=2) + "\n"
