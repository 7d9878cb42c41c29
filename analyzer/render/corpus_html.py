"""The corpus overview page: documents, findings by rule and by document (each listed), indicator coverage.

Reads a corpus database through ``analyzer.corpus`` (the only package that
imports duckdb) and renders ``corpus.html.j2``: one self-contained, script-free,
autoescaped file like the report page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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
class FindingRow:
    rule: str
    severity: str
    message: str
    evidence: str  # the quoted spans, joined by " … "


@dataclass(frozen=True)
class CorpusOverview:
    path: str
    documents: tuple[DocRow, ...]
    rules: tuple[RuleRow, ...]
    coverage: tuple[Any, ...]  # analyzer.corpus.Coverage
    cross: tuple[tuple[str, str, str], ...]  # (rule, severity, message)
    failed: tuple[tuple[str, str], ...]  # (path, reason)
    unmapped: int
    findings: dict[str, tuple[FindingRow, ...]] = field(default_factory=dict)  # sha256 -> its findings, worst first
    findings_shown: int = 0  # the most listed per document (0: all)

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


_FINDINGS_SQL = """
SELECT sha256, rule, severity, message, evidence FROM (
    SELECT *, row_number() OVER (PARTITION BY sha256 ORDER BY
        CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, seq) AS n
    FROM findings)
WHERE ? = 0 OR n <= ?
ORDER BY sha256, n
"""

# findings listed per document on the page (the counts are always whole)
FINDINGS_PER_DOCUMENT = 200


def corpus_overview(
    db: str | Path, *, coverage_limit: int = 200, findings_per_document: int = FINDINGS_PER_DOCUMENT
) -> CorpusOverview:
    """What the overview page shows, read from the corpus database ``db`` (opened read-only)."""
    from ..corpus import coverage, open_corpus, unmapped_count
    from ..corpus.export import evidence_text

    with open_corpus(db, read_only=True) as corpus:
        con = corpus.con
        docs = tuple(DocRow(*r) for r in con.execute(_DOCS_SQL).fetchall())
        rules = tuple(RuleRow(*r) for r in con.execute(_RULES_SQL).fetchall())
        cross = tuple(con.execute("SELECT rule, severity, message FROM corpus_findings ORDER BY seq").fetchall())
        failed = tuple(con.execute("SELECT path, reason FROM errors ORDER BY path").fetchall())
        cov = tuple(coverage(corpus, limit=coverage_limit))
        unmapped = unmapped_count(corpus)
        listed: dict[str, list[FindingRow]] = {}
        k = findings_per_document
        for sha, rule, sev, msg, ev in con.execute(_FINDINGS_SQL, [k, k]).fetchall():
            listed.setdefault(sha, []).append(FindingRow(rule, sev, msg, evidence_text(ev)))
    findings = {sha: tuple(rows) for sha, rows in listed.items()}
    return CorpusOverview(str(db), docs, rules, cov, cross, failed, unmapped, findings, k)


def render_corpus_html(overview: CorpusOverview) -> str:
    return environment().get_template("corpus.html.j2").render(o=overview, totals=overview.totals, label=label)


def write_corpus_html(db: str | Path, out: str | Path) -> Path:
    """Read the corpus ``db`` and write its overview page to ``out``; returns the path written."""
    path = Path(out)
    path.write_text(render_corpus_html(corpus_overview(db)), encoding="utf-8")
    return path
