"""Recall of the checker over the mutants made from the hand-checked relations.

Run: ``python -m tests.mutation.relations_recall [--real DIR] [--list missed|all|none]``.

A mutant is caught when the mutated text raises a NEW error or warning of the expected rule (its rule and
message absent from the unmutated text's findings) whose evidence overlaps the mutated figure.  Printed:
recall per relation kind and per expected rule, and the mutants missed.  Exit 0 whatever the recall; 2 on a
usage error or unusable data.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from analyzer import Settings, analyze_text
from analyzer.types import Report, Severity
from benchmarks.relations_data import DEFAULT_REAL, HELDOUT, RelationDataError, load_relations, locate, split

from .relations_mutants import RelMutant, relation_mutants

# the section classifier takes no part in any check: leave it out for speed
FAST = Settings(classify=False)
RAISED = (Severity.ERROR, Severity.WARNING)


@dataclass(frozen=True)
class Result:
    mutant: RelMutant
    caught: bool
    got: tuple[str, ...]  # the new raised rules of the mutant, for the listing


def _keys(report: Report) -> set[tuple[str, str]]:
    return {(f.rule, f.message) for f in report.findings if f.severity in RAISED}


def judge(m: RelMutant, base: Report, mutated: Report) -> Result:
    where = locate(m.text, mutated.text, m.at, m.end)
    old = _keys(base)
    new = [f for f in mutated.findings if f.severity in RAISED and (f.rule, f.message) not in old]
    caught = where is not None and any(
        f.rule == m.rule and any(e.start < where[1] and where[0] < e.end for e in f.evidence) for f in new
    )
    return Result(m, caught, tuple(sorted({f.rule for f in new})))


def measure(real: Path = DEFAULT_REAL, heldout: Path = HELDOUT, progress: bool = False) -> list[Result]:
    texts, rels = load_relations(real, heldout)
    rels = [split(r) for r in rels]  # the held-out set in its tune and test halves
    ms = relation_mutants(texts, rels)
    bases: dict[tuple[str, str | None], Report] = {}
    out = []
    bar = None
    if progress:
        from rich.console import Console
        from rich.progress import Progress

        bar = Progress(transient=True, console=Console(stderr=True))
        bar.start()
        task = bar.add_task("mutants", total=len(ms))
    try:
        for m in ms:
            if m.doc not in bases:
                bases[m.doc] = analyze_text(texts.text(m.doc) or "", FAST)
            out.append(judge(m, bases[m.doc], analyze_text(m.text, FAST)))
            if bar is not None:
                bar.advance(task)
    finally:
        if bar is not None:
            bar.stop()
    return out


def recall(results: list[Result]) -> float:
    return sum(r.caught for r in results) / len(results) if results else 0.0


def table(results: list[Result]) -> list[str]:
    lines = [
        (
            f"{len(results)} mutants from {len({r.mutant.relation for r in results})} relations that hold; "
            f"recall {100 * recall(results):.1f}% ({sum(r.caught for r in results)} caught)"
        )
    ]
    for title, key in (
        ("per relation kind", lambda r: r.mutant.kind),
        ("per expected rule", lambda r: r.mutant.rule),
        ("per set", lambda r: r.mutant.relation.split(":")[0]),
    ):
        n: Counter[str] = Counter(key(r) for r in results)
        hit: Counter[str] = Counter(key(r) for r in results if r.caught)
        lines.append(f"  {title}:")
        for k in sorted(n):
            lines.append(f"    {k:<28}{n[k]:>4}  caught {hit[k]:>4}  recall {100 * hit[k] / n[k]:5.1f}%")
    return lines


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description="Recall of the checker on mutants made from the hand-checked relations.")
    ap.add_argument("--real", type=Path, default=DEFAULT_REAL, help="the shared/real folder")
    ap.add_argument("--heldout", type=Path, default=HELDOUT, help="the held-out relation file")
    ap.add_argument("--list", choices=("missed", "all", "none"), default="missed", help="mutants to list")
    ap.add_argument(
        "--show-test",
        action="store_true",
        help="also list the held-out test half's mutants (by default only its totals are shown)",
    )
    args = ap.parse_args(argv)
    try:
        results = measure(args.real, args.heldout, progress=True)
    except RelationDataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print("\n".join(table(results)))
    if args.list != "none":
        hidden = "" if args.show_test else ", the test half left out (--show-test lists it)"
        print(f"\nmutants ({args.list}{hidden}):")
        for r in results:
            if not args.show_test and r.mutant.relation.startswith("test:"):
                continue
            if args.list == "all" or not r.caught:
                m = r.mutant
                around = m.text[max(0, m.at - 18) : m.end + 6].replace("\n", " ")
                print(
                    f"  {m.relation:<12} {m.operator:<30} want {m.rule:<27} new {','.join(r.got) or '-':<30} …{around}…"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
