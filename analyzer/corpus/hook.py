"""The corpus-level step: after a batch, run ``cross_document_mismatch`` over the whole corpus.

The rule lives with the other checks (``analyzer.checks.cross_document``).  Each
worker stores what its document says of national figures in ``corpus_facts``
(``document_facts``); here those facts are read back in one streaming query and
compared (``compare_facts``), so the step costs the memory of the facts, a few
per document, never that of the reports.  Its findings replace those of the
previous run in ``corpus_findings``, each with the document its evidence
points into.  A failure of the step is reported in the summary and never loses
the batch: the documents are stored already.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ..checks import cross_document
from ..checks.cross_document import Fact, Placed
from ..relations.rounding import Interval
from ..types import Finding, Span
from .rows import to_arrow
from .schema import CORPUS_FINDINGS

if TYPE_CHECKING:
    from .db import Corpus

_FETCH = 5000  # rows per fetch of the facts query

# the document's name in messages, as ``cross_document.source_name`` gives it for a report
_FACTS_SQL = """
SELECT f.sha256, COALESCE(NULLIF(d.path, ''), NULLIF(d.title, ''), substr(d.sha256, 1, 12)),
       f.role, f.key, f.year, f.low, f.high, f.start, f."end", f.text, f.note, d.year
FROM corpus_facts AS f JOIN documents AS d USING (sha256)
ORDER BY f.sha256, f.seq
"""


def corpus_facts(corpus: Corpus) -> Iterator[Placed]:
    """Every stored fact with its document (``doc`` is the sha256), read a few thousand rows at a time."""
    cur = corpus.con.execute(_FACTS_SQL)
    while rows := cur.fetchmany(_FETCH):
        for sha, source, role, key, year, low, high, start, end, text, note, delivered in rows:
            fact = Fact(role, key, year, Interval(low, high), Span(start, end, text), note)
            yield Placed(fact, source, sha, delivered)


def store_corpus_findings(corpus: Corpus, findings: Iterable[tuple[object, Finding]]) -> int:
    """Replace ``corpus_findings`` with ``findings`` in one transaction; return how many.

    An item is ``(document, finding)``: the sha256 of the document the evidence points into
    (what ``compare_facts`` gives for stored facts), or a list of them.
    """
    at = datetime.now(UTC).replace(tzinfo=None)
    rows = []
    for i, (doc, f) in enumerate(findings):
        docs = [doc] if isinstance(doc, str) else list(doc)  # type: ignore[call-overload]
        d = f.to_dict()
        rows.append(
            (
                i,
                f.rule,
                f.severity.value,
                f.message,
                json.dumps(docs),
                json.dumps(d["evidence"], ensure_ascii=False, default=str),
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
    row = corpus.con.execute("SELECT count(*), max(analyzed_at) FROM documents").fetchone()
    assert row is not None  # an aggregate has one row
    n, newest = row
    return f"{n}@{newest}"


def run_cross_document(corpus: Corpus, *, force: bool = False) -> str:
    """Run the corpus rule (when the corpus changed since it last ran, or ``force``); say what happened."""
    stamp = _corpus_stamp(corpus)
    row = corpus.con.execute("SELECT value FROM schema_info WHERE key = ?", [_STAMP_KEY]).fetchone()
    if not force and row is not None and row[0] == stamp:
        n = (corpus.con.execute("SELECT count(*) FROM corpus_findings").fetchone() or (0,))[0]
        return f"cross-document check: corpus unchanged, {n} finding{'s' if n != 1 else ''} kept"
    try:
        n = store_corpus_findings(corpus, cross_document.compare_facts(corpus_facts(corpus)))
        corpus.con.execute("INSERT OR REPLACE INTO schema_info VALUES (?, ?)", [_STAMP_KEY, stamp])
    except Exception as exc:  # noqa: BLE001 - a failing corpus step must not lose the batch
        return f"cross-document check failed: {type(exc).__name__}: {exc}"
    return f"cross-document check: {n} finding{'s' if n != 1 else ''}"
