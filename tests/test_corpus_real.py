"""The batch on the real reports (../shared/real): twice adds nothing, SIGKILL and resume, compare gdp.growth.

By default a small selection (the seed, 2 national, 5 provincial reports) keeps
these tests quick; GOVREPORT_SLOW_TESTS=1 runs them over the whole folder.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from conftest import REAL, real_files

from analyzer.corpus import indicator_rows, open_corpus, run_batch

pytestmark = [pytest.mark.real, pytest.mark.slow]

FULL = bool(os.environ.get("GOVREPORT_SLOW_TESTS"))
PROVINCES = ("北京市", "河南省", "广东省", "辽宁省", "西藏自治区")


def selection() -> list[str]:
    if not REAL.is_dir():
        pytest.skip(f"real reports not found at {REAL} (set GOVREPORT_REAL)")
    if FULL:
        return [str(REAL)]
    seed = [REAL / "seed" / "weidu_2024_fazhi_report.txt"]
    national = [p for p in real_files("national") if p.name[:4] in ("2024", "2025")]
    provincial = [p for p in real_files("provincial_2026") if p.name.startswith(PROVINCES)]
    return [str(p) for p in seed + national + provincial]


def n_files(inputs: list[str]) -> int:
    """The report files a batch of ``inputs`` reads: every .txt under the real folder (its README, manifest and
    excerpt files are not reports), else the files named."""
    return sum(1 for _ in REAL.rglob("*.txt")) if FULL else len(inputs)


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory):
    inputs = selection()
    db = tmp_path_factory.mktemp("real") / "clean.duckdb"
    first = run_batch(inputs, db, workers=2)
    return inputs, db, first


def counts(db) -> dict[str, int]:
    with open_corpus(db, read_only=True) as corpus:
        half = corpus.con.execute(
            "SELECT count(*) FROM documents d WHERE n_metrics != (SELECT count(*) FROM metrics m WHERE m.sha256 = d.sha256)"
        ).fetchone()[0]
        assert half == 0
        return corpus.counts()


def test_corpus_real_batch_twice_adds_nothing(clean_run):
    inputs, db, first = clean_run
    assert first.complete and first.added + first.failed == n_files(inputs)
    assert first.failed == 0, first.failed_files
    before = counts(db)
    assert before["metrics"] > 0
    second = run_batch(inputs, db, workers=2)
    assert (second.added, second.skipped, second.failed) == (0, first.added, 0)
    assert counts(db) == before


def test_corpus_real_sigkill_mid_way_then_resume(clean_run, tmp_path):
    inputs, clean_db, _ = clean_run
    db = tmp_path / "killed.duckdb"
    cmd = [sys.executable, "-m", "analyzer", "batch", *inputs, "--db", str(db), "--workers", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    for line in proc.stderr:
        if line.startswith("[2/"):
            break
    else:
        pytest.fail(f"the batch ended before 2 files were done: exit {proc.wait()}")
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    partial = counts(db)
    assert 2 <= partial["documents"] < n_files(inputs)
    resumed = subprocess.run(cmd, capture_output=True, text=True, timeout=1200)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{partial['documents']} already in the database" in resumed.stdout
    assert counts(db) == counts(clean_db)


def test_corpus_real_compare_gdp_growth_keeps_results_targets_averages_apart(clean_run):
    _, db, _ = clean_run
    with open_corpus(db, read_only=True) as corpus:
        rows = indicator_rows(corpus, "gdp.growth")
        provincial = [r for r in rows if r.level == "province"]
    assert provincial, "no provincial gdp.growth figure in the corpus"
    actual_2025 = {r.region for r in provincial if r.basis == "actual" and r.year == 2025}
    # each province of the selection states its 2025 growth as a result
    expected = {p for p in PROVINCES} if not FULL else {p.name.split("_")[0] for p in real_files("provincial_2026")}
    assert len(actual_2025 & expected) >= 0.8 * len(expected), sorted(expected - actual_2025)
    # a target is never a result: targets are for 2026 (or later), not for the reviewed year
    for r in provincial:
        if r.basis == "target":
            assert r.year is None or r.year >= 2026, r
        if r.basis == "actual":
            assert r.year is None or r.year <= 2025, r
    # rows come grouped by basis: results, targets, averages
    order = {"actual": 0, "target": 1, "period_average": 2, None: 3}
    ranks = [order[r.basis] for r in rows]
    assert ranks == sorted(ranks)


def test_corpus_real_cross_document_from_stored_facts_equals_check_corpus_on_reports(clean_run):
    """The batch compares facts read back from the database; check_corpus compares the reports' own."""
    import json

    from analyzer import analyze_file
    from analyzer.checks import check_corpus

    _, db, first = clean_run
    assert first.cross_document.startswith("cross-document check:")
    with open_corpus(db, read_only=True) as corpus:
        paths = [r[0] for r in corpus.con.execute("SELECT path FROM documents ORDER BY path").fetchall()]
        n_facts = corpus.con.execute("SELECT count(*) FROM corpus_facts").fetchone()[0]
        stored = sorted(
            (m, json.loads(e)[0]["text"])
            for m, e in corpus.con.execute("SELECT message, evidence FROM corpus_findings").fetchall()
        )
    assert n_facts >= 5  # the provinces' "高于全国…个百分点" and the national reports' growth figures
    direct = sorted((f.message, f.evidence[0].text) for f in check_corpus(analyze_file(p) for p in paths))
    assert stored == direct
