"""Fast access to LiNT-II's word data (lint-ii's own files, read once).

lint-ii reads its word lists (SUBTLEX-NL frequencies, 165,000 nouns with their
semantic type) from parquet into Python dicts when it is imported: about a
second, on every run. A letter needs a few hundred of those words. The first
time, this module copies the data into an SQLite file in the user's cache
folder; later runs look words up there. It then stands in for
``lint_ii.linguistic_data.wordlists`` with the same names, so lint-ii's own
feature code runs unchanged. If the cache cannot be made (read-only home),
lint-ii simply loads its files itself.
"""
from __future__ import annotations

import json
import os
import sqlite3
import sys
import tempfile
import types
from collections.abc import Mapping
from importlib import metadata
from pathlib import Path
from typing import Any

MODULE = "lint_ii.linguistic_data.wordlists"
FORMAT = 1


class SqliteMapping(Mapping):
    """A read-only dict backed by one SQLite table (key TEXT, value TEXT as JSON)."""

    def __init__(self, connection: sqlite3.Connection, table: str) -> None:
        self._db = connection
        self._table = table
        self._cache: dict = {}

    def __getitem__(self, key):
        if key in self._cache:
            value = self._cache[key]
        else:
            row = self._db.execute(f"SELECT value FROM {self._table} WHERE key = ?", (key,)).fetchone()
            value = self._cache[key] = None if row is None else json.loads(row[0])
        if value is None:
            raise KeyError(key)
        return value

    def __iter__(self):
        return (row[0] for row in self._db.execute(f"SELECT key FROM {self._table}"))

    def __len__(self) -> int:
        return self._db.execute(f"SELECT COUNT(*) FROM {self._table}").fetchone()[0]


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "begrijpelijk"


def cache_file() -> Path:
    version = metadata.version("lint-ii")
    return cache_dir() / f"lint-ii-{version}-v{FORMAT}.sqlite"


def _build(path: Path) -> None:
    """Copy lint-ii's word data into an SQLite file (atomically)."""
    import importlib

    original = importlib.import_module(MODULE)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        with db:
            for table, data in (("freq", original.FREQ_DATA), ("nouns", original.NOUN_DATA)):
                db.execute(f"CREATE TABLE {table} (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID")
                db.executemany(f"INSERT OR REPLACE INTO {table} VALUES (?, ?)", ((k, json.dumps(v)) for k, v in data.items() if isinstance(k, str)))
            db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
            meta = {
                "FREQ_SKIPLIST": list(original.FREQ_SKIPLIST),
                "MANNER_ADVERBS": list(original.MANNER_ADVERBS),
                "MEASUREMENT_UNITS": list(original.MEASUREMENT_UNITS),
                "PATH_NOUNS_SEM_TYPES": str(original.PATH_NOUNS_SEM_TYPES),
                "PATH_MANNER_ADVERBS": str(original.PATH_MANNER_ADVERBS),
            }
            db.executemany("INSERT INTO meta VALUES (?, ?)", ((k, json.dumps(v)) for k, v in meta.items()))
        db.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _module(path: Path) -> types.ModuleType:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    meta = {k: json.loads(v) for k, v in db.execute("SELECT key, value FROM meta")}
    module: Any = types.ModuleType(MODULE, "lint-ii word data, read from begrijpelijk's SQLite cache")
    module.FREQ_DATA = SqliteMapping(db, "freq")
    module.NOUN_DATA = SqliteMapping(db, "nouns")
    module.FREQ_SKIPLIST = frozenset(meta["FREQ_SKIPLIST"])
    module.MANNER_ADVERBS = frozenset(meta["MANNER_ADVERBS"])
    module.MEASUREMENT_UNITS = frozenset(meta["MEASUREMENT_UNITS"])
    module.PATH_NOUNS_SEM_TYPES = Path(meta["PATH_NOUNS_SEM_TYPES"])
    module.PATH_MANNER_ADVERBS = Path(meta["PATH_MANNER_ADVERBS"])
    return module


def install() -> bool:
    """Make lint-ii read its word data from the cache. Returns False when it
    falls back to lint-ii's own loading."""
    if MODULE in sys.modules:
        return isinstance(sys.modules[MODULE].__dict__.get("FREQ_DATA"), SqliteMapping)
    if os.environ.get("BEGRIJPELIJK_NO_CACHE"):
        return False
    try:
        path = cache_file()
        if not path.exists():
            _build(path)
            # _build imported lint-ii's own module; use the cache from now on
            del sys.modules[MODULE]
        sys.modules[MODULE] = _module(path)
        return True
    except (OSError, sqlite3.Error, metadata.PackageNotFoundError, KeyError, ValueError, TypeError):
        sys.modules.pop(MODULE, None)
        return False
