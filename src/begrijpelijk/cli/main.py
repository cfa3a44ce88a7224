"""The command line: each command module turns its flags into a request for
the library; main() turns errors into one Dutch sentence and an exit code.

Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or input error.
"""
from __future__ import annotations

import sys

import typer

# the commands add themselves to the app
from begrijpelijk.cli import check, fix, info, serve, templates  # noqa: F401
from begrijpelijk.cli.app import EXIT_ERROR, EXIT_OK, app
from begrijpelijk.cli.click_dutch import error_message, is_usage_error
from begrijpelijk.errors import BegrijpelijkError

__all__ = ["app", "main"]


def main() -> None:
    debug = "--debug" in sys.argv
    try:
        code = app(standalone_mode=False, prog_name="begrijpelijk")
    except BegrijpelijkError as exc:
        if debug:
            raise
        typer.echo(exc.message, err=True)
        sys.exit(exc.exit_code)
    except (KeyboardInterrupt, EOFError):
        typer.echo("Gestopt.", err=True)
        sys.exit(130)
    except Exception as exc:
        if is_usage_error(exc):
            typer.echo(error_message(exc), err=True)
            sys.exit(getattr(exc, "exit_code", EXIT_ERROR) or EXIT_ERROR)
        if type(exc).__name__ == "Abort":
            typer.echo("Gestopt.", err=True)
            sys.exit(130)
        if debug:
            raise
        typer.echo(
            "Er ging iets mis in begrijpelijk zelf. Probeer het opnieuw met --debug en meld de fout aan de makers.",
            err=True,
        )
        sys.exit(EXIT_ERROR)
    if code == 130:  # Typer turns Ctrl-C into exit code 130
        typer.echo("Gestopt.", err=True)
    sys.exit(code if isinstance(code, int) else EXIT_OK)
