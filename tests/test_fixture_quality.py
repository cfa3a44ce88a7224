"""Quality bar for the word and sentence rules: precision ≥ 0.9 and recall ≥ 0.8
per rule on the project's own letter sentences (tests/fixtures/zinnen.yaml)."""
from pathlib import Path

import pytest
import yaml

RULES = ["afkorting", "naamwoordstijl", "lang-woord", "tangconstructie", "tussenzin", "onpersoonlijk"]
CASES = yaml.safe_load((Path(__file__).parent / "fixtures" / "zinnen.yaml").read_text(encoding="utf8"))


def _matches(found: str, expected: str) -> bool:
    found, expected = found.lower(), expected.lower()
    return expected in found or found in expected


@pytest.fixture(scope="module")
def scores():
    from begrijpelijk import Settings, check_text

    counts = {rule: {"tp": 0, "fp": 0, "fn": 0} for rule in RULES}
    misses = []
    for case in CASES:
        findings = check_text(case["zin"], Settings(only=set(RULES))).findings
        expected = case.get("verwacht") or {}
        for rule in RULES:
            want = list(expected.get(rule, []))
            got = [f.text for f in findings if f.rule == rule]
            for text in got:
                hit = next((w for w in want if _matches(text, w)), None)
                if hit is not None:
                    counts[rule]["tp"] += 1
                    want.remove(hit)
                else:
                    counts[rule]["fp"] += 1
                    misses.append(f"FP {rule}: {text!r} in {case['zin']!r}")
            for text in want:
                counts[rule]["fn"] += 1
                misses.append(f"FN {rule}: {text!r} in {case['zin']!r}")
    return counts, misses


def test_fixture_is_big_enough():
    assert len(CASES) >= 60
    for rule in RULES:
        assert sum(1 for c in CASES if rule in (c.get("verwacht") or {})) >= 5, rule


@pytest.mark.parametrize("rule", RULES)
def test_precision_and_recall(rule, scores):
    counts, misses = scores
    c = counts[rule]
    precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    print(f"\n{rule}: precision {precision:.2f}, recall {recall:.2f} ({c})")
    details = "\n".join(m for m in misses if f" {rule}:" in m)
    assert precision >= 0.9, details
    assert recall >= 0.8, details
