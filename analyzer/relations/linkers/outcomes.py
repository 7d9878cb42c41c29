"""Linkers ``review_outcome`` and ``component``: parts a whole's own words name, without 其中.

Reports state what a review went through and then what became of it, and an
aggregate and then one of its components, with no 其中 between:

    对上年底前发布的410件规章进行清理，废止26件，修订13件。        (reviewed, then the outcomes)
    外贸进出口总额由800亿美元增加到1500亿美元；出口总额由420亿美元增加到810亿美元。  (aggregate, component)

An outcome (废止, 修订, 宣布失效: words in relation_words.tsv) is a decision
about a reviewed document, so each is at most the reviewed count and together at
most it (a review may leave some unchanged: the list need not be complete).  A
component (出口 of 进出口) is at most its aggregate; written as two 由…到… it
is so at both ends.  The component's other words must be the aggregate's (外贸
进出口 → 出口; 服务进出口 → 货物出口 is another aggregate's).  How sure: read,
not printed, so a failure is a warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import data
from ...types import Report
from ..linking import CLAUSE_END, clause_start, own_label, sentence_bounds
from ..mentions import Mention, index_from, mentions, starting_in
from ..model import Relation, RelationKind
from .parts import same_kind

REVIEW = "review_outcome"
COMPONENT = "component"
CONFIDENCE = 0.6

_WORDS = data.grouped_words("relation_words.tsv")
_REVIEW = re.compile(data.alternation(_WORDS["review_verb"]))
_OUTCOME = data.alternation(_WORDS["review_outcome"])
# between one figure and the next outcome: the figure's own noun (…件行政法规进行全面清理), one break, the outcome
_OUTCOME_GAP = re.compile(rf"^[^，,。；;：:\d]{{0,14}}[，,、]\s*(?:{_OUTCOME})[^，,。；;：:\d]{{0,8}}$")
_OUTCOME_WORD = re.compile(_OUTCOME)
_MAX_PARTS = 8


_CLAUSE_END_CHAR = re.compile("[" + re.escape(CLAUSE_END) + "]")


def _clause_end(text: str, pos: int, end: int) -> int:
    """Where the clause holding ``pos`` ends (before ``end``, the sentence's end; a clause of 40 characters at most)."""
    found = _CLAUSE_END_CHAR.search(text, pos, min(end, pos + 40))
    return found.start() if found is not None else min(end, pos + 40)


def link_review_outcomes(report: Report) -> Iterator[Relation]:
    """ "清理规章120件，废止15件，修订6件": each outcome at most the reviewed count, all together too."""
    text = report.text
    ms = mentions(report)
    for found in _REVIEW.finditer(text):
        _, e = sentence_bounds(text, found.start())
        c0 = clause_start(text, found.start())
        c1 = _clause_end(text, found.end(), e)
        # the reviewed count: the one count of the review's clause, no outcome of another review
        inside = [m for m in starting_in(ms, c0, c1) if m.end <= c1]
        if len(inside) != 1:
            continue
        whole = inside[0]
        if whole.qualifier is not None or not whole.is_count or whole.value <= 0:
            continue
        if _OUTCOME_WORD.search(text, c0, whole.start):
            continue  # 修订并清理…: the clause is an outcome itself
        parts: list[Mention] = []
        last = whole
        for m in ms[index_from(ms, whole.end) :]:
            if m.start >= e or len(parts) > _MAX_PARTS:
                break
            if not same_kind(m, whole) or m.qualifier is not None or not _OUTCOME_GAP.match(text[last.end : m.start]):
                break
            parts.append(m)
            last = m
        if not parts or len(parts) > _MAX_PARTS:
            continue
        cue = found.span()
        for p in parts:
            yield Relation(RelationKind.PART_WHOLE, (p,), whole, REVIEW, CONFIDENCE, cue=cue)
        if len(parts) >= 2:
            yield Relation(RelationKind.SUM, tuple(parts), whole, REVIEW, CONFIDENCE, cue=cue)


# one aggregate and its components: 进出口 → 出口, 进口
_COMPONENTS = [tuple(line.split("|")) for line in _WORDS["component"]]
# before a figure, the start of a 由…到… (出口总额由1828亿美元); between its two figures, the 到 (增加到2002年的)
_FROM = re.compile(r"(?:由|从)(?:[^，,。；;\d]{0,2}\d{4}年(?:的|底)?)?$")
_TO = re.compile(r"^[^，,。；;\d]{0,6}(?:至|到)(?:了)?(?:\d{4}年(?:的|底)?)?$")
# words that make a figure a change or a mean, no amount of the aggregate or the component
_CHANGE = re.compile(r"增加|增长|减少|下降|提高|降低|比|较|年均|平均|人均|每|超过|以上")


def _items(text: str, ms: tuple[Mention, ...]) -> list[tuple[str, tuple[Mention, ...]]]:
    """The sentence's amounts in order, each with its name: a 由…到… as one item of two figures."""
    out: list[tuple[str, tuple[Mention, ...]]] = []
    k = 0
    while k < len(ms):
        m = ms[k]
        lab = own_label(text, m, ms)
        nxt = ms[k + 1] if k + 1 < len(ms) else None
        head = _FROM.search(text, max(0, m.start - 12), m.start)
        if nxt is not None and head is not None and same_kind(m, nxt) and _TO.match(text[m.end : nxt.start]):
            out.append((text[clause_start(text, m.start) : head.start()].strip(), (m, nxt)))
            k += 2
            continue
        out.append((lab, (m,)))
        k += 1
    return out


def link_components(report: Report) -> Iterator[Relation]:
    """ "进出口总额…6208亿美元；出口总额…3256亿美元": a component at most its aggregate (both ends of a 由…到…)."""
    text = report.text
    ms = mentions(report)
    done: set[int] = set()
    for aggregate, *parts in _COMPONENTS:
        at = text.find(aggregate)
        while at != -1:
            s, e = sentence_bounds(text, at)
            at = text.find(aggregate, e)
            if s in done:
                continue
            done.add(s)
            figs = tuple(m for m in starting_in(ms, s, e) if m.end <= e and not m.is_percent and m.unit != "倍")
            items = _items(text, figs)
            for i, (wlab, whole) in enumerate(items):
                where = wlab.find(aggregate)
                if where == -1 or _CHANGE.search(wlab) or any(m.qualifier is not None for m in whole):
                    continue
                scope = wlab[:where]
                for plab, part in items[i + 1 :]:
                    if aggregate in plab:
                        break  # another aggregate: the components after it are its own
                    word = next((p for p in parts if p in plab), None)
                    if word is None or len(part) != len(whole) or _CHANGE.search(plab):
                        continue
                    if any(p.qualifier is not None for p in part) or not same_kind(part[0], whole[0]):
                        continue
                    if part[0].unit != whole[0].unit or plab[: plab.find(word)].strip("，,；; ") not in scope:
                        continue
                    for p, w in zip(part, whole, strict=True):
                        yield Relation(RelationKind.PART_WHOLE, (p,), w, COMPONENT, CONFIDENCE)
