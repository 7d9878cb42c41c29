"""How much of the arithmetic a careful reader checks the checker covers, and how often it cries wolf.

Run: ``python benchmarks/bench_relations.py [--real DIR] [--json OUT] [--list missed|all|none]``.

**Coverage.**  For every hand-checked relation of the dev set (``REAL/relations_dev.jsonl``) and the held-out
set (``benchmarks/data/relations_heldout.jsonl``), the text it is stated in (the excerpt, or the whole file)
is analysed once with ``analyzer.analyze_text`` and the relation is judged from the public report only:

* ``flagged``  - a finding (error, warning or info) whose evidence covers the relation's figures;
* ``verified`` - else, a verified entry whose evidence covers them;
* ``missed``   - neither.

Once ``Report.relations`` exists, a relation whose spans (any ``start``/``end`` in its ``to_dict()``) cover the
figures is also counted as *linked*, a line under each table.

Evidence *covers* the figures when its spans overlap all of them, or all but one (at least one).  A figure's
span in ``Report.text`` is found from its quote (``relations_data.locate``), since analysis cleans the text.
Printed per kind and overall, dev and held-out apart: n, covered %, the slips raised (error or warning), the
truncations reported as info, and the ``holds`` relations flagged as error (the aim is 0) or as warning.

**Precision.**  Over every document of REAL (the ``*.txt`` files and the excerpts) the error and warning
findings per rule and per document class, then each one listed, so that it can be read.

The exit code is 0 whatever the numbers; 2 on a usage error or unusable data (one line on stderr).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from analyzer import Settings, analyze_text  # noqa: E402 (the repository on the path first)
from analyzer.types import Report, Severity  # noqa: E402
from benchmarks.relations_data import (  # noqa: E402
    DEFAULT_REAL,
    HELDOUT,
    KINDS,
    Relation,
    RelationDataError,
    Texts,
    load_relations,
    locate,
    split,
    unresolved,
)

RAISED = (Severity.ERROR, Severity.WARNING)
_SEV_RANK = {Severity.ERROR: 3, Severity.WARNING: 2, Severity.INFO: 1}


@dataclass
class Outcome:
    relation: str  # "dev:12"
    set: str
    kind: str
    status: str
    verdict: str  # flagged | verified | missed
    severity: str | None = None  # of the strongest covering finding
    rule: str | None = None
    message: str | None = None
    figures: int = 0
    unlocated: list[str] = field(default_factory=list)  # quotes not found in Report.text
    linked: bool | None = None  # a relation of ``Report.relations`` covers the figures (None: no such field)

    @property
    def covered(self) -> bool:
        return self.verdict != "missed"


def figure_spans(rel: Relation, raw: str, report: Report) -> tuple[list[tuple[int, int]], list[str]]:
    """The relation's figures as spans of ``report.text``, and the quotes that could not be placed there."""
    spans, lost = [], []
    for f in rel.figures:
        where = locate(raw, report.text, *f.bounds()) if f.resolved else None
        if where is None:
            lost.append(f.text)
        else:
            spans.append(where)
    return spans, lost


def covers(evidence, spans: list[tuple[int, int]], total: int) -> bool:  # type: ignore[no-untyped-def]
    """Evidence spans overlap all of the relation's ``total`` figures, or all but one (and at least one)."""
    hit = sum(1 for a, b in spans if any(e.start < b and a < e.end for e in evidence))
    return hit >= max(1, total - 1)


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


def _spans_of(obj: object) -> list[_Span]:
    """Every ``{"start": int, "end": int}`` inside a ``to_dict()`` payload (the shape of a relation is the lead's)."""
    found: list[_Span] = []
    stack = [obj]
    while stack:
        x = stack.pop()
        if isinstance(x, dict):
            if isinstance(x.get("start"), int) and isinstance(x.get("end"), int):
                found.append(_Span(x["start"], x["end"]))
            stack.extend(x.values())
        elif isinstance(x, (list, tuple)):
            stack.extend(x)
    return found


def relation_graph(report: Report) -> list[list[_Span]] | None:
    """The figure spans of each entry of ``report.relations`` (operands and result name metrics by id), else None."""
    rels = getattr(report, "relations", None)
    if rels is None:
        return None
    where = {m.id: _Span(m.start, m.end) for m in report.metrics}
    out = []
    for r in rels:
        d = r.to_dict() if hasattr(r, "to_dict") else r
        ids = [*d.get("operands", ()), *([d["result"]] if d.get("result") else [])]
        out.append([where[i] for i in ids if i in where] + _spans_of(d))
    return out


def judge(rel: Relation, raw: str, report: Report) -> Outcome:
    spans, lost = figure_spans(rel, raw, report)
    out = Outcome(rel.id, rel.set, rel.kind, rel.status, "missed", figures=len(rel.figures), unlocated=lost)
    total = len(rel.figures)
    graph = relation_graph(report)
    if graph is not None:
        out.linked = any(covers(ev, spans, total) for ev in graph)
    best = None
    for f in report.findings:
        if covers(f.evidence, spans, total) and (best is None or _SEV_RANK[f.severity] > _SEV_RANK[best.severity]):
            best = f
    if best is not None:
        out.verdict, out.severity, out.rule, out.message = "flagged", best.severity.value, best.rule, best.message
        return out
    for v in report.verified:
        if covers(v.evidence, spans, total):
            out.verdict, out.rule, out.message = "verified", v.rule, v.message
            return out
    return out


def analyse_all(texts: Texts, keys: list, settings: Settings) -> dict:  # type: ignore[type-arg]
    """One report per text, with a progress bar on stderr."""
    from rich.progress import Progress

    reports = {}
    with Progress(transient=True, console=_stderr_console()) as bar:
        task = bar.add_task("analysing", total=len(keys))
        for key in keys:
            reports[key] = analyze_text(texts.text(key) or "", settings)
            bar.advance(task)
    return reports


def _stderr_console():  # type: ignore[no-untyped-def]
    from rich.console import Console

    return Console(stderr=True)


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "    -"


def coverage_table(outcomes: list[Outcome], name: str) -> list[str]:
    rows = [o for o in outcomes if o.set == name]
    lines = [
        f"{name}: {len(rows)} relations",
        (
            f"  {'kind':<15}{'n':>4} {'covered':>8} {'verif':>6} {'flag':>5} {'miss':>5}   "
            f"{'slips raised':>12} {'trunc. info':>11} {'holds→error':>11} {'holds→warn':>10}"
        ),
    ]
    kinds = [k for k in KINDS if any(o.kind == k for o in rows)]
    for kind in [*kinds, "overall"]:
        part = rows if kind == "overall" else [o for o in rows if o.kind == kind]
        slips = [o for o in part if o.status == "slip"]
        trunc = [o for o in part if o.status == "truncated"]
        raised = sum(1 for o in slips if o.severity in ("error", "warning"))
        info = sum(1 for o in trunc if o.severity == "info")
        holds_err = sum(1 for o in part if o.status == "holds" and o.severity == "error")
        holds_warn = sum(1 for o in part if o.status == "holds" and o.severity == "warning")
        cov = sum(o.covered for o in part)
        lines.append(
            f"  {kind:<15}{len(part):>4} {_pct(cov, len(part)):>8} "
            f"{sum(o.verdict == 'verified' for o in part):>6} {sum(o.verdict == 'flagged' for o in part):>5} "
            f"{sum(o.verdict == 'missed' for o in part):>5}   "
            f"{(f'{raised}/{len(slips)}' if slips else '-'):>12} {(f'{info}/{len(trunc)}' if trunc else '-'):>11} "
            f"{holds_err:>11} {holds_warn:>10}"
        )
    if any(o.linked is not None for o in rows):
        lines.append(f"  linked in Report.relations: {sum(bool(o.linked) for o in rows)} of {len(rows)}")
    return lines


def precision(texts: Texts, reports: dict) -> tuple[list[str], list[dict]]:  # type: ignore[type-arg]
    docs = texts.documents()
    by_rule: Counter[tuple[str, str]] = Counter()
    by_class: Counter[tuple[str, str]] = Counter()
    docs_per_class: Counter[str] = Counter(c for _, c, _ in docs)
    items = []
    for key, cls, _ in docs:
        for f in reports[key].findings:
            if f.severity not in RAISED:
                continue
            by_rule[(f.rule, f.severity.value)] += 1
            by_class[(cls, f.severity.value)] += 1
            name = key[0] if key[1] is None else key[1]
            items.append(
                {
                    "document": name,
                    "class": cls,
                    "severity": f.severity.value,
                    "rule": f.rule,
                    "message": f.message,
                    "evidence": [e.text for e in f.evidence],
                }
            )
    n_err = sum(1 for i in items if i["severity"] == "error")
    n_warn = len(items) - n_err
    lines = [
        f"precision over {len(docs)} documents ({sum(1 for k, _, _ in docs if k[1] is None)} files, "
        f"{sum(1 for k, _, _ in docs if k[1] is not None)} excerpts): {n_err} errors, {n_warn} warnings "
        f"(one warning per {len(docs) / n_warn:.1f} documents)"
        if n_warn
        else f"precision over {len(docs)} documents: {n_err} errors, 0 warnings",
        "  per rule:",
    ]
    for rule in sorted({r for r, _ in by_rule}):
        lines.append(f"    {rule:<30} error {by_rule[(rule, 'error')]:>3}   warning {by_rule[(rule, 'warning')]:>3}")
    lines.append("  per document class:")
    for cls in sorted(docs_per_class):
        lines.append(
            f"    {cls:<34} {docs_per_class[cls]:>3} docs   error {by_class[(cls, 'error')]:>3}   "
            f"warning {by_class[(cls, 'warning')]:>3}"
        )
    lines.append("  each finding:")
    for it in items:
        ev = " | ".join(e.replace("\n", " ")[:40] for e in it["evidence"][:3])
        lines.append(f"    [{it['severity']}] {it['rule']} — {it['document']}")
        lines.append(f"        {it['message'][:160]}")
        if ev:
            lines.append(f"        evidence: {ev}")
    return lines, items


SETS = ("dev", "tune", "test")


def run(real: Path, heldout: Path, settings: Settings, with_precision: bool = True) -> dict:  # type: ignore[type-arg]
    texts, rels = load_relations(real, heldout)
    rels = [split(r) for r in rels]
    keys = sorted({r.doc for r in rels}, key=str)
    if with_precision:
        keys = sorted({k for k, _, _ in texts.documents()} | set(keys), key=str)
    reports = analyse_all(texts, keys, settings)
    outcomes = [judge(r, texts.text(r.doc) or "", reports[r.doc]) for r in rels]
    result = {"outcomes": outcomes, "relations": rels}
    if with_precision:
        result["precision_lines"], result["precision"] = precision(texts, reports)
    return result


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(
        description="Score the checker on the hand-checked relations of shared/real and list its raised findings."
    )
    ap.add_argument("--real", type=Path, default=DEFAULT_REAL, help=f"the shared/real folder (default {DEFAULT_REAL})")
    ap.add_argument("--heldout", type=Path, default=HELDOUT, help="the held-out relation file")
    ap.add_argument(
        "--list",
        choices=("missed", "all", "none"),
        default="missed",
        help="relations to list one per line after the tables (default: missed)",
    )
    ap.add_argument("--no-precision", action="store_true", help="skip the precision pass over all documents")
    ap.add_argument(
        "--show-test",
        action="store_true",
        help="also list the held-out test half line by line (by default only its totals are shown, so that "
        "nobody tunes against it by accident)",
    )
    ap.add_argument("--json", type=Path, help="also write every outcome (and raised finding) to this JSON file")
    args = ap.parse_args(argv)
    try:
        result = run(args.real, args.heldout, Settings(), not args.no_precision)
    except RelationDataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    outcomes: list[Outcome] = result["outcomes"]
    rels = {r.id: r for r in result["relations"]}
    listed = [o for o in outcomes if args.show_test or not o.relation.startswith("test:")]
    for name in SETS:
        print("\n".join(coverage_table(outcomes, name)))
        print()
    missing = unresolved(result["relations"])
    if missing:
        print(f"quotes not found verbatim in their source text: {len(missing)}")
        for r, f in missing:
            print(f"  {r.id}: {f.text[:40]!r}")
        print()
    lost = [(o, q) for o in listed for q in o.unlocated]
    if lost:
        print(f"figures not found in the analysed text: {len(lost)}")
        for o, q in lost:
            print(f"  {o.relation}: {q[:40]!r}")
        print()
    print("slips and truncations:")
    for o in listed:
        if o.status in ("slip", "truncated"):
            r = rels[o.relation]
            got = f"{o.verdict} {o.severity or ''} {o.rule or ''}".strip()
            print(f"  {o.relation:<12} {o.status:<10} {o.kind:<14} {got:<40} {r.arithmetic[:70]}")
    bad = [o for o in outcomes if o.status == "holds" and o.severity == "error"]
    print(f"holds relations flagged as error: {len(bad)}")
    for o in bad:
        if o in listed:
            print(f"  {o.relation} {o.kind} {o.rule}: {o.message}")
    if args.list != "none":
        print()
        hidden = "" if args.show_test else ", the test half left out (--show-test lists it)"
        print(f"relations ({args.list}{hidden}):")
        for o in listed:
            if args.list == "all" or not o.covered:
                r = rels[o.relation]
                print(
                    f"  {o.relation:<12} {o.kind:<14} {o.status:<17} {o.verdict:<9} {r.source[-28:]:<28} "
                    f"{r.arithmetic[:60]}"
                )
    if "precision_lines" in result:
        print()
        print("\n".join(result["precision_lines"]))
    if args.json:
        payload = {"outcomes": [asdict(o) for o in outcomes], "raised_findings": result.get("precision", [])}
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
