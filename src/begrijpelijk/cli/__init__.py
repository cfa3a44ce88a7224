"""The command line: each command turns its flags into a request for the library."""
from begrijpelijk.cli.main import app, main

__all__ = ["app", "main"]
