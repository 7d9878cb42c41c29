"""Read the small TSV word lists under ``analyzer/data`` (one place for the format rules)."""

from __future__ import annotations

from functools import cache
from importlib import resources

from ..errors import DataFileError


@cache
def read_tsv(name: str, min_cols: int, max_cols: int) -> tuple[tuple[str, ...], ...]:
    """Rows of ``analyzer/data/<name>``: tab-separated, ``#`` comments and blank lines skipped.

    A row with fewer than ``min_cols`` or more than ``max_cols`` columns raises
    ``DataFileError`` naming ``file:line``.  Missing optional columns are filled with "".
    """
    text = resources.files("analyzer.data").joinpath(name).read_text(encoding="utf-8")
    rows: list[tuple[str, ...]] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if not min_cols <= len(cols) <= max_cols or not cols[0].strip():
            raise DataFileError(name, lineno, f"expected {min_cols}-{max_cols} tab-separated columns, got {len(cols)}")
        cols += [""] * (max_cols - len(cols))
        rows.append(tuple(c.strip() for c in cols))
    return tuple(rows)
