"""``heading_sequence``: heading numbers skip, repeat or go backwards at one level.

Numbers are compared within one parent (（一）（二） under 二、 restart under
三、, and under each unnumbered part) and within one block: an appendix that
restarts at 一、 (Heading.block) is a new sequence, not a step back.  A list
nested inside an item (（一）（二） then （一）（二） then （三）) is not a break
(``outline.numbering_breaks``).  The headings are the outline's: rows of
flattened tables, contents lines and markdown markers are dealt with there.
A number skipped whose label still opens a line between the two (二、 opening a paragraph too long to be a title)
is no skip.  A text with no title (``Meta.title``) whose first heading is not number one
(二、 or 十三、 first) is taken as a part of a report copied on its own: info.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..numbers import cn_int, to_chinese
from ..outline import find_headings, labels_written, numbering_breaks
from ..settings import Settings
from ..types import Heading, Report, Severity
from .base import Result, finding, verified

RULE = "heading_sequence"


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


def sequences(heads: tuple[Heading, ...]) -> list[list[Heading]]:
    """The numbered headings grouped by (block, level, parent), each group in document order."""
    groups: dict[tuple[int, int, int], list[Heading]] = {}
    parents: list[tuple[int, int]] = []  # (level, index) of the open headings
    block = None
    for k, h in enumerate(heads):
        if h.block != block:
            block, parents = h.block, []
        while parents and parents[-1][0] >= h.level:
            parents.pop()
        parent = parents[-1][1] if parents else -1
        if h.label and cn_int(h.label) is not None:
            groups.setdefault((h.block, h.level, parent), []).append(h)
        parents.append((h.level, k))
    return list(groups.values())


def heading_sequence(report: Report, settings: Settings) -> Iterator[Result]:
    heads = report.headings or find_headings(report.text)
    checked: dict[int, list[Heading]] = {}
    first = min((h for h in heads if h.block == 0 and h.label), key=lambda h: h.start, default=None)
    for seq in sequences(heads):
        numbers: list[int | None] = [cn_int(h.label) for h in seq]
        breaks = numbering_breaks(numbers, restart_ok=False)
        broken = {b.index for b in breaks}
        checked.setdefault(seq[0].level, []).extend(h for k, h in enumerate(seq) if k not in broken)
        for b in breaks:
            h, n = seq[b.index], numbers[b.index]
            prev = seq[b.prev] if b.prev is not None else None
            if prev is None:
                what = f"从 {_label(h)} 开始"
            elif n == numbers[b.prev]:  # type: ignore[index]
                what = f"{_label(prev)} 重复"
            elif (n or 0) < (numbers[b.prev] or 0):  # type: ignore[index]
                what = f"{_label(prev)} 之后倒退为 {_label(h)}"
            else:
                missing = set(range((numbers[b.prev] or 0) + 1, n or 0))  # type: ignore[index]
                if missing and missing <= labels_written(report.text, prev.end, h.start, h.level):
                    continue  # 一、…二、…三、 where 二、 opens a paragraph too long for a title: nothing is skipped
                what = f"{_label(prev)} 之后跳到 {_label(h)}"
            ev = [(prev.start, prev.end)] if prev else []
            opens_untitled = prev is None and h is first and report.meta.title is None
            if opens_untitled:
                # a text with no title whose first heading is not its first part: a part of a report, as copied
                what += "（文本无标题，可能是节选）"
            yield finding(
                report,
                RULE,
                Severity.WARNING if h.level <= 2 and not opens_untitled else Severity.INFO,
                f"第{h.level}级标题编号{what}，应为 {to_chinese(b.expected)}",
                [*ev, (h.start, h.end)],
                expected=b.expected,
                reported=n,
            )
    for level, hs in sorted(checked.items()):
        if len(hs) >= 2:
            hs.sort(key=lambda h: h.start)
            yield verified(
                report,
                RULE,
                f"第{level}级标题编号连续（{len(hs)} 个）",
                [(hs[0].start, hs[0].end), (hs[-1].start, hs[-1].end)],
            )
