"""Errors a user can act on. Each carries one plain Dutch sentence."""
from __future__ import annotations


class BegrijpelijkError(Exception):
    """Base class: the message is shown to the user as it is."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(BegrijpelijkError):
    """A file cannot be read as a letter."""


class ConfigError(BegrijpelijkError):
    """A setting is wrong or unknown."""


class ModelError(BegrijpelijkError):
    """The language model cannot be loaded."""
