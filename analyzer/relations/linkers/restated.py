"""Linker ``restated``: one indicator, one year, one scope, stated twice (``same_value`` relations).

Two figures are the same indicator when the extractor gave both the same
indicator id, year and basis, or when both are named by the same full rate
phrase (行政复议纠错率) in one top-level section, or when a labelled total is
written again anywhere in the report (受理市民诉求51681件(次) in a summary line,
直接纠错1803件 in a later section): the same name, or a longer one ending in it
whose extra words are no scope, part or period (市民热线受理市民诉求 restates
受理市民诉求; 市本级受理… and 上年结转… do not), the same period words in the
figures' own clauses (今年 / 去年, 拟), no change (比上年增加), no average
against a total, no amount whose purpose follows it (安排27亿元国债资金用于…).
A 政府工作报告 reviews one year and five and plans the next: its figures are
compared within one top-level section whose headings name no period, or across
top-level sections whose headings name the same one year (the plan “2026年工作安排”
and its appendix “附件1 2026年省十件民生实事”, numbered anew); a figure of another
section whose clause opens with 去年 (关于物价。去年居民消费价格涨幅回落到2.6%…) is the reviewed year's, compared
with the review.  A paragraph about
the first or last year of a plan period (“十四五”开局之年) is about one year.  A
name is compared without the words that only say it is a whole (各类) or after a
共/合计, GDP as 生产总值; a target only with the same target.  An end value
(汽车保有量由2552万辆增至3230万辆) is restated when the same name and the same
start value come again, in a period's review too (the start fixes the period).  Values
that agree within their rounding intervals are verified; values that cannot
both be true are a warning (the scope may differ in ways the text does not show).

Further: a period word the title lines name (a news piece “某省去年收到…”) is the
report's own period; a headline's figure restates the lead's when their names
share six last characters or more and neither adds a scope word; in a period's
review, the run of paragraphs that turns to its last year (过去一年，… up to
五年来，…) is about one year, and a level reached (国内生产总值达到…, no flow word
such as 新增/累计) is the level of that year; a period named after the figure's
clause is a trend's (…，实现2021年以来的“两连降”); a name follows a source's title
(《…公报》主动公开…); a numeral's 类 is a total's (五类案件总数).

Also: a target of the year's list (今年…主要预期目标是：国内生产总值增长5%左右；…) written again in the same
top-level section under its name (提出…的目标, 把…控制在…, 经济增长预期目标为…), in a sentence naming no year and
no period (a plan period's list, “十五五”时期…主要目标是：, is not the year's); the change written right after a
restated level in the same words (…10059件，同比增长100.82%, twice); a name explained in brackets before its
figure (直接纠错(包括撤销…)1639件); the numbered parts under a plan's heading that names a period and the year
(“十五五”时期主要目标和2026年重点工作) plan that year, and one line of the plan written again in the appendix of the
year's 民生实事 (增加5000个普通高中招生计划, the same words before and after the figure).  Two statements with one
qualifier (5%左右, 8万人以上) are compared by their written values.  Never joined: a longer name whose extra words
name another body or a channel (城东区…, 区教育局…, 在线…), nor a whole and a part the text lists under it (审查
1090件。其中，…合同审查1077件), nor two wholes (全省 in a district's report is the
province; the report's own whole is 全 and the level its title names, else the one its text names most).

Also: two figures whose own sentences or paragraphs' first words name one period alike (——这五年…, 五年来，…; the
period word with the characters before it, so 三年来 is not 五年来) are that period's, compared within one top-level
section, neither with a year written unless both the same one; 累计 or 以来 alone names no bounds (as of a date,
since a start) and a period's heading alone does not say whether a figure is the period's or its last year's.  A
name opening by setting the cases carried over aside (结转上年后新收到…) names the year's new ones; 年均 is a scope.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from ... import data
from ...cache import by_identity
from ...extract.patterns import PLAN_NUMBER, WHOLE_REGION
from ...ingest.trad import to_simplified
from ...intervals import Interval, interval
from ...types import Basis, Genre, MetricKind, Report, Section
from ..lexicon import lexicon
from ..linking import (
    CLAUSE_END,
    CLAUSE_END_OUTSIDE_BRACKETS,
    clause_start,
    own_label,
    paragraph_bounds,
    sentence_bounds,
)
from ..mentions import Mention, index_from, mentions
from ..model import Relation, RelationKind
from ..where import metric_at, section_at
from .parts import qizhong_groups

LINKER = "restated"
# the same name twice may still differ in scope the text does not show: a warning at most
CONFIDENCE = 0.6
# how far around a figure its sentence is read (the longest real sentence has 638 characters)
_REACH = 400

# leading words that do not change what a rate is (years, 全年, 我区)
_LEAD = re.compile(
    r"^(?:\d{4}年(?:度)?|全年|今年|本年度?|我[区县市省局委办]|全[区县市省]|其中|同时|此外|并且|并|且|和|及|共计|共(?!同))+"
)
# verbs between the name and the figure, after a 共 / 合计 (受理行政复议案件共29件 names 受理行政复议案件)
_TAIL = re.compile(
    r"(?:共计|合计|总计|共)?(?:均|始终|分别|已|总体)?(?:为|是|达|达到|保持在|稳定在|提高到|提升到|提升至|提高至)?$"
)
_WORDS = data.grouped_words("relation_words.tsv")
# a change, not a level
_CHANGE = re.compile(data.alternation(_WORDS["restated_change"]))
# one of two values of a change: 由92.4%提高到95.1%
# (a 到 right after a verb of reaching, 回落到 / 提升到, names the level reached: no change of two values; each
# alternative opens with its character, the look-behinds after it: see _PERIOD)
_REACHED = "".join(f"(?<!{re.escape(w)}到)" for w in _WORDS["restated_reached"])
_FROM_TO = re.compile(rf"由|从|到(?<![收达得做受]到){_REACHED}|至(?<!截至)")
# a sentence about a period, not one year: 五年来, 累计, “十四五”时期
# (一年来 is the one year under review, not a period)
# (each alternative opens with a character, its look-behind after it: ``re`` then skips text to those characters)
# (年来 but not 一年来; 十一五 … 十五五; 近3年)
_PERIOD_PIECES = (r"年(?<!一年)来", PLAN_NUMBER, r"近\d年")
_PERIOD = re.compile("|".join((data.alternation(_WORDS["restated_period"]), *_PERIOD_PIECES)))
# a year written in the clause: a different year is a different figure
_YEAR = re.compile(r"(\d{4})年")
# a period's name followed by one of these names one year of it (“十四五”开局之年)
_ONE_YEAR = re.compile(rf"[”\"’']?(?:{'|'.join(map(re.escape, _WORDS['restated_one_year']))})")


def _is_period(words: str) -> bool:
    """``words`` speak of a period (五年来, 累计, “十四五”时期), not of one year of it (“十四五”开局之年)."""
    p = _PERIOD.search(words)
    if p is None:
        return False  # the usual case: one search
    return not _ONE_YEAR.match(words, p.end()) or any(
        not _ONE_YEAR.match(words, q.end()) for q in _PERIOD.finditer(words, p.end())
    )


# a name of Chinese characters only
_HAN = re.compile(r"[\u4e00-\u9fff]+")


@by_identity(maxsize=8)
def _memo(report: Report) -> tuple[dict[int, int], dict[int, frozenset[str]]]:
    """Per report: each figure's clause start, and the period words its sentence or paragraph speaks of (asked
    by several keys of one figure: found once)."""
    return {}, {}


def _clause_of(report: Report, m: Mention) -> int:
    starts = _memo(report)[0]
    start = starts.get(m.start)
    if start is None:
        start = starts[m.start] = clause_start(report.text, m.start, CLAUSE_END)
    return start


_CLAUSE_CLOSE = re.compile(r"[，,；;。！？!?\n]")
_SENTENCE_CUT = re.compile(r"[。！？!?\n]")


def _after_clause(text: str, m: Mention, s: int, e: int) -> bool:
    """The period words of ``text[s:e]`` all stand after the end of ``m``'s clause."""
    if _PERIOD.search(text, m.end, e) is None:
        return False
    close = _CLAUSE_CLOSE.search(text, m.end, e)
    return close is not None and not _is_period(text[s : close.start()])


def _in_period(report: Report, m: Mention) -> bool:
    """The figure's sentence (within ``_REACH``) or the start of its paragraph speaks of a period."""
    return bool(_period_marks(report, m))


def _period_marks(report: Report, m: Mention) -> frozenset[str]:
    """The period words the figure's sentence (within ``_REACH``) or else the start of its paragraph speaks of,
    each with the Han characters right before it (这五年, 三年来, 今年以来: which period), empty for none."""
    known = _memo(report)[1]
    found = known.get(m.start)
    if found is None:
        text = report.text
        s, e = _near_sentence(text, m)
        # up to the end of the figure's clause: a period named after it is of another figure or a trend
        # (…新收行政案件22494件，同比下降5.51%，实现2021年以来的“两连降”); the clause's end is looked for only
        # when a period word stands after the figure (the usual sentence names none)
        if _is_period(text[s:e]) and not _after_clause(text, m, s, e):
            found = _marks(text, s, e)
        else:
            ps, pe = paragraph_bounds(text, m.start)
            opening = min(pe, ps + 40)
            period = _is_period(text[ps:opening]) and not (m.start < opening and _after_clause(text, m, ps, opening))
            # (the paragraph's period is the one its first words name: 这五年…，累计… is of the five years)
            found = _marks(text, ps, opening, first=True) if period else frozenset()
        known[m.start] = found
    return found


# the Han characters before a period word that tell which period it is (这五年, 三年来, 十八大以来)
_MARK_LEAD = 2
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _marks(text: str, s: int, e: int, first: bool = False) -> frozenset[str]:
    """The period words of ``text[s:e]`` (``first``: the first only), each with up to ``_MARK_LEAD`` Han
    characters right before it."""
    found = _PERIOD.finditer(text, s, e)
    return frozenset(
        "".join(_HAN_CHAR.findall(text[max(s, p.start() - _MARK_LEAD) : p.start()])) + p.group()
        for p in (itertools.islice(found, 1) if first else found)
    )


def _keys(report: Report, m: Mention, by_id: bool = True) -> list[tuple[str, ...]]:
    """The keys of ``m`` (``by_id`` False: its indicator is stated once, no id key can pair it)."""
    keys = (_id_key(report, m) if by_id else None, _name_key(report, m), _label_key(report, m))
    return [k for k in keys if k is not None]


# a figure that is one item of a list or a part of another is not a statement of its own total
_PART_WORDS = re.compile(data.alternation(_WORDS["restated_part"]) + "|类")
# a name this long (after the lead and link words are cut) names one thing in a report
_LABEL_MIN = 6
_LABEL_KEPT = 8


def _label_key(report: Report, m: Mention) -> tuple[str, ...] | None:
    """Counts named by the same words in two places: 新受理行政复议案件151件 … 新受理行政复议案件166件."""
    text = report.text
    # a 政府工作报告 reviews the year and the five-year period in one part: one name, two periods
    if not m.is_count or m.qualifier is not None or report.meta.genre is Genre.GOV_WORK_REPORT:
        return None
    start = _clause_of(report, m)
    name = _LEAD.sub("", _TAIL.sub("", text[start : m.start].strip()))
    if len(name) < _LABEL_MIN or not _HAN.fullmatch(name) or _PART_WORDS.search(name) or _FROM_TO.search(name):
        return None
    s, _ = _near_sentence(text, m)
    if _CHANGE.search(text[s : m.start]):
        return None
    if _in_period(report, m):
        return None  # a sentence or a paragraph about a period (五年来…): its figures are totals over several years
    # anywhere in the report: a one-year report (法治, 信息公开) names one thing once for its year
    # the last words name it (现区级保留的政务服务事项 = 区级保留的政务服务事项); enough of them to tell
    # 区级保留的政务服务事项 from 区级取消政务服务事项
    # (the year is no part of the key: a restatement often omits it; two years written that differ are told
    # apart when the pairs are read)
    return ("label", name[-_LABEL_KEPT:], m.unit)


def _id_key(report: Report, m: Mention) -> tuple[str, ...] | None:
    text = report.text
    if m.indicator:
        # the clause and the few characters after the figure, within its sentence (受理…2608件。\n\n从… is
        # no change 由/从 … 到)
        tail = _SENTENCE_CUT.split(text[m.end : m.end + 4], maxsplit=1)[0]
        words = text[_clause_of(report, m) : m.end] + tail
        if _CHANGE.search(words) or _FROM_TO.search(words):
            return None
        covering = metric_at(report, m.number_start)
        basis = covering.basis if covering is not None else None
        # a target is compared with the same target only (the basis is part of the key)
        if basis is Basis.PERIOD_AVERAGE:
            return None
        # the words right before the figure must name the same thing (审结58件 is not 调解和解结案12件)
        if _in_period(report, m):
            return None
        # within one top-level section (a review and next year's plans state one indicator for two years),
        # named by the same words; a figure with a qualifier (余, 以上) only against the same qualifier
        name = _LEAD.sub("", _TAIL.sub("", own_label(text, m, mentions(report))))
        qual = m.qualifier.value if m.qualifier is not None else ""
        return (
            "id",
            m.indicator,
            str(m.year),
            basis.value if basis else "",
            m.unit,
            qual,
            _last_year_part(report, m) or _part(report, m.start),
            name[-2:],
        )
    return None


_LAST_YEAR = tuple(_WORDS["restated_last_year"])


def _last_year_part(report: Report, m: Mention) -> str | None:
    """In a 政府工作报告, the part of its review for a figure outside it whose clause opens with 去年 (关于物价总水平。
    去年居民消费价格涨幅回落到2.6%…: the reviewed year's level, written again where the plan discusses it); None
    for any other figure."""
    if report.meta.genre is not Genre.GOV_WORK_REPORT:
        return None
    if not report.text[_clause_of(report, m) : m.start].lstrip().startswith(_LAST_YEAR):
        return None
    sec = section_at(report, m.start)
    review = _review_section(report)
    if review is None or sec is None or sec.id.split(".")[0] == review.id:
        return None
    return _part_of(report, review)


def _as_reviewed(name: str, time: frozenset[str]) -> tuple[str, frozenset[str]]:
    """A name and its period words with the 去年 that makes a figure the reviewed year's taken out."""
    for w in _LAST_YEAR:
        name = name.removeprefix(w)
    return name, time - frozenset(_LAST_YEAR)


@by_identity(maxsize=4)
def _review_section(report: Report) -> Section | None:
    """The first top-level section whose heading reviews (过去五年工作回顾, 2025年工作回顾)."""
    return next((s for s in report.sections if s.level == 1 and _REVIEW.search(s.heading)), None)


def _name_key(report: Report, m: Mention) -> tuple[str, ...] | None:
    text = report.text
    if m.unit != "%":
        return None
    words = text[_clause_of(report, m) : m.start]
    if _CHANGE.search(words):
        return None
    name = _TAIL.sub("", words)
    name = _LEAD.sub("", name)
    if len(name) < 4 or (lexicon().rate_for(name) is None and not name.endswith("满意度")):
        return None
    sec = section_at(report, m.start)
    top = sec.id.split(".")[0] if sec else "0"
    return ("name", name, top, m.unit)


def _near_sentence(text: str, m: Mention) -> tuple[int, int]:
    """The sentence of ``m`` within ``_REACH`` characters (a page without 。 must stay linear)."""
    s, e = sentence_bounds(text, m.start)
    return max(s, m.start - _REACH), min(e, m.end + _REACH)


def _name_of(report: Report, m: Mention) -> str:
    n = _named(report, m)
    return n.name if n is not None else m.text


def _year_of(text: str, m: Mention) -> str | None:
    """The year written in the sentence before the figure, else the year opening its line (2005年，…共收到…。其中，…
    is 2005's throughout the line), if any."""
    s, _ = _near_sentence(text, m)
    years = _YEAR.findall(text[s : m.start])
    if years:
        return years[-1]
    return _line_year(text, m)


def _line_year(text: str, m: Mention) -> str | None:
    """The year opening the figure's line (2006年，全市…), if any."""
    ps, _ = paragraph_bounds(text, m.start)
    opening = _LINE_YEAR.match(text, ps, m.start)
    return opening.group(1) if opening else None


# a year opening a line (2006年，全市…): the line's figures are that year's
_LINE_YEAR = re.compile(r"[\s\u3000]*(\d{4})年(?!以来|来)")


# --- the scope of one statement that its neighbours tell (two statements of one name in two scopes) ----------
# a line opened by a label and a colon (政府网站：发布信息42条 / 微信公众号：发布信息212条): the label is the scope
_LINE_LABEL = re.compile(r"[\s\u3000]*([\u4e00-\u9fff]{2,12})[：:]")
# a sentence opened by a stage (经审查，… / 经审理，…): its figures are counted at that stage
_STAGE = re.compile(rf"[\s\u3000]*({data.alternation(_WORDS['restated_stage'])})[，,]")
# words of a sentence about one case (该案, 首例): its figures are that case's, no category's
_ONE_CASE = re.compile(data.alternation(_WORDS["restated_one_case"]))
_OF_WHICH = "其中"


def _line_label(text: str, m: Mention) -> str | None:
    ps, _ = paragraph_bounds(text, m.start)
    label = _LINE_LABEL.match(text, ps, m.start)
    return label.group(1) if label else None


def _stage(text: str, m: Mention) -> str | None:
    s, _ = sentence_bounds(text, m.start)
    stage = _STAGE.match(text, s, m.start)
    return stage.group(1) if stage else None


# the verbs of a request's two stages (受理…申请95件 / 答复…申请98件): received this year, or answered or closed
_DONE_VERB = re.compile(data.alternation(_WORDS["done"]))
_NEW_VERB = re.compile(data.alternation(_WORDS["new"]))


def _stage_verb(report: Report, m: Mention) -> str | None:
    """``done`` when the figure's clause says it was answered or closed, ``new`` when received, else None."""
    text = report.text
    s = _clause_of(report, m)
    if _DONE_VERB.search(text, s, m.start):
        return "done"
    return "new" if _NEW_VERB.search(text, s, m.start) else None


def _one_case(text: str, m: Mention) -> bool:
    s, _ = _near_sentence(text, m)
    return _ONE_CASE.search(text, s, m.start) is not None


def _whole_of(report: Report, m: Mention) -> tuple[float, str] | None:
    """(value, unit) of the whole a part is listed under: the figure right before the 其中 of its sentence or
    opening it (共受理…171件，其中…网络转办101件 → 171件); None for a figure under no 其中."""
    text = report.text
    s, _ = _near_sentence(text, m)
    k = text.rfind(_OF_WHICH, s, m.start)
    if k < 0:
        return None
    ms = mentions(report)
    i = index_from(ms, k) - 1
    if i < 0 or k - ms[i].end > _REACH:
        return None
    return ms[i].value, ms[i].unit


# the level of a numbered item (1、 / （1）), below the parts and their sections
_ITEM_LEVEL = 3
_DIGIT = re.compile(r"\d")


def _item_subject(report: Report, m: Mention) -> str | None:
    """The subject of the numbered item ``m`` is written under when its heading states a figure of its own
    (1、接待海外入境游客860.03万人次，…): the heading's words before that figure. Such an item is one entry of a
    list of parallel subjects, not a topic, and the figures under it are of its subject (旅游外汇收入 under
    海外入境游客, then under 海外旅游者(过夜)). None when ``m`` is in the heading itself or under no such item."""
    sec = section_at(report, m.start)
    if sec is None or sec.level < _ITEM_LEVEL or not sec.heading:
        return None
    digit = _DIGIT.search(sec.heading)
    if digit is None or digit.start() < _NAME_MIN:
        return None
    head_end = report.text.find(sec.heading, sec.start)
    if head_end < 0 or m.start < head_end + len(sec.heading):
        return None  # (the heading's own figure: a statement of the item's subject itself)
    return sec.heading[: digit.start()]


# a sub-heading that may name a subject: short, no figure, no clause marks (（二）市长信箱)
_SUBJECT_HEADING_MAX = 10
_HEADING_MARKS = re.compile(r"[，。；：、,;:.！？\d]")
_HEADING_TAILS = tuple(sorted(_WORDS["restated_heading_tail"], key=len, reverse=True))


def _heading_name(report: Report, m: Mention) -> tuple[int, str] | None:
    """(level, heading) of the sub-section ``m`` is written under when its heading is a short name."""
    sec = section_at(report, m.start)
    if sec is None or sec.level < 2 or not sec.heading:
        return None
    h = sec.heading.strip()
    if len(h) > _SUBJECT_HEADING_MAX or _HEADING_MARKS.search(h):
        return None
    return sec.level, h


def _subject_headings(report: Report, a: Mention, b: Mention) -> bool:
    """``a`` and ``b`` under two sub-headings of one level that name two subjects of one kind: short names ending in
    the same words, more than a tail naming no subject (（二）市长信箱 and （三）区长信箱, 物业管理类问题 and
    城市管理类问题; not 行政复议工作 and 行政应诉工作: ``restated_heading_tail``)."""
    ha, hb = _heading_name(report, a), _heading_name(report, b)
    if ha is None or hb is None or ha[0] != hb[0] or ha[1] == hb[1]:
        return False
    x, y = ha[1], hb[1]
    k = sum(1 for _ in itertools.takewhile(lambda p: p[0] == p[1], zip(reversed(x), reversed(y))))
    shared = x[len(x) - k :]
    for tail in _HEADING_TAILS:
        if shared.endswith(tail):
            shared = shared[: -len(tail)]
            break
    return len(shared) >= 2 and k < min(len(x), len(y))


_BASIS = re.compile(rf"按(?:照)?(?P<basis>[^，,。；;（()）按]{{1,8}}?)(?:{data.alternation(_WORDS['restated_basis_end'])})")
_SENTENCE_ENDS = "。；;\n"


def _basis(text: str, m: Mention) -> str | None:
    """The basis the sentence of ``m`` states before it (按户籍人口计算，人均GDP为63525元: 户籍人口), the first one."""
    s = max(text.rfind(c, 0, m.start) for c in _SENTENCE_ENDS) + 1
    found = _BASIS.search(text, s, m.start)
    return found["basis"] if found else None


def _other_scope(report: Report, a: Mention, b: Mention) -> bool:
    """Two statements of one name that their neighbours put in two scopes: lines opened by two labels, numbered
    items of two subjects, sub-headings naming two subjects of one kind, sentences stating two bases (按户籍人口计算 /
    按常住人口计算), sentences opened by two stages, clauses of a received and an answered count, parts of two
    wholes, or one case's figure against another's."""
    text = report.text
    la, lb = _line_label(text, a), _line_label(text, b)
    if la and lb and la != lb:
        return True
    ia, ib = _item_subject(report, a), _item_subject(report, b)
    if (ia and ib and ia != ib) or _subject_headings(report, a, b):
        return True
    ba, bb = _basis(text, a), _basis(text, b)
    if ba and bb and ba != bb:
        return True
    sa, sb = _stage(text, a), _stage(text, b)
    if sa and sb and sa != sb:
        return True
    va, vb = _stage_verb(report, a), _stage_verb(report, b)
    if va and vb and va != vb:
        return True
    if _one_case(text, a) != _one_case(text, b):
        return True
    wa, wb = _whole_of(report, a), _whole_of(report, b)
    return wa is not None and wb is not None and wa != wb


# --- a labelled figure written again anywhere ------------------------------------------------------------
# words that make a longer name a part, a scope or a period of a shorter one
_SCOPE = re.compile("|".join(map(re.escape, sorted(_WORDS["restated_scope"], key=len, reverse=True))))
# words of a sentence that name its figure's period or basis (去年, 今年, 拟)
_TIME = _WORDS["restated_time"]
# period words that name the report's own period (a one-year or one-month report)
_OWN_PERIOD = frozenset(_WORDS["restated_own_period"])
# words inside a name that only say it is the whole (各类), and other names of one indicator (GDP)
_FILLER = re.compile("|".join(map(re.escape, _WORDS["restated_total_filler"])))
_ALIASES = dict(pair.split("=", 1) for pair in _WORDS["restated_alias"])
_ALIAS = re.compile("|".join(map(re.escape, sorted(_ALIASES, key=len, reverse=True))))


def _plain(name: str) -> str:
    """``name`` as compared: fillers dropped, another name of an indicator replaced (各类, GDP)."""
    return _ALIAS.sub(lambda a: _ALIASES[a.group()], _FILLER.sub("", name))


# a name ending in an allocation verb (中央财政安排): the figure is an amount for a purpose named after it
_ALLOCATE = re.compile(rf"(?:{'|'.join(map(re.escape, _WORDS['restated_verb']))})$")
# the clause after a figure says what it is for (…51亿元，用于支持…)
_PURPOSE = re.compile(rf"[，,]\s*(?:{'|'.join(map(re.escape, _WORDS['restated_purpose']))})")
# a name shorter than this is matched only whole (罚款金额 is not 案件平均罚款金额's restatement by suffix)
_SUFFIX_MIN = 5
# a category (行政处罚类) is a part, 各类 a total
# (五类案件总数 counts the classes together: a numeral's 类 is a total's, like 各类)
# (类 but not 各类 or a numeral's 五类, which name a whole)
_PART_OF = re.compile(data.alternation(_WORDS["restated_part"]) + "|类(?<![各一二三四五六七八九十两几]类)")
# the shortest name two statements must share (受理案件, 直接纠错); a longer name may add words before it
_NAME_MIN = 4
_KINDS = (MetricKind.COUNT, MetricKind.MONEY, MetricKind.QUANTITY)
# the most statements of one name compared (pairs are read one by one)
_STATED_MAX = 60
# one name with more values than this is a list (by unit, by month), not a statement made twice
_VALUES_MAX = 2


# period words that name no bounds (累计, 以来): no period two statements can be known to share
_OPEN_PERIOD = tuple(_WORDS["restated_open_period"])
# the prefix of a period word among a statement's period words (``_Named.time``)
_PERIOD_MARK = "期:"


def _of_period(n: _Named) -> bool:
    """``n``'s sentence or paragraph names a period (its period words hold a ``_PERIOD_MARK``)."""
    return any(w.startswith(_PERIOD_MARK) for w in n.time)


@dataclass(frozen=True, slots=True)
class _Named:
    m: Mention
    name: str  # the clause's words before the figure, lead and link words cut (quotes dropped)
    time: frozenset[str]  # the period and basis words of its sentence before it
    section: str  # the part it is compared within in a 政府工作报告 (``_part``)
    sentence: tuple[int, int]
    region: str | None = None  # the whole its clause names (全省, 全国), None for none


# words opening a name that set the cases carried over aside (结转上年后新收到依申请公开事项 names the new ones)
_CARRIED_ASIDE = re.compile(rf"(?:{data.alternation(_WORDS['restated_carried_aside'])})")
# a bracket right before a figure explains its name (直接纠错(包括撤销、确认违法)1639件): the name is before it
_CLOSING = "）)"
_BRACKET_GROUP = re.compile(r"[（(][^（()）]*[）)]")


def _bracketed_clause(text: str, m: Mention) -> str | None:
    """The clause of a figure written right after a bracket, read through the brackets, the bracketed words
    dropped (直接纠错(包括撤销…)1639件 → 直接纠错); None for a figure after no bracket."""
    if m.start == 0 or text[m.start - 1] not in _CLOSING:
        return None
    start = clause_start(text, m.start, CLAUSE_END_OUTSIDE_BRACKETS)
    # a bracket that names a scope or period (（市本级）, （上半年）) is kept: the name is then no plain name
    return _BRACKET_GROUP.sub(lambda g: g.group() if _SCOPE.search(g.group()) else "", text[start : m.start])


def _named(report: Report, m: Mention) -> _Named | None:
    """The figure's name, when it names one total a report may state twice (受理市民诉求51681件)."""
    found = _name_words(report, m)
    return _named_from(report, m, *found) if found is not None else None


def _name_words(report: Report, m: Mention) -> tuple[str, str] | None:
    """The first half of ``_named``, read from the figure's clause alone: (its name, its clause), None when the
    clause names no total (the figure's section, sentence and period are read by ``_named_from``)."""
    text = report.text
    if m.kind not in _KINDS or m.qualifier is not None:
        return None
    nxt = text[m.end : m.end + 1]
    if ("\u4e00" <= nxt <= "\u9fff" and nxt not in "和及与并") or _PURPOSE.match(text, m.end):
        return None  # 27亿元国债资金: the words after the figure name it
    clause = _bracketed_clause(text, m) or text[_clause_of(report, m) : m.start]
    # 调解、和解等方式实质性化解行政争议: the name is what follows the examples
    # …《某市人民政府公报》主动公开市政府规章: the name is what follows the title of the source
    words = clause.strip().replace("“", "").replace("”", "").rsplit("等", 1)[-1].rsplit("》", 1)[-1]
    name = _LEAD.sub("", _TAIL.sub("", words))
    carried = _CARRIED_ASIDE.match(name)
    if carried is not None:
        name = name[carried.end() :]  # 结转上年后新收到…: the year's new ones
        clause = clause.replace(carried.group(), "")  # (its 上年 is no period word of the figure)
    name = _plain(name)
    if len(name) < _NAME_MIN or not _HAN.fullmatch(name):
        return None
    if _PART_OF.search(name) or _FROM_TO.search(name) or _ALLOCATE.search(name):
        return None
    if _CHANGE.search(clause):
        return None  # a change (比上年增加167亿元), not a level
    return name, clause


def _named_from(report: Report, m: Mention, name: str, clause: str) -> _Named | None:
    """``_named`` of a figure whose clause names ``name`` (``_name_words``): None when its period rules it out."""
    text = report.text
    # a 政府工作报告 reviews one year and five, and plans the next: one top-level section, not about a period
    # (the heading's test before the sentence's: it is the cheaper)
    sec = section_at(report, m.start)  # (found once for both)
    about = report.meta.genre is Genre.GOV_WORK_REPORT and _about_a_period_in(report, m, sec)
    marks = _period_marks(report, m)
    if about and not marks:
        return None  # under a period's heading, its sentence and paragraph naming none: the period's or a year's
    if marks and all(w.endswith(_OPEN_PERIOD) for w in marks):
        return None  # 累计 / 以来 alone: as of a date, since a start the text may not give
    # its own period words (the clause's: the sentence's other clauses may be about other figures); a figure
    # whose sentence or paragraph names a period (这五年, 五年来) is compared only with one naming it alike
    time = frozenset(w for w in _TIME if w in clause) | frozenset(_PERIOD_MARK + w for w in marks)
    return _Named(m, name, time, _part_of(report, sec), sentence_bounds(text, m.start), _region_in(clause))


# --- the whole a clause names: 全省 in a city's report is the province, not the report's own --------------
_REGION = re.compile(WHOLE_REGION)


def _region_in(words: str) -> str | None:
    """The whole ``words`` name (the last of 全国, 全省, 全市 …), None for none (我市 is the report's own)."""
    if "全" not in words:
        return None  # the usual clause: one scan
    found = _REGION.findall(words)
    return found[-1] if found else None


# the level of the body a title names (某区人民政府关于…, 在某市第十届人民代表大会…上)
_TITLE_LEVEL = re.compile(r"([国省市区县州盟旗])(?:人民政府|政府|第[一二三四五六七八九十]+届人民代表大会|人民代表大会)")


@by_identity(maxsize=4)
def _own_region(report: Report) -> str | None:
    """The report's own whole: 全 and the level of the body its title lines name (某区人民政府 → 全区), else the
    one of 全国, 全省, 全市 … its text names most often (None for none or a tie)."""
    level = _TITLE_LEVEL.search(report.text, 0, _TITLE_REACH)
    if level is not None:
        return "全" + level.group(1)
    counts = Counter(m.group() for m in _REGION.finditer(report.text)).most_common(2)  # (no list of every match)
    if not counts or (len(counts) > 1 and counts[0][1] == counts[1][1]):
        return None
    return counts[0][0]


def _same_region(report: Report, a: str | None, b: str | None) -> bool:
    """Two statements of one whole: the same 全X, or one without any and the other the report's own (a city's
    report's 全省受理… is the province's figure, its 受理… and 全市受理… its own)."""
    if a == b:
        return True
    own = _own_region(report)
    return own is not None and (a or own) == (b or own)


def _same_name(a: _Named, b: _Named, titled: frozenset[str] = frozenset()) -> bool:
    """One name is the other, or ends it with words before that are no part, scope or period (市民热线受理市民诉求
    restates 受理市民诉求; 市本级受理行政复议案件 does not restate 受理行政复议案件); a period word the report's
    title names (``titled``: 去年 in “某省去年收到…”) is its own period, no scope."""
    short, long_ = sorted((a.name, b.name), key=len)
    if short == long_:
        return True
    if len(short) < _SUFFIX_MIN or not long_.endswith(short):
        return False
    return not _scoped(long_[: len(long_) - len(short)], titled)


# the extra words of a longer name that name another body (城东区, 区教育局): two characters at least (a lone 区
# is the report's own district)
_SUBJECT = re.compile(rf"[\u4e00-\u9fff](?:{data.alternation(_WORDS['restated_subject_end'])})$")


def _scoped(words: str, titled: frozenset[str], subjects: bool = True) -> bool:
    """``words`` hold a scope, part or period word, or (``subjects``) name another body (城东区, 区教育局), the
    period words the title names (``titled``) aside."""
    for w in titled:
        words = words.replace(w, "")
    return _SCOPE.search(words) is not None or (subjects and _SUBJECT.search(words) is not None)


def _same_time(a: _Named, b: _Named, gov: bool, own: frozenset[str] = _OWN_PERIOD) -> bool:
    """The same period words; in a one-year report a figure without any is of the report's own period
    (5月份受理市民诉求46983件 … 受理市民诉求46983件), ``own`` (``_own_period``)."""
    if a.time == b.time:
        return True
    if gov or (a.time and b.time):
        return False
    return (a.time or b.time) <= own


# how far into a report its title lines may reach (a web page's chrome, then the headline)
_TITLE_REACH = 300


@by_identity(maxsize=4)
def _own_period(report: Report) -> frozenset[str]:
    """The period words of a one-year report's own period: the usual ones, and those its title names (a news
    piece titled “某省去年收到行政复议申请2371件” speaks of 去年 throughout, 去年 or not written again)."""
    title = report.text[: _title_end(report.text)]
    named = frozenset(w for w in _TIME if w in title)
    return _OWN_PERIOD | named if named else _OWN_PERIOD


def _title_end(text: str) -> int:
    """The end of the title lines: those before the first line of prose (a sentence ended by 。), within the
    opening (0: none)."""
    opening = text[:_TITLE_REACH]
    return opening.rfind("\n", 0, opening.find("。")) + 1 if "。" in opening else 0


# a headline names its figure short (上半年某省新收行政复议案件10059件 for the lead's 今年上半年，某省各级行政复议
# 机构新收行政复议案件10059件): the two names share this many last characters at least
_HEADLINE_SHARED = 6


def _headline_names(h: _Named, b: _Named, titled: frozenset[str]) -> bool:
    """A headline's figure ``h`` names what ``b`` of the body names: a long common end, no scope word (but the
    title's own period) in the words either adds."""
    k = 0
    while k < min(len(h.name), len(b.name)) and h.name[-1 - k] == b.name[-1 - k]:
        k += 1
    if k < _HEADLINE_SHARED:
        return False
    # (a headline names the report's own region: 上半年某省新收… for the lead's 某省各级…新收…)
    return not _scoped(h.name[: len(h.name) - k], titled, False) and not _scoped(
        b.name[: len(b.name) - k], titled, False
    )


def _headline_pairs(
    report: Report, buckets: dict[tuple[str, str], list[_Named]], own: frozenset[str]
) -> Iterator[tuple[Mention, Mention]]:
    """(headline figure, the body's first figure of that name) in a one-year report whose title lines state a
    figure (a news piece): the headline restates the lead."""
    end = _title_end(report.text)
    if not end or report.meta.genre is Genre.GOV_WORK_REPORT:
        return
    titled = own - _OWN_PERIOD
    for ns in buckets.values():
        for h in (n for n in ns if n.m.start < end):
            b = next(
                (
                    n
                    for n in ns
                    if n.m.start >= end
                    and _headline_names(h, n, titled)
                    and _same_time(h, n, False, own)
                    and _same_region(report, h.region, n.region)
                ),
                None,
            )
            if b is not None and not _same_name(h, b, titled):  # (one name: paired already)
                yield h.m, b.m


def _stated_twice(report: Report) -> dict[tuple[str, str], list[_Named]]:
    """The named figures (``_named``) by (the name's last words, unit), in text order, the names stated by two or
    more figures only (one alone pairs with nothing, in ``_named_pairs`` or ``_headline_pairs``): the names are read
    from the clauses first, a figure's section and period only for a name written twice or more; the buckets
    (and their order) are those of every figure read in full, less the buckets of one."""
    words = [(m, _name_words(report, m)) for m in mentions(report)]
    stated = Counter((w[0][-_NAME_MIN:], m.unit) for m, w in words if w is not None)
    buckets: dict[tuple[str, str], list[_Named]] = defaultdict(list)
    for m, w in words:
        if w is not None and stated[(key := (w[0][-_NAME_MIN:], m.unit))] >= 2:
            n = _named_from(report, m, *w)
            if n is not None:
                buckets[key].append(n)
    return {k: ns for k, ns in buckets.items() if len(ns) >= 2}


def _named_pairs(report: Report) -> Iterator[tuple[Mention, Mention]]:
    """(first statement, restatement) of one name, one period, one unit, anywhere in a one-year report; in a
    政府工作报告 (a review and a plan, one year and five) within one top-level section."""
    buckets = _stated_twice(report)
    gov = report.meta.genre is Genre.GOV_WORK_REPORT
    own = _own_period(report)
    titled = own - _OWN_PERIOD
    text = report.text
    for ns in buckets.values():
        if len(ns) < 2 or len(ns) > _STATED_MAX:
            continue  # a name stated this often is a list or a dump, not one figure restated
        for j, b in enumerate(ns):
            firsts = [
                a
                for a in ns[:j]
                if a.sentence != b.sentence
                and _same_time(a, b, gov, own)
                and (not (gov or _of_period(b)) or a.section == b.section)
                and _same_name(a, b, titled)
                and _same_region(report, a.region, b.region)
            ]
            if not firsts:
                continue
            values = {b.m.value} | {
                a.m.value for a in ns if a is not b and _same_name(a, b, titled) and _same_time(a, b, gov, own)
            }
            if len(values) > _VALUES_MAX:
                continue
            a = firsts[0]
            y1, y2 = _year_of(text, a.m), _year_of(text, b.m)
            # (in a period's sentences a year written makes the figure that year's: both or neither)
            if ((y1 and y2) or _of_period(b)) and y1 != y2:
                continue
            if _told_apart(report, a.m, b.m, gov):
                continue
            yield a.m, b.m
    yield from _headline_pairs(report, buckets, own)


def _told_apart(report: Report, a: Mention, b: Mention, gov: bool) -> bool:
    """Two statements of one name that are not one figure: in a one-year report (not ``gov``) one of another year
    (``_another_year``), two scopes their neighbours tell (``_other_scope``), or one compared with the year the other
    is of (``_base_of_other``)."""
    return (not gov and _another_year(report, a, b)) or _other_scope(report, a, b) or _base_of_other(report, a, b)


# a year a figure is compared with right after it (65.2%，比2020年提高4.7个百分点): the figure is not that year's
_COMPARED_WITH = re.compile(r"[，,]?\s*(?:比|较|同)(\d{4})年")
# the most characters from the figure's end to the 年 of that year (，比2020年)
_COMPARED_REACH = 12


def _base_of_other(report: Report, a: Mention, b: Mention) -> bool:
    """One of two statements is compared with a year right after it, and the other is that year's (城镇化率达到
    65.2%，比2020年提高4.7个百分点。2020年城镇化率为60.5%。): the base year's level, no restatement."""
    text = report.text
    for x, y in ((a, b), (b, a)):
        m = _COMPARED_WITH.match(text, x.end, x.end + _COMPARED_REACH)
        if m is not None and m.group(1) in _clause_years(report, y):
            return True
    return False


def _another_year(report: Report, a: Mention, b: Mention) -> bool:
    """In a one-year report, the clause (or the line) of one of two statements opens with a year that is not the
    report's (2023年受理…31件 and 全年受理…29件 in the report on 2024; 2023年普查结果：生产总值… on its own line): the
    other year's figure, no restatement of the report's own."""
    year = report.meta.year
    if year is None:
        return False
    ya, yb = (_clause_years(report, m) for m in (a, b))
    return bool(ya) != bool(yb) and (ya or yb)[-1] != str(year)


def _clause_years(report: Report, m: Mention) -> list[str]:
    """The years written in the figure's clause, else the year opening its line (2023年普查结果：生产总值296.80亿元)."""
    text = report.text
    years = _YEAR.findall(text[_clause_of(report, m) : m.start])
    if years:
        return years
    line = _line_year(text, m)
    return [line] if line else []


def _clause_words(report: Report, m: Mention) -> tuple[str, frozenset[str]]:
    """The name of ``m`` as its own clause writes it, and the period words of that clause."""
    text = report.text
    clause = text[_clause_of(report, m) : m.start]
    name = _LEAD.sub("", _TAIL.sub("", clause.strip()))
    return name, frozenset(w for w in _TIME if w in clause)


def _about_a_period(report: Report, m: Mention) -> bool:
    """In a 政府工作报告, a figure under a heading about a period (“十四五”时期和2025年工作回顾), unless its
    paragraph is in a run about the one year the part also reviews (``_year_runs``)."""
    if report.meta.genre is not Genre.GOV_WORK_REPORT:
        return False
    return _about_a_period_in(report, m, section_at(report, m.start))


def _about_a_period_in(report: Report, m: Mention, sec: Section | None) -> bool:
    """``_about_a_period`` of a figure of a 政府工作报告 whose section ``sec`` is found already."""
    if sec is None or sec.id not in _period_sections(report):
        return False
    runs = _year_runs(report)  # (a figure under a period's heading: the rare case)
    k = bisect.bisect_right(runs, (m.start, float("inf"))) - 1
    return not (k >= 0 and runs[k][0] <= m.start < runs[k][1])


# a paragraph that opens a review of the one year (过去一年，… / 一年来，… / 刚刚过去的2025年，… / 2025年，…)
_YEAR_OPENING = re.compile(rf"^(?:{'|'.join(map(re.escape, _WORDS['restated_year_opening']))}|\d{{4}}年)")
# words before a paragraph's own opening (各位代表！, ——)
_ADDRESS = re.compile(r"^[\s\u3000—-]*(?:各位代表[！!，,]?)?[\s\u3000—-]*")
_OPENING = 40
# a heading that reviews (回顾, 成就): a plan's heading does not
_REVIEW = re.compile("|".join(map(re.escape, _WORDS["restated_review_heading"])))


def _turns_to_period(words: str) -> bool:
    """``words`` speak of a period (五年来, “十四五”圆满收官); 以来 alone does not (今年以来, 党的十八大以来)."""
    return _is_period(words.replace("以来", ""))


@by_identity(maxsize=4)
def _year_runs(report: Report) -> list[tuple[int, int]]:
    """The runs of paragraphs of a period's section about its last year, in order: a paragraph that opens
    about one year (``_YEAR_OPENING``, no period word in its first words) starts a run, one whose first words
    speak of a period (过去五年, 五年来, “十四五”时期) ends it; the paragraphs between follow the last opening (the
    section's first paragraphs, before any, are about the period).  Only a section whose heading reviews."""
    text = report.text
    heads = {h.start for h in report.headings}
    periods = _period_sections(report)
    runs: list[tuple[int, int]] = []
    for sec in report.sections:
        if sec.level != 1 or sec.id not in periods or not _REVIEW.search(sec.heading):
            continue  # a plan for a period (“十五五”时期主要目标) has no year's review in it
        start: int | None = None
        pos = sec.start
        while pos < sec.end:
            nl = text.find("\n", pos, sec.end)
            end = sec.end if nl < 0 else nl
            para = text[pos:end]
            if para.strip() and pos not in heads:
                opening = _ADDRESS.sub("", para, count=1)[:_OPENING]
                if _turns_to_year(opening, report.meta.year) and not _turns_to_period(opening):
                    if start is None:
                        start = pos
                elif _turns_to_period(opening):
                    if start is not None:
                        runs.append((start, pos))
                    start = None
            pos = end + 1
        if start is not None:
            runs.append((start, sec.end))
    return runs


def _turns_to_year(opening: str, year: int | None) -> bool:
    """A paragraph's first words turn to the one year (过去一年，…, 2025年是…): a year opening them must be the
    report's own (``year``, when known; 1998年发生特大洪水后… in a review of 1998–2002 is the period's), and no
    other year stands beside it (2025年…占比较2020年提高… compares the period's ends)."""
    o = _YEAR_OPENING.match(opening)
    if o is None:
        return False
    y = _YEAR.match(o.group())
    if y is None:
        return True  # 过去一年, 一年来, 刚刚过去的…
    return (year is None or int(y.group(1)) == year) and set(_YEAR.findall(opening)) == {y.group(1)}


def _part(report: Report, pos: int) -> str:
    """The part of the report a figure at ``pos`` is compared within: its top-level section; in a 政府工作报告
    the year its top-level heading names (“2026年工作安排” and “附件1 2026年省十件民生实事” with its numbered
    items plan the same year), else that section."""
    return _part_of(report, section_at(report, pos))


def _part_of(report: Report, sec: Section | None) -> str:
    """``_part`` of a figure whose section ``sec`` is found already."""
    top = sec.id.split(".")[0] if sec else "0"
    if report.meta.genre is not Genre.GOV_WORK_REPORT:
        return top
    return _year_parts(report).get(top, top)


@by_identity(maxsize=4)
def _year_parts(report: Report) -> dict[str, str]:
    """Top-level section id -> "year:2026" for the sections whose heading (or the unnumbered heading opening
    their appendix) names one year and no period; found once per report."""
    heads = {h.start: h for h in report.headings}
    out: dict[str, str] = {}
    opened: tuple[int, str | None] = (0, None)  # (block, year) of the appendix title last read
    plan: tuple[int, str | None] = (0, None)  # (block, year) of the plan's unnumbered heading last read
    for sec in report.sections:
        h = heads.get(sec.start)
        if sec.level != 1 or h is None:
            continue
        own = _one_year(h.title)
        if not h.label:
            opened = (h.block, own)
            # the numbered parts under a plan's heading (“十五五”时期主要目标和2026年重点工作 → 一、… 二、…) plan
            # its one year, the heading's own paragraphs aside (they state the period's targets too)
            plan = (h.block, _plan_year(h.title) if own is None else None)
        elif own is None and plan[1] is not None and plan[0] == h.block and not _YEAR.search(h.title):
            own = plan[1]
        elif h.block != opened[0]:
            # an appendix numbered anew whose title line is no heading: the line before its first item
            line_start = report.text.rfind("\n", 0, max(0, h.start - 1)) + 1
            opened = (h.block, _one_year(report.text[line_start : h.start]))
        if own is None and h.block > 0 and opened[0] == h.block:
            own = opened[1]  # a numbered item of an appendix: the appendix's year
        if own is not None:
            out[sec.id] = f"year:{own}"
    return out


def _plan_year(title: str) -> str | None:
    """The one year a plan's heading names beside a period (“十五五”时期主要目标和2026年重点工作 → 2026); None for a
    review's heading (回顾, 成就) or none or two years."""
    years = set(_YEAR.findall(title))
    return years.pop() if len(years) == 1 and not _REVIEW.search(title) else None


def _one_year(title: str) -> str | None:
    """The one year a heading names (2026年工作安排), None for none, two, or a period (“十四五”时期和2025年)."""
    years = set(_YEAR.findall(title))
    return years.pop() if len(years) == 1 and not _is_period(title) else None


@by_identity(maxsize=4)
def _period_sections(report: Report) -> frozenset[str]:
    """The ids of the sections under (or at) a heading about a period, found once per report."""
    periods = [x.id + "." for x in report.sections if _is_period(x.heading)]
    return frozenset(x.id for x in report.sections if any((x.id + ".").startswith(p) for p in periods))


def _apart(report: Report, a: Mention, b: Mention) -> bool:
    """Two figures one key joins that their own clauses tell apart: a scope or part word only one of the names
    has (市本级受理行政复议案件 / 受理行政复议案件), other period words (今年 / 去年), or a period heading."""
    (na, ta), (nb, tb) = _clause_words(report, a), _clause_words(report, b)
    text = report.text
    if not _same_region(
        report,
        _region_in(text[_clause_of(report, a) : a.start]),
        _region_in(text[_clause_of(report, b) : b.start]),
    ):
        return True
    gov = report.meta.genre is Genre.GOV_WORK_REPORT
    if gov:
        # 去年 opening a figure's clause outside the review is the review's own year (``_last_year_part``)
        (na, ta), (nb, tb) = (
            _as_reviewed(n, t) if _last_year_part(report, x) is not None else (n, t)
            for x, (n, t) in ((a, (na, ta)), (b, (nb, tb)))
        )
    same_time = ta == tb or (not gov and not (ta and tb) and (ta or tb) <= _own_period(report))
    if not same_time:
        return True
    pa, pb = _about_a_period(report, a), _about_a_period(report, b)
    if (pa or pb) and not (_level_reached(report, a, na) and _level_reached(report, b, nb)):
        return True
    if set(_SCOPE.findall(na)) != set(_SCOPE.findall(nb)):
        return True
    # words before the name the two share that name another body (城东区受理… / 受理…)
    k = 0
    while k < min(len(na), len(nb)) and na[-1 - k] == nb[-1 - k]:
        k += 1
    return na[: len(na) - k] != nb[: len(nb) - k] and any(
        _SUBJECT.search(extra) for extra in (na[: len(na) - k], nb[: len(nb) - k])
    )


# a level reached (国内生产总值达到27.13万亿元), not a flow over the period (新增, 累计): a period's review
# states it for the period's last year, the year the report reviews
_LEVEL_VERB = re.compile(
    rf"(?:{'|'.join(map(re.escape, sorted(_WORDS['restated_level_verb'], key=len, reverse=True)))})$"
)
_LEVEL_VERB_MAX = max(map(len, _WORDS["restated_level_verb"]))
_FLOW = re.compile("|".join(map(re.escape, _WORDS["restated_flow"])))


def _level_reached(report: Report, m: Mention, name: str) -> bool:
    return (
        bool(_LEVEL_VERB.search(report.text, max(0, m.start - _LEVEL_VERB_MAX), m.start))
        and not _FLOW.search(name)
        and not _PART_OF.search(name)
    )


# between a start and an end value: 由2552万辆增至 (the verbs are data)
_TO_VERB = re.compile(rf"(?:{'|'.join(map(re.escape, sorted(_WORDS['restated_from_to'], key=len, reverse=True)))})了?")
_FROM = re.compile(r"(?:由|从)$")


def _from_to_pairs(report: Report) -> Iterator[tuple[Mention, Mention, str]]:
    """(first, restatement, name) of an end value written twice with the same name and the same start value:
    汽车保有量由2552万辆增至3230万辆 … 汽车保有量由2552万辆增至3553万辆 (the start value fixes the period, so
    a period's review is no obstacle)."""
    text = report.text
    ms = mentions(report)
    seen: dict[tuple[str, float, str, str], Mention] = {}
    for prev, m in itertools.pairwise(ms):
        if m.unit != prev.unit or m.qualifier is not None or prev.qualifier is not None:
            continue
        if m.start - prev.end > 4 or not _TO_VERB.fullmatch(text, prev.end, m.start):
            continue
        start = clause_start(text, prev.start, CLAUSE_END)
        head = text[start : prev.start]
        if not _FROM.search(head):
            continue
        name = _LEAD.sub("", head[:-1].strip())
        if len(name) < _NAME_MIN or not all("\u4e00" <= c <= "\u9fff" for c in name) or _PART_OF.search(name):
            continue
        key = (name[-_LABEL_KEPT:], prev.value, prev.unit, m.unit)
        first = seen.get(key)
        if first is None:
            seen[key] = m
        elif sentence_bounds(text, first.start) != sentence_bounds(text, m.start):
            y1, y2 = _year_of(text, first), _year_of(text, m)
            if not (y1 and y2 and y1 != y2):
                yield first, m, name


# --- a target of the year's list written again in its explanation -------------------------------------------
# (今年发展主要预期目标是：国内生产总值增长5%左右；… then 提出国内生产总值增长5%左右，主要是…)
_TARGET_CUES = tuple(_WORDS["restated_target_cue"])
_COLONS = "：:"
_TARGET_LEAD = re.compile(rf"^(?:{data.alternation(_WORDS['restated_target_lead'])})+")
_TARGET_TAIL = re.compile(rf"(?:{data.alternation(_WORDS['restated_target_tail'])})+$")
_TARGET_ALIASES = dict(pair.split("=", 1) for pair in _WORDS["restated_target_alias"])
_TARGET_ALIAS = re.compile(data.alternation(_TARGET_ALIASES))
# the Han characters right before a figure (the name as its clause writes it)
_HAN_END = re.compile(r"[\u4e00-\u9fff]+$")


def _target_name(text: str, m: Mention) -> str:
    """The name of a target as its clause writes it: verbs and lead words cut, other names of one target made
    one (经济增长预期目标为 / 国内生产总值增长 → 生产总值增长); "" when it has none."""
    words = text[clause_start(text, m.start, CLAUSE_END) : m.start].replace("“", "").replace("”", "")
    han = _HAN_END.search(words)
    if han is None:
        return ""
    name = _TARGET_TAIL.sub("", han.group())
    name = _TARGET_ALIAS.sub(lambda a: _TARGET_ALIASES[a.group()], name)
    return _TARGET_LEAD.sub("", name)


# a target for a later year (到2030年): a plan period's
_BY_YEAR = re.compile(r"到\d{4}年")


def _cues(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each cue of a list of targets followed by a colon, in order (found by plain string
    search: cheaper than a regex over the whole text)."""
    out = []
    for w in _TARGET_CUES:
        i = text.find(w)
        while i >= 0:
            j = i + len(w)
            if text[j : j + 1] in _COLONS and j < len(text):
                out.append((i, j + 1))
            i = text.find(w, j)
    return sorted(out)


def _target_lists(report: Report) -> Iterator[tuple[int, int]]:
    """``[start, end)`` of each list of targets: the paragraph after a cue (预期目标是：), or the next one
    when the cue ends its line."""
    text = report.text
    for at, end in _cues(text):
        # a plan period's targets (“十五五”时期的主要目标是：, 到2030年…) are not the year's
        opening = text[sentence_bounds(text, at)[0] : at]
        if _is_period(opening) or _BY_YEAR.search(opening):
            continue
        start = end
        while start < len(text) and text[start] in " \t\n\u3000":
            start += 1
        if start < len(text):
            yield start, paragraph_bounds(text, start)[1]


def _target_pairs(report: Report) -> Iterator[tuple[Mention, Mention, str]]:
    """(listed target, restatement, name): a figure of the year's list of targets written again later in the
    same top-level section under the same name with the same qualifier (左右, 以上), in a sentence that names no
    year and no period (a five-year plan's target of the same name is another)."""
    text = report.text
    ms = mentions(report)
    starts = [m.start for m in ms]
    for ls, le in _target_lists(report):
        sec = section_at(report, ls)
        top = sec.id.split(".")[0] if sec else "0"
        end = next((x.end for x in report.sections if x.level == 1 and x.id == top), len(text)) if sec else len(text)
        listed = ms[bisect.bisect_left(starts, ls) : bisect.bisect_left(starts, le)]
        later = ms[bisect.bisect_left(starts, le) : bisect.bisect_left(starts, end)]
        names: dict[tuple[str, str, str], Mention] = {}
        for a in listed:
            name = _target_name(text, a)
            if len(name) >= _NAME_MIN and _HAN.fullmatch(name):
                names.setdefault((name, a.unit, a.qualifier.value if a.qualifier else ""), a)
        if not names:
            continue
        kinds = {(k[1], k[2]) for k in names}
        for b in later:
            qual = b.qualifier.value if b.qualifier else ""
            if (b.unit, qual) not in kinds:
                continue  # (the usual later figure: no name read)
            key = (_target_name(text, b), b.unit, qual)
            listed_a = names.get(key)
            if listed_a is None:
                continue
            s, _ = _near_sentence(text, b)
            before = text[s : b.start]
            if _YEAR.search(before) or _is_period(before):
                continue
            yield listed_a, b, key[0]


# --- the change written after a restated level ------------------------------------------------------------
_CHANGE_CUE = re.compile(rf"[\s，,]*(?:{data.alternation(_WORDS['restated_change_cue'])})了?\s*$")
# the most characters between a level and its change's figure (，同比增长 / ，比上年增加)
_CHANGE_GAP = 8


def _change_after(report: Report, m: Mention, nxt: dict[int, Mention]) -> tuple[str, Mention] | None:
    """(cue, change) when the figure right after ``m`` is its change (受理1200件，同比增长12.5%)."""
    c = nxt.get(m.start)
    if c is None or c.start - m.end > _CHANGE_GAP or c.qualifier is not None:
        return None
    gap = report.text[m.end : c.start]
    if not _CHANGE_CUE.fullmatch(gap):
        return None
    return re.sub(r"[\s，,了]", "", gap), c


def _change_pairs(report: Report, pairs: list[tuple[Mention, Mention]]) -> Iterator[tuple[Mention, Mention, str]]:
    """(change, change, cue) of each restated level whose two statements are both followed by their change in
    the same words: the change of one figure, restated with it."""
    if not pairs:
        return  # the usual report: no level restated
    ms = mentions(report)
    nxt = {a.start: b for a, b in itertools.pairwise(ms)}
    done: set[tuple[int, int]] = set()
    for a, b in pairs:
        ca, cb = _change_after(report, a, nxt), _change_after(report, b, nxt)
        if ca is None or cb is None or ca[0] != cb[0] or ca[1].unit != cb[1].unit:
            # (or a change named alike further along each statement: 20733元，实际增长5.3% in the headline,
            # 20733元，比上年同期名义增长5.4%，扣除价格因素，实际增长5.3% in the lead)
            for x, y, cue in _named_changes(report, a, b, nxt):
                if (x.start, y.start) not in done:
                    done.add((x.start, y.start))
                    yield x, y, cue
            continue
        if (ca[1].start, cb[1].start) not in done:
            done.add((ca[1].start, cb[1].start))
            yield ca[1], cb[1], ca[0]


# the words of a change of a restated level, opening its own clause (实际增长, 比上年同期名义增长)
_NAMED_CHANGE = re.compile(r"^(?:同比|比上年同期|比上年|较上年同期|较上年)?(?:名义|实际)(?:增长|下降|上升|提高|降低)$")
# the most clauses of changes read after a level
_CHANGE_RUN = 4


def _change_run(report: Report, m: Mention, nxt: dict[int, Mention]) -> dict[str, Mention]:
    """The percents in the clauses right after ``m`` each named by the words opening its clause (名义增长, 实际增长),
    by those words; a name written twice names none."""
    text = report.text
    _, e = sentence_bounds(text, m.start)
    out: dict[str, Mention] = {}
    twice: set[str] = set()
    cur = m
    for _ in range(_CHANGE_RUN):
        c = nxt.get(cur.start)
        if c is None or c.start >= e or not c.is_percent or c.qualifier is not None:
            break
        if re.search(r"[。；;：:]", text[cur.end : c.start]):
            break
        words = to_simplified(text[clause_start(text, c.start) : c.start]).strip(" ，,")
        if _NAMED_CHANGE.match(words):
            key = re.sub(r"^(?:同比|比上年同期|比上年|较上年同期|较上年)", "", words)
            if key in out:
                twice.add(key)
            out[key] = c
        cur = c
    return {k: v for k, v in out.items() if k not in twice}


def _named_changes(
    report: Report, a: Mention, b: Mention, nxt: dict[int, Mention]
) -> Iterator[tuple[Mention, Mention, str]]:
    ra, rb = _change_run(report, a, nxt), _change_run(report, b, nxt)
    for key, x in ra.items():
        y = rb.get(key)
        if y is not None and y.unit == x.unit:
            yield x, y, key


# --- a plan's line written again in the appendix of the same year ---------------------------------------------
# (增加5000个普通高中招生计划 in the plan, 3.…增加5000个普通高中招生计划（牵头单位：…） in 附件 2026年民生实事)
_APPENDIX = re.compile(r"附件|附录")
# the shortest words before and after a figure that make one line of a plan (增加 … 个普通高中招生计划)
_LINE_BEFORE = 2
_LINE_AFTER = 3
_HAN_START = re.compile(r"[\u4e00-\u9fff]+")


@by_identity(maxsize=4)
def _appendix_parts(report: Report) -> frozenset[str]:
    """The top-level section ids of a report's appendices: from the first top-level heading that names one
    (附件1 2026年省十件民生实事) to the end."""
    out: set[str] = set()
    opened = False
    for sec in report.sections:
        if sec.level != 1:
            continue
        opened = opened or bool(_APPENDIX.match(sec.heading.strip()))
        if opened:
            out.add(sec.id)
    return frozenset(out)


def _line_key(report: Report, m: Mention) -> tuple[str, str, str, str] | None:
    """(words before, words after, unit, qualifier) of a figure inside one line of a plan: the Han words of its
    clause right before it and right after it (增加, 个普通高中招生计划)."""
    text = report.text
    before = _HAN_END.search(text, _clause_of(report, m), m.start)
    after = _HAN_START.match(text, m.end)
    if before is None or after is None or before.end() != m.start:
        return None
    if len(before.group()) < _LINE_BEFORE or len(after.group()) < _LINE_AFTER:
        return None
    return before.group(), after.group(), m.unit, m.qualifier.value if m.qualifier else ""


def _appendix_pairs(report: Report) -> Iterator[tuple[Mention, Mention, str]]:
    """(plan's figure, appendix's figure, line) in a 政府工作报告: one line of the plan written again in the
    appendix that plans the same year, the same words before and after the figure (a figure named after it,
    增加5000个…计划, or with 以上, is compared so: the whole line is the name)."""
    if report.meta.genre is not Genre.GOV_WORK_REPORT:
        return
    appendix = _appendix_parts(report)
    if not appendix:
        return
    body: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    annex: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    for m in mentions(report):
        sec = section_at(report, m.start)
        if sec is None:
            continue
        part = _part_of(report, sec)
        if not part.startswith("year:"):
            continue
        line = _line_key(report, m)
        if line is None:
            continue
        (annex if sec.id.split(".")[0] in appendix else body)[(part, *line)].append(m)
    for key, bs in annex.items():
        ps = body.get(key)
        if not ps or len({m.value for m in ps + bs}) > _VALUES_MAX or len(ps) > 1:
            continue
        a = ps[0]
        if _in_period(report, a):
            continue
        for b in bs:
            if not _in_period(report, b):
                yield a, b, key[1] + key[2]


# a duration (连续24个月, 7个季度) is its subject's, not a line of its own: never keyed by its words
_DURATION = tuple(_WORDS["restated_line_duration"])


def _line_pairs(report: Report) -> Iterator[tuple[Mention, Mention, str]]:
    """(first, restatement, line) in a 政府工作报告: one line written twice in one part that reviews or plans one
    year (实施总额4万亿元的两年投资计划 … 实施总额4万亿元的两年投资计划), the same words right before and after the
    figure (``_line_key``), in two sentences, neither about a period, no duration; the appendix's lines are
    ``_appendix_pairs``'."""
    if report.meta.genre is not Genre.GOV_WORK_REPORT:
        return
    text = report.text
    # first by the words alone (cheap character tests first: most figures stand between no two Han words)
    words: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    for m in mentions(report):
        if not (
            "\u4e00" <= text[m.end : m.end + 1] <= "\u9fff" and "\u4e00" <= text[m.start - 1 : m.start] <= "\u9fff"
        ):
            continue
        if m.kind not in _KINDS or m.unit in _DURATION:
            continue
        line = _line_key(report, m)
        if line is None or line[1].startswith(_DURATION):
            continue
        # the verb right before the figure (今年要实施总额… restates 实施总额…): its last characters
        words[(line[0][-_LINE_BEFORE:], *line[1:])].append(m)
    # then, for the words written twice, by the part (a year's review or plan, no appendix, no period)
    appendix = _appendix_parts(report)
    lines: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    for key, ms in words.items():
        if len(ms) < 2:
            continue
        for m in ms:
            sec = section_at(report, m.start)
            if sec is None or sec.id.split(".")[0] in appendix:
                continue
            part = _part_of(report, sec)
            if part.startswith("year:") and not _in_period(report, m) and not _about_a_period_in(report, m, sec):
                lines[(part, *key)].append(m)
    for key, ms in lines.items():
        if len(ms) < 2 or len({m.value for m in ms}) > _VALUES_MAX:
            continue
        a = ms[0]
        for b in ms[1:]:
            if sentence_bounds(text, a.start) != sentence_bounds(text, b.start):
                yield a, b, key[1] + key[2]


def _as_written(m: Mention) -> Mention:
    """``m`` compared by its written value (within its rounding), its qualifier aside."""
    return dataclasses.replace(m, interval=interval(m.value, m.decimals, None, exact_integer=m.is_count))


def _half_open(m: Mention) -> Mention:
    """``m`` with its rounding interval's ends left out: 6% is [5.5, 6.5) rounded half up, so 6% and 7% (which
    meet at 6.5) are two values, not one; 6% and 6.5% (6.45–6.55) may still be one."""
    iv = m.interval
    width = iv.high - iv.low
    if not 0 < width < float("inf"):
        return m
    cut = width * _OPEN_CUT
    return dataclasses.replace(m, interval=Interval(iv.low + cut, iv.high - cut))


# the share of a rounding interval cut at each end by ``_half_open`` (more than the overlap test's 1e-9 slack)
_OPEN_CUT = 1e-6


def _pair(first: Mention, other: Mention, name: str) -> Relation:
    """The ``same_value`` relation of two statements; two statements with one qualifier (5%左右 / 5.5%左右,
    8万人以上) state one bound or one approximate value: their written values must agree, the qualifier's
    tolerance is no room for two different statements.  Two roundings of one value never merely meet at the
    ends of their intervals (``_half_open``)."""
    if first.qualifier is not None and first.qualifier == other.qualifier:
        first, other = _as_written(first), _as_written(other)
    conf = FAR_CONFIDENCE if _far_apart(first.value, other.value) else CONFIDENCE
    first, other = _half_open(first), _half_open(other)
    return Relation(RelationKind.SAME_VALUE, (first, other), None, LINKER, conf, name=name)


# two statements of one name whose values differ by this factor or more are, far more often, two things named
# alike (a province's count and the provincial hotline's, 60 appeals and 470 reviews) than one figure restated
# wrongly: their disagreement is info, not a warning.  Small counts (2 and 5 cases) stay comparable: one slip
# of a digit there is a real restatement error
FAR_APART = 2.0
FAR_SMALL = 10.0
FAR_CONFIDENCE = 0.4


def _far_apart(a: float, b: float) -> bool:
    low, high = sorted((abs(a), abs(b)))
    return high > FAR_SMALL and high >= FAR_APART * low


def _listed_parts(report: Report) -> frozenset[tuple[int, int]]:
    """(whole, part) starts of every "whole，其中 parts" the text writes: a part it lists under a whole (审查1090件。
    其中，…镇村合同审查1077件) is some of that whole, never a second statement of it, whatever names the two share."""
    pairs = set()
    for g in qizhong_groups(report):
        for p in g.parts:
            pairs.add((g.whole.start, p.start))
            pairs.add((p.start, g.whole.start))
    return frozenset(pairs)


def link_restated(report: Report) -> Iterator[Relation]:
    listed = _listed_parts(report)
    for rel in _restated(report):
        first, other = rel.operands
        if (first.start, other.start) not in listed:
            yield rel


def _restated(report: Report) -> Iterator[Relation]:
    levels: list[tuple[Mention, Mention]] = []
    for first, other, name in _from_to_pairs(report):
        yield _pair(first, other, name)
    for first, other in _named_pairs(report):
        levels.append((first, other))
        yield _pair(first, other, _name_of(report, first))
    for first, other, name in _target_pairs(report):
        yield _pair(first, other, name)
    for first, other, name in _appendix_pairs(report):
        yield _pair(first, other, name)
    for first, other, name in _line_pairs(report):
        yield _pair(first, other, name)
    groups: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    gov = report.meta.genre is Genre.GOV_WORK_REPORT
    figures = mentions(report)
    stated: Counter[tuple[str | None, str]] = Counter((m.indicator, m.unit) for m in figures if m.indicator)
    for m in figures:
        for k in _keys(report, m, stated[(m.indicator, m.unit)] > 1):
            groups[k].append(m)
    seen: set[tuple[int, int]] = set()
    for key, ms in groups.items():
        # one name with many values is a list by unit or by month, not a restatement
        if len(ms) < 2 or len({m.value for m in ms}) > 2:
            continue
        first = ms[0]
        for other in ms[1:]:
            if sentence_bounds(report.text, first.start) == sentence_bounds(report.text, other.start):
                continue
            if (first.start, other.start) in seen:
                continue
            y1, y2 = _year_of(report.text, first), _year_of(report.text, other)
            if (y1 and y2 and y1 != y2) or _apart(report, first, other) or _told_apart(report, first, other, gov):
                continue
            seen.add((first.start, other.start))
            levels.append((first, other))
            yield _pair(first, other, key[1])
    for first, other, cue in _change_pairs(report, levels):
        yield _pair(first, other, cue)
