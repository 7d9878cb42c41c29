"""Linker ``passage_share``: shares whose whole is stated elsewhere in the passage.

Real reports state a whole once and its shares sentences or paragraphs later:

    区政府共收到行政复议申请1113件……行政处罚类349件，占比31%；……信息公开类58件，占比5.4%……

or in a table whose row of counts sits above a row of shares (数量 | 75件 | 16件 …
/ 占新受理数比例 | 49.66% | 10.59% …).  A *share statement* is a part (a count or
an amount) followed within a few characters by 占… and a percent.  Statements
that follow one another with no other figure of their unit between them form a
*cluster*: the shares of one whole.  Every figure of that unit stated before the
cluster in its passage, at least as large as its largest part, is a candidate
whole; the whole is the candidate on which most of the cluster's shares hold.

How sure the link is follows from that support: most shares of a cluster of two
or more holding on one whole make a confident link (the one that does not hold
is an error: 58/1113 = 5.21%, printed 5.4%, where the other 14 shares hold on
1113); two wholes with the same support are two plausible readings, and then
nothing is said.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ... import data
from ...extract.patterns import crossed_re
from ...intervals import Interval
from ...types import Report
from ..linking import own_label, paragraph_bounds, sentence_bounds
from ..mentions import Mention, mentions, starting_in
from ..model import Relation, RelationKind

LINKER = "passage_share"

_WORDS = data.grouped_words("relation_words.tsv")
# the words between a part and its share: "，占比", "，占受理案件数比例最高，达", "，占已答复件数的"
_SHARE_GAP = re.compile(r"^[^。；;\d%]{0,24}$")
_SHARE_CUE = re.compile("|".join(_WORDS["share_cue"]))
# a change, not a share: 增长12%, 同比下降
_CHANGE = re.compile("|".join(_WORDS["change"]))
# the label of a table row of shares: 占新受理数比例, 占比, 比重
_SHARE_ROW = re.compile("|".join(_WORDS["share_row"]))
# how far back the whole of a cluster is looked for (a section of a real report), and the cluster's reach
_PASSAGE = 3000
_CLUSTER_GAP = 600

# confidence by support: most of the cluster's shares hold on the whole, two or more of them
CONFIDENT = 0.9
# two or more shares hold on it, but not most of the cluster
SUPPORTED = 0.6
# one share only: it holds on its whole (verified) or nothing is known
SINGLE = 0.5
# one share of several holds on the whole: the others' failures are worth no more than info
WEAK = 0.3


# the ways a population is divided (城镇|乡村|农村; 男|女): a label naming members of one way only is of that way
_PARTITIONS = [tuple(line.split("|")) for line in _WORDS["partition"]]


def partition_of(lab: str) -> int | None:
    """The one way of dividing a population (城乡, 性别 …) whose members ``lab`` names, if exactly one."""
    ways = {i for i, members in enumerate(_PARTITIONS) if any(w in lab for w in members)}
    return ways.pop() if len(ways) == 1 else None


def way_of(labels: Iterable[str]) -> int | None:
    """The way of dividing a population the first of ``labels`` that names one names (``partition_of``)."""
    return next((w for w in map(partition_of, labels) if w is not None), None)


def _one_way(text: str, run: list[Share], ms: tuple[Mention, ...]) -> list[list[Share]]:
    """``run`` cut where a share's part names another way of dividing the whole than the parts before it (城镇人口…
    占25.7%；男性…占51.8%: two breakdowns, each at most 100%)."""
    out: list[list[Share]] = []
    way: int | None = None
    for s in run:
        own = partition_of(own_label(text, s.part, ms))
        if not out or (own is not None and way is not None and own != way):
            out.append([s])
            way = own
        else:
            out[-1].append(s)
            way = own if way is None else way
    return out


@dataclass(frozen=True, slots=True)
class Share:
    part: Mention
    share: Mention
    cue: tuple[int, int]


def _prose_shares(report: Report, ms: tuple[Mention, ...]) -> Iterator[Share]:
    text = report.text
    for i, p in enumerate(ms):
        if not p.is_percent or i == 0:
            continue
        part = ms[i - 1]
        if part.is_percent and i >= 2 and _CHANGE.search(text[ms[i - 2].end : part.start]):
            part = ms[i - 2]  # "134.8亿元，同比增长102.8%，…占固定资产投资比重37.6%": the part's own change between
            gap = text[ms[i - 1].end : p.start]
        else:
            gap = text[part.end : p.start]
        if part.is_percent or part.unit in ("个百分点", "‰", "倍") or part.end > p.start:
            continue
        if crossed_re().match(text, part.number_start):
            continue  # 民生支出突破万亿元、占比80%: the share is of the level, the threshold only bounds it
        cue = _SHARE_CUE.search(gap)
        if cue is None or not _SHARE_GAP.match(gap) or _CHANGE.search(gap):
            continue
        named = _NAMING.search(gap)
        if named is not None and counted_otherwise(named.group("whole"), part.unit):
            continue  # 6个领域，占行政复议案件总数的69.12%: a share of cases, not of the 个 counted before it
        at = p.start - len(gap)
        yield Share(part, p, (at + cue.start(), at + cue.end()))


def _row_cells(text: str, start: int, end: int, ms: tuple[Mention, ...]) -> tuple[str, list[Mention | None]]:
    """The label and the figure of each cell of the pipe-table line ``[start, end)``."""
    line = text[start:end]
    cells: list[Mention | None] = []
    pos = start
    label = ""
    for k, raw in enumerate(line.split("|")):
        cell_start, cell_end = pos, pos + len(raw)
        pos = cell_end + 1
        if k == 0:
            label = raw.strip()
            continue
        if not raw.strip():
            continue
        inside = [m for m in starting_in(ms, cell_start, cell_end) if m.end <= cell_end]
        cells.append(inside[0] if len(inside) == 1 else None)
    return label, cells


def _table_shares(report: Report, ms: tuple[Mention, ...]) -> Iterator[Share]:
    """数量 | 75件 | 16件 … above 占…比例 | 49.66% | 10.59% …: each column a part and its share."""
    text = report.text
    lines = text.split("\n")
    pos = 0
    prev: tuple[str, list[Mention | None]] | None = None
    for line in lines:
        start, end = pos, pos + len(line)
        pos = end + 1
        if line.count("|") < 2:
            prev = None
            continue
        label, cells = _row_cells(text, start, end, ms)
        if prev is not None and _SHARE_ROW.search(label) and len(cells) == len(prev[1]):
            for part, share in zip(prev[1], cells, strict=True):
                if part is not None and share is not None and share.is_percent and not part.is_percent:
                    yield Share(part, share, (start, start + len(label)))
        prev = (label, cells)


_CASE_NOUN = re.compile(data.alternation(_WORDS["share_case_noun"]))
_CASE_UNITS = frozenset(_WORDS["share_case_unit"])


def counted_otherwise(noun: str, unit: str) -> bool:
    """The whole ``noun`` names (占行政复议案件总数的 → 行政复议案件) is counted in other measure words than
    ``unit``: cases are counted in 件 (起, 宗), so 6个领域 is never a part or the base of a share of them."""
    return _CASE_NOUN.search(noun) is not None and unit not in _CASE_UNITS


def _named_noun(text: str, s: Share) -> str | None:
    """The whole a prose share's 占… words name (占收到申请的 → 收到申请), None for none (占比) or a table's share
    (its row's label and other cells stand between its part and it)."""
    if "\n" in text[s.part.end : s.share.start]:
        return None
    m = _NAMING.search(text, s.part.end, s.share.start)
    return m.group("whole") if m is not None else None


def _clusters(text: str, shares: list[Share], ms: tuple[Mention, ...]) -> list[list[Share]]:
    """Runs of shares of one whole: no other figure of the parts' unit stands between two of them, and no two
    name two wholes in their 占… words (占收到申请的71.4% … 占受理案件的53.3%: two runs)."""
    parts = {(s.part.start, s.part.end) for s in shares}
    out: list[list[Share]] = []
    for s in shares:
        if out:
            last = out[-1][-1]
            noun, last_noun = _named_noun(text, s), _named_noun(text, last)
            if noun is not None and last_noun is not None and noun != last_noun:
                out.append([s])
                continue
            between = [
                m
                for m in starting_in(ms, last.share.end, s.part.start)
                if m.unit == s.part.unit and (m.start, m.end) not in parts
            ]
            if not between and s.part.unit == last.part.unit and s.part.start - last.share.end <= _CLUSTER_GAP:
                out[-1].append(s)
                continue
        out.append([s])
    return out


def _holds(part: Mention, whole: Mention, share: Mention) -> bool:
    iv = part.interval.divide(whole.interval)
    return iv is not None and iv.scale(100).overlaps(share.interval)


def _candidates(report: Report, cluster: list[Share], ms: tuple[Mention, ...]) -> list[Mention]:
    """The figures of the cluster's unit before it in its passage, at least as big as its largest part."""
    first = cluster[0].part
    sec = report.section_at(first.start)
    top = sec
    while top is not None and top.level > 1:
        top = report.section_at(top.start - 1) if top.start > 0 else None
    lo = max(0, first.start - _PASSAGE, top.start if top is not None else 0)
    biggest = max(s.part.value for s in cluster)
    parts = {(s.part.start, s.part.end) for s in cluster}
    # a figure equal to a part is that part restated (a headline's 民生支出226.3亿元 before 民生八项支出完成226.3亿元),
    # a whole only of a share of 100%
    whole_of_all = {s.part.value for s in cluster if s.share.interval.contains(100)}
    out = []
    for m in starting_in(ms, lo, first.start):
        if m.unit != first.unit or (m.start, m.end) in parts or m.value < biggest or m.qualifier is not None:
            continue
        if m.value == biggest and m.value not in whole_of_all:
            continue
        if m.end > first.start or m.value <= 0:
            continue
        out.append(m)
    return out


# the fewest parts whose exact sum pins their whole beyond the passage (a coincidence otherwise)
_SUMMED_PARTS = 3


def _summed_wholes(cluster: list[Share], ms: tuple[Mention, ...]) -> list[Mention]:
    """The figures of the cluster's unit stated before it, past its section's start, that its parts add up to
    exactly: a breakdown (受理的办件中，投诉类4733件，占51.28%；…) of the total a section before states (共受理…9230件)."""
    if len(cluster) < _SUMMED_PARTS:
        return []
    first = cluster[0].part
    parts = [s.part for s in cluster]
    if any(p.qualifier is not None or p.decimals for p in parts):
        return []
    total = sum(p.value for p in parts)
    return [
        m
        for m in starting_in(ms, max(0, first.start - _PASSAGE), first.start)
        if m.unit == first.unit and m.qualifier is None and m.end <= first.start and m.value == total
    ]


# "2023年末全省常住人口中，男性为…": the clause that names the whole the shares after it are of
_IN_CLAUSE = re.compile(r"(?P<whole>[^，,；;。！？!?：:\n\d]{2,24})中[，,：:]")
# the words after a figure's name that only lead to it (常住人口为, 总量达)
_LEAD_OUT = re.compile(r"(?:为|是|达|达到|约|共|共有|有)+$")


def _named_before(report: Report, cluster: list[Share], ms: tuple[Mention, ...]) -> list[Mention]:
    """The whole a clause before the cluster's first part names (全省常住人口中，男性为1769.69万人，占51.06%；…),
    stated before, past the cluster's section (一、常住人口 全省常住人口为3465.99万人 … 四、性别构成): the one figure
    of the parts' unit whose own name ends the clause's words, at least as big as the biggest part."""
    text = report.text
    first = cluster[0].part
    ss, _ = sentence_bounds(text, first.start)
    cues = list(_IN_CLAUSE.finditer(text, ss, first.number_start))
    cue = cues[-1] if cues else None  # the clause nearest the first part
    if cue is None or starting_in(ms, cue.end(), first.start):
        return []  # no clause, or figures between it and the first part: the clause is not the parts' opening
    words = cue.group("whole")
    biggest = max(s.part.value for s in cluster)
    found: dict[float, Mention] = {}
    for m in starting_in(ms, max(0, first.start - _PASSAGE), ss):
        if m.unit != first.unit or m.qualifier is not None or m.end > ss or m.value < biggest:
            continue
        name = _LEAD_OUT.sub("", own_label(text, m, ms).strip("，,：: "))
        if len(name) >= _NAME_TAIL + 1 and _names(words, name):
            found[m.value] = m
    return list(found.values()) if len(found) == 1 else []


def _by_paragraph(text: str, cluster: list[Share]) -> list[list[Share]]:
    out: list[list[Share]] = []
    for s in cluster:
        if out and "\n" not in text[out[-1][-1].share.end : s.share.start]:
            out[-1].append(s)
        else:
            out.append([s])
    return out


# "（其中：15—59岁人口为…，占63.43%）": a figure of a part of a part, inside the bracket that opens with 其中
_NESTED_OPEN = re.compile(r"[（(]\s*其中[^（()）]*$")
_NESTED_REACH = 40


def in_nested_bracket(text: str, lo: int, pos: int) -> bool:
    """``pos`` stands inside a bracket opened by 其中 after ``lo`` (15—64岁人口…（其中：15—59岁人口为265.33万人）):
    its figure breaks a part down, it is no part of the whole beside the others."""
    return _NESTED_OPEN.search(text, max(lo, pos - _NESTED_REACH), pos) is not None


def _breakdowns(text: str, shares: list[Share]) -> list[list[Share]]:
    """The shares of a paragraph by breakdown: a share inside a bracket opened by 其中 is of a part, not of the whole
    (left out), and a sentence that opens with a clause naming what it breaks down (常住人口中，60岁及以上人口…)
    starts another breakdown."""
    out: list[list[Share]] = []
    for s in shares:
        ss, _ = sentence_bounds(text, s.part.start)
        if in_nested_bracket(text, ss, s.part.start):
            continue
        opens = bool(out) and ss >= out[-1][-1].share.end and _IN_CLAUSE.search(text, ss, s.part.number_start)
        if out and not opens:
            out[-1].append(s)
        else:
            out.append([s])
    return out


def _whole_groups(shares: list[Share]) -> list[list[Share]]:
    """``shares`` cut after each run of them that makes a whole (its sum may be 100%) when two more follow: two
    breakdowns of two wholes written in a row (71.4% + 19% + 9.6% of the applications, then 53.3% + 6.7% + 31.1%
    + 8.9% of the cases accepted), each at most 100% on its own."""
    out: list[list[Share]] = []
    run: list[Share] = []
    total: Interval | None = None
    for k, s in enumerate(shares):
        run.append(s)
        total = s.share.interval if total is None else total + s.share.interval
        rest = [r for r in shares[k + 1 :] if r.share.value > 0]
        if len(run) >= 2 and len(rest) >= 2 and total.contains(100):
            out.append(run)
            run, total = [], None
    if run:
        out.append(run)
    return out


def link_passage_shares(report: Report) -> Iterator[Relation]:
    ms = mentions(report)
    shares = sorted(
        {(s.share.start, s.share.end): s for s in (*_prose_shares(report, ms), *_table_shares(report, ms))}.values(),
        key=lambda s: s.share.start,
    )
    for cluster in _clusters(report.text, shares, ms):
        wholes = _candidates(report, cluster, ms) or _summed_wholes(cluster, ms) or _named_before(report, cluster, ms)
        if not wholes:
            continue
        # shares of a zero part hold on any whole: they say nothing about which whole is meant
        telling = [s for s in cluster if s.part.value > 0]
        support: dict[float, tuple[int, Mention]] = {}
        for w in wholes:  # one entry per value: a whole restated is one whole (the latest statement kept)
            n = sum(_holds(s.part, w, s.share) for s in telling)
            support[w.value] = (n, w)
        ranked = sorted(support.values(), key=lambda t: -t[0])
        best, whole = ranked[0]
        n = len(telling)
        by_name = False
        if best == 0:
            # no share holds on any whole: the whole the shares' own words name (已审结1876件，占审理案件总数的…
            # after 审理的2118件), when they name one, is the reading the text states, whether or not it holds
            named = _named_whole(report.text, cluster, [w for _, w in ranked], ms)
            if named is None:
                continue
            whole, conf, by_name = named, NAMED, True
        elif len(ranked) > 1 and ranked[1][0] == best:
            continue  # two plausible wholes: say nothing
        elif best < len(telling) and _names_no_whole(report.text, cluster, [w for _, w in ranked], ms):
            continue  # 占结案总数的… and no candidate called so: the whole the shares name is not stated
        elif best >= 2 and 2 * best > n:
            conf = CONFIDENT
        elif best >= 2:
            conf = SUPPORTED
        elif n == 1:
            conf = SINGLE
        else:
            conf = WEAK
        if conf >= SUPPORTED and not by_name:
            # the shares of one breakdown of the whole (one paragraph or table row: a report breaks one whole
            # down several ways, by type, by channel …): together at most 100%
            for paragraph in _by_paragraph(report.text, cluster):
                for group in (g for b in _breakdowns(report.text, paragraph) for g in _whole_groups(b)):
                    for part in _one_way(report.text, group, ms):
                        if len(part) >= 2:
                            yield Relation(RelationKind.SHARE_SUM, tuple(s.share for s in part), None, LINKER, conf)
        for s in cluster:
            yield Relation(
                RelationKind.RATIO,
                (s.part, whole),
                s.share,
                LINKER,
                conf,
                cue=s.cue,
                name="占比",
                group=f"ratio@{s.share.start}",
            )


# a whole the shares' words name: the reading is written, not inferred from the arithmetic, so a failure is a warning
NAMED = 0.6
# the words of a share that may name its whole: 占审理案件总数的, 占受理总量
_NAMING = re.compile(r"占(?P<whole>[^，,；;。、\d%]{2,16}?)(?:的|比重|比例|比)?(?:为|达|约)?$")
_GENERIC_WHOLE = set(_WORDS["generic_noun"])
_FROM_SHARE = re.compile(r"从|由")
_TO_SHARE = re.compile(r"\s*[^，,。；;\d]{0,4}?(?:到|至)")
_NAME_TAIL = 2


def _names(words: str, label: str) -> bool:
    """The tail of a whole's label (审理 of 2016年审理的), two characters or more and no generic noun, in ``words``."""
    label = label.strip("，,：: ").removesuffix("的")
    for k in range(min(len(label), 8), _NAME_TAIL - 1, -1):
        tail = label[-k:]
        if tail in words and tail not in _GENERIC_WHOLE and not re.search(r"[\d%]", tail):
            return True
    return False


def _named_whole(text: str, cluster: list[Share], wholes: list[Mention], ms: tuple[Mention, ...]) -> Mention | None:
    """The one candidate whole every share of the cluster names in its 占… words (None: none, or two)."""
    found: dict[float, Mention] = {}
    for s in cluster:
        m = _NAMING.search(text, s.part.end, s.share.start)
        if m is None or _FROM_SHARE.search(m.group("whole")) or _TO_SHARE.match(text, s.share.end):
            return None  # 占…比重从1.07%提高到1.49%: a change of the share over years, not this part's share
        named = {w.value: w for w in wholes if _names(m.group("whole"), own_label(text, w, ms))}
        if len(named) != 1:
            return None
        found.update(named)
    return next(iter(found.values())) if len(found) == 1 else None


def _names_no_whole(text: str, cluster: list[Share], wholes: list[Mention], ms: tuple[Mention, ...]) -> bool:
    """Every share of the cluster names one whole in its 占… words (占受理案件的), and no candidate is called so."""
    nouns = {_named_noun(text, s) for s in cluster}
    if len(nouns) != 1:
        return False
    noun = nouns.pop()
    if noun is None or noun in _GENERIC_WHOLE:
        return False
    return not any(_calls(noun, own_label(text, w, ms)) for w in wholes)


def share_whole_after(text: str, part: Mention, ms: tuple[Mention, ...]) -> str | None:
    """The whole a share written after ``part`` in its clause names (6.20亿元，下降26.0%，占预算收入比重45.32% →
    预算收入), cut of the words that only say it is the whole; None when no share there names one."""
    stop = next((i for i in range(part.end, min(len(text), part.end + _SHARE_AFTER)) if text[i] in "；;。\n"), None)
    stop = part.end + _SHARE_AFTER if stop is None else stop
    for p in starting_in(ms, part.end, stop):
        if p.is_percent:
            m = _NAMING.search(text, part.end, p.start)
            if m is not None and m.group("whole") not in _GENERIC_WHOLE:
                return _WHOLE_TAIL.sub("", m.group("whole")) or None
    return None


# how far after a part its own share may stand
_SHARE_AFTER = 40


# words after a whole's noun that only say it is the whole (占受理案件总数的 names 受理案件)
_WHOLE_TAIL = re.compile(rf"(?:{data.alternation(_WORDS['share_whole_tail'])})$")


def _calls(noun: str, label: str) -> bool:
    """A candidate's label calls it what a share's 占… words name: ``_names``, or every two characters of the noun
    in turn written in the label (占收到申请的 ← 共收到行政复议申请63件)."""
    if _names(noun, label):
        return True
    stem = _WHOLE_TAIL.sub("", noun)
    pieces = [stem[i : i + 2] for i in range(0, len(stem) - 1, 2)]
    return len(stem) % 2 == 0 and bool(pieces) and all(p in label for p in pieces)


QIZHONG_SHARES = "qizhong_share"
# one clause's share after 其中: "…社会事业投资占59%"; the words between 占 and the percent name the whole
_CLAUSE_SHARE = re.compile(r"占(?P<whole>[^，,；;。、\d%]{0,8}?)(?:的|比重|比例)?(?:为|达|约)?$")
_QIZHONG_SHARE_CONFIDENCE = 0.6
# what opens a list of shares of one whole: 其中, or a sentence that names one breakdown of it (从申请渠道看，/
# 在办结的案件中，)
# (found in two steps for speed: a cheap scan for 其中 or a sentence opening with 从/在, then the head itself)
_SHARE_HEAD = re.compile(r"(?:从[^，,。；;\d]{1,16}看|在[^，,。；;\d]{2,24}中)[，,]")
_SENTENCE_BREAK = "。；;\n"


def _share_heads(text: str) -> list[tuple[int, int]]:
    """The spans of 其中 and of the heads that name one breakdown of a whole, in order."""
    heads = [m.span() for m in re.finditer("其中", text)]
    for ch in "从在":  # (str.find is much faster than a regex scan of the whole text)
        at = text.find(ch)
        while at != -1:
            before = text[max(0, at - 4) : at].rstrip(" \u3000")
            if not before or before[-1] in _SENTENCE_BREAK:
                h = _SHARE_HEAD.match(text, at)
                if h is not None:
                    heads.append(h.span())
            at = text.find(ch, at + 1)
    return sorted(heads)


def link_qizhong_shares(report: Report) -> Iterator[Relation]:
    """ "…9243亿元，其中，A占59%，B占16%，C占23%": shares of the whole 其中 hangs from, at most 100%.

    So too after a head that names one breakdown of a whole: "从申请渠道看，A占60%，B占30%，C占10%".

    Each percent closes its own clause after 占, and every 占 names the same whole (nothing, or the same words):
    "A占全市的30%，B占全省的20%" are shares of two wholes and are never added.
    """
    from ..linking import CLAUSE_END, clause_start, sentence_bounds

    text = report.text
    ms = mentions(report)
    for q_start, q_end in _share_heads(text):
        _, e = sentence_bounds(text, q_start)
        group: list[Mention] = []
        wholes: set[str] = set()
        way: int | None = None  # the way of dividing the whole the shares' parts name
        for m in starting_in(ms, q_end, e):
            if not m.is_percent or m.end > e:
                continue
            head = text[max(q_end, clause_start(text, m.start, CLAUSE_END)) : m.start]
            cue = _CLAUSE_SHARE.search(head)
            after = text[m.end : m.end + 1]
            if cue is None or _CHANGE.search(head) or (after and after not in "，,；;。"):
                break
            # the part's words: from the share before it (or the head) to this one
            named = partition_of(text[group[-1].end if group else q_end : m.start])
            if named is not None and way is not None and named != way:
                break  # 城镇人口…占58.4%；男性人口…占51.2%: another way of dividing the whole
            way = named if way is None else way
            group.append(m)
            wholes.add(cue.group("whole"))
        if len(group) >= 3 and len(wholes) == 1:
            yield Relation(
                RelationKind.SHARE_SUM,
                tuple(group),
                None,
                QIZHONG_SHARES,
                _QIZHONG_SHARE_CONFIDENCE,
                cue=(q_start, q_end),
            )


# --- sector_share: shares of GDP of disjoint sectors (工业增加值占地区生产总值比重25.5%…服务业增加值占…56.2%) --------
SECTOR_SHARES = "sector_share"
# two sectors' shares of one GDP in one paragraph, each in a sentence of its own: read, not written (a warning)
_SECTOR_CONFIDENCE = 0.6
_SECTOR_OF = {w: n for n, line in enumerate(_WORDS["sector_group"]) for w in line.split("|")}
_SECTOR = data.alternation(_SECTOR_OF)
_GDP = rf"(?:地区|国内)?(?:{data.alternation(_WORDS['gdp_name'])})"
_SECTOR_VERB = data.alternation(_WORDS["sector_share_verb"])
# 服务业增加值占地区生产总值比重达 (not 非农业…, and never 比重从…到…: a share of two years)
_SECTOR_SHARE = re.compile(
    rf"(?<!非)(?P<sector>{_SECTOR})增加值占(?:全[国省市区县])?{_GDP}的?(?:比重|比例)(?:{_SECTOR_VERB})?\s*$"
)
# how far before its percent a sector's words may start
_SECTOR_REACH = 40


def link_sector_shares(report: Report) -> Iterator[Relation]:
    """The shares of GDP of sectors of different groups (``sector_group``) in one paragraph add to at most 100%.

    One share of each group; a group whose paragraph states two different shares (two years, a plan) is left out.
    """
    text = report.text
    if "增加值占" not in text:
        return
    by_paragraph: dict[int, dict[int, list[Mention]]] = {}
    for m in mentions(report):
        if not m.is_percent or m.qualifier is not None:
            continue
        found = _SECTOR_SHARE.search(text, max(0, m.start - _SECTOR_REACH), m.start)
        if found is None:
            continue
        ps, _ = paragraph_bounds(text, m.start)
        by_paragraph.setdefault(ps, {}).setdefault(_SECTOR_OF[found.group("sector")], []).append(m)
    for groups in by_paragraph.values():
        shares = [ms[0] for ms in groups.values() if len({x.value for x in ms}) == 1]
        if len(shares) >= 2:
            shares.sort(key=lambda x: x.start)
            yield Relation(
                RelationKind.SHARE_SUM,
                tuple(shares),
                None,
                SECTOR_SHARES,
                _SECTOR_CONFIDENCE,
            )


SECTOR_CONTRIBUTIONS = "sector_contribution"
# 第二产业对全县地区生产总值的贡献率为70.4% (the contribution of a sector to the growth of the economy)
_CONTRIBUTION = re.compile(
    rf"(?<!非)(?P<sector>{_SECTOR})(?:增加值)?对[^，,。；;\d%]{{0,14}}?(?:增长)?的?贡献率(?:为|达|达到|是)?\s*$"
)
# between a contribution and the points it pulls the growth by: "，拉动GDP增长"
_PULL = re.compile(r"^\s*[，,]\s*拉动[^，,。；;\d%]{0,12}?增长\s*$")
# the economy's growth the pulls make up: 地区生产总值…，同比增长3.6% (its sentence names the 生产总值)
_GROWTH_BEFORE = re.compile(r"(?:同比|比上年)?增长\s*$")
_GDP_RE = re.compile(_GDP)
_GROWTH_REACH = 600


def _economy_growth(text: str, ms: tuple[Mention, ...], before: int, lo: int) -> Mention | None:
    """The nearest growth percent before ``before`` (past ``lo``) whose sentence names the 生产总值."""
    for m in reversed(starting_in(ms, lo, before)):
        if not m.is_percent or m.qualifier is not None or m.end > before:
            continue
        s, _ = sentence_bounds(text, m.start)
        if _GROWTH_BEFORE.search(text, max(s, m.start - 6), m.start) and _GDP_RE.search(text, s, m.start):
            return m
    return None


def link_sector_contributions(report: Report) -> Iterator[Relation]:
    """三次产业 each with its contribution to growth and the points it pulls the growth by, clause after clause:
    the three contributions make 100%, the three pulls the economy's growth stated before them.

    (第一产业对…的贡献率为6.6%，拉动GDP增长0.2个百分点；第二产业…70.4%，…2.6个百分点；第三产业…23%，…0.8个百分点;
    同比增长3.6% before.)  One contribution of each of the three groups of ``sector_group`` in one paragraph, no
    group stated twice; the written shares are read, not placed, so a failure is a warning at most."""
    text = report.text
    if "贡献率" not in text:
        return
    ms = mentions(report)
    by_paragraph: dict[int, dict[int, list[tuple[Mention, Mention | None]]]] = {}
    for i, m in enumerate(ms):
        if not m.is_percent or m.qualifier is not None:
            continue
        found = _CONTRIBUTION.search(text, max(0, m.start - _SECTOR_REACH), m.start)
        if found is None:
            continue
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        pull = nxt if nxt is not None and nxt.unit == "个百分点" and _PULL.match(text[m.end : nxt.start]) else None
        ps, _ = paragraph_bounds(text, m.start)
        by_paragraph.setdefault(ps, {}).setdefault(_SECTOR_OF[found.group("sector")], []).append((m, pull))
    groups_count = len(_WORDS["sector_group"])
    for ps, groups in by_paragraph.items():
        if len(groups) != groups_count or any(len(v) != 1 for v in groups.values()):
            continue
        stated = sorted((v[0] for v in groups.values()), key=lambda t: t[0].start)
        shares = tuple(c for c, _ in stated)
        yield Relation(
            RelationKind.SHARE_SUM,
            shares,
            None,
            SECTOR_CONTRIBUTIONS,
            _SECTOR_CONFIDENCE,
            name="贡献率",
            exhaustive=True,
        )
        pulls = tuple(p for _, p in stated if p is not None)
        if len(pulls) != groups_count:
            continue
        growth = _economy_growth(text, ms, shares[0].start, max(0, ps - _GROWTH_REACH))
        if growth is None:
            continue
        yield Relation(
            RelationKind.SUM, pulls, growth, SECTOR_CONTRIBUTIONS, _SECTOR_CONFIDENCE, name="拉动", exhaustive=True
        )
