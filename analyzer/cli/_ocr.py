"""The ``--ocr`` option shared by analyze, check, report and batch."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..types import Report

OCR_HELP = (
    "Read scanned PDFs (no text layer) by OCR: needs Tesseract with chi_sim and `pip install 'govreport-analyzer[ocr]'`."
    " Figures read by OCR carry its confidence; findings on them are at most warnings."
)


def analyze_with_ocr(path: str) -> Report:
    """``analyze_file`` with OCR on, for ``run_batch(analyze=...)`` (a module-level function: workers pickle it)."""
    from ..api import analyze_file
    from ..settings import Settings

    return analyze_file(path, Settings(ocr=True))


@contextlib.contextmanager
def ocr_progress(enabled: bool) -> Iterator[None]:
    """A progress bar on stderr for the pages of a scan being read (only with --ocr and a terminal)."""
    if not enabled or not sys.stderr.isatty():
        yield
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from ..ingest import ocr

    columns = (TextColumn("OCR"), BarColumn(), MofNCompleteColumn(), TextColumn("pages"), TimeRemainingColumn())
    with Progress(*columns, transient=True, console=Console(stderr=True)) as bar:
        task = bar.add_task("ocr", total=None)

        def tell(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        token = ocr.PROGRESS.set(tell)
        try:
            yield
        finally:
            ocr.PROGRESS.reset(token)
