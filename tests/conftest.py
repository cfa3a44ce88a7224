import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def rule_findings(text: str, rule: str, **options):
    """Findings of one rule on a text, with options like max_woorden=15."""
    from begrijpelijk import Settings, check_text

    settings = Settings(only={rule}, options={rule: {k.replace("_", "-"): v for k, v in options.items()}} if options else {})
    return check_text(text, settings).findings


def run_cli(*args, stdin: bytes | None = None, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "begrijpelijk", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        timeout=300,
    )


@pytest.fixture(scope="session")
def nlp():
    from begrijpelijk import nlp as loader

    return loader.load()
