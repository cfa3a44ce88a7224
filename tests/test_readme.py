"""The README is a manual: the output it shows is the output a user gets."""
import re
from pathlib import Path

from conftest import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf8")


def _shown_blocks():
    """(command, lines shown) for every ``` block that starts with '$ begrijpelijk …'."""
    for block in re.findall(r"```\n(\$ begrijpelijk [^\n]+\n.*?)```", README, flags=re.S):
        first, *shown = block.rstrip("\n").split("\n")
        yield first[2:].split(), shown


def test_the_readme_shows_real_output():
    blocks = list(_shown_blocks())
    assert blocks, "the README shows the output of at least one command"
    for command, shown in blocks:
        result = cli(*command[1:], "--no-color", cwd=ROOT)
        lines = result.stdout.decode().splitlines()
        for line in shown:
            if line.strip() == "…":
                continue
            if line.endswith(" …"):
                assert any(l.startswith(line[:-2]) for l in lines), f"{' '.join(command)}: no line starts with {line[:-2]!r}"
            else:
                assert line in lines, f"{' '.join(command)}: {line!r} is not in the output"


def test_the_readme_exit_codes_of_the_examples():
    """'De eerste opdracht eindigt met exitcode 1 … b1-herschreven.txt … geeft exitcode 0.'"""
    assert "exitcode 1" in README and "exitcode 0" in README
    assert cli("check", "examples/bureaucratisch.txt", cwd=ROOT).returncode == 1
    assert cli("check", "examples/b1-herschreven.txt", cwd=ROOT).returncode == 0
