"""The id each figure of a judged indicator sample had at the commit it was drawn at (the code the judge saw).

Writes ``benchmarks/data/indicator_assigned_at_draw.jsonl`` (references only: sample, file, offset, number, assigned),
read by ``benchmarks/indicator_abstention.py`` as more examples (the wrong ids that rounds of rules fixed since).
Each sample's draw commit is in its name; the code of that commit is checked out in a temporary worktree and run::

    PYTHONPATH=. python benchmarks/indicator_assigned_at_draw.py        # all samples but the held-out 9aa6de2 ones
    PYTHONPATH=<worktree at C> python benchmarks/indicator_assigned_at_draw.py --at-commit NAME...   (one commit's)
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "indicator_assigned_at_draw.jsonl"
REAL = ROOT.parent / "shared" / "real"
HELD_OUT = ("indicator_sample_gwr_9aa6de2", "indicator_sample_gwr_9aa6de2b")


def at_commit(names: list[str]) -> list[dict]:
    """The assigned id of every line of samples ``names`` with the analyzer on sys.path (the old commit's)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from _indicator_sample import found_again, load_sample

    from analyzer.api import analyze_text
    from analyzer.settings import Settings

    settings = dataclasses.replace(Settings(), check=False, classify=False)
    out = []
    for name in names:
        rows = load_sample(ROOT / "tests" / "golden" / f"{name}.jsonl")
        for row, m in found_again(REAL, rows, lambda raw: analyze_text(raw, settings)):
            if m is not None:
                out.append(
                    {
                        "sample": name,
                        "file": row["file"],
                        "offset": row["offset"],
                        "number": row["number"],
                        "assigned": m.indicator,
                    }
                )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument(
        "--at-commit", nargs="+", metavar="NAME", help="(internal) print the lines of these samples as JSON"
    )
    args = ap.parse_args(argv)
    if args.at_commit:
        print(json.dumps(at_commit(args.at_commit), ensure_ascii=False))
        return 0
    if not REAL.is_dir():
        print(f"no real reports at {REAL}", file=sys.stderr)
        return 2
    by_commit: dict[str, list[str]] = defaultdict(list)
    for p in sorted((ROOT / "tests" / "golden").glob("indicator_sample_*.jsonl")):
        if p.stem not in HELD_OUT:
            commit = p.stem.rsplit("_", 1)[1][:7]
            by_commit[commit].append(p.stem)
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        for commit, names in sorted(by_commit.items()):
            wt = Path(tmp) / commit
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(wt), commit],
                check=True,
                capture_output=True,
            )
            try:
                done = subprocess.run(
                    [sys.executable, str(Path(__file__).resolve()), "--at-commit", *names],
                    env={"PYTHONPATH": str(wt), "PATH": "/usr/bin:/bin"},
                    check=True,
                    capture_output=True,
                    text=True,
                    cwd=tmp,
                )
                rows += json.loads(done.stdout)
                print(f"{commit}: {', '.join(names)}", file=sys.stderr)
            finally:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(wt)], check=True)
    rows.sort(key=lambda r: (r["sample"], r["file"], r["offset"]))
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} lines -> {OUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
