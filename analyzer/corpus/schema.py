"""The corpus database schema: tables, keys, the ``indicator_panel`` view, and its version.

One column list per table is the single source of truth: the DDL below and the
Arrow tables built by ``rows`` both come from it, so a document's rows always
fit its tables.  Nothing here imports duckdb.

Keys: a document is its ``sha256`` (of the file's bytes), enforced by a primary
key; every other row of a document is ``(sha256, id)`` or ``(sha256, seq)``
within it.  Those row keys are unique by construction (one document's rows are
made together and stored in the transaction that inserts its ``documents``
row, which the primary key admits once), so they are not enforced: a DuckDB
primary key is an in-memory index that would grow with every figure of the
corpus.  ``errors`` is keyed by the file's sha256 (or ``path:<path>`` when it
could not even be read), so a failing file is recorded once however often it
is retried.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from ..errors import DataFileError

# Bump when a table or view changes shape; ``db.open_corpus`` refuses another version.
SCHEMA_VERSION = "4"  # 3: documents.chars_dropped, the relations table; 4: the target_panel view


@dataclass(frozen=True)
class Column:
    name: str
    sql: str  # DuckDB type
    arrow: str  # pyarrow type name: string, int64, float64, bool, timestamp, list_string


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    doc: str
    enforced: bool = True  # the key is a PRIMARY KEY (False: unique by construction, see above)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


def _c(name: str, sql: str, arrow: str) -> Column:
    return Column(name, sql, arrow)


_S = ("VARCHAR", "string")
_I = ("INTEGER", "int64")
_F = ("DOUBLE", "float64")
_T = ("TIMESTAMP", "timestamp")
_B = ("BOOLEAN", "bool")

DOCUMENTS = TableSpec(
    "documents",
    (
        _c("sha256", *_S),
        _c("path", *_S),
        _c("format", *_S),
        _c("encoding", *_S),
        _c("title", *_S),
        _c("issuer", *_S),
        _c("region", *_S),
        _c("level", *_S),
        _c("year", *_I),
        _c("genre", *_S),
        _c("chars", *_I),
        _c("chars_dropped", *_I),  # characters the cleaner removed (page chrome), Source.chars_dropped
        _c("n_headings", *_I),
        _c("n_sections", *_I),
        _c("n_metrics", *_I),
        _c("n_findings", *_I),
        _c("n_verified", *_I),
        _c("analyzed_at", *_T),
        _c("analyzer_version", *_S),
    ),
    ("sha256",),
    "one row per distinct file content",
)

SECTIONS = TableSpec(
    "sections",
    (
        _c("sha256", *_S),
        _c("seq", *_I),
        _c("id", *_S),
        _c("level", *_I),
        _c("heading", *_S),
        _c("start", *_I),
        _c("end", *_I),
        _c("category", *_S),
        _c("confidence", *_F),
        _c("topics", "VARCHAR[]", "list_string"),
    ),
    ("sha256", "seq"),
    "the outline: one row per heading, in document order",
    enforced=False,
)

METRICS = TableSpec(
    "metrics",
    (
        _c("sha256", *_S),
        _c("id", *_S),
        _c("kind", *_S),
        _c("value", *_F),
        _c("value_high", *_F),
        _c("unit", *_S),
        _c("qualifier", *_S),
        _c("text", *_S),
        _c("start", *_I),
        _c("end", *_I),
        _c("subject", *_S),
        _c("indicator", *_S),
        _c("year", *_I),
        _c("basis", *_S),
        _c("section", *_S),
        _c("raw_number", *_S),
        _c("decimals", *_I),
        _c("number_start", *_I),
        _c("number_end", *_I),
    ),
    ("sha256", "id"),
    "every figure, value normalised to its base unit",
    enforced=False,
)

FINDINGS = TableSpec(
    "findings",
    (
        _c("sha256", *_S),
        _c("seq", *_I),
        _c("rule", *_S),
        _c("severity", *_S),
        _c("message", *_S),
        _c("evidence", *_S),  # JSON text: [{"start", "end", "text"}]
        _c("expected", *_S),  # JSON text
        _c("reported", *_S),  # JSON text
    ),
    ("sha256", "seq"),
    "consistency findings of one document (evidence as JSON text)",
    enforced=False,
)

VERIFIED = TableSpec(
    "verified",
    (
        _c("sha256", *_S),
        _c("seq", *_I),
        _c("rule", *_S),
        _c("message", *_S),
        _c("evidence", *_S),  # JSON text
    ),
    ("sha256", "seq"),
    "relations that were checked and hold",
    enforced=False,
)

RELATIONS = TableSpec(
    "relations",
    (
        _c("sha256", *_S),
        _c("id", *_S),  # r1, r2 … in the report's relation graph
        _c("kind", *_S),  # ratio, part_whole, sum, share_sum, growth, average_growth, pp_difference, …
        _c("rule", *_S),  # the rule its failure is reported under
        _c("operands", *_S),  # JSON text: metric ids (or figure ids of table cells)
        _c("result", *_S),  # a metric id, or null
        _c("confidence", *_F),
        _c("linker", *_S),
        _c("cue_start", *_I),
        _c("cue_end", *_I),
        _c("cue_text", *_S),
        _c("holds", *_B),  # true verified, false a finding, null not checkable
    ),
    ("sha256", "id"),
    "the relation graph of each document: every arithmetic relation its text states, as the checks read it",
    enforced=False,
)

CORPUS_FACTS = TableSpec(
    "corpus_facts",
    (
        _c("sha256", *_S),
        _c("seq", *_I),
        _c("role", *_S),  # implied (a region's 高于全国…个百分点) or stated (the national report's own figure)
        _c("key", *_S),  # normalised indicator words
        _c("year", *_I),
        _c("low", *_F),  # the figure's rounding interval
        _c("high", *_F),
        _c("start", *_I),  # the evidence span in the document's cleaned text
        _c("end", *_I),
        _c("text", *_S),
        _c("note", *_S),  # the arithmetic, e.g. "5.4% − 0.4 = 5.00%"
    ),
    ("sha256", "seq"),
    "what each document says of national figures: the cross-document check compares these",
    enforced=False,
)

TABLE_CELLS = TableSpec(
    "table_cells",
    (
        _c("sha256", *_S),
        _c("seq", *_I),
        _c("table_id", *_S),  # t1, t2 … in the document (the JSON ``tables[].id``)
        _c("template", *_S),  # xxgk_t2 | xxgk_t3 | xxgk_t4 (NULL: a table that is none of them)
        _c("cell", *_S),  # ROW.COL (new.total, review.corrected); NULL for a cell without keys
        _c("row_key", *_S),
        _c("col_key", *_S),
        _c("row_label", *_S),  # the row's label as printed
        _c("col_label", *_S),
        _c("value", *_F),  # NULL: an empty cell or a dash
        _c("start", *_I),  # the cell in the document's cleaned text
        _c("end", *_I),
        _c("evidence", *_S),  # "row label | col label: cell text"
    ),
    ("sha256", "seq"),
    "every keyed cell of the 政府信息公开 tables of each document (design.md templates)",
    enforced=False,
)

ERRORS = TableSpec(
    "errors",
    (
        _c("key", *_S),
        _c("path", *_S),
        _c("sha256", *_S),
        _c("reason", *_S),
        _c("at", *_T),
    ),
    ("key",),
    "files that could not be analysed, with the reason",
)

CORPUS_FINDINGS = TableSpec(
    "corpus_findings",
    (
        _c("seq", *_I),
        _c("rule", *_S),
        _c("severity", *_S),
        _c("message", *_S),
        _c("documents", *_S),  # JSON text: list of sha256
        _c("evidence", *_S),  # JSON text
        _c("expected", *_S),
        _c("reported", *_S),
        _c("at", *_T),
    ),
    ("seq",),
    "findings across documents (cross_document_mismatch), recomputed after each batch",
)

# the rows of one analysed document, written together in one transaction
DOCUMENT_TABLES: tuple[TableSpec, ...] = (
    DOCUMENTS,
    SECTIONS,
    METRICS,
    FINDINGS,
    VERIFIED,
    RELATIONS,
    CORPUS_FACTS,
    TABLE_CELLS,
)
ALL_TABLES: tuple[TableSpec, ...] = (*DOCUMENT_TABLES, ERRORS, CORPUS_FINDINGS)
TABLES: dict[str, TableSpec] = {t.name: t for t in ALL_TABLES}


def _q(name: str) -> str:
    return f'"{name}"'


def create_table_sql(spec: TableSpec) -> str:
    cols = ", ".join(f"{_q(c.name)} {c.sql}" for c in spec.columns)
    if not spec.enforced:
        return f"CREATE TABLE IF NOT EXISTS {spec.name} ({cols})"
    key = ", ".join(_q(k) for k in spec.key)
    return f"CREATE TABLE IF NOT EXISTS {spec.name} ({cols}, PRIMARY KEY ({key}))"


# No secondary indexes: DuckDB's zone maps (min/max per row group) prune the
# scans compare makes, and an ART index is held in memory, growing with the corpus.
INDEXES: tuple[str, ...] = ()

# indicator_panel: one row per figure that names an indicator (a canonical id
# from the taxonomy, or else the figure's subject phrase), with where it comes
# from.  ``year`` is the figure's own year; a result or an unlabelled figure
# without one takes the year its document is about; a target or a multi-year
# average without one stays NULL (never guessed).  ``canonical`` tells a
# taxonomy id from a subject phrase.  ``value`` and ``unit`` are comparable
# across documents (data/comparable_units.tsv: 斤 as 吨), ``reported_value`` and
# ``reported_unit`` are as extracted.  ``compare`` reads only this view.
_INDICATOR_PANEL_SQL = """
CREATE OR REPLACE VIEW indicator_panel AS
WITH conversions (unit_from, unit_to, factor) AS ({conversions})
SELECT
    d.region                                        AS region,
    d.level                                         AS level,
    COALESCE(m.year, CASE WHEN m.basis IS NULL OR m.basis = 'actual' THEN d.year END) AS year,
    m.basis                                         AS basis,
    COALESCE(m.indicator, m.subject)                AS indicator,
    m.value * COALESCE(c.factor, 1)                 AS value,
    COALESCE(c.unit_to, m.unit)                     AS unit,
    COALESCE(d.title, d.path, d.sha256)             AS document,
    m.text                                          AS evidence,
    m.indicator IS NOT NULL                         AS canonical,
    m.value_high * COALESCE(c.factor, 1)            AS value_high,
    m.qualifier                                     AS qualifier,
    m.kind                                          AS kind,
    m.subject                                       AS subject,
    m.section                                       AS section,
    m.id                                            AS metric_id,
    d.sha256                                        AS sha256,
    d.path                                          AS path,
    d.year                                          AS document_year,
    d.genre                                         AS genre,
    m.value                                         AS reported_value,
    m.unit                                          AS reported_unit,
    m.start                                         AS start,
    m."end"                                         AS "end"
FROM metrics AS m
JOIN documents AS d USING (sha256)
LEFT JOIN conversions AS c ON m.unit = c.unit_from
WHERE m.indicator IS NOT NULL OR m.subject IS NOT NULL
"""

# table_panel: one keyed table cell across issuers and years (``compare --table-cell ROW.COL``)
_TABLE_PANEL_SQL = """
CREATE OR REPLACE VIEW table_panel AS
SELECT
    t.cell                                          AS cell,
    t.template                                      AS template,
    COALESCE(d.issuer, d.region)                    AS issuer,
    d.region                                        AS region,
    d.level                                         AS level,
    d.year                                          AS year,
    t.value                                         AS value,
    COALESCE(d.title, d.path, d.sha256)             AS document,
    t.evidence                                      AS evidence,
    t.row_key                                       AS row_key,
    t.col_key                                       AS col_key,
    t.table_id                                      AS table_id,
    t.start                                         AS start,
    t."end"                                         AS "end",
    d.sha256                                        AS sha256,
    d.path                                          AS path
FROM table_cells AS t
JOIN documents AS d USING (sha256)
WHERE t.cell IS NOT NULL
"""

# target_panel: for each region, indicator and year N, the target set for N by the document about
# year N-1 (a 政府工作报告 delivered in N is about N-1 and sets N's targets) against the result for N
# stated by the first document about N or later (the report delivered in N+1; a restatement further on
# is not the result).  One row per region-level-indicator-year with a target, a result or both: the
# first target and result figure (in document order, a qualified target first) with its evidence
# (document, quote, span), and how many distinct values the targets and the results give (more than one:
# they disagree, and ``met`` is undecidable).  ``met`` is not here: it depends on the indicator's
# target_direction (taxonomy) and the tolerance (Settings); ``corpus.query.target_rows`` decides it.
_TARGET_PANEL_SQL = """
CREATE OR REPLACE VIEW target_panel AS
WITH
targets AS (
    SELECT *, row_number() OVER (
        PARTITION BY region, level, indicator, year ORDER BY qualifier IS NULL, document, start, metric_id
    ) AS pick
    FROM indicator_panel
    WHERE canonical AND basis = 'target' AND year IS NOT NULL AND document_year = year - 1
),
target_counts AS (
    SELECT region, level, indicator, year,
           count(DISTINCT [value, coalesce(value_high, value)]) AS target_values, count(*) AS target_figures
    FROM targets GROUP BY ALL
),
stated AS (
    SELECT *, rank() OVER (PARTITION BY region, level, indicator, year ORDER BY document_year NULLS LAST) AS first_doc
    FROM indicator_panel
    WHERE canonical AND basis = 'actual' AND year IS NOT NULL AND (document_year IS NULL OR document_year >= year)
),
results AS (
    SELECT *, row_number() OVER (
        PARTITION BY region, level, indicator, year ORDER BY document, start, metric_id
    ) AS pick
    FROM stated WHERE first_doc = 1
),
result_counts AS (
    SELECT region, level, indicator, year,
           count(DISTINCT [value, coalesce(value_high, value)]) AS result_values, count(*) AS result_figures
    FROM results GROUP BY ALL
),
t AS (SELECT * FROM targets WHERE pick = 1),
r AS (SELECT * FROM results WHERE pick = 1)
SELECT
    coalesce(t.region, r.region)                    AS region,
    coalesce(t.level, r.level)                      AS level,
    coalesce(t.indicator, r.indicator)              AS indicator,
    coalesce(t.year, r.year)                        AS year,
    t.value                                         AS target,
    t.value_high                                    AS target_high,
    t.qualifier                                     AS target_qualifier,
    t.unit                                          AS target_unit,
    r.value                                         AS result,
    r.value_high                                    AS result_high,
    r.qualifier                                     AS result_qualifier,
    r.unit                                          AS result_unit,
    coalesce(tc.target_values, 0)                   AS target_values,
    coalesce(rc.result_values, 0)                   AS result_values,
    t.document                                      AS target_document,
    t.evidence                                      AS target_evidence,
    t.start                                         AS target_start,
    t."end"                                         AS target_end,
    t.sha256                                        AS target_sha256,
    t.path                                          AS target_path,
    r.document                                      AS result_document,
    r.evidence                                      AS result_evidence,
    r.start                                         AS result_start,
    r."end"                                         AS result_end,
    r.sha256                                        AS result_sha256,
    r.path                                          AS result_path
FROM t
FULL OUTER JOIN r
  ON t.region IS NOT DISTINCT FROM r.region AND t.level IS NOT DISTINCT FROM r.level
 AND t.indicator = r.indicator AND t.year = r.year
LEFT JOIN target_counts AS tc
  ON tc.region IS NOT DISTINCT FROM t.region AND tc.level IS NOT DISTINCT FROM t.level
 AND tc.indicator = t.indicator AND tc.year = t.year
LEFT JOIN result_counts AS rc
  ON rc.region IS NOT DISTINCT FROM r.region AND rc.level IS NOT DISTINCT FROM r.level
 AND rc.indicator = r.indicator AND rc.year = r.year
"""

CONVERSIONS_FILE = "comparable_units.tsv"


@functools.lru_cache(maxsize=1)
def unit_conversions() -> tuple[tuple[str, str, float], ...]:
    """(unit, comparable unit, factor) rows of ``data/comparable_units.tsv``."""
    text = resources.files("analyzer.data").joinpath(CONVERSIONS_FILE).read_text(encoding="utf-8")
    out = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        try:
            if len(parts) != 3 or not parts[0] or not parts[1]:
                raise ValueError("expected 'unit<TAB>comparable unit<TAB>factor'")
            factor = float(parts[2])
            if not factor > 0:
                raise ValueError(f"factor must be positive, not {parts[2]!r}")
        except ValueError as exc:
            raise DataFileError(f"analyzer/data/{CONVERSIONS_FILE}", lineno, str(exc)) from exc
        out.append((parts[0], parts[1], factor))
    return tuple(out)


def sql_string(s: str) -> str:
    """``s`` as an SQL string literal."""
    return "'" + s.replace("'", "''") + "'"


def views() -> dict[str, str]:
    """The views' DDL, name -> SQL."""
    rows = unit_conversions() or (("", "", 1.0),)
    values = ", ".join(f"({sql_string(a)}, {sql_string(b)}, {f!r}::DOUBLE)" for a, b, f in rows)
    return {
        "indicator_panel": _INDICATOR_PANEL_SQL.format(conversions=f"VALUES {values}"),
        "table_panel": _TABLE_PANEL_SQL,
        "target_panel": _TARGET_PANEL_SQL,
    }
