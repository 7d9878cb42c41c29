"""Linkers ``period_portion`` and ``subset_whole``: a part its words name, with no 其中 or 中.

* a plan period's target, then this year's portion of it, the verb repeated ("“十一五”期间关停5000万千瓦小火电
  机组，今年要关停1000万千瓦"; "五年淘汰炼铁产能1亿吨、炼钢产能5500万吨，今年力争分别淘汰3000万吨和3500万吨",
  pairwise after 分别): this year's figure is at most the period's.  The period must be one still ahead: 五年来,
  过去五年, 累计 review years that ended before this one;
* a whole whose words name a set, and figures of its members in the same part of the sentence ("企业数量超过
  5200万户、个体工商户超过1.1亿户，市场主体总量超过1.6亿户"): the same.  New members bound new members only,
  a count per day only a count per day; a whole named only by its size (总量) takes the set from the short
  sentence before ("经营主体持续壮大。总量接近800万户，企业主体超220万户").

(A 总 whole and its kinds, 总装机…新能源装机, are ``total_and_kinds``'.)  A sentence's parts end at ； (the next
part names other things).  The members need not be complete, so a short sum says nothing; how sure: the structure is read, not printed, so a failure
is a warning.  The words come from ``analyzer/data/relation_words.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import data
from ...types import Report
from ..linking import PLACEHOLDER, Marked, marked_sentences, own_label, sentence_bounds
from ..mentions import Mention, mentions
from ..model import Relation, RelationKind
from .parts import same_kind

PERIOD = "period_portion"
SUBSET = "subset_whole"
CONFIDENCE = 0.6

_WORDS = data.grouped_words("relation_words.tsv")
# --- small named pieces ---------------------------------------------------------------
_CJK = r"[\u4e00-\u9fff]"
# a sentence's parts: what a ； separates names other things
_PART_END = re.compile(r"[；;]")
# a figure's placeholder in a marked sentence, as a group
_FIG = r"⟨\d+⟩"
_JOIN = r"(?:和|、|及|与)"
_CLAUSE_BREAK = r"(?=[，,。；;：:]|$)"

# this year's clause: 今年, what may stand before the verb, 分别, the verb, one figure or two joined
_YEAR_CLAUSE = re.compile(
    rf"[，,](?:{data.alternation(_WORDS['portion_year'])})"
    rf"(?:{data.alternation(_WORDS['portion_aim'])})*"
    rf"(?P<resp>分别)?(?P<verb>{_CJK}{{2,4}}?)(?P<b>{_FIG})(?:{_JOIN}(?P<b2>{_FIG}))?{_CLAUSE_BREAK}"
)
_PERIOD_WORD = re.compile(data.alternation(_WORDS["portion_period"]))
_REVIEW_WORD = re.compile(data.alternation(_WORDS["portion_review"]))
_OTHER_YEAR = re.compile(rf"{data.alternation(_WORDS['portion_year'])}|\d{{4}}年")


def _figures(m: Marked, words: str) -> list[Mention]:
    out = []
    for p in PLACEHOLDER.finditer(words):
        got = m.mention(p.group(0))
        if got is not None:
            out.append(got)
    return out


def _parts_of(m: Marked) -> Iterator[tuple[int, str]]:
    """Each part of a marked sentence between ；, with its offset in the marked text."""
    pos = 0
    for stop in _PART_END.finditer(m.text):
        yield pos, m.text[pos : stop.start()]
        pos = stop.end()
    yield pos, m.text[pos:]


def _period_pairs(m: Marked, part: str) -> Iterator[tuple[Mention, Mention]]:
    for y in _YEAR_CLAUSE.finditer(part):
        head = part[: y.start()]
        first = PLACEHOLDER.search(head)
        if first is None:
            continue
        opening = head[: first.start()]
        period = _PERIOD_WORD.search(opening)
        if period is None or _REVIEW_WORD.search(head) or _OTHER_YEAR.search(head):
            continue
        if y.group("verb") not in opening[period.end() :]:
            continue  # this year's verb names what the period's figures count
        targets = _figures(m, head)
        this_year = [x for x in (m.mention(y.group("b")), m.mention(y.group("b2"))) if x is not None]
        if y.group("resp") is not None:
            if len(this_year) != 2 or len(targets) != 2:
                continue
        elif len(this_year) != 1 or len(targets) != 1:
            continue
        pairs = list(zip(this_year, targets, strict=True))
        if all(same_kind(p, w) and p.unit == w.unit for p, w in pairs):
            yield from pairs


def link_period_portions(report: Report) -> Iterator[Relation]:
    """ "“十一五”期间关停5000万千瓦…，今年要关停1000万千瓦": this year's portion at most the period's target."""
    for m in marked_sentences(report, least=2):
        if "今年" not in m.text:
            continue  # (the cheap test first)
        for _, part in _parts_of(m):
            for p, w in _period_pairs(m, part):
                yield Relation(RelationKind.PART_WHOLE, (p,), w, PERIOD, CONFIDENCE, cue=(w.end, p.start))


# a figure's label without what links it to its number (突破, 超过, 接近 are the figure's qualifier or verb)
_LABEL_TAIL = re.compile(r"(?:达到|达|突破|超过|超|为|约|接近|近|逾|是)+$")
_MAX_PARTS = 8


def _relations(linker: str, whole: Mention, parts: list[Mention]) -> Iterator[Relation]:
    if not parts or len(parts) > _MAX_PARTS:
        return
    for p in parts:
        yield Relation(RelationKind.PART_WHOLE, (p,), whole, linker, CONFIDENCE, cue=(whole.start, whole.end))
    if len(parts) >= 2:
        yield Relation(RelationKind.SUM, tuple(parts), whole, linker, CONFIDENCE, cue=(whole.start, whole.end))


def _part_figures(m: Marked, part: str) -> list[Mention]:
    return [x for x in _figures(m, part) if x.unit not in ("%", "个百分点", "‰", "倍")]


_SUBSETS = [tuple(line.split("|")) for line in _WORDS["subset_whole"]]
_NEW = re.compile(data.alternation(_WORDS["subset_new"]))
_DAILY = re.compile(data.alternation(_WORDS["subset_daily"]))
_BARE = frozenset(_WORDS["subset_bare"])
# the words before the set's word: leads only, one after another (全年新登记, 全市实有)
_SET_LEAD = re.compile(rf"(?:{data.alternation(_WORDS['subset_lead'])})*")
_SET_TAILS = frozenset(("", *_WORDS["subset_tail"]))
# the sentence before a whole named by its size only: a short one, no figure
_NAMING_SENTENCE = 16


def _named_before(text: str, x: Mention) -> str:
    """The short sentence before ``x``'s when ``x`` opens its sentence (经营主体持续壮大。总量…), else ""."""
    s, _ = sentence_bounds(text, x.start)
    if s < 2 or _LABEL_TAIL.sub("", text[s : x.start].strip(" \u3000")) not in _BARE:
        return ""
    ps, _ = sentence_bounds(text, s - 2)
    before = text[ps : s - 1].strip()
    if len(before) > _NAMING_SENTENCE or re.search(r"\d", before):
        return ""
    return before


def _names_set(words: str, whole: str) -> bool:
    """The whole's words name the set itself (各类市场主体, 市场主体总量), not a kind of it (限上…经营主体)."""
    lead, _, tail = _LABEL_TAIL.sub("", words).partition(whole)
    return _SET_LEAD.fullmatch(lead) is not None and tail in _SET_TAILS


def _member(whole_words: str, part_words: str, whole: str, member: str) -> bool:
    if not _names_set(whole_words, whole) or member not in part_words or whole in part_words or member in whole_words:
        return False
    if _NEW.search(whole_words) and not _NEW.search(part_words):
        return False  # new members are bounded by the new ones only
    return bool(_DAILY.search(whole_words)) == bool(_DAILY.search(part_words))


def link_subset_wholes(report: Report) -> Iterator[Relation]:
    """ "企业数量超过5200万户、个体工商户超过1.1亿户，市场主体总量超过1.6亿户": each member's count at most the whole's."""
    text = report.text
    ms = mentions(report)
    for m in marked_sentences(report, least=2):
        if not any(w in m.text for w, _ in _SUBSETS) and not any(b in m.text for b in _BARE):
            continue  # (the cheap test first)
        for _, part in _parts_of(m):
            figs = _part_figures(m, part)
            labels = [own_label(text, x, ms) for x in figs]
            for w, wlab in zip(figs, labels, strict=True):
                words = wlab
                bare = _LABEL_TAIL.sub("", wlab)
                if bare in _BARE:
                    # the set named in the sentence before stands for the whole's words: 经营主体 + 总量
                    before = _named_before(text, w)
                    named = next((whole for whole, _ in _SUBSETS if whole in before), None)
                    if named is None:
                        continue
                    words = named + bare
                found = {
                    x.start: x
                    for whole, member in _SUBSETS
                    if whole in words
                    for x, lab in zip(figs, labels, strict=True)
                    if x is not w and x.unit == w.unit and _member(words, lab, whole, member)
                }
                yield from _relations(SUBSET, w, [found[k] for k in sorted(found)])
