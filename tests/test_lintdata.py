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
    assert list((tmp_path / "begrijpelijk").glob("pyphen-*.pickle"))  # the hyphenation patterns for Flesch-Douma
    cached = _scores({"XDG_CACHE_HOME": str(tmp_path)})  # reads it
    assert cached_first == cached == _result(direct)


def test_unwritable_cache_falls_back(tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    scores, _ = _scores({"XDG_CACHE_HOME": str(blocked)})
    assert scores["lint"] is not None and scores["flesch_douma"] is not None


def test_damaged_hyphenation_cache_is_made_again(tmp_path, monkeypatch):
    import pyphen

    from begrijpelijk.check import hyphenation
    from begrijpelijk.check.scoring import flesch_douma

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(pyphen, "hdcache", {})
    text = "De gemeente heeft uw aanvraag voor bijzondere bijstand ontvangen en behandelt die binnenkort."
    expected = flesch_douma(text)  # writes the cache
    dictionary = next(iter(pyphen.hdcache))
    hyphenation.cache_file(dictionary).write_bytes(b"not a pickle")
    monkeypatch.setattr(pyphen, "hdcache", {})
    assert hyphenation.install("nl") is True
    assert hyphenation.cache_file(dictionary).read_bytes() != b"not a pickle"
    # the patterns from the cache hyphenate exactly as pyphen's own file does
    cached, fresh = pyphen.hdcache[dictionary], pyphen.HyphDict(dictionary)
    assert cached is not fresh
    for word in text.lower().replace(".", "").split():
        assert cached.positions(word) == fresh.positions(word)
    assert flesch_douma(text) == expected
