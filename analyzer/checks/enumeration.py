"""``enumeration_count_mismatch``: a stated count against the items listed after it.

* "事项4件，涉及A、B、C、D等方面": the items after 涉及/包括/即/：, split at 、;
  a list ending in 等 only bounds the count from below (more items than the
  count is an error, fewer is fine); a closed list must match (warning).
* "抓好三个方面：一是…二是…": the 是-items that follow in the section.
* 一是、二是、四是: an item number skipped or repeated (warning).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ..numbers import cn_int, to_chinese
from ..settings import Settings
from ..types import Report, Severity
from .base import Result, finding, verified
from .where import section_at

RULE = "enumeration_count_mismatch"

# a count starts with a digit or a Chinese numeral (a pure lookahead: lets the scan skip text fast)
_COUNT_FIRST = r"(?=[\d一二两三四五六七八九十])"
# the stated count: Arabic or Chinese numerals
_COUNT = _COUNT_FIRST + r"(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})"
# the classifier after it
_CLASSIFIER = r"(?P<cls>件|项|个|条|类|方面|大类|种|批)"
# words that open the list of items
_OPENER = r"(?:主要)?(?:涉及|包括|包含|分别是|分别为|即|主要有|内容为)"
# a count, its noun, then the opener (or a colon) and the list
_LISTED = re.compile(
    _COUNT
    + _CLASSIFIER
    + r"(?P<noun>[^，。；：:、\d]{0,10}?)(?:[，,]\s*"
    + _OPENER
    + r"|[：:]|"
    + _OPENER
    + r")(?P<items>[^。；：:（）()，,]{2,200})(?=[。；]|$)"
)
# "三个方面：一是"
_INTRO_SHI = re.compile(_COUNT + r"(?P<cls>个方面|方面|项措施|项工作|项|个|条|点)[^，。；：]{0,12}?[：:。]\s*(?=一是)")
# an item marker 一是/二是 at a clause start
_SHI = re.compile(r"(?=[一二三四五六七八九十])(?:^|(?<=[。；：:，,\s\u3000]))(?P<n>[一二三四五六七八九十]{1,2})是")


def _items(raw: str) -> list[str]:
    """The items split at 、 (a final 和/及 may or may not join two more: see ``_count``)."""
    return [p.strip() for p in re.split(r"[、]", raw) if p.strip()]


def _joined(last: str) -> bool:
    """True when the last item may be two joined by 和/及 (A、B和C)."""
    return bool(re.search(r".和.|.及.|.以及.", last))


def _listed(report: Report) -> Iterator[Result]:
    text = report.text
    for m in _LISTED.finditer(text):
        n = cn_int(m.group("n"))
        if n is None or n < 2 or n > 30:
            continue
        if m.group("n").isdigit() and m.start("n") > 0 and text[m.start("n") - 1].isdigit():
            continue
        items = _items(m.group("items"))
        if len(items) < 2 or any(len(i) > 30 for i in items):
            continue
        etc = False
        if "等" in items[-1]:
            items[-1] = items[-1].split("等")[0]
            etc = True
        k = len(items)
        k_hi = k + (1 if _joined(items[-1]) else 0)
        ev = [(m.start("n"), m.end("cls")), (m.start("items"), m.end("items"))]
        if k <= n <= k_hi or (etc and k < n):
            yield verified(report, RULE, f"{m.group('n')}{m.group('cls')}: 列出 {k} 项{'（等）' if etc else ''}", ev)
        elif k > n:
            yield finding(
                report,
                RULE,
                Severity.ERROR,
                f"称 {m.group('n')}{m.group('cls')}，却列出 {k} 项",
                ev,
                expected=k,
                reported=n,
            )
        else:
            yield finding(
                report,
                RULE,
                Severity.WARNING,
                f"称 {m.group('n')}{m.group('cls')}，只列出 {k_hi} 项",
                ev,
                expected=k_hi,
                reported=n,
            )


def _section_end(report: Report, pos: int) -> int:
    sec = section_at(report, pos)
    end = sec.end if sec is not None and sec.level > 0 else len(report.text)
    nxt = [h.start for h in report.headings if h.start > pos]
    return min([end, *nxt]) if nxt else end


def _shi_items(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(number, start, end) of each 一是/二是 in ``[start, end)``."""
    out = []
    for m in _SHI.finditer(text, start, end):
        v = cn_int(m.group("n"))
        if v is not None:
            out.append((v, m.start(), m.end()))
    return out


def _intro(report: Report) -> Iterator[Result]:
    text = report.text
    if "一是" not in text:  # the pattern ends before a 一是: nothing to scan for
        return
    for m in _INTRO_SHI.finditer(text):
        n = cn_int(m.group("n"))
        if n is None or n < 2:
            continue
        items = _shi_items(text, m.end(), _section_end(report, m.end()))
        seq = []
        for v, _, _ in items:
            if v == len(seq) + 1:
                seq.append(v)
            elif v == 1:
                break
        k = len(seq)
        ev = [(m.start("n"), m.end("cls"))]
        if k == n:
            yield verified(report, RULE, f"{m.group('n')}{m.group('cls')}: 列出 {k} 项（一是…）", ev)
        elif k:
            sev = Severity.ERROR if k > n else Severity.WARNING
            yield finding(
                report,
                RULE,
                sev,
                f"称 {m.group('n')}{m.group('cls')}，列出 {k} 项（一是…）",
                ev,
                expected=k,
                reported=n,
            )


def _sequence(report: Report) -> Iterator[Result]:
    text = report.text
    bounds = sorted({0, len(text), *(h.start for h in report.headings)})
    for s, e in itertools.pairwise(bounds):
        prev = 0
        for v, a, b in _shi_items(text, s, e):
            if v == 1 or v == prev + 1:
                prev = v
                continue
            word = "重复" if v <= prev else "跳过"
            yield finding(
                report,
                RULE,
                Severity.WARNING,
                f"条目编号{word}: {to_chinese(prev)}是之后为 {text[a:b]}",
                [(a, b)],
                expected=prev + 1,
                reported=v,
            )
            prev = v


def enumeration_count_mismatch(report: Report, settings: Settings) -> Iterator[Result]:
    yield from _listed(report)
    yield from _intro(report)
    yield from _sequence(report)
