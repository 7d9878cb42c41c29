"""One big document through the whole analysis: seconds, characters per second, peak memory (issue #7).

Run: ``.venv/bin/python benchmarks/bench_big_document.py [--sizes 5 50] [--kinds real numbers ...] [--cli]``

For each kind and size a text file is written to a temporary directory (removed
afterwards; nothing is recorded in the repository) and analysed by
``analyze_file`` in a fresh child process, which reports its peak RSS growth
(its peak after the analysis minus after imports and one warm-up analysis, so the
classifier model is not counted) and its CPU time.  The peak is ``VmHWM`` of
``/proc/self/status`` where there is one (Linux): ``ru_maxrss`` is carried over
fork and exec there, so a child reads its parent's peak when that is higher (a
pytest process after the suite), and its growth above it as 0.  ``--cli`` also runs
``python -m analyzer analyze FILE --format json > /dev/null`` and reports that
process's whole peak RSS (imports included).  Kinds:

- ``real``: the reports under ``--real`` (``../shared/real``), each cleaned, repeated to size;
- ``numbers``: lines of tab-separated numbers and percents (a data dump);
- ``oneline``: one line of clauses with figures and no 。;
- ``figures``: mostly figures (``1234件56.7%89亿元，`` …);
- ``limit``: ASCII lines of ~52 characters with one figure each: just under the figure limit,
  the most figures (so the most memory per byte) an accepted text can have.

The stated bound (README): for report-like text, peak growth <= 8 x file size + 64 MB.
Texts past ``analyzer.extract.figure_limit`` are refused with ``InputTooLargeError``;
the table shows them as ``refused``.  Run one benchmark at a time: each child uses one core.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
MB = 2**20

_CHILD = """
import json, os, resource, sys, time
from analyzer import analyze_file, analyze_text
from analyzer.errors import AnalyzerError
def peak():
    if os.path.isfile("/proc/self/status"):
        with open("/proc/self/status", encoding="ascii") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
analyze_text("关于2024年法治政府建设情况的报告\\n一、主要工作\\n全年受理行政复议案件29件。\\n")
base = peak()
c0, w0 = time.process_time(), time.perf_counter()
try:
    r = analyze_file(sys.argv[1])
    out = {"chars": len(r.text), "figures": len(r.metrics), "outcome": "ok"}
except AnalyzerError as exc:
    out = {"chars": 0, "figures": 0, "outcome": "refused: " + type(exc).__name__}
out["cpu"] = time.process_time() - c0
out["wall"] = time.perf_counter() - w0
out["growth"] = (peak() - base) * 1024  # (kB: VmHWM, and ru_maxrss on Linux)
print(json.dumps(out))
"""


def _real_chunks(real: Path) -> list[str]:
    from analyzer.ingest import from_text
    from analyzer.ingest.clean import _chrome

    _, tails, prefixes = _chrome()
    texts = [f.read_text(encoding="utf-8") for f in sorted(real.glob("**/*.txt"))]
    pages = real / "pages_excerpts.jsonl"
    if pages.is_file():
        texts += [json.loads(line)["text"] for line in pages.read_text(encoding="utf-8").splitlines() if line]
    out = []
    for t in texts:
        # a page's closing chrome line in the second half of the big file would end the text there
        lines = [ln for ln in from_text(t).text.split("\n") if ln not in tails and not ln.startswith(prefixes)]
        out.append("\n".join(lines) + "\n\n")
    return out


def _numbers(rng: random.Random) -> Iterator[str]:
    while True:
        yield f"{rng.randint(0, 10**6)}\t{rng.random() * 100:.2f}\t{rng.randint(1, 99)}%\n"


def _oneline(rng: random.Random) -> Iterator[str]:
    while True:
        yield f"全年办理各类事项{rng.randint(1, 999)}件，办结率{rng.randint(80, 99)}.{rng.randint(0, 9)}%，"


def _figures(rng: random.Random) -> Iterator[str]:
    while True:
        yield f"{rng.randint(1, 9999)}件{rng.randint(1, 99)}.{rng.randint(0, 9)}%{rng.randint(1, 500)}亿元，"


def _limit(rng: random.Random) -> Iterator[str]:
    i = 0
    while True:
        i += 1
        yield f"record {i:09d} value {rng.randint(1, 999):3d}件 ".ljust(51, "-") + "\n"


def _chunks(kind: str, real: Path) -> Iterator[str]:
    rng = random.Random(1)
    if kind == "real":
        chunks = _real_chunks(real)
        while True:
            yield from chunks
    yield from {"numbers": _numbers, "oneline": _oneline, "figures": _figures, "limit": _limit}[kind](rng)


def _write(path: Path, kind: str, size: int, real: Path) -> int:
    written = 0
    with path.open("w", encoding="utf-8") as f:
        for chunk in _chunks(kind, real):
            f.write(chunk)
            written += len(chunk.encode("utf-8"))
            if written >= size:
                break
    return path.stat().st_size


def _child(path: Path) -> dict[str, Any]:
    r = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, check=False)
    if r.returncode != 0:
        return {"outcome": f"failed: {r.stderr.strip().splitlines()[-1:]}"}
    out: dict[str, Any] = json.loads(r.stdout)
    return out


def _cli(path: Path) -> tuple[float, float, int]:
    """(seconds, peak RSS in MB of the whole process, exit code) of the CLI's JSON output."""
    t0 = time.perf_counter()
    p = subprocess.Popen(
        [sys.executable, "-m", "analyzer", "analyze", str(path), "--format", "json"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - t0, usage.ru_maxrss / 1024, p.returncode


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--sizes", type=float, nargs="+", default=[5, 50], help="file sizes in MB (default: 5 50)")
    ap.add_argument(
        "--kinds",
        nargs="+",
        default=["real"],
        choices=["real", "numbers", "oneline", "figures", "limit"],
        help="inputs to generate (default: real)",
    )
    ap.add_argument("--real", type=Path, default=REPO.parent / "shared" / "real", help="the real reports folder")
    ap.add_argument("--cli", action="store_true", help="also time `python -m analyzer analyze FILE --format json`")
    args = ap.parse_args(argv)
    if "real" in args.kinds and not any(args.real.glob("**/*.txt")):
        print(f"no reports under {args.real} (use --real DIR or other --kinds)")
        return 2
    head = f"{'kind':<8} {'file MB':>8} {'chars':>11} {'figures':>9} {'CPU s':>8} {'chars/s':>10} "
    head += f"{'peak MB':>8} {'peak/file':>9}  outcome"
    print(head + ("   CLI s  CLI RSS MB" if args.cli else ""))
    with tempfile.TemporaryDirectory(prefix="bench_big_") as tmp:
        for kind in args.kinds:
            for size_mb in args.sizes:
                path = Path(tmp) / f"{kind}_{size_mb:g}.txt"
                size = _write(path, kind, int(size_mb * MB), args.real)
                r = _child(path)
                cpu, chars, figures = float(r.get("cpu", 0.0)), int(r.get("chars", 0)), int(r.get("figures", 0))
                growth = int(r.get("growth", 0)) / MB
                rate = f"{chars / cpu:10,.0f}" if cpu and chars else f"{'-':>10}"
                line = (
                    f"{kind:<8} {size / MB:8.1f} {chars:11,} {figures:9,} {cpu:8.1f} {rate} "
                    f"{growth:8.0f} {growth * MB / size:9.1f}  {r['outcome']}"
                )
                if args.cli:
                    secs, rss, code = _cli(path)
                    line += f"  {secs:7.1f} {rss:10.0f} (exit {code})"
                print(line, flush=True)
                path.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
