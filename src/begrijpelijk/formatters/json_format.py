"""JSON output: a stable contract (version 1) other tools rely on."""
from __future__ import annotations

import json

from begrijpelijk.findings import FileReport, Finding, Report, UnreadableFile


def _finding(f: Finding) -> dict:
    return {
        "rule": f.rule,
        "severity": f.severity.value,
        "line": f.line,
        "column": f.column,
        "end_line": f.end_line,
        "end_column": f.end_column,
        "start": f.start,
        "end": f.end,
        "text": f.text,
        "message": f.message,
        "suggestion": f.suggestion,
        "location": f.location,
    }


def _file(file: FileReport | UnreadableFile) -> dict:
    out: dict = {"path": file.path}
    if isinstance(file, UnreadableFile):
        out["error"] = file.error
        out["scores"] = None
        out["sentences"] = []
        out["findings"] = []
        return out
    s = file.scores
    out["scores"] = {
        "lint": s.lint,
        "lint_level": s.lint_level,
        "flesch_douma": s.flesch_douma,
        "b1": s.b1,
        "oordeel": s.outcome or ("ja" if s.b1 else "nee"),
        "bijna": s.almost,
        "moeilijkheid": s.difficulty,
        "level": s.level,
        "words": s.words,
        "sentences": s.sentences,
        "average_sentence_length": s.average_sentence_length,
        "b1_word_share": s.b1_word_share,
        "passive_share": s.passive_share,
        "reasons": s.reasons,
    }
    out["sentences"] = [
        {"index": x.index, "line": x.line, "text": x.text, "words": x.words, "lint": x.lint, "lint_level": x.lint_level}
        for x in file.sentences
    ]
    out["findings"] = [_finding(f) for f in file.findings]
    if file.stress is not None:
        out["stress"] = {
            "score": file.stress.score,
            "applicable": file.stress.applicable,
            "checks": [{"rule": c.rule, "ok": c.ok, "outcome": c.outcome, "reason": c.reason} for c in file.stress.checks],
        }
    return out


def to_dict(report: Report) -> dict:
    return {
        "version": 1,
        "files": [_file(f) for f in report.files],
        "summary": {
            "files": len(report.files),
            "files_with_errors": len(report.unreadable),
            "findings": len(report.findings),
            "per_rule": report.counts_per_rule(),
            "per_severity": report.counts_per_severity(),
        },
    }


def render(report: Report, options=None) -> str:
    return json.dumps(to_dict(report), ensure_ascii=False, indent=2) + "\n"
