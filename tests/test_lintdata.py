import json
import os
import subprocess
import sys

from conftest import EXAMPLES


def _scores(env):
    out = subprocess.run(
        [sys.executable, "-m", "begrijpelijk", "check", str(EXAMPLES / "bureaucratisch.txt"), "--format", "json"],
        capture_output=True, env={**os.environ, **env}, timeout=300,
    ).stdout
    data = json.loads(out)["files"][0]
    return data["scores"], [s["lint"] for s in data["sentences"]]


def test_cached_lint_data_gives_the_same_scores_as_lint_ii_itself(tmp_path):
    cached_first = _scores({"XDG_CACHE_HOME": str(tmp_path)})  # builds the cache
    assert list((tmp_path / "begrijpelijk").glob("lint-ii-*.sqlite"))
    cached = _scores({"XDG_CACHE_HOME": str(tmp_path)})  # reads it
    direct = _scores({"BEGRIJPELIJK_NO_CACHE": "1"})
    assert cached_first == cached == direct


def test_unwritable_cache_falls_back(tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    scores, _ = _scores({"XDG_CACHE_HOME": str(blocked)})
    assert scores["lint"] is not None
