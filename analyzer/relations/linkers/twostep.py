"""Linkers ``remainder_rate`` and ``combined_rate``: rates computed in two steps (``ratio`` relations).

* a completion rate over what is left after exclusions:

      在确定的133项任务中，除日常推进的51项常规工作外，其余67项已完成……，完成度为81.7%

  is 67 / (133 − 51), read on a sentence whose figures are replaced by ``⟨i⟩``;
* a rate of the numerators of the rates before it in its sentence:

      直接纠错236件，纠错率24.2%，以调解、和解等方式结案170件，调解率17.4%，综合化解率达到42%

  is (236 + 170) over the base the two rates share (each candidate base of theirs one reading of a group).

Both are links by structure: the first pattern ties its four figures (confident), the second follows the
links of the rates it sums (a warning at most, when it holds on none of their shared bases).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import data
from ...types import Report
from ..figures import combined
from ..linking import CLAUSE_END, clause_start, marked_sentences, sentence_bounds, simplified
from ..mentions import Mention, index_from, mentions
from ..model import Relation, RelationKind
from .rates import NAMED, WEIGHED, rate_links

# the pattern names all four figures' roles
REMAINDER = 0.9
# a sum of the numerators of rates linked elsewhere: as sure as the least sure of them, at most a warning
COMBINED = WEIGHED

_P = r"⟨\d+⟩"
_WORDS = data.grouped_words("relation_words.tsv")
_REST = "|".join(_WORDS["remainder"])
# 在…⟨n⟩项任务中，除…⟨m⟩项…外，其余⟨k⟩项已完成…，完成度为⟨p⟩
_REMAINDER = re.compile(
    rf"(?P<n>{_P})[^，,。；;⟨]{{0,16}}中[，,]?除[^。；;⟨]{{0,24}}?(?P<m>{_P})[^。；;⟨]{{0,16}}?(?:以|之)?外[，,]"
    rf"(?:{_REST})?[^。；;⟨]{{0,6}}?(?P<k>{_P})"
)
# the name of the rate: the words before its percent end in 率 or 度 (完成率, 完成度, 办结率)
_RATE_NAME = re.compile(r"[\u4e00-\u9fff]{1,10}[率度](?:为|是|达|达到|约|约为)*$")
# a combined rate: 综合化解率, 总纠错率 …, or any rate straight after other rates with no count of its own
_COMBINED_NAME = re.compile(
    "(?:" + "|".join(_WORDS["combined_rate"]) + r")[\u4e00-\u9fff]{0,8}率(?:为|是|达|达到|约|约为)*$"
)


def _named(text: str, p: Mention) -> str:
    """The rate's name before ``p`` without its verb (完成度为 → 完成度), or "" when it is no rate."""
    words = simplified(text[clause_start(text, p.start, CLAUSE_END) : p.start])
    return _VERB.sub("", words)[-6:] if _RATE_NAME.search(words) else ""


_VERB = re.compile(r"(?:为|是|达|达到|约|约为)+$")


def link_remainder_rates(report: Report) -> Iterator[Relation]:
    text = report.text
    for mk in marked_sentences(report, 4):
        ms = mk.mentions
        for m in _REMAINDER.finditer(mk.text):
            n, x, k = (mk.mention(m.group(g)) for g in ("n", "m", "k"))
            assert n is not None and x is not None and k is not None
            # the rate: the first percent after the remainder, in its sentence
            p = next((f for f in ms if f.start > k.end and f.is_percent), None)
            if p is None or not (n.unit == x.unit == k.unit) or n.is_percent:
                continue
            name = _named(text, p)
            if not name or n.value - x.value <= 0:
                continue
            left = combined((n, x), n.value - x.value, n.interval - x.interval, f"({n.text} − {x.text})")
            conf = REMAINDER if all(f.exact for f in (n, x, k)) else NAMED
            yield Relation(
                RelationKind.RATIO,
                (k, left),
                p,
                "remainder_rate",
                conf,
                cue=(x.end, k.start),
                name=name,
                group=f"ratio@{p.start}",
            )


def link_combined_rates(report: Report) -> Iterator[Relation]:
    text = report.text
    ms = mentions(report)
    links = {link.rate.start: link for link in rate_links(report)}
    for i, p in enumerate(ms):
        if not p.is_percent or p.start in links or i < 2:
            continue
        words = simplified(text[clause_start(text, p.start, CLAUSE_END) : p.start])
        if not _COMBINED_NAME.search(words):
            continue
        s, _ = sentence_bounds(text, p.start)
        # the rates of the sentence before it, each with one numerator (none of its own count in between)
        before = [links[m.start] for m in ms[index_from(ms, s) : i] if m.start in links]
        if len(before) < 2 or ms[i - 1].start not in links:
            continue
        parts = before[-2:]
        if any(len(link.numerators) != 1 for link in parts):
            continue
        nums = tuple(link.numerators[0] for link in parts)
        if len({(n.start, n.end) for n in nums}) < len(nums) or len({n.unit for n in nums}) > 1:
            continue
        shared = {(d.value, d.unit) for d in parts[0].denominators}
        for link in parts[1:]:
            shared &= {(d.value, d.unit) for d in link.denominators}
        dens = [d for d in parts[-1].denominators if (d.value, d.unit) in shared]
        if not dens:
            continue
        total = nums[0].interval
        for n in nums[1:]:
            total = total + n.interval
        top = combined(nums, sum(n.value for n in nums), total, "(" + " + ".join(n.text for n in nums) + ")")
        conf = min(COMBINED, *(link.confidence for link in parts))
        for d in dens:
            yield Relation(
                RelationKind.RATIO,
                (top, d),
                p,
                "combined_rate",
                conf,
                name=_VERB.sub("", words)[-6:],
                group=f"ratio@{p.start}",
            )


# words making a structure sentence's percents no shares of the level (贡献率, 增长…)
_NOT_SHARE = re.compile(data.alternation(_WORDS["structure_not_share"]))
# how far before its structure sentence the breakdown of the whole may end
_STRUCTURE_REACH = 300


def link_structure_ratios(report: Report) -> Iterator[Relation]:
    """ "生产总值221.23亿元。其中：第一产业增加值47.24亿元…；第二产业…61.77亿元…；第三产业…112.22亿元…。产业结构
    …调整为21.35%、27.92%和50.73%": each share of the structure is its part over the whole, in order.

    The shares are the last run of the structure sentence (the year's; a run after 由/上年 is last year's);
    the parts the 其中 breakdown just before it with as many parts.  A breakdown whose parts add up to its
    whole makes the link a warning when a share fails; otherwise it is info at most.
    """
    from . import linked
    from .parts import qizhong_groups

    text = report.text
    # the breakdowns of a whole: 其中 lists, and lists after their total without 其中
    groups = [
        (g.whole, [p for p in g.parts if not p.is_percent and p.unit == g.whole.unit]) for g in qizhong_groups(report)
    ]
    groups += [
        (r.result, list(r.operands))
        for r in linked("breakdown", report)
        if r.kind is RelationKind.SUM and r.result is not None
    ]
    by_sentence: dict[tuple[int, int], tuple[Mention, ...]] = {}
    for r in linked("structure_percent", report):
        by_sentence[sentence_bounds(text, r.operands[0].start)] = r.operands  # the later run of a sentence wins
    for (s, _), run in by_sentence.items():
        if _NOT_SHARE.search(text, max(s, clause_start(text, run[0].start, CLAUSE_END)), run[0].start):
            continue  # the clause names contributions to growth (贡献率) or growth rates: no part over the level
        fits = [(w, ps) for w, ps in groups if len(ps) == len(run) and 0 <= s - ps[-1].end <= _STRUCTURE_REACH]
        if not fits:
            continue
        whole, parts = max(fits, key=lambda f: f[1][-1].end)
        adds_up = abs(sum(p.value for p in parts) - whole.value) <= 0.005 * whole.value
        conf = WEIGHED if adds_up else 0.2
        for part, share in zip(parts, run, strict=True):
            yield Relation(
                RelationKind.RATIO,
                (part, whole),
                share,
                "structure_ratio",
                conf,
                name="结构",
                group=f"ratio@{share.start}",
            )
