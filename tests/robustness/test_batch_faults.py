"""The batch under faults: killed (SIGKILL, SIGTERM) and resumed, a locked database, a full disk, a crashing worker.

The batches run in a subprocess with the fake analysis of ``tests/_corpus_fakes.py``
(``SLOW`` documents take 0.2 s each), so that a signal lands mid-way.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))

from _corpus_fakes import fake_analyze, write_corpus

from analyzer.corpus import open_corpus, run_batch

SCRIPT = Path(__file__).with_name("_fake_batch.py")
N_DOCS = 30


def make_corpus(folder: Path, n: int = N_DOCS, *, slow: bool = True, figures: int = 3) -> Path:
    docs = {}
    for i in range(n):
        lines = [f"region=第{i}区 year=2024 title=第{i}区法治政府建设年度报告"]
        lines += [f"admin_review.cases_received actual 2024 {i * 100 + j} 件" for j in range(figures)]
        lines += ["finding ratio_mismatch"] if i % 3 == 0 else []
        lines += ["SLOW"] if slow else []
        docs[f"r{i:04d}.txt"] = "\n".join(lines) + "\n"
    write_corpus(folder, docs)
    return folder


def start_batch(folder: Path, db: Path, *extra: str, preexec=None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(SCRIPT), "batch", str(folder), "--db", str(db), "--workers", "2", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=preexec,
    )


def wait_for_progress(proc: subprocess.Popen, done: int) -> None:
    """Read the plain progress lines until ``done`` files are stored."""
    assert proc.stderr is not None
    for line in proc.stderr:
        if line.startswith(f"[{done}/"):
            return
    pytest.fail(f"the batch ended before {done} files were done (exit {proc.wait()})")


def consistent(db: Path) -> dict[str, int]:
    """Row counts, after checking that every stored document is whole."""
    with open_corpus(db, read_only=True) as corpus:
        half = corpus.con.execute(
            "SELECT count(*) FROM documents d WHERE n_metrics != (SELECT count(*) FROM metrics m WHERE m.sha256 = d.sha256)"
            " OR n_findings != (SELECT count(*) FROM findings f WHERE f.sha256 = d.sha256)"
            " OR n_sections != (SELECT count(*) FROM sections s WHERE s.sha256 = d.sha256)"
            " OR n_verified != (SELECT count(*) FROM verified v WHERE v.sha256 = d.sha256)"
        ).fetchone()[0]
        orphans = corpus.con.execute(
            "SELECT count(*) FROM metrics WHERE sha256 NOT IN (SELECT sha256 FROM documents)"
        ).fetchone()[0]
        assert (half, orphans) == (0, 0)
        return corpus.counts()


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    """The same corpus analysed without interruption: the counts every resumed run must reach."""
    tmp = tmp_path_factory.mktemp("clean")
    folder = make_corpus(tmp / "in", slow=False)
    db = tmp / "clean.duckdb"
    s = run_batch([folder], db, workers=2, analyze=fake_analyze)
    assert s.complete and s.added == N_DOCS
    return consistent(db)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_batch_faults_killed_mid_way_then_resumed(tmp_path, clean, sig):
    folder = make_corpus(tmp_path / "in")
    db = tmp_path / "c.duckdb"
    proc = start_batch(folder, db)
    wait_for_progress(proc, 4)
    proc.send_signal(sig)
    out, _ = proc.communicate(timeout=60)
    if sig == signal.SIGKILL:
        assert proc.returncode == -signal.SIGKILL
    else:  # stops after the current write, says so, exit 128 + 15
        assert proc.returncode == 128 + signal.SIGTERM
        assert "interrupted by SIGTERM" in out
    partial = consistent(db)
    assert 4 <= partial["documents"] < N_DOCS
    # resume: the rest is added, nothing twice
    s = run_batch([folder], db, workers=2, analyze=fake_analyze)
    assert s.skipped == partial["documents"] and s.added == N_DOCS - partial["documents"]
    assert consistent(db) == clean


def test_batch_faults_locked_database_is_exit_2(tmp_path):
    folder = make_corpus(tmp_path / "in", n=3, slow=False)
    db = tmp_path / "c.duckdb"
    with open_corpus(db):  # another process holds the file
        for args in (["batch", str(folder), "--db", str(db), "--workers", "1"], ["compare", "--db", str(db)]):
            r = subprocess.run([sys.executable, "-m", "analyzer", *args], capture_output=True, text=True, timeout=120)
            assert r.returncode == 2, r.stderr
            assert "in use by another process" in r.stderr and f"PID {os.getpid()}" in r.stderr
            assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr


def _small_disk() -> None:
    """In the child: files may not grow past 600 KB (write() then fails with EFBIG, as on a full disk)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (600_000, 600_000))


def test_batch_faults_disk_full_stops_cleanly(tmp_path):
    folder = make_corpus(tmp_path / "in", n=80, slow=False, figures=60)
    db = tmp_path / "c.duckdb"
    proc = start_batch(folder, db, "--quiet", preexec=_small_disk)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 2, err
    assert "disk is full" in err and "Traceback" not in err
    stored = consistent(db)  # the file opens and holds whole documents only
    assert 0 < stored["documents"] < 80
    s = run_batch([folder], db, workers=2, analyze=fake_analyze)  # room again: the batch completes
    assert s.complete and consistent(db)["documents"] == 80


def test_batch_faults_worker_crash_costs_one_document(tmp_path):
    folder = make_corpus(tmp_path / "in", n=6, slow=False)
    write_corpus(folder, {"crash.txt": "CRASH\n", "segv.txt": "SIGKILL\n"})
    db = tmp_path / "c.duckdb"
    r = subprocess.run(
        [sys.executable, str(SCRIPT), "batch", str(folder), "--db", str(db), "--workers", "2"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert "6 added" in r.stdout and "2 errors" in r.stdout
    counts = consistent(db)
    assert (counts["documents"], counts["errors"]) == (6, 2)
    with open_corpus(db, read_only=True) as corpus:
        reasons = dict(corpus.con.execute("SELECT path, reason FROM errors").fetchall())
    assert "crashed" in reasons[str(folder / "crash.txt")]
    assert "signal 9" in reasons[str(folder / "segv.txt")]
