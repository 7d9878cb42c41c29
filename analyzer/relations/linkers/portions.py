"""Linkers ``period_portion``, ``subset_whole``, ``sector_growth``, ``growth_parts``, ``added_on``: a bound its
words name, with no 其中 or 中.

* a plan period's target, then this year's portion of it, the verb repeated ("“十一五”期间关停5000万千瓦小火电
  机组，今年要关停1000万千瓦"; "五年淘汰炼铁产能1亿吨、炼钢产能5500万吨，今年力争分别淘汰3000万吨和3500万吨",
  pairwise after 分别): this year's figure is at most the period's.  The period must be one still ahead: 五年来,
  过去五年, 累计 review years that ended before this one;
* a whole whose words name a set, and figures of its members in the same part of the sentence ("企业数量超过
  5200万户、个体工商户超过1.1亿户，市场主体总量超过1.6亿户"): the same.  New members bound new members only,
  a count per day only a count per day; a whole named only by its size (总量) takes the set from the short
  sentence before ("经营主体持续壮大。总量接近800万户，企业主体超220万户").
* the 生产总值's growth and the growths of its three sectors named at once ("地区生产总值增长5.1%…一、二、三产业
  增加值分别增长4.2%、5%、5.4%", in its sentence or the next): a weighted mean of theirs, it lies between the lowest
  and the highest (two part_whole relations named for the messages); a year's growth against a year's, 年均
  against 年均, never a per-head one; the same for a total made of exactly two parts (``growth_parts``: 进出口总额
  增长22.5%，其中，出口增长20.3%，进口增长24.9%; the pairs are ``relation_words.tsv``'s);
* a figure, then 加上 what else was added, then the total both make in a clause or two, named so by a total word
  ("累计减税超过2万亿元，加上采取…等措施，共减轻市场主体负担3万多亿元"; 各类…): the figure at most the total, and
  with the added figures of its unit at most it together.

(A 总 whole and its kinds, 总装机…新能源装机, are ``total_and_kinds``'.)  A sentence's parts end at ； (the next
part names other things).  The members need not be complete, so a short sum says nothing; how sure: the structure is read, not printed, so a failure
is a warning.  The words come from ``analyzer/data/relation_words.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

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


SECTOR = "sector_growth"
# the name of the relation in messages: the total's growth lies between its sectors'
SECTOR_NAME = "生产总值增速介于三次产业增速之间"
_SECTORS = re.compile(
    rf"(?:{data.alternation(_WORDS['sector_names'])})(?:增加值)?(?P<avg>年均)?分别增长"
    rf"(?P<a>{_FIG})、(?P<b>{_FIG})(?:和|、)(?P<c>{_FIG}){_CLAUSE_BREAK}"
)
_TOTAL_NAME = re.compile(data.alternation(_WORDS["sector_total"]))
# the total's growth: its clause's words (地区生产总值增长, 增长 after 生产总值…亿元，), no per-head figure
_TOTAL_GROWTH = re.compile(r"(?P<avg>年均)?增长$")
_PER_HEAD = "人均"


def _total_growth(report: Report, ms: Sequence[Mention], before: int) -> Mention | None:
    """The nearest percent before ``before`` in its sentence or the one before, on its line, if it is the growth
    of the 生产总值 (its clause ends in 增长, the 生产总值 named before it in its sentence and after any percent
    there, not per head)."""
    text = report.text
    s, _ = sentence_bounds(text, before)
    if s >= 2 and text[s - 1] != "\n":
        s = sentence_bounds(text, s - 2)[0]
    prior = [x for x in ms if s <= x.start and x.end <= before and x.is_percent]
    if not prior:
        return None
    g = prior[-1]
    lab = own_label(text, g, ms)
    if _TOTAL_GROWTH.search(lab) is None:
        return None
    # the 生产总值 named since the percent before it (居民收入增长6% after 生产总值增长5% is no growth of it)
    since = max([sentence_bounds(text, g.start)[0]] + [x.end for x in prior[:-1] if x.end <= g.start])
    opening = text[since : g.start]
    name = _TOTAL_NAME.search(opening)
    if name is None or _PER_HEAD in opening[max(0, name.start() - 6) : name.end()]:
        return None
    return g


def link_sector_growths(report: Report) -> Iterator[Relation]:
    """ "地区生产总值增长5%左右，其中一二三产增加值分别增长3.5%左右、6%左右、5%左右": the total's growth lies
    between the lowest and the highest of the three sectors' (two part_whole relations, named for the messages)."""
    ms = mentions(report)
    for m in marked_sentences(report, least=3):
        if "分别增长" not in m.text:
            continue  # (the cheap test first)
        for hit in _SECTORS.finditer(m.text):
            sectors = [m.mention(hit.group(k)) for k in ("a", "b", "c")]
            if any(x is None or not x.is_percent for x in sectors):
                continue
            first = sectors[0]
            assert first is not None
            g = _total_growth(report, ms, first.start)
            if g is None:
                continue
            avg = hit.group("avg") is not None
            if avg != ("年均" in own_label(report.text, g, ms)):
                continue  # a year's growth against average ones, or the other way
            ordered = sorted((x for x in sectors if x is not None), key=lambda x: x.value)
            low, high = ordered[0], ordered[-1]
            cue = (first.start, first.end)
            yield Relation(RelationKind.PART_WHOLE, (low,), g, SECTOR, CONFIDENCE, cue=cue, name=SECTOR_NAME)
            yield Relation(RelationKind.PART_WHOLE, (g,), high, SECTOR, CONFIDENCE, cue=cue, name=SECTOR_NAME)


ADDED = "added_on"
_ADDED_ON = re.compile(rf"(?P<a>{_FIG})[，,]\s*(?:{data.alternation(_WORDS['added_on'])})")
_ADDED_TOTAL = re.compile(data.alternation(_WORDS["added_total"]))
# the words of the total's clause: after a clause break, a total word before its figure, no other figure
_TOTAL_CLAUSE = re.compile(rf"[，,](?P<words>[^，,。；;⟨]{{0,24}})(?P<c>{_FIG})")
# the most clauses the added things may take
_ADDED_CLAUSES = 2


def link_added_on(report: Report) -> Iterator[Relation]:
    """ "累计减税超过2万亿元，加上采取…等措施，共减轻市场主体负担3万多亿元": the figure before 加上 is at most the total
    after it (with the figures added, if any of its unit, at most it together)."""
    for m in marked_sentences(report, least=2):
        if "加上" not in m.text:
            continue  # (the cheap test first)
        for _, part in _parts_of(m):
            for hit in _ADDED_ON.finditer(part):
                a = m.mention(hit.group("a"))
                rest = part[hit.end() :]
                total = None
                for clause in _TOTAL_CLAUSE.finditer(rest):
                    if rest[: clause.start()].count("，") + rest[: clause.start()].count(",") >= _ADDED_CLAUSES:
                        break
                    if _ADDED_TOTAL.search(clause.group("words")):
                        total = clause
                        break
                if a is None or total is None:
                    continue
                c = m.mention(total.group("c"))
                if c is None or not same_kind(a, c) or a.unit != c.unit:
                    continue
                added = [x for x in _figures(m, rest[: total.start("c")]) if x.unit == c.unit]
                parts = [a, *added]
                yield Relation(RelationKind.PART_WHOLE, (a,), c, ADDED, CONFIDENCE, cue=(a.end, c.start))
                if added:
                    yield Relation(RelationKind.SUM, tuple(parts), c, ADDED, CONFIDENCE, cue=(a.end, c.start))


_GROWTH_PARTS = [tuple(line.split("|")) for line in _WORDS["growth_parts"]]
_PARTS_GAP = 40  # the most characters from the total's growth to its second part's
# a part's words: the part, maybe after 其中 and a comma or a lead word (货物出口), then 增长
_PART_LABEL = re.compile(r"^(?:其中[，,]?)?(?:货物)?(?P<part>[\u4e00-\u9fff]{2,4}?)(?:总额|额)?增长$")


def link_growth_parts(report: Report) -> Iterator[Relation]:
    """ "进出口总额增长22.5%，其中，出口增长20.3%，进口增长24.9%": a total's growth lies between its two parts'."""
    text = report.text
    ms = mentions(report)
    for i, g in enumerate(ms):
        if not g.is_percent:
            continue
        lab = own_label(text, g, ms)
        if not lab.endswith("增长"):
            continue
        s, e = sentence_bounds(text, g.start)
        # the total named since the percent before it in its sentence (进出口总额3.64万亿美元，增长22.5%)
        since = max([s] + [x.end for x in ms[max(0, i - 4) : i] if x.is_percent and s <= x.start])
        opening = text[since : g.start]
        for total, *parts in _GROWTH_PARTS:
            if total not in opening:
                continue
            after = [x for x in ms[i + 1 : i + 3] if x.is_percent and x.end <= e and x.end - g.end <= _PARTS_GAP]
            if len(after) != 2:
                continue
            named = []
            for x in after:
                pl = _PART_LABEL.match(own_label(text, x, ms))
                named.append(pl.group("part") if pl else None)
            if sorted(n or "" for n in named) != sorted(parts):
                continue
            low, high = sorted(after, key=lambda x: x.value)
            name = f"{total}增速介于{'、'.join(parts)}增速之间"
            cue = (g.start, g.end)
            yield Relation(RelationKind.PART_WHOLE, (low,), g, GROWTH_PARTS, CONFIDENCE, cue=cue, name=name)
            yield Relation(RelationKind.PART_WHOLE, (g,), high, GROWTH_PARTS, CONFIDENCE, cue=cue, name=name)


GROWTH_PARTS = "growth_parts"
