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
    merged = taxonomy.canonical(text)  # an id merged into another (``aliases``): the id now standing for it
    if merged != text and merged in known:
        return Resolution(text, (merged,), "id")
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


# -- targets against results ---------------------------------------------------------------------
@dataclass(frozen=True)
class TargetRow:
    """One region-year of ``target_panel`` with ``met`` decided (``note`` says why it is null)."""

    indicator: str
    region: str | None
    level: str | None
    year: int
    target: float | None
    target_high: float | None
    target_qualifier: str | None
    result: float | None
    result_qualifier: str | None
    met: bool | None
    note: str  # "" when met is decided, else why not (no result, targets disagree, ...)
    unit: str | None
    target_document: str | None
    target_evidence: str | None
    target_start: int | None
    target_end: int | None
    result_document: str | None
    result_evidence: str | None
    result_start: int | None
    result_end: int | None
    target_path: str | None
    result_path: str | None

    @property
    def complete(self) -> bool:
        """A target and a result, each stated once (or restated with the same value)."""
        return self.target is not None and self.result is not None and not self.note.endswith("disagree")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def tolerance_for(unit: str | None, target: float, settings: Any) -> float:
    """How far a point target may be missed on the wrong side and still count as met."""
    if unit == "%":
        return float(settings.target_tolerance_pp)
    return abs(target) * float(settings.target_tolerance_share)


def decide_met(
    target: float | None,
    target_high: float | None,
    qualifier: str | None,
    result: float | None,
    direction: str | None,
    tolerance: float,
) -> tuple[bool | None, str]:
    """(met, why null) for a target read with its qualifier's meaning.

    以上 (at_least) is met when result >= target, 以内/不超过 (at_most) when result <= target, whatever the
    indicator; a range (5%—5.5%) by its lower end for a floor (at_least indicators), its upper end for a
    ceiling (at_most); a point target (左右, 近, or none) within ``tolerance`` on the wrong side:
    result >= target - tolerance for a floor, result <= target + tolerance for a ceiling.
    """
    if target is None:
        return None, "no target"
    if result is None:
        return None, "no result"
    eps = 1e-9  # 5.0 against 5: figures are decimals stored as floats
    if target_high is None and qualifier == "at_least":
        return result >= target - eps, ""
    if target_high is None and qualifier == "at_most":
        return result <= target + eps, ""
    if direction is None:
        return None, "no target direction"
    if target_high is not None:
        return (result >= target - eps if direction == "at_least" else result <= target_high + eps), ""
    if direction == "at_least":
        return result >= target - tolerance - eps, ""
    return result <= target + tolerance + eps, ""


_TARGET_COLS = (
    "indicator, region, level, year, target, target_high, target_qualifier, target_unit, result, "
    "result_qualifier, result_unit, target_values, result_values, target_document, target_evidence, "
    "target_start, target_end, result_document, result_evidence, result_start, result_end, target_path, result_path"
)


def target_rows(
    corpus: Corpus, indicator: str, taxonomy: Any, settings: Any, *, year: int | None = None
) -> list[TargetRow]:
    """``target_panel`` rows of ``indicator`` (by region, then year) with ``met`` decided.

    ``met`` is null when there is no target or no result, when the targets (or the results) give more
    than one value, or when the indicator has no ``target_direction`` and the target needs one.
    """
    entry = taxonomy.get(indicator)
    direction = entry.target_direction if entry is not None else None
    where = "indicator = ?"
    args: list[Any] = [indicator]
    if year is not None:
        where += " AND year = ?"
        args.append(year)
    sql = f"SELECT {_TARGET_COLS} FROM target_panel WHERE {where} ORDER BY level, region NULLS LAST, year"
    out = []
    for r in corpus.con.execute(sql, args).fetchall():
        (ind, region, level, yr, target, high, qual, t_unit, result, r_qual, r_unit, n_t, n_r, *evidence) = r
        unit = t_unit or r_unit
        if target is not None and result is not None and t_unit != r_unit:
            met, note = None, f"units differ ({t_unit}, {r_unit})"
        elif n_t > 1:
            met, note = None, "targets disagree"
        elif n_r > 1:
            met, note = None, "results disagree"
        else:
            tol = tolerance_for(unit, target, settings) if target is not None else 0.0
            met, note = decide_met(target, high, qual, result, direction, tol)
        out.append(TargetRow(ind, region, level, yr, target, high, qual, result, r_qual, met, note, unit, *evidence))
    return out
