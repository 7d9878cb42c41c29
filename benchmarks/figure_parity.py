"""Figure parity: what the checker's retired second scanner found that the extractor's metrics do not.

Run: ``.venv/bin/python benchmarks/figure_parity.py [-v] [--examples N] [REAL_DIR]``.

Until issue 11 the checks read, besides the extractor's ``Metric``s, the figures of a second
scanner in ``checks/mentions.py`` wherever no metric overlapped.  That scanner is gone; a frozen
copy of its pattern and rules is kept here (``retired_scan``) so that the measurement can be
re-run.  Over every text of ``../shared/real`` (seed, national, provincial_2026, info_disclosure,
the texts of ``pages_excerpts.jsonl``) and the samples of ``corpora/samples`` (analysed without
the classifier and the checks) it counts:

* **added**: figures the retired scanner finds where no mention (``checks.mentions``) overlaps:
  what the checks lost when the scanner went;
* **disagree**: figures both find (overlapping numbers) that differ in value, qualifier or unit;
* **spaced**: a number, ONE space, a known unit (``749 件``, as PDF conversions give it) that no
  metric covers (the extractor is meant to take these: should be 0).

Each is put in a family (why they differ) and counted; ``-v`` prints examples as
``file:offset  context``.  Exit 0; 2 when the real reports are absent.
"""

from __future__ import annotations

import argparse
import bisect
import json
import math
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

# --- the retired scanner (checks/mentions.py before issue 11), frozen for comparison -------------
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_UNIT = (
    r"(?P<unit>个百分点|%|‰|倍|件次|人次|户次|架次|车次|件|人|名|次|条|个|项|家|所|座|户|场|期|份|篇|封|批|起|宗|台|辆|"
    r"元|公里|千米|亩|平方米|平方公里|吨|套|间|张|册|部|处|单|宗|笔|天|小时|分钟|万人|岁)"
)
_PRE_WORDS = ("约", "大约", "近", "接近", "将近", "超过", "逾", "超", "不少于", "不足", "不到", "低于", "高于", "达")
_RETIRED_RE = re.compile(
    "(?=[" + "".join(sorted({w[0] for w in _PRE_WORDS})) + r"\d])"
    "(?P<pre>" + "|".join(_PRE_WORDS) + ")?" + _NUM + r"(?P<mult>万亿|亿|万|千)?(?P<yu>余|多)?" + _UNIT
    + r"(?P<post>左右|以上|以下|以内|之内)?"
)
_MULTIPLIER = {"": 1.0, "千": 1e3, "万": 1e4, "亿": 1e8, "万亿": 1e12}
_PRE = {"约": "about", "大约": "about", "近": "nearly", "接近": "nearly", "将近": "nearly", "超过": "at_least",
        "逾": "at_least", "超": "at_least", "不少于": "at_least", "不足": "at_most", "不到": "at_most"}  # fmt: skip
_POST = {"左右": "about", "以上": "at_least", "以下": "at_most", "以内": "at_most", "之内": "at_most"}
_COUNTS = set("件人名次条个项家所座户场期份篇封批起宗台辆套间张册部处单笔") | {"件次", "人次", "户次", "架次", "车次"}
_MEASURES = ("元", "吨", "亩", "公里", "千米", "平方米", "平方公里")


@dataclass(frozen=True)
class Old:
    """A figure of the retired scanner."""

    start: int
    end: int
    number_start: int
    number_end: int
    value: float
    unit: str
    qualifier: str | None


def retired_scan(text: str) -> list[Old]:
    """The retired ``checks.mentions.scan`` on cleaned text (ASCII digits), without intervals."""
    opens = [m.start() for m in re.finditer("《", text)]
    closes = [m.start() for m in re.finditer("》", text)]
    out = []
    for m in _RETIRED_RE.finditer(text):
        ns = m.start("num")
        start = m.start("pre") if m.group("pre") in _PRE else ns
        if ns and (text[ns - 1].isdigit() or text[ns - 1] in ".-/:" or text[ns - 1] in ("第", "〔", "[")):
            continue
        i, j = bisect.bisect_left(opens, ns), bisect.bisect_left(closes, ns)
        if (opens[i - 1] if i else -1) > (closes[j - 1] if j else -1) and j < len(closes) and closes[j] - ns < 60:
            continue  # inside 《…》
        unit, mult = m.group("unit"), m.group("mult") or ""
        if mult and unit != "元" and unit not in _COUNTS and unit not in _MEASURES:
            continue
        qual = _PRE.get(m.group("pre") or "") or _POST.get(m.group("post") or "")
        if m.group("yu"):
            qual = "at_least"
        value = float(m.group("num").replace(",", "")) * _MULTIPLIER[mult]
        out.append(Old(start, m.end(), ns, m.end("num"), value, unit, qual))
    return out


# --- the comparison -----------------------------------------------------------------------------


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


_RANGE_BEFORE = "至到—–-－~～"
_AGE_GROUP_NOUN = re.compile(r"岁(?:及)?(?:以上|以下)?(?:婴幼儿|儿童|幼儿|人口|老年人|老人|即)")


def added_family(text: str, s: Old, unit_known: bool) -> str:
    """Why a retired-scanner figure no mention overlaps is no metric."""
    ns, end = s.number_start, s.end
    if not unit_known:
        return f"unit unknown to units.tsv: {s.unit}"
    if s.unit == "万人":
        return "万人 read as a unit (value off by 10^4)"
    if s.unit == "岁" and _AGE_GROUP_NOUN.match(text, end - len(s.unit) if not s.qualifier else text.rfind("岁", 0, end)):
        return "non-figure: an age group (3岁以下婴幼儿)"
    if text.startswith("级", end):
        return "non-figure: a specification (30万吨级)"
    if ns and text[ns - 1] in _RANGE_BEFORE:
        return "high end of a range (one range metric, or a count range: no mention)"
    if ns and text[ns - 1] == "前":
        return "non-figure: a rank (前10名)"
    return "extractor skips it (read these)"


def compare(report, mentions, lex) -> tuple[list, list, list]:
    """(added, disagreeing, spaced) figures of one report, each as (family, offset, context)."""
    text = report.text
    ms = mentions.mentions(report)
    taken = sorted((m.start, m.end) for m in ms)
    starts = [a for a, _ in taken]
    reach: list[int] = []
    for _, b in taken:
        reach.append(max(b, reach[-1]) if reach else b)

    def overlapping(start: int, end: int) -> bool:
        k = bisect.bisect_left(starts, end)
        return bool(k and reach[k - 1] > start)

    by_ns = sorted(report.metrics, key=lambda m: m.number_start)
    ns_list = [m.number_start for m in by_ns]
    added, disagree = [], []
    for s in retired_scan(text):
        k = bisect.bisect_right(ns_list, s.number_end - 1)
        cands = [m for m in by_ns[max(0, k - 3) : k] if m.number_start < s.number_end and s.number_start < m.number_end]
        if not cands:
            if not overlapping(s.start, s.end):
                fam = added_family(text, s, s.unit in lex.units)
                added.append((fam, s.start, context(text, s.start, s.end)))
            continue
        m = cands[-1]
        unit = mentions.from_metric(m, text).unit
        same_value = math.isclose(s.value, m.value, rel_tol=1e-9)
        same_unit = s.unit == unit or (s.unit in lex.units and lex.units[s.unit].unit == unit)
        qual = m.qualifier.value if m.qualifier else None
        if same_value and s.qualifier == qual and same_unit and m.value_high is None:
            continue
        why = []
        if m.value_high is not None:
            why.append("a range metric (the scanner took one end as exact)")
        if not same_value:
            why.append("value")
        if s.qualifier != qual:
            why.append(f"qualifier scanner={s.qualifier} extractor={qual}")
        if not same_unit:
            why.append(f"unit scanner={s.unit} extractor={unit}")
        disagree.append(("; ".join(why), s.start, context(text, min(s.start, m.start), max(s.end, m.end))))
    spaced = []
    for m in _spaced_re(lex).finditer(text):
        k = bisect.bisect_right(ns_list, m.start())
        if not any(x.number_start <= m.start() < x.end for x in by_ns[max(0, k - 2) : k + 1]):
            spaced.append((f"number, space, {m.group('unit')}", m.start(), context(text, m.start(), m.end())))
    return added, disagree, spaced


_SPACED: dict[int, re.Pattern[str]] = {}


def _spaced_re(lex) -> re.Pattern[str]:
    if id(lex) not in _SPACED:
        units = "|".join(re.escape(u) for u in sorted(lex.units, key=len, reverse=True))
        _SPACED[id(lex)] = re.compile(rf"(?<![\d.第表图])(?<![第表图] )\d+(?:\.\d+)?[ 　](?P<unit>{units})")
    return _SPACED[id(lex)]


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
    if not args.real.is_dir():
        print(f"no real reports under {args.real}", file=sys.stderr)
        return 2

    from analyzer.api import analyze_file, analyze_text
    from analyzer.extract.lexicon import get_lexicon
    from analyzer.relations import mentions
    from analyzer.settings import Settings

    settings = Settings(classify=False, check=False)
    lex = get_lexicon()
    groups: dict[str, dict[str, list]] = {"added": defaultdict(list), "disagree": defaultdict(list),
                                          "spaced": defaultdict(list)}  # fmt: skip
    n_docs = n_metrics = n_mentions = 0
    for name, src in texts(args.real):
        report = analyze_file(src, settings) if isinstance(src, Path) else analyze_text(src, settings, path=name)
        n_docs += 1
        n_metrics += len(report.metrics)
        n_mentions += len(mentions.mentions(report))
        for title, rows in zip(groups, compare(report, mentions, lex), strict=True):
            for fam, off, ctx in rows:
                groups[title][fam].append((name, off, ctx))
    print(f"{n_docs} texts, {n_metrics} extractor metrics, {n_mentions} mentions for the checks")
    print(f"retired-scanner figures no mention overlaps (added): {sum(map(len, groups['added'].values()))}")
    print(f"figures both find that disagree: {sum(map(len, groups['disagree'].values()))}")
    print(f"number, one space, known unit, no metric (spaced): {sum(map(len, groups['spaced'].values()))}")
    for title, by_family in groups.items():
        if not by_family:
            continue
        print(f"\n{title} by family:")
        for fam, rows in sorted(by_family.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            print(f"  {len(rows):5d}  {fam}")
            if args.verbose:
                for name, off, ctx in rows[: args.examples]:
                    print(f"           {name}:{off}  {ctx}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
