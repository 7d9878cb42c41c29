"""Export the corpus tables: one xlsx workbook, or a folder of Parquet or CSV files.

Every table and the ``indicator_panel`` view is exported, and the wide panels
(``panel_wide``: a row per region and year, a column per indicator, results;
``panel_wide_target``: the same of targets; see ``corpus.panel``).  CSV files begin with a
UTF-8 byte-order mark (Excel reads them as UTF-8 then).  The workbook has
one sheet per table (a table longer than a sheet continues on "metrics (2)"
…), the header row frozen, readable column names; it is written row by row
(openpyxl write-only mode) so memory does not grow with the corpus.  The findings
and verified sheets name each document by path and title and quote the evidence.  Parquet
and CSV are written by DuckDB's ``COPY`` directly.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb

from ..errors import DatabaseError
from .db import Corpus, translate
from .panel import PANELS, panel_wide_sql
from .schema import ALL_TABLES, sql_string

EXPORTED: tuple[str, ...] = (*(t.name for t in ALL_TABLES), "indicator_panel", "table_panel", "target_panel", *PANELS)
# tables left out of the workbook (a sheet cell holds at most 32,767 characters); none since
# the corpus stores no whole texts
NOT_IN_XLSX: frozenset[str] = frozenset()

_XLSX_MAX_ROWS = 1_048_576 - 1  # a sheet's rows, less the header
_XLSX_MAX_CELL = 32_767  # characters in one cell
_CHUNK = 10_000

# column names as a reader of the workbook sees them (others: "n_metrics" -> "N metrics")
_LABELS = {
    "sha256": "SHA-256",
    "n_headings": "Headings",
    "n_sections": "Sections",
    "n_metrics": "Figures",
    "n_findings": "Findings",
    "n_verified": "Verified relations",
    "chars": "Characters",
    "analyzed_at": "Analysed at (UTC)",
    "analyzer_version": "Analyzer version",
    "seq": "No.",
    "id": "Id",
    "value_high": "Value (upper bound)",
    "raw_number": "Number as written",
    "decimals": "Decimals",
    "metric_id": "Figure id",
    "document_year": "Year of the document",
    "canonical": "Canonical id",
    "at": "At (UTC)",
    "evidence": "Evidence (JSON)",
    "evidence_text": "Evidence",
    "path": "Path",
    "title": "Title",
}

# sheets that name their document by path and title, not only by its SHA-256, with the
# evidence quoted (the JSON stays, last): table -> its SELECT
_READABLE = {
    name: f"""
        SELECT d.path, d.title, t.* FROM {name} t LEFT JOIN documents d USING (sha256)
        ORDER BY d.path NULLS LAST, t.sha256, t.seq"""
    for name in ("findings", "verified")
}


def evidence_text(evidence: str | None) -> str:
    """The quoted spans of a finding's evidence JSON (``[{"start", "end", "text"}]``), joined by " … "."""
    if not evidence:
        return ""
    try:
        spans = json.loads(evidence)
    except ValueError:
        return evidence
    if not isinstance(spans, list):
        return evidence
    return " … ".join(str(s.get("text", "")).replace("\n", " ") for s in spans if isinstance(s, dict))


def label(column: str) -> str:
    if "." in column:  # an indicator id of a wide panel (gdp.growth, gdp.growth__unit): as it is
        return column
    return _LABELS.get(column) or column.replace("_", " ").capitalize()


def select_of(corpus: Corpus, name: str) -> str:
    """The SELECT that exports ``name`` (a table, a view, or a wide panel computed from the corpus)."""
    if name in PANELS:
        return panel_wide_sql(corpus.con, PANELS[name])
    return _READABLE.get(name, f"SELECT * FROM {name}")


def export_files(corpus: Corpus, folder: str | os.PathLike[str], fmt: str) -> list[Path]:
    """Write ``<table>.parquet`` or ``<table>.csv`` for every table into ``folder``."""
    if fmt not in ("parquet", "csv"):
        raise ValueError(fmt)
    out = Path(folder)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"{out}: cannot create the export folder ({exc.strerror or exc})") from exc
    opts = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER true"
    written = []
    for name in EXPORTED:
        target = out / f"{name}.{fmt}"
        # CSV: DuckDB writes plain UTF-8; a byte-order mark first, so that Excel reads it as UTF-8
        dest = target if fmt == "parquet" else _temporary(out)
        try:
            query = panel_wide_sql(corpus.con, PANELS[name]) if name in PANELS else f"SELECT * FROM {name}"
            corpus.con.execute(f"COPY ({query}) TO {sql_string(str(dest))} ({opts})")
            if dest != target:
                _with_bom(dest, target)
        except (duckdb.Error, OSError) as exc:
            raise translate(exc, target) from exc
        finally:
            if dest != target:
                dest.unlink(missing_ok=True)
        written.append(target)
    return written


BOM = "\ufeff".encode()


def _temporary(folder: Path) -> Path:
    fd, name = tempfile.mkstemp(suffix=".csv", dir=folder)
    os.close(fd)
    return Path(name)


def _with_bom(src: Path, target: Path) -> None:
    """``target``: a UTF-8 byte-order mark, then ``src`` (copied in blocks, whatever its size)."""
    with src.open("rb") as fin, target.open("wb") as fout:
        fout.write(BOM)
        shutil.copyfileobj(fin, fout, 1 << 20)


def _cell(value: object) -> object:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, str):
        clean: str = ILLEGAL_CHARACTERS_RE.sub("", value)
        return clean if len(clean) <= _XLSX_MAX_CELL else clean[: _XLSX_MAX_CELL - 1] + "…"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return value


def _rows(cur: duckdb.DuckDBPyConnection) -> Iterator[tuple[Any, ...]]:
    while chunk := cur.fetchmany(_CHUNK):
        yield from chunk


def export_xlsx(corpus: Corpus, path: str | os.PathLike[str], *, max_rows: int = _XLSX_MAX_ROWS) -> Path:
    """Write every table to one workbook: a sheet per table, header frozen, readable names."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    out = Path(path)
    wb = Workbook(write_only=True)
    bold = Font(bold=True)

    def new_sheet(title: str, columns: list[str]) -> Any:
        ws = wb.create_sheet(title)
        ws.freeze_panes = "A2"
        header = []
        for c in columns:
            cell = WriteOnlyCell(ws, value=label(c))
            cell.font = bold
            header.append(cell)
        ws.append(header)
        return ws

    for name in EXPORTED:
        if name in NOT_IN_XLSX:
            continue
        cur = corpus.con.execute(select_of(corpus, name))
        columns = [d[0] for d in cur.description]
        readable = "evidence" in columns and name in _READABLE
        if readable:
            # the quoted evidence after the message; the JSON moves to the end
            ev = columns.index("evidence")
            at = columns.index("message") + 1 if "message" in columns else ev
            order = [i for i in range(len(columns)) if i != ev]
            order.insert(at, -1)
            order.append(ev)
            columns = ["evidence_text" if i == -1 else columns[i] for i in order]
        part, left = 1, max_rows
        ws = new_sheet(name, columns)
        for row in _rows(cur):
            if left == 0:
                part, left = part + 1, max_rows
                ws = new_sheet(f"{name} ({part})", columns)
            if readable:
                row = tuple(evidence_text(row[ev]) if i == -1 else row[i] for i in order)
            ws.append([_cell(v) for v in row])
            left -= 1
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        wb.save(out)
    except OSError as exc:
        raise DatabaseError(f"{out}: cannot write the workbook ({exc.strerror or exc})") from exc
    return out
