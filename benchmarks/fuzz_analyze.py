"""Random-input run of ``analyze_text``: no exception, no pathological slowness.

Generates N texts (default 100,000) from pieces of report language: numerals
in every script, units, qualifiers, heading labels, punctuation, table pipes,
random CJK and ASCII noise, and runs each through the whole pipeline.
Prints the count, exceptions, and the slowest inputs relative to the median
time per character (a backtracking regex shows up as a huge ratio).

    python benchmarks/fuzz_analyze.py [--n 100000] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
import traceback

PIECES = [
    "一、", "（一）", "1.", "（1）", "一是", "二是", "其中", "共", "合计", "分别为", "同比增长", "比上年",
    "提高", "下降", "个百分点", "%", "％", "‰", "万", "亿", "元", "万元", "亿元", "件", "次", "人次", "条",
    "倍", "成", "分之", "余", "近", "约", "左右", "以上", "不足", "超过", "达到", "率", "纠错率", "办结率",
    "受理", "行政复议案件", "审结", "满意度", "2024年", "2025年", "〔2024〕3号", "12345热线", "三重一大",
    "第三", "十四五", "。", "，", "；", "、", "|", " | ", "\n", "\n\n", "——", "“", "”", "（", "）", "(", ")",
    "零", "〇", "两", "十", "百", "千", "点", "０", "１", "２", "９", ".", ",", "-", "—", "~", "至",
]


def random_text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 60)):
        r = rng.random()
        if r < 0.55:
            parts.append(rng.choice(PIECES))
        elif r < 0.8:
            parts.append(str(rng.choice([rng.randint(0, 100), rng.randint(0, 10**9), round(rng.uniform(0, 200), rng.randint(0, 3))])))
        elif r < 0.95:
            parts.append("".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(rng.randint(1, 8))))
        else:
            parts.append("".join(chr(rng.randint(1, 0x2FFF)) for _ in range(rng.randint(1, 5))))
    return "".join(parts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    from analyzer import analyze_text

    rng = random.Random(args.seed)
    analyze_text("预热：全年受理行政复议案件29件，纠错率58.6%。")
    per_char: list[tuple[float, int, str]] = []
    failures = 0
    t_all = time.perf_counter()
    for i in range(args.n):
        text = random_text(rng)
        t0 = time.perf_counter()
        try:
            analyze_text(text)
        except Exception:  # noqa: BLE001 - a fuzz run counts every exception
            failures += 1
            if failures <= 50:
                print(f"exception on input {i}: {text!r}", file=sys.stderr)
                traceback.print_exc()
        dt = time.perf_counter() - t0
        per_char.append((dt / max(len(text), 1), len(text), text))
        if (i + 1) % 10_000 == 0:
            print(f"{i + 1} inputs, {failures} exceptions, {time.perf_counter() - t_all:.1f} s", file=sys.stderr)
    med = statistics.median(x[0] for x in per_char)
    # per-character time means nothing for a handful of characters (fixed costs dominate)
    worst = sorted((x for x in per_char if x[1] >= 100), reverse=True)[:3]
    print(f"inputs: {args.n}  exceptions: {failures}  total: {time.perf_counter() - t_all:.1f} s")
    print(f"median time per char: {med * 1e6:.2f} us")
    for t, n, text in worst:
        print(f"slowest: {t / med:.1f}x median per char, {n} chars: {text[:60]!r}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
