import json
import os
import subprocess
import sys

from conftest import EXAMPLES


def _start(env):
    return subprocess.Popen(
        [sys.executable, "-m", "begrijpelijk", "check", str(EXAMPLES / "bureaucratisch.txt"), "--format", "json"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env={**os.environ, **env},
    )


def _result(process):
    out, _ = process.communicate(timeout=300)
    data = json.loads(out)["files"][0]
    return data["scores"], [s["lint"] for s in data["sentences"]]


def _scores(env):
    return _result(_start(env))


def test_cached_lint_data_gives_the_same_scores_as_lint_ii_itself(tmp_path):
    direct = _start({"BEGRIJPELIJK_NO_CACHE": "1"})  # lint-ii itself, at the same time
    cached_first = _scores({"XDG_CACHE_HOME": str(tmp_path)})  # builds the cache
    assert list((tmp_path / "begrijpelijk").glob("lint-ii-*.sqlite"))
    cached = _scores({"XDG_CACHE_HOME": str(tmp_path)})  # reads it
    assert cached_first == cached == _result(direct)


def test_unwritable_cache_falls_back(tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    scores, _ = _scores({"XDG_CACHE_HOME": str(blocked)})
    assert scores["lint"] is not None
