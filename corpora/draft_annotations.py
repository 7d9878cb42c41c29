"""Draft an annotation file for a new sample, to be reviewed and corrected by hand.

Usage::

    .venv/bin/python corpora/draft_annotations.py NAME [--force]

reads ``corpora/sources/NAME.txt`` and writes ``corpora/samples/NAME.annotations.json``
(refusing to overwrite a reviewed file unless ``--force``).  The draft uses a
deliberately simple pattern set of its own, independent of ``analyzer``: it is
a typing aid for the annotator, not a reference.  Every committed annotation
file has been read and corrected by a person; figures the draft misses or gets
wrong are fixed by hand, and the golden tests compare the analyser with the
corrected files only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_samples import SAMPLES, SAMPLES_DIR, SOURCES, Para, TableBlock, parse_source, render_txt

# an Arabic number, with optional thousands separators and decimals
NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
# 余/多 between the number and its unit (2600余条)
INFIX = r"(?:余|多)?"
# 万/亿 multiplier
MAG = r"(?:万|亿)?"
# units, longest first
UNITS = [
    "个百分点", "个工作日", "微克/立方米", "平方米", "美元", "元", "件次", "人次", "场次", "%", "％", "‰", "倍",
    "件", "次", "条", "项", "个", "家", "户", "名", "人", "场", "份", "篇", "卷", "所", "张", "期", "处", "批",
    "起", "宗", "类", "套", "座", "辆", "亩", "公里", "公顷", "吨", "天", "小时", "床",
]
UNIT = "(?:" + "|".join(re.escape(u) for u in UNITS) + ")"
FIGURE_RE = re.compile(rf"(?<![\d.])(?P<num>{NUM})(?P<infix>{INFIX})(?P<mag>{MAG})(?P<unit>{UNIT})")

PREFIX_QUAL = [("不少于", "at_least"), ("不超过", "at_most"), ("超过", "at_least"), ("大约", "about"),
               ("接近", "nearly"), ("将近", "nearly"), ("不足", "at_most"), ("约", "about"), ("近", "nearly"),
               ("逾", "at_least")]
SUFFIX_QUAL = [("以上", "at_least"), ("左右", "about"), ("以内", "at_most"), ("以下", "at_most")]

KIND = {"%": "percent", "％": "percent", "‰": "permille", "个百分点": "percentage_point", "倍": "multiple",
        "元": "money", "美元": "money"}
QUANTITY = {"个工作日", "微克/立方米", "平方米", "亩", "公里", "公顷", "吨", "天", "小时"}

HEADING_RE = re.compile(r"^(?P<label>[一二三四五六七八九十]+)、(?P<title>.*)$|^（(?P<label2>[一二三四五六七八九十]+)）(?P<title2>.*)$")


def headings(lines: list[str]) -> list[dict]:
    out = []
    for line in lines:
        m = HEADING_RE.match(line)
        if not m:
            continue
        level = 1 if m.group("label") else 2
        label = m.group("label") or m.group("label2")
        title = m.group("title") if level == 1 else m.group("title2")
        if "。" in title.rstrip("。"):  # a run-in heading: （一）标题。正文…
            title = title.split("。", 1)[0]
        out.append({"level": level, "label": label, "title": title.rstrip("。")})
    return out


def unique_context(text: str, start: int, end: int) -> str:
    before, after = 6, 2
    while True:
        ctx = text[max(0, start - before):end + after]
        if "\n" in ctx:
            lo = text.rfind("\n", 0, start) + 1
            hi = text.find("\n", end)
            ctx = text[max(lo, start - before):min(hi if hi >= 0 else len(text), end + after)]
        if text.count(ctx) == 1 or before > 40:
            return ctx
        before += 4
        after += 1


def figures(text: str) -> list[dict]:
    out = []
    for m in FIGURE_RE.finditer(text):
        unit = m.group("unit").replace("％", "%")
        after = text[m.end():m.end() + 2]
        if unit == "个" and after.startswith("月"):
            continue
        exact = Decimal(m.group("num").replace(",", "")) * {"万": 10**4, "亿": 10**8, "": 1}[m.group("mag")]
        value: int | float = int(exact) if exact == exact.to_integral_value() else float(exact)
        qual = "at_least" if m.group("infix") else None
        before = text[max(0, m.start() - 3):m.start()]
        for word, q in PREFIX_QUAL:
            if before.endswith(word):
                qual = qual or q
                break
        for word, q in SUFFIX_QUAL:
            if after.startswith(word):
                qual = qual or q
        kind = KIND.get(unit, "quantity" if unit in QUANTITY else "count")
        out.append({
            "text": m.group(0),
            "context": unique_context(text, m.start(), m.end()),
            "kind": kind,
            "value": value,
            "unit": unit,
            "qualifier": qual,
            "indicator": None,
            "basis": "actual",
        })
    return out


def tables(blocks: list[Para | TableBlock]) -> list[dict]:
    out = []
    for b in blocks:
        if not isinstance(b, TableBlock):
            continue
        rows = []
        for row in b.rows:
            cells = [c for c in row if c not in ("<", "^")]
            nums = [c for c in cells if re.fullmatch(NUM, c)]
            labels = [c for c in cells if not re.fullmatch(NUM, c)]
            if nums:
                rows.append({"label": " / ".join(labels), "values": [float(n) if "." in n else int(n) for n in nums]})
        out.append({"n_rows": len(b.rows), "n_cols": len(b.rows[0]), "numeric_rows": rows})
    return out


def draft(name: str) -> dict:
    src = (SOURCES / f"{name}.txt").read_text(encoding="utf-8")
    blocks = parse_source(src)
    prose = "\n".join(b.text for b in blocks if isinstance(b, Para))
    fmt = {s.name: s.fmt for s in SAMPLES}[name]
    return {
        "file": f"{name}.{fmt}",
        "genre": None,
        "year": None,
        "region": None,
        "title": None,
        "headings": headings(prose.splitlines()),
        "sections": [],
        "figures": figures(render_txt([b for b in blocks if isinstance(b, Para)])),
        "tables": tables(blocks),
        "slips": [],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("name")
    ap.add_argument("--force", action="store_true")
    args = ap.parse_args(argv)
    out = SAMPLES_DIR / f"{args.name}.annotations.json"
    if out.exists() and not args.force:
        print(f"{out} exists (reviewed by hand); use --force to overwrite", file=sys.stderr)
        return 1
    out.write_text(json.dumps(draft(args.name), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
