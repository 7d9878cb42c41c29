"""The real excerpts with flattened 政府信息公开 tables: the rows are read as tables, the outline can tell.

``analyzer.tables.in_table`` says whether an offset lies inside a read table; the heading
checks (another module) use it to leave table rows alone.  Read at run time from
``../shared/real/pages_excerpts.jsonl``.
"""

from __future__ import annotations

import json

import pytest
from conftest import REAL

from analyzer import analyze_text
from analyzer.tables import in_table, keyed, tables

EXCERPTS = REAL / "pages_excerpts.jsonl"


def _disclosure_excerpts() -> list[dict]:
    if not EXCERPTS.is_file():
        pytest.skip(f"excerpts not found at {EXCERPTS} (set GOVREPORT_REAL)")
    rows = [json.loads(x) for x in EXCERPTS.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [d for d in rows if "申请人情况" in d["text"] or "本年新收" in d["text"]]


@pytest.mark.slow
def test_excerpts_table_rows_are_inside_read_tables():
    docs = _disclosure_excerpts()
    assert docs
    keyed_tables = 0
    for d in docs:
        report = analyze_text(d["text"])
        spans = tuple((t.start, t.end) for t in tables(report))
        keyed_tables += len(keyed(report))
        for t in keyed(report):
            for c in t.cells:  # must: every keyed cell is inside its table
                assert in_table(spans, c.start)
        # must not: the report's first line (its title) is no table
        assert not in_table(spans, 0)
        for line_start in [0] + [i + 1 for i, ch in enumerate(report.text) if ch == "\n"]:
            line = report.text[line_start : report.text.find("\n", line_start)]
            if line.startswith(("一、本年新收", "二、上年结转")) and "|" in line:
                assert in_table(spans, line_start), line
    assert keyed_tables >= 5
