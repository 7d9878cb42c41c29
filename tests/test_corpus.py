"""The corpus database: rows, keys, batch resumption, errors, the indicator panel, export."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from _corpus_fakes import fake_analyze, write_corpus

from analyzer.corpus import (
    BatchInputError,
    coverage,
    discover,
    document_rows,
    export_files,
    export_xlsx,
    indicator_rows,
    level_of,
    open_corpus,
    run_batch,
    unmapped_count,
)
from analyzer.corpus.db import DocumentRejected
from analyzer.corpus.hook import store_corpus_findings
from analyzer.corpus.schema import ALL_TABLES, DOCUMENT_TABLES
from analyzer.errors import DatabaseError, DataFileError
from analyzer.types import Finding, Severity, Span

HENAN = """region=河南省 year=2025 title=河南省政府工作报告
gdp.growth actual 2025 5.6 %
gdp.growth target 2026 5 %
gdp.growth period_average - 5.2 %
gdp.value actual 2025 6500000000000 元
subject=粮食产量 actual 2025 67000000000 kg
finding ratio_mismatch
"""
HUBEI = """region=湖北省 year=2025 title=湖北省政府工作报告
gdp.growth actual - 5.9 %
gdp.growth target - 5.5 %
finding growth_mismatch
finding ratio_mismatch
"""
WEIDU = """region=魏都区 year=2024
admin_review.correction_rate actual 2024 58.6 %
"""


def corpus_dir(tmp_path: Path, extra: dict[str, str] | None = None) -> Path:
    folder = tmp_path / "in"
    write_corpus(folder, {"henan.txt": HENAN, "hubei.txt": HUBEI, "sub/weidu.txt": WEIDU, **(extra or {})})
    return folder


def batch(folder: Path | list, db: Path, **kw):
    inputs = folder if isinstance(folder, list) else [folder]
    return run_batch(inputs, db, workers=kw.pop("workers", 2), analyze=fake_analyze, **kw)


# -- levels ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "region, level",
    [
        ("全国", "national"),
        ("北京市", "province"),
        ("河南省", "province"),
        ("新疆维吾尔自治区", "province"),
        ("许昌市", "city"),
        ("延边朝鲜族自治州", "city"),
        ("长阳土家族自治县", "county"),
        ("魏都区", "district"),
        ("河南省许昌市魏都区", "district"),
    ],
)
def test_corpus_level_of_region_names(region, level):
    assert level_of(region) == level


@pytest.mark.parametrize("region", [None, "", "某单位", "司法局"])
def test_corpus_level_of_unknown_is_none(region):
    assert level_of(region) is None


# -- rows and the one-transaction write -----------------------------------------------
def test_corpus_document_rows_fit_the_schema(tmp_path):
    p = tmp_path / "r.txt"
    p.write_text(HENAN, encoding="utf-8")
    rows = document_rows(fake_analyze(str(p)), analyzer_version="t")
    for spec in DOCUMENT_TABLES:
        assert tuple(rows.tables[spec.name].column_names) == spec.names
    assert rows.tables["metrics"].num_rows == 5
    doc = rows.tables["documents"].to_pylist()[0]
    assert (doc["region"], doc["level"], doc["year"], doc["n_metrics"], doc["n_findings"]) == (
        "河南省",
        "province",
        2025,
        5,
        1,
    )
    evidence = json.loads(rows.tables["findings"].to_pylist()[0]["evidence"])
    assert evidence[0]["text"] == "finding ratio_mismatch"


def test_corpus_write_document_is_all_or_nothing(tmp_path, monkeypatch):
    from analyzer.corpus import db as dbmod

    p = tmp_path / "r.txt"
    p.write_text(HENAN, encoding="utf-8")
    report = fake_analyze(str(p))
    rows = document_rows(report)
    with open_corpus(tmp_path / "c.duckdb") as corpus:
        # the findings insert fails after documents, sections and metrics went in: none of them stays
        monkeypatch.setitem(dbmod._INSERT_SQL, "findings", "INSERT INTO no_such_table SELECT 1")
        with pytest.raises(DatabaseError):
            corpus.write_document(rows)
        assert all(n == 0 for n in corpus.counts().values())
        monkeypatch.undo()
        corpus.write_document(rows)
        counts = corpus.counts()
        # the same content again is refused by the documents key, and adds no row anywhere
        with pytest.raises(DocumentRejected):
            corpus.write_document(rows)
        assert corpus.counts() == counts
    assert (counts["documents"], counts["metrics"], counts["sections"], counts["findings"]) == (1, 5, 2, 1)


# -- the database file -----------------------------------------------------------------
def test_corpus_refuses_another_schema_version(tmp_path):
    db = tmp_path / "c.duckdb"
    with open_corpus(db) as corpus:
        corpus.con.execute("UPDATE schema_info SET value = '0' WHERE key = 'schema_version'")
    with pytest.raises(DatabaseError, match="schema version 0"):
        open_corpus(db)


def test_corpus_refuses_a_file_that_is_not_a_corpus(tmp_path):
    text = tmp_path / "notes.duckdb"
    text.write_text("not a database\n" * 100, encoding="utf-8")
    with pytest.raises(DatabaseError):
        open_corpus(text)
    import duckdb

    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).execute("CREATE TABLE t (x INTEGER)").close()
    with pytest.raises(DatabaseError, match="not a govreport corpus"):
        open_corpus(other)
    with pytest.raises(DatabaseError, match="no such database"):
        open_corpus(tmp_path / "absent.duckdb", read_only=True)


# -- finding the files -------------------------------------------------------------------
def test_corpus_discover_folders_globs_and_files(tmp_path):
    folder = corpus_dir(tmp_path)
    (folder / "README.md").write_text("x", encoding="utf-8")
    (folder / "data.csv").write_text("x", encoding="utf-8")
    assert [p.name for p in discover([folder])] == ["henan.txt", "hubei.txt", "weidu.txt"]
    assert [p.name for p in discover([str(folder / "h*.txt")])] == ["henan.txt", "hubei.txt"]
    assert [p.name for p in discover([folder / "hubei.txt", folder])] == ["hubei.txt", "henan.txt", "weidu.txt"]
    assert [p.name for p in discover([folder / "README.md"])] == ["README.md"]  # named explicitly: tried


@pytest.mark.parametrize("bad", ["absent_folder", "nothing*.txt"])
def test_corpus_discover_rejects_inputs_naming_nothing(tmp_path, bad):
    with pytest.raises(BatchInputError):
        discover([str(tmp_path / bad)])
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(BatchInputError):
        discover([empty])


# -- the batch ---------------------------------------------------------------------------
def test_corpus_batch_twice_adds_nothing(tmp_path):
    folder = corpus_dir(tmp_path, {"copy_of_henan.txt": HENAN})
    db = tmp_path / "c.duckdb"
    first = batch(folder, db, workers=1)
    assert (first.files, first.added, first.duplicates, first.failed) == (4, 3, 1, 0)
    counts = first.totals
    assert (counts["documents"], counts["metrics"], counts["findings"]) == (3, 8, 3)
    assert first.findings_by_rule == {"growth_mismatch": 1, "ratio_mismatch": 2}
    second = batch(folder, db, workers=1)
    assert (second.added, second.skipped, second.duplicates) == (0, 4, 0)  # both copies are known now
    assert second.totals == counts


def test_corpus_batch_bad_files_go_to_errors_and_the_batch_goes_on(tmp_path):
    folder = corpus_dir(
        tmp_path, {"bad.txt": "BAD\n", "bug.txt": "RAISE\n", "crash.txt": "CRASH\n", "killed.txt": "SIGKILL\n"}
    )
    db = tmp_path / "c.duckdb"
    s = batch(folder, db)
    assert (s.added, s.failed) == (3, 4)
    reasons = {Path(p).name: r for p, r in s.failed_files}
    assert "cannot decode" in reasons["bad.txt"]
    assert "ValueError" in reasons["bug.txt"]
    assert "crashed" in reasons["crash.txt"] and "exit code 3" in reasons["crash.txt"]
    assert "signal 9" in reasons["killed.txt"]
    # retried on the next run, still recorded once each
    again = batch(folder, db)
    assert (again.added, again.failed, again.totals["errors"]) == (0, 4, 4)


def test_corpus_batch_fixed_file_leaves_errors(tmp_path):
    folder = corpus_dir(tmp_path, {"later.txt": "BAD\n"})
    db = tmp_path / "c.duckdb"
    assert batch(folder, db, workers=1).totals["errors"] == 1
    (folder / "later.txt").write_text(WEIDU.replace("58.6", "58.7"), encoding="utf-8")
    s = batch(folder, db, workers=1)
    assert (s.added, s.totals["documents"]) == (1, 4)
    # the old content's error stays (it is another content); the new content is a document
    with open_corpus(db, read_only=True) as corpus:
        paths = [r[0] for r in corpus.con.execute("SELECT path FROM documents").fetchall()]
    assert str(folder / "later.txt") in paths


# -- the indicator panel and compare ---------------------------------------------------------
@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("filled")
    db = tmp_path / "c.duckdb"
    batch(corpus_dir(tmp_path), db, workers=1)
    with open_corpus(db, read_only=True) as corpus:
        yield corpus


def test_corpus_indicator_rows_keep_targets_apart(filled):
    rows = indicator_rows(filled, "gdp.growth")
    assert [(r.region, r.basis, r.year, r.value) for r in rows] == [
        ("河南省", "actual", 2025, 5.6),
        ("湖北省", "actual", 2025, 5.9),  # no year stated: a result takes its report's year
        ("河南省", "target", 2026, 5.0),
        ("湖北省", "target", None, 5.5),  # a target is never given a guessed year
        ("河南省", "period_average", None, 5.2),
    ]
    assert {r.basis for r in indicator_rows(filled, "gdp.growth", basis="actual")} == {"actual"}
    assert [r.region for r in indicator_rows(filled, "gdp.growth", year=2025)] == ["河南省", "湖北省"]
    assert all(r.unit == "%" and r.evidence.startswith("gdp.growth") for r in rows)


def test_corpus_unmapped_figure_keeps_its_subject(filled):
    rows = indicator_rows(filled, "粮食产量")
    assert [(r.region, r.value, r.unit) for r in rows] == [("河南省", 67000000000.0, "kg")]
    assert unmapped_count(filled) == 1
    assert "粮食产量" not in {c.indicator for c in coverage(filled)}
    assert "粮食产量" in {c.indicator for c in coverage(filled, include_subjects=True)}


def test_corpus_coverage_counts_documents_and_bases(filled):
    cov = {c.indicator: c for c in coverage(filled)}
    g = cov["gdp.growth"]
    assert (g.figures, g.documents, g.regions, g.year_min, g.year_max) == (5, 2, 2, 2025, 2026)
    assert g.bases == "actual 2, target 2, period_average 1"
    assert cov["admin_review.correction_rate"].documents == 1


def test_corpus_panel_shows_one_quantity_in_one_unit(tmp_path):
    folder = tmp_path / "in"
    write_corpus(
        folder,
        {
            "a.txt": "region=河南省 year=2025 title=甲\ngrain_output.value actual 2025 130000000000 斤\n",
            "b.txt": "region=湖北省 year=2025 title=乙\ngrain_output.value actual 2025 27500000 吨\n",
        },
    )
    db = tmp_path / "c.duckdb"
    batch(folder, db, workers=1)
    with open_corpus(db, read_only=True) as corpus:
        rows = corpus.con.execute(
            "SELECT region, value, unit, reported_value, reported_unit FROM indicator_panel ORDER BY region"
        ).fetchall()
    assert rows == [
        ("河南省", 65_000_000.0, "吨", 130_000_000_000.0, "斤"),
        ("湖北省", 27_500_000.0, "吨", 27_500_000.0, "吨"),
    ]


def test_corpus_comparable_units_file_is_checked(monkeypatch):
    from analyzer.corpus import schema

    class Files:
        def joinpath(self, name):
            return self

        def read_text(self, encoding):
            return "# comment\n斤\t吨\t0.0005\n亩\t公顷\tzero\n"

    schema.unit_conversions.cache_clear()
    monkeypatch.setattr(schema.resources, "files", lambda pkg: Files())
    try:
        with pytest.raises(DataFileError, match=r"comparable_units\.tsv:3"):
            schema.unit_conversions()
    finally:
        schema.unit_conversions.cache_clear()


def test_corpus_panel_view_has_the_documented_columns(filled):
    cols = [d[0] for d in filled.con.execute("SELECT * FROM indicator_panel LIMIT 0").description]
    assert cols[:9] == ["region", "level", "year", "basis", "indicator", "value", "unit", "document", "evidence"]


# -- cross-document findings --------------------------------------------------------------------
def test_corpus_corpus_findings_replace_the_previous_run(tmp_path):
    f = Finding("cross_document_mismatch", Severity.WARNING, "m", (Span(0, 3, "abc"),), 5.0, 5.4)
    with open_corpus(tmp_path / "c.duckdb") as corpus:
        assert store_corpus_findings(corpus, [(["a", "b"], f), ("d", f)]) == 2
        assert store_corpus_findings(corpus, [("c", f)]) == 1
        rows = corpus.con.execute("SELECT rule, severity, documents, evidence FROM corpus_findings").fetchall()
    assert rows == [("cross_document_mismatch", "warning", '["c"]', '[{"start": 0, "end": 3, "text": "abc"}]')]


# -- export --------------------------------------------------------------------------------------
def test_corpus_export_parquet_and_csv_hold_every_row(filled, tmp_path):
    counts = filled.counts()
    written = export_files(filled, tmp_path / "pq", "parquet")
    views = {"indicator_panel", "table_panel", "target_panel", "panel_wide", "panel_wide_target"}
    assert {p.stem for p in written} == {t.name for t in ALL_TABLES} | views
    for t in ALL_TABLES:
        assert pq.read_table(tmp_path / "pq" / f"{t.name}.parquet").num_rows == counts[t.name]
    export_files(filled, tmp_path / "csv", "csv")
    # CSV begins with a BOM (for Excel)
    lines = (tmp_path / "csv" / "metrics.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == counts["metrics"] + 1 and lines[0].startswith("sha256,id,kind,value")


def test_corpus_export_xlsx_sheets_headers_frozen(filled, tmp_path):
    from openpyxl import load_workbook

    out = export_xlsx(filled, tmp_path / "c.xlsx", max_rows=3)
    wb = load_workbook(out, read_only=False)
    assert {"documents", "metrics", "metrics (2)", "indicator_panel", "errors"} <= set(wb.sheetnames)
    assert "corpus_facts" in wb.sheetnames
    ws = wb["metrics"]
    assert ws.freeze_panes == "A2"
    assert [c.value for c in ws[1]][:4] == ["SHA-256", "Id", "Kind", "Value"]
    data_rows = sum(wb[n].max_row - 1 for n in wb.sheetnames if n.startswith("metrics"))
    assert data_rows == filled.counts()["metrics"]
    assert wb["documents"]["D1"].font.bold


def test_corpus_batch_from_an_unguarded_script_says_why(tmp_path):
    """Workers that cannot start (a script without a __main__ guard) stop the batch with advice."""
    import subprocess
    import sys

    folder = corpus_dir(tmp_path)
    script = tmp_path / "unguarded.py"
    script.write_text(
        "from analyzer.corpus import run_batch\n"
        # analyze=str: never called (the workers cannot start), and keeps the worker preload light
        f"run_batch([{str(folder)!r}], {str(tmp_path / 'c.duckdb')!r}, workers=1, analyze=str)\n",
        encoding="utf-8",
    )
    r = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert r.returncode != 0
    assert "__main__" in r.stderr and "WorkerStartError" in r.stderr


# two provinces whose "高于全国" imply national growths 5.9% and 5.9%; a third implies 5.4%
_PROVINCES = {
    "henan.txt": "河南省2026年政府工作报告\n一、2025年工作回顾\n全省规上工业增加值增长6.7%、高于全国0.8个百分点。\n",
    "hubei.txt": "湖北省2026年政府工作报告\n一、2025年工作回顾\n全省规上工业增加值增长7.6%，高于全国1.7个百分点。\n",
    "hunan.txt": "湖南省2026年政府工作报告\n一、2025年工作回顾\n全省规上工业增加值增长7.1%，高于全国1.7个百分点。\n",
}


def test_corpus_cross_document_step_compares_stored_facts_and_reruns_only_when_the_corpus_changed(tmp_path):
    folder = tmp_path / "in"
    write_corpus(folder, {k: _PROVINCES[k] for k in ("henan.txt", "hubei.txt")})
    db = tmp_path / "c.duckdb"
    s = run_batch([folder], db, workers=1)
    assert s.cross_document.startswith("cross-document check: 0 findings (")
    with open_corpus(db, read_only=True) as corpus:
        facts = corpus.con.execute(
            "SELECT d.path, f.role, f.key, f.low, f.high, f.text FROM corpus_facts f JOIN documents d USING (sha256)"
            " WHERE f.role = 'implied' ORDER BY d.path"  # (each province's own figures are restated facts)
        ).fetchall()
    assert [(Path(p).name, role, key) for p, role, key, *_ in facts] == [
        ("henan.txt", "implied", "规上工业增加值"),
        ("hubei.txt", "implied", "规上工业增加值"),
    ]
    assert facts[0][3] <= 5.9 <= facts[0][4] and facts[0][5].startswith("6.7%")
    # a third province implying 5.4%: one finding, on that document, with its clause as evidence
    write_corpus(folder, {"hunan.txt": _PROVINCES["hunan.txt"]})
    s = run_batch([folder], db, workers=1)
    assert s.cross_document.startswith("cross-document check: 1 finding (")
    with open_corpus(db, read_only=True) as corpus:
        docs, message, evidence = corpus.con.execute(
            "SELECT documents, message, evidence FROM corpus_findings"
        ).fetchone()
        hunan = corpus.con.execute("SELECT sha256 FROM documents WHERE path LIKE '%hunan.txt'").fetchone()[0]
    assert json.loads(docs) == [hunan] and "hunan.txt" in message and "5.40%" in message
    assert json.loads(evidence)[0]["text"].startswith("7.1%")
    again = run_batch([folder], db, workers=1)  # nothing new: the corpus step is not rerun
    assert "unchanged, 1 finding kept" in again.cross_document


def test_corpus_cross_document_step_failing_never_fails_the_batch(tmp_path, monkeypatch):
    from analyzer.checks import cross_document

    def broken(placed):
        raise RuntimeError("boom")

    monkeypatch.setattr(cross_document, "compare_facts", broken)
    s = batch(corpus_dir(tmp_path), tmp_path / "c.duckdb", workers=1)
    assert s.complete and s.totals["documents"] == 3
    assert s.cross_document.startswith("cross-document check failed: RuntimeError: boom")


def test_corpus_relations_table_holds_the_graph(tmp_path):
    """Every relation of a report is one row, its holds as the report's JSON says."""
    from analyzer import analyze_text
    from analyzer.corpus.rows import document_rows

    text = "全年共收到申请40件，上年结转2件，共办结35件，结转下年度办理7件。受理行政复议案件29件，直接纠错案件17件，纠错率58.6%。"
    report = analyze_text(text)
    rows = document_rows(report).tables["relations"].to_pylist()
    assert [(r["kind"], r["linker"], r["holds"]) for r in rows] == [
        (x["kind"], x["linker"], x["holds"]) for x in report.to_dict()["relations"]
    ]
    assert {"table_identity", "ratio"} <= {r["kind"] for r in rows}
    assert all(r["holds"] is True for r in rows)
