"""``heading_sequence``: heading numbers skip, repeat or go backwards at one level.

Numbers are compared within one parent (（一）（二） under 二、 restart under
三、) and within one block: an appendix that restarts at 一、 (Heading.block)
is a new sequence, not a step back.  When the outline found no headings, the
GB/T 9704 labels of the first two levels (一、 and （一）) are read here from
line starts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..numbers import cn_int, to_chinese
from ..settings import Settings
from ..types import Heading, Report, Severity
from .base import Result, finding, verified

RULE = "heading_sequence"

# 一、 at a line start
_LEVEL1 = re.compile(r"^[ \t\u3000]*(?P<n>[一二三四五六七八九十]{1,3})、(?P<title>[^\n]{1,60})$", re.MULTILINE)
# （一） at a line start
_LEVEL2 = re.compile(r"^[ \t\u3000]*[（(](?P<n>[一二三四五六七八九十]{1,3})[）)](?P<title>[^\n]{1,60})$", re.MULTILINE)


def scan_headings(text: str) -> tuple[Heading, ...]:
    """First- and second-level headings from line starts (fallback when the outline found none)."""
    found = []
    for level, rx in ((1, _LEVEL1), (2, _LEVEL2)):
        for m in rx.finditer(text):
            title = m.group("title").strip()
            # a sentence that happens to start with 一、 is not a heading
            if len(title) > 40 and title.count("，") >= 2:
                continue
            found.append(Heading(level, m.group("n"), title, m.start("n"), m.end()))
    found.sort(key=lambda h: h.start)
    block, top, out = 0, 0, []
    for h in found:
        n = cn_int(h.label) or 0
        if h.level == 1:
            if n == 1 and top >= 1:
                block += 1
            top = n
        out.append(Heading(h.level, h.label, h.title, h.start, h.end, block))
    return tuple(out)


def _label(h: Heading) -> str:
    return (
        f"{h.label}、"
        if h.level == 1
        else f"（{h.label}）"
        if h.level == 2
        else f"{h.label}."
        if h.level == 3
        else f"({h.label})"
    )


def heading_sequence(report: Report, settings: Settings) -> Iterator[Result]:
    text = report.text
    # a flattened table row ("二、上年结转… | 3 | 0 |") is not a heading
    heads = [
        h
        for h in (report.headings or scan_headings(text))
        if "|" not in text[h.start : text.find("\n", h.start) % (len(text) + 1)]
    ]
    last: dict[int, tuple[int, Heading]] = {}
    block = None
    checked: dict[int, list[Heading]] = {}
    for h in heads:
        n = cn_int(h.label) if h.label else None
        if n is None:
            continue
        if h.block != block:
            block, last = h.block, {}
        # a heading closes the deeper levels
        for lvl in [k for k in last if k > h.level]:
            del last[lvl]
        prev = last.get(h.level)
        expected = prev[0] + 1 if prev else 1
        if n != expected and not (prev is None and h.level > 1 and n == 1):
            if prev is None:
                what = f"从 {_label(h)} 开始"
            elif n == prev[0]:
                what = f"{_label(prev[1])} 重复"
            elif n < prev[0]:
                what = f"{_label(prev[1])} 之后倒退为 {_label(h)}"
            else:
                what = f"{_label(prev[1])} 之后跳到 {_label(h)}"
            ev = [(prev[1].start, prev[1].end)] if prev else []
            severity = Severity.WARNING if h.level <= 2 else Severity.INFO
            yield finding(
                report,
                RULE,
                severity,
                f"第{h.level}级标题编号{what}，应为 {to_chinese(expected)}",
                [*ev, (h.start, h.end)],
                expected=expected,
                reported=n,
            )
        else:
            checked.setdefault(h.level, []).append(h)
        last[h.level] = (n, h)
    for level, hs in sorted(checked.items()):
        if len(hs) >= 2:
            yield verified(
                report,
                RULE,
                f"第{level}级标题编号连续（{len(hs)} 个）",
                [(hs[0].start, hs[0].end), (hs[-1].start, hs[-1].end)],
            )
