"""What ``compare`` asks the corpus: one indicator across documents, and indicator coverage.

Both read only the ``indicator_panel`` view.  Rows come back grouped by basis
(results, then targets, then multi-year averages, then figures without a
basis), so a target is never listed among results.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from .db import Corpus

BASIS_ORDER = ("actual", "target", "period_average", None)

_BASIS_RANK = "CASE basis WHEN 'actual' THEN 0 WHEN 'target' THEN 1 WHEN 'period_average' THEN 2 ELSE 3 END"


@dataclass(frozen=True)
class PanelRow:
    indicator: str
    basis: str | None
    region: str | None
    level: str | None
    year: int | None
    value: float
    value_high: float | None
    qualifier: str | None
    unit: str
    document: str
    evidence: str
    path: str | None
    sha256: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Coverage:
    indicator: str
    canonical: bool
    figures: int
    documents: int
    regions: int
    year_min: int | None
    year_max: int | None
    bases: str  # "actual 31, target 30"
    units: str  # "%" or "元, %" (more than one unit is a warning sign)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


_ROW_COLS = (
    "indicator, basis, region, level, year, value, value_high, qualifier, unit, document, evidence, path, sha256"
)


def indicator_rows(
    corpus: Corpus, indicator: str, *, basis: str | None = None, year: int | None = None
) -> list[PanelRow]:
    """Every figure of ``indicator`` (a canonical id, or a subject phrase), grouped by basis."""
    where = ["indicator = ?"]
    args: list[Any] = [indicator]
    if basis is not None:
        where.append("basis = ?")
        args.append(basis)
    if year is not None:
        where.append("year = ?")
        args.append(year)
    sql = (
        f"SELECT {_ROW_COLS} FROM indicator_panel WHERE {' AND '.join(where)} "
        f"ORDER BY {_BASIS_RANK}, year NULLS LAST, region NULLS LAST, document, metric_id"
    )
    return [PanelRow(*r) for r in corpus.con.execute(sql, args).fetchall()]


def coverage(corpus: Corpus, *, include_subjects: bool = False, limit: int | None = None) -> list[Coverage]:
    """Indicators with how many figures, documents, regions and years they cover."""
    where = "" if include_subjects else "WHERE canonical"
    sql = f"""
        WITH per_basis AS (
            SELECT indicator, coalesce(basis, 'unspecified') AS b, count(*) AS n
            FROM indicator_panel {where} GROUP BY ALL
        )
        SELECT p.indicator, bool_or(p.canonical), count(*), count(DISTINCT p.sha256), count(DISTINCT p.region),
               min(p.year), max(p.year),
               (SELECT string_agg(b || ' ' || n, ', ' ORDER BY n DESC, b) FROM per_basis WHERE per_basis.indicator = p.indicator),
               string_agg(DISTINCT p.unit, ', ' ORDER BY p.unit)
        FROM indicator_panel p {where.replace("canonical", "p.canonical")}
        GROUP BY p.indicator
        ORDER BY bool_or(p.canonical) DESC, count(DISTINCT p.sha256) DESC, p.indicator
    """
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [Coverage(*r) for r in corpus.con.execute(sql).fetchall()]


def unmapped_count(corpus: Corpus) -> int:
    """Figures that name no canonical indicator (kept under their subject phrase)."""
    return int(corpus.con.execute("SELECT count(*) FROM indicator_panel WHERE NOT canonical").fetchone()[0])
