"""Keyed table cells in the corpus: ``table_cells``, ``table_panel``, ``compare --table-cell``, exports,
and the cross-year check (上年结转 of year N = 结转下年度 of year N−1, ``cross_document_mismatch``)."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import subprocess

import pytest
import xxgk_fixtures as fx

from analyzer import analyze_file
from analyzer.checks.cross_document import check_corpus
from analyzer.tables import keyed


def _pair(tmp_path, *, consistent: bool):
    """One issuer's reports of 2024 and 2025 (pipe layout); 2025's 上年结转 equal to 2024's 结转下年度 or not."""
    base = fx.REPORTS[0]
    a = dataclasses.replace(base, name="yx2024", year=2024)
    out = fx._rows(a)["carried_out"]
    carried = out[:6] if consistent else [out[0] + 3, *out[1:6]]
    # the same results next year: what is carried in more is received new less
    new = [n + c - k for n, c, k in zip(base.new, base.carried_in, carried, strict=True)]
    assert min(new) >= 0
    b = dataclasses.replace(base, name="yx2025", year=2025, carried_in=list(carried), new=new)
    paths = []
    for r in (a, b):
        fx.to_pipe(r, tmp_path / f"{r.name}.txt")
        paths.append(tmp_path / f"{r.name}.txt")
    return paths


@pytest.mark.parametrize("consistent", [True, False])
def test_cross_year_carried_over_requests(tmp_path, consistent):
    p24, p25 = _pair(tmp_path, consistent=consistent)
    r24, r25 = analyze_file(p24), analyze_file(p25)
    found = [f for f in check_corpus([r24, r25]) if "上年结转" in f.message]
    if consistent:
        assert found == []
        return
    (f,) = found
    assert f.rule == "cross_document_mismatch"
    out24 = fx._rows(dataclasses.replace(fx.REPORTS[0], year=2024))["carried_out"][6]
    assert f.expected == out24 and f.reported == out24 + 3
    # evidence from both documents: the 2025 上年结转 total, then the 2024 结转下年度 total
    (c25,) = [c for t in keyed(r25) for c in t.cells if c.key == "carried_in.total"]
    assert (f.evidence[0].start, f.evidence[0].text) == (c25.start, str(out24 + 3))
    assert f.evidence[1].text == str(out24)


def _invoke(*args: str) -> subprocess.CompletedProcess:
    from typer.testing import CliRunner

    from analyzer.cli import app

    r = CliRunner().invoke(app, list(args))
    return subprocess.CompletedProcess(args, r.exit_code, r.stdout, r.stderr)


@pytest.mark.slow
def test_corpus_table_cells_panel_compare_and_export(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _pair(folder, consistent=False)
    db = tmp_path / "c.duckdb"
    r = _invoke("batch", str(folder), "--db", str(db), "--workers", "1")
    assert r.returncode in (0, 1), r.stderr
    from analyzer.corpus import open_corpus

    with open_corpus(str(db), read_only=True) as corpus:
        n, keyed = corpus.con.execute("SELECT count(*), count(cell) FROM table_cells").fetchone()
        assert n == keyed == 2 * (10 + 25 * 7 + 15)
        panel = corpus.con.execute(
            "SELECT year, value FROM table_panel WHERE cell = 'carried_in.total' ORDER BY year"
        ).fetchall()
        assert [y for y, _ in panel] == [2024, 2025]
        cf = corpus.con.execute("SELECT message, documents FROM corpus_findings").fetchall()
        assert any("上年结转" in m and len(json.loads(d)) == 2 for m, d in cf), cf
    out = _invoke("compare", "--db", str(db), "--table-cell", "new.total", "--format", "csv")
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert [r["year"] for r in rows] == ["2024", "2025"] and {r["cell"] for r in rows} == {"new.total"}
    bad = _invoke("compare", "--db", str(db), "--table-cell", "new")
    assert bad.returncode == 2 and "ROW.COL" in bad.stderr
    exp = _invoke("export", "--db", str(db), "--csv", str(tmp_path / "csv"))
    assert exp.returncode == 0, exp.stderr
    assert (tmp_path / "csv" / "table_cells.csv").is_file() and (tmp_path / "csv" / "table_panel.csv").is_file()
