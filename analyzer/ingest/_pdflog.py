"""pdfminer's log records while a PDF is read: counted, and said in one line at most.

pdfminer logs a warning per font it cannot fully parse (``Could get FontBBox from font
descriptor because None cannot be parsed as 4 floats``): 85 lines on stderr for one PDF
printed by a browser, none of which changes the text.  While ``pdfminer_quiet(name)`` is
active those records are counted instead of printed, and on exit one line says how many
there were and quotes the first (logged as a warning of ``analyzer.ingest.pdf``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

log = logging.getLogger("analyzer.ingest.pdf")
_lock = threading.Lock()


class _Counter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0
        self.first: str | None = None

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        if self.first is None:
            try:
                self.first = " ".join(record.getMessage().split())
            except Exception:  # noqa: BLE001 - a record whose message cannot be formatted
                self.first = str(record.msg)


@contextmanager
def pdfminer_quiet(name: str) -> Iterator[_Counter]:
    """Count pdfminer's warnings while the block runs; say them in one line afterwards."""
    logger = logging.getLogger("pdfminer")
    counter = _Counter()
    with _lock:
        saved = logger.propagate
        logger.addHandler(counter)
        logger.propagate = False
    try:
        yield counter
    finally:
        with _lock:
            logger.removeHandler(counter)
            logger.propagate = saved
        if counter.count:
            log.warning(
                "govreport: warning: %s: pdfminer reported %d problem(s) reading the fonts (first: %s); "
                "the text was read",
                name,
                counter.count,
                (counter.first or "")[:120],
            )
