"""Metric extraction: every reported figure of a text as a ``Metric``.

Pipeline per document (regex-first, no tokenizer: linear in the text):

1. ``scan.find_figures``: numeral + multiplier + unit + qualifiers + ranges,
   with the skip rules for years, ordinals, slogans, idioms and names;
2. ``subject.find_subject``: the measured thing and the link words (增长 …);
3. ``indicators.Taxonomy.match``: the canonical indicator id;
4. ``context``: year, basis and section.

``Metric.text`` is the figure with its subject when the subject is written
right before it ("纠错率58.6%", "行政复议案件29件"), else the figure alone
("2600余条", "约5%左右", "4个" of "4个重大政策文件": a noun after the figure is its
``subject`` but never part of the span); ``number_start:number_end`` is the numeral
(``raw_number``) inside it, and ``decimals`` the precision of ``value``
(negative when 万/亿 scale the written digits: see ``analyzer.numbers``).
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections import deque

from ..data import alternation, grouped_words, tsv
from ..errors import InputTooLargeError
from ..indicators import (
    Taxonomy,
    counted_with_others,
    is_attribute,
    is_share_threshold,
    is_threshold,
    label_is_flow,
    load_taxonomy,
    member_of_list,
    named_in_whole_only,
    names_growth_target,
    narrower_scope,
    object_of_verb,
    owner_of_measure,
    says_new,
    stock_of_new,
    stock_or_flow_of,
    threshold_in_label,
)
from ..settings import Settings
from ..types import Basis, Meta, Metric, MetricKind, Qualifier, Section
from . import patterns
from .context import (
    DocIndex,
    SectionIndex,
    find_basis,
    find_year,
    is_from_value,
    is_multi_year,
    is_review_flow,
    names_a_level,
)
from .lexicon import Lexicon, get_lexicon
from .scan import Figure, find_figures, iter_figures
from .subject import (
    MAX_CLAUSE,
    OPEN_BRACKETS,
    QUOTE_PAIRS,
    Subject,
    before_parenthesis,
    bracketed_subject,
    find_subject,
    only_links,
    opens_from_to,
    pair_groups,
    previous_clause_subject,
    quoted_subject,
    respective_phrase,
)

__all__ = ["CHARS_PER_FIGURE", "MAX_FIGURES_FLAT", "extract_metrics", "figure_limit", "find_figures", "patterns"]

# the sentence context given to the taxonomy, at most this many characters back
_CONTEXT = 80
# the predicate after a figure given to the taxonomy (120件做了复议决定): up to the clause's end, at most this long
_TAIL = 16
_CLAUSE_END = re.compile(r"[，,；;。：:！？!?、（(\n]")
# a figure whose own subject is a total word (快递17件，合计122件) is the total of the figures before it,
# not one more of the previous figure's kind: its indicator is matched on its own words alone
_TOTAL_WORDS = ("合计", "共计", "总计")
# a subject that is a comparison base (比去年预算增加4000亿元): the change is of the figure before it
# a figure bounded so (50万元以上, 10万元以下) and followed by 的 and a noun may be a threshold (``is_threshold``)
_BOUNDS = (Qualifier.AT_LEAST, Qualifier.AT_MOST)
_COMPARED_WITH = ("比上年", "比去年", "比前一年", "比同期", "比年初", "比上一年")
# a share of something (占比40%以上的企业): the words after it are not what the share measures
_SHARE_WORDS = ("占", "占比", "比重", "比例")
# a predicate of persons taking part in something (1200余名干部参加学法考试)
_TAKES_PART = ("参加", "参与", "参训")
# a predicate of the ones still open (已回复126件，7件正在办理中): requests carried over in a sentence on requests
# (申请), else a part of no id (a 12345 ticket still open is no ticket received)
_STILL_OPEN = ("正在办理", "尚在办理", "仍在办理")
# the gap between a count of new ones and the total after it (新增上市公司48家、总量达122家)
_TOTAL_GAPS = ("、", "，", ",")
_REQUESTS = "申请"
# the words between a count with its noun after it and a count it became (62项考核指标精简优化为13项)
_BECOMES = ("为", "至", "到", "成")
# verbs of a figure driving another (20.3亿元以旧换新补贴拉动消费215亿元): the words after a figure are its own up
# to the verb only
_DRIVES = re.compile("拉动|带动")

# How many figures a text may hold: MAX_FIGURES_FLAT, plus one per CHARS_PER_FIGURE characters.
# Reports average one figure per ~200 characters (the real corpus), a dense statistics table one
# per ~15, but tables are short: the flat allowance covers them.  A long text past the limit is a
# dump of numbers, and each figure costs about 1 KB of memory and 0.1 ms through the checks.
MAX_FIGURES_FLAT = 50_000
CHARS_PER_FIGURE = 50


# the words between a count and the next figure, in one clause (8个|产业规模|超千亿元)
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,12}")


def _counts_the_next_subject(text: str, fig: Figure, ceiling: int, lex: Lexicon) -> bool:
    """Whether a count runs into the next figure through words that are no link words (8个产业规模超千亿元): it
    counts those words, the next figure's subject, never the subject of the figure before (增长 is a link)."""
    gap = text[fig.end : ceiling]
    return fig.kind is MetricKind.COUNT and _CJK_RUN.fullmatch(gap) is not None and not only_links(gap, lex)


_CLOSE_BRACKETS = {"）": "（", ")": "("}
_BRACKETED_NOUN = re.compile(r"[\u4e00-\u9fff]{2,12}$")


def _noun_before_bracket(text: str, close: int, floor: int) -> str | None:
    """The CJK noun right before the bracket closing at ``close`` (中欧班列（西安） -> 中欧班列), or None."""
    open_at = text.rfind(_CLOSE_BRACKETS[text[close]], max(floor, close - 12), close)
    if open_at <= floor:
        return None
    m = _BRACKETED_NOUN.search(text, max(floor, open_at - 12), open_at)
    return m.group() if m else None


_LIST_GAPS = frozenset(("、", "和", "及", "与"))
_NOUN_LIST_GAPS = ("、", "和", "及", "与")


@functools.lru_cache(maxsize=1)
def _growth_links() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(growth words, other link words, the longest first) of ``paired_growth_links.txt``."""
    g = grouped_words("paired_growth_links.txt")
    return g.get("grow", ()), tuple(sorted(g.get("link", ()), key=len, reverse=True))


def _paired_growth_stem(
    text: str, fig: Figure, upcoming: deque[Figure], spans: list[tuple[int, int, str]], sent: int
) -> str | None:
    """The subject of the level a growth figure pairs with: 城镇居民人均可支配收入8472元，农村居民人均纯收入2622元，
    扣除价格因素，分别实际增长9%和4.3%: the growths listed after the levels go with them in order. ``spans``:
    (start, end, phrase) of the figures before; None when the figure is not in such a list of growths, "" when it
    is but the levels before do not pair with the growths (which level is its is unknown)."""
    grow, link = _growth_links()
    j, first, position = len(spans) - 1, fig.start, 0
    while j >= 0 and spans[j][1] >= sent and text[spans[j][1] : first] in _LIST_GAPS:
        first, position, j = spans[j][0], position + 1, j - 1
    if j < 0 or spans[j][1] < sent:
        return None
    gap = text[spans[j][1] : first]
    if not gap.startswith(("，", ",")) or not any(g in gap for g in grow):
        return None
    rest = gap
    for w in grow + link:
        rest = rest.replace(w, "")
    if rest:
        return None
    n, end = position + 1, fig.end
    for g in upcoming:
        if text[end : g.start] not in _LIST_GAPS:
            break
        n, end = n + 1, g.end
    if n < 2:
        return None
    # from here the figure is one of several growths listed after levels: "" when which level is its is unknown
    if j - n + 1 < 0 or spans[j - n + 1][0] < sent:
        return ""
    stems = [spans[k][2].split("分别")[0] for k in range(j - n + 1, j + 1)]
    # the levels are one list: listed with 、 (接待游客3.2亿人次、游客花费3700亿元) or with subjects ending alike
    # (…人均可支配收入9422元，…人均纯收入2936元); the figure before is no item of it
    before = j - n
    if all(_listed(text[spans[k][1] : spans[k + 1][0]]) for k in range(j - n + 1, j)):
        return "" if before >= 0 and _listed(text[spans[before][1] : spans[before + 1][0]]) else stems[position]
    tail = stems[-1][-2:]
    if len(tail) < 2 or any(st[-2:] != tail for st in stems):
        return ""
    if before >= 0 and spans[before][1] >= sent and spans[before][2].split("分别")[0][-2:] == tail:
        return ""
    return stems[position]


def _unsaid_respective(
    text: str, fig: Figure, upcoming: deque[Figure], spans: list[tuple[int, int, str]], sent: int, lex: Lexicon
):
    """``respective_phrase`` of a figure in a list of figures after a coordinated subject with no 分别 written
    (城镇居民…收入和农村居民…纯收入实际增长8.4%和11.4%, 农村自来水、卫生户厕普及率超过98%、85%): each figure to its
    own noun in order, as if 分别 stood before the link words. None when the figure is in no such list."""
    if "分别" in text[sent : fig.start]:
        return None  # 分别约为全国平均的70%: 分别 is written, and respective_phrase found no list it pairs
    j, first = len(spans) - 1, fig.start
    while j >= 0 and spans[j][1] >= sent and text[spans[j][1] : first] in _FIGURE_LIST_GAPS:
        first, j = spans[j][0], j - 1
    if first == fig.start and not (upcoming and text[fig.end : upcoming[0].start] in _FIGURE_LIST_GAPS):
        return None
    found = None
    for k in range(first, max(sent, first - _LINK_RUN) - 1, -1):
        if k < first and text[k] in "，,；;：:。、和":
            break
        synthetic = text[sent:k] + "分别" + text[k : fig.start]
        got = respective_phrase(synthetic, len(synthetic), 0, lex)
        if got is not None:
            found = got
    return found


@functools.lru_cache(maxsize=1)
def _guard_words() -> dict[str, tuple[str, ...]]:
    """``indicator_guards.tsv`` (read once)."""
    return grouped_words("indicator_guards.tsv")


def _part_openers() -> tuple[str, ...]:
    """``indicator_guards.tsv``'s part_open words (其中, 包括): what follows them is a part of the total before."""
    return _guard_words().get("part_open", ())


_CLAUSE_BREAKS = "，,；;"


@functools.lru_cache(maxsize=1)
def _cumulative_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """``indicator_guards.tsv``'s cumulative, period and yearly words as alternations."""
    g = _guard_words()
    return tuple(re.compile(alternation(g.get(k, ()))) for k in ("cumulative", "period", "yearly"))  # type: ignore[return-value]


def _allocation(text: str, fig_start: int, sent: int) -> bool:
    """Whether a sum is an allocation to the purpose its sentence opens with (支持重点产业振兴和技术改造，中央预算投资安排
    150亿元): a purpose word opens the sentence's first clause and an allotting word stands in the figure's clause."""
    g = _guard_words()
    if not text[sent:fig_start].lstrip(" \u3000\n").startswith(g.get("purpose_open", ())):
        return False
    cut = _clause_at(text, fig_start, sent)
    return cut > sent and any(w in text[cut:fig_start] for w in g.get("allot", ()))


def _cumulative_over_years(text: str, fig_start: int, sent: int) -> bool:
    """Whether a figure is a total over several years, goals too (今后五年…新增义务教育经费累计将达2182亿元): 累计 in
    its clause, a period in its sentence, and no yearly reading (每年, 年均, 今年)."""
    cumulative, period, yearly = _cumulative_words()
    if not cumulative.search(text, sent, fig_start):
        return False
    cut = _clause_at(text, fig_start, sent)
    if not cumulative.search(text, cut, fig_start):
        return False
    return bool(period.search(text, sent, fig_start)) and not yearly.search(text, sent, fig_start)


_LIST_CLAUSE_END = re.compile(r"[，,；;。：:！？!?\n]")
# how far after a noun its clause's list is read (…示范区、“两山”实践创新基地和美丽乡村先行区)
_LIST_TAIL = 40


def _rest_of_clause(text: str, at: int) -> str:
    """The clause after ``at`` up to its end, 、 and coordinators included (the tail of a figure stops at 、)."""
    rest = text[at : at + _LIST_TAIL]
    m = _LIST_CLAUSE_END.search(rest)
    return rest[: m.start()] if m is not None else rest


def _past_threshold(walk: _Walk, r: _Reading) -> bool:
    """Whether the figure counts things past a threshold written right before them in its clause (a bounded figure,
    then 的: 年销售收入超10亿元的|龙头企业达100家)."""
    if not walk.out:
        return False
    p, text, fig = walk.out[-1], walk.text, r.fig
    if p.qualifier not in _BOUNDS or p.end > fig.start or p.start < fig.start - len(_figure_clause(text, r)):
        return False
    return text.startswith("的", p.end) and not any(c in text[p.end : fig.start] for c in _CLAUSE_BREAKS)


def _figure_clause(text: str, r: _Reading) -> str:
    """The figure's clause up to it (after the last clause break of its sentence before it), read once a figure."""
    if r.clause is None:
        r.clause = text[_clause_at(text, r.fig.start, r.sent) : r.fig.start]
    return r.clause


def _clause_at(text: str, fig_start: int, sent: int) -> int:
    """Where the clause holding a figure starts (after the last clause break of its sentence before it), whatever
    figures stand before it in the clause."""
    return max(max([text.rfind(c, sent, fig_start) for c in _CLAUSE_BREAKS]) + 1, sent)


def _whole_before(text: str, fig_start: int, sent: int) -> tuple[int, int] | None:
    """The span of the clause a 其中/包括 clause holding the figure is a part of (新增营造林148万亩、其中南北山绿化工程
    43万亩 -> 新增营造林148万亩; 提出21个主要指标，包括13个…、8个约束性指标 -> 提出21个主要指标), or None."""
    if not any(w in text[sent:fig_start] for w in _part_openers()):
        return None
    cut = max(text.rfind(c, sent, fig_start) for c in _CLAUSE_BREAKS)
    lo = max(cut + 1, sent)
    at = max((text.rfind(w, lo, fig_start) for w in _part_openers()), default=-1)
    if at < 0:
        return None
    end = at
    while end > sent and text[end - 1] in _CLAUSE_BREAKS + "、 ":
        end -= 1  # 、其中, ，包括: the whole is the clause or list item before
    start = max(max(text.rfind(c, sent, end) for c in _CLAUSE_BREAKS + "、") + 1, sent)
    return (start, end) if start < end else None


# the gaps of a list of figures, and how far before its first figure the link words of an unsaid 分别 may reach
_FIGURE_LIST_GAPS = frozenset(("、", "和"))
_LINK_RUN = 8


def _listed(gap: str) -> bool:
    """Whether ``gap``, the text between two figures, lists them (、游客花费, 和): no clause ends in it."""
    return gap[:1] in _LIST_GAPS and not any(c in gap for c in "，,；;：:。")


def figure_limit(n_chars: int) -> int:
    """The most figures a text of ``n_chars`` characters may hold (``InputTooLargeError`` beyond)."""
    return MAX_FIGURES_FLAT + n_chars // CHARS_PER_FIGURE


def _figures(text: str, lex: Lexicon) -> deque[Figure]:
    limit = figure_limit(len(text))
    figures = deque(itertools.islice(iter_figures(text, lex), limit + 1))
    if len(figures) > limit:
        raise InputTooLargeError(
            f"{len(text):,} characters with more than {limit:,} figures: a dump of numbers, not a report "
            f"(at most {MAX_FIGURES_FLAT:,} figures plus one per {CHARS_PER_FIGURE} characters); split it"
        )
    return figures


@dataclasses.dataclass(slots=True)
class _Walk:
    """What ``extract_metrics`` carries from one figure to the next (the steps below read and update it)."""

    text: str
    lex: Lexicon
    doc: DocIndex
    index: SectionIndex
    taxonomy: Taxonomy
    genre: str | None
    meta: Meta
    figures: deque[Figure]  # the figures still ahead, taken from the left as they become metrics
    out: list[Metric] = dataclasses.field(default_factory=list)
    # the previous figure, its (maybe shared) subject, and whether that subject is written before it
    prev: tuple[Figure, str | None, bool] | None = None
    floor: int = 0  # the end of the previous metric: a subject never reaches back over it
    prev_multi: bool = False  # whether the previous figure is a several-year total
    # (start, end, phrase) of the figures before (_paired_growth_stem, _unsaid_respective)
    spans: list[tuple[int, int, str]] = dataclasses.field(default_factory=list)


@dataclasses.dataclass(slots=True)
class _Reading:
    """One figure as the steps read it: its subject as written, and the phrase and context the taxonomy matches."""

    fig: Figure
    subj: Subject
    sent: int  # where its sentence starts
    cs: int  # where its clause starts
    subject_text: str | None  # the subject the metric reports
    phrase: str  # what the taxonomy reads as the subject (may differ: a shared subject, a 分别 item)
    growth: bool = False
    context: str = ""
    tail: str = ""  # the rest of its clause after it (and after a noun following it)
    clause: str | None = None  # its clause up to it, whatever figures stand before it (``_figure_clause``, read once)


def extract_metrics(text: str, sections: tuple[Section, ...], meta: Meta, settings: Settings) -> tuple[Metric, ...]:
    """Every figure of ``text`` as a ``Metric``, ids m1, m2 … in document order, spans never overlapping.

    ``sections`` may be a single level-0 section; ``meta.year`` and ``meta.genre`` anchor
    relative years (今年) and default years; ``settings.taxonomy_paths`` add indicators.
    Raises ``InputTooLargeError`` when the text holds more than ``figure_limit`` figures.

    Per figure, in named steps: its subject (``_subject``), the phrase for a listed or paired figure
    (``_listed_phrase``), its indicator (``_indicator``: the taxonomy's match, then the readings that revise it),
    and its time (``_when``: section, basis, year, several-year totals).
    """
    lex = get_lexicon()
    walk = _Walk(
        text=text,
        lex=lex,
        doc=DocIndex(text, meta, tuple(s.start for s in sections if s.level == 1)),
        index=SectionIndex(tuple(sections)),
        taxonomy=load_taxonomy(tuple(settings.taxonomy_paths)),
        genre=meta.genre.value if meta.genre is not None else None,
        meta=meta,
        figures=_figures(text, lex),
    )
    while walk.figures:
        fig = walk.figures.popleft()
        r = _subject(walk, fig)
        _listed_phrase(walk, r)
        indicator = _indicator(walk, r)
        if indicator is not None and patterns.is_bare_magnitude(fig.raw_number):
            # 总额首次突破万亿元: a round threshold crossed, a bound of the level stated with it, no level of an id
            indicator = None
        section, year, basis, multi = _when(walk, r)
        subj, subject_text = r.subj, r.subject_text
        if indicator is not None and _plan_period_change(walk, r, indicator, basis, year):
            # 五年城镇新增就业4500万人, 单位国内生产总值能耗降低16% under a five-year plan's heading: the plan's flow or
            # change over its years, under no one-year id (its levels keep theirs: 森林覆盖率达到23.04%)
            indicator = None
        if indicator is not None and not multi and _review_flow(walk, r, indicator, basis):
            multi = True  # 增设电动汽车充电桩3.2万个 in the five-year review: the period's flow, no year's
        if multi:
            # a five-year total or a change since 2020: no year, and no indicator (ids are
            # one-year figures); 累计 stays in the subject to tell it from the year's figure
            year, indicator = None, None
            if subject_text is not None and subj.text is not None and text[subj.start - 2 : subj.start] == "累计":
                subject_text = "累计" + subject_text
        # the span is the figure with a subject written right before it; a noun after
        # it (2474项政务服务事项) is the subject but not part of the span
        start = subj.start if subj.text is not None and subj.end <= fig.start else fig.start
        end = fig.end
        walk.out.append(
            Metric(
                id=f"m{len(walk.out) + 1}",
                kind=fig.kind,
                value=fig.value,
                unit=fig.unit,
                text=text[start:end],
                start=start,
                end=end,
                value_high=fig.value_high,
                qualifier=fig.qualifier,
                subject=subject_text,
                indicator=indicator,
                year=year,
                basis=basis,
                section=section.id if section else None,
                raw_number=fig.raw_number,
                decimals=fig.decimals,
                number_start=fig.number_start,
                number_end=fig.number_end,
            )
        )
        walk.prev = (fig, subject_text, not (subj.text is not None and subj.start >= fig.end))
        walk.prev_multi = multi
        walk.spans.append((fig.start, fig.end, r.phrase))
        walk.floor = max(end, subj.end)  # a following noun is no other figure's subject either
    return _ordinal_parts(text, walk.out, walk.doc)


# an item of a numbered list opening a sentence or clause (一是围绕经济发展，提出6项指标; 第二，…: the 第N， words of
# ordinal_words.tsv, with a half-width comma too)
_DI_ITEMS = tuple(word for _, (chain, _n, word) in tsv("ordinal_words.tsv", 3) if chain == "di")
_ORDINAL_ITEM = re.compile(
    rf"\s*(?:[一二三四五六七八九十]是|{alternation(_DI_ITEMS + tuple(w.replace('，', ',') for w in _DI_ITEMS))})"
)
# what an ordinal item follows: a sentence's end or these
_ITEM_BREAKS = "；;：:"


def _ordinal_parts(text: str, metrics: list[Metric], doc: DocIndex) -> tuple[Metric, ...]:
    """The metrics, counts under one id in two or more numbered items of a paragraph without it (一是围绕经济发展，
    提出6项指标…二是围绕创新驱动，提出5项指标…): each item's count is a part of the whole the list divides, no
    figure of the id."""
    items: dict[tuple[int, str], set[str]] = {}
    keys: list[tuple[int, str] | None] = []  # (the paragraph's start, the id) of each metric in an item
    for m in metrics:
        key = None
        if m.indicator is not None and m.kind is MetricKind.COUNT:
            para = doc.line_start(m.start)
            o = _ORDINAL_ITEM.match(text, doc.item_start(m.start, _ITEM_BREAKS))
            if o is not None:
                key = (para, m.indicator)
                items.setdefault(key, set()).add(o.group(0).strip())
        keys.append(key)
    if not any(len(v) >= 2 for v in items.values()):
        return tuple(metrics)
    return tuple(
        dataclasses.replace(m, indicator=None) if k is not None and len(items[k]) >= 2 else m
        for m, k in zip(metrics, keys, strict=True)
    )


def _subject(walk: _Walk, fig: Figure) -> _Reading:
    """The figure's subject as written, and the phrase the taxonomy reads: a quoted or bracketed name, the
    previous figure's shared subject, the clause before a clause of link words, a qualifier before the clause."""
    text, lex, doc, floor, prev = walk.text, walk.lex, walk.doc, walk.floor, walk.prev
    ceiling = walk.figures[0].start if walk.figures else len(text)
    upto = before_parenthesis(text, fig.start)
    if upto is not None and upto < floor:
        upto = None
    cs = max(floor, doc.clause_start(fig.start if upto is None else upto, MAX_CLAUSE))
    subj = find_subject(text, fig, lex, cs, ceiling, upto)
    sent = doc.sentence_start(fig.start)
    phrase = subj.phrase
    subject_text = subj.text
    # the previous figure's subject, when it is written before that figure in this sentence: a figure may share it
    shared = prev[1] if prev is not None and prev[1] and prev[2] and prev[0].end >= sent else None
    quoted = quoted_subject(text, fig.start, floor) if subject_text is None else None
    bracketed = (
        bracketed_subject(text, cs, max(floor, sent), lex)
        if subject_text is None
        and quoted is None
        and cs > 0
        and text[cs - 1] in OPEN_BRACKETS
        and only_links(text[cs : fig.start], lex)
        else None
    )
    if quoted is not None:
        # 其中“部分公开”36件: the quoted name is the subject (the quote ends the clause before the number)
        subject_text = quoted[1]
        # the clause before the quotation stays in the phrase: 五年建成“四好农村路”, 累计提供“暖心煤”
        qcs = max(floor, doc.clause_start(quoted[0] - 1, MAX_CLAUSE))
        phrase = text[qcs : quoted[0] - 1] + quoted[1] + phrase
    elif bracketed is not None:
        # 刑事立案数（同比下降13.4%）: the noun before the bracket, not the previous figure's subject
        subject_text = bracketed
        phrase = bracketed + phrase
    elif subject_text is None and shared is not None and not _counts_the_next_subject(text, fig, ceiling, lex):
        # 地区生产总值1.2万亿元、增长5.4%: the second figure shares the subject (a noun after the
        # first, 新增9家卓越级智能工厂、38家…, is that figure's alone; a count with words right after it, 8个产业规模超
        # 千亿元, counts them, whoever's subject they are)
        subject_text = shared
        if not phrase.startswith(_TOTAL_WORDS):
            phrase = shared + phrase
    elif subject_text is not None and subject_text.startswith(_COMPARED_WITH) and shared is not None:
        # 财政赤字1.2万亿元，比去年预算增加4000亿元: the comparison base is no subject; the change is of the
        # previous figure's (the indicator only: the subject stays as written)
        phrase = shared + phrase
    elif (
        subject_text in _guard_words().get("elliptic_total", ())
        and shared is not None
        and not shared.startswith(_guard_words().get("elliptic_total_not_of", ()))
    ):
        # 国家财政收入比上年增加1501亿元，总额首次突破万亿元: a total word alone is the total of the subject before
        # (not of new ones: 新增上市公司45家、总量达1224家 is the stock)
        subject_text = shared + subject_text
        phrase = shared + phrase
    elif subject_text is None and only_links(text[cs : fig.start], lex):
        # 外贸进出口总额突破百亿元，达到104.6亿元: the subject opens the clause before
        subject_text = previous_clause_subject(text, cs, max(floor, sent), lex, sent)
        phrase = (subject_text or "") + phrase
    elif subject_text is None and opens_from_to(text[cs : fig.start], lex):
        # 全国研究与试验开发经费，从1997年的509亿元增加到…: the noun alone in the clause before
        subject_text = previous_clause_subject(text, cs, max(floor, sent), lex, bare=True)
        phrase = (subject_text or "") + phrase
    elif cs > 0 and text[cs - 1] in QUOTE_PAIRS:
        # “新三样”出口增长37%, “一网通办”率达100%: the quoted name before the clause qualifies it (the
        # indicator only)
        quoted = quoted_subject(text, cs, floor)
        if quoted is not None:
            phrase = quoted[1] + phrase
    elif cs > 1 and text[cs - 1] in _CLOSE_BRACKETS and (noun := _noun_before_bracket(text, cs - 1, floor)):
        # 中欧班列（西安）开行6037列: the noun before a bracketed qualifier opens the phrase (the indicator only)
        phrase = noun + phrase
    if (
        subj.text
        and subj.start >= fig.end
        and phrase.endswith(subj.text)
        and text.endswith(_NOUN_LIST_GAPS, 0, fig.start)
    ):
        # 建设国家医学中心和12个国家区域医疗中心: the figure opens its own conjunct, of the noun after it alone
        phrase = phrase[: len(phrase) - len(subj.text)].rstrip("".join(_NOUN_LIST_GAPS)) + "，" + subj.text
    r = _Reading(fig, subj, sent, cs, subject_text, phrase, growth=bool(subj.roles & {"growth", "decline"}))
    r.context = text[max(sent, fig.start - _CONTEXT) : fig.start]
    after = subj.end if subj.text is not None and subj.start >= fig.end else fig.end
    tail = text[after : min(after + _TAIL, ceiling)]
    cut = _CLAUSE_END.search(tail)
    r.tail = tail[: cut.start()] if cut is not None else tail
    return r


def _listed_phrase(walk: _Walk, r: _Reading) -> None:
    """The phrase of a figure listed after several subjects: A、B分别增长X、Y (X is A's; also with 分别 unsaid), and
    growths listed after their levels (城镇…8472元，农村…2622元，分别实际增长9%和4.3%). The indicator only: the
    subject stays as written."""
    fig, text = r.fig, walk.text
    respective = respective_phrase(text, fig.start, r.sent, walk.lex)
    if respective is None and fig.kind is MetricKind.PERCENT:
        respective = _unsaid_respective(text, fig, walk.figures, walk.spans, r.sent, walk.lex)
    if respective is not None:
        r.phrase = respective[0]
        r.growth = r.growth or bool(respective[1] & {"growth", "decline"})
    elif (
        fig.kind is MetricKind.PERCENT
        and (stem := _paired_growth_stem(text, fig, walk.figures, walk.spans, r.sent)) is not None
    ):
        # (no phrase, no indicator, when the levels do not pair with the growths)
        r.phrase, r.growth = (stem + "增长" if stem else ""), True


def _indicator(walk: _Walk, r: _Reading) -> str | None:
    """The figure's indicator: the taxonomy's match of its phrase, then the readings that revise it (one step each,
    in order): the ones still open, the words after the figure, a pair of groups' figures, the total of parts by channel, the count a list
    came to, the stock after the new ones, the noun of a count before naming a measure, a verb's object, a narrower scope than the id's, a part of the total before, a threshold, an allocation, a several-year total."""
    fig, text, taxonomy, genre, out, prev = r.fig, walk.text, walk.taxonomy, walk.genre, walk.out, walk.prev
    phrase, context, tail, growth = r.phrase, r.context, r.tail, r.growth

    def match(words: str, ctx: str, after: str, is_growth: bool = growth, marks: int | None = None) -> str | None:
        return taxonomy.match(words, ctx, fig.kind, is_growth, fig.unit, genre, after, marks=marks)

    indicator = _new_ones(walk, r, match(phrase, context, tail))
    if tail.startswith(_STILL_OPEN):
        # 已回复126件，7件正在办理中: the ones still open, never the total before; the predicate alone names them
        # (the requests carried over, in a sentence on requests)
        indicator = match(tail, context, "") if _REQUESTS in context else None
    elif (
        indicator is None
        and tail
        and (
            (fig.kind is MetricKind.PERCENT and not phrase.endswith(_SHARE_WORDS))
            or tail.startswith(_TAKES_PART)
            or not phrase.strip()
        )
    ):
        # 市级政务服务事项100%“网上可办”: the share of the items with the property after it is the rate of it;
        # 组织1200余名干部参加学法用法考试: the persons are those who took part in what the predicate names;
        # 37个“一件事”落地落实 (nothing before the figure): the words after it are all there is of its subject
        drive = _DRIVES.search(tail, 1)
        own = tail[: drive.start()] if drive is not None else tail
        # 提出8%左右的国内生产总值增长目标: the words after it name a growth
        named_growth = fig.kind is MetricKind.PERCENT and names_growth_target(own)
        indicator = match(phrase + own, context, "", growth or named_growth)
    if (
        indicator is None
        and phrase.startswith(_TOTAL_WORDS)
        and out
        and out[-1].indicator
        and prev is not None
        and prev[0].end >= r.sent
    ):
        # 网上申请105件，快递17件，合计122件: the total of the parts before it is their whole's figure
        indicator = taxonomy.whole_of(out[-1].indicator, fig.kind, fig.unit)
    elif (
        indicator is None
        and r.subj.text is None
        and prev is not None
        and prev[1]
        and not prev[2]
        and prev[0].unit == fig.unit
        and text[walk.floor : fig.start] in _BECOMES
    ):
        # 把62项考核指标精简优化为13项: the figure after 为 is the count the items came to, a level of the noun after
        # the figure before (not a reform count: no marks)
        indicator = match(prev[1], "", "", False, marks=0)
        if indicator is not None and out and out[-1].indicator is None and out[-1].number_end == prev[0].number_end:
            # the count before (62项) is the former level of the same noun, not a reform count: relabelled
            out[-1] = dataclasses.replace(out[-1], indicator=indicator)
    if (
        indicator is None
        and out
        and out[-1].indicator is not None
        and prev is not None
        and prev[1]
        and prev[0].end >= r.sent
        and out[-1].number_end == prev[0].number_end
        and r.subj.text is not None
        and text[prev[0].end : r.subj.start] in _TOTAL_GAPS
        and (stock := stock_of_new(phrase, prev[1])) is not None
    ):
        # 新增境内上市公司62家，总数186家: the total after the new ones is the stock of the things counted new
        stock_id = match(stock, "", "", False, marks=0)
        indicator = stock_id if stock_id != out[-1].indicator else None
    elif (
        indicator is None
        and prev is not None
        and prev[1]
        and not prev[2]
        and prev[0].end >= r.sent
        and out
        and out[-1].indicator is not None
        and out[-1].number_end == prev[0].number_end
        and r.subj.text is not None
        and r.subj.end <= fig.start
        and walk.floor < r.subj.start
        and _CLAUSE_END.search(between := text[walk.floor : fig.start]) is None
    ):
        # 1550个省重点项目完成投资7398亿元: the noun after the count before is the subject of the figure's measure too
        # (only when the measure alone has no id: the entry then names the noun, 重点项目完成投资; and when the count
        # had one: 211个涉海重点项目 are one kind's, a part, and their investment too)
        indicator = match(prev[1] + between, context, tail)
    if (
        indicator is not None
        and (r.subj.text is None or r.subj.end <= fig.start)
        and (verb := object_of_verb(phrase)) is not None
    ):
        # “十大技术攻关项目”突破关键核心技术22项: the figure counts the verb's object; only its words say the id
        indicator = match(phrase[verb:], context, tail)
    if (pair := _pair_position(walk, r)) is not None:
        # 城乡低保标准提高到每月815元和615元: two figures after a subject naming two groups at once are the groups'
        # in order (the first the urban, the second the rural), no figure of both (no id when no group's fits)
        indicator = match(phrase.replace(pair[0], pair[1], 1), context, tail)
    if (owner := _listed_owner(walk, r)) is not None:
        # 猕猴桃综合产值增长8.5%、出口增长53.6%: a bare measure listed after a figure of one thing's measure is that
        # thing's (no id when the thing has none: one product's exports); 养老机构和设施达到9341个、床位10.5万张: the
        # beds of the facilities named before
        indicator = match(owner + r.phrase, context, tail) if owner else None
        if indicator is None and owner and (first := _first_conjunct(owner)) != owner:
            indicator = match(first + r.phrase, context, tail)
    if indicator is not None and _narrower(walk, r, indicator):
        # 南疆五地州地区生产总值增长6%, 长沙机场旅客吞吐量, 6项指标不及预期, 各级政府…至少2期: the figure is a part's,
        # the subject names a narrower scope than the id's
        indicator = None
    if indicator is not None and r.subj.text is not None and r.subj.start >= fig.end:
        lead = _figure_clause(text, r)
        other = counted_with_others(lead, _rest_of_clause(text, r.subj.end))
        if other is not None and not stock_or_flow_of(match(lead + other, context, ""), indicator):
            # 获评5个国家生态文明建设示范区、“两山”实践创新基地和…: the count is of every kind listed after it, no one
            # kind's (unless the others are the entry's things too: 建设10个重点实验室和工程技术研究中心)
            indicator = None
    if indicator is not None and member_of_list(_figure_clause(text, r)):
        # 纳入国家102项重大工程的285个计划新开工项目: the members of one programme or list, a part of all of them
        indicator = None
    if indicator is not None and _past_threshold(walk, r) and not threshold_in_label(taxonomy.get(indicator)):
        # 年销售收入超10亿元的龙头企业达100家: the things past the threshold before them, a part of all of them
        indicator = None
    if indicator is not None and (whole := _whole_before(text, fig.start, r.sent)) is not None:
        # 新增营造林148万亩、其中南北山绿化工程43万亩; 21个主要指标，包括…8个约束性指标: a part of the total before,
        # never under the total's id (a part of its own kind keeps its own: 其中高速公路3.3万公里)
        before = [o.indicator for o in out[-6:] if o.start >= whole[0] and o.end <= whole[1] + 1]
        if indicator in before or (not before and match(text[whole[0] : whole[1]], "", "") == indicator):
            indicator = None
    if (
        indicator is not None
        and (fig.kind is not MetricKind.PERCENT or growth)
        and is_threshold(tail, fig.qualifier in _BOUNDS)
    ):
        # 收入50万元以上的行政村, 增长10%以上的县: the figure bounds the things after it, it is no value of the
        # indicator (a share is: 95%以上的政务服务事项实现网上可办 is the rate of the items)
        indicator = None
    if (
        indicator is not None
        and fig.kind is not MetricKind.PERCENT
        and fig.qualifier in _BOUNDS
        and is_share_threshold(_figure_clause(text, r), True)
    ):
        # 95%以上的村集体经营性收入超过10万元: the share's items pass the figure, no value of the indicator
        indicator = None
    if indicator is not None and fig.kind is MetricKind.PERCENT and "占" in phrase:
        ind = taxonomy.get(indicator)
        if ind is not None and named_in_whole_only(phrase, ind):
            # 基础研究支出占全社会研发投入比重达7%: a part's share of the whole, no figure of the whole's id
            indicator = None
    if indicator is not None and fig.kind is MetricKind.MONEY and _allocation(text, fig.start, r.sent):
        # 支持重点产业振兴和技术改造，中央预算投资安排150亿元: one purpose's share, not the total's figure
        indicator = None
    if indicator is not None and _cumulative_over_years(text, fig.start, r.sent):
        # 今后五年…累计将达2182亿元: a several-year total (a goal too) is under no one-year id; its year stays
        indicator = None
    return indicator


def _new_ones(walk: _Walk, r: _Reading, indicator: str | None) -> str | None:
    """新增高新技术企业6000家, 入选国家首批智能工厂2家, 设立5个创新平台: a count of the items new this year never takes a
    stock id; it takes the stock's flow partner (``indicator_flows.tsv``) when the taxonomy has one, else none.
    (When the words of the new ones already kept the stock off, its id is looked for without them.)"""
    fig = r.fig
    if not says_new(r.phrase, r.context, fig.kind, r.tail):
        return indicator
    taxonomy = walk.taxonomy
    if indicator is None:
        stock = taxonomy.match(r.phrase, r.context, fig.kind, r.growth, fig.unit, walk.genre, r.tail, marks=0)
        return taxonomy.flow_of(stock, fig.kind, fig.unit) if stock is not None else None
    ind = taxonomy.get(indicator)
    if ind is None or ind.relation == "growth" or ind.label == ind.id or label_is_flow(ind.label):
        return indicator
    return taxonomy.flow_of(indicator, fig.kind, fig.unit)


def _pair_position(walk: _Walk, r: _Reading) -> tuple[str, str] | None:
    """(the pair word, the figure's group) of a figure one of two listed (A和B, A、B) after a subject phrase naming two
    groups at once (城乡: ``pair_groups``), or None."""
    fig, text, spans, upcoming = r.fig, walk.text, walk.spans, walk.figures
    word = next((p for p in pair_groups() if p[0] in r.phrase), None)
    if word is None or len(word[1]) != 2:
        return None

    def listed_before(i: int, start: int) -> bool:
        return i >= 0 and spans[i][1] >= r.sent and text[spans[i][1] : start] in _FIGURE_LIST_GAPS

    after = bool(upcoming) and text[fig.end : upcoming[0].start] in _FIGURE_LIST_GAPS
    before = listed_before(len(spans) - 1, fig.start)
    if after and not before:
        nxt = upcoming[0]
        if len(upcoming) > 1 and text[nxt.end : upcoming[1].start] in _FIGURE_LIST_GAPS:
            return None  # three or more: no pair
        return word[0], word[1][0]
    if before and not after and not listed_before(len(spans) - 2, spans[-1][0]):
        return word[0], word[1][1]
    return None


def _listed_owner(walk: _Walk, r: _Reading) -> str | None:
    """The owner of a bare measure (``is_attribute``: 床位, 出口) listed (after 、) right after the figure before in its
    clause, or None when the figure is no such measure: "" when the figure before measured a thing with no id (猕猴桃综合产值增长8.5%、|出口),
    the thing before when the bare measure has no id alone (养老机构和设施达到9341个、|床位), the thing the measure before
    was of when it had an id and the bare measure has none alone (粮食播种面积1530万亩、|总产量)."""
    subj, prev, out = r.subj, walk.prev, walk.out
    if subj.text is None or subj.start >= r.fig.start or prev is None or not prev[1] or not prev[2] or not out:
        return None
    if out[-1].number_end != prev[0].number_end or walk.text[prev[0].end : subj.start] != "、":
        return None
    if not r.phrase.startswith(subj.text) or r.subject_text != subj.text or not is_attribute(subj.text):
        return None
    owner = owner_of_measure(prev[1])
    if owner is not None and out[-1].indicator is None:
        return ""
    if walk.taxonomy.match(r.phrase, r.context, r.fig.kind, r.growth, r.fig.unit, walk.genre, r.tail) is not None:
        return None
    # 粮食播种面积1530万亩、总产量125亿斤: a bare measure with no id alone is the owner's (the thing the measure before
    # was of, when it had an id), or the thing before's
    return owner if owner is not None else prev[1]


def _first_conjunct(phrase: str) -> str:
    """The first of coordinated nouns (养老机构和设施 -> 养老机构), or ``phrase`` itself."""
    cut = min((i for g in _NOUN_LIST_GAPS if (i := phrase.find(g)) > 0), default=len(phrase))
    return phrase[:cut]


def _narrower(walk: _Walk, r: _Reading, indicator: str) -> bool:
    """Whether the figure's subject names a narrower scope than ``indicator``'s (``narrower_scope``: a named place
    other than the report's region, a facility or channel, a property of the items, a per-unit quota)."""
    ind = walk.taxonomy.get(indicator)
    return ind is not None and narrower_scope(r.phrase, r.tail, ind, walk.meta.region) is not None


def _plan_period_change(walk: _Walk, r: _Reading, indicator: str, basis: Basis, year: int | None) -> bool:
    """Whether a target is a flow or change over a five-year plan's years: a target left without a year by its
    section's plan heading (``find_year``) in a dated report, read as a change, or under a flow id and no level
    named in its clause (高标准农田达到3050万亩 is the stock at the plan's end)."""
    if basis is not Basis.TARGET or year is not None or walk.meta.year is None:
        return False
    if r.growth:
        return True  # 单位国内生产总值能耗降低16%: the change over the plan's years
    ind = walk.taxonomy.get(indicator)
    clause = _figure_clause(walk.text, r)
    return ind is not None and label_is_flow(ind.label) and not names_a_level(clause)


def _review_flow(walk: _Walk, r: _Reading, indicator: str, basis: Basis) -> bool:
    """Whether a result under an id of new ones (not a rate's) is a flow of the five-year review (``is_review_flow``),
    not the year's."""
    if basis is not Basis.ACTUAL:
        return False
    ind = walk.taxonomy.get(indicator)
    return (
        ind is not None
        and MetricKind.PERCENT not in ind.kinds
        and is_review_flow(walk.doc, r.fig.start, _figure_clause(walk.text, r), ind.label)
    )


def _when(walk: _Walk, r: _Reading) -> tuple[Section | None, int | None, Basis, bool]:
    """(section, year, basis, several-year) of the figure: a result, a target or a period's mean, the year it is
    about, and whether it is a total or change over several years (then no year and no indicator)."""
    fig, text, doc, index, prev = r.fig, walk.text, walk.doc, walk.index, walk.prev
    section = index.at(fig.number_start)
    clause = text[max(r.sent, fig.start - 12) : fig.start]
    cue = doc.year_cue(fig.start)
    category = section.category if section else None
    plan_goals = category is None and index.under_plan_goals(fig.number_start)
    basis = find_basis(doc, fig.start, clause, category, cue, plan_goals, is_from_value(text, fig.end, clause))
    if basis is Basis.TARGET and cue is not None and doc.cue_is_past_word(fig.start):
        # 赤字率从去年的3%提高到4%: 去年 names the base, not the target's year
        cue = None
    year = find_year(cue, walk.meta, basis, index.under_plan_heading(fig.number_start))
    multi = is_multi_year(doc, fig.start, cue, basis, r.phrase, r.growth) or (
        # 五年新增公路63.9万公里，其中高速公路3.3万公里: a part of a several-year total is one too
        walk.prev_multi and prev is not None and text[prev[0].end : fig.start].lstrip("，,；; ").startswith("其中")
    )
    return section, year, basis, multi
