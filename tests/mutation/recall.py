"""Recall of the checker over the mutants: ``python -m tests.mutation.recall`` prints the table."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from analyzer import Settings, analyze_file, analyze_text
from analyzer.types import Severity

from .mutants import Mutant, mutants

# the section classifier does not take part in any check: leave it out for speed
FAST = Settings(classify=False)
HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent


def bases(real: Path | None) -> list[tuple[str, str]]:
    out = []
    if real is not None and (real / "seed" / "weidu_2024_fazhi_report.txt").is_file():
        out.append(("seed", (real / "seed" / "weidu_2024_fazhi_report.txt").read_text(encoding="utf-8")))
    for p in sorted((HERE / "fixtures").glob("*.txt")) + sorted((REPO / "corpora" / "samples").glob("*.txt")):
        out.append((p.name, p.read_text(encoding="utf-8")))
    # docx/html samples: their cleaned text (tables flattened to "a | b |" rows)
    for p in sorted((REPO / "corpora" / "samples").glob("*")):
        if p.suffix in (".docx", ".html"):
            out.append((p.name, analyze_file(p, FAST).text))
    return out


def _keys(report) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(f.rule, f.message) for f in report.findings if f.severity is not Severity.INFO}


def _on_known_slip(m: Mutant, base_report) -> bool:  # type: ignore[no-untyped-def]
    """A site that is already a slip of the base (the samples carry deliberate ones) is not a fresh mutant."""
    return any(
        e.start <= m.at < e.end for f in base_report.findings if f.severity is not Severity.INFO for e in f.evidence
    )


def caught(m: Mutant, base_keys: set[tuple[str, str]]) -> bool:
    """A new error or warning of the mutant's rule."""
    r = analyze_text(m.text, FAST)
    return any(rule == m.rule for rule, _ in _keys(r) - base_keys)


def cross_document(real: Path | None) -> tuple[int, int, list[Mutant]]:
    """Mutants of the provinces' "高于/低于全国X个百分点" that another province also implies: (total, caught, missed)."""
    import dataclasses
    import re

    from analyzer.checks import check_corpus
    from analyzer.checks.cross_document import implied_national

    folder = real / "provincial_2026" if real is not None else None
    if folder is None or not folder.is_dir():
        return 0, 0, []
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}
    texts = {k: t for k, t in texts.items() if re.search(r"[高低]于全国[\d.]+个百分点", t)}
    reports = {k: analyze_text(t, FAST, path=k) for k, t in texts.items()}
    texts = {k: r.text for k, r in reports.items()}  # offsets point into the cleaned text
    implied = {k: implied_national(r) for k, r in reports.items()}
    keys = Counter(i.key for items in implied.values() for i in {x.key: x for x in items}.values())
    base = {(f.rule, f.message) for f in check_corpus(list(reports.values()))}
    total = hit = 0
    missed: list[Mutant] = []
    for name, items in implied.items():
        for it in items:
            if keys[it.key] < 2:
                continue
            m = re.search(r"全国(?:平均水平)?(\d+(?:\.\d+)?)个百分点", it.evidence.text)
            if not m:
                continue
            at = it.evidence.start + m.start(1)
            old = m.group(1)
            new = (
                f"{float(old) + 0.5:.{len(old.split('.')[1]) if '.' in old else 0}f}"
                if "." in old
                else str(int(old) + 1)
            )
            text = texts[name][:at] + new + texts[name][at + len(old) :]
            mutant = Mutant(name, "cross_document_mismatch", "pp+0.5", text, at)
            others = [r for k, r in reports.items() if k != name]
            found = {
                (f.rule, f.message)
                for f in check_corpus([*others, dataclasses.replace(analyze_text(text, FAST, path=name))])
            }
            total += 1
            if any(rule == "cross_document_mismatch" for rule, _ in found - base):
                hit += 1
            else:
                missed.append(mutant)
    return total, hit, missed


def measure(real: Path | None) -> tuple[Counter[str], Counter[str], list[Mutant]]:
    total: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    missed: list[Mutant] = []
    n, k, lost = cross_document(real)
    if n:
        total["cross_document_mismatch"] = n
        hit["cross_document_mismatch"] = k
        missed.extend(lost)
    for name, text in bases(real):
        base_report = analyze_text(text, FAST)
        base_keys = _keys(base_report)
        for m in mutants(name, text):
            if _on_known_slip(m, base_report):
                continue
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
    print(
        f"{'overall':28} {sum(hit.values()):3}/{sum(total.values()):3}  {sum(hit.values()) / sum(total.values()):.1%}"
    )
    for m in missed:
        print("missed:", m.base, m.rule, m.operator, repr(m.text[max(0, m.at - 40) : m.at + 30]))


if __name__ == "__main__":
    main()
