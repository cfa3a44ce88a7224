"""Conventions every rule keeps: Dutch kebab-case id, documented, tested."""
from pathlib import Path

import pytest

from begrijpelijk.findings import Severity
from begrijpelijk.rules import ID_PATTERN, registry

TESTS = Path(__file__).parent
RULES = registry()


def test_the_rules_of_the_check_issue_are_registered():
    assert {"lange-zin", "passief", "jargon", "moeilijk-woord"} <= set(RULES)


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_rule_conventions(rule_id):
    rule = RULES[rule_id]
    assert ID_PATTERN.match(rule.id)
    assert isinstance(rule.severity, Severity)
    assert "Fout:" in rule.doc and "Goed:" in rule.doc, "docstring needs a bad and a good example"
    assert "Waarom" in rule.doc
    assert rule.summary
    for key, value in rule.options.items():
        assert ID_PATTERN.match(key) and value is not None
        assert key in rule.doc, f"option {key} is not documented"
    module = rule_id.replace("-", "_")
    assert (TESTS / f"test_rule_{module}.py").exists(), "each rule has its own test file"
