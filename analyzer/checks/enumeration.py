"""``enumeration_count_mismatch``: a stated count against the items listed with it.

* A count, then its items: "事项4件，涉及A、B、C、D等方面" (split at 、; a list ending
  in 等 only bounds the count from below: more items than the count is an error,
  fewer is fine; a closed list must match: warning).  When the items are numbered
  ("三个部分：一、…二、…", "三个方面：一是…二是…", "两个方面：一方面…另一方面…",
  首先/其次/最后) the numbered items are counted, not the 、 inside them.
* A list, then its count: "由A、B、C、D、E等六部分组成".  Closed, or 等 before the
  count with the list one short of it (a part forgotten, not examples): warning.
* 一是、二是、四是: an item number skipped or repeated (warning).  首先 stands for
  一是; a list nested inside an item (一是…其中一是…二是…二是) is no repeat.

Not counts: an article number (宪法第十条), a breakdown whose items carry counts
of their own ("21个指标，包括13个…、8个…": 13 + 8 = 21 is arithmetic, not a list).
The words come from ``analyzer/data/enumeration_terms.tsv`` and ``ordinal_words.tsv``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..data import grouped_words, tsv, where
from ..errors import DataFileError
from ..numbers import cn_int  # also the reader checks.enumeration.cn_int once was
from ..outline import first_run, numbering_breaks
from ..settings import Settings
from ..types import Report, Severity
from .base import Result, finding, verified
from .where import section_at

RULE = "enumeration_count_mismatch"

# --- small named pieces ---------------------------------------------------------------
# Chinese numeral characters of a count or an item number
_CN = "一二两三四五六七八九十"
# Chinese numeral characters of an item number (两 counts, it never numbers: 两是 is no item)
_ITEM_CN = "一二三四五六七八九十"
# a count starts with a digit or a Chinese numeral (a pure lookahead: lets the scan skip text fast)
_COUNT_FIRST = rf"(?=[\d{_CN}])"
# the stated count: Arabic or Chinese numerals
_COUNT = _COUNT_FIRST + rf"(?P<n>\d{{1,2}}|[{_CN}]{{1,3}})"
# where an item marker may stand: a clause start (full- or half-width punctuation, a space)
_CLAUSE_START = r"(?:^|(?<=[。；;：:，,！!？?\s\u3000]))"
# an item number 一是 / 二是
_SHI = rf"(?P<shi>[{_ITEM_CN}]{{1,2}})是"
# an inline label 一、 / （一） inside a paragraph
_LABEL = rf"(?:(?P<lab>[{_ITEM_CN}]{{1,3}})、|[（(](?P<plab>[{_ITEM_CN}]{{1,3}})[）)])"
# an item that carries a count of its own (13个预期性指标): the list is a breakdown
_COUNTED_ITEM = re.compile(rf"(?:\d+(?:\.\d+)?|[{_CN}百千万]+)[个项件类种条批名人家所]")
# words the last item of A、B和C may join
_JOINED = re.compile(r".(?:和|及|以及|与).")
# the longest list, item and clause read
_MAX_ITEMS_CHARS = 200
# the items after a count: one clause, up to its end (a comma means the list goes on: not read)
_CLAUSE = re.compile(rf"[^。；;：:（）()，,\n]{{2,{_MAX_ITEMS_CHARS}}}(?=[。；;\n]|$)")
_MAX_ITEM = 30


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@dataclass(frozen=True)
class _Patterns:
    counted: re.Pattern[str]  # a count, its noun, then the opener of its items
    count_after: re.Pattern[str]  # a list, then its count
    markers: re.Pattern[str]  # 一是 / 首先 / 一方面 at a clause start
    labels: re.Pattern[str]  # 一、 / （一） at a clause start
    ordinals: dict[str, tuple[str, int | None]]  # word -> (chain, number; None for "last")


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    terms = grouped_words("enumeration_terms.tsv")
    ordinals: dict[str, tuple[str, int | None]] = {}
    for no, (chain, number, word) in tsv("ordinal_words.tsv", 3):
        if number != "last" and not number.isdigit():
            raise DataFileError(where("ordinal_words.tsv"), no, f"number must be a digit or 'last', got {number!r}")
        ordinals[word] = (chain, None if number == "last" else int(number))
    cls = _alt(terms["classifier"] + terms["intro"])
    opener = rf"(?:主要)?(?:{_alt(terms['opener'])})"
    counted = re.compile(
        _COUNT
        + rf"(?P<cls>{cls})(?P<noun>[^，。；：:、\d\n]{{0,12}}?)"
        + rf"(?P<sep>[，,]\s*{opener}|[：:]|{opener}|。)"
    )
    count_after = re.compile(
        rf"(?:{_alt(terms['list_first'])})(?P<items>[^。；;：:，,（）()\n\d]{{2,{_MAX_ITEMS_CHARS}}}?)"
        rf"(?:(?P<etc>等)|共|共计)?{_COUNT}(?P<cls>{_alt(terms['list_count'])})(?P<close>{_alt(terms['list_close'])})?"
    )
    markers = re.compile(_CLAUSE_START + rf"(?:{_SHI}|(?P<word>{_alt(tuple(ordinals))}))")
    labels = re.compile(_CLAUSE_START + _LABEL)
    return _Patterns(counted, count_after, markers, labels, ordinals)


# --- item markers ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Item:
    number: int | None  # None: "the next one" (最后)
    start: int
    end: int


def _marker_items(text: str, start: int, end: int) -> list[_Item]:
    """一是/二是 and the ordinal words of ``[start, end)``; a word numbered 2 or more counts only in
    a list its own chain opened (其次 after 首先, 另一方面 after 一方面)."""
    pats = _patterns()
    out: list[_Item] = []
    chain: str | None = None  # the chain that opened the current list ("" for 一是)
    for m in pats.markers.finditer(text, start, end):
        if m["shi"]:
            n = cn_int(m["shi"])
            if n is None:
                continue
            if n == 1:
                chain = ""
            out.append(_Item(n, m.start(), m.end()))
            continue
        word_chain, n = pats.ordinals[m["word"]]
        if n == 1:
            chain = word_chain
        elif word_chain != chain:
            continue  # 其次 in a 一是 list, 最后 closing a paragraph: not an item number
        out.append(_Item(n, m.start(), m.end()))
    return out


def _label_items(text: str, start: int, end: int) -> list[_Item]:
    out = []
    for m in _patterns().labels.finditer(text, start, end):
        n = cn_int(m["lab"] or m["plab"])
        if n is not None:
            out.append(_Item(n, m.start(), m.end()))
    return out


def _first_run(items: list[_Item]) -> list[_Item]:
    """The items of the list the first item opens (1, 2, 3 …; a nested list inside is skipped)."""
    return [items[k] for k in first_run([it.number for it in items])]


# --- the three forms --------------------------------------------------------------------


def _section_end(report: Report, pos: int) -> int:
    sec = section_at(report, pos)
    end = sec.end if sec is not None and sec.level > 0 else len(report.text)
    nxt = [h.start for h in report.headings if h.start > pos]
    return min([end, *nxt]) if nxt else end


def _is_ordinal(text: str, start: int) -> bool:
    """第十条, 第三批: an article or batch number, not a count; 2024 or 12 inside a longer number."""
    before = text[start - 1] if start else ""
    return before == "第" or before.isdigit()


def _items(raw: str) -> list[str]:
    return [p.strip() for p in raw.split("、") if p.strip()]


def _counted(report: Report) -> Iterator[Result]:
    text = report.text
    pats = _patterns()
    for m in pats.counted.finditer(text):
        n = cn_int(m["n"])
        if n is None or n < 2 or n > 30 or _is_ordinal(text, m.start("n")):
            continue
        after = m.end()
        while after < len(text) and text[after] in " \t\u3000：:":
            after += 1  # 包括：一是…
        label = f"{m['n']}{m['cls']}"
        ev_count = (m.start("n"), m.end("cls"))
        para_end = text.find("\n", after)
        para_end = len(text) if para_end == -1 else para_end
        first_marker = pats.markers.match(text, after) or pats.labels.match(text, after)
        if first_marker is not None:
            by_label = pats.labels.match(text, after) is not None
            end = _section_end(report, after)
            items = _label_items(text, after, para_end) if by_label else _marker_items(text, after, end)
            run = _first_run(items)
            k = len(run)
            if k < 2:
                continue  # one item found: the list was not read, say nothing
            ev = [ev_count, (run[0].start, run[-1].end)]
            if k == n:
                yield verified(report, RULE, f"{label}: 列出 {k} 项（{text[run[0].start : run[0].end]}…）", ev)
                continue
            in_paragraph = run[-1].start < para_end
            sev = Severity.ERROR if k > n and in_paragraph else Severity.WARNING
            msg = f"称 {label}，列出 {k} 项（{text[run[0].start : run[0].end]}…）"
            yield finding(report, RULE, sev, msg, ev, expected=k, reported=n)
            continue
        if m["sep"] == "。":
            continue  # a sentence ends after the count: no list follows
        clause = _CLAUSE.match(text, after)
        if clause is None:
            continue
        yield from _closed_or_open(report, n, label, ev_count, after, clause.group(0))


def _closed_or_open(
    report: Report, n: int, label: str, ev_count: tuple[int, int], start: int, raw: str
) -> Iterator[Result]:
    """The items of ``raw`` split at 、 against the count ``n`` (a list ending in 等 bounds it from below)."""
    items = _items(raw)
    if len(items) < 2 or any(len(i) > _MAX_ITEM for i in items):
        return
    if all(_COUNTED_ITEM.match(i) for i in items):
        return  # a breakdown (13个…、8个…): the parts rules check its sum
    etc = "等" in items[-1]
    if etc:
        items[-1] = items[-1].split("等")[0]
    k = len(items)
    k_hi = k + (1 if _JOINED.search(items[-1]) else 0)
    ev = [ev_count, (start, start + len(raw))]
    if k <= n <= k_hi or (etc and k < n):
        yield verified(report, RULE, f"{label}: 列出 {k} 项{'（等）' if etc else ''}", ev)
    elif k > n:
        yield finding(report, RULE, Severity.ERROR, f"称 {label}，却列出 {k} 项", ev, expected=k, reported=n)
    else:
        yield finding(report, RULE, Severity.WARNING, f"称 {label}，只列出 {k_hi} 项", ev, expected=k_hi, reported=n)


def _count_after(report: Report) -> Iterator[Result]:
    """由A、B、C等三部分组成: the count closes the list.

    The count must be bound to the list: 等/共 before it or 组成/构成 after it (围绕A、B、C提出5项指标
    counts something else).  A part's name may hold a 、 of its own (政府信息公开行政复议、行政诉讼情况),
    so more items than the count proves nothing; fewer does.  等 before a count usually closes a
    complete list but may stand for parts left unnamed: fewer items is a slip then only when the
    list is one short of the count (a part forgotten) and names three or more.
    """
    text = report.text
    for m in _patterns().count_after.finditer(text):
        n = cn_int(m["n"])
        if n is None or n < 2 or n > 30:
            continue
        bound = m["close"] or text[m.start("n") - 1] in "等共计" or text[m.start("n") - 1] in "”」"
        items = _items(m["items"])
        if len(items) < 2 or any(len(i) > _MAX_ITEM for i in items):
            continue
        if not bound:
            continue
        if any(_COUNTED_ITEM.search(i) for i in items):
            continue  # a breakdown, or a count inside the last item (A、B三个维度设置了五项)
        k = len(items)
        k_hi = k + (1 if _JOINED.search(items[-1]) else 0)
        label = f"{m['n']}{m['cls']}"
        ev = [(m.start("items"), m.end("items")), (m.start("n"), m.end("cls"))]
        if k <= n <= k_hi:
            yield verified(report, RULE, f"{label}: 列出 {k} 项", ev)
        elif k < n and (not m["etc"] or (k_hi == n - 1 and k >= 3)):
            yield finding(
                report, RULE, Severity.WARNING, f"称 {label}，只列出 {k_hi} 项", ev, expected=k_hi, reported=n
            )


# a list of three or more short items right before a count of them: 黄河、淮河、海河、长江四大流域,
# “对标对表、…、久久为功”五种意识 (an item is at most 14 characters, no digits, no clause mark)
_LIST_ITEM = r"[^，,。；;：:、\d\n“”（）()]{1,14}"
_LIST_THEN_COUNT = re.compile(
    rf"“?(?P<items>(?:{_LIST_ITEM}、){{2,15}}{_LIST_ITEM})”?{_COUNT}(?P<cls>个|大|种|项|条|类|支|座|家|方面|维度|领域)"
)


def _list_then_count(report: Report) -> Iterator[Result]:
    """The items right before a count agree with it: verified (anything else is left unsaid: the count may be
    of something the list is not, and an item may hold a 、 of its own)."""
    text = report.text
    for m in _LIST_THEN_COUNT.finditer(text):
        n = cn_int(m["n"])
        items = _items(m["items"])
        if n is None or any(_COUNTED_ITEM.search(i) for i in items):
            continue
        if text[m.end() : m.end() + 1] in ("字", "词"):
            continue  # “巩固、增强、提升、畅通”八个字: a count of characters, not of the items
        ev = [(m.start("items"), m.end("items")), (m.start("n"), m.end("cls"))]
        if n == len(items):
            yield verified(report, RULE, f"{m['n']}{m['cls']}: 列出 {n} 项", ev)
        elif m.group(0).startswith("“") and text[m.end("items") : m.start("n")] == "”" and 2 <= n <= 30:
            # “A、B、C”四种意识: a list quoted as one whole and counted right after its closing quote
            yield finding(
                report,
                RULE,
                Severity.WARNING,
                f"称 {m['n']}{m['cls']}，引号内列出 {len(items)} 项",
                ev,
                expected=len(items),
                reported=n,
            )


def _sequence(report: Report) -> Iterator[Result]:
    text = report.text
    bounds = sorted({0, len(text), *(h.start for h in report.headings)})
    for s, e in itertools.pairwise(bounds):
        items = _marker_items(text, s, e)
        for b in numbering_breaks([it.number for it in items], restart_ok=True):
            it = items[b.index]
            mark = text[it.start : it.end]
            if b.prev is None:
                msg = f"条目编号跳过: 从 {mark} 开始"
            else:
                prev = items[b.prev]
                word = "重复" if (it.number or 0) <= b.expected - 1 else "跳过"
                msg = f"条目编号{word}: {text[prev.start : prev.end]}之后为 {mark}"
            yield finding(
                report,
                RULE,
                Severity.WARNING,
                msg,
                [(it.start, it.end)],
                expected=b.expected,
                reported=it.number,
            )


def enumeration_count_mismatch(report: Report, settings: Settings) -> Iterator[Result]:
    yield from _counted(report)
    yield from _count_after(report)
    yield from _list_then_count(report)
    yield from _sequence(report)
