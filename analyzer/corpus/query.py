"""What ``compare`` asks the corpus: one indicator across documents, and indicator coverage.

Both read only the ``indicator_panel`` view.  Rows come back grouped by basis
(results, then targets, then multi-year averages, then figures without a
basis), so a target is never listed among results.
"""

from __future__ import annotations

import difflib
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
    row = corpus.con.execute("SELECT count(*) FROM indicator_panel WHERE NOT canonical").fetchone()
    assert row is not None  # an aggregate has one row
    return int(row[0])


# how many close ids an unknown one is answered with
CLOSEST = 5


@dataclass(frozen=True)
class Resolution:
    """What ``--indicator TEXT`` names: ``ids`` to show (one, or several to choose from), or ``closest``."""

    text: str
    ids: tuple[str, ...]  # one: show it; several: the phrase is ambiguous
    how: str  # "id" (a canonical id), "subject" (a stored subject phrase), "phrase" (matched the taxonomy), "unknown"
    closest: tuple[str, ...] = ()


def _stored_indicators(corpus: Corpus) -> tuple[set[str], set[str]]:
    """(canonical ids, subject phrases) the panel holds."""
    rows = corpus.con.execute("SELECT DISTINCT indicator, canonical FROM indicator_panel").fetchall()
    return {i for i, c in rows if c}, {i for i, c in rows if not c}


def resolve_indicator(corpus: Corpus, text: str, taxonomy: Any) -> Resolution:
    """What ``text`` names: a canonical id, a stored subject phrase, or the ids whose phrases it matches.

    A phrase (纠错率) matches the ids with a subject phrase or label equal to it; failing that, those
    whose subject phrases or label contain it, or that it contains (行政复议纠错率 -> 纠错率).
    Unknown text comes back with the closest ids (``difflib``) in ``closest``.
    """
    text = text.strip()
    canonical, subjects = _stored_indicators(corpus)
    known = {*taxonomy.ids, *canonical}
    if text in known:
        return Resolution(text, (text,), "id")
    if text in subjects:
        return Resolution(text, (text,), "subject")
    entries = [i for i in taxonomy.indicators if i.id in known]
    exact = [i.id for i in entries if text == i.label or text in i.subject]
    if not exact and len(text) >= 2:
        exact = [
            i.id
            for i in entries
            if text in i.label or any(text in s or (len(s) >= 2 and s in text) for s in i.subject)
        ]
    if exact:
        return Resolution(text, tuple(sorted(set(exact))), "phrase")
    labels = {i.label: i.id for i in entries}
    close = difflib.get_close_matches(text, sorted(known), n=CLOSEST, cutoff=0.5)
    close += [labels[x] for x in difflib.get_close_matches(text, sorted(labels), n=CLOSEST, cutoff=0.5)]
    return Resolution(text, (), "unknown", tuple(dict.fromkeys(close))[:CLOSEST])
