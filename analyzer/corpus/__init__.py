"""The corpus database: many reports analysed into one DuckDB file, compared and exported.

This package is the only place that imports duckdb.

- ``schema``: tables, keys, the ``indicator_panel`` and ``target_panel`` views, the schema version
- ``rows``: a ``Report`` as table rows (runs in the workers)
- ``db``: opening the file (clear errors when locked, full, foreign) and writing
- ``pool`` / ``dask_engine``: where the per-document analysis runs
- ``batch``: finding, hashing, skipping, storing; the summary
- ``hook``: the corpus-level cross_document_mismatch check after a batch
- ``query`` / ``export``: what ``compare`` and ``export`` read
"""

from .batch import BatchInputError, BatchSummary, Progress, discover, run_batch
from .db import Corpus, open_corpus
from .export import export_files, export_xlsx
from .query import Coverage, PanelRow, TargetRow, coverage, indicator_rows, target_rows, unmapped_count
from .rows import document_rows, level_of
from .schema import SCHEMA_VERSION

__all__ = [
    "SCHEMA_VERSION",
    "BatchInputError",
    "BatchSummary",
    "Corpus",
    "Coverage",
    "PanelRow",
    "Progress",
    "TargetRow",
    "coverage",
    "discover",
    "document_rows",
    "export_files",
    "export_xlsx",
    "indicator_rows",
    "level_of",
    "open_corpus",
    "run_batch",
    "target_rows",
    "unmapped_count",
]
