"""The data advisors and template repositories edit: the word lists and the
letter templates. In the repository they are the top-level folders
`wordlists/` and `templates/` (the only copy); the build packages them here,
as begrijpelijk/data/wordlists and begrijpelijk/data/templates."""
from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable
from pathlib import Path


def shipped(folder: str) -> Traversable:
    """The shipped folder `wordlists` or `templates`."""
    packaged = resources.files(__name__).joinpath(folder)
    if packaged.is_dir():  # an installed wheel
        return packaged
    # a source checkout or an editable install: the top-level folder
    return Path(__file__).resolve().parents[3] / folder
