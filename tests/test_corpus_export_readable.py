"""Exports a reader opens: the findings sheet names its documents and quotes its evidence; CSV opens in Excel."""

from __future__ import annotations

import csv
import json

import pytest
from render_sample import TEXT, analyze_sample


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    from analyzer.corpus import run_batch

    d = tmp_path_factory.mktemp("export")
    for i, region in enumerate(("甲区", "乙区")):
        (d / f"{region}.txt").write_text(TEXT + f"附{i}。\n", encoding="utf-8")
    db = d / "c.duckdb"
    summary = run_batch([d], db, workers=1, analyze=analyze_sample, cross_document=False)
    assert summary.added == 2, summary
    return db


def test_xlsx_findings_sheet_has_path_title_and_quoted_evidence(corpus_db, tmp_path):
    from openpyxl import load_workbook

    from analyzer.corpus import export_xlsx, open_corpus

    with open_corpus(corpus_db, read_only=True) as c:
        out = export_xlsx(c, tmp_path / "c.xlsx")
        docs = dict(c.con.execute("SELECT sha256, path FROM documents").fetchall())
        stored = c.con.execute("SELECT sha256, evidence FROM findings ORDER BY sha256").fetchall()
    wb = load_workbook(out, read_only=True)
    rows = list(wb["findings"].iter_rows(values_only=True))
    head, body = rows[0], rows[1:]
    assert head[:2] == ("Path", "Title")
    assert head.index("Evidence") == head.index("Message") + 1 and head[-1] == "Evidence (JSON)"
    assert len(body) == len(stored)
    for row in body:
        r = dict(zip(head, row, strict=True))
        assert r["Path"] == docs[r["SHA-256"]] and r["Path"].endswith(".txt")
        assert r["Title"]
        spans = json.loads(r["Evidence (JSON)"])
        assert r["Evidence"] == " … ".join(s["text"] for s in spans) and "{" not in r["Evidence"]
    # the verified sheet reads the same way; other sheets keep their columns
    vhead = next(wb["verified"].iter_rows(values_only=True))
    assert vhead[:2] == ("Path", "Title") and "Evidence" in vhead
    dhead = next(wb["documents"].iter_rows(values_only=True))
    assert dhead[0] == "SHA-256"


def test_csv_export_starts_with_a_bom_and_reads_back(corpus_db, tmp_path):
    from analyzer.corpus import export_files, open_corpus

    with open_corpus(corpus_db, read_only=True) as c:
        written = export_files(c, tmp_path / "csv", "csv")
        n_findings = c.con.execute("SELECT count(*) FROM findings").fetchone()[0]
    for path in written:
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), path.name
        assert not raw.startswith(b"\xef\xbb\xbf\xef\xbb\xbf")
    findings = list(csv.DictReader((tmp_path / "csv" / "findings.csv").open(encoding="utf-8-sig")))
    assert len(findings) == n_findings and "sha256" in findings[0]  # the first header is not "\ufeffsha256"
    assert any("纠错率" in f["message"] or "纠错率" in f["evidence"] for f in findings)
    assert not list((tmp_path / "csv").glob("tmp*"))  # no temporary file left behind


def test_parquet_export_has_no_bom(corpus_db, tmp_path):
    from analyzer.corpus import export_files, open_corpus

    with open_corpus(corpus_db, read_only=True) as c:
        written = export_files(c, tmp_path / "pq", "parquet")
    assert all(p.read_bytes()[:4] == b"PAR1" for p in written)
