"""The README's CI snippets, run as written against a clone of this repository.

The snippets install begrijpelijk from a git URL at a version tag, then run
commands (GitHub Actions, GitLab CI), or name the hook at that tag
(pre-commit). Here the URL points at a temporary clone of this repository; the
tag the README names is made in that clone when the repository itself does not
carry it (a fresh checkout may lack tags). Installing takes about 10 s."""
import json
import os
import re
import shlex
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf8")
PLACE = "https://example.org/uw-organisatie/begrijpelijk"
BLOCKS = re.findall(r"```yaml\n(.*?)```", README, re.S)
# one worker runs this module, so the tagged copy is installed once (pytest -n with --dist loadgroup)
pytestmark = pytest.mark.xdist_group("snippets")
LETTER = "Beste meneer Bakker,\n\nWij verzoeken u het formulier binnen 14 dagen te retourneren.\n\nMet vriendelijke groet,\n\nAnna de Boer\n"


def _snippet(word: str) -> dict:
    found = [yaml.safe_load(block) for block in BLOCKS if word in block]
    assert len(found) == 1, f"the README has one snippet with {word!r}"
    return found[0]


def _rev() -> str:
    pre_commit = _snippet("hooks:")
    return pre_commit["repos"][0]["rev"]


def _git(*args, cwd=None) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A bare clone of this repository with the README's tag, and begrijpelijk
    installed from it with the README's pip line (into a folder, no dependencies:
    this environment has them)."""
    base = tmp_path_factory.mktemp("snippets")
    clone = base / "begrijpelijk.git"
    _git("clone", "-q", "--bare", str(ROOT), str(clone))
    rev = _rev()
    if rev not in _git("tag", "-l", cwd=clone).split():
        _git("tag", rev, "HEAD", cwd=clone)
    target = base / "site"
    line = next(line for line in _snippet("github")["jobs"]["begrijpelijk"]["steps"] if "pip install" in str(line.get("run", "")))
    spec = shlex.split(line["run"])[-1].replace(PLACE, f"file://localhost{clone}")
    assert spec.endswith(f"@{rev}")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation", "--target", str(target), spec],
        check=True, capture_output=True,
    )
    where = subprocess.run(
        [sys.executable, "-c", "import begrijpelijk; print(begrijpelijk.__file__)"],
        env=dict(os.environ, PYTHONPATH=str(target)), capture_output=True, text=True, check=True,
    ).stdout
    assert where.startswith(str(target)), where  # the commands below run the copy installed from the tag
    return clone, target


def _run(target: Path, command: str, cwd: Path):
    """A snippet's command line, with the installed begrijpelijk; '> file' as the shell does."""
    words = shlex.split(command)
    output = None
    if ">" in words:
        output = cwd / words[words.index(">") + 1]
        words = words[: words.index(">")]
    assert words[0] == "begrijpelijk"
    env = dict(os.environ, PYTHONPATH=str(target))
    done = subprocess.run([sys.executable, "-m", "begrijpelijk", *words[1:]], cwd=cwd, env=env, capture_output=True, text=True)
    if output is not None:
        output.write_text(done.stdout, encoding="utf8")
    assert done.returncode in (0, 1), done.stderr  # 1: there are findings; 2 would be a usage error
    return done


@pytest.fixture
def repository(tmp_path):
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "brief.txt").write_text(LETTER, encoding="utf8")
    return tmp_path


def test_github_actions_job_runs_as_written(installed, repository):
    _, target = installed
    steps = [s["run"] for s in _snippet("github")["jobs"]["begrijpelijk"]["steps"] if "run" in s and "pip install" not in s["run"]]
    assert steps
    for command in steps:
        done = _run(target, command, repository)
        assert "templates/brief.txt" in done.stdout
    sarif = json.loads((repository / "begrijpelijk.sarif").read_text(encoding="utf8"))
    assert sarif["runs"][0]["results"]


def test_gitlab_job_runs_as_written(installed, repository):
    _, target = installed
    job = _snippet("junit")["brieven"]
    for command in [c for c in job["script"] if not c.startswith("pip ")]:
        _run(target, command, repository)
    report = job["artifacts"]["reports"]["junit"]
    assert ET.parse(repository / report).getroot().iter("testcase")


def test_pre_commit_hook_runs_at_the_tag(installed, repository):
    clone, target = installed
    entry = _snippet("hooks:")["repos"][0]
    hooks = yaml.safe_load(_git("show", f"{entry['rev']}:.pre-commit-hooks.yaml", cwd=clone))
    hook = next(h for h in hooks if h["id"] == entry["hooks"][0]["id"])
    (repository / "notities.py").write_text("x = 1\n", encoding="utf8")
    # pre-commit passes the files that match the hook's pattern
    files = sorted(str(p.relative_to(repository)) for p in repository.rglob("*") if p.is_file() and re.search(hook["files"], p.name))
    assert files == ["templates/brief.txt"]
    done = _run(target, " ".join([hook["entry"], *files]), repository)
    assert done.returncode == 1 and "retourneren" in done.stdout


def test_the_tag_is_this_version():
    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf8"))["project"]["version"]
    assert _rev() == f"v{version}"
    assert f"## {version} " in (ROOT / "CHANGELOG.md").read_text(encoding="utf8")
