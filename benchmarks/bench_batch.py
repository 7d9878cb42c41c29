"""Batch throughput and memory: documents and characters per second, peak memory, by corpus size and workers.

The corpus is made of copies of the real reports (../shared/real, or
$GOVREPORT_REAL), each copy with one distinguishing line appended so that its
sha256 differs; it is written to a temporary folder, never to the repository.
Each run is ``govreport batch DIR --db NEW.duckdb --workers W --quiet`` in a
subprocess, its memory sampled from /proc every 0.1 s:

- ``peak tree MB``: the largest sum of RSS over the batch and all its workers;
- ``peak writer MB``: the largest RSS of the batch process itself (the DuckDB
  writer, the one process whose memory could grow with the corpus);
- ``check s`` / ``check MB``: time and peak RSS of the batch process after the
  last document is stored (the corpus-level cross_document_mismatch check,
  which streams the stored facts back, and the summary).

``seconds``, ``docs/s`` and ``chars/s`` cover analysing and storing the documents;
``CPU s/doc`` is the CPU time of the whole process tree per document (user +
system, read from /proc), which another load on the machine barely changes.

Flat memory means the peaks at 10,000 documents are those at 10; linear time
means docs/s stays the same.  The last lines give both as ratios between the
smallest and the largest corpus, measured in the same run.

    python benchmarks/bench_batch.py                      # quick: 20 documents, 1 and 2 workers
    python benchmarks/bench_batch.py --docs 100 1000 --workers 1 2 0   # 0 = all cores
    python benchmarks/bench_batch.py --docs 10 100 1000 10000 --workers 0   # the scale run (about 30 min here)
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
REAL = Path(os.environ.get("GOVREPORT_REAL", REPO.parent / "shared" / "real"))
GOVREPORT = [sys.executable, "-m", "analyzer"]


def source_files() -> list[Path]:
    files = sorted(p for p in REAL.rglob("*.txt") if p.is_file())
    if not files:
        sys.exit(f"bench_batch: no real reports under {REAL} (set GOVREPORT_REAL)")
    return files


def make_corpus(folder: Path, n: int) -> int:
    """``n`` copies of the real reports, each made unique by one line; returns the characters written."""
    sources = [(p.name, p.read_text(encoding="utf-8")) for p in source_files()]
    folder.mkdir(parents=True)
    chars = 0
    for i in range(n):
        name, text = sources[i % len(sources)]
        body = f"{text}\n（基准测试副本 {i}）\n"
        (folder / f"{i:05d}_{name}").write_text(body, encoding="utf-8")
        chars += len(body)
    return chars


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat", encoding="ascii", errors="replace") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        tree.setdefault(ppid, []).append(int(d))
    return tree


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _cpu_ticks(pid: int) -> int:
    """User + system CPU time of a process so far, in clock ticks."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of proc(5))
    except (OSError, ValueError, IndexError):
        return 0


def tree_rss(root: int, cpu: dict[int, int] | None = None) -> tuple[float, float]:
    """(RSS of ``root`` and all its descendants, RSS of ``root``) in MB; ``cpu`` collects each one's CPU ticks."""
    tree = _children()
    total, stack = 0.0, [root]
    while stack:
        pid = stack.pop()
        total += _rss_mb(pid)
        if cpu is not None:
            cpu[pid] = max(cpu.get(pid, 0), _cpu_ticks(pid))
        stack.extend(tree.get(pid, []))
    return total, _rss_mb(root)


def run_once(corpus: Path, workers: int, workdir: Path, n: int) -> dict[str, float | str]:
    db = workdir / f"bench_{workers}.duckdb"
    for p in (db, db.with_name(db.name + ".wal")):
        p.unlink(missing_ok=True)
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [*GOVREPORT, "batch", str(corpus), "--db", str(db), "--workers", str(workers)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    # the plain progress lines on stderr tell when the last document is stored
    analysed = threading.Event()
    err_tail: list[str] = []

    def read_progress() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            if line.startswith(f"[{n}/{n}]"):
                analysed.set()
            elif not line.startswith("["):
                err_tail.append(line)

    reader = threading.Thread(target=read_progress, daemon=True)
    reader.start()
    peak_tree = peak_writer = peak_after = 0.0
    t_analysed = None
    cpu: dict[int, int] = {}  # pid -> CPU ticks, last seen (sampled every 0.1 s, so within 0.1 s a process)
    while proc.poll() is None:
        t, w = tree_rss(proc.pid, cpu)
        if analysed.is_set():
            t_analysed = t_analysed or time.perf_counter() - t0
            peak_after = max(peak_after, w)
        else:
            peak_tree, peak_writer = max(peak_tree, t), max(peak_writer, w)
        time.sleep(0.1)
    out = proc.stdout.read() if proc.stdout else ""
    reader.join(timeout=5)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit(f"bench_batch: the batch failed (exit {proc.returncode}):\n{''.join(err_tail)}")
    return {
        "seconds": t_analysed or elapsed,  # analysis and storage; the corpus check after it is timed apart
        "after_seconds": elapsed - (t_analysed or elapsed),
        "peak_tree_mb": peak_tree,
        "peak_writer_mb": peak_writer,
        "peak_after_mb": peak_after,
        "db_mb": db.stat().st_size / 1e6,
        "summary": out.splitlines()[0] if out else "",
        "cpu_seconds": sum(cpu.values()) / os.sysconf("SC_CLK_TCK"),
    }


def growth(results: dict[int, list[tuple[int, float, dict[str, float | str]]]]) -> None:
    """Linear time and flat memory, as ratios from each corpus size to the next (same worker count, same run).

    The smallest corpora carry the fixed start-up cost (the batch and its pre-warmed fork
    server importing the analyzer), so their seconds per document are higher.  Linear time shows as a constant CPU
    cost per added document (the difference of two runs over the difference of their sizes).
    """
    for w, runs in results.items():
        runs = sorted(runs, key=lambda x: x[0])
        for (n0, s0, r0), (n1, s1, r1) in itertools.pairwise(runs):
            print(
                f"{w} worker(s), {n0} -> {n1} documents ({n1 / n0:.0f}x): time {s1 / s0:.1f}x, seconds per "
                f"document {(s1 / n1) / (s0 / n0):.2f}x, CPU seconds per document "
                f"{(float(r1['cpu_seconds']) / n1) / (float(r0['cpu_seconds']) / n0):.2f}x, CPU per added document "
                f"{(float(r1['cpu_seconds']) - float(r0['cpu_seconds'])) / (n1 - n0):.3f} s; peak writer {float(r0['peak_writer_mb']):.0f} -> "
                f"{float(r1['peak_writer_mb']):.0f} MB ({float(r1['peak_writer_mb']) / float(r0['peak_writer_mb']):.2f}x); "
                f"peak tree {float(r1['peak_tree_mb']) / float(r0['peak_tree_mb']):.2f}x; corpus check "
                f"{float(r0['after_seconds']):.1f} -> {float(r1['after_seconds']):.1f} s"
            )


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, nargs="+", default=[20], help="corpus sizes to measure (default: 20)")
    ap.add_argument(
        "--workers", type=int, nargs="+", default=[1, 2], help="worker counts (0 = all cores; default: 1 2)"
    )
    ap.add_argument("--keep", action="store_true", help="keep the temporary corpus and databases")
    args = ap.parse_args(argv)
    cores = len(os.sched_getaffinity(0))
    workdir = Path(tempfile.mkdtemp(prefix="bench_batch_"))
    print(f"cores: {cores}; corpus: copies of {len(source_files())} real reports from {REAL}; work dir {workdir}")
    print(
        f"{'docs':>6} {'workers':>7} {'seconds':>8} {'docs/s':>7} {'chars/s':>9} {'peak tree MB':>12} "
        f"{'peak writer MB':>14} {'db MB':>6} {'check s':>8} {'check MB':>8} {'CPU s/doc':>9}"
    )
    results: dict[int, list[tuple[int, float, dict[str, float | str]]]] = {}
    try:
        for n in args.docs:
            corpus = workdir / f"corpus_{n}"
            chars = make_corpus(corpus, n)
            for w in args.workers:
                w = w or cores
                r = run_once(corpus, w, workdir, n)
                s = float(r["seconds"])
                results.setdefault(w, []).append((n, s, r))
                print(
                    f"{n:>6} {w:>7} {s:>8.1f} {n / s:>7.2f} {chars / s:>9,.0f} {r['peak_tree_mb']:>12.0f} "
                    f"{r['peak_writer_mb']:>14.0f} {r['db_mb']:>6.1f} {r['after_seconds']:>8.1f} {r['peak_after_mb']:>8.0f} "
                    f"{float(r['cpu_seconds']) / n:>9.3f}",
                    flush=True,
                )
            shutil.rmtree(corpus, ignore_errors=True)
        growth(results)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
