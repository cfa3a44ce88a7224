"""The word lists and templates have one copy, at the top of the repository;
the installed tool must find exactly those files (CI installs a wheel)."""
import tomllib
from pathlib import Path

import pytest

from begrijpelijk.data import shipped

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("folder", ["wordlists", "templates"])
def test_installed_tool_finds_the_top_level_folders(folder):
    mine = sorted(p.name for p in (ROOT / folder).iterdir() if p.is_file())
    found = sorted(p.name for p in shipped(folder).iterdir() if p.is_file() and not p.name.startswith("__"))
    assert mine and found == mine
    for name in mine:
        assert shipped(folder).joinpath(name).read_bytes() == (ROOT / folder / name).read_bytes()


def test_every_package_is_in_the_wheel():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    on_disk = {".".join(p.parent.relative_to(ROOT / "src").parts) for p in (ROOT / "src/begrijpelijk").rglob("__init__.py")}
    assert on_disk <= listed
    assert not (ROOT / "src/begrijpelijk/wordlists").exists() and not (ROOT / "src/begrijpelijk/data/templates").exists()
