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
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ... import data
from ...cache import by_identity
from ...types import Report
from ..figures import combined
from ..lexicon import RateName, lexicon
from ..linking import (
    CLAUSE_END,
    CLAUSE_END_OUTSIDE_BRACKETS,
    clause_start,
    label,
    own_label,
    paragraph_bounds,
    sentence_bounds,
    simplified,
)
from ..mentions import Mention, mentions, starting_before, starting_in
from ..model import Relation, RelationKind
from .shares import counted_otherwise

LINKER = "rate"
# confidence of a link: one numerator and one denominator in the sentence; a named rate otherwise; a share otherwise
CONFIDENT = 0.9
# one numerator in the rate's sentence, its bases weighed across the passage: a warning when none gives the rate
WEIGHED = 0.6
NAMED = 0.4
SHARE = 0.2
# how far from a rate its passage's other bases are looked for (within its top-level section)
_PASSAGE = 3000

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
    confidence: float  # CONFIDENT: one numerator, its bases in the sentence, exact counts; WEIGHED …; NAMED; SHARE
    # the bases, when none is stated in the rate's own sentence: WEIGHED only if another rate holds on one of them
    far: tuple[Mention, ...] = ()


def _has_any(words: str, keys: tuple[str, ...]) -> bool:
    return any(k in words for k in keys)


_WORDS = data.grouped_words("relation_words.tsv")
# a keyword negated or in progress before it (未办结, 正在办理), or naming another noun after it (办结时限)
_NOT_DONE = re.compile(rf"(?:{data.alternation(_WORDS['rate_word_not_done'])})$")
_MODIFIED = re.compile(rf"(?:{data.alternation(_WORDS['rate_word_modified'])})")  # matched at a keyword's end


def _keyword_ends(lab: str, w: str) -> Iterator[int]:
    """Where each occurrence of the rate keyword ``w`` that names the counted step ends in ``lab`` (未办结8件 and
    处于办结时限内正在办理568件 name no 办结: the first is what was not closed, the second's 办结 is the deadline's)."""
    i = lab.find(w)
    while i >= 0:
        end = i + len(w)
        if not _NOT_DONE.search(lab, 0, i) and not _MODIFIED.match(lab, end):
            yield end
        i = lab.find(w, i + 1)


def names_step(lab: str, keys: tuple[str, ...]) -> bool:
    """Whether ``lab`` names one of a rate's keywords as the counted step (not negated, not a modifier)."""
    return any(next(_keyword_ends(lab, k), None) is not None for k in keys)


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
    at = lab.rfind(rate.name)
    neg = _NOT_DONE.search(lab, 0, at) if at >= 0 else None
    if neg is not None:
        # 不合格率3%, 未办结率10%: the rate of the rest, over the same base, of the counts so negated (不合格15批次)
        rate = dataclasses.replace(rate, name=neg[0] + rate.name, numerator=tuple(neg[0] + w for w in rate.numerator))
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


def _role(lab: str, rate: RateName) -> str | None:
    """Whether a count's label names the rate's numerator or its denominator: the keyword standing last decides
    (受理事项回复46210件 is what was answered of the received, a numerator; 审结的案件 a denominator)."""
    num = max((e for w in rate.numerator for e in _keyword_ends(lab, w)), default=-1)
    den = max((e for w in rate.denominator for e in _keyword_ends(lab, w)), default=-1)
    if num == den:
        return None
    return "num" if num > den else "den"


def _section_span(report: Report, pos: int) -> tuple[int, int]:
    """The top-level section around ``pos`` (the whole text when it has none), clipped to ``_PASSAGE``."""
    sec = report.section_at(pos)
    while sec is not None and sec.level > 1 and sec.start > 0:
        up = report.section_at(sec.start - 1)
        if up is None or up.level >= sec.level:
            break
        sec = up
    lo, hi = (sec.start, sec.end) if sec is not None else (0, len(report.text))
    return max(lo, pos - _PASSAGE), min(hi, pos + _PASSAGE)


def _stem_numerators(text: str, p: Mention, nums: list[Mention], ms: tuple[Mention, ...]) -> list[Mention]:
    """Of several numerator candidates, the one whose label carries the rate's own stem (直接纠错的案件有374件，
    其中确认违法70件…，直接纠错率为20%: 直接纠错 names 374 and not its parts)."""
    if len(nums) < 2:
        return nums
    stem = simplified(label(text, p))
    stem = stem[: stem.rfind("率")] if "率" in stem else stem
    for k in range(len(stem), 1, -1):
        hit = [n for n in nums if stem[-k:] in simplified(own_label(text, n, ms, CLAUSE_END_OUTSIDE_BRACKETS))]
        if hit:
            return hit if len(hit) < len(nums) else nums
    return nums


_TIMING = _WORDS["timing_qualifier"]


def _timely_numerators(text: str, p: Mention, nums: list[Mention], ms: tuple[Mention, ...]) -> list[Mention]:
    """The numerator candidates a rate may be of: a count named timely or late (按时结案597件) is a part of what
    its rate counts unless the rate's own name says so too (按时结案率 yes, 结案率 no)."""
    rate_words = simplified(label(text, p))
    if any(w in rate_words for w in _TIMING):
        return nums
    return [
        n
        for n in nums
        if not any(w in simplified(own_label(text, n, ms, CLAUSE_END_OUTSIDE_BRACKETS)) for w in _TIMING)
    ]


def _named_link(report: Report, p: Mention, rate: RateName, ms: tuple[Mention, ...]) -> RateLink | None:
    text = report.text
    s, e = _sentence(text, p)
    # a ； after the rate closes its statement: the counts after it are another's (直接办结率85.86%；受理省派工单2917件，
    # 已处理完毕2349件 — the rate is of the calls, the counts of the province's work orders)
    e = min([e] + [i for i in (text.find("；", p.end, e), text.find(";", p.end, e)) if i >= 0])
    ws, _ = _window(text, p)
    counts = [m for m in starting_in(ms, ws, e + 1) if m.is_count and ws <= m.start and m.end <= e and m is not p]
    nums, dens = [], []
    for c in counts:
        role = _role(simplified(own_label(text, c, ms, CLAUSE_END_OUTSIDE_BRACKETS)), rate)
        if role == "num":
            nums.append(c)
        elif role == "den":
            dens.append(c)
    nums = _stem_numerators(text, p, nums, ms)
    nums = _timely_numerators(text, p, nums, ms)
    if not nums:
        return None
    # a base stated in the rate's own sentence governs it (全年共审结…135件，其中纠错29件，纠错率19.2%); one stated
    # only in another sentence has rivals: the bases its section states elsewhere (受理1033件 … 审结的977件)
    own_base = any(s <= d.start < p.start for d in dens)
    ps = max(paragraph_bounds(text, p.start)[0], s - _PARAGRAPH_REACH)
    topic = set().union(*(_content_grams(simplified(label(text, d)), rate) for d in dens))
    elsewhere = [
        m
        for m in starting_in(ms, ps, s)
        if m.is_count
        and ps <= m.start < s
        and m not in dens
        and names_step(lab := simplified(label(text, m)), rate.denominator)
        and _content_grams(lab, rate) & topic
    ]
    far: list[Mention] = []
    if not own_base:
        lo, hi = _section_span(report, p.start)
        top = max(n.value for n in nums)
        seen = {(d.start, d.end) for d in dens}
        for m in starting_in(ms, lo, hi):
            if not (m.is_count and lo <= m.start and m.end <= hi) or (m.start, m.end) in seen or m in nums:
                continue
            if ws <= m.start < e or m.unit not in {n.unit for n in nums} or m.value < top:
                continue
            if _role(simplified(own_label(text, m, ms, CLAUSE_END_OUTSIDE_BRACKETS)), rate) == "den":
                far.append(m)
    dens = dens + elsewhere + far
    if rate.bounded and p.value <= 100:
        # a bounded rate is not over a base smaller than its numerator, when a bigger one is there
        big = [d for d in dens if d.value >= max(n.value for n in nums)]
        if big:
            dens = big
    # a base restated (12195件 twice) is one base
    dens = list({(d.value, d.unit): d for d in reversed(dens)}.values())[::-1]
    said = nums
    nums = nums + _done_at_once(text, counts, nums, dens)
    pairs = [(n, d) for n in nums for d in dens if n.unit == d.unit]
    if not pairs:
        return None
    exact = all(m.exact for m in (*said, *dens))
    if len(said) == 1 and own_base and exact and all(s <= m.start for m in (*nums, *dens)) and not elsewhere:
        conf = CONFIDENT
    elif len(said) == 1 and s <= said[0].start and exact:
        # one numerator in the rate's sentence, every base the passage states for it weighed: if none gives
        # the rate, it is wrong whichever was meant (a base only stated far away must be the passage's base:
        # ``_supported``)
        conf = WEIGHED
    else:
        conf = NAMED
    return RateLink(p, rate.name, tuple(nums), tuple(dens), conf, () if own_base else tuple(dens))


def _done_at_once(text: str, counts: list[Mention], nums: list[Mention], dens: list[Mention]) -> list[Mention]:
    """A base split in two parts before its numerator (受理7227宗，当场答复5113宗，转办2114宗，办结1898宗): the numerator
    counts the second part's closed items, and the rate may be over the whole base with the first part (answered at
    once) counted done: the numerator plus the first part, one more candidate."""
    out: list[Mention] = []
    for d in dens:
        after = [c for c in counts if c.start > d.end and c.unit == d.unit and c.exact]
        for a, t in itertools.pairwise(after):
            if not (d.exact and a.value + t.value == d.value):
                continue
            for n in nums:
                if n.start > t.end and n.unit == d.unit and n.exact and n.value <= t.value:
                    shown = f"({a.text} + {n.text})"
                    out.append(combined((a, n), a.value + n.value, a.interval + n.interval, shown))
    return out


def _gives(n: Mention, d: Mention, p: Mention) -> bool:
    iv = n.interval.divide(d.interval)
    return iv is not None and iv.scale(100).overlaps(p.interval)


def _supported(links: list[RateLink]) -> list[RateLink]:
    """A rate whose bases all stand outside its sentence is weighed only when another rate of the report holds
    on one of them (区政府审结的复议案件977件 is the base of 调解率17.4% too); else the true base may be one the text
    never states (纠错率12.83% over the cases decided on the merits), and it is worth info at most."""
    holding: dict[tuple[float, str], set[int]] = {}
    for link in links:
        for n in link.numerators:
            for d in link.denominators:
                if n.unit == d.unit and d.value > 0 and _gives(n, d, link.rate):
                    holding.setdefault((d.value, d.unit), set()).add(link.rate.start)
    out = []
    for link in links:
        if link.far and link.confidence == WEIGHED:
            backed = any(holding.get((d.value, d.unit), set()) - {link.rate.start} for d in link.far)
            if not backed:
                link = dataclasses.replace(link, confidence=NAMED)
        out.append(link)
    return out


# 商品类1367件，服务类1094件，分别占投诉总量的55.55%、44.45%: the shares listed after 分别占, one per part before
_RESPECTIVE_SHARES = re.compile(r"分别占(?:[^，。；、%\d]{0,14}?的)?(?:比重|比例|比)?(?:为|达|达到|约)?$")
# what joins two shares of such a list
_SHARE_JOIN = re.compile(r"[、和及与]$")


def _respective_part(text: str, p: Mention, ms: tuple[Mention, ...], s: int) -> Mention | bool | None:
    """The part a share of a 分别占 list belongs to: the k-th of the list's n shares is over the k-th of the last n
    counts before 分别 (one unit, none a share).  False when ``p`` is in no such list, None when the parts do not
    pair up with the shares."""
    run = [p]
    while True:
        prev = [m for m in starting_before(ms, run[0].start) if m.end <= run[0].start]
        if not prev or not prev[-1].is_percent or not _SHARE_JOIN.search(text[prev[-1].end : run[0].start].strip()):
            break
        run.insert(0, prev[-1])
    opening = text[max(s, run[0].start - 20) : run[0].start]
    head = _RESPECTIVE_SHARES.search(opening)
    if head is None:
        return False
    at = run[0].start - len(opening) + head.start()
    k = len(run) - 1
    nxt = [m for m in starting_in(ms, p.end, p.end + 4) if m.start >= p.end]
    while nxt and nxt[0].is_percent and _SHARE_JOIN.search(text[run[-1].end : nxt[0].start].strip()):
        run.append(nxt[0])
        nxt = [m for m in starting_in(ms, nxt[0].end, nxt[0].end + 4) if m.start >= nxt[0].end]
    counts = [m for m in starting_in(ms, s, at + 1) if m.start >= s and m.end <= at]
    n = len(run)
    parts = counts[-n:]
    if len(parts) < n or any(not m.is_count or m.unit != parts[0].unit for m in parts):
        return None
    if any("%" in text[a.end : b.start] for a, b in itertools.pairwise(parts)):
        return None
    return parts[k]


def _share_link(text: str, p: Mention, ms: tuple[Mention, ...]) -> RateLink | None:
    s, _ = _sentence(text, p)
    respective = _respective_part(text, p, ms, s)
    if respective is None:
        return None
    lab_raw = text[max(0, p.start - 20) : p.start]
    cut = max(lab_raw.rfind(c) for c in "，,；;。、（(")
    words = lab_raw[cut + 1 :]
    if respective is False and not _SHARE_LABEL.search(words):
        return None
    before = [m for m in starting_in(ms, s, p.start + 1) if m.end <= p.start and m.start >= s]
    if respective is not False:
        assert isinstance(respective, Mention)
        part = respective
    elif not before or not before[-1].is_count:
        return None
    else:
        part = before[-1]
        if "%" in text[part.end : p.start] or len(text[part.end : p.start]) > 24:
            return None
    obj = re.search(r"占(?P<obj>[^，。；、]{2,14}?)(?:的|比重|比例)", words)
    if obj and counted_otherwise(obj.group("obj"), part.unit):
        return None  # 6个领域，占行政复议案件总数的69.12%: the cases' total is not stated here
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
        # the only count of the sentence before its part, both exact: "案件40宗，审结27宗，占67.5%"
        alone = len(prev) == 1 and prev[0].exact and part.exact
        return RateLink(p, "占比", (part,), (prev[-1],), WEIGHED if alone else SHARE)
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
    conf = CONFIDENT if confident else SHARE
    return RateLink(p, "占比", (part,) if listed is None else (part, listed), (whole,), conf)


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
    sure = len(wholes) == 1 and wholes[0].exact and part.exact and not fuzzy
    # a list before the share ("前三位的工单：A类900件、B类579件、C类562件，占工单总量的77%"): the share of the
    # list or of its last part, both read; neither holding is a warning
    conf = CONFIDENT if sure and listed is None else WEIGHED if sure else SHARE
    return RateLink(p, "占比", (part,) if listed is None else (part, listed), tuple(wholes[-1:]), conf)


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
        link = _named_link(report, p, named[1], ms) if named else _share_link(text, p, ms)
        if link is not None:
            out.append(link)
    return tuple(_supported(out))


def link_rates(report: Report) -> Iterator[Relation]:
    for link in rate_links(report):
        p = link.rate
        pairs = [(n, d) for n in link.numerators for d in link.denominators if n.unit == d.unit and d.value > 0]
        conf = link.confidence
        group = f"ratio@{p.start}"
        for n, d in pairs:
            if conf >= CONFIDENT and n.value > d.value and p.value <= 100:
                # a numerator above its denominator: the part/whole relation says it better
                yield Relation(RelationKind.PART_WHOLE, (n,), d, LINKER, conf, name=link.name, group=group)
                continue
            yield Relation(RelationKind.RATIO, (n, d), p, LINKER, conf, name=link.name, group=group)


# a rate's name: the words right before its percent end in 率 or 度 (入驻率, 调撤率, 完成度)
# or name the share of the items that grew or fell (40个行业大类中，30个行业…增长，增长面为75.0%): no change words then
_BREADTH = data.alternation(_WORDS["breadth_noun"])
_RATE_NAME = re.compile(
    rf"(?:[\u4e00-\u9fff]{{1,10}}[率度]|(?P<breadth>{_BREADTH}))(?:为|是|达|达到|约|约为|保持在|稳定在|提升至|提高到)*$"
)
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
        named = _RATE_NAME.search(words)
        if named is None or (named.group("breadth") is None and _CHANGE_WORDS.search(words)):
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
        # "2418项政务服务事项中，1981项纳入…，入驻率达到96.4%": the whole holds its part in the rate's sentence
        held = [d for d in dens if d.start >= s and _CONTAINER.match(text[d.end : num.start])]
        sure = len(held) == 1 and held[0].exact and num.exact and "%" not in text[held[0].end : p.start]
        for d in dens:
            yield Relation(
                RelationKind.RATIO,
                (num, d),
                p,
                "clause_rate",
                CLAUSE_HELD if sure and d is held[0] else CLAUSE,
                name=words[-6:].strip(),
                group=f"ratio@{p.start}",
            )


# between a whole and its part: "项政务服务事项中，" (the part's clause follows at once)
_CONTAINER = re.compile(r"^[^，,。；;、（()）\d%]{0,20}中[，,]?$")
# a clause rate whose whole holds its numerator in the rate's sentence (…中，): a warning when it fails
CLAUSE_HELD = 0.6
_CHANGE_WORDS = re.compile(r"增长|下降|提高|降低|同比|环比|增幅|降幅|百分点")


# "…3664亿元，占国内生产总值比重从1.07%提高到1.49%": a share of an indicator the report states elsewhere
_OF_INDICATOR = re.compile(
    r"占(?P<obj>[\u4e00-\u9fffA-Z]{2,10}?)(?:的)?(?:比重|比例)(?:(?:由|从)(?P<first>⟨\d+⟩)(?:提高|提升|上升|增加|下降|降低)(?:到|至|为)?)?"
    r"(?:为|达|达到|约)?(?P<last>⟨\d+⟩)"
)
# a share of an indicator of the same year, its whole the only value of that year: a warning when it fails
INDICATOR = 0.6
# a figure's own change right after it (税收收入45612.99亿元，比上年增收11487.11亿元，…，占…比重为88.9%): the change
# is no part of the share, the level before it is
_OWN_CHANGE = re.compile(
    rf"^[，,]\s*(?:同比|(?:比|较)(?:{data.alternation(_WORDS['own_change_base'])})?)"
    rf"(?:{data.alternation(_WORDS['own_change_verb'])})$"
)


def _level_of(text: str, before: list[Mention]) -> list[Mention]:
    """``before`` without its last figures while each is the own change of the one before it (same unit)."""
    k = len(before)
    while k >= 2 and before[k - 2].unit == before[k - 1].unit:
        if not _OWN_CHANGE.match(text[before[k - 2].end : before[k - 1].start]):
            break
        k -= 1
    return before[:k]


def link_indicator_shares(report: Report) -> Iterator[Relation]:
    """A share of a named indicator (国内生产总值) whose value for the part's year the report states elsewhere.

    The part is the last figure of the share's unit before 占 in its sentence, for the share after 到 (the
    latest year), and the figure of the first year for the share after 从 when the sentence states one
    (从1997年的509亿元增加到2002年的1161亿元，占…比重从0.64%提高到1.13%).  The whole is every figure the report
    labels with the indicator's name for that year; several values of it are alternatives (a group).
    """
    from ..linking import marked_sentences

    ms = mentions(report)
    named: dict[str, list[Mention]] = {}
    for mk in marked_sentences(report, 2):
        for m in _OF_INDICATOR.finditer(mk.text):
            obj = m.group("obj")
            if len(obj) < 3:  # 占全省比重, 占总量比重: a scope, not an indicator
                continue
            shares: list[tuple[Mention | None, str | None]] = [(mk.mention(m.group("last")), None)]
            if m.group("first"):
                shares.append((mk.mention(m.group("first")), "first"))
            k = int(m.group("last")[1:-1])
            before = [f for f in mk.mentions[:k] if not f.is_percent and f.unit not in ("个百分点", "倍")]
            if not before or (obj not in named and not _indicator_figures(report, ms, obj, named)):
                continue
            for share, which in shares:
                if share is None or not share.is_percent:
                    continue
                if which == "first":
                    years = sorted({f.year for f in before if f.year is not None})
                    cands = [f for f in before if years and f.year == years[0] and f is not before[-1]]
                else:
                    cands = _level_of(report.text, before)[-1:]
                if not cands:
                    continue
                part = cands[-1]
                if part.year is None:
                    continue
                wholes = [
                    w
                    for w in named[obj]
                    if w.year == part.year and w.unit == part.unit and w.value > part.value and w is not part
                ]
                values = {w.value for w in wholes}
                if not wholes:
                    continue
                # the first year's share: its part found by year alone, and old values are often revised since:
                # info at most
                sure = len(values) == 1 and part.exact and wholes[0].exact and which is None
                conf = INDICATOR if sure else NAMED if which else SHARE
                for w in {w.value: w for w in wholes}.values():
                    yield Relation(
                        RelationKind.RATIO,
                        (part, w),
                        share,
                        "indicator_share",
                        conf,
                        name=f"占{obj}比重",
                        group=f"ratio@{share.start}",
                    )


def _indicator_figures(report: Report, ms: tuple[Mention, ...], obj: str, named: dict[str, list[Mention]]) -> bool:
    """The figures ``report`` labels with ``obj`` (国内生产总值…2002年的10.2万亿元), cached in ``named``."""
    text = report.text
    named[obj] = [m for m in ms if not m.is_percent and m.year is not None and obj in label(text, m)]
    return bool(named[obj])
