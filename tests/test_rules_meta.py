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


def _examples(doc: str, label: str) -> list[str]:
    """The indented lines under 'Fout:' or 'Goed:' in a rule's docstring."""
    lines = doc.splitlines()
    out: list[str] = []
    for i, line in enumerate(lines):
        if line.strip() == label:
            for following in lines[i + 1 :]:
                if following.startswith("    ") and following.strip():
                    out.append(following.strip())
                elif following.strip():
                    break
            break
    return out


# rules about a whole letter judge only a letter (a salutation, a closing, 30
# words or more): their one-line examples are put inside this frame
FRAME = (
    "Beste mevrouw De Vries,\n\n{example}\n\n"
    "Wij helpen u graag. Mijn naam is Anna de Boer. Mijn nummer is 030 123 45 67. Ik ben er "
    "van maandag tot en met donderdag van 9.00 tot 12.00 uur.\n\nMet vriendelijke groet,\n\nAnna de Boer\n"
)
FRAME_END = (
    "Beste mevrouw De Vries,\n\nU hebt een rekening van ons gekregen. Mijn naam is Anna de Boer. Mijn nummer "
    "is 030 123 45 67. Ik ben er van maandag tot en met donderdag van 9.00 tot 12.00 uur.\n\n{example}\n\n"
    "Met vriendelijke groet,\n\nAnna de Boer\n"
)
WHOLE_LETTER = {"kern-eerst", "geen-contact", "dreigend-begin", "positief-afsluiten", "te-lang", "actie-onduidelijk", "stappen", "vage-termijn"}
AT_THE_END = {"positief-afsluiten"}
NOT_ON_A_SNIPPET = {
    # examples of a template error and of a suppression are not plain text
    "template-fout", "ongebruikte-uitzondering",
    # a letter of more than one page, or without a contact person, does not fit in a docstring
    "te-lang", "geen-contact",
}


@pytest.mark.parametrize("rule_id", sorted(set(RULES) - NOT_ON_A_SNIPPET))
def test_each_rules_own_examples_go_through_the_rule_itself(rule_id):
    """The 'Fout:' example of each rule's documentation gets a finding of that
    rule; the 'Goed:' example gets none (sqlfluff runs its rule docs too)."""
    from conftest import rule_findings

    rule = RULES[rule_id]
    bad, good = _examples(rule.doc, "Fout:"), _examples(rule.doc, "Goed:")
    assert bad and good
    bad_text, good_text = "\n".join(bad), "\n".join(good)
    if rule_id in WHOLE_LETTER:
        frame = FRAME_END if rule_id in AT_THE_END else FRAME
        bad_text, good_text = frame.format(example=bad_text), frame.format(example=good_text)
    assert rule_findings(bad_text, rule_id), f"{rule_id}: its Fout example gets no finding"
    assert not rule_findings(good_text, rule_id), f"{rule_id}: its Goed example gets a finding"


def _shown(value) -> str:
    """A default as the docs write it: ja/nee for a yes-or-no option."""
    return {True: "ja", False: "nee"}.get(value, str(value)) if isinstance(value, bool) else str(value)


def test_the_readme_rule_table_is_the_registry():
    """Id, severity, on or off by default, and the options with their defaults."""
    import re

    readme = (TESTS.parent / "README.md").read_text(encoding="utf8")
    rows = {}
    for line in readme.split("## Regels", 1)[1].split("\n\n", 2)[1].splitlines()[2:]:
        cells = [c.strip() for c in line.strip("|").split("|")]
        rows[cells[0].strip("`")] = cells
    assert set(rows) == set(RULES)
    for rule_id, (_, severity, on, _what, options) in rows.items():
        rule = RULES[rule_id]
        assert severity == rule.severity.value, rule_id
        assert on == ("aan" if rule.default_on else "uit"), rule_id
        written = dict(re.findall(r"`([a-z-]+)` = ([^,]+)", options))
        shown = {k: _shown(v) for k, v in rule.options.items() if v != ""}
        assert {k: v.strip() for k, v in written.items()} == shown, rule_id


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_no_rule_reads_the_raw_source(rule_id):
    """Rules search the prose with AnalysedDocument.search (offsets mapped back
    to the source), the paragraphs or the parse; never the raw file text,
    where Markdown, HTML attributes and code blocks would count as prose."""
    import re

    module = TESTS.parent / "src/begrijpelijk/rules" / f"{rule_id.replace('-', '_')}.py"
    code = module.read_text(encoding="utf8")
    assert not re.search(r"document\.(source|text)\b", code), f"{rule_id} reads document.source or document.text"
    parts = (TESTS.parent / "src/begrijpelijk/rules/_parts.py").read_text(encoding="utf8")
    assert not re.search(r"document\.(source|text)\b", parts)


@pytest.mark.parametrize("rule_id", sorted(r for r in RULES if RULES[r].options))
def test_the_defaults_in_the_docs_are_the_rules_own(rule_id):
    """"``max-woorden`` (standaard 20)" in the docstring is the default in code."""
    import re

    rule = RULES[rule_id]
    written = dict(re.findall(r"``([a-z-]+)`` \(standaard ([^)]+)\)", rule.doc))
    for key, value in rule.options.items():
        if value == "":
            continue  # an option without a default (vage-termijn.datum)
        assert written.get(key) == _shown(value), f"{rule_id}: the docstring gives {key} another default"
