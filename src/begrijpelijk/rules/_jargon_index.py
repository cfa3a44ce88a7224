"""The jargon list by the first word of each entry, longest entries first: what the
matcher looks up per token. Built once per list, not once per letter."""
from __future__ import annotations

_INDEXES: dict[int, tuple[dict, dict[str, list]]] = {}  # id of a jargon list → (that list, its index)


def index(entries):
    """The entries by their first word, longest first; built once per list (the list is
    kept beside its index, so its id cannot be reused by another list)."""
    known = _INDEXES.get(id(entries))
    if known is not None and known[0] is entries:
        return known[1]
    if len(_INDEXES) >= 8:
        _INDEXES.clear()  # a long-running page that loads many user lists stays bounded
    built = _build(entries)
    _INDEXES[id(entries)] = (entries, built)
    return built


def _build(entries):
    by_first: dict[str, list] = {}
    for entry in entries.values():
        by_first.setdefault(entry.words[0], []).append(entry)
    for candidates in by_first.values():
        candidates.sort(key=lambda e: -len(e.words))
    return by_first
