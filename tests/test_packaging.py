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


def test_the_version_is_in_the_changelog_and_the_readme_snippets():
    """The CI snippets of the README install the version the CHANGELOG names."""
    import tomllib

    import begrijpelijk

    root = Path(__file__).resolve().parents[1]
    version = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf8"))["project"]["version"]
    assert begrijpelijk.__version__ == version
    assert f"## {version} (" in (root / "CHANGELOG.md").read_text(encoding="utf8")
    readme = (root / "README.md").read_text(encoding="utf8")
    assert readme.count(f"@v{version}") >= 2 and f"rev: v{version}" in readme
