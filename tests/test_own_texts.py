"""begrijpelijk checks its own Dutch: the rule documentation (the part that
explains, not the bad examples) has no jargon, long sentences, passives or
unexplained abbreviations."""
import pytest

from begrijpelijk import Settings, check_text
from begrijpelijk.rules import registry

STRICT = {"jargon", "lange-zin", "passief", "afkorting"}


@pytest.mark.parametrize("rule_id", sorted(registry()))
def test_rule_documentation_is_plain_dutch(rule_id):
    explanation = registry()[rule_id].doc.split("Fout:")[0].replace("``", "")
    findings = check_text(explanation, Settings(only=STRICT)).findings
    assert [(f.rule, f.text) for f in findings] == []
