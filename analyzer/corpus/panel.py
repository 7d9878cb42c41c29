"""Wide panels: one row per region and year, a column per canonical indicator (``export``'s ``panel_wide``).

Read from ``indicator_panel``: canonical ids only, rows with a region and a
year, basis ``actual`` (``panel_wide``) or ``target`` (``panel_wide_target``).
Each indicator has two columns: ``<id>`` (the value in the panel's comparable
unit, ``data/comparable_units.tsv``) and ``<id>__unit`` (one indicator may be
stated in several units: 进出口 in 元 or 美元).

When one region, year and indicator has several values (a figure stated twice,
restated in a later report), one is kept:

- results: the figure of the report about that year (its ``document_year`` is
  the year) first, else that of the latest document restating it; in one
  document, the first in its text (the headline before the details);
- targets: the figure of the report that set the target (delivered in the year,
  ``document_year`` = year − 1) first, else the latest document;
  ``<id>__qualifier`` and ``<id>__high`` keep 左右/以上 and the top of a range.

The others are not lost: ``n_values`` counts the figures the row stands for,
and ``conflicts`` names the indicators (comma-separated) whose other values of
the kept unit differ from the kept one beyond the rounding of both (a figure
with a qualifier is never a conflict: its interval is wide).  The figures
themselves stay in ``indicator_panel``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .schema import sql_string

if TYPE_CHECKING:
    import duckdb

PANELS = {"panel_wide": "actual", "panel_wide_target": "target"}

# the candidate figures, ranked within (region, year, indicator); half: half a unit of the last digit,
# in the comparable unit (NULL for a qualified figure: never a conflict)
_RANKED = """
WITH cand AS (
    SELECT p.region, p.level, p.year, p.indicator, p.value, p.value_high, p.unit, p.qualifier, p.document_year,
           m.start AS pos,
           CASE WHEN p.qualifier IS NULL
                THEN 0.5 * power(10, -COALESCE(m.decimals, 0))
                     * CASE WHEN p.reported_value <> 0 THEN p.value / p.reported_value ELSE 1 END
           END AS half
    FROM indicator_panel AS p
    LEFT JOIN metrics AS m ON m.sha256 = p.sha256 AND m.id = p.metric_id
    WHERE p.canonical AND p.basis = {basis} AND p.region IS NOT NULL AND p.year IS NOT NULL
          AND p.value IS NOT NULL {extra}
),
ranked AS (
    SELECT *, row_number() OVER (
        PARTITION BY region, year, indicator
        ORDER BY (document_year = year - {own_offset}) DESC, document_year DESC, pos
    ) AS rk
    FROM cand
),
judged AS (
    SELECT r.*, first_value(value) OVER w AS kept, first_value(half) OVER w AS kept_half,
           first_value(unit) OVER w AS kept_unit
    FROM ranked AS r
    WINDOW w AS (PARTITION BY region, year, indicator ORDER BY rk)
)
"""


def indicator_ids(con: duckdb.DuckDBPyConnection, basis: str = "actual") -> list[str]:
    """The canonical ids a wide panel has columns for (those with at least one figure of ``basis``)."""
    rows = con.execute(
        "SELECT DISTINCT indicator FROM indicator_panel WHERE canonical AND basis = ? AND region IS NOT NULL"
        " AND year IS NOT NULL AND value IS NOT NULL ORDER BY 1",
        [basis],
    ).fetchall()
    return [r[0] for r in rows]


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def panel_wide_sql(con: duckdb.DuckDBPyConnection, basis: str = "actual") -> str:
    """The SELECT of the wide panel of ``basis`` ('actual' or 'target') over the corpus behind ``con``."""
    if basis not in ("actual", "target"):
        raise ValueError(f"basis must be actual or target, not {basis!r}")
    ids = indicator_ids(con, basis)
    target = basis == "target"
    # a result of a year after the document's is no result; a target is of a year to come
    extra = "" if target else "AND p.year <= p.document_year"
    head = _RANKED.format(basis=sql_string(basis), extra=extra, own_offset=1 if target else 0)
    cols = []
    for i in ids:
        lit = sql_string(i)
        when = f"FILTER (WHERE indicator = {lit} AND rk = 1)"
        cols.append(f"max(value) {when} AS {_ident(i)}")
        cols.append(f"max(unit) {when} AS {_ident(i + '__unit')}")
        if target:
            cols.append(f"max(value_high) {when} AS {_ident(i + '__high')}")
            cols.append(f"max(qualifier) {when} AS {_ident(i + '__qualifier')}")
    conflict = (
        "unit = kept_unit AND rk > 1 AND half IS NOT NULL AND kept_half IS NOT NULL"
        " AND abs(value - kept) > half + kept_half + 1e-9 * greatest(abs(value), abs(kept))"
    )
    select = ", ".join(
        [
            "region",
            "max(level) AS level",
            "year",
            *cols,
            "count(*) AS n_values",
            f"string_agg(DISTINCT indicator, ', ' ORDER BY indicator) FILTER (WHERE {conflict}) AS conflicts",
        ]
    )
    return f"{head}SELECT {select} FROM judged GROUP BY region, year ORDER BY region, year"
