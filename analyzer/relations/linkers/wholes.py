"""Linkers ``named_whole`` and ``bracket_parts``: parts of a whole named before them, without 其中.

Reports name the whole a breakdown is of and list its parts after it:

    新受理行政复议案件151件中，被申请人为县政府部门的140件……；乡镇政府11件。   (the figure, then 中)
    企业调查59项测评点中有22项达到全球最优水平。                               (its noun, then 中有)
    审结27宗，占67.5%；在已审结的案件中，胜诉24宗，撤诉3宗。                   (the whole named again, then 中)
    主动公开市政府规章13件（含新制定5件，修改4件，废止4件）。                   (the parts in a bracket)

The structure links them whether or not they add up: the parts of the sentence
(or of the bracket) that count what the whole counts are each at most the whole,
and together at most it (they need not be complete).  The whole named again is
the nearest figure before the cue whose own label the cue's words repeat (审结 in
在已审结的案件中, 三农类 in 三农类诉求中), so a generic noun alone (案件, 信息)
links nothing.  How sure: the structure is read, not printed, so a failure is a
warning.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ... import data
from ...types import Report
from ..linking import own_label, paragraph_bounds, sentence_bounds
from ..mentions import Mention, mentions, starting_in
from ..model import Relation, RelationKind
from .parts import NEARLY, is_closing_total, nearly_complete, same_kind
from .shares import in_nested_bracket

NAMED = "named_whole"
BRACKET = "bracket_parts"
CONFIDENCE = 0.6

_WORDS = data.grouped_words("relation_words.tsv")
# "151件中，": the figure itself is the whole (a comma, or the first part, follows); "59项测评点中有22项": its
# noun, then 中有 and the part
_FIGURE_THEN_IN = re.compile(r"^(?:中[，,：:]|[\u4e00-\u9fff]{1,8}?中(?:共有|有)(?=\d))")
# "在已审结的案件中，" / "三农类诉求中，": a clause of words ending in 中 that opens the parts
_CLAUSE_IN_CUE = r"\s*(?P<cue>[^，,；;。！？!?：:\n\d\s]{2,24})中[，,：:]"
# (written as the text's start, then a delimiter-led pattern: one that opens with a character class lets
# the engine skip from delimiter to delimiter, twice as fast as an alternation with ^)
_CLAUSE_IN_AT_START = re.compile(_CLAUSE_IN_CUE)
_CLAUSE_IN = re.compile(r"[，,；;。！？!?：:\n]" + _CLAUSE_IN_CUE)
# what every such clause ends with, and the characters its cue cannot hold (besides digits and spaces)
_IN_THEN_END = re.compile(r"中[，,：:]")
_NOT_IN_CUE = frozenset("，,；;。！？!?：:\n")
_CUE_MAX = 24


def _clauses_in(text: str) -> Iterator[re.Match[str]]:
    """Every "…中，" clause of ``text``, in order, not overlapping (at the text's start or after a delimiter).

    (``_CLAUSE_IN.finditer(text)``, tried only at the delimiter before a 中， and its cue: a search of the pattern
    tries every delimiter of the text.)"""
    first = _CLAUSE_IN_AT_START.match(text)
    if first is not None:
        yield first
    end = first.end() if first is not None else 0
    for hit in _IN_THEN_END.finditer(text, end):
        # the cue is the run of characters before 中 that a cue may hold; spaces before it, then a delimiter
        q = hit.start()
        while q > 0 and hit.start() - q <= _CUE_MAX and _in_cue(text[q - 1]):
            q -= 1
        if not 2 <= hit.start() - q <= _CUE_MAX:
            continue
        lo = q - 1
        while lo > 0 and text[lo].isspace():
            lo -= 1
        for at in range(max(lo, end), q):
            m = _CLAUSE_IN.match(text, at)
            if m is not None:
                yield m
                end = m.end()
                break


def _in_cue(ch: str) -> bool:
    return ch not in _NOT_IN_CUE and not ch.isdecimal() and not ch.isspace()


# nouns too generic to name one whole on their own (在行政诉讼案件中 is not 行政复议案件's)
_GENERIC = set(_WORDS["generic_noun"])
# how far back the named whole may stand
_REACH = 600
# "13件（含新制定5件…）": a bracket of parts right after the whole
_BRACKET = re.compile("^[（(](?:" + "|".join(_WORDS["bracket_part_cue"]) + ")")
# right before a figure: the base of a comparison (较上年120件), no part
# (比 of 比例/比重/比率 and a 与 joining two names, 收入增长与经济增长同步等16个, compare nothing)
_COMPARED = re.compile(r"(?:较|比(?![例重率])|同比|与(?=上|去|同期|前|\d))[^，。；、\d]{0,10}$")
# a figure followed by 中 or 其中 is a whole of its own: the parts of this one end before it
_OWN_WHOLE = re.compile(r"^[^，,。；;\d]{0,2}(?:中[，,]|[，,]?\s*其中)")
_MAX_PARTS = 16


def _parts(text: str, whole: Mention, ms: tuple[Mention, ...], start: int, end: int) -> tuple[Mention, ...]:
    """The figures of ``[start, end)`` that count what ``whole`` counts, up to a whole of their own."""
    out: list[Mention] = []
    for m in starting_in(ms, start, end):
        if m.end > end or not same_kind(m, whole) or m.qualifier is not None:
            continue
        if _COMPARED.search(text[max(start, m.start - 14) : m.start]) or is_closing_total(text, m):
            continue
        if in_nested_bracket(text, start, m.start):
            continue  # a part of a part (15—64岁人口…（其中：15—59岁人口…）)
        if _OWN_WHOLE.match(text[m.end : m.end + 6]):
            break
        out.append(m)
    return tuple(out) if len(out) <= _MAX_PARTS else ()


def _relations(
    linker: str,
    whole: Mention,
    parts: tuple[Mention, ...],
    cue: tuple[int, int],
    grouped: bool = False,
    each: bool = True,
) -> Iterator[Relation]:
    """Each part at most the whole, and all of them together; ``grouped``: the whole is one of several readings.

    ``each`` False: a list of two or more parts written right after its whole (13件（含…）, 151件中，…) is stated
    as a breakdown: its sum is the statement, a part above the whole one way it fails.
    """
    if not parts:
        return
    for p in parts if each or len(parts) == 1 else ():
        group = f"{linker}@{cue[0]}:{p.start}" if grouped else None
        yield Relation(RelationKind.PART_WHOLE, (p,), whole, linker, CONFIDENCE, cue=cue, group=group)
    if len(parts) >= 2:
        group = f"{linker}@{cue[0]}" if grouped else None
        if nearly_complete(parts, whole):  # 158 of 159: read as the whole list
            yield Relation(RelationKind.SUM, parts, whole, linker, NEARLY, cue=cue, group=group, exhaustive=True)
        else:
            yield Relation(RelationKind.SUM, parts, whole, linker, CONFIDENCE, cue=cue, group=group)


def _names(cue: str, lab: str, shortest: int = 2) -> bool:
    """The cue's words repeat the tail of the whole's label (审结 in 在已审结的案件中), not a generic noun only,
    at least ``shortest`` characters of it."""
    lab = lab.strip("，,：: ")
    for n in range(min(len(lab), 8), shortest - 1, -1):
        tail = lab[-n:]
        if tail in cue and tail not in _GENERIC:
            return True
    return False


def _back(text: str, s: int, n: int) -> int:
    """The start of the ``n``-th sentence before the one starting at ``s`` (empty ones, "??? ", not counted)."""
    while n > 0 and s > 0:
        s = (
            sentence_bounds(text, s - 1)[0]
            if text[s - 1] not in "。！？!?\n"
            else sentence_bounds(text, max(0, s - 2))[0]
        )
        if len(text[s : sentence_bounds(text, s)[1]].strip()) >= 4:
            n -= 1
    return s


def link_named_wholes(report: Report) -> Iterator[Relation]:
    """ "151件中，A 140件，B 11件" and "在已审结的案件中，胜诉24宗，撤诉3宗": the parts of the whole named before."""
    text = report.text
    ms = mentions(report)
    for w in ms:
        if w.qualifier is not None or w.is_percent or w.unit in ("个百分点", "‰", "倍"):
            continue
        if text[w.end : w.end + 1] != "中" and "中" not in text[w.end + 1 : w.end + 10]:
            continue  # (the cheap test first)
        if not _FIGURE_THEN_IN.match(text[w.end : w.end + 13]):
            continue
        _, e = sentence_bounds(text, w.end)
        yield from _relations(NAMED, w, _parts(text, w, ms, w.end, e), (w.end, w.end + 1), each=False)
    for c in _clauses_in(text):
        cue = c.group("cue")
        at = c.start("cue")
        if "其中" in cue or re.search(r"[\d%]", cue):
            continue
        s, e = sentence_bounds(text, at)
        first = next((m for m in starting_in(ms, c.end(), e) if m.end <= e), None)
        if first is None or first.is_percent:
            continue
        before = [m for m in starting_in(ms, max(0, at - _REACH), at) if m.end <= at and same_kind(m, first)]
        # the whole's own sentence, or one of the two before the cue's
        near = _back(text, s, 2)
        # every figure there the cue names is a reading (共受理…事项59件 and 新收到…事项47件 before
        # 在收到的事项中): the parts verify the statement on any of them, a finding needs all to fail
        wholes = [
            m
            for m in reversed(before)
            if m.start >= near and m.qualifier is None and _names(cue, own_label(text, m, ms))
        ]
        if not wholes:
            # further back (a paragraph before: 受理案件8250件 … 在今年上半年的受理案件中，): the nearest figure
            # whose label the cue repeats in full, four characters or more
            wholes = next(
                (
                    [m]
                    for m in reversed(before)
                    if m.start < near and m.qualifier is None and _names_far(cue, text, m, ms)
                ),
                [],
            )
        for whole in wholes:
            parts = _parts(text, whole, ms, c.end(), e)
            yield from _relations(NAMED, whole, parts, (at, c.end()), grouped=len(wholes) > 1)


# a whole named again from further back than the sentences before the cue: its label's last words, this many
# characters at least, written in the cue
_FAR_NAME = 4


def _names_far(cue: str, text: str, m: Mention, ms: tuple[Mention, ...]) -> bool:
    lab = own_label(text, m, ms).strip("，,：: ")
    return len(lab) >= _FAR_NAME and _names(cue, lab, _FAR_NAME)


def link_bracket_parts(report: Report) -> Iterator[Relation]:
    """ "规章13件（含新制定5件，修改4件，废止4件）": the parts in the bracket after the whole."""
    text = report.text
    ms = mentions(report)
    for w in ms:
        if w.qualifier is not None or w.is_percent or w.unit in ("个百分点", "‰", "倍"):
            continue
        b = _BRACKET.match(text[w.end : w.end + 4])
        if b is None:
            continue
        close = min((k for k in (text.find("）", w.end), text.find(")", w.end)) if k != -1), default=-1)
        if close == -1 or close - w.end > 120 or re.search(r"[。\n]", text[w.end : close]):
            continue
        cue = (w.end, w.end + b.end())
        parts = _parts(text, w, ms, w.end + b.end(), close)
        yield from _relations(BRACKET, w, parts, cue, each=False)


FROM_TO = "from_to_parts"
# "由2552万辆增至3230万辆": a start and an end value of one indicator
_FROM = re.compile(r"(?:由|从)[^，,。；;\d]{0,8}$")
_TO = re.compile(r"^[^，,。；;\d]{0,6}(?:至|到)(?:了)?[^，,。；;\d]{0,4}$")


def _from_to(text: str, ms: tuple[Mention, ...], lo: int, hi: int, last: bool) -> tuple[Mention, Mention] | None:
    """The (start, end) figures of a 由…至… in ``[lo, hi)``: the last one there, or the first."""
    found = [m for m in starting_in(ms, lo, hi) if m.end <= hi]
    pairs = [
        (a, b)
        for a, b in itertools.pairwise(found)
        if same_kind(a, b)
        and a.qualifier is None
        and b.qualifier is None
        and _FROM.search(text[max(lo, a.start - 10) : a.start])
        and _TO.match(text[a.end : b.start])
    ]
    if not pairs:
        return None
    return pairs[-1] if last else pairs[0]


def link_from_to_parts(report: Report) -> Iterator[Relation]:
    """ "汽车保有量由2552万辆增至3230万辆，其中新能源汽车由45万辆增至356万辆": each end at most the whole's."""
    text = report.text
    ms = mentions(report)
    for q in re.finditer("其中", text):
        s, e = sentence_bounds(text, q.start())
        whole = _from_to(text, ms, s, q.start(), last=True)
        if whole is None or re.search(r"[。；;]", text[whole[1].end : q.start()]):
            continue
        if re.search(r"\d", text[whole[1].end : q.start()]):
            continue  # a figure between: 其中 hangs from it
        part = _from_to(text, ms, q.end(), e, last=False)
        if part is None or not same_kind(part[0], whole[0]) or re.search(r"\d", text[q.end() : part[0].start]):
            continue
        for p, w in zip(part, whole, strict=True):
            yield Relation(RelationKind.PART_WHOLE, (p,), w, FROM_TO, CONFIDENCE, cue=q.span())


BOUNDED = "bounded_pair"
# two counts of one process, the second bounded by the first (应到…实到, 项目…完工); the open pairs (收到…办结)
# only when nothing carried over is stated in the paragraph or as a figure anywhere in the report
_PAIRS = [tuple(line.split("|")) for line in _WORDS["bounded_pair"]]
_OPEN_PAIRS = [tuple(line.split("|")) for line in _WORDS["bounded_pair_open"]]
_NOT_WHOLE = re.compile("|".join(_WORDS["bounded_not_whole"]))
_CARRIED = re.compile("|".join(_WORDS["carried_over"]))
# a carried-over figure that is not nought, on its line (上年结转申请3件; | 二、上年结转… | 3 | 0 |)
_CARRIED_FIGURE = re.compile("(?:" + "|".join(_WORDS["carried_over"]) + r")[^\n。]{0,60}?(?<![\d.])[1-9]")
# "行政复议80件，66件作出复议决定": the part's words follow it
_DECIDED = re.compile(r"^[^，,。；;\d]{0,4}(?:" + "|".join(_WORDS["decided_case"]) + ")")
_CASE_WHOLE = re.compile("|".join(_WORDS["case_whole"]))
# between the whole and its part: one clause break, the part's own words, no other figure
_PAIR_GAP = re.compile(r"^[，,、]\s*[^，,。；;：:\d]{0,12}$")


_PAIR_REACH = 14


def _after_pair(line: str) -> tuple[str, str]:
    """A ``whole|part`` entry of ``bounded_pair_after`` as (whole's words, part's words)."""
    whole, part = line.split("|", 1)
    return whole, part
# the same, each count's words after it (3.58亿人参保，9880万人领取养老金): the whole's words → the part's
_AFTER_PAIRS: dict[str, str] = dict(_after_pair(line) for line in _WORDS["bounded_pair_after"])
_AFTER_START = re.compile(data.alternation(_AFTER_PAIRS))
_AFTER_GAP = re.compile(rf"^({data.alternation(_AFTER_PAIRS)})[，,、]$")
_PAIR_BREAK = ("，", ",", "、")
# the same, the part stated first (招生741万人，在校学生1809万人): (whole's words, part's words)
_BEFORE_PAIRS = [tuple(line.split("|")) for line in _WORDS["bounded_pair_before"]]
# the whole's words are its word and at most a measure of it (在校学生总数, 在校生达到): 在校研究生 is another whole
_BEFORE_TAIL_GROUPS = ("before_tail_noun", "before_tail_measure", "before_tail_verb")
_BEFORE_TAIL = re.compile("^" + "".join(f"(?:{data.alternation(_WORDS[g])})?" for g in _BEFORE_TAIL_GROUPS) + "$")


def _before_pair(whole_label: str, part_label: str) -> bool:
    """The part stated first (招生741万人), then its whole with nothing but its word (，在校学生总数1809万人)."""
    return any(
        whole_label.startswith(w) and _BEFORE_TAIL.match(whole_label[len(w) :]) and p in part_label
        for w, p in _BEFORE_PAIRS
    )


_PART_WORDS = re.compile("|".join(sorted({p for _, p in _PAIRS + _OPEN_PAIRS}, key=len, reverse=True)))


def _pair(whole_label: str, part_label: str, pairs: list[tuple[str, ...]]) -> bool:
    return any(w in whole_label and p in part_label and p not in whole_label for w, p in pairs)


def link_bounded_pairs(report: Report) -> Iterator[Relation]:
    """ "应到代表224名，实到代表201名", "行政复议144件，120件作出决定": the second count is at most the first;
    "招生741万人，在校学生1809万人" (``bounded_pair_before``): the first at most the second."""
    text = report.text
    ms = mentions(report)
    carried_anywhere: bool | None = None
    for a, b in itertools.pairwise(ms):
        # (the cheap tests first: most neighbours are far apart or of other units)
        if b.start - a.end > _PAIR_REACH or a.unit != b.unit:
            continue
        if text[a.end : a.end + 1] not in _PAIR_BREAK and not _AFTER_START.match(text, a.end):
            continue
        gap = text[a.end : b.start]
        if a.qualifier is not None or b.qualifier is not None:
            continue
        after = _AFTER_GAP.match(gap)
        if after is not None and a.unit == b.unit and not a.is_percent:
            # "3.58亿人参保，9880万人领取养老金": each count's words follow it
            if text.startswith(_AFTER_PAIRS.get(after.group(1), "\0"), b.end):
                yield Relation(RelationKind.PART_WHOLE, (b,), a, BOUNDED, CONFIDENCE, cue=(a.end, b.start))
            continue
        if not _PAIR_GAP.match(gap):
            continue
        if a.is_percent or a.unit in ("个百分点", "‰", "倍"):
            continue
        plab = gap.lstrip("，,、 \u3000")
        if plab and _before_pair(plab, own_label(text, a, ms)):
            # "招生741万人，在校学生1809万人": the first count is the part
            yield Relation(RelationKind.PART_WHOLE, (a,), b, BOUNDED, CONFIDENCE, cue=(a.end, b.start))
            continue
        if plab and not _PART_WORDS.search(plab):
            continue
        if not plab and not _DECIDED.match(text[b.end : b.end + 12]):
            continue
        wlab = own_label(text, a, ms)
        if _NOT_WHOLE.search(wlab):
            continue
        found = _pair(wlab, plab, _PAIRS)
        if not found and _pair(wlab, plab, _OPEN_PAIRS):
            if carried_anywhere is None:
                carried_anywhere = _CARRIED_FIGURE.search(text) is not None
            ps, pe = paragraph_bounds(text, a.start)
            found = not carried_anywhere and not _CARRIED.search(text, ps, pe)
        if not found and not plab:
            found = _CASE_WHOLE.search(wlab) is not None
        if found:
            yield Relation(RelationKind.PART_WHOLE, (b,), a, BOUNDED, CONFIDENCE, cue=(a.end, b.start))
