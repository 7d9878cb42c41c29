"""Linkers ``sum_growth``, ``sum_change`` and ``urban_rural_mean``: what follows from a complete total, and a mean.

* ``sum_growth``: a total declared complete by its parts (a ``qizhong`` or ``breakdown`` sum marked exhaustive,
  地区生产总值…其中，第一产业…，第二产业…，第三产业…; 社会消费品零售总额…城镇…乡村…), each figure with its own
  growth written right after it (…亿元，同比增长6.2%): the total's growth is the mean of the parts' growths weighted
  by their last year's values, so it lies between the lowest and the highest of them (two ``part_whole`` relations).
  Only growths upward (增长); a part that fell (下降) is left alone.
* ``sum_change``: the same complete total, each figure with its own change amount right after it (…亿元，比上年增收
  12543.83亿元), all one way: the parts' changes add up to the total's (a ``sum``);
* ``urban_rural_mean``: a per-head figure of all residents (全市居民人均可支配收入56897元) followed in its paragraph by
  the same per-head figure of the urban and of the rural residents (城镇常住居民人均可支配收入65822元；农村常住居民
  人均可支配收入35822元): the whole's is their mean weighted by population, between the two.

Both say nothing about the weights, so a failure is a warning at most.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import data
from ...types import Report
from ..linking import label, own_label, paragraph_bounds
from ..mentions import Mention, index_from, mentions
from ..model import Relation, RelationKind

SUM_GROWTH = "sum_growth"
URBAN_RURAL = "urban_rural_mean"
# a mean's weights are read, not written
CONFIDENCE = 0.6

_WORDS = data.grouped_words("relation_words.tsv")
# the sums whose parts make their total: the linkers that find them
_SUM_LINKERS = ("qizhong", "breakdown", "sector_sum")
# a figure's own growth right after it: "，同比增长6.2%", "，按不变价格计算（下同），同比增长6.2%"
_BASIS = r"按[^，,。；;\d]{0,12}计算(?:[（(]下同[）)])?[，,]\s*"
_OWN_GROWTH = re.compile(
    rf"^[，,]\s*(?:{_BASIS})?(?:{data.alternation(_WORDS['own_growth_base'])})?(?:名义|实际)?增长$"
)
# how far a growth may stand from its figure
_GROWTH_REACH = 30


def _own_growth(text: str, ms: tuple[Mention, ...], m: Mention) -> Mention | None:
    """The growth percent written right after ``m`` in its clause (…1291.92亿元，同比增长6.2%), or None."""
    i = index_from(ms, m.end)
    nxt = ms[i] if i < len(ms) else None
    if nxt is None or not nxt.is_percent or nxt.start - m.end > _GROWTH_REACH or nxt.qualifier is not None:
        return None
    return nxt if _OWN_GROWTH.match(text[m.end : nxt.start]) else None


def _complete_sums(report: Report) -> Iterator[tuple[Mention, tuple[Mention, ...]]]:
    """(whole, parts) of every sum of two parts or more declared complete, in the order the sum linkers give them."""
    from . import linked

    for name in _SUM_LINKERS:
        for r in linked(name, report):
            if r.kind is RelationKind.SUM and r.exhaustive and r.result is not None and len(r.operands) >= 2:
                yield r.result, r.operands


def link_sum_growths(report: Report) -> Iterator[Relation]:
    """ "地区生产总值…，同比增长6.2%。其中，第一产业…，同比增长3.8%；…": the total's growth between its parts'."""
    text = report.text
    ms = mentions(report)
    seen: set[tuple[int, int]] = set()
    for whole, operands in _complete_sums(report):
        if (whole.start, whole.end) in seen:
            continue
        g = _own_growth(text, ms, whole)
        growths = [_own_growth(text, ms, p) for p in operands]
        if g is None or any(x is None for x in growths):
            continue
        seen.add((whole.start, whole.end))
        ordered = sorted((x for x in growths if x is not None), key=lambda x: x.value)
        low, high = ordered[0], ordered[-1]
        what = own_label(text, whole, ms)[-8:] or "总量"
        title = f"{what}增速介于各部分增速之间"
        cue = (g.start, g.end)
        # every part's growth is evidence: the bounds are the lowest and the highest of them all
        ev = tuple((x.start, x.end) for x in growths if x is not None)
        yield Relation(RelationKind.PART_WHOLE, (low,), g, SUM_GROWTH, CONFIDENCE, cue=cue, name=title, evidence=ev)
        yield Relation(RelationKind.PART_WHOLE, (g,), high, SUM_GROWTH, CONFIDENCE, cue=cue, name=title, evidence=ev)


SUM_CHANGE = "sum_change"
# a figure's own change amount right after it: "，比上年增收11487.11亿元", "，同比减少2.1亿元"
_OWN_AMOUNT = re.compile(
    rf"^[，,]\s*(?:同比|(?:比|较)(?:{data.alternation(_WORDS['own_change_base'])})?)"
    rf"(?P<verb>{data.alternation(_WORDS['own_change_verb'])})$"
)
_DOWN = frozenset(_WORDS["change_down"])


def _own_change(text: str, ms: tuple[Mention, ...], m: Mention) -> tuple[Mention, int] | None:
    """The change amount written right after ``m`` (same unit) and its sign, or None."""
    i = index_from(ms, m.end)
    nxt = ms[i] if i < len(ms) else None
    if nxt is None or nxt.unit != m.unit or nxt.start - m.end > _GROWTH_REACH or nxt.qualifier is not None:
        return None
    found = _OWN_AMOUNT.match(text[m.end : nxt.start])
    if found is None:
        return None
    return nxt, -1 if found.group("verb") in _DOWN else 1


def link_sum_changes(report: Report) -> Iterator[Relation]:
    """ "财政总收入51304.03亿元，比上年增收12543.83亿元…。其中，税收收入45612.99亿元，比上年增收11487.11亿元…；
    非税收入5691.04亿元，比上年增收1056.72亿元": the parts' changes, all one way, add up to the total's."""
    text = report.text
    ms = mentions(report)
    seen: set[tuple[int, int]] = set()
    for whole, operands in _complete_sums(report):
        if (whole.start, whole.end) in seen:
            continue
        w = _own_change(text, ms, whole)
        changes = [_own_change(text, ms, p) for p in operands]
        if w is None or any(c is None or c[1] != w[1] for c in changes):
            continue  # a part without its change, or one going the other way
        seen.add((whole.start, whole.end))
        parts = tuple(c[0] for c in changes if c is not None)
        cue = (w[0].start, w[0].end)
        yield Relation(
            RelationKind.SUM, parts, w[0], SUM_CHANGE, CONFIDENCE, cue=cue, name="各部分增减额之和", exhaustive=True
        )


_MEAN = data.alternation(_WORDS["mean_marker"])
_URBAN = re.compile(data.alternation(_WORDS["urban_word"]))
_RURAL = re.compile(data.alternation(_WORDS["rural_word"]))
# the per-head noun a label ends in (…居民人均可支配收入 → 人均可支配收入)
_MEAN_NOUN = re.compile(rf"(?:{_MEAN})[\u4e00-\u9fff]{{2,10}}$")
# the verbs a label may end in before its figure
_LABEL_VERB = re.compile(r"(?:为|达|达到|是|实现)+$")
# how far the urban and rural figures may stand after the whole's
_MEAN_REACH = 200


def _noun(words: str) -> str | None:
    found = _MEAN_NOUN.search(_LABEL_VERB.sub("", words))
    return found.group() if found else None


def link_urban_rural_means(report: Report) -> Iterator[Relation]:
    """ "居民人均可支配收入56897元…其中城镇常住居民…65822元；农村常住居民…35822元": the whole's between the two."""
    text = report.text
    ms = mentions(report)
    for i, w in enumerate(ms):
        if w.is_percent or w.unit in ("个百分点", "倍", "‰"):
            continue
        wlab = label(text, w)
        noun = _noun(wlab)
        if noun is None or _URBAN.search(wlab) or _RURAL.search(wlab):
            continue
        _, pe = paragraph_bounds(text, w.start)
        urban = rural = None
        for m in ms[i + 1 :]:
            if m.start > min(pe, w.end + _MEAN_REACH):
                break
            if m.unit != w.unit:
                continue
            lab = label(text, m)
            if _noun(lab) != noun:
                break  # another figure of the unit first: no breakdown of this one
            if _URBAN.search(lab) and not _RURAL.search(lab) and urban is None:
                urban = m
            elif _RURAL.search(lab) and not _URBAN.search(lab) and rural is None and urban is not None:
                rural = m
                break
            else:
                break
        if urban is None or rural is None:
            continue
        low, high = sorted((urban, rural), key=lambda x: x.value)
        title = f"全体居民{noun}介于城乡之间"
        cue = (w.start, w.end)
        yield Relation(RelationKind.PART_WHOLE, (low,), w, URBAN_RURAL, CONFIDENCE, cue=cue, name=title)
        yield Relation(RelationKind.PART_WHOLE, (w,), high, URBAN_RURAL, CONFIDENCE, cue=cue, name=title)
