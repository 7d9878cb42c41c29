"""Figure parity: what the checker's second scanner (``checks.mentions._scan``) finds that ``extract/`` does not.

Run: ``.venv/bin/python benchmarks/figure_parity.py [-v] [--examples N] [REAL_DIR]``.

Reads every text of ``../shared/real`` (seed, national, provincial_2026, info_disclosure and the
texts of ``pages_excerpts.jsonl``) and the samples of ``corpora/samples``, analyses each (no
classifier, no checks), and compares two figure sets on the cleaned text:

* **added**: figures ``_scan`` finds where no extractor metric overlaps (what ``mentions._cached``
  used to fill in);
* **disagree**: figures both find (overlapping number spans) that differ in value, qualifier or unit.

Each is put in a family (why the two differ) and counted; ``-v`` prints examples as
``file:offset  context``.  When the scanner is gone (``_scan`` no longer exists), the script
reports so and exits 0: there is nothing left to compare.
"""

from __future__ import annotations

import argparse
import bisect
import json
import math
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def texts(real: Path) -> Iterator[tuple[str, str | Path]]:
    """(name, text or path) of every real text and sample."""
    for sub in ("seed", "national", "provincial_2026", "info_disclosure"):
        for p in sorted((real / sub).glob("*.txt")):
            yield f"{sub}/{p.name}", p
    pages = real / "pages_excerpts.jsonl"
    if pages.is_file():
        for no, line in enumerate(pages.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                yield f"pages_excerpts.jsonl#{no}", json.loads(line)["text"]
    for p in sorted((REPO / "corpora" / "samples").iterdir()):
        if p.suffix in (".txt", ".docx", ".html"):
            yield f"samples/{p.name}", p


def family(text: str, s, metric, lex) -> str:  # noqa: ANN001 - a Mention and a Metric or None
    """Why the scanner's figure ``s`` has no agreeing metric (``metric``: the overlapping one, if any)."""
    ns, ne = s.number_start, s.number_end
    after = text[ne : ne + 6]
    before = text[max(0, ns - 6) : ns]
    if metric is None:
        if s.unit not in lex.units:
            return f"unit unknown to units.tsv: {s.unit}"
        if ns and text[ns - 1] in "至到—–-－~～":
            return "upper end of a range (count ranges are not mentions)"
        if before.endswith("前") or after.startswith(("名", "位")) and before.endswith("前"):
            return "rank (前10名)"
        return "extractor skips it"
    out = []
    if not math.isclose(s.value, metric.value, rel_tol=1e-9, abs_tol=1e-12):
        out.append("value")
    if s.qualifier != metric.qualifier:
        out.append(f"qualifier {s.qualifier.value if s.qualifier else None}"
                   f"/{metric.qualifier.value if metric.qualifier else None}")
    return "disagree: " + ", ".join(out)


def compare(name: str, report, mentions_mod, lex) -> tuple[list, list]:  # noqa: ANN001
    """(added, disagreeing) figures of one report, each as (family, offset, context)."""
    text = report.text
    found = [mentions_mod.from_metric(m, text) for m in report.metrics
             if m.value_high is None or m.kind.value != "count"]
    taken = sorted((m.start, m.end) for m in found)
    starts = [a for a, _ in taken]
    reach: list[int] = []
    for _, b in taken:
        reach.append(max(b, reach[-1]) if reach else b)

    def overlapping(start: int, end: int) -> bool:
        k = bisect.bisect_left(starts, end)
        return bool(k and reach[k - 1] > start)

    added = []
    for s in mentions_mod._scan(text, overlapping):
        fam = family(text, s, None, lex)
        added.append((fam, s.start, context(text, s.start, s.end)))
    # disagreements: every scanner figure whose number overlaps a metric's number
    by_start = sorted(report.metrics, key=lambda m: m.number_start)
    ns_list = [m.number_start for m in by_start]
    disagree = []
    for s in mentions_mod._scan(text):
        k = bisect.bisect_right(ns_list, s.number_end - 1)
        cands = [m for m in by_start[max(0, k - 3) : k] if m.number_start < s.number_end and s.number_start < m.number_end]
        if not cands:
            continue
        m = cands[-1]
        fm = mentions_mod.from_metric(m, text)
        same_value = math.isclose(s.value, m.value, rel_tol=1e-9)
        same_unit = s.unit == fm.unit or (s.unit in lex.units and lex.units[s.unit].unit == fm.unit)
        if same_value and s.qualifier == m.qualifier and same_unit and m.value_high is None:
            continue
        why = []
        if m.value_high is not None:
            why.append("range metric")
        if not same_value:
            why.append("value")
        if s.qualifier != m.qualifier:
            why.append(f"qualifier scan={s.qualifier.value if s.qualifier else None}"
                       f" extract={m.qualifier.value if m.qualifier else None}")
        if not same_unit:
            why.append(f"unit scan={s.unit} extract={fm.unit}")
        disagree.append(("; ".join(why), s.start, context(text, min(s.start, m.start), max(s.end, m.end))))
    return added, disagree


def context(text: str, a: int, b: int, pad: int = 8) -> str:
    left = text[max(0, a - pad) : a].replace("\n", "⏎")
    mid = text[a:b].replace("\n", "⏎")
    right = text[b : b + pad].replace("\n", "⏎")
    return f"{left}[{mid}]{right}"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("real", nargs="?", type=Path, default=REPO.parent / "shared" / "real")
    ap.add_argument("-v", "--verbose", action="store_true", help="print examples (file:offset context)")
    ap.add_argument("--examples", type=int, default=5, help="examples per family with -v (default 5)")
    args = ap.parse_args(argv)

    from analyzer.api import analyze_file, analyze_text
    from analyzer.checks import mentions as mentions_mod
    from analyzer.extract.lexicon import get_lexicon
    from analyzer.settings import Settings

    if not hasattr(mentions_mod, "_scan"):
        print("checks.mentions has no second scanner any more: the checks read only the extractor's metrics")
        return 0
    if not args.real.is_dir():
        print(f"no real reports under {args.real}", file=sys.stderr)
        return 2
    settings = Settings(classify=False, check=False)
    lex = get_lexicon()
    added_by: dict[str, list] = defaultdict(list)
    dis_by: dict[str, list] = defaultdict(list)
    n_docs = n_metrics = 0
    for name, src in texts(args.real):
        report = analyze_file(src, settings) if isinstance(src, Path) else analyze_text(src, settings, path=name)
        n_docs += 1
        n_metrics += len(report.metrics)
        added, disagree = compare(name, report, mentions_mod, lex)
        for fam, off, ctx in added:
            added_by[fam].append((name, off, ctx))
        for fam, off, ctx in disagree:
            dis_by[fam].append((name, off, ctx))
    n_added = sum(map(len, added_by.values()))
    n_dis = sum(map(len, dis_by.values()))
    print(f"{n_docs} texts, {n_metrics} extractor metrics")
    print(f"scanner figures no metric overlaps (added): {n_added}")
    print(f"figures both find that disagree: {n_dis}")
    for title, groups in (("added", added_by), ("disagree", dis_by)):
        if not groups:
            continue
        print(f"\n{title} by family:")
        for fam, rows in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            print(f"  {len(rows):5d}  {fam}")
            if args.verbose:
                for name, off, ctx in rows[: args.examples]:
                    print(f"           {name}:{off}  {ctx}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
