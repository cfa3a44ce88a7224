"""SARIF 2.1.0 output, as GitHub code scanning reads it: the rules with their
help text, and each finding with its physical location in the file."""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from urllib.parse import quote

from begrijpelijk.findings import Report, Severity, UnreadableFile

LEVEL = {Severity.FOUT: "error", Severity.WAARSCHUWING: "warning", Severity.SUGGESTIE: "note"}
SRCROOT = "%SRCROOT%"  # the folder begrijpelijk ran in; every file's uri is relative to it


def _location(path: str) -> dict:
    """The artifactLocation of a file: its path from the current folder,
    percent-encoded as RFC 3986 says ("rente, 5%.txt" → "rente%2C%205%25.txt",
    '/' stays the separator), relative to %SRCROOT%. A file outside that
    folder gets '..' steps; standard input is "standaardinvoer"."""
    if path.startswith("<"):
        relative = path.strip("<>")
    else:
        try:
            relative = Path(os.path.relpath(Path(path).resolve(), Path.cwd().resolve())).as_posix()
        except ValueError:  # another drive (Windows): no relative path, so the full file URI
            return {"uri": Path(path).resolve().as_uri()}
    return {"uri": quote(relative, safe="/"), "uriBaseId": SRCROOT}


def _root() -> str:
    uri = Path(os.getcwd()).resolve().as_uri()
    return uri if uri.endswith("/") else uri + "/"


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
                {"level": "error", "message": {"text": file.error}, "locations": [{"physicalLocation": {"artifactLocation": _location(file.path)}}]}
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
                                "artifactLocation": _location(file.path),
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
                "originalUriBaseIds": {SRCROOT: {"uri": _root()}},
                "results": results,
            }
        ],
    }


def render(report: Report, options=None) -> str:
    return json.dumps(to_dict(report), ensure_ascii=False, indent=2) + "\n"
