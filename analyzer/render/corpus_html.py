"""The corpus overview page: documents, findings by rule and by document, indicator coverage.

Reads a corpus database through ``analyzer.corpus`` (the only package that
imports duckdb) and renders ``corpus.html.j2``: one self-contained, script-free,
autoescaped file like the report page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .common import label
from .html import environment


@dataclass(frozen=True)
class DocRow:
    sha256: str
    path: str | None
    title: str | None
    region: str | None
    level: str | None
    year: int | None
    genre: str | None
    metrics: int
    errors: int
    warnings: int
    infos: int
    verified: int


@dataclass(frozen=True)
class RuleRow:
    rule: str
    errors: int
    warnings: int
    infos: int
    documents: int


@dataclass(frozen=True)
class CorpusOverview:
    path: str
    documents: tuple[DocRow, ...]
    rules: tuple[RuleRow, ...]
    coverage: tuple[Any, ...]  # analyzer.corpus.Coverage
    cross: tuple[tuple[str, str, str], ...]  # (rule, severity, message)
    failed: tuple[tuple[str, str], ...]  # (path, reason)
    unmapped: int

    @property
    def totals(self) -> dict[str, int]:
        return {
            "documents": len(self.documents),
            "metrics": sum(d.metrics for d in self.documents),
            "error": sum(d.errors for d in self.documents),
            "warning": sum(d.warnings for d in self.documents),
            "info": sum(d.infos for d in self.documents),
            "verified": sum(d.verified for d in self.documents),
            "failed": len(self.failed),
        }


_DOCS_SQL = """
SELECT d.sha256, d.path, d.title, d.region, d.level, d.year, d.genre, d.n_metrics,
       count(f.seq) FILTER (WHERE f.severity = 'error'),
       count(f.seq) FILTER (WHERE f.severity = 'warning'),
       count(f.seq) FILTER (WHERE f.severity = 'info'),
       d.n_verified
FROM documents d LEFT JOIN findings f USING (sha256)
GROUP BY ALL
ORDER BY count(f.seq) FILTER (WHERE f.severity = 'error') DESC, d.region NULLS LAST, d.year NULLS LAST, d.path
"""

_RULES_SQL = """
SELECT rule,
       count(*) FILTER (WHERE severity = 'error'),
       count(*) FILTER (WHERE severity = 'warning'),
       count(*) FILTER (WHERE severity = 'info'),
       count(DISTINCT sha256)
FROM findings GROUP BY rule ORDER BY 2 DESC, 3 DESC, 4 DESC, rule
"""


def corpus_overview(db: str | Path, *, coverage_limit: int = 200) -> CorpusOverview:
    """What the overview page shows, read from the corpus database ``db`` (opened read-only)."""
    from ..corpus import coverage, open_corpus, unmapped_count

    with open_corpus(db, read_only=True) as corpus:
        con = corpus.con
        docs = tuple(DocRow(*r) for r in con.execute(_DOCS_SQL).fetchall())
        rules = tuple(RuleRow(*r) for r in con.execute(_RULES_SQL).fetchall())
        cross = tuple(con.execute("SELECT rule, severity, message FROM corpus_findings ORDER BY seq").fetchall())
        failed = tuple(con.execute("SELECT path, reason FROM errors ORDER BY path").fetchall())
        cov = tuple(coverage(corpus, limit=coverage_limit))
        unmapped = unmapped_count(corpus)
    return CorpusOverview(str(db), docs, rules, cov, cross, failed, unmapped)


def render_corpus_html(overview: CorpusOverview) -> str:
    return environment().get_template("corpus.html.j2").render(o=overview, totals=overview.totals, label=label)


def write_corpus_html(db: str | Path, out: str | Path) -> Path:
    """Read the corpus ``db`` and write its overview page to ``out``; returns the path written."""
    path = Path(out)
    path.write_text(render_corpus_html(corpus_overview(db)), encoding="utf-8")
    return path
