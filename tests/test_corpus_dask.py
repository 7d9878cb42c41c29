"""``--engine dask``: the same rows as the local engine, on a LocalCluster."""

from __future__ import annotations

import os

import pytest
from _corpus_fakes import fake_analyze, write_corpus

from analyzer.corpus import open_corpus, run_batch
from analyzer.corpus.schema import DOCUMENT_TABLES, TABLES

pytest.importorskip("distributed")

DOCS = {
    "a.txt": "region=河南省 year=2025\ngdp.growth actual 2025 5.6 %\ngdp.growth target 2026 5 %\nfinding ratio_mismatch\n",
    "b.txt": "region=湖北省 year=2025\ngdp.growth actual - 5.9 %\nsubject=粮食产量 actual 2025 2.7 吨\n",
    "c.txt": "region=魏都区 year=2024\nadmin_review.correction_rate actual 2024 58.6 %\n",
    "bad.txt": "BAD\n",
    "crash.txt": "RAISE\n",
}


def snapshot(db) -> dict[str, list[tuple]]:
    """Every row of every per-document table (and errors' path and reason), analysis times left out."""
    out = {}
    with open_corpus(db, read_only=True) as corpus:
        for spec in DOCUMENT_TABLES:
            cols = [c for c in spec.names if c != "analyzed_at"]
            sql = f"SELECT {', '.join(repr(c).replace(chr(39), chr(34)) for c in cols)} FROM {spec.name} ORDER BY ALL"
            out[spec.name] = corpus.con.execute(sql).fetchall()
        out["errors"] = corpus.con.execute("SELECT path, sha256, reason FROM errors ORDER BY ALL").fetchall()
    return out


@pytest.mark.slow
@pytest.mark.skipif(
    not os.environ.get("GOVREPORT_SLOW_TESTS"),
    reason="starts a process LocalCluster (~10-50 s); set GOVREPORT_SLOW_TESTS=1",
)
def test_corpus_dask_engine_gives_the_local_results(tmp_path):
    """The default engine setup: a LocalCluster of worker processes started by the batch."""
    folder = tmp_path / "in"
    write_corpus(folder, DOCS)
    local = run_batch([folder], tmp_path / "local.duckdb", workers=2, analyze=fake_analyze)
    dask = run_batch([folder], tmp_path / "dask.duckdb", workers=2, engine="dask", analyze=fake_analyze)
    assert (dask.added, dask.failed) == (local.added, local.failed) == (3, 2)
    a, b = snapshot(tmp_path / "local.duckdb"), snapshot(tmp_path / "dask.duckdb")
    assert set(a) == {*(t.name for t in DOCUMENT_TABLES), "errors"} and TABLES
    for name in a:
        assert a[name] == b[name], name
    assert a["metrics"]  # not trivially equal
    assert not (tmp_path / "dask.duckdb.parts").exists()  # the Parquet parts are loaded, then removed


def test_corpus_dask_engine_with_a_scheduler_address(tmp_path):
    """--scheduler ADDRESS: tasks go to an existing LocalCluster (in-process, threads); same rows as local."""
    from distributed import LocalCluster

    folder = tmp_path / "in"
    write_corpus(folder, DOCS)
    local = run_batch([folder], tmp_path / "local.duckdb", workers=2, analyze=fake_analyze)
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        addr = cluster.scheduler_address
        s = run_batch([folder], tmp_path / "d.duckdb", engine="dask", scheduler=addr, analyze=fake_analyze)
        again = run_batch([folder], tmp_path / "d.duckdb", engine="dask", scheduler=addr, analyze=fake_analyze)
    assert (s.added, s.failed, again.added, again.skipped) == (local.added, local.failed, 0, 3) == (3, 2, 0, 3)
    a, b = snapshot(tmp_path / "local.duckdb"), snapshot(tmp_path / "d.duckdb")
    assert a["metrics"] and a == b
