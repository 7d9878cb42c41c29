"""Instructions the analysis executes, counted by valgrind: a measure of work that a busy machine does not move.

Run: ``.venv/bin/python benchmarks/bench_instructions.py [REAL_DIR] [--every N]`` (default ``../shared/real``,
every 7th of the national and provincial 政府工作报告).  Needs ``valgrind`` on the PATH.

Wall and CPU times of one run vary by a third on a shared machine (``bench_analyze.py`` reports ratios against a
baseline run in the same process for that reason, and they still move).  Here the same script runs twice under
``valgrind --tool=cachegrind --cache-sim=no``: once importing everything and analysing one warm-up report, once
analysing the chosen reports after it; the difference of the two "I refs" counts is the work of analysing them.
Compare two commits by running this from each checkout (``PYTHONPATH`` set to it); the count is the same from run
to run to within a fraction of a percent.  A run takes about ten minutes (valgrind is 30-50x slower).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# the child: analyse the warm-up report, then (when GOVREPORT_BENCH_WORK is set) the chosen ones
_CHILD = """
import os, sys
sys.path.insert(0, {repo!r})
from analyzer.api import analyze_text
files = {files!r}
texts = [open(f, encoding="utf-8").read() for f in files]
analyze_text(texts[0])
if os.environ.get("GOVREPORT_BENCH_WORK"):
    for t in texts:
        analyze_text(t)
"""
_IREFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def reports(real: Path, every: int) -> list[str]:
    """Every ``every``-th 政府工作报告 of the national and provincial folders, in path order."""
    files = [*(real / "provincial_2026").glob("*.txt"), *(real / "national").glob("*.txt")]
    return sorted(map(str, files))[::every]


def instructions(child: str, work: bool) -> int:
    """The "I refs" count of one valgrind run of ``child`` (``work``: with the reports analysed)."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    if work:
        env["GOVREPORT_BENCH_WORK"] = "1"
    cmd = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
    done = subprocess.run([*cmd, sys.executable, "-c", child], env=env, capture_output=True, text=True, check=False)
    m = _IREFS.search(done.stderr)
    if done.returncode != 0 or m is None:
        raise RuntimeError(f"valgrind run failed (exit {done.returncode}): {done.stderr.strip()[-300:]}")
    return int(m.group(1).replace(",", ""))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "real", nargs="?", type=Path, default=REPO.parent / "shared" / "real", help="the shared/real folder"
    )
    ap.add_argument("--every", type=int, default=7, help="take every N-th report (default 7: 8 of the 56)")
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: apt-get install valgrind", file=sys.stderr)
        return 2
    files = reports(args.real, args.every)
    if not files:
        print(f"no 政府工作报告 under {args.real}", file=sys.stderr)
        return 2
    child = _CHILD.format(repo=str(REPO), files=files)
    chars = sum(len(Path(f).read_text(encoding="utf-8")) for f in files)
    print(f"{len(files)} reports, {chars:,} characters; two valgrind runs (about ten minutes) ...", flush=True)
    base, full = instructions(child, False), instructions(child, True)
    work = full - base
    print(
        f"analysis: {work / 1e6:,.0f} M instructions ({work / chars:,.0f} per character); start-up {base / 1e6:,.0f} M"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
