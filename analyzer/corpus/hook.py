"""The corpus-level hook: after a batch, run ``cross_document_mismatch`` over the whole corpus.

The rule lives with the other checks, as
``analyzer.checks.cross_document.check_corpus(reports)``.  It is given the
corpus's documents rebuilt from the database, one ``Report`` each (source,
meta, cleaned text and figures; no outline), read one at a time.  It yields
``Finding``s (or ``(documents, Finding)`` pairs, or dicts with a
``documents`` list); a finding concerns the documents whose path or title its
message names.  The findings replace those of the previous run in
``corpus_findings``.  While the module is absent the hook does nothing and says so.
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from ..types import Basis, Finding, Genre, Meta, Metric, MetricKind, Qualifier, Report, Source
from .rows import to_arrow
from .schema import CORPUS_FINDINGS

if TYPE_CHECKING:
    from .db import Corpus

HOOK_MODULE = "analyzer.checks.cross_document"
HOOK_FUNCTION = "check_corpus"

_METRIC_COLS = (
    "id", "kind", "value", "unit", "text", "start", "end", "value_high", "qualifier", "subject", "indicator",
    "year", "basis", "section", "raw_number", "decimals", "number_start", "number_end",
)  # fmt: skip


def _genre(value: str | None) -> Genre:
    try:
        return Genre(value)
    except ValueError:
        return Genre.OTHER


def _metric(row: tuple[Any, ...]) -> Metric:
    d = dict(zip(_METRIC_COLS, row))
    d["kind"] = MetricKind(d["kind"])
    d["qualifier"] = Qualifier(d["qualifier"]) if d["qualifier"] else None
    d["basis"] = Basis(d["basis"]) if d["basis"] else None
    return Metric(**d)


def corpus_reports(corpus: Corpus) -> Iterator[Report]:
    """Every document of the corpus as a ``Report`` (text and figures, no outline), one at a time."""
    docs = corpus.con.execute(
        "SELECT sha256, path, format, encoding, title, issuer, region, year, genre FROM documents ORDER BY path, sha256"
    ).fetchall()
    cols = ", ".join(f'"{c}"' for c in _METRIC_COLS)
    for sha, path, fmt, enc, title, issuer, region, year, genre in docs:
        row = corpus.con.execute("SELECT text FROM texts WHERE sha256 = ?", [sha]).fetchone()
        metrics = corpus.con.execute(
            f"SELECT {cols} FROM metrics WHERE sha256 = ? ORDER BY start, id", [sha]
        ).fetchall()
        yield Report(
            source=Source(path, sha, fmt, enc),
            meta=Meta(title, issuer, region, year, _genre(genre)),
            text=row[0] if row else "",
            metrics=tuple(_metric(m) for m in metrics),
        )


_TOKEN = re.compile(r"[^\s:：，,；;]+")


def _documents_named(message: str, names: dict[str, str]) -> list[str]:
    """The documents whose path (or title) the message names: by its words, else by a scan of a small corpus."""
    found = {names[w] for w in _TOKEN.findall(message) if w in names}
    if not found and len(names) <= 2000:
        found = {sha for name, sha in names.items() if name and name in message}
    return sorted(found)


def _as_row(item: Any) -> tuple[list[str], dict[str, Any]]:
    """(documents, finding fields) from whatever shape the rule yields."""
    docs: list[str] = []
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Finding):
        docs, item = list(item[0]), item[1]
    if isinstance(item, Finding):
        d = item.to_dict()
    elif isinstance(item, dict):
        d = dict(item)
        docs = list(d.pop("documents", docs) or [])
    else:
        raise TypeError(f"check_corpus yielded {type(item).__name__}, expected a Finding")
    return docs, d


def _find_hook() -> Any:
    try:
        mod = importlib.import_module(HOOK_MODULE)
    except ModuleNotFoundError as exc:
        if exc.name == HOOK_MODULE:
            return None
        raise
    return getattr(mod, HOOK_FUNCTION, None)


def store_corpus_findings(corpus: Corpus, findings: Iterable[Any]) -> int:
    """Replace ``corpus_findings`` with ``findings`` in one transaction; return how many."""
    at = datetime.now(UTC).replace(tzinfo=None)
    names: dict[str, str] = {}
    for sha, path, title in corpus.con.execute("SELECT sha256, path, title FROM documents").fetchall():
        if path or title:
            names[path or title] = sha
    rows = []
    for i, item in enumerate(findings):
        docs, d = _as_row(item)
        docs = docs or _documents_named(str(d.get("message", "")), names)
        sev = d.get("severity")
        rows.append(
            (
                i,
                d.get("rule", "cross_document_mismatch"),
                getattr(sev, "value", sev),
                d.get("message", ""),
                json.dumps(docs),
                json.dumps(d.get("evidence", []), ensure_ascii=False, default=str),
                json.dumps(d.get("expected"), ensure_ascii=False, default=str),
                json.dumps(d.get("reported"), ensure_ascii=False, default=str),
                at,
            )
        )
    con = corpus.con
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM corpus_findings")
        if rows:  # one Arrow insert: executemany costs a statement per row
            _findings = to_arrow(CORPUS_FINDINGS, rows)
            cols = ", ".join(f'"{c}"' for c in CORPUS_FINDINGS.names)
            con.execute(f"INSERT INTO corpus_findings ({cols}) SELECT {cols} FROM _findings")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return len(rows)


_STAMP_KEY = "corpus_check_documents"


def _corpus_stamp(corpus: Corpus) -> str:
    """What the corpus check last ran over: the number of documents and the newest analysis time."""
    n, newest = corpus.con.execute("SELECT count(*), max(analyzed_at) FROM documents").fetchone()
    return f"{n}@{newest}"


def run_cross_document(corpus: Corpus, *, force: bool = False) -> str:
    """Run the corpus rule if it exists (and the corpus changed since it last ran); say what happened."""
    stamp = _corpus_stamp(corpus)
    row = corpus.con.execute("SELECT value FROM schema_info WHERE key = ?", [_STAMP_KEY]).fetchone()
    if not force and row is not None and row[0] == stamp:
        n = corpus.con.execute("SELECT count(*) FROM corpus_findings").fetchone()[0]
        return f"cross-document check: corpus unchanged, {n} finding{'s' if n != 1 else ''} kept"
    try:
        fn = _find_hook()
    except Exception as exc:  # noqa: BLE001 - a broken rule must not lose the batch
        return f"cross-document check could not be loaded: {type(exc).__name__}: {exc}"
    if fn is None:
        return f"cross-document check not available ({HOOK_MODULE}.{HOOK_FUNCTION} absent)"
    try:
        n = store_corpus_findings(corpus, fn(corpus_reports(corpus)))
        corpus.con.execute("INSERT OR REPLACE INTO schema_info VALUES (?, ?)", [_STAMP_KEY, stamp])
    except Exception as exc:  # noqa: BLE001
        return f"cross-document check failed: {type(exc).__name__}: {exc}"
    return f"cross-document check: {n} finding{'s' if n != 1 else ''}"
