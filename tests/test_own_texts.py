"""begrijpelijk checks its own Dutch: the rule documentation (the part that
explains, not the bad examples) has no jargon, long sentences, passives or
unexplained abbreviations."""
import json

import pytest

from begrijpelijk import Settings, check_text
from begrijpelijk.rules import registry

STRICT = {"jargon", "lange-zin", "passief", "afkorting"}


@pytest.mark.parametrize("rule_id", sorted(registry()))
def test_rule_documentation_is_plain_dutch(rule_id):
    explanation = registry()[rule_id].doc.split("Fout:")[0].replace("``", "")
    findings = check_text(explanation, Settings(only=STRICT)).findings
    assert [(f.rule, f.text) for f in findings] == []


def test_shipped_templates_pass_their_own_check_as_templates():
    from conftest import cli

    from begrijpelijk.templates.render import available

    paths = [str(p) for p in available().values()]
    result = cli("check", *paths, "--fail-on", "suggestie", "--format", "json")
    files = json.loads(result.stdout)["files"]
    findings = [(file["path"], f["rule"], f["text"]) for file in files for f in file["findings"]]
    assert findings == []
    assert result.returncode == 0
