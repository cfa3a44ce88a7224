"""A baseline: the findings a repository already had, so CI reports only new ones.

Findings are matched by file, rule and flagged text, not by line number, so
edits above a finding do not make it new. Each finding in the baseline
excuses one finding with the same key (a word flagged twice needs two).
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from .errors import ConfigError
from .findings import Report
from .writing import write_atomic

FORMAT = 1


def _key(path: str, rule: str, text: str) -> tuple[str, str, str]:
    return (Path(path).as_posix(), rule, " ".join(text.split()))


def write(report: Report, path: Path) -> int:
    entries = [
        {"file": Path(f.path).as_posix(), "rule": x.rule, "text": x.text}
        for f in report.files
        for x in f.findings
    ]
    write_atomic(path, json.dumps({"begrijpelijk-baseline": FORMAT, "findings": entries}, ensure_ascii=False, indent=1) + "\n")
    return len(entries)


def read(path: Path) -> Counter:
    try:
        data = json.loads(path.read_text(encoding="utf8"))
        if data.get("begrijpelijk-baseline") != FORMAT:
            raise ValueError
        return Counter(_key(e["file"], e["rule"], e["text"]) for e in data["findings"])
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        raise ConfigError(
            f"{path}: dit baseline-bestand is beschadigd of geen baseline van begrijpelijk. "
            "Maak het opnieuw met --baseline en --write."
        ) from None


def filter_new(report: Report, known: Counter) -> int:
    """Remove the findings the baseline knows. Returns how many were removed."""
    left = Counter(known)
    removed = 0
    for file in report.files:
        kept = []
        for finding in file.findings:
            key = _key(file.path, finding.rule, finding.text)
            if left[key] > 0:
                left[key] -= 1
                removed += 1
            else:
                kept.append(finding)
        file.findings = kept
    return removed
