"""Pyphen's Dutch hyphenation patterns, parsed once and kept in the user's cache.

textstat counts syllables for Flesch-Douma with pyphen, and pyphen parses its
pattern file on every run: about a tenth of a second of a cold check. The first
run writes the parsed patterns to a file in the cache folder (atomically, next
to lint-ii's word data, see `lintdata`); later runs read that file and give
pyphen the very same object, so the syllables and the score do not change. If
the cache cannot be written or read, pyphen reads its own file as before. The
file is a pickle in the user's own cache folder, like lint-ii's SQLite file
next to it; a damaged or unreadable one is made again.
"""
from __future__ import annotations

import os
import pickle
import tempfile
from importlib import metadata
from pathlib import Path

from begrijpelijk.check.lintdata import cache_dir

FORMAT = 1
PROTOCOL = 4  # readable by every Python that begrijpelijk supports


def cache_file(dictionary: Path) -> Path:
    return cache_dir() / f"pyphen-{metadata.version('pyphen')}-{dictionary.stem}-v{FORMAT}.pickle"


def _write(path: Path, patterns) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            pickle.dump(patterns, out, protocol=PROTOCOL)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _read(path: Path, kind: type):
    """The cached patterns, or None when the file is missing or damaged."""
    try:
        with path.open("rb") as cached:
            patterns = pickle.load(cached)  # our own file in the user's cache folder
    except Exception:  # missing, cut off, another format: make it again
        return None
    return patterns if isinstance(patterns, kind) else None


def install(lang: str = "nl") -> bool:
    """Put the parsed patterns for ``lang`` in pyphen's own cache, from the
    cache file (made or mended when needed). Returns False when pyphen will
    read its file itself."""
    if os.environ.get("BEGRIJPELIJK_NO_CACHE"):
        return False
    try:
        import pyphen

        dictionary = Path(pyphen.LANGUAGES[pyphen.language_fallback(lang)])
        if dictionary in pyphen.hdcache:
            return True
        path = cache_file(dictionary)
        patterns = _read(path, pyphen.HyphDict)
        if patterns is None:
            patterns = pyphen.HyphDict(dictionary)
            pyphen.hdcache[dictionary] = patterns  # parsed once, also when the cache cannot be written
            _write(path, patterns)
        pyphen.hdcache[dictionary] = patterns
        return True
    except (OSError, KeyError, ImportError, pickle.PickleError, metadata.PackageNotFoundError):
        return False
