"""The layers import only downwards (DESIGN.md, issue 37): the language layer
(nlp) imports no rule, check, fix, format, template, command or page; a rule
imports no fix, format, template, command or page. Every import counts, also
one inside a function."""
import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "begrijpelijk"
FORBIDDEN = {
    "nlp": {"rules", "check", "fix", "formatters", "templates", "cli", "web"},
    "rules": {"fix", "formatters", "templates", "cli", "web"},
}


def _imports(path: Path, root: Path = SRC) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf8"))
    package = list(path.relative_to(root.parent).with_suffix("").parts[:-1])
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                found.add(".".join(base + ([node.module] if node.module else [])))
            elif node.module:
                found.add(node.module)
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_a_layer_imports_nothing_above_it(layer):
    wrong = []
    for path in sorted((SRC / layer).rglob("*.py")):
        for module in _imports(path):
            parts = module.split(".")
            if parts[0] == "begrijpelijk" and len(parts) > 1 and parts[1] in FORBIDDEN[layer]:
                wrong.append(f"{path.relative_to(SRC)} imports {module}")
    assert not wrong, wrong


def test_the_check_finds_an_upward_import(tmp_path):
    """The test itself can fail: a relative import of a rule inside a function of the language layer is seen."""
    probe = tmp_path / "begrijpelijk" / "nlp"
    probe.mkdir(parents=True)
    (probe / "x.py").write_text("def f():\n    from ..rules.passief import detect\n", encoding="utf8")
    assert "begrijpelijk.rules.passief" in _imports(probe / "x.py", tmp_path / "begrijpelijk")
