"""Linker ``rate``: a stated rate and the counts it is computed from (``ratio`` relations).

Two links are read:

* a named rate (纠错率58.6%) with the counts of its sentence whose clauses name
  its numerator (直接纠错案件17件) and denominator (受理行政复议案件29件), from
  ``analyzer/data/rates.toml``;
* a share (其中…12件，占25.5%) with the part just before it and the total its
  其中 hangs from (共收到申请47件，其中…).

Each candidate (numerator, denominator) pair is one relation of a group: the
rate holds when any pair gives it.  A confident link (one numerator, its
candidates in the sentence, exact counts) may become an error; a named rate
whose counts are uncertain at most info; an uncertain share nothing.  A
numerator above its denominator is a ``part_whole`` relation instead.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ...checks.cache import by_identity
from ...checks.lexicon import RateName, lexicon
from ...checks.linking import (
    CLAUSE_END,
    CLAUSE_END_OUTSIDE_BRACKETS,
    clause_start,
    label,
    own_label,
    paragraph_bounds,
    sentence_bounds,
    simplified,
)
from ...checks.mentions import Mention, mentions, starting_before, starting_in
from ...types import Report
from ..model import Relation, RelationKind

LINKER = "rate"
# confidence of a link: one numerator and one denominator in the sentence; a named rate otherwise; a share otherwise
CONFIDENT = 0.9
NAMED = 0.4
SHARE = 0.2

# the words before a share's percent: 占58.6%, 占比58.6%, 占全部案件的58.6%, 占总数比例为…
_SHARE_LABEL = re.compile(r"占(?:[^，。；、]{0,14}?的)?(?:比重|比例|比)?(?:为|达|达到|约)?$")
# words that make a count the total of its sentence
_TOTAL_WORDS = ("共", "总", "合计", "累计", "全年", "受理", "收到", "新收", "办理", "登记", "接收")
# words between a total and its parts
_QIZHONG = "其中"


@dataclass(frozen=True)
class RateLink:
    """A rate and the counts it may be computed from."""

    rate: Mention
    name: str  # 纠错率, or 占比 for shares
    numerators: tuple[Mention, ...]
    denominators: tuple[Mention, ...]
    confident: bool  # one numerator, one denominator, exact counts


def _has_any(words: str, keys: tuple[str, ...]) -> bool:
    return any(k in words for k in keys)


# two-character words that say nothing about what is counted
_STOP_GRAMS = frozenset(
    [
        "全年",
        "年度",
        "本年",
        "今年",
        "其中",
        "共计",
        "合计",
        "累计",
        "全部",
        "依法",
        "我区",
        "我县",
        "我市",
        "全区",
        "全县",
        "全市",
    ]
)


def _content_grams(words: str, rate: RateName) -> set[str]:
    """The two-character words of a label once the rate's keywords and filler are cut out (全年受理工单 → 工单)."""
    for w in sorted(
        rate.numerator + rate.denominator + tuple(_STOP_GRAMS) + ("共", "已", "新", "的"), key=len, reverse=True
    ):
        words = words.replace(w, "|")
    grams = {words[i : i + 2] for i in range(len(words) - 1)}
    return {g for g in grams if "|" not in g and not any(c.isdigit() for c in g)}


def _rate_name(text: str, p: Mention) -> tuple[str, RateName] | None:
    lab = simplified(label(text, p))
    rate = lexicon().rate_for(lab)
    if rate is None or not rate.numerator:
        return None
    return lab, rate


# the counts of a rate are looked for at most this far from it: the longest sentence of the real
# corpus has 638 characters, and a page of figures without a 。 must not make the rule cubic
_REACH = 400
# a paragraph is looked at most this far back (real paragraphs stay well below it)
_PARAGRAPH_REACH = 3000


def _sentence(text: str, p: Mention) -> tuple[int, int]:
    """The sentence of ``p``, clipped to ``_REACH`` characters on either side."""
    s, e = sentence_bounds(text, p.start)
    return max(s, p.start - _REACH), min(e, p.end + _REACH)


def _window(text: str, p: Mention) -> tuple[int, int]:
    """The sentence of ``p``, extended to the previous sentence of its paragraph (within ``_REACH``)."""
    s, e = _sentence(text, p)
    ps, _ = paragraph_bounds(text, p.start)
    if s - 1 > ps:
        s2, _ = sentence_bounds(text, s - 2)
        s = max(s2, ps)
    return max(s, p.start - _REACH), e


def _named_link(text: str, p: Mention, rate: RateName, ms: tuple[Mention, ...]) -> RateLink | None:
    s, e = _sentence(text, p)
    ws, _ = _window(text, p)
    counts = [m for m in starting_in(ms, ws, e + 1) if m.is_count and ws <= m.start and m.end <= e and m is not p]
    nums, dens = [], []
    for c in counts:
        lab = simplified(own_label(text, c, ms, CLAUSE_END_OUTSIDE_BRACKETS))
        is_num = _has_any(lab, rate.numerator)
        is_den = _has_any(lab, rate.denominator)
        if is_num and not is_den:
            nums.append(c)
        elif is_den and not is_num:
            dens.append(c)
    pairs = [(n, d) for n in nums for d in dens if n.unit == d.unit]
    if not pairs:
        return None
    # one numerator; every candidate in the rate's sentence and exact: if none fits, the rate is wrong ...
    in_sentence = all(s <= m.start for m in (*nums, *dens))
    confident = len(nums) == 1 and in_sentence and nums[0].exact and all(d.exact for d in dens)
    # ... unless the paragraph names another possible denominator before the sentence (新受理的151件中 …)
    # (one that shares a content word with the sentence's denominators: 行政复议 in 新受理的行政复议151件中)
    ps = max(paragraph_bounds(text, p.start)[0], s - _PARAGRAPH_REACH)
    topic = set().union(*(_content_grams(simplified(label(text, d)), rate) for d in dens))
    elsewhere = [
        m
        for m in starting_in(ms, ps, s)
        if m.is_count
        and ps <= m.start < s
        and _has_any(lab := simplified(label(text, m)), rate.denominator)
        and _content_grams(lab, rate) & topic
    ]
    confident = confident and not elsewhere
    return RateLink(p, rate.name, tuple(nums), tuple(dens), confident)


def _share_link(text: str, p: Mention, ms: tuple[Mention, ...]) -> RateLink | None:
    lab_raw = text[max(0, p.start - 20) : p.start]
    cut = max(lab_raw.rfind(c) for c in "，,；;。、（(")
    words = lab_raw[cut + 1 :]
    if not _SHARE_LABEL.search(words):
        return None
    s, _ = _sentence(text, p)
    before = [m for m in starting_in(ms, s, p.start + 1) if m.end <= p.start and m.start >= s]
    if not before or not before[-1].is_count:
        return None
    part = before[-1]
    if "%" in text[part.end : p.start] or len(text[part.end : p.start]) > 24:
        return None
    obj = re.search(r"占(?P<obj>[^，。；、]{2,14}?)(?:的|比重|比例)", words)
    if obj:
        yield_link = _object_link(text, p, part, obj.group("obj"), ms)
        if yield_link is not None:
            return yield_link
    q = text.rfind(_QIZHONG, s, part.start)
    search_from = s
    if q == -1 and not text[s:].lstrip().startswith(_QIZHONG):
        # "案件40宗，审结27宗，占67.5%": the count just before the part, checked but never an error
        prev = [
            m
            for m in starting_in(ms, s, part.start + 1)
            if s <= m.start and m.end <= part.start and m.unit == part.unit and m.is_count and m is not part
        ]
        listed = _listed_sum(text, part, ms)
        # the whole is bigger than its part and is not itself a share (行政处罚类349件，占比31%；投诉类296件…)
        if not prev or listed is not None or prev[-1].value <= part.value or "%" in text[prev[-1].end : part.start]:
            return None
        return RateLink(p, "占比", (part,), (prev[-1],), False)
    if q == -1 and text[s:].lstrip().startswith(_QIZHONG):
        # "…共收到申请47件。其中，…12件，占25.5%": the total is in the previous sentence
        q = s
        search_from = sentence_bounds(text, max(0, s - 2))[0]
    if q == -1:
        return None
    wholes = [
        m
        for m in starting_in(ms, search_from, q + 1)
        if search_from <= m.start and m.end <= q and m.unit == part.unit and m.is_count
    ]
    if not wholes:
        return None
    whole = wholes[-1]
    # "2474项政务服务事项…，其中，不见面审批事项2369项": the only count of its unit, named by a noun the part shares
    after = text[whole.end : whole.end + 12]
    own = label(text, part)
    shared_noun = len(wholes) == 1 and any(own[i : i + 2] in after for i in range(max(0, len(own) - 1)))
    totalish = _has_any(label(text, whole), _TOTAL_WORDS) or shared_noun
    listed = _listed_sum(text, part, ms)
    confident = totalish and whole.exact and part.exact and listed is None
    return RateLink(p, "占比", (part,) if listed is None else (part, listed), (whole,), confident)


def _listed_sum(text: str, part: Mention, ms: tuple[Mention, ...]) -> Mention | None:
    """ "A类172件、B类80件、C类50件，占…": the figures listed with ``part``, summed (None if alone)."""
    group = [part]
    before = (m for m in reversed(starting_before(ms, part.start)) if m.end <= part.start)
    for m in before:
        gap = text[m.end : group[0].start]
        if m.unit != part.unit or "、" not in gap or len(gap) > 14 or any(c in gap for c in "，,；。"):
            break
        group.insert(0, m)
    if len(group) < 2:
        return None
    total = group[0].interval
    for g in group[1:]:
        total = total + g.interval
    return dataclasses.replace(
        part,
        value=sum(g.value for g in group),
        interval=total,
        start=group[0].start,
        raw="+".join(g.raw for g in group),
        text=text[group[0].start : part.end],
    )


def _object_link(text: str, p: Mention, part: Mention, obj: str, ms: tuple[Mention, ...]) -> RateLink | None:
    """ "312件，占行政处罚案件总数的14.6%": the whole is the count its paragraph calls 行政处罚案件."""
    noun = re.sub(r"(?:总数|总量|总额|全部|总)$", "", obj)
    if len(noun) < 2:
        return None
    ps = max(paragraph_bounds(text, p.start)[0], p.start - _PARAGRAPH_REACH)
    wholes = [
        m
        for m in starting_in(ms, ps, part.start + 1)
        if ps <= m.start and m.end <= part.start and m.unit == part.unit and noun[-4:] in label(text, m)
    ]
    fuzzy = False
    if not wholes:
        # 占审理案件总数的88.57% ← 审理的2118件: a shared word, checked but never an error
        grams = {noun[i : i + 2] for i in range(len(noun) - 1)}
        wholes = [
            m
            for m in starting_in(ms, ps, part.start + 1)
            if ps <= m.start and m.end <= part.start and m.unit == part.unit and any(g in label(text, m) for g in grams)
        ]
        fuzzy = True
    if not wholes:
        return None
    listed = _listed_sum(text, part, ms)
    confident = len(wholes) == 1 and wholes[0].exact and part.exact and listed is None and not fuzzy
    return RateLink(p, "占比", (part,) if listed is None else (part, listed), tuple(wholes[-1:]), confident)


@by_identity(maxsize=8)
def rate_links(report: Report) -> tuple[RateLink, ...]:
    """Every rate of ``report`` linked to candidate counts."""
    text = report.text
    ms = mentions(report)
    out: list[RateLink] = []
    for p in ms:
        if not p.is_percent:
            continue
        named = _rate_name(text, p)
        link = _named_link(text, p, named[1], ms) if named else _share_link(text, p, ms)
        if link is not None:
            out.append(link)
    return tuple(out)


def link_rates(report: Report) -> Iterator[Relation]:
    for link in rate_links(report):
        p = link.rate
        pairs = [(n, d) for n in link.numerators for d in link.denominators if n.unit == d.unit and d.value > 0]
        conf = CONFIDENT if link.confident else NAMED if link.name != "占比" else SHARE
        group = f"ratio@{p.start}"
        for n, d in pairs:
            if link.confident and n.value > d.value and p.value <= 100:
                # a numerator above its denominator: the part/whole relation says it better
                yield Relation(RelationKind.PART_WHOLE, (n,), d, LINKER, conf, name=link.name, group=group)
                continue
            yield Relation(RelationKind.RATIO, (n, d), p, LINKER, conf, name=link.name, group=group)


# a rate's name: the words right before its percent end in 率 or 度 (入驻率, 调撤率, 完成度)
_RATE_NAME = re.compile(r"[\u4e00-\u9fff]{1,10}[率度](?:为|是|达|达到|约|约为|保持在|稳定在|提升至|提高到)*$")
# how far back a clause rate's whole may stand (its sentence and the one or two before it)
_CLAUSE_REACH = 400
# a clause rate that no candidate pair gives: its counts are guesses, worth info at most
CLAUSE = 0.2


def link_clause_rates(report: Report) -> Iterator[Relation]:
    """ "2418项…中，2331项纳入…，入驻率达到96.4%": a rate named by a word no lexicon lists.

    The numerator is the count right before the rate, in its sentence; every count of that unit before
    it within reach, at least as big, is a candidate whole.  The rate holds when one candidate gives it.
    """
    text = report.text
    ms = mentions(report)
    linked = {link.rate.start for link in rate_links(report)}
    for i, p in enumerate(ms):
        if not p.is_percent or p.start in linked or i == 0:
            continue
        words = simplified(text[clause_start(text, p.start, CLAUSE_END) : p.start])
        if not _RATE_NAME.search(words) or _CHANGE_WORDS.search(words):
            continue
        s, _ = sentence_bounds(text, p.start)
        before = [m for m in ms[max(0, i - 12) : i] if m.end <= p.start]
        nums = [m for m in before if m.start >= s and m.is_count]
        if not nums:
            continue
        num = nums[-1]
        if "%" in text[num.end : p.start]:
            continue
        lo = max(paragraph_bounds(text, num.start)[0] - _CLAUSE_REACH, num.start - _CLAUSE_REACH)
        in_table = "|" in text[text.rfind("\n", 0, p.start) + 1 : p.start]
        dens = [
            m
            for m in starting_in(ms, lo, num.start)
            if m.unit == num.unit
            and m.end <= num.start
            and m.value >= num.value
            and m.value > 0
            and (in_table or "|" not in text[text.rfind("\n", 0, m.start) + 1 : m.start])
        ]
        for d in dens:
            yield Relation(
                RelationKind.RATIO,
                (num, d),
                p,
                "clause_rate",
                CLAUSE,
                name=words[-6:].strip(),
                group=f"ratio@{p.start}",
            )


_CHANGE_WORDS = re.compile(r"增长|下降|提高|降低|同比|环比|增幅|降幅|百分点")
