"""A baseline: the findings a repository already had, so CI reports only new ones.

A finding is known by its file, rule, flagged text and the sentence it stands
in (its context), not by its line number: edits above a finding do not make
it new. Paths are stored relative to the baseline file, so the baseline
works from any folder and with absolute paths. Each finding in the baseline
excuses one finding (a word flagged twice needs two). Matching goes in two
passes: first on file, rule, text and context; what is left then on file,
rule and text only (the sentence was edited). So a second copy of an old
phrase in a new sentence is reported at its new place.
"""
from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

from begrijpelijk.errors import ConfigError
from begrijpelijk.findings import Finding, Report
from begrijpelijk.writing import MAX_SMALL_FILE, read_limited, write_atomic

FORMAT = 2
READABLE = (1, 2)


def _normal(text: str | None) -> str:
    return " ".join((text or "").split())


def stored_path(path: str, baseline: Path) -> str:
    """The path of a checked file as the baseline stores it: relative to the
    folder of the baseline file, with forward slashes."""
    if path.startswith("<"):  # <standaardinvoer>
        return path
    folder = os.path.realpath(baseline.parent)
    return Path(os.path.relpath(os.path.realpath(path), folder)).as_posix()


def _context(finding: Finding) -> str:
    return _normal(finding.sentence if finding.sentence is not None else finding.text)


def write(report: Report, path: Path) -> int:
    entries = [
        {"file": stored_path(f.path, path), "rule": x.rule, "text": _normal(x.text), "context": _context(x)}
        for f in report.files
        for x in f.findings
    ]
    write_atomic(path, json.dumps({"begrijpelijk-baseline": FORMAT, "findings": entries}, ensure_ascii=False, indent=1) + "\n")
    return len(entries)


def read(path: Path) -> list[dict]:
    try:
        data = json.loads(read_limited(path, MAX_SMALL_FILE, "baseline-bestand").decode("utf8"))
        if data.get("begrijpelijk-baseline") not in READABLE:
            raise ValueError
        entries = [
            {"file": Path(e["file"]).as_posix(), "rule": str(e["rule"]), "text": _normal(e["text"]), "context": e.get("context")}
            for e in data["findings"]
        ]
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        raise ConfigError(
            f"{path}: dit baseline-bestand is beschadigd of geen baseline van begrijpelijk. "
            "Maak het opnieuw met --baseline en --baseline-update."
        ) from None
    return entries


def filter_new(report: Report, known: list[dict], baseline: Path) -> int:
    """Remove the findings the baseline knows. Returns how many were removed."""
    exact = Counter((e["file"], e["rule"], e["text"], e["context"]) for e in known if e["context"] is not None)
    loose = Counter((e["file"], e["rule"], e["text"]) for e in known)
    removed = 0
    for file in report.files:
        name = stored_path(file.path, baseline)
        keep = [True] * len(file.findings)
        # pass 1: same sentence
        for i, finding in enumerate(file.findings):
            key = (name, finding.rule, _normal(finding.text), _context(finding))
            if exact[key] > 0:
                exact[key] -= 1
                loose[key[:3]] -= 1
                keep[i] = False
        # pass 2: the sentence changed, the finding did not
        for i, finding in enumerate(file.findings):
            if not keep[i]:
                continue
            key3 = (name, finding.rule, _normal(finding.text))
            if loose[key3] > 0:
                loose[key3] -= 1
                keep[i] = False
        removed += keep.count(False)
        file.findings = [f for f, k in zip(file.findings, keep) if k]
    return removed
