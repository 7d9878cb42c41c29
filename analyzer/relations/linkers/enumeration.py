"""Linker ``enumeration``: a stated count against the items listed with it (``enumeration`` relations).

The relation's result is the stated count (六部分 → 6, exact); its one operand is
the list as read: the number of items, an interval when the reading allows more
than one (A、B和C: 3 or 4 items; a list ending in 等 read as examples: at least
its items).  The list's structure decides how it is read:

* a count, then its items: "事项4件，涉及A、B、C、D等方面" (split at 、); numbered
  items ("三个部分：一、…二、…", "三个方面：一是…二是…", "两个方面：一方面…另一方面…",
  首先/其次/最后): the numbered items are counted, not the 、 inside them;
* a list, then its count: "由A、B、C、D、E等六部分组成" (bound by 由…组成, 等 or 共;
  a report's parts may be separated by ，, a part's name may hold a 、 of its own:
  政府信息公开行政复议、行政诉讼情况);
* a list right before its count: "黄河、淮河、海河、长江四大流域", “A、B、C”三种意识,
  "A、B、C“三大体系”", its last item two joined by 以及 and so longer than one; two items are enough when a list of their own closes right
  before them (省、市、县三级和园区、高校两类); two items one short of their count are flagged only when read from
  their clause's start, no counted list before them in the sentence (推进长春、白山3个城市; ``_two_read_whole``);
  a quoted count after 实现 (A、B、C实现“三个全覆盖”);
* a count of measures (``far_noun``: 五项制度) whose 一是…二是… items open a sentence
  or two later in its paragraph, with no other count between (read back from the
  first item: 一是 is rarer than a numeral);
* an opener and a colon together read as the colon ("15件民生实事，包括：A；B；…；O。": its ；-clauses, its lines);
* items on the lines after the colon ("把握好5个方面：⏎一是…⏎…⏎二是…"), 一要…二要…
  items like 一是 (a 要-item counts only in a list 一要 opened: 三要素 is none);
* titles right before their count ("《A》《B》《C》等3件"); a quoted list named by a
  character every item holds (“算力、算法、算据、算网”四算一体) or by 措 (五措并举);
  the rest of a sentence listing items that each repeat the counted noun
  ("8条…走廊，东向A走廊、B走廊，西向…"); a named count whose clauses each repeat its
  name ("“三个高于”，即：A高于上年，B高于上年，C高于上年");
* a counted slogan its glossary defines ("［3］五互一共：⏎中外互鉴、…、学分互认、管理共商", and the text's
  “五互一共”［3］; a slogan of one count, ［15］两新：⏎A设备更新和B以旧换新, its two items joined by 和): each part
  counts the items holding its noun; the ordinal after a list ("继奶业、玉米、
  肉羊之后第4个"): the items and the one it names; a counted slogan and the names in the bracket right after it
  ("“三河三湖”（淮河海河辽河、太湖巢湖滇池）": one 、-piece per part, its names run on; or one name per 、); a
  slogan of one-character nouns and the items after it in its sentence that each open with one ("“六保”工作，强化保
  居民就业、保基本民生、…"), linked only where every part has as many as it counts; a count opening its sentence
  with 这 ("…，…。这两件大事") against the clauses of the sentence before, linked only where they are as many.

A list ending in 等 only bounds the count from below, unless the count is one
more than its items (a part forgotten, not examples: the 等 closes the list).  A
count well above a closed list (新开、复航、加密44条航线) counts something else:
no link.  More items than the count is a sure finding when the list was read
from the count onward; fewer is less sure (items the reader may have missed).

Not counts: an article number (宪法第十条), a breakdown whose items carry counts
of their own ("21个指标，包括13个…、8个…": 13 + 8 = 21 is arithmetic, not a list).
The words come from ``analyzer/data/enumeration_terms.tsv`` and ``ordinal_words.tsv``.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TypeGuard

import regex

from ...cache import by_identity
from ...data import grouped_words, tsv, where
from ...errors import DataFileError
from ...intervals import Interval
from ...numbers import cn_int
from ...outline import first_run
from ...types import Heading, MetricKind, Report
from ..linking import sentence_bounds
from ..mentions import Mention
from ..model import Relation, RelationKind
from ..where import section_at

LINKER = "enumeration"
# a list read from its count onward (numbered items in the count's paragraph, a 、 clause after a count):
# more items than the count cannot be a misreading
SURE = 0.9
# a list whose reading may miss items (fewer than the count; numbered items running past the paragraph), or
# whose count may be of a part of it (a list then its count; a list right before its count: fewer items said of three or more only)
UNSURE = 0.6
# a list that runs to the end of a cut text (八项工作：一是…六是着): items may follow that the excerpt lost, so
# fewer items than the count is said as info at most
CUT_OFF = 0.4
# what ends a text that is not cut mid-sentence (a closing quote or bracket after it)
_TEXT_END = "。！？!?…"
_CLOSERS = "”’」』）)"
# how far before the text's end a list may end and still run to it (the cut word's characters)
_CUT_SLACK = 2
# the most items a closed list may fall short of its count and still be its list (else the count is of
# something else: 新开、复航、加密44条)
_SHORT_MAX = 2

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
# ... the delimiter before it, as a ``re`` class (the spaces of the regex module's \s: re's also holds \x1c-\x1f)
_CLAUSE_DELIMITER = "[。；;：:，,！!？?\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
# an item number 一是 / 二是, or 一要 / 二要 (a 要-item counts only in a list 一要 opened: 三要素 is none)
_SHI = rf"(?P<shi>[{_ITEM_CN}]{{1,2}})(?P<suf>是|要)"
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
# a stand-in for the 、 inside one item's name while a list is split
_KEEP = "\u2063"
# a Chinese character or an opening quote; Chinese characters only (compiled at import: a class of the CJK range
# costs milliseconds to compile)
_CJK_OR_QUOTE = re.compile(r"[\u4e00-\u9fff“]")
_ALL_CJK = re.compile(r"[\u4e00-\u9fff]+")


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@dataclass(frozen=True)
class _Patterns:
    counted: re.Pattern[str]  # a count, its noun, then the opener of its items
    count_after: re.Pattern[str]  # a list, then its count
    markers: regex.Pattern[str]  # 一是 / 首先 / 一方面 at a clause start
    labels: regex.Pattern[str]  # 一、 / （一） at a clause start
    # the same two read from the text's start, and after the delimiter a clause starts at (``_at_clause_starts``)
    marker_scan: tuple[re.Pattern[str], re.Pattern[str]]
    label_scan: tuple[re.Pattern[str], re.Pattern[str]]
    ordinals: dict[str, tuple[str, int | None]]  # word -> (chain, number; None for "last")
    joined: tuple[str, ...]  # item names holding a 、
    list_verb: re.Pattern[str]  # a last item ending in a verb: the count after it is not the list's
    not_counted: re.Pattern[str]  # what follows a count that does not count items (字, 月)
    far: re.Pattern[str]  # a count of measures whose items may start a sentence or two later (五项制度)
    far_end: re.Pattern[str]  # a count's words ending in a noun of measures (八个方面重点工作)


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    terms = grouped_words("enumeration_terms.tsv")
    ordinals: dict[str, tuple[str, int | None]] = {}
    for no, (chain, number, word) in tsv("ordinal_words.tsv", 3):
        if number != "last" and not number.isdigit():
            raise DataFileError(where("ordinal_words.tsv"), no, f"number must be a digit or 'last', got {number!r}")
        ordinals[word] = (chain, None if number == "last" else int(number))
    # (the classifiers of a repeated noun join the scan: 8条…走廊，A走廊、B走廊 is read in the same pass, its ，
    # last: no other reading of the count ends there, a half-width , may sit inside a noun)
    cls = _alt(terms["classifier"] + terms["intro"] + terms["head_classifier"])
    opener = rf"(?:主要)?(?:{_alt(terms['opener'])})"
    counted = re.compile(
        _COUNT
        + rf"(?P<cls>{cls})(?P<noun>[^，。；：:、\d\n]{{0,12}}?)"
        + rf"(?P<sep>[，,]\s*{opener}|[：:]|{opener}|。|，)"
    )
    # a report's parts may be separated by ，(政府信息公开行政复议、行政诉讼情况，存在的主要问题…)
    count_after = re.compile(
        rf"(?:{_alt(terms['list_first'])})(?P<items>[^。；;：:（）()\n\d]{{2,{_MAX_ITEMS_CHARS}}}?)"
        rf"(?:(?P<etc>等)|共|共计)?{_COUNT}(?P<cls>{_alt(terms['list_count'])})(?P<close>{_alt(terms['list_close'])})?"
    )
    # (the regex module: these two run over whole sections, and it skips to a candidate about 3x faster)
    marker = rf"(?:{_SHI}|(?P<word>{_alt(tuple(ordinals))}))"
    markers = regex.compile(_CLAUSE_START + marker)
    labels = regex.compile(_CLAUSE_START + _LABEL)
    return _Patterns(
        counted,
        count_after,
        markers,
        labels,
        (re.compile(marker), re.compile(_CLAUSE_DELIMITER + marker)),
        (re.compile(_LABEL), re.compile(_CLAUSE_DELIMITER + _LABEL)),
        ordinals,
        terms["joined"],
        re.compile(rf"(?:{_alt(terms['list_verb'])})$"),
        re.compile(rf"(?:{_alt(terms['not_counted'])})"),
        re.compile(
            _COUNT + rf"(?P<cls>{_alt(('项', '个', '条', '大', '种', '类'))})(?P<noun>[^，。；：:、\d\n]{{0,6}}?)"
            rf"(?:{_alt(terms['far_noun'])})(?=[，,。；;])"
        ),
        re.compile(rf"(?:{_alt(terms['far_noun'])})$"),
    )


# --- item markers ---------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    number: int | None  # None: "the next one" (最后)
    start: int
    end: int


def marker_items(text: str, start: int, end: int) -> list[Item]:
    """一是/二是 and the ordinal words of ``[start, end)``; a word numbered 2 or more counts only in
    a list its own chain opened (其次 after 首先, 另一方面 after 一方面)."""
    pats = _patterns()
    out: list[Item] = []
    chain: str | None = None  # the chain that opened the current list ("" for 一是)
    for at, m in _at_clause_starts(pats.marker_scan, text, start, end):
        if m["shi"]:
            n = cn_int(m["shi"])
            if n is None:
                continue
            suffix = "" if m["suf"] == "是" else m["suf"]
            if n == 1:
                chain = suffix
            elif suffix and chain != suffix:
                continue  # 二要 with no 一要 before it
            out.append(Item(n, at, m.end()))
            continue
        word_chain, n = pats.ordinals[m["word"]]
        if n == 1:
            chain = word_chain
        elif word_chain != chain:
            continue  # 其次 in a 一是 list, 最后 closing a paragraph: not an item number
        out.append(Item(n, at, m.end()))
    return out


def _label_items(text: str, start: int, end: int) -> list[Item]:
    out = []
    for at, m in _at_clause_starts(_patterns().label_scan, text, start, end):
        n = cn_int(m["lab"] or m["plab"])
        if n is not None:
            out.append(Item(n, at, m.end()))
    return out


def _at_clause_starts(
    scan: tuple[re.Pattern[str], re.Pattern[str]], text: str, start: int, end: int
) -> Iterator[tuple[int, re.Match[str]]]:
    """(where it starts, its match) of each item marker in ``[start, end)`` at a clause start, in order, none
    overlapping: what ``_CLAUSE_START + marker`` finds there (``scan``: the marker, and the marker after a clause
    delimiter, read with it: ``re`` skips text to a delimiter, where a look-behind first is tried at every offset)."""
    at_start, after = scan
    pos = start
    if start == 0:
        first = at_start.match(text, 0, end)
        if first is not None:
            yield 0, first
            pos = first.end()
    # the delimiter before a marker may be the last character of the one before (第一，二是): read from there
    pos = max(0, pos - 1)
    while (m := after.search(text, pos, end)) is not None:
        yield m.start() + 1, m
        pos = m.end() - 1


def _first_run(items: list[Item]) -> list[Item]:
    """The items of the list the first item opens (1, 2, 3 …; a nested list inside is skipped)."""
    return [items[k] for k in first_run([it.number for it in items])]


# --- the figures of a relation ----------------------------------------------------------


def _count(text: str, start: int, end: int, n: int, unit: str) -> Mention:
    """The stated count at ``[start, end)`` (六部分): exact."""
    return Mention(
        float(n), Interval(n, n), unit, MetricKind.COUNT, 0, None, start, end, start, end, str(n), text[start:end]
    )


def _listed(text: str, start: int, end: int, low: int, high: float) -> Mention:
    """The list at ``[start, end)`` read as ``low``–``high`` items (``high`` inf: a list ending in 等)."""
    raw = f"{low}" if high == low else (f"{low}+" if math.isinf(high) else f"{low}–{int(high)}")
    return Mention(
        float(low), Interval(low, high), "项", MetricKind.COUNT, 0, None, start, end, start, end, raw, text[start:end]
    )


def _relation(
    text: str,
    count: tuple[int, int],
    n: int,
    unit: str,
    items: tuple[int, int],
    k: int,
    k_hi: int,
    etc: bool,
    confidence: float,
    closing_etc: bool = True,
) -> Relation | None:
    """The relation of a count and its list, read as the text's structure allows (None: not its list).

    A list ending in 等 is examples (at least its items) unless the count is one more than its items and it
    names three or more (等 then closes it: a part forgotten; not after a count: 事项4件，涉及A、B、C等方面 names
    examples of what the items are about).  A closed list far short of the count is not the count's list.
    """
    high: float = k_hi
    if etc and not (closing_etc and n == k_hi + 1 and k >= 3):
        high = math.inf
    elif n > k_hi + _SHORT_MAX:
        return None
    if n < k or n > high:
        # fewer items than the count: the reader may have missed some
        confidence = confidence if n < k else min(confidence, UNSURE)
    label = text[count[0] : count[1]]
    return Relation(
        RelationKind.ENUMERATION,
        (_listed(text, items[0], items[1], k, high),),
        _count(text, count[0], count[1], n, unit),
        LINKER,
        confidence,
        cue=count,
        name=label,
    )


def _count_and_list(
    text: str, m: re.Match[str] | regex.Match[str], n: int, k: int, k_hi: int, closing_etc: bool = True
) -> Relation | None:
    """``_relation`` of a match holding the count (groups ``n``, ``cls``), its list (``items``) and an optional 等
    (``etc``): the forms whose pattern reads the list and the count together."""
    return _relation(
        text,
        (m.start("n"), m.end("cls")),
        n,
        m["cls"],
        (m.start("items"), m.end("items")),
        k,
        k_hi,
        bool(m["etc"]),
        UNSURE,
        closing_etc=closing_etc,
    )


def _split(raw: str) -> list[str]:
    """Items of a list: at ， when it has any (the 、 then joins words inside one item), else at 、."""
    for word in _patterns().joined:
        raw = raw.replace(word, word.replace("、", _KEEP))
    sep = "，" if "，" in raw else ("," if "," in raw else "、")
    return [p.strip().replace(_KEEP, "、") for p in raw.split(sep) if p.strip()]


def _items(raw: str) -> list[str]:
    for word in _patterns().joined:
        raw = raw.replace(word, word.replace("、", _KEEP))
    return [p.strip().replace(_KEEP, "、") for p in raw.split("、") if p.strip()]


# --- the three forms --------------------------------------------------------------------


@by_identity(maxsize=8)
def _heading_starts(report: Report) -> list[int]:
    return [h.start for h in report.headings]


def _next_heading(report: Report, pos: int) -> int:
    """The index of the first heading that starts after ``pos`` (len(headings): none)."""
    return bisect.bisect_right(_heading_starts(report), pos)


def _section_end(report: Report, pos: int) -> int:
    sec = section_at(report, pos)
    end = sec.end if sec is not None and sec.level > 0 else len(report.text)
    i = _next_heading(report, pos)
    return min(end, report.headings[i].start) if i < len(report.headings) else end


# the counts a list is checked against: at least two items, at most this many (a larger count is of other things)
_MAX_COUNT = 30


def _checkable(n: int | None) -> TypeGuard[int]:
    """Whether a stated count is one a list can be checked against (2 to ``_MAX_COUNT`` items)."""
    return n is not None and 2 <= n <= _MAX_COUNT


def _is_ordinal(text: str, start: int) -> bool:
    """第十条, 第三批: an article or batch number, not a count; 2024 or 12 inside a longer number."""
    before = text[start - 1] if start else ""
    return before == "第" or before.isdigit()


# a numbered line: 1. / 1、 / （1） / ① / （一） at the start of a line (one style per list)
_LINE_LABEL = re.compile(
    rf"[ \t\u3000]*(?:(?P<d>\d{{1,2}})[.．、](?!\d)|[（(](?P<pd>\d{{1,2}})[）)]|(?P<c>[①-⑳])"
    rf"|[（(](?P<pc>[{_ITEM_CN}]{{1,3}})[）)])"
)
# words before a count that announce the list after its sentence (以下五个方面。)
_ANNOUNCE = re.compile(r"以下|如下")
# the longest ；-list read after a colon, and the fewest clauses that make one
_MAX_CLAUSES_CHARS = 400


def _line_number(m: re.Match[str]) -> tuple[str, int]:
    if m["d"]:
        return "d", int(m["d"])
    if m["pd"]:
        return "pd", int(m["pd"])
    if m["pc"]:
        return "pc", cn_int(m["pc"]) or 0
    return "c", ord(m["c"]) - ord("①") + 1


def _numbered_lines(report: Report, after: int) -> tuple[tuple[int, int], int] | None:
    """三个方面：⏎1.…⏎2.…⏎3.…: the lines numbered in one style from 1, up to the section's end."""
    text = report.text
    if text[after : after + 1] != "\n":
        return None
    i = _next_heading(report, after)
    if i < len(report.headings) and text[after : report.headings[i].start].strip() == "":
        return _numbered_headings(report.headings[i:])
    end = _section_end(report, after)
    items: list[Item] = []
    style = None
    pos = after + 1
    while pos < end:
        line_end = text.find("\n", pos, end)
        line_end = end if line_end == -1 else line_end
        lm = _LINE_LABEL.match(text, pos, line_end)
        if lm is None and not text[pos:line_end].strip():
            pass  # a blank line
        elif lm is not None:
            st, k = _line_number(lm)
            style = style or st
            if st == style:
                items.append(Item(k, pos, lm.end()))
        elif not items:
            return None  # the line after the colon is no numbered item
        pos = line_end + 1
    run = _first_run(items)
    if len(run) < 2:
        return None
    return (run[0].start, run[-1].end), len(run)


def _numbered_headings(heads: Sequence[Heading]) -> tuple[tuple[int, int], int] | None:
    """The numbered lines are headings (1. / （一）): those of the first one's level, up to a higher one."""
    level = heads[0].level
    items: list[Item] = []
    for h in heads:
        if h.level < level or h.block != heads[0].block:
            break
        if h.level == level:
            k = int(h.label) if h.label.isdigit() else cn_int(h.label)
            if k is None:
                break
            items.append(Item(k, h.start, h.end))
    run = _first_run(items)
    if len(run) < 2:
        return None
    return (run[0].start, run[-1].end), len(run)


def _semicolon_clauses(text: str, after: int) -> tuple[tuple[int, int], int] | None:
    """三项措施：A；B；C。: the ；-clauses of the sentence after the colon."""
    stop = min(i for i in (text.find("。", after), text.find("\n", after), len(text)) if i != -1)
    if stop - after > _MAX_CLAUSES_CHARS:
        return None
    raw = text[after:stop]
    parts = [p for p in re.split(r"[；;]", raw) if p.strip()]
    if len(parts) < 2 or _patterns().markers.search(raw) or _patterns().labels.search(raw):
        return None
    return (after, stop), len(parts)


@lru_cache(maxsize=1)
def _any_count() -> re.Pattern[str]:
    """A count and any classifier the ``counted`` or the list-before-count pattern reads (an opening quote
    first): the one scan of the text both forms share (a scan costs more than the matches at its hits)."""
    terms = grouped_words("enumeration_terms.tsv")
    words = terms["classifier"] + terms["intro"] + terms["head_classifier"] + terms["pair_noun"]
    # “?(\d{1,2}|[一…十]{1,3}) written from its first character on, which the pattern then reads (a look-behind
    # picks the rest): ``re`` skips text only to a first character of a set, never to a look-ahead's
    count = rf"[“\d{_CN}](?:(?<=“)(?:\d{{1,2}}|[{_CN}]{{1,3}})|(?<=\d)\d?|(?<=[{_CN}])[{_CN}]{{0,2}})"
    return re.compile(rf"{count}(?:{_alt(words)}|{_LIST_COUNTED})")


@by_identity(maxsize=8)
def _count_hits(report: Report) -> tuple[int, ...]:
    return tuple(m.start() for m in _any_count().finditer(report.text))


def _matches(pat: re.Pattern[str], text: str, hits: Sequence[int]) -> Iterator[re.Match[str]]:
    """``pat.finditer(text)`` for a pattern that starts with a count (or a quote, then a count) its
    classifier in ``_any_count``: tried at the hits only (a match at no hit cannot be), none overlapping."""
    end = 0
    for hit in hits:
        for pos in (hit, hit + 1) if text[hit] == "“" else (hit,):
            if pos < end:
                continue
            m = pat.match(text, pos)
            if m is not None:
                yield m
                end = m.end()
                break


# the most characters after a count of aspects that close its sentence (从八个方面实现突破。), and after a quoted count
# (实现“五个新突破”。)
_SHORT_TAIL = 4
_QUOTED_TAIL = 6


def _closes_on_measures(pats: _Patterns, cls: str, noun: str) -> bool:
    """The words after a count that closes its paragraph count measures: they end in a noun of measures (八个方面重点
    工作), or a short verb follows a count of aspects (从八个方面实现突破), or the count is quoted (“五个新突破”)."""
    if pats.far_end.search(cls + noun) is not None:
        return True
    if cls.endswith("方面") and len(noun) <= _SHORT_TAIL:
        return True
    return noun.endswith("”") and len(noun) <= _QUOTED_TAIL


def _counted(report: Report) -> Iterator[Relation]:
    text = report.text
    pats = _patterns()
    head_only = _family_patterns().head_only
    for m in _matches(pats.counted, text, _count_hits(report)):
        n = cn_int(m["n"])
        if not _checkable(n) or _is_ordinal(text, m.start("n")):
            continue
        if m["sep"] == "，" or m["cls"] in head_only:
            # no opener after the comma (or a classifier only this family reads): a repeated noun, or nothing
            rel = _head_noun(text, m, n)
            if rel is not None:
                yield rel
            continue
        after = m.end()
        while after < len(text) and text[after] in " \t\u3000：:":
            after += 1  # 包括：一是…
        # "15件民生实事，包括：A；B；C。": an opener and a colon read as the colon (its ；-clauses, its lines)
        colon = m["sep"] in "：:" or (m["sep"] not in "，。" and any(c in "：:" for c in text[m.end() : after]))
        count = (m.start("n"), m.end("cls"))
        para_end = text.find("\n", after)
        para_end = len(text) if para_end == -1 else para_end
        first_marker = pats.markers.match(text, after) or pats.labels.match(text, after)
        # 以下N个方面。: the sentence announces the list the lines after it hold, as a colon does
        announced = m["sep"] == "。" and _ANNOUNCE.search(text, max(0, m.start() - 3), m.start()) is not None
        # 重点做好八个方面工作。⏎（一）…: a count of measures closing its paragraph, the next lines its items (no
        # 以下: linked only where they agree, the reader may have found another list)
        far_end = (
            m["sep"] == "。"
            and not announced
            and text.startswith("\n", after)
            and _closes_on_measures(pats, m["cls"], m["noun"])
        )
        on_lines = False
        if first_marker is None and (colon or announced or far_end) and text.startswith("\n", after):
            # 把握好5个方面：⏎一是…⏎…⏎二是…: the items open the lines after the colon (read as running past it)
            line = after + 1
            while line < len(text) and text[line] in " \t\u3000\n":
                line += 1  # (blank lines between)
            if pats.markers.match(text, line) is not None:
                after, para_end = line, after
                first_marker = pats.markers.match(text, line)
                on_lines = True
        if first_marker is not None:
            by_label = pats.labels.match(text, after) is not None
            end = _section_end(report, after)
            items = _label_items(text, after, para_end) if by_label else marker_items(text, after, end)
            if on_lines:
                # items that open lines: a 一是…二是… inside one item's paragraph is a list of its own
                items = [it for it in items if not text[text.rfind("\n", 0, it.start) + 1 : it.start].strip()]
            run = _first_run(items)
            k = len(run)
            if k < 2:
                continue  # one item found: the list was not read, say nothing
            if m["sep"] == "。" and k > n:
                continue  # 从供给和需求两方面采取措施。一要…九要…: the measures of the aspects, not the aspects
            if far_end and on_lines and k != n:
                continue
            sure = SURE if run[-1].start < para_end else UNSURE
            rel = _relation(text, count, n, m["cls"], (run[0].start, run[-1].end), k, k, False, sure)
            if rel is not None:
                yield rel
            continue
        if m["sep"] == "。":
            if (announced or far_end) and text.startswith("\n", after):
                listed = _numbered_lines(report, after)  # 抓好以下四个方面工作。⏎（一）…
                if listed is not None and (announced or listed[1] == n):
                    (s, e), k = listed
                    rel = _relation(text, count, n, m["cls"], (s, e), k, k, False, UNSURE)
                    if rel is not None:
                        yield rel
            continue  # a sentence ends after the count: no list follows
        if colon:
            listed = _numbered_lines(report, after) or _semicolon_clauses(text, after)
            if listed is not None:
                (s, e), k = listed
                rel = _relation(text, count, n, m["cls"], (s, e), k, k, False, UNSURE)
                if rel is not None:
                    yield rel
                continue
        if m["sep"] in "：:":
            rel = _head_noun(text, m, n)
            if rel is not None:
                yield rel
                continue
        clause = _CLAUSE.match(text, after)
        if clause is None:
            continue
        raw = clause.group(0)
        items_ = _items(raw)
        if len(items_) < 2 or any(len(i) > _MAX_ITEM for i in items_):
            continue
        if all(_COUNTED_ITEM.match(i) for i in items_):
            continue  # a breakdown (13个…、8个…): the parts relations check its sum
        etc = "等" in items_[-1]
        if etc:
            items_[-1] = items_[-1].split("等")[0]
        k = len(items_)
        k_hi = k + (1 if _JOINED.search(items_[-1]) else 0)
        if not etc and not k <= n <= k_hi and any(w in m["sep"] for w in _topic_openers()):
            continue  # 信息6条，涉及A、B、C、D: six items on four topics (the topics are no list of the items)
        rel = _relation(text, count, n, m["cls"], (after, after + len(raw)), k, k_hi, etc, SURE, closing_etc=False)
        if rel is not None:
            yield rel


@lru_cache(maxsize=1)
def _topic_openers() -> tuple[str, ...]:
    return grouped_words("enumeration_terms.tsv")["topic_opener"]


# the farthest a closing count may start from the word opening its list (the items, then 等/共计 and a quote)
_LIST_REACH = _MAX_ITEMS_CHARS + 8


@lru_cache(maxsize=1)
def _list_first() -> re.Pattern[str]:
    return re.compile(_alt(grouped_words("enumeration_terms.tsv")["list_first"]))


def _count_after_matches(report: Report) -> Iterator[re.Match[str]]:
    """``count_after.finditer(text)``, tried only at a list's first word with a count hit close after it (every
    closing count is one: the scan of the text is shared, a failed try from 从 or 由 is dear)."""
    text = report.text
    pat = _patterns().count_after
    hits = _count_hits(report)
    end = 0
    for w in _list_first().finditer(text):
        pos = w.start()
        if pos < end:
            continue
        i = bisect.bisect_right(hits, pos)
        if i == len(hits) or hits[i] - pos > _LIST_REACH:
            continue
        m = pat.match(text, pos)
        if m is not None:
            yield m
            end = m.end()


def _count_after(report: Report) -> Iterator[Relation]:
    """由A、B、C等三部分组成: the count closes the list.

    The count must be bound to the list: 等/共 before it, 组成/构成 after it, or a count of a report's
    parts (围绕A、B、C提出5项指标 counts something else).  A part's name may hold a 、 of its own beyond the
    known ones (``joined``), so more items than the count proves nothing: no link.
    """
    text = report.text
    for m in _count_after_matches(report):
        n = cn_int(m["n"])
        if not _checkable(n):
            continue
        parts = "部分" in m["cls"]
        bound = m["close"] or text[m.start("n") - 1] in "等共计”」" or parts
        raw = m["items"]
        if ("，" in raw or "," in raw) and not parts:
            continue  # a comma goes on to another clause, except between a report's parts
        items = _split(raw)
        if len(items) < 2 or any(len(i) > _MAX_ITEM for i in items) or not bound:
            continue
        if any(_COUNTED_ITEM.search(i) for i in items):
            continue  # a breakdown, or a count inside the last item (A、B三个维度设置了五项)
        k = len(items)
        k_hi = k + (1 if _JOINED.search(items[-1]) else 0)
        if k > n:
            continue
        rel = _count_and_list(text, m, n, k, k_hi)
        if rel is not None:
            yield rel


# a list of two or more short items right before a count of them: 黄河、淮河、海河、长江四大流域,
# “对标对表、…、久久为功”五种意识, 算力、数据、人工智能“三大产业” (an item is at most 14 characters or
# bracketed words, no digits, no clause mark; the last item is the shortest that reaches a count)
# characters that end a list read backwards from its count (a clause mark, a digit, a quote, Latin letters)
_ITEM_STOP = frozenset("，,。；;：:、\n“”（）()%％.．") | frozenset("0123456789")
_LIST_COUNTED = (
    r"(?:个|大|种|项|条|类|支|座|家|级|方面|维度|领域|市|县|乡|镇|村|省|地|"
    + _alt(grouped_words("enumeration_terms.tsv")["list_counted"])
    + ")"
)
# words that end a list's last item when the count after them is an item of its own (A、B及十大赛事)
_JOINS = ("及", "和", "与", "或")
# 两地 is an idiom (两地互认: the two places a text is about): 地 counts a list of three or more only
_PLACES = "地"
# a count right after a list: 四大, “三大, 6个
_COUNT_AFTER_LIST = re.compile(rf"(?=[“\d{_CN}])(?P<oq>“?){_COUNT}(?P<cls>{_LIST_COUNTED})")
# an item holds no count of its own (县三级和园区 is no item: 三级 closes the list before it)
_ITEM_COUNT = re.compile(rf"[{_CN}]+{_LIST_COUNTED}")
_ITEM_UNITS = 14  # the most characters (a bracketed aside counts as one) an item may have
# the most an item of a list closed by 等 right before its (unquoted) count may have: the 等 bounds the list, so its
# items may be names of measures (加工增值免关税货物税收征管办法、…等6项封关政策)
_ETC_ITEM_UNITS = 24
_LIST_ITEMS = 16
_ASIDE = 13  # the longest bracketed aside inside an item, brackets included: 街道（乡镇）
# the most characters one item read backwards may span (every unit an aside)
_ITEM_SPAN = _ITEM_UNITS * (_ASIDE + 1)
# what stops an item read backwards, but the 、 and an aside's brackets (``_ITEM_STOP``, Latin letters)
_WALK_STOP = re.compile(r"[，,。；;：:\n“”%％.．0-9A-Za-z]")


# a Latin token an item may hold (5G网络, 3D玻璃, AI应用), never a figure (2.5, 30) nor a long word
_LATIN_TOKEN = re.compile(r"\d[A-Za-z]{1,2}|[A-Za-z]{2,4}")


@dataclass(frozen=True)
class _ListAt:
    """A list of short items right before a count (``start``: its first item, after any opening quote)."""

    start: int
    end: int  # the end of the last item
    quoted: bool  # “A、B、C”四种: opened before the first item and closed right after the last
    n: str
    n_start: int
    cls: str
    cls_end: int


def _item_start(text: str, end: int, most: int = _ITEM_UNITS) -> tuple[int, bool]:
    """The start of the item ending at ``end`` read backwards, and whether it is whole (not cut at ``most``
    units)."""
    i, units = end - 1, 0
    while i >= 0:
        c = text[i]
        if c in "）)":
            j = max(text.rfind("（", max(0, i - _ASIDE), i), text.rfind("(", max(0, i - _ASIDE), i))
            if j < 0:
                break
            i, units = j - 1, units + 1
        elif c == "”" and i + 1 < end:
            # a quoted word inside the item (“二线口岸”运行管理办法): one unit, when it opens inside the item
            j = text.rfind("“", max(0, i - _ASIDE), i)
            if j < 0 or "、" in text[j:i]:
                break
            i, units = j - 1, units + 1
        elif c.isascii() and c.isalnum():
            # a short Latin token inside the item (5G网络, 3D玻璃, AI): one unit; any other digit or Latin word stops
            j = i
            while j > 0 and text[j - 1].isascii() and text[j - 1].isalnum():
                j -= 1
            if not _LATIN_TOKEN.fullmatch(text, j, i + 1) or (j > 0 and text[j - 1] in ".．%％"):
                break
            i, units = j - 1, units + 1
        elif c in _ITEM_STOP:
            break
        else:
            i, units = i - 1, units + 1
        if units >= most:
            return i + 1, i >= 0 and text[i] == "、"  # no longer item: the list starts inside this one
    return i + 1, True


# the word joining the last two items of a list (A、B以及C): the last item may be two of the longest each
_LAST_JOIN = "以及"


def _joins_two(text: str, start: int, end: int, most: int) -> bool:
    """``text[start:end]`` is longer than one item but two joined by 以及, each no longer than ``most``, no clause
    mark or figure in it."""
    if end - start <= most or _WALK_STOP.search(text, start, end):
        return False
    at = text.find(_LAST_JOIN, start, end)
    return at != -1 and at - start <= most and end - at - len(_LAST_JOIN) <= most


def _lists_before_counts(
    text: str, hits: Sequence[int] | None = None, counts: Iterable[re.Match[str]] | None = None
) -> Iterator[_ListAt]:
    """Every count with two or more 、-separated items right before it (read backwards from the count;
    ``hits``: the text's ``_count_hits``; ``counts``: other counts to read back from, with the groups of
    ``_COUNT_AFTER_LIST``)."""
    if counts is not None:
        found: Iterable[re.Match[str]] = counts
    else:
        found = _COUNT_AFTER_LIST.finditer(text) if hits is None else _matches(_COUNT_AFTER_LIST, text, hits)
    for cm in found:
        end = cm.start()
        cq = end > 0 and text[end - 1] == "”" and not cm["oq"]
        if cq:
            end -= 1
        # a fast test before the items are read backwards: the last item must follow a 、 (an aside aside)
        sep = text.rfind("、", max(0, end - _ITEM_SPAN), end)
        if sep == -1:
            continue
        # (not before a quoted count: a programme's name, its items spelled out in a note the glossary forms read)
        most = _ETC_ITEM_UNITS if end > 0 and text[end - 1] == "等" and not cm["oq"] else _ITEM_UNITS
        no_aside = text.find("）", sep, end) == -1 and text.find(")", sep, end) == -1 and text.find("”", sep, end) == -1
        bounds: list[tuple[int, int]] = []
        item_end = end
        if no_aside and _joins_two(text, sep + 1, end, most):
            # …、涉企违规收费罚款以及涉企执法检查“五个专项治理”: the last item is two joined by 以及, each as long as one
            bounds.append((sep + 1, end))
            item_end = sep
        elif no_aside and (end - sep - 1 > most or _WALK_STOP.search(text, sep + 1, end)):
            continue  # the item read backwards stops short of the 、: one item
        while len(bounds) < _LIST_ITEMS:
            start, whole = _item_start(text, item_end, most)
            if start >= item_end:
                break
            bounds.append((start, item_end))
            if not whole or start == 0 or text[start - 1] != "、":
                break
            item_end = start - 1
        if len(bounds) < 2:
            continue
        bounds.reverse()
        # the last item is the shortest that reaches a count; an earlier one holds none (the list starts after)
        if _ITEM_COUNT.search(text, bounds[-1][0], bounds[-1][1]):
            continue
        for k in range(len(bounds) - 2, -1, -1):
            inner = list(_ITEM_COUNT.finditer(text, *bounds[k]))
            if inner:
                cut = inner[-1].end()
                bounds = ([(cut, bounds[k][1])] if cut < bounds[k][1] else []) + bounds[k + 1 :]
                break
        s0, e0 = bounds[0]
        if (s0 == 0 or text[s0 - 1] == "\n") and all(c in _ITEM_CN for c in text[s0:e0]):
            bounds = bounds[1:]  # 四、做好两项工作: the heading's label is no item
        if len(bounds) < 2:
            continue
        first = bounds[0][0]
        quoted = bool(first > 0 and text[first - 1] == "“" and (cq or cm["oq"] == ""))
        yield _ListAt(first, bounds[-1][1], quoted and cq, cm["n"], cm.start("n"), cm["cls"], cm.end("cls"))


def _whole(text: str, start: int) -> bool:
    """The list read from ``start`` is not cut after a 、 (an item too long to read, or one whose quoted words
    stopped the scan: 基础研究领衔科学家、“顶青”科技人才)."""
    i = start - 1
    if i >= 0 and text[i] == "”":
        j = text.rfind("“", max(0, i - 12), i)
        i = j - 1 if j > 0 else i
    return i < 0 or text[i] != "、"


def _list_then_count(report: Report) -> Iterator[Relation]:
    """The items right before a count.

    Fewer items than the count is said only when the list is read whole (not cut after a 、, its last item
    not a verb: 水路通道达到28条), the count is of things (not 八个字, 12个月) and no more than two short;
    more items than the count says nothing (the count may be of the last items only: 低保、特困人员、孤儿基本
    生活与残疾人两项补贴).
    """
    text = report.text
    pats = _patterns()
    for m in _lists_before_counts(text, _count_hits(report)):
        n = cn_int(m.n)
        raw = text[m.start : m.end]
        items = _items(raw)
        if not _checkable(n) or any(_COUNTED_ITEM.search(i) for i in items):
            continue
        after = text[m.cls_end : m.cls_end + 2]
        if pats.not_counted.match(after):
            continue  # “巩固、增强、提升、畅通”八个字: a count of characters, not of the items
        etc = items[-1].endswith("等")
        if etc:
            items[-1] = items[-1][:-1]
        k = len(items)
        k_hi = k + (1 if _JOINED.search(items[-1]) else 0)
        if k > n or (m.cls == _PLACES and (k < 3 or n < 3)):
            continue
        if items[-1].endswith(_JOINS):
            continue  # A、B、“三月三”及十大赛事: the count is of an item of its own, joined to the list
        if n > k_hi:
            start = m.start - 1 if m.quoted else m.start
            # fewer than three items say nothing, even after a list of their own (省、市、县三级和园区、高校三类:
            # the 三级 may be one of the three classes), but two read from their clause's start, one short
            # (a list ending in 等 names examples: two of them are enough, the count only bounds them from above)
            if k < 2 or (k == 2 and not etc and not _two_read_whole(text, m, items, n, k_hi)):
                continue
            if not _whole(text, start) or not items[-1] or _is_ordinal(text, m.n_start):
                continue
            if k == 2 and start > 0 and text[start - 1] not in _CLAUSE_MARKS:
                continue  # two examples read back to a figure or a quote (4个过五千亿、北斗应用等4个): not the list's start
            if pats.list_verb.search(items[-1]) and not _quoted_after_verb(text, m, items, k) and not _ba_as(items):
                continue
            if not m.quoted and not _CJK_OR_QUOTE.match(after):
                continue  # 改善工程52个。: the count follows a noun of its own
            if text[m.n_start - 1] in _CN:
                continue  # 党的二十大: a numeral cut
        rel = _relation(text, (m.n_start, m.cls_end), n, m.cls, (m.start, m.end), k, k_hi, etc, UNSURE)
        if rel is not None:
            yield rel


# what may stand before the first of two examples (a clause mark: the list is read from its start)
_CLAUSE_MARKS = frozenset("，,。；;：:\n")
# the classifiers a count one more than two items read whole may be flagged with (not 级: 三级医院 is a grade)
_TWO_CLS = frozenset(("个", "大", "项", "类", "种", "条", "方面", "领域", "维度", "市", "县", "省"))
_SENTENCE_MARKS = "。；;\n"
_CLAUSE_END = re.compile(r"[，,。；;：:\n]")


@lru_cache(maxsize=1)
def _numeral_names() -> tuple[str, ...]:
    return grouped_words("enumeration_terms.tsv")["numeral_name"]


def _in_numeral_name(text: str, at: int) -> bool:
    """The numeral at ``at`` is inside a name that holds one (铁人三项): no count."""
    for w in _numeral_names():
        lo = max(0, at - len(w) + 1)
        i = text.find(w, lo, at + len(w))
        if i != -1 and i <= at < i + len(w):
            return True
    return False


def _two_read_whole(text: str, m: _ListAt, items: list[str], n: int, k_hi: int) -> bool:
    """Two items (the last perhaps two joined by 和) one short of a count right after them (or quoted there): a warning only
    when the list is read from its clause's start (推进长春、白山3个城市: the verb opens the first item), no other
    counted list before it in its sentence (省、市、县三级，园区、高校三类: the 三级 may be one of the classes), no
    join inside the first item (A和B、C: three), no 、 or 等 after the count in its clause (the count inside an item
    of a longer list), the count of things (not 三级医院, a grade) and no name's numeral (三大球运动会, 铁人三项)."""
    if m.quoted or n != k_hi + 1 or m.cls not in _TWO_CLS or not _count_follows(text, m):
        return False
    if m.start > 0 and text[m.start - 1] not in _CLAUSE_MARKS:
        return False
    if _JOINED.search(items[0]) or _in_numeral_name(text, m.n_start):
        return False
    clause_end = _CLAUSE_END.search(text, m.cls_end)
    rest = text[m.cls_end : clause_end.start() if clause_end else len(text)]
    if "、" in rest or "等" in rest:
        return False  # 加快A、B3个煤制气、C等项目: the count is inside an item of a longer list (of examples)
    s = max(text.rfind(c, 0, m.start) for c in _SENTENCE_MARKS) + 1
    return next(_lists_before_counts(text[s : m.start]), None) is None


def _count_follows(text: str, m: _ListAt) -> bool:
    """The count right after the list's last item, or opening a quote there (政治生态、自然生态“三个生态”: the
    quoted name counts the items before it); not after a closing quote (“A、B”三个: a quoted list read back
    from its end)."""
    return m.end == m.n_start or (m.end + 1 == m.n_start and text[m.end] == "“")


@lru_cache(maxsize=1)
def _quoted_verbs() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alt(grouped_words('enumeration_terms.tsv')['quoted_verb'])})$")


@lru_cache(maxsize=1)
def _ba_as_verb() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alt(grouped_words('enumeration_terms.tsv')['ba_as'])})[^，,。；;、]{{0,12}}的$")


def _ba_as(items: list[str]) -> bool:
    """把A、B、C作为政府工作的四项基本准则: the first item holds 把, the last ends in 作为…的 (``ba_as``), so the count
    after the 的 counts the 把 objects, the list (the 的 ending the last item is no sign of another count)."""
    return len(items) >= 3 and "把" in items[0] and _ba_as_verb().search(items[-1]) is not None


def _quoted_after_verb(text: str, m: _ListAt, items: list[str], k: int) -> bool:
    """A、B、C、D实现“五个全覆盖”: three or more items, the verb, a quoted count of them (the verb is no part of the
    last item; a count after another verb counts something else: 水路通道达到28条)."""
    if k < 3 or text[m.n_start - 1] != "“":
        return False
    found = _quoted_verbs().search(items[-1])
    return found is not None and found.start() > 0


# the most characters between a count of measures and the 一是 opening its items (a sentence or two)
_FAR_REACH = 160
# what stands before an item marker (``_CLAUSE_START``)
_STARTS = frozenset("。；;：:，,！!？?\n\u3000 \t")


@lru_cache(maxsize=1)
def _first_markers() -> tuple[str, ...]:
    """The words that open a numbered list: 一是 and the ordinal words numbered 1 (首先, 一方面)."""
    return ("一是", "一要", *(w for w, (_, n) in _patterns().ordinals.items() if n == 1))


def _find_all(text: str, word: str) -> Iterator[int]:
    i = text.find(word)
    while i != -1:
        yield i
        i = text.find(word, i + 1)


def _run_relation(text: str, m: re.Match[str], n: int, run: Sequence[Item]) -> Relation | None:
    """The (unsure) relation of the count ``m`` (its ``n`` and ``cls``) with the numbered items ``run``, read whole."""
    return _relation(
        text, (m.start("n"), m.end("cls")), n, m["cls"], (run[0].start, run[-1].end), len(run), len(run), False, UNSURE
    )


def _far_list(report: Report) -> Iterator[Relation]:
    """建立五项制度，压实审查责任。一是…二是…: a count of measures (``far_noun``) whose numbered items open a
    sentence or two later in its paragraph, no other count between them (it would be theirs)."""
    text = report.text
    pats = _patterns()
    # read from the items back to the count: a list's first item (一是, 首先) is rarer than a numeral
    for first in sorted(p for w in _first_markers() for p in _find_all(text, w)):
        if first and text[first - 1] not in _STARTS:
            continue
        reach = max(text.rfind("\n", 0, first) + 1, first - _FAR_REACH)
        m = None
        for found in pats.far.finditer(text, reach, first):
            m = found  # the last count of measures before the items
        if m is None or pats.markers.search(text, m.end(), first) or pats.counted.search(text, m.end(), first):
            continue  # an item or another count between: the items are not this count's
        n = cn_int(m["n"])
        if not _checkable(n) or _is_ordinal(text, m.start("n")):
            continue
        run = _first_run(marker_items(text, first, _section_end(report, first)))
        if len(run) < 2 or run[0].number != 1:
            continue
        rel = _run_relation(text, m, n, run)
        if rel is not None:
            yield rel


# --- lists known by their shape: titles, a quoted list's short name, a repeated noun, a named count ---------

# a Chinese numeral count of a quoted list's short name (“算力、算法、算据、算网”四算)
_CN_COUNT = rf"(?P<n>[{_CN}]{{1,2}})"
# a title 《…》 (its own 〈〉 allowed), and the longest run of titles read
_TITLE = r"《[^《》\n]{2,60}》"
_MAX_CLAUSES = 12


@dataclass(frozen=True)
class _FamilyPatterns:
    titles: re.Pattern[str]  # 《A》《B》《C》等3件
    abbrev: re.Pattern[str]  # “A、B、C”四算 (the quote closed right before the count)
    abbrev_words: frozenset[str]
    head_only: frozenset[str]  # the classifiers only the repeated-noun family reads (8座…桥，A桥、B桥)
    named: re.Pattern[str]  # “三个高于”，即：…高于…，…高于…


@lru_cache(maxsize=1)
def _family_patterns() -> _FamilyPatterns:
    terms = grouped_words("enumeration_terms.tsv")
    return _FamilyPatterns(
        re.compile(
            rf"(?P<items>{_TITLE}(?:[、，,和及与]?{_TITLE})+)(?P<etc>等)?(?:共|共计)?{_COUNT}"
            rf"(?P<cls>{_alt(terms['title_count'])})"
        ),
        re.compile(rf"”{_CN_COUNT}(?P<cls>[\u4e00-\u9fff])"),
        frozenset(terms["abbrev_count"]),
        frozenset(terms["head_classifier"]) - frozenset(terms["classifier"] + terms["intro"]),
        re.compile(rf"“{_COUNT}(?P<cls>{_alt(terms['named_count'])})(?P<name>[\u4e00-\u9fff]{{2,4}})”"),
    )


def _titles(report: Report) -> Iterator[Relation]:
    """《A》《B》《C》等3件: the titles right before their count (等 read as for a list then its count)."""
    text = report.text
    for m in _family_patterns().titles.finditer(text):
        n = cn_int(m["n"])
        if not _checkable(n) or text[m.end("cls") : m.end("cls") + 1] in ("次", "年", "月"):
            continue
        k = m["items"].count("《")
        if k > n:
            continue  # the count may be of the last titles only
        rel = _count_and_list(text, m, n, k, k)
        if rel is not None:
            yield rel


def _abbreviated(report: Report) -> Iterator[Relation]:
    """“算力、算法、算据、算网”四算一体: a quoted list whose count names it by a character every item holds
    (or a word of ``abbrev_count``: 五措并举).  The quotes bound the list: it is read whole."""
    text = report.text
    pats = _patterns()
    fam = _family_patterns()
    for m in fam.abbrev.finditer(text):
        c = m["cls"]
        n = cn_int(m["n"])
        if not _checkable(n) or pats.not_counted.match(c) or text[m.start() - 1 : m.start()] == "“":
            continue
        close = m.start()
        open_ = text.rfind("“", max(0, close - _MAX_ITEMS_CHARS), close)
        if open_ < 0 or "”" in text[open_:close]:
            continue
        raw = text[open_ + 1 : close]
        items = _items(raw)
        if len(items) < 2 or any(len(i) > _MAX_ITEM or re.search(r"[\d，,。；;：:]", i) for i in items):
            continue
        if c not in fam.abbrev_words and not all(c in i for i in items):
            continue
        k = len(items)
        k_hi = k + (1 if _JOINED.search(items[-1]) else 0)
        if k > n:
            continue
        rel = _relation(text, (m.start("n"), m.end("cls")), n, c, (open_ + 1, close), k, k_hi, False, UNSURE)
        if rel is not None:
            yield rel


def _pieces(text: str, start: int) -> tuple[int, list[str]]:
    """The clauses of the sentence from ``start`` (to 。/；/a line end), split at ， and 、; its end."""
    stop = len(text)
    for mark in ("。", "；", ";", "\n"):
        i = text.find(mark, start, start + _MAX_CLAUSES_CHARS + 1)
        if i != -1:
            stop = min(stop, i)
    if stop - start > _MAX_CLAUSES_CHARS:
        return stop, []
    return stop, [p for p in re.split(r"[，,、]", text[start:stop]) if p]


# a counted noun as the repeated-noun family reads it: Chinese characters only
_HEAD_NOUN = re.compile(r"[\u4e00-\u9fff]{2,12}")


def _head_noun(text: str, m: re.Match[str], n: int) -> Relation | None:
    """东南西北4个方向8条综合交通走廊，东向A走廊、B走廊，西向C走廊…: the rest of the sentence lists items each
    ending in the counted noun's last two characters (nothing else in it: a list read whole).  ``m`` is a match
    of the ``counted`` pattern ending in a comma or a colon."""
    if m["sep"] not in "，,：:" or not _HEAD_NOUN.fullmatch(m["noun"]):
        return None
    head = m["noun"][-2:]
    after = m.end()
    if text.find(head, after, after + _MAX_ITEM + 1) == -1:
        return None  # the first item does not end in the noun (a cheap test before the sentence is split)
    stop, pieces = _pieces(text, after)
    if len(pieces) < 2 or len(pieces) > n + _SHORT_MAX:
        return None
    if not all(p.endswith(head) and len(head) < len(p) <= _MAX_ITEM for p in pieces):
        return None
    if any(_COUNTED_ITEM.search(p) or re.search(r"\d", p) for p in pieces):
        return None
    k = len(pieces)
    if k > n or n > k + 1:
        return None  # more items, or two short: the items may be examples of the count (新建5个公园，A公园、B公园)
    return _relation(text, (m.start("n"), m.end("cls")), n, m["cls"], (after, stop), k, k, False, UNSURE)


def _named(report: Report) -> Iterator[Relation]:
    """确保“三个高于”，即：A高于上年，B高于上年，C高于上年。: a named count, then clauses that each repeat its
    name (up to the sentence's end, every one of them)."""
    text = report.text
    quoted = [h for h in _count_hits(report) if text[h] == "“"]
    for m in _matches(_family_patterns().named, text, quoted):
        n = cn_int(m["n"])
        if n is None or n < 2 or n > _MAX_CLAUSES:
            continue
        after = m.end()
        lead = re.match(r"[，,]?(?:即|就是|也就是)?[：:，,]", text[after : after + 6])
        if lead is None:
            continue
        start = after + lead.end()
        stops = [i for i in (text.find("。", start), text.find("\n", start)) if i != -1]
        stop = min(stops) if stops else len(text)
        if stop - start > _MAX_CLAUSES_CHARS:
            continue
        clauses = [p for p in re.split(r"[，,；;]", text[start:stop]) if p]
        name = m["name"]
        if len(clauses) < 2 or not all(name in c for c in clauses):
            continue
        k = len(clauses)
        if k > n:
            continue
        rel = _relation(text, (m.start("n"), m.end("cls")), n, m["cls"], (start, stop), k, k, False, UNSURE)
        if rel is not None:
            yield rel


# two items joined by 和/与/及 right before a count of two (中央和地方两个积极性): the pair is the whole list
_PAIR_COUNT = re.compile(rf"[两2](?P<cls>{_LIST_COUNTED})(?<!地)")


@lru_cache(maxsize=1)
def _pair_noun_count() -> re.Pattern[str]:
    """两端 / 两手: the nouns only a count of two after a pair counts (“A与B”两端发力, 创建和督察两手抓)."""
    return re.compile(rf"两(?P<cls>{_alt(grouped_words('enumeration_terms.tsv')['pair_noun'])})")


_PAIR_JOIN = "和与及"
_PAIR_STOP = re.compile(r"[，,。；;：:、\n“”（）()%％.．0-9A-Za-z]")


def _pairs(report: Report) -> Iterator[Relation]:
    """发展和安全两件大事, 预期性和约束性两大类: a count of two after two items joined by one 和 (与, 及), the
    pair opening its clause (after a 、 it may be the last items of a longer list: no link).  Two items are
    never flagged (fewer than three say nothing), so only a count of two is linked, and it holds."""
    text = report.text
    for hit in _count_hits(report):
        if text[hit] not in "两2" or (hit and text[hit - 1] in _CN + "第") or (hit and text[hit - 1].isdigit()):
            continue
        m = _PAIR_COUNT.match(text, hit) or _pair_noun_count().match(text, hit)
        if m is None or _patterns().not_counted.match(text, m.end(), m.end() + 2):
            continue
        # a quoted pair (“A与B”两端): read inside the quotes
        end = hit - 1 if hit and text[hit - 1] == "”" else hit
        stop = _PAIR_STOP.search(text[max(0, end - 2 * _ITEM_UNITS) : end][::-1])
        start = end - stop.start() if stop else 0
        if (stop is None and end > 2 * _ITEM_UNITS) or (start and text[start - 1] == "、"):
            continue  # the clause runs on past the longest pair read, or the pair ends a 、-list
        if end < hit and not (start and text[start - 1] == "“"):
            continue  # a closing quote with no opening one at the pair's start: a quoted word ends the pair
        span = text[start:end]
        joins = [i for i, c in enumerate(span) if c in _PAIR_JOIN]
        if len(joins) != 1 or not 0 < joins[0] < len(span) - 1 or len(span) - joins[0] - 1 > _ITEM_UNITS:
            continue
        rel = _relation(text, (hit, m.end("cls")), 2, m["cls"], (start, end), 2, 2, False, UNSURE)
        if rel is not None:
            yield rel


# a count in a heading: of measures (``far_noun``) up to the heading's end (三、全力抓好七项重点工作)
_HEADING_CLS = ("项", "个", "大", "方面", "条", "类", "种")


@lru_cache(maxsize=1)
def _heading_count() -> re.Pattern[str]:
    terms = grouped_words("enumeration_terms.tsv")
    return re.compile(
        _COUNT + rf"(?P<cls>{_alt(_HEADING_CLS)})(?P<noun>[^，。；：:、\d\n“”{_CN}]{{0,12}}?)"
        rf"(?:{_alt(terms['far_noun'])})\s*$"
    )


def _sub_headings(heads: Sequence[Heading], i: int) -> list[Item]:
    """The headings right under ``heads[i]`` (at its first child's level, up to one of its own level)."""
    own = heads[i]
    items: list[Item] = []
    level = None
    for h in heads[i + 1 :]:
        if h.level <= own.level or h.block != own.block:
            break
        level = level or h.level
        if h.level == level:
            k = int(h.label) if h.label.isdigit() else cn_int(h.label)
            if k is None:
                break
            items.append(Item(k, h.start, h.end))
    return _first_run(items)


def _heading_counts(report: Report) -> Iterator[Relation]:
    """三、全力抓好七项重点工作 ⏎ （一）…（七）: a count of measures closing a heading, its items the headings
    right under it (one count in the heading, not cut from a longer numeral: 党的二十大)."""
    text = report.text
    heads = report.headings
    pat = _heading_count()
    for i, h in enumerate(heads):
        m = pat.search(text, h.start, h.end)
        if m is None or _is_ordinal(text, m.start("n")) or text[m.start("n") - 1] in _CN:
            continue
        if _COUNTED_ITEM.search(text, h.start, m.start("n")):
            continue  # another count before it in the heading: whose items the sub-headings are is unclear
        n = cn_int(m["n"])
        run = _sub_headings(heads, i)
        if not _checkable(n) or len(run) < 2 or len(run) > n:
            continue
        rel = _run_relation(text, m, n, run)
        if rel is not None:
            yield rel


# a glossary entry: a term holding a count on a line of its own, closed by a colon, its definition a 、-list on the
# next line (［18］五张清单：⏎A清单、B清单、…。; 10.金融“五篇大文章”：⏎指科技金融、…); the term's label first
_GLOSS_LABEL = r"(?:[［\[]\d{1,3}[］\]]|\d{1,3}[.．、])?"
_GLOSS_CLS = r"(?:个|大|种|项|条|类|支|座|家|级|张|篇|批|方面|维度|领域)"
_GLOSS_TERM = re.compile(
    rf"[ \t\u3000]*{_GLOSS_LABEL}[^，。；：:、\n\d{_CN}]{{0,8}}?“?(?P<n>[{_CN}]{{1,2}}|\d{{1,2}})"
    rf"(?P<cls>{_GLOSS_CLS})[^，。；：:、\n\d]{{0,10}}”?[：:][ \t\u3000]*$"
)
# the definition: one sentence of 、-separated items, nothing else (a comma is prose)
_GLOSS_LEAD = re.compile(r"[ \t\u3000]*(?:指|是指|即|包括)?[：:]?")
_GLOSS_ITEMS = re.compile(r"[^，,。；;：:（）()\n\d]{2,200}?(?=。?[ \t\u3000]*$)")


@by_identity(maxsize=8)
def _colon_line_ends(report: Report) -> tuple[int, ...]:
    """Where a line ends in a colon (the terms of a glossary, a named count whose items follow on the next lines)."""
    return tuple(_find_all(report.text, "：\n"))


# a glossary entry on one line: its label first (20.2026年10件民生实事：A，B，…。; 26.治安“三张图”：A、B、C。)
_GLOSS_LINE = re.compile(
    rf"[ \t\u3000]*(?:[［\[]\d{{1,3}}[］\]]|\d{{1,3}}[.．])[^，。；：:、\n]{{0,16}}?(?<![\d{_CN}])“?"
    rf"(?P<n>[{_CN}]{{1,2}}|\d{{1,2}})(?P<cls>{_GLOSS_CLS}|件)[^，。；：:、\n\d]{{0,10}}”?[：:]$"
)


def _glossary_lines(report: Report) -> Iterator[Relation]:
    """20.2026年10件民生实事：A，B，…，J。: a glossary term and its definition on one line, the items split at 、 (read
    whole, as the next-line form), or at ， (linked only where they agree: a definition may be prose)."""
    text = report.text
    for at in _find_all(text, "："):
        line_start = text.rfind("\n", 0, at) + 1
        c = text[line_start : line_start + 1]
        if not (c.isdigit() or c in "［[") or text[at + 1 : at + 2] == "\n":
            continue  # (the cheap test first: a glossary line opens with its label; a line break: the other form)
        term = _GLOSS_LINE.match(text, line_start, at + 1)
        if term is None:
            continue
        n = cn_int(term["n"])
        line_end = text.find("\n", at)
        line_end = len(text) if line_end == -1 else line_end
        body = text[at + 1 : line_end].rstrip(" \t\u3000。")
        if not _checkable(n) or not body or re.search(r"[。；;：:（）()\d]", body):
            continue
        body_end = at + 1 + len(body)
        if "，" in body:
            items = [p for p in body.split("，") if p.strip()]
            if len(items) != n:
                continue
        else:
            items = _items(body)
            if len(items) < 2 or any(len(i) > _MAX_ITEM for i in items):
                continue
        k = len(items)
        etc = items[-1].endswith("等")
        k_hi = k + (1 if "，" not in body and _JOINED.search(items[-1]) else 0)
        rel = _relation(
            text, (term.start("n"), term.end("cls")), n, term["cls"], (at + 1, body_end), k, k_hi, etc, UNSURE
        )
        if rel is not None:
            yield rel


@dataclass(frozen=True)
class _Entry:
    """A glossary entry: its term's count and the items of its definition line."""

    n: int
    count: tuple[int, int]
    cls: str
    items: tuple[int, int]
    k: int
    k_hi: int
    etc: bool


def _entry(text: str, at: int) -> _Entry | None:
    """The glossary entry whose term line ends in the colon at ``at`` (followed by a line break), if it is one."""
    line_start = text.rfind("\n", 0, at) + 1
    term = _GLOSS_TERM.match(text, line_start, at + 1)
    if term is None:
        return None
    n = cn_int(term["n"])
    if not _checkable(n):
        return None
    nxt = at + 2
    line_end = text.find("\n", nxt)
    line_end = len(text) if line_end == -1 else line_end
    lead = _GLOSS_LEAD.match(text, nxt, line_end)
    start = lead.end() if lead else nxt
    body = _GLOSS_ITEMS.match(text, start, line_end)
    if body is None:
        return None
    items = _items(body.group(0))
    if len(items) < 2 or any(len(i) > _MAX_ITEM for i in items):
        return None
    k = len(items)
    k_hi = k + (1 if _JOINED.search(items[-1]) else 0)
    return _Entry(
        n, (term.start("n"), term.end("cls")), term["cls"], (start, body.end()), k, k_hi, items[-1].endswith("等")
    )


def _glossary(report: Report) -> Iterator[Relation]:
    """［19］九大行动：⏎A行动、B行动、…。: a term's count against the items of its definition line (read whole)."""
    text = report.text
    for at in _colon_line_ends(report):
        e = _entry(text, at)
        if e is None:
            continue
        rel = _relation(text, e.count, e.n, e.cls, e.items, e.k, e.k_hi, e.etc, UNSURE)
        if rel is not None:
            yield rel


# a count in the text with the mark of its note (狠抓“四个一批”［17］): the note's entry lists its items; its name
# may hold a quoted word (三张“零关税”清单［4］)
_NOTED_NAME = r"(?:[^“”，。；：:、\n\d［］]|“[^“”，。；：:、\n\d［］]{1,6}”)"
_NOTED_COUNT = re.compile(rf"(?P<n>[{_CN}]{{1,2}})(?P<cls>{_GLOSS_CLS}){_NOTED_NAME}{{0,8}}”?$")
_NOTE_MARK = re.compile(r"［(?P<k>\d{1,3})］")


def _noted(report: Report) -> Iterator[Relation]:
    """狠抓“四个一批”［17］…⏎［17］四个一批：⏎A一批、B一批、…: a count marked with a note against the items its
    glossary entry lists, as 、-items or as clauses repeating its name (the note's own count is the glossary's
    relation; the count in the text may name a quoted word: 三张“零关税”清单［4］)."""
    text = report.text
    entries: dict[str, _Entry | None] = {}
    for close in _find_all(text, "］"):
        mark = _NOTE_MARK.search(text, max(0, close - 4), close + 1)
        if mark is None or mark.end() != close + 1 or text[mark.start() - 1 : mark.start()] in ("\n", ""):
            continue  # (a note's own label opens its line)
        m = _NOTED_COUNT.search(text, max(0, mark.start() - 14), mark.start())
        if m is None or _is_ordinal(text, m.start("n")) or text[m.start("n") - 1] in _CN:
            continue
        k = mark["k"]
        if k not in entries:
            label = text.find(f"\n［{k}］")
            at = text.find("：\n", label) if label != -1 else -1
            # the note's entry: items on its next line split at 、, or clauses repeating its name (［27］五个必须：⏎必须A，…)
            ok = at != -1 and "\n" not in text[label + 1 : at]
            entries[k] = (_entry(text, at) or _named_entry(report, at)) if ok else None
        e = entries[k]
        n = cn_int(m["n"])
        if e is None or n is None or n < 2:
            continue
        rel = _relation(text, (m.start("n"), m.end("cls")), n, m["cls"], e.items, e.k, e.k_hi, e.etc, UNSURE)
        if rel is not None:
            yield rel


# a named count closing its line (“八个聚焦”：, 五个必须：): its items repeat the name, as the clauses of the next line
# (必须A，必须B，…) or as the lines that open with it (聚焦A。⏎…⏎聚焦B。, ——更加注重A…)
_DASH = "—"


@lru_cache(maxsize=1)
def _named_line() -> re.Pattern[str]:
    cls = _alt(grouped_words("enumeration_terms.tsv")["named_count"])
    return re.compile(rf"“?(?P<n>[{_CN}]{{1,2}})(?P<cls>{cls})(?P<name>[\u4e00-\u9fff]{{2,4}})”?[：:]$")


def _named_entry(report: Report, at: int) -> _Entry | None:
    """The named count whose line ends in the colon at ``at`` and the items after it that repeat its name (see
    ``_named_lines``), if it is one."""
    text = report.text
    m = _named_line().search(text, max(0, at - 12), at + 1)
    if m is None or _is_ordinal(text, m.start("n")) or text[m.start("n") - 1 : m.start("n")] in _CN:
        return None
    n = cn_int(m["n"])
    if not _checkable(n):
        return None
    name = m["name"]
    first = at + 2
    line_end = text.find("\n", first)
    line_end = len(text) if line_end == -1 else line_end
    clauses = [c for c in re.split(r"[，,；;。]", text[first:line_end]) if c.strip()]
    if len(clauses) >= 2 and all(c.endswith(name) for c in clauses):
        k, span = len(clauses), (first, line_end)  # 七个有之：⏎搞A、B的有之，搞C、D的有之，…: each ends in it
    elif not text[first:line_end].lstrip(" \t\u3000" + _DASH).startswith(name):
        return None  # the line after the colon is no item
    elif len(clauses) >= 2 and all(name in c for c in clauses):
        k, span = len(clauses), (first, line_end)
    else:
        end = _section_end(report, first)
        starts = _line_starts_with(text, first, end, name)
        if len(starts) < 2 or len(starts) != n:
            return None  # (lines read to the section's end: linked only where they agree, an item may be worded apart)
        k, span = len(starts), (starts[0], starts[-1] + len(name))
    if k > n:
        return None  # more items than the count: the name opens other lines too
    return _Entry(n, (m.start("n"), m.end("cls")), m["cls"], span, k, k, False)


def _named_lines(report: Report) -> Iterator[Relation]:
    """“八个聚焦”：⏎聚焦A。⏎…⏎聚焦B。…: a named count against the items that repeat its name after the colon: the
    clauses of the next line when every one holds it (or ends in it: 七个有之：⏎搞A的有之，搞B的有之，…), else the
    lines of its section that open with it (as many as the count only: one item worded apart would read as missing)."""
    text = report.text
    for at in _colon_line_ends(report):
        e = _named_entry(report, at)
        if e is None:
            continue
        rel = _relation(text, e.count, e.n, e.cls, e.items, e.k, e.k_hi, e.etc, UNSURE)
        if rel is not None:
            yield rel


def _line_starts_with(text: str, start: int, end: int, name: str) -> list[int]:
    """The starts of the lines of ``[start, end)`` (``start`` opens one) that open with ``name`` (after a dash)."""
    out = []
    pos = start
    while pos < end:
        line_end = text.find("\n", pos, end)
        line_end = end if line_end == -1 else line_end
        if text[pos:line_end].lstrip(" \t\u3000" + _DASH).startswith(name):
            out.append(pos)
        pos = line_end + 1
    return out


# one character per item: a quoted run right before its count (“政会银企”四方, “水铁公空管”五类) or a run of
# administrative levels before N级 (省市县乡四级)
_RUN_CLS = frozenset("个大种项类方级条家")
_LEVEL_CHARS = frozenset("省市县区乡镇村")
_MAX_RUN = 10
_CLOSE_ON_NUMERAL = re.compile(rf"”(?=[{_CN}])")


@lru_cache(maxsize=1)
def _level_leads() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alt(grouped_words('enumeration_terms.tsv')['level_lead'])})$")


def _run_opens_clause(text: str, start: int) -> bool:
    """A run of levels at ``start`` opens its clause, or follows a verb opening it (实现省市县乡四级): the run is read
    whole (after any other word its first level may end that word: 全省市县两级, 国省市县四级)."""
    if start == 0 or text[start - 1] in _CLAUSE_MARKS:
        return True
    return _level_leads().search(text, max(0, start - 4), start) is not None


def _char_runs(report: Report) -> Iterator[Relation]:
    """“政会银企”四方合作机制, 省市县乡四级全覆盖: a run of one-character items right before its count, linked only
    where the run is as long as the count (a run of another length is more likely a word than a slip), or, for a run
    of levels read whole (``_run_opens_clause``), where the count is one more (a level left out: 完成省市县四级…)."""
    text = report.text
    found: list[tuple[int, int, int, bool]] = []  # (run start, run end, count start, a run of levels read whole)
    for close in _CLOSE_ON_NUMERAL.finditer(text):
        q = close.start()
        o = text.rfind("“", max(0, q - _MAX_RUN - 1), q)
        if o != -1 and "”" not in text[o + 1 : q]:
            found.append((o + 1, q, q + 1, False))
    for g in _find_all(text, "级"):
        if text[g - 1 : g] not in _CN or g == 0:
            continue  # (the cheap test first: 省级, 国家级 have no count)
        c = g - 2 if g >= 2 and text[g - 2] in _CN else g - 1
        r = c
        while r > 0 and text[r - 1] in _LEVEL_CHARS and c - r < _MAX_RUN:
            r -= 1
        if c - r >= 2:
            found.append((r, c, c, _run_opens_clause(text, r)))
    for start, end, at, whole in found:
        nm = re.match(rf"[{_CN}]{{1,2}}", text[at : at + 2])
        if nm is None:
            continue
        cls_at = at + nm.end()
        if text[cls_at : cls_at + 1] not in _RUN_CLS:
            continue
        n = cn_int(nm.group(0))
        run = text[start:end]
        if n is None or n < 2 or not (len(run) == n or (whole and len(run) + 1 == n)):
            continue
        if not _ALL_CJK.fullmatch(run) or re.search(f"[{_CN}]", run):
            continue
        rel = _relation(text, (at, cls_at + 1), n, text[cls_at], (start, end), len(run), len(run), False, UNSURE)
        if rel is not None:
            yield rel


# a quoted count of any noun (“四新”, “三融合”, “三篇消费文章”): the groups of ``_COUNT_AFTER_LIST``
_QUOTED_COUNT = re.compile(
    rf"(?P<oq>“)(?:新|老|双)?(?P<n>[{_CN}]{{1,2}})(?P<cls>[\u4e00-\u9fff])[\u4e00-\u9fff]{{0,5}}”"
)
_QUOTE_ON_NUMERAL = re.compile(rf"“(?=(?:新|老|双)?[{_CN}]|双)")
# the one-character classifiers the list-then-count form reads itself
_OWN_CLS = frozenset("个大种项条类支座家级市县乡镇村省")


# a quoted count of measures that moved together (起数、死亡人数“双下降”, 规模、增速、质量“三提升”), the verb and the
# years of a run before it (实现, 连续9年) no part of the list: the groups of ``_COUNT_AFTER_LIST``
_MOVE_TAIL = re.compile(r"(?:连续\d{1,2}年)?(?:实现|保持|做到)?了?$")


@lru_cache(maxsize=1)
def _move_count() -> re.Pattern[str]:
    terms = grouped_words("enumeration_terms.tsv")
    moves = _alt(terms["fall_word"] + terms["rise_word"] + terms["move_word"])
    return re.compile(rf"(?:连续\d{{1,2}}年)?(?:实现|保持|做到)?了?(?P<oq>“)(?P<n>[{_CN}]{{1,2}}|双)(?P<cls>{moves})”")


# the fewest items before a quoted count of moves (two: a count of measures, not of anything; 双 is two)
_MOVES_MIN = 2


def _moves(text: str, counts: Sequence[re.Match[str]]) -> Iterator[Relation]:
    """起数、死亡人数“双下降”, 涉案金额和人员实现“三下降”: the measures listed right before a quoted count of their moves.

    The change word says the count counts measures, so two items are enough (a quoted count of any noun needs three:
    妇女“两癌”); a last item joined by 和 may be two.  More items than the count say nothing (the list read back may
    start earlier than the measures); fewer, only when the list is read whole."""
    for m in _lists_before_counts(text, counts=counts):
        n = 2 if m.n == "双" else cn_int(m.n)
        items = _items(text[m.start : m.end])
        if not _checkable(n) or any(_COUNTED_ITEM.search(i) for i in items):
            continue
        etc = items[-1].endswith("等")
        if etc:
            items[-1] = items[-1][:-1]
        k = len(items)
        k_hi = k + (1 if _JOINED.search(items[-1]) else 0)
        if k < _MOVES_MIN or k > n or not items[-1] or (n > k_hi and not etc and not _whole(text, m.start)):
            continue
        rel = _relation(
            text, (m.n_start, m.cls_end), n, m.cls, (m.start, m.end), k, k_hi, etc, UNSURE, closing_etc=False
        )
        if rel is not None:
            yield rel


def _quoted_counts(report: Report) -> Iterator[Relation]:
    """自治、法治、德治“三融合”, 生物制造、氢能、脑机接口、具身智能等“四新”: a list of three or more right before a
    quoted count of a noun no classifier names, linked only where the list agrees (the count may name something else).
    A quoted count of moves (“双下降”) is ``_moves``'s."""
    text = report.text
    counts: list[re.Match[str]] = []
    moves: list[re.Match[str]] = []
    for open_ in _QUOTE_ON_NUMERAL.finditer(text):
        q = open_.start()
        tail = _MOVE_TAIL.search(text, max(0, q - 8), q)
        mm = _move_count().match(text, tail.start() if tail is not None else q)
        if mm is not None:
            if mm.start() and text[mm.start() - 1] not in "“”":
                moves.append(mm)
            continue
        # (a list's last item stands right before the quote: a 、 at most an item before it, no clause mark between)
        sep = text.rfind("、", max(0, q - _ITEM_UNITS - 1), q)
        if q and text[q - 1] not in "“”" and sep != -1 and not _WALK_STOP.search(text, sep + 1, q):
            qm = _QUOTED_COUNT.match(text, q)
            if qm is not None and qm["cls"] not in _OWN_CLS:
                counts.append(qm)
    for m in _lists_before_counts(text, counts=counts):
        n = cn_int(m.n)
        items = _items(text[m.start : m.end])
        if n is None or n < 2 or any(_COUNTED_ITEM.search(i) for i in items):
            continue
        etc = items[-1].endswith("等")
        k = len(items)
        if k < 3 or k > n or (k < n and not etc) or not _whole(text, m.start):
            continue  # (two items before a quoted count are as often the tail of something else: 妇女“两癌”)
        rel = _relation(
            text,
            (m.n_start, m.n_start + len(m.n) + 1),
            n,
            m.cls,
            (m.start, m.end),
            k,
            k,
            etc,
            UNSURE,
            closing_etc=False,
        )
        if rel is not None:
            yield rel
    yield from _moves(text, moves)


# amounts passed, then their count (连跨5万亿元、6万亿元两个台阶; 跨越7万亿、8万亿、9万亿三个大台阶)
_AMOUNT = r"\d+(?:\.\d+)?[万亿千百]*(?:元|美元)?"
_STEP_LIST = re.compile(rf"(?P<items>(?:{_AMOUNT}[、和])+{_AMOUNT})(?P<etc>等)?(?P<n>[{_CN}]{{1,2}}|\d)个大?$")


@lru_cache(maxsize=1)
def _step_nouns() -> tuple[str, ...]:
    return grouped_words("enumeration_terms.tsv")["step_noun"]


def _steps(report: Report) -> Iterator[Relation]:
    """经济总量连跨5万亿元、6万亿元两个台阶: the amounts right before a count of steps (台阶, 关口) are its items."""
    text = report.text
    for word in _step_nouns():
        for at in _find_all(text, word):
            if text[at - 1 : at] not in ("个", "大"):
                continue  # (the cheap test first: 两个台阶, 三个大台阶)
            m = _STEP_LIST.search(text, max(0, at - 60), at)
            if m is None or (m.start() and text[m.start() - 1].isdigit()):
                continue
            n = cn_int(m["n"])
            k = len(re.split("[、和]", m["items"]))
            if not _checkable(n) or k < 2:
                continue
            rel = _relation(
                text,
                (m.start("n"), at + len(word)),
                n,
                word,
                (m.start("items"), m.end("items")),
                k,
                k,
                bool(m["etc"]),
                UNSURE,
            )
            if rel is not None:
                yield rel


# a total that names how many classes it has (五类案件总数为15454件。其中，A…；B…；…): the classes are the ；-clauses
# after its 其中, each with a figure of its own
_CLASS_TOTAL = re.compile(
    _COUNT
    + r"(?P<cls>类|项|种)(?P<noun>[^，。；;：:、\d\n]{0,10}?)(?:总数|总量|总计|合计|共计|共)(?:为|达到|达)?\s*(?=\d)"
)
_CLASS_REACH = 80
_CLASS_QIZHONG = re.compile(r"[^。；;\n]{0,40}?[。，,]?\s*其中[，,：:]?")


def _class_totals(report: Report) -> Iterator[Relation]:
    """五类案件总数为15454件。其中，A案件199件；B案件8897件；…: the count of classes against the ；-clauses."""
    text = report.text
    found: list[re.Match[str]] = []
    for q in _find_all(text, "其中"):
        # (read back from 其中, rarer than a count: the last class total in the window before it)
        window = text[max(0, q - _CLASS_REACH) : q]
        if "类" not in window and "项" not in window and "种" not in window:
            continue
        last = None
        for found_here in _CLASS_TOTAL.finditer(text, max(0, q - _CLASS_REACH), q):
            last = found_here
        if last is not None and (not found or found[-1].start() != last.start()):
            found.append(last)
    for m in found:
        n = cn_int(m["n"])
        if not _checkable(n) or _is_ordinal(text, m.start("n")):
            continue
        qz = _CLASS_QIZHONG.match(text, m.end())
        if qz is None:
            continue
        stops = [i for i in (text.find("。", qz.end()), text.find("\n", qz.end())) if i != -1]
        stop = min(stops) if stops else len(text)
        if stop - qz.end() > _MAX_CLAUSES_CHARS:
            continue
        clauses = [c for c in re.split(r"[；;]", text[qz.end() : stop]) if c.strip()]
        if len(clauses) < 2 or not all(re.search(r"\d", c) for c in clauses):
            continue
        k = len(clauses)
        rel = _relation(text, (m.start("n"), m.end("cls")), n, m["cls"], (qz.end(), stop), k, k, False, SURE)
        if rel is not None:
            yield rel


# a slogan of falls and rises (“两降两升”): the figures stated falling (下降) and rising (上升) before it
_FALLS_RISES = re.compile(rf"“(?P<a>[{_CN}]{{1,2}})降(?P<b>[{_CN}]{{1,2}})升”")


@lru_cache(maxsize=1)
def _fall_rise_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    terms = grouped_words("enumeration_terms.tsv")
    return re.compile(_alt(terms["fall_word"])), re.compile(_alt(terms["rise_word"]))


def _falls_and_rises(report: Report) -> Iterator[Relation]:
    """A案件同比下降，B同比下降，C同比上升，…呈现“两降两升”态势: each half of the slogan against the clauses of its
    sentence before it that state a fall (a rise), quoted words aside (实现“十一连降”).  Read backwards: more
    clauses than the count say nothing (an earlier clause may be about something else), and each half must find
    one at least."""
    text = report.text
    falls, rises = _fall_rise_words()
    for end in _find_all(text, "升”"):
        m = _FALLS_RISES.search(text, max(0, end - 5), end + 2)  # (read back from its end, rarer than a quote)
        if m is None:
            continue
        a, b = cn_int(m["a"]), cn_int(m["b"])
        if a is None or b is None:
            continue
        s, _ = sentence_bounds(text, m.start())
        before = re.sub(r"“[^“”]*”", lambda q: " " * len(q.group(0)), text[s : m.start()])
        clauses = [c for c in re.split(r"[，,、；;（）()]", before) if c.strip()]
        k_fall = sum(1 for c in clauses if falls.search(c))
        k_rise = sum(1 for c in clauses if rises.search(c) and not falls.search(c))
        if not k_fall or not k_rise or k_fall > a or k_rise > b:
            continue
        for n, k, span in ((a, k_fall, m.span("a")), (b, k_rise, m.span("b"))):
            rel = _relation(text, (span[0], span[1] + 1), n, text[span[1]], (s, m.start()), k, k, False, UNSURE)
            if rel is not None:
                yield rel


# --- a counted slogan defined by its note (五互一共: five items with 互, one with 共) --------------------------

# a counted slogan: two to four counts, each of a one- or two-character noun holding no numeral (三去一降一补, 五互一共,
# 一委一办一平台); each noun is what its items hold
_SLOGAN_NOUN = rf"(?:(?![{_CN}])[\u4e00-\u9fff]){{1,2}}"
_SLOGAN = rf"(?P<slogan>(?:[{_CN}]{_SLOGAN_NOUN}){{2,4}})"
_SLOGAN_PART = re.compile(rf"(?P<n>[{_CN}])(?P<noun>{_SLOGAN_NOUN})")
# a glossary term that is a counted slogan (［3］五互一共：, 5.“三通一码”：, “四融一共”和美乡村：): its label, the slogan
# first, a few words after it, a colon; the definition on the next line or after the colon
_SLOGAN_TERM = re.compile(rf"[ \t\u3000]*{_GLOSS_LABEL}“?{_SLOGAN}”?[^，。；：:、\n\d“”]{{0,8}}[：:]")
# a counted slogan in the text marked with its note (“五互一共”［3］)
_SLOGAN_NOTED = re.compile(rf"“{_SLOGAN}”［(?P<k>\d{{1,3}})］")
# a slogan of one count of one noun (两新, 四库, 三资): its items each hold the noun (设备更新和以旧换新); the noun no
# classifier (三类 is the glossary's count), the term the slogan alone (两个确立 is a count of something else)
_ONE_NOUN = rf"(?:(?![{_CN}个项大类种条件批张篇支座家级方])[\u4e00-\u9fff])"
_SLOGAN_ONE = rf"(?P<slogan>[{_CN}]{_ONE_NOUN})"
_SLOGAN_ONE_TERM = re.compile(rf"[ \t\u3000]*{_GLOSS_LABEL}“?{_SLOGAN_ONE}”?[：:]")
_SLOGAN_ONE_NOTED = re.compile(rf"“{_SLOGAN_ONE}”［(?P<k>\d{{1,3}})］")
# a definition of two items joined by one word and no 、 (设备更新和以旧换新): the two halves (the words:
# ``two_join`` of enumeration_terms.tsv)
_TWO_JOINED = re.compile(
    rf"(?P<a>[^、]{{2,}}?)(?:{_alt(grouped_words('enumeration_terms.tsv')['two_join'])})(?P<b>[^、]{{2,}})"
)
# a definition line: 、-separated items and nothing else (a comma, a bracket or a figure is prose)
_SLOGAN_PROSE = re.compile(r"[，,。；;：:（）()\d]")


def _slogan_parts(text: str, start: int, slogan: str) -> list[tuple[int, str, int]]:
    """(count, noun, offset of the count) of each part of the slogan written at ``start``."""
    out = []
    for p in _SLOGAN_PART.finditer(slogan):
        n = cn_int(p["n"])
        if n is None:
            return []
        out.append((n, p["noun"], start + p.start()))
    return out


def _definition(text: str, at: int) -> tuple[tuple[int, int], list[str]] | None:
    """The items defining a term whose colon is at ``at``: the rest of its line, else the next line (指/即 first)."""
    line_end = text.find("\n", at)
    line_end = len(text) if line_end == -1 else line_end
    start = at + 1
    if not text[start:line_end].strip():
        start = line_end + 1
        line_end = text.find("\n", start)
        line_end = len(text) if line_end == -1 else line_end
    lead = _GLOSS_LEAD.match(text, start, line_end)
    start = lead.end() if lead else start
    body = text[start:line_end].rstrip(" \t\u3000")
    body = body[:-1] if body.endswith("。") else body
    if not body or _SLOGAN_PROSE.search(body):
        return None
    items = _items(body)
    if len(items) == 1:
        two = _TWO_JOINED.fullmatch(body)
        if two is not None and not _JOINED.search(two["a"]) and not _JOINED.search(two["b"]):
            items = [two["a"], two["b"]]  # (one join word only: A和B与C is no reading of two)
    if len(items) < 2 or any(len(i) > _MAX_ITEM or _JOINED.search(i) for i in items):
        return None
    return (start, start + len(body)), items


def _slogan_relations(
    text: str, parts: list[tuple[int, str, int]], span: tuple[int, int], items: list[str]
) -> Iterator[Relation]:
    """Each part of a slogan against the items that hold its noun; nothing when an item holds none or two (三重一大:
    重大事项 holds 重 and 大, which it counts is the reader's guess) or a part has none (四个一批: 个 is no item's)."""
    counts = dict.fromkeys((noun for _, noun, _ in parts), 0)
    if len(counts) != len(parts):
        return  # a noun counted twice (三河三河): no reading
    for item in items:
        held = [noun for noun in counts if noun in item]
        if len(held) != 1:
            return
        counts[held[0]] += 1
    if not all(counts.values()):
        return
    for n, noun, start in parts:
        end = start + 1 + len(noun)
        rel = _relation(text, (start, end), n, noun, span, counts[noun], counts[noun], False, UNSURE)
        if rel is not None:
            yield rel


def _slogan_entry(text: str, label: str) -> tuple[str, tuple[int, int], list[str]] | None:
    """The slogan, definition span and items of the glossary entry labelled ``label`` (［3］), if it is one."""
    at = text.find(f"\n{label}")
    if at == -1:
        return None
    term = _SLOGAN_TERM.match(text, at + 1) or _SLOGAN_ONE_TERM.match(text, at + 1)
    if term is None:
        return None
    found = _definition(text, term.end() - 1)
    return None if found is None else (term["slogan"], *found)


def _slogans(report: Report) -> Iterator[Relation]:
    """A counted slogan and the items its definition lists: the glossary's term (［3］五互一共：⏎中外互鉴、文理互通、
    …、管理共商。; 5.“三通一码”：A、B、C、D。) and the text's slogan marked with that note (“五互一共”［3］).  Each part
    counts the items that hold its noun; read whole (a definition of 、-items only, each holding one noun)."""
    text = report.text
    for at in _find_all(text, "："):
        line_start = text.rfind("\n", 0, at) + 1
        if at - line_start > 24:
            continue  # (the cheap test first: a term is short)
        term = _SLOGAN_TERM.fullmatch(text, line_start, at + 1) or _SLOGAN_ONE_TERM.fullmatch(text, line_start, at + 1)
        if term is None:
            continue
        found = _definition(text, at)
        if found is not None:
            yield from _slogan_relations(text, _slogan_parts(text, term.start("slogan"), term["slogan"]), *found)
    for m in (*_SLOGAN_NOTED.finditer(text), *_SLOGAN_ONE_NOTED.finditer(text)):
        entry = _slogan_entry(text, f"［{m['k']}］")
        if entry is None:
            continue
        parts = _slogan_parts(text, m.start("slogan"), m["slogan"])
        if [noun for _, noun, _ in parts] != [noun for _, noun, _ in _slogan_parts(text, 0, entry[0])]:
            continue  # the note defines another term (its counts may differ from the text's: that is checked)
        yield from _slogan_relations(text, parts, entry[1], entry[2])


# a counted slogan and its items in the bracket right after it (“三河三湖”（淮河海河辽河、太湖巢湖滇池）, （即：…）): the
# items of one part may run on without a 、 when the 、 separates the parts, each ending in the part's noun
_BRACKET_ITEM = 8
_NUMERAL = re.compile(rf"[{_CN}]")
_SLOGAN_BRACKET = re.compile(rf"“{_SLOGAN}”[（(](?:即[：:]?)?(?P<body>[^（）()“”\n]{{2,80}})[）)]")


def _run_items(piece: str, nouns: Sequence[str]) -> list[str]:
    """A 、-piece cut after each of the nouns it holds (淮河海河辽河 → 淮河, 海河, 辽河); what follows the last noun is an
    item of its own (it holds no noun: the reading then fails)."""
    out: list[str] = []
    start = pos = 0
    while pos < len(piece):
        ends = [pos + len(noun) for noun in nouns if piece.startswith(noun, pos)]
        if ends and ends[0] - start >= 2:
            out.append(piece[start : ends[0]])
            start = pos = ends[0]
            continue
        pos += 1
    if start < len(piece):
        out.append(piece[start:])
    return out


def _bracketed_slogans(report: Report) -> Iterator[Relation]:
    """ "“三河三湖”（淮河海河辽河、太湖巢湖滇池）": each part of the slogan against the bracket's items holding its noun."""
    text = report.text
    for m in _SLOGAN_BRACKET.finditer(text):
        body = m["body"]
        if _SLOGAN_PROSE.search(body):
            continue  # a comma, a colon or a figure: an aside, no list
        parts = _slogan_parts(text, m.start("slogan"), m["slogan"])
        nouns = [noun for _, noun, _ in parts]
        pieces = _items(body)
        if any(len(i) > _BRACKET_ITEM * 3 or _NUMERAL.search(i) for i in pieces):
            continue  # names only: a numeral or a long item is a description (以省会为核、东西两翼)
        span = (m.start("body"), m.end("body"))
        if len(pieces) == len(parts) and any(len(_run_items(p, nouns)) > 1 for p in pieces):
            yield from _part_groups(text, parts, span, pieces)
            continue
        if len(pieces) < 2 or any(len(i) > _BRACKET_ITEM for i in pieces):
            continue
        # the 、 separates the items (绿水青山、金山银山 are two, not four)
        yield from _slogan_relations(text, parts, span, pieces)


def _part_groups(
    text: str, parts: list[tuple[int, str, int]], span: tuple[int, int], pieces: list[str]
) -> Iterator[Relation]:
    """One 、-piece per part, in order (淮河海河辽河、太湖巢湖滇池): a part counts its piece's items, run on each after
    its noun (the last may end otherwise: 滇池 is a lake); its first item must hold the part's noun, and no item
    another part's (else the order is not the parts')."""
    nouns = [noun for _, noun, _ in parts]
    counts = []
    for (_, noun, _), piece in zip(parts, pieces, strict=True):
        items = _run_items(piece, [noun])
        if not items[0].endswith(noun) or any(len(i) > _BRACKET_ITEM for i in items):
            return
        if any(other in item for item in items for other in nouns if other != noun):
            return
        counts.append(len(items))
    for (n, noun, start), k in zip(parts, counts, strict=True):
        rel = _relation(text, (start, start + 1 + len(noun)), n, noun, span, k, k, False, UNSURE)
        if rel is not None:
            yield rel


# a counted slogan of one-character nouns in quotes (“两基”, “六保”, “三资”), then, in its sentence, items that each
# open with one of its nouns (…基本普及九年义务教育，基本扫除青壮年文盲; 强化保居民就业、保基本民生、…): the pieces of
# the sentence after it, split at 、 and ，
_SLOGAN_CHARS = re.compile(rf"“(?P<slogan>(?:[{_CN}]{_ONE_NOUN}){{1,4}})”")
_PIECE_BREAK = re.compile(r"[、，,：:]")
_SENTENCE_STOP = re.compile(r"[。；;！？!?\n]")
# the piece the items may start in: the slogan's own clause or the next one (its first item may follow a verb)
_FIRST_PIECES = 2
_SLOGAN_ITEM = 20


def _opening_items(rest: str, nouns: Sequence[str]) -> tuple[int, int, list[str]] | None:
    """(start, end, items) of the run of pieces of ``rest`` each opening with a noun, the first of them in one of
    the first pieces (after any words before its noun); None if there is no run of two or more."""
    pieces: list[tuple[int, str]] = []
    pos = 0
    for brk in _PIECE_BREAK.finditer(rest):
        pieces.append((pos, rest[pos : brk.start()]))
        pos = brk.end()
    pieces.append((pos, rest[pos:]))
    for i, (at, piece) in enumerate(pieces[:_FIRST_PIECES]):
        first = min((k for k in (piece.find(noun) for noun in nouns) if k != -1), default=-1)
        if first == -1:
            continue
        run = [(at + first, piece[first:])]
        for at2, piece2 in pieces[i + 1 :]:
            if not piece2 or piece2[0] not in nouns:
                break
            run.append((at2, piece2))
        if len(run) < 2 or any(len(item) > _SLOGAN_ITEM for _, item in run):
            return None
        return run[0][0], run[-1][0] + len(run[-1][1]), [item for _, item in run]
    return None


def _slogan_items(report: Report) -> Iterator[Relation]:
    """ "“两基”攻坚计划，到2007年基本普及九年义务教育，基本扫除青壮年文盲": each part of the slogan against the items
    opening with its noun, linked only where every part has as many as it counts (a run of another length is more
    likely other words holding the character than a slip)."""
    text = report.text
    for m in _SLOGAN_CHARS.finditer(text):
        parts = _slogan_parts(text, m.start("slogan"), m["slogan"])
        nouns = [noun for _, noun, _ in parts]
        if not parts or len(set(nouns)) != len(nouns) or sum(n for n, _, _ in parts) < 2:
            continue
        stop = _SENTENCE_STOP.search(text, m.end())
        end = stop.start() if stop else len(text)
        found = _opening_items(text[m.end() : end], nouns)
        if found is None:
            continue
        s, e, items = found
        counts = {noun: sum(1 for item in items if item[0] == noun) for noun in nouns}
        if any(counts[noun] != n for n, noun, _ in parts):
            continue
        for n, noun, start in parts:
            rel = _relation(
                text, (start, start + 1 + len(noun)), n, noun, (m.end() + s, m.end() + e), n, n, False, UNSURE
            )
            if rel is not None:
                yield rel


# a count opening its sentence with 这 (这两件大事, 这两个指标): it names the clauses of the sentence before
_BACK_COUNT = re.compile(rf"这(?P<n>[{_CN}]{{1,2}})(?P<cls>个|件|项|大|方面|条|种)")
_BACK_LEAD = 6  # the most characters before 这 in its sentence (a lead and a comma)
_BACK_PIECE = 40
_BACK_OPENING = 4  # a first clause this short is the sentence's time or subject (去年，), no item


def _back_counts(report: Report) -> Iterator[Relation]:
    """ "去年，我们隆重庆祝了A，顺利实现了B。这两件大事，…": a count opening its sentence with 这 against the clauses
    of the sentence before, linked only where they are as many (another number of clauses is no reading: the
    count may sum up more than that sentence)."""
    text = report.text
    for m in _BACK_COUNT.finditer(text):
        n = cn_int(m["n"])
        if not _checkable(n) or n < 2:
            continue
        s, _ = sentence_bounds(text, m.start())
        lead = text[s : m.start()].strip(" \u3000")
        if len(lead) > _BACK_LEAD or (lead and lead[-1] not in "，,"):
            continue
        if s < 2 or text[s - 1] not in "。！？!?":
            continue
        ps, pe = sentence_bounds(text, s - 2)
        pieces = [(k.start(), k.end()) for k in re.finditer(r"[^，,；;]+", text[ps:pe])]
        if pieces and pieces[0][1] - pieces[0][0] <= _BACK_OPENING:
            pieces = pieces[1:]
        if len(pieces) != n or any(b - a > _BACK_PIECE or "、" in text[ps + a : ps + b] for a, b in pieces):
            continue
        span = (ps + pieces[0][0], ps + pieces[-1][1])
        rel = _relation(text, (m.start("n"), m.end("cls")), n, m["cls"], span, n, n, False, UNSURE)
        if rel is not None:
            yield rel


# --- a glossary term naming several counts, its definition one ，-group per count (“三大高地”“五大战略”：A高地、…，D战略、…)

# one count word of a term: a numeral, a classifier or none, a noun of up to four characters with no numeral
_COUNT_WORD = re.compile(
    rf"(?P<n>[{_CN}]{{1,2}})(?P<cls>个|大|项|条|类|种|张|篇|批|支|座)?(?P<noun>(?:(?![{_CN}])[\u4e00-\u9fff]){{1,4}})"
)
# the term: its label, a few words, then two to four quoted count words (“两重”“两新”), count words joined by 、
# (两个基地、两个枢纽、两个网络), or one counted slogan (“三上门两加强”), a few words after, a colon
_WORDS_TERM = re.compile(
    rf"[ \t\u3000]*{_GLOSS_LABEL}(?P<lead>[^“”\n，。；：:、\d]{{0,10}}?)"
    rf"(?P<words>(?:“[^“”\n，。；：:、\d]{{2,8}}”){{1,4}}|[^“”\n，。；：:\d]{{2,8}}(?:、[^“”\n，。；：:、\d]{{2,8}}){{1,3}})"
    rf"[^，。；：:、\n\d“”]{{0,8}}[：:]"
)
# what opens a group of the definition: its own quoted count and a verb of defining (“四级”为…, “三类”指…)
_GROUP_LEAD = re.compile(r"\s*(?:“[^“”]{1,8}”)?(?:是指|指|为|即|包括)?")
_GROUP_PROSE = re.compile(r"[。；;：:（）()\d“”《》]")
_JOIN = re.compile(r"和|及|与")


def _term_parts(words: str, start: int) -> list[tuple[int, str, str, int, int]]:
    """(count, classifier, noun, start, end of the count's span) of each count the term names, in order (a quoted
    word that is a counted slogan gives its parts); [] when a word is no count."""
    out: list[tuple[int, str, str, int, int]] = []
    quoted = re.findall(r"“([^“”]+)”", words)
    if quoted:
        pos = start
        pieces = []
        for q in quoted:
            at = words.index(f"“{q}”", pos - start) + start + 1
            pieces.append((q, at))
            pos = at + len(q)
    else:
        pieces = []
        pos = start
        for w in words.split("、"):
            pieces.append((w, pos))
            pos += len(w) + 1
    for w, at in pieces:
        m = _COUNT_WORD.fullmatch(w)
        if m is not None:
            n = cn_int(m["n"])
            if n is None:
                return []
            out.append((n, m["cls"] or "", m["noun"], at, at + m.end("cls") if m["cls"] else at + m.end("n") + 1))
            continue
        if len(pieces) > 1 or not re.fullmatch(_SLOGAN, w):
            return []
        for n, noun, p_at in _slogan_parts(w, at, w):
            out.append((n, "", noun, p_at, p_at + 1 + len(noun)))
    return out


def _group_items(group: str, cls: str, noun: str) -> tuple[int, int] | None:
    """The items of one group (k, k_hi): split at 、; a count of a classifier and a noun of two characters or more
    (三大高地, 两个基地) reads items ending in the noun (a piece that does not is a name's 、: joined to the next;
    X基地和Y基地 is two), any other the last item joined by 和 as one or two."""
    pieces = [p for p in group.split("、")]
    if any(not p.strip() for p in pieces):
        return None
    if cls and len(noun) >= 2:
        items: list[str] = []
        held = ""
        for p in pieces:
            held = f"{held}、{p}" if held else p
            if held.endswith(noun):
                items.append(held)
                held = ""
        if held:
            return None  # the last piece ends in no noun: not this count's items
        k = sum(1 + sum(1 for j in _JOIN.finditer(i) if i[: j.start()].endswith(noun)) for i in items)
        return k, k
    k = len(pieces)
    return k, k + (1 if _JOINED.search(pieces[-1]) else 0)


def _glossary_groups(report: Report) -> Iterator[Relation]:
    """7.“三大高地”“五大战略”：A高地、B高地、C高地，D战略、…; ［10］两个基地、两个枢纽、两个网络：⏎X基地和Y基地，…; 4.某某
    “三上门两加强”行动：上门A、上门B、上门C，加强D、加强E: a term naming several counts whose definition has one ，-group
    per count, in order; each count against its group's items.  Read only where the groups are as many as the counts
    (the definition is then laid out by them); a group in prose (a figure, a bracket, a colon) says nothing."""
    text = report.text
    for at in _find_all(text, "："):
        line_start = text.rfind("\n", 0, at) + 1
        if at - line_start > 40 or text[line_start : line_start + 1] not in "0123456789［[ \t\u3000":
            continue  # (the cheap test first: a glossary line opens with its label)
        term = _WORDS_TERM.fullmatch(text, line_start, at + 1)
        if term is None:
            continue
        parts = _term_parts(term["words"], term.start("words"))
        if len(parts) < 2:
            continue
        line_end = text.find("\n", at)
        line_end = len(text) if line_end == -1 else line_end
        start = at + 1
        if not text[start:line_end].strip():
            start = line_end + 1
            line_end = text.find("\n", start)
            line_end = len(text) if line_end == -1 else line_end
        body = text[start:line_end].rstrip(" \t\u3000")
        body = body[:-1] if body.endswith("。") else body
        groups = body.split("，")
        if len(groups) != len(parts):
            continue
        offset = start
        spans = []
        for g in groups:
            lead = _GROUP_LEAD.match(g)
            s = lead.end() if lead else 0
            spans.append((offset + s, offset + len(g), g[s:]))
            offset += len(g) + 1
        if any(not g or _GROUP_PROSE.search(g) or len(g) > _MAX_ITEMS_CHARS for _, _, g in spans):
            continue
        read = [_group_items(g, cls, noun) for (_, _, g), (_, cls, noun, _, _) in zip(spans, parts, strict=True)]
        if any(r is None for r in read):
            continue
        for (n, cls, noun, c_start, c_end), (g_start, g_end, _), r in zip(parts, spans, read, strict=True):
            assert r is not None
            rel = _relation(text, (c_start, c_end), n, cls or noun, (g_start, g_end), r[0], r[1], False, UNSURE)
            if rel is not None:
                yield rel


# --- the one after a list (草业成为继奶业、玉米、肉羊之后第4个千亿级产业: the three named and this one) -------


@lru_cache(maxsize=1)
def _successor() -> re.Pattern[str]:
    terms = grouped_words("enumeration_terms.tsv")
    return re.compile(
        rf"(?:{_alt(terms['after_open'])})(?!{_alt(terms['after_not'])})(?P<items>[^，,。；;：:（）()\n“”\d]{{2,{_MAX_ITEMS_CHARS}}}?)"
        rf"(?P<etc>等[\u4e00-\u9fff]{{0,4}})?(?:{_alt(terms['after_close'])})的?第{_COUNT}(?P<cls>{_LIST_COUNTED}|位|次|批)"
    )


def _successors(report: Report) -> Iterator[Relation]:
    """继A、B、C之后第4个: the ordinal counts the items before it and the one it names (k + 1; the list ending in 等:
    at least that).  A list of 、-items without figures (继2019年、2021年之后 is no list of things), none with a count of
    its own; a comma between the list and the ordinal (继A、B之后，第5个…) counts something else."""
    text = report.text
    pat = _successor()
    for m in pat.finditer(text):
        n = cn_int(m["n"])
        if not _checkable(n):
            continue
        items = _items(m["items"])
        if any(len(i) > _MAX_ITEM or _COUNTED_ITEM.search(i) for i in items):
            continue
        k = len(items) + 1
        k_hi = k + (1 if _JOINED.search(items[-1]) else 0)
        rel = _count_and_list(text, m, n, k, k_hi, closing_etc=False)
        if rel is not None:
            yield rel


@lru_cache(maxsize=1)
def _chain_pattern() -> re.Pattern[str]:
    """A quoted chain of three or more short levels joined by dashes, its count right after the closing quote."""
    terms = grouped_words("enumeration_terms.tsv")
    sep = "[" + "".join(re.escape(c) for c in terms["chain_sep"]) + "]{1,2}"
    level = r"[\u4e00-\u9fff（）()]{1,8}"
    return re.compile(rf"“(?P<items>{level}(?:{sep}{level}){{2,}})”{_COUNT}(?P<cls>{_alt(terms['chain_cls'])})")


def _chains(report: Report) -> Iterator[Relation]:
    """“网格—社区(村)—街乡—区”四级: the levels of a quoted chain, joined by dashes, against the count after it (a
    count of levels only: 级, 层)."""
    text = report.text
    if "”" not in text:
        return
    pat = _chain_pattern()
    sep = re.compile("[" + "".join(re.escape(c) for c in grouped_words("enumeration_terms.tsv")["chain_sep"]) + "]+")
    for m in pat.finditer(text):
        n = cn_int(m["n"])
        if not _checkable(n):
            continue
        k = len(sep.split(m["items"]))
        rel = _relation(text, (m.start("n"), m.end("cls")), n, m["cls"], m.span("items"), k, k, False, UNSURE)
        if rel is not None:
            yield rel


def link_enumerations(report: Report) -> Iterator[Relation]:
    """Every stated count with its list; one relation per count (the first form that reads it)."""
    seen: set[int] = set()
    for form in (
        _counted,
        _count_after,
        _list_then_count,
        _far_list,
        _titles,
        _abbreviated,
        _named,
        _heading_counts,
        _pairs,
        _glossary,
        _glossary_lines,
        _noted,
        _named_lines,
        _char_runs,
        _quoted_counts,
        _steps,
        _class_totals,
        _falls_and_rises,
        _slogans,
        _bracketed_slogans,
        _slogan_items,
        _back_counts,
        _glossary_groups,
        _successors,
        _chains,
    ):
        for rel in form(report):
            assert rel.result is not None
            at = rel.result.start
            if at in seen:
                continue
            seen.add(at)
            yield _cut_off(report.text, rel)


def _text_end(text: str) -> tuple[int, bool]:
    """Where ``text`` ends but for trailing white space, and whether a sentence's end closes it (maybe closing
    quotes or brackets after it): read back from its end, no copy of the text."""
    end = len(text)
    while end > 0 and text[end - 1].isspace():
        end -= 1
    i = end
    while i > 0 and text[i - 1] in _CLOSERS:
        i -= 1
    return end, i > 0 and text[i - 1] in _TEXT_END


def _cut_off(text: str, rel: Relation) -> Relation:
    """A list short of its count that runs to the end of a text cut mid-sentence (…五是…；六是着): at most info."""
    assert rel.result is not None
    listed = rel.operands[0]
    if rel.result.value <= listed.interval.high or rel.confidence <= CUT_OFF:
        return rel
    end, ended = _text_end(text)
    if listed.end < end - _CUT_SLACK or ended:
        return rel
    return replace(rel, confidence=CUT_OFF)
