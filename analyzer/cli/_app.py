"""The typer application and the error boundary shared by every command."""

from __future__ import annotations

import sys
from typing import NoReturn

import typer

from ..errors import AnalyzerError

app = typer.Typer(
    name="govreport",
    help="Structure, figures and arithmetic checks of Chinese government reports.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

_state = {"debug": False}


@app.callback()
def _root(debug: bool = typer.Option(False, "--debug", help="Show tracebacks instead of one-line errors.")) -> None:
    _state["debug"] = debug


def fail(message: str, code: int = 2) -> NoReturn:
    """Print one line on stderr and exit."""
    sys.stderr.write(f"govreport: error: {message}\n")
    raise typer.Exit(code)


def debug_enabled() -> bool:
    return _state["debug"]


def main() -> None:
    try:
        app()
    except AnalyzerError as exc:  # pragma: no cover - commands catch their own
        if _state["debug"]:
            raise
        sys.stderr.write(f"govreport: error: {exc}\n")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.stderr.write("govreport: interrupted\n")
        sys.exit(130)
    except Exception as exc:  # the last line of defence: never a traceback
        if _state["debug"]:
            raise
        sys.stderr.write(f"govreport: internal error: {type(exc).__name__}: {exc} (run with --debug for details)\n")
        sys.exit(3)
