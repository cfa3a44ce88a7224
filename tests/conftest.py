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


def suggestions(text: str, rule: str = "jargon") -> dict[str, str]:
    """The advice of one rule per word found: {"gewijzigd": "Schrijf 'veranderd'."}."""
    return {f.text: f.suggestion for f in rule_findings(text, rule)}


def run_subprocess(*args, stdin: bytes | None = None, cwd=None):
    """Run the installed entry point as a real process. Only for the few tests
    that check what a process does (exit code of `python -m`, signals, no
    traceback on stderr); the others use cli()."""
    return subprocess.run(
        [sys.executable, "-m", "begrijpelijk", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        timeout=300,
    )


@pytest.fixture(autouse=True)
def _no_colour_from_the_environment(monkeypatch):
    """NO_COLOR or FORCE_COLOR in the shell or CI that runs the tests would
    change every report; a test that needs one sets it itself."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)


def on_terminal(*args, env: dict[str, str] | None = None) -> str:
    """Run `python -m begrijpelijk ARGS` with standard output on a
    pseudo-terminal, as a user sees it; returns what the terminal got."""
    import os
    import pty

    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "begrijpelijk", *map(str, args)],
        stdout=follower, stderr=subprocess.DEVNULL, env={**os.environ, "TERM": "xterm", **(env or {})},
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:  # EIO: the process has closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    process.wait(timeout=300)
    os.close(leader)
    return b"".join(chunks).decode("utf8", "replace")


@pytest.fixture(scope="session")
def nlp():
    from begrijpelijk import nlp as loader

    return loader.load()


class _Keep(__import__("io").BytesIO):
    """A BytesIO that keeps its bytes when a wrapper around it is closed."""

    def close(self):
        pass


class _Result:
    def __init__(self, returncode: int, stdout: bytes, stderr: bytes):
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


def cli(*args, stdin: bytes = b"", cwd=None) -> _Result:
    """Run `begrijpelijk ARGS` in this process (the model stays loaded), through
    the same main() as the installed command. Returns returncode, stdout and
    stderr as bytes, like subprocess.run."""
    import io
    import os

    from begrijpelijk.cli.main import main

    out, err = _Keep(), _Keep()
    saved = sys.argv, sys.stdin, sys.stdout, sys.stderr, os.getcwd()
    sys.argv = ["begrijpelijk", *map(str, args)]
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf8")
    sys.stdout = io.TextIOWrapper(out, encoding="utf8", write_through=True)
    sys.stderr = io.TextIOWrapper(err, encoding="utf8", write_through=True)
    code = 0
    try:
        if cwd is not None:
            os.chdir(cwd)
        try:
            main()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        sys.argv, sys.stdin, sys.stdout, sys.stderr = saved[:4]
        os.chdir(saved[4])
    return _Result(code, out.getvalue(), err.getvalue())
