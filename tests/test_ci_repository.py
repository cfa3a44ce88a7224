"""Acceptance: a small template repository checked the way a CI pipeline does."""
import json
from pathlib import Path

import pytest
from conftest import cli

CONFIG = """\
fail-on = "waarschuwing"
uit = ["moeilijk-woord", "lang-woord", "geen-contact", "kern-eerst", "actie-onduidelijk", "positief-afsluiten"]
exclude = ["templates/archief/*"]

[lange-zin]
max-woorden = 18
"""

UITNODIGING = """\
---
velden:
  naam: {type: tekst}
---
# Uitnodiging

Beste {{ naam }},

U bent welkom op ons spreekuur.
Indien u niet kunt komen, bel ons dan.

<!-- begrijpelijk: negeer passief -->
Uw afspraak wordt door ons bevestigd.
"""

HERINNERING = """\
Beste {{ naam }},

Wij hebben uw formulier nog niet gekregen.
{% if dagen > 14 %}
Wilt u het formulier vóór {{ datum }} retourneren?
{% endif %}
Met vriendelijke groet,
"""


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    (tmp_path / "begrijpelijk.toml").write_text(CONFIG, encoding="utf8")
    templates = tmp_path / "templates"
    (templates / "archief").mkdir(parents=True)
    (templates / "uitnodiging.md.j2").write_text(UITNODIGING, encoding="utf8")
    (templates / "herinnering.txt.j2").write_text(HERINNERING, encoding="utf8")
    (templates / "archief" / "oud.txt").write_text("Indien u wilt, retourneer het.", encoding="utf8")
    return tmp_path


def _json(repo, *args):
    result = cli("check", "templates", "--format", "json", *args, cwd=repo)
    return result, json.loads(result.stdout)


def test_findings_point_at_the_template_lines(repo):
    result, data = _json(repo)
    assert result.returncode == 1
    by_file = {Path(f["path"]).name: f["findings"] for f in data["files"]}
    assert set(by_file) == {"uitnodiging.md.j2", "herinnering.txt.j2"}  # the archive is excluded
    assert [(f["rule"], f["text"], f["line"]) for f in by_file["uitnodiging.md.j2"]] == [("jargon", "Indien", 10)]
    assert ("jargon", "retourneren", 5) in [(f["rule"], f["text"], f["line"]) for f in by_file["herinnering.txt.j2"]]


def test_every_format_and_exit_codes(repo):
    github = cli("check", "templates", "--format", "github", cwd=repo)
    assert github.returncode == 1
    assert "::error file=templates/uitnodiging.md.j2,line=10,col=1," in github.stdout.decode()
    sarif = json.loads(cli("check", "templates", "--format", "sarif", cwd=repo).stdout)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]}
    assert uris == {"templates/uitnodiging.md.j2", "templates/herinnering.txt.j2"}
    junit = cli("check", "templates", "--format", "junit", cwd=repo).stdout.decode()
    assert junit.count("<testcase ") == 2 and "<failure " in junit
    # no finding at or above fail-on: exit 0
    assert cli("check", "templates", "--fail-on", "fout", "--uit", "jargon", cwd=repo).returncode == 0


def test_baseline_reports_only_new_findings_whatever_the_line(repo):
    first = cli("check", "templates", "--baseline", "baseline.json", cwd=repo)
    assert first.returncode == 0 and (repo / "baseline.json").exists()
    assert cli("check", "templates", "--baseline", "baseline.json", cwd=repo).returncode == 0
    template = repo / "templates" / "herinnering.txt.j2"
    # lines added above the old findings, and one new finding
    template.write_text("Wij helpen u graag.\n\n" + HERINNERING + "\nWij verstrekken u de stukken.\n", encoding="utf8")
    result, data = _json(repo, "--baseline", "baseline.json")
    assert result.returncode == 1
    new = [(f["rule"], f["text"]) for file in data["files"] for f in file["findings"]]
    assert new == [("jargon", "verstrekken")]
    # --baseline-update makes the new state the baseline
    assert cli("check", "templates", "--baseline", "baseline.json", "--baseline-update", cwd=repo).returncode == 0
    assert cli("check", "templates", "--baseline", "baseline.json", cwd=repo).returncode == 0


def test_corrupt_baseline_is_a_usage_error(repo):
    (repo / "baseline.json").write_text("{kapot", encoding="utf8")
    result = cli("check", "templates", "--baseline", "baseline.json", cwd=repo)
    assert result.returncode == 2
    assert "baseline.json: dit baseline-bestand is beschadigd" in result.stderr.decode()


def test_jobs_give_the_same_findings(repo):
    for i in range(70):  # more than one batch
        (repo / "templates" / f"kopie-{i:02}.txt.j2").write_text(HERINNERING, encoding="utf8")
    _, one = _json(repo)
    _, two = _json(repo, "--jobs", "2")
    assert one["files"] == two["files"]


def test_pre_commit_hook_definition_is_valid():
    import yaml

    hooks = yaml.safe_load((Path(__file__).resolve().parents[1] / ".pre-commit-hooks.yaml").read_text(encoding="utf8"))
    hook = hooks[0]
    assert hook["id"] == "begrijpelijk" and hook["entry"] == "begrijpelijk check"
    assert hook["language"] == "python"
    import re

    from begrijpelijk.readers import supported_extensions

    for extension in supported_extensions():  # the hook runs on every kind of letter begrijpelijk reads
        assert re.search(hook["files"], "brief" + extension), extension
