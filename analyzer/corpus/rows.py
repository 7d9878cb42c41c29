"""A ``Report`` as the rows of the corpus tables (pure; no database here).

``document_rows`` runs in the worker process, so what crosses back to the
writer is a few compact Arrow tables, never the report with its full text.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from typing import Any

import pyarrow as pa

from ..checks.cross_document import document_facts
from ..errors import DataFileError
from ..types import Report, Span
from .schema import (
    CORPUS_FACTS,
    DOCUMENT_TABLES,
    DOCUMENTS,
    FINDINGS,
    METRICS,
    RELATIONS,
    SECTIONS,
    TABLE_CELLS,
    VERIFIED,
    TableSpec,
)

LEVELS = ("national", "province", "city", "county", "district")

_ARROW = {
    "string": pa.string(),
    "int64": pa.int64(),
    "float64": pa.float64(),
    "bool": pa.bool_(),
    "timestamp": pa.timestamp("us"),
    "list_string": pa.list_(pa.string()),
}


@dataclass(frozen=True)
class DocRows:
    """The rows of one document, table name -> Arrow table (columns as in ``schema``)."""

    sha256: str
    tables: dict[str, pa.Table]

    @property
    def n_metrics(self) -> int:
        return self.tables[METRICS.name].num_rows


def arrow_schema(spec: TableSpec) -> pa.Schema:
    return pa.schema([pa.field(c.name, _ARROW[c.arrow]) for c in spec.columns])


def to_arrow(spec: TableSpec, rows: list[tuple[Any, ...]]) -> pa.Table:
    columns: list[Any] = list(zip(*rows)) if rows else [[] for _ in spec.columns]
    schema = arrow_schema(spec)
    return pa.Table.from_arrays([pa.array(list(col), type=f.type) for col, f in zip(columns, schema)], schema=schema)


def _json(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, default=str)


def _evidence(spans: tuple[Span, ...]) -> str:
    return json.dumps([s.to_dict() for s in spans], ensure_ascii=False)


@functools.lru_cache(maxsize=1)
def _level_table() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """(exact names -> level, suffixes longest first) from ``data/region_levels.tsv``."""
    names: dict[str, str] = {}
    suffixes: list[tuple[str, str]] = []
    fname = "region_levels.tsv"
    text = resources.files("analyzer.data").joinpath(fname).read_text(encoding="utf-8")
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or parts[0] not in ("name", "suffix") or parts[2] not in LEVELS or not parts[1]:
            raise DataFileError(fname, lineno, "expected 'name|suffix<TAB>text<TAB>level' with a known level")
        kind, key, level = parts
        if kind == "name":
            names[key] = level
        else:
            suffixes.append((key, level))
    suffixes.sort(key=lambda kv: -len(kv[0]))
    return names, tuple(suffixes)


def level_of(region: str | None) -> str | None:
    """The administrative level of a region name (河南省 -> province, 魏都区 -> district), or None."""
    if not region:
        return None
    region = region.strip()
    names, suffixes = _level_table()
    if region in names:
        return names[region]
    for suffix, level in suffixes:
        if region.endswith(suffix):
            return level
    return None


def document_rows(
    report: Report,
    *,
    sha256: str | None = None,
    path: str | None = None,
    analyzer_version: str = "",
    analyzed_at: datetime | None = None,
) -> DocRows:
    """The rows of ``report`` for every per-document table.

    ``sha256`` (the hash of the file's bytes, as the batch computed it) and
    ``path`` override the report's own source fields when given.
    """
    sha = sha256 or report.source.sha256
    at = (analyzed_at or datetime.now(UTC)).replace(tzinfo=None)
    m = report.meta
    doc = (
        sha,
        path if path is not None else report.source.path,
        report.source.format,
        report.source.encoding,
        m.title,
        m.issuer,
        m.region,
        level_of(m.region),
        m.year,
        m.genre.value,
        len(report.text),
        report.source.chars_dropped,
        len(report.headings),
        len(report.sections),
        len(report.metrics),
        len(report.findings),
        len(report.verified),
        at,
        analyzer_version,
    )
    sections = [
        (sha, i, s.id, s.level, s.heading, s.start, s.end, s.category, s.confidence, list(s.topics))
        for i, s in enumerate(report.sections)
    ]
    metrics = [
        (
            sha,
            x.id,
            x.kind.value,
            x.value,
            x.value_high,
            x.unit,
            x.qualifier.value if x.qualifier else None,
            x.text,
            x.start,
            x.end,
            x.subject,
            x.indicator,
            x.year,
            x.basis.value if x.basis else None,
            x.section,
            x.raw_number,
            x.decimals,
            x.number_start,
            x.number_end,
        )
        for x in report.metrics
    ]
    findings = [
        (sha, i, f.rule, f.severity.value, f.message, _evidence(f.evidence), _json(f.expected), _json(f.reported))
        for i, f in enumerate(report.findings)
    ]
    verified = [(sha, i, v.rule, v.message, _evidence(v.evidence)) for i, v in enumerate(report.verified)]
    rows: dict[str, Any] = {
        DOCUMENTS.name: [doc],
        SECTIONS.name: sections,
        METRICS.name: metrics,
        FINDINGS.name: findings,
        VERIFIED.name: verified,
        RELATIONS.name: [
            (
                sha,
                r.id,
                r.kind,
                r.rule,
                json.dumps(list(r.operands)),
                r.result,
                r.confidence,
                r.linker,
                r.cue.start if r.cue is not None else None,
                r.cue.end if r.cue is not None else None,
                r.cue.text if r.cue is not None else None,
                r.holds,
            )
            for r in report.relations
        ],
        CORPUS_FACTS.name: [
            (
                sha,
                i,
                f.role,
                f.key,
                f.year,
                f.value.low,
                f.value.high,
                f.evidence.start,
                f.evidence.end,
                f.evidence.text,
                f.note,
            )
            for i, f in enumerate(document_facts(report))
        ],
        TABLE_CELLS.name: table_cell_rows(report, sha),
    }
    return DocRows(sha, {spec.name: to_arrow(spec, rows[spec.name]) for spec in DOCUMENT_TABLES})


def table_cell_rows(report: Report, sha: str) -> list[tuple[Any, ...]]:
    """The ``table_cells`` rows of ``report``: every cell of its template tables (``analyzer.tables``)."""
    from ..tables import keyed

    rows: list[tuple[Any, ...]] = []
    for t in keyed(report):
        for c in t.cells:
            evidence = f"{c.row} | {c.col}: {c.raw or '（空）'}"
            rows.append(
                (sha, len(rows), t.id, t.template, c.key, c.row_key, c.col_key, c.row, c.col, c.value, c.start,
                 c.end, evidence)
            )  # fmt: skip
    return rows
