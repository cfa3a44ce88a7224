"""begrijpelijk: maakt Nederlandse brieven begrijpelijk.

Importing the package is cheap: spaCy and the model load only when a check runs.
"""
from __future__ import annotations

__version__ = "0.3.0"

__all__ = ["check_text", "check_file", "Settings", "__version__"]


def __getattr__(name: str):
    if name in ("check_text", "check_file", "check_bytes"):
        from begrijpelijk import api

        return getattr(api, name)
    if name == "Settings":
        from begrijpelijk.config import Settings

        return Settings
    raise AttributeError(name)
