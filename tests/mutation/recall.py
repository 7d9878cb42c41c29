"""Recall of the checker over the mutants: ``python -m tests.mutation.recall`` prints the table."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from analyzer import analyze_text
from analyzer.types import Severity

from .mutants import Mutant, mutants

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent


def bases(real: Path | None) -> list[tuple[str, str]]:
    out = []
    if real is not None and (real / "seed" / "weidu_2024_fazhi_report.txt").is_file():
        out.append(("seed", (real / "seed" / "weidu_2024_fazhi_report.txt").read_text(encoding="utf-8")))
    for p in sorted((HERE / "fixtures").glob("*.txt")) + sorted((REPO / "corpora" / "samples").glob("*.txt")):
        out.append((p.name, p.read_text(encoding="utf-8")))
    return out


def _keys(report) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(f.rule, f.message) for f in report.findings if f.severity is not Severity.INFO}


def caught(m: Mutant, base_keys: set[tuple[str, str]]) -> bool:
    """A new error or warning of the mutant's rule."""
    r = analyze_text(m.text)
    return any(rule == m.rule for rule, _ in _keys(r) - base_keys)


def measure(real: Path | None) -> tuple[Counter[str], Counter[str], list[Mutant]]:
    total: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    missed: list[Mutant] = []
    for name, text in bases(real):
        base_keys = _keys(analyze_text(text))
        for m in mutants(name, text):
            total[m.rule] += 1
            if caught(m, base_keys):
                hit[m.rule] += 1
            else:
                missed.append(m)
    return total, hit, missed


def main() -> None:
    import os

    real = Path(os.environ.get("GOVREPORT_REAL", REPO.parent / "shared" / "real"))
    total, hit, missed = measure(real if real.is_dir() else None)
    for rule in sorted(total):
        print(f"{rule:28} {hit[rule]:3}/{total[rule]:3}  {hit[rule] / total[rule]:.0%}")
    print(f"{'overall':28} {sum(hit.values()):3}/{sum(total.values()):3}  {sum(hit.values()) / sum(total.values()):.1%}")
    for m in missed:
        print("missed:", m.base, m.rule, m.operator, repr(m.text[max(0, m.at - 40) : m.at + 30]))


if __name__ == "__main__":
    main()
