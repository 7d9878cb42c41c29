"""The ``govreport`` command line: parses arguments, calls one library function, prints.

Each command lives in its own module of this package and registers itself on
``app``.  Errors raised on purpose (``AnalyzerError``) become one line on
stderr and exit code 2; ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

from ._app import app, main

# importing the command modules registers their commands on ``app``
from . import analyze as _analyze  # noqa: F401
from . import check as _check  # noqa: F401
from . import batch as _batch  # noqa: F401
from . import compare as _compare  # noqa: F401
from . import export as _export  # noqa: F401
from . import report as _report  # noqa: F401
from . import train as _train  # noqa: F401
from . import evaluate as _evaluate  # noqa: F401

__all__ = ["app", "main"]
