"""What the text around a figure says about it: year, basis and section.

- year: the nearest year named before the figure in its sentence, else in its
  paragraph (2024年, 二〇二四年, “十四五” -> 2025, 今年/去年 relative to the
  report), else the report's year (the next year for targets); None when unknown.
- basis: ``period_average`` for 年均/平均每年; ``target`` for a figure after a target
  word (预期目标是, 力争, 目标为 …, 到2030年 for a year after the report's), in a
  targets/plans/tasks section, or in the 政府自身建设 part of a 政府工作报告 when no year
  is named; else ``actual``.
- multi-year: a change against a base year further back than the previous one
  (比2002年增长65.5%), a total (累计) in a sentence about a period (“十四五”时期,
  五年来), or a flow (新增…) or change in the five-year review of a 政府工作报告
  (过去五年，… until 过去一年，… or the next top-level section) is of no single
  year: ``is_multi_year``; so is a figure under an id of new ones in the review's
  paragraphs that name no year: ``is_review_flow``.
- section: the id of the innermost section containing the figure.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

import regex

from ..data import alternation, grouped_words
from ..numbers import parse_number
from ..offsets import after_last, offsets_of_each
from ..types import Basis, Genre, Meta, Section
from . import patterns as P

# (the plain patterns below are ``re`` ones: it searches a short clause about twice as fast as ``regex``; the
# ones that need ``regex`` (variable-width look-behind, reverse search) stay so)

# section categories whose figures are goals, not results
TARGET_CATEGORIES = frozenset({"targets", "plans", "tasks"})
# how far back the year and target words are looked for
MAX_LOOKBACK = 400
# words that make the figures after them (in the same paragraph) goals
# (each alternative opens with its first character, a look-behind after it: ``re`` then skips text to those
# characters; a look-behind or look-ahead first makes it try every offset)
_TARGET_WORDS = re.compile(
    # 超过预期目标, 完成预期目标: a result measured against a goal, not a goal
    r"预(?<!(?:超过|超出|完成|实现|达到|高于|低于|好于)预)期目标|主要目标是|目标是|目标为|目标:|目标：|力争|预期增长|计划到"
    # 到2030年: a goal only when the year is after the report's (从2020年的…提高到2025年的… is a result)
    r"|到(?<!(?:提高|提升|增长|增加|上升|下降|降低|降至|减少|扩大|缩小|跃升|增至)到)(?<!达到)"
    r"(?P<to>(?:19|20)[0-9]{2})年(?:底|末)?"
    r"|拟(?:安排|发行|按|新增|建设|实施|投资|下达|提高)"
)
# section categories of a 政府工作报告 about the coming year besides TARGET_CATEGORIES
# (加强政府自身建设: 一般性支出压减5%以上)
GOV_FUTURE_CATEGORIES = frozenset({"self_building"})
# words right before a figure that make it a multi-year mean
_AVERAGE_WORDS = re.compile(alternation(grouped_words("relation_words.tsv")["average"]))
# ... but not in a measure's name (PM2.5年均浓度较2020年下降25%: the year's mean concentration, a change of no mean rate)
_AVERAGE_NAME = re.compile(alternation(grouped_words("relation_words.tsv")["average_name"]))
# a comparison with a base year in the figure's clause (比2002年增长65.5%, 是1997年的2.3倍, 比“十三五”末)
_BASE_YEAR = re.compile(
    r"(?:比|较|是|相当于)(?:(?P<base>(?:19|20)[0-9]{2})年|“?(?P<plan>十[一二三四五]?五)”?(?:末|期末|时期))"
)
# ... or set for the whole sentence (2005年与2000年相比，国内生产总值增长57.3%)
_BASE_YEAR_SCENE = re.compile(
    r"(?:与|同)(?:(?P<base>(?:19|20)[0-9]{2})年|“?(?P<plan>十[一二三四五]?五)”?(?:末|期末|时期))(?:末|底)?相比"
)
# a total over several years: 累计 in the sentence ...
_CUMULATIVE = re.compile(r"累计")
# ... about a period (五年来, “十四五”时期, 2021年以来; not 今年以来)
_PERIOD_TERMS = grouped_words("period_review.tsv")
_PERIOD_WORDS = re.compile(
    "|".join(
        (
            rf"[0-9一二两三四五六七八九十]+年(?:{alternation(_PERIOD_TERMS['period_years_tail'])})",
            alternation(_PERIOD_TERMS["period_word"]),
            r"近[两二三四六七八九十]年",
            r"(?:19|20)[0-9]{2}年以来",
            P.PLAN_NUMBER,
        )
    )
)
# a sentence's first clause that is nothing but a period (五年间，…; 过去五年，…; 两年来，…)
_PERIOD_ONLY = re.compile(
    rf"\s*(?:{alternation(_PERIOD_TERMS['period_only_lead'])})?(?:{_PERIOD_WORDS.pattern})"
    rf"(?:{alternation(_PERIOD_TERMS['period_only_tail'])})?\s*"
)
# a clause ending so names the level reached (提高到, 增加至, 达): the figure after it is a level
_TO_LEVEL = grouped_words("period_review.tsv")["to_level"]
# what ends the clause a base year or 累计 applies to (clause delimiters all: ``DocIndex.after_last_of``)
_CLAUSE_ENDS = "，,；;：:。！？!?\n"
_CLAUSE_END = re.compile("[" + re.escape(_CLAUSE_ENDS) + "]")
if not set(_CLAUSE_ENDS) <= set(P.CLAUSE_DELIMITERS):
    raise ImportError("every clause end must be a clause delimiter (DocIndex.after_last_of reads their offsets)")
# how far into a paragraph a period word sets the scene for all its sentences (五年来，…)
_PERIOD_LEAD = 40
# a 政府工作报告 paragraph opening the review of the five-year period (过去五年, “十四五”时期是…) ...
_REVIEW_WORDS = grouped_words("period_review.tsv")
_PERIOD_OPEN = re.compile(
    rf"{alternation(_REVIEW_WORDS['period_open'])}|“{P.PLAN_NUMBER}”(?:{alternation(_REVIEW_WORDS['plan_open_after'])})"
    rf"|(?:{alternation(_REVIEW_WORDS['plan_open_before'])})“?{P.PLAN_NUMBER}"
)
# ... or of the last year (刚刚过去的2025年, 过去一年, 这一年): the scope runs until the other
# opens or a top-level section starts
_YEAR_OPEN = re.compile(
    rf"{alternation(_REVIEW_WORDS['year_open'])}|{P.YEAR_LIKE}年(?:{alternation(_REVIEW_WORDS['year_open_after'])})"
)
# how far into a paragraph the scope words are looked for (各位代表！“十四五”时期是…): where they start (各位代表！2025年
# 主要目标任务的完成，标志着“十四五”规划顺利收官。回望过去五年，…)
_OPEN_LEAD = 40
_OPEN_WIDTH = 8  # the longest open word, read past the lead
# words of the five-year review (analyzer/data/period_review.tsv): flows and what was done over the period, a rate's
# or a plan's name, a level
_GOAL_HEADING, _REVIEW_HEADING = (re.compile(alternation(_REVIEW_WORDS[g])) for g in ("goal_heading", "review_heading"))
_FLOW_WORDS, _DONE_WORDS, _RATE_NAME, _PLAN_NAME, _LEVEL_WORDS = (
    re.compile(alternation(_REVIEW_WORDS[group])) for group in ("flow", "done", "rate_name", "plan_name", "level")
)
# an id's label naming new ones (新建充电桩数) ...; 每年 before the figure makes it a year's (每年城镇新增就业60万人)
_FLOW_LABEL = re.compile(alternation(_REVIEW_WORDS["flow_label"]))
_EACH_YEAR = re.compile(r"每年")
# a done verb opening the figure's clause, after the words that leave it the opening (共办理…, 全省建设…)
_DONE_LEAD = re.compile(
    rf"\s*(?:(?:{alternation(_REVIEW_WORDS['lead_skip'])})\s*)*(?:{alternation(_REVIEW_WORDS['done_lead'])})"
)
# a year written before the figure in its sentence, or a change on the year before: the figure is one year's
# (去年居民消费价格比上年上涨4.8% in a five-year review)
# (not a comparison's base: 每千人口托位数较2020年翻两番，新增床位6639张 in a five-year review)
# (19xx and 20xx apart, each look-behind after its first digit: ``re`` skips text to the first characters of
# alternatives that open with one)
_EXPLICIT_YEAR = re.compile(
    r"1(?<![比较与同是]1)9[0-9]{2}年|2(?<![比较与同是]2)0[0-9]{2}年|去年|过去(?:的)?一年|比上年|较上年|同比"
)
# words that make a clause about one year, whatever period it names
_ONE_YEAR = re.compile(r"去年|过去(?:的)?一年|比上年|较上年|同比|当年|全年")
# the year words that name the year a 政府工作报告 reviews (去年, 过去一年): a figure after them is a result,
# even in the report's section on the coming year (2011年的工作: 过去一年，…国内生产总值增长10.3%)
_PAST_YEAR_WORDS = frozenset(_REVIEW_WORDS["past_year"])
_PAST_YEAR_LEAD = regex.compile(r"\s*(?:去年|过去(?:的)?一年)")
# a section heading about a five-year plan (“十三五”时期主要目标任务, 今后五年): its targets without a year
# are the plan's, of no single year
# (not one naming the coming year too: “十五五”时期目标任务和2026年工作安排, 推动“十五五”开好局)
_PLAN_HEADING = re.compile(
    r"十[一二三四五]?五”?(?:时期|规划|期间|发展|主要|目标|经济社会)|五个五年规划|今后五年|未来五年"
)
_YEAR_HEADING = re.compile(r"(?:19|20)[0-9]{2}年|今年|明年")


class DocIndex:
    """Everything about a text that extraction looks up per figure, computed in one pass each."""

    def __init__(self, text: str, meta: Meta, top_starts: tuple[int, ...] = ()) -> None:
        self.text = text
        self.meta = meta
        self._period_spans = _period_scopes(text, meta, top_starts)
        matches = list(P.year_re().finditer(text))
        years = [(m.end(), _year_value(m, meta), bool(m.group("year"))) for m in matches]
        self._year_ends = [e for e, _, _ in years]
        self._year_values = [v for _, v, _ in years]
        self._year_explicit = [x for _, _, x in years]
        self._year_plan = [bool(m.group("plan")) and not m.group("year") for m in matches]
        self._year_past = [m.group("rel") in _PAST_YEAR_WORDS and meta.genre is Genre.GOV_WORK_REPORT for m in matches]
        self._target_ends = [m.end() for m in _TARGET_WORDS.finditer(text) if _is_goal(m, meta)]
        self._cue_at: tuple[int, int | None] = (-1, None)  # the last offset asked about and its cue
        # the offsets of line, sentence and clause ends: a start is one bisection away, no scan of the text
        self._lines, self._sentences, self._clauses = offsets_of_each(
            text, "\n", P.SENTENCE_DELIMITERS, P.CLAUSE_DELIMITERS
        )

    def paragraph_start(self, pos: int) -> int:
        return after_last(self._lines, pos, max(0, pos - MAX_LOOKBACK))

    def sentence_start(self, pos: int) -> int:
        return after_last(self._sentences, pos, max(0, pos - MAX_LOOKBACK))

    def after_last_of(self, chars: str, pos: int, lo: int) -> int:
        """For characters among the clause delimiters: the offset after the last of ``chars`` in
        ``[lo, pos)``, else ``lo`` (the clause ends' offsets walked back, no scan of the text)."""
        offsets, text = self._clauses, self.text
        i = bisect.bisect_left(offsets, pos) - 1
        while i >= 0 and offsets[i] >= lo:
            if text[offsets[i]] in chars:
                return offsets[i] + 1
            i -= 1
        return lo

    def line_start(self, pos: int) -> int:
        """Where the line holding ``pos`` starts (after the last line break before it, back to the text's start)."""
        return after_last(self._lines, pos, 0)

    def item_start(self, pos: int, breaks: str) -> int:
        """After the last sentence end or character of ``breaks`` before ``pos`` (back to the text's start): the
        sentence's end found by bisection, ``breaks`` looked for inside the sentence only."""
        start = after_last(self._sentences, pos, 0)
        return max(start, max([self.text.rfind(c, start, pos) for c in breaks]) + 1)

    def clause_start(self, pos: int, limit: int) -> int:
        return after_last(self._clauses, pos, max(0, pos - limit))

    def year_cue(self, pos: int) -> int | None:
        """The year named nearest before ``pos``: 2024年 in its sentence, 今年/“十四五” in its paragraph."""
        i = self._cue_index(pos)
        return None if i is None else self._year_values[i]

    def plan_cue(self, pos: int) -> bool:
        """Whether the year cue of ``pos`` is a plan period (“十二五”) and no single year is named before it
        in its paragraph (2021年是“十四五”开局之年 names one)."""
        i = self._cue_index(pos)
        if i is None or not self._year_plan[i]:
            return False
        para = self.paragraph_start(pos)
        j = i - 1
        while j >= 0 and self._year_ends[j] > para:
            if not self._year_plan[j]:
                return False
            j -= 1
        return True

    def _cue_index(self, pos: int) -> int | None:
        # asked three or four times per figure (year, basis, plan, past), always about the figure at hand
        if self._cue_at[0] == pos:
            return self._cue_at[1]
        found = self._find_cue(pos)
        self._cue_at = (pos, found)
        return found

    def _find_cue(self, pos: int) -> int | None:
        i = bisect.bisect_right(self._year_ends, pos) - 1
        para = self.paragraph_start(pos)
        sent = None
        while i >= 0 and self._year_ends[i] > para:
            if self._year_explicit[i]:
                # 其余3件结转至2025年。自然人申请56件: a year in an earlier sentence says nothing
                sent = self.sentence_start(pos) if sent is None else sent
                if self._year_ends[i] <= sent:
                    i -= 1
                    continue
            return i
        return None

    def cue_is_past_word(self, pos: int) -> bool:
        """Whether the year cue of ``pos`` is 去年/过去一年 (of a 政府工作报告)."""
        i = self._cue_index(pos)
        return i is not None and self._year_past[i]

    def past_year_cue(self, pos: int) -> bool:
        """Whether the year cue of ``pos`` is 去年/过去一年 of a 政府工作报告 in its sentence, or opening the
        sentence before (过去一年，我们…。国内生产总值增长10.3%), with no target word between it and ``pos``."""
        i = self._cue_index(pos)
        if i is None or not self._year_past[i]:
            return False
        sent = self.sentence_start(pos)
        end = self._year_ends[i]
        if end <= sent:  # in an earlier sentence: only when it opens the one right before
            prev = self.sentence_start(sent - 1) if sent > 0 else 0
            if end <= prev or not _PAST_YEAR_LEAD.match(self.text, prev, end):
                return False
        j = bisect.bisect_right(self._target_ends, pos) - 1
        return j < 0 or self._target_ends[j] <= min(sent, self.sentence_start(end - 1))

    def in_period_review(self, pos: int) -> bool:
        """Whether ``pos`` is in the five-year review of a 政府工作报告 (过去五年，… until 过去一年，…)."""
        i = bisect.bisect_right(self._period_spans, (pos, len(self.text))) - 1
        return i >= 0 and self._period_spans[i][0] <= pos < self._period_spans[i][1]

    def target_word_before(self, pos: int) -> bool:
        i = bisect.bisect_right(self._target_ends, pos) - 1
        return i >= 0 and self._target_ends[i] > self.paragraph_start(pos)


def _period_scopes(text: str, meta: Meta, top_starts: tuple[int, ...]) -> list[tuple[int, int]]:
    """Spans of a 政府工作报告 that review the five-year period, in one pass over its paragraphs."""
    if meta.genre is not Genre.GOV_WORK_REPORT:
        return []
    tops = sorted(top_starts)
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    t = 0
    pos = 0
    while pos <= len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        while t < len(tops) and tops[t] <= pos:
            if open_at is not None:  # a top-level section ends the scope
                spans.append((open_at, tops[t]))
                open_at = None
            t += 1
        head = text[pos : min(end, pos + _OPEN_LEAD)]
        period = _PERIOD_OPEN.search(text[pos : min(end, pos + _OPEN_LEAD + _OPEN_WIDTH)])
        period_open = period is not None and period.start() < _OPEN_LEAD
        if open_at is None and period_open:
            open_at = pos
        elif open_at is not None and _YEAR_OPEN.search(head) and not period_open:
            spans.append((open_at, pos))
            open_at = None
        pos = end + 1
    if open_at is not None:
        spans.append((open_at, len(text)))
    return spans


def _is_goal(m: re.Match[str], meta: Meta) -> bool:
    """A target word, unless it is 到YYYY年 for a year the report already reviews."""
    to = m.group("to")
    return to is None or meta.year is None or int(to) > meta.year


def _relative_year(word: str, meta: Meta) -> int | None:
    if meta.year is None:
        return None
    # a 政府工作报告 is delivered in the year after the one it reviews (meta.year)
    now = meta.year + 1 if meta.genre is Genre.GOV_WORK_REPORT else meta.year
    return {"今年": now, "明年": now + 1, "下一年": meta.year + 1, "次年": meta.year + 1}.get(word, now - 1)


def _year_value(m: regex.Match[str], meta: Meta) -> int | None:
    if m.group("end"):
        return int(m.group("end"))
    if m.group("year"):
        y = m.group("year")
        if y.isdigit():
            return int(y)
        return int(parse_number(y).exact)  # 二〇二四 digit by digit
    if m.group("plan"):
        return P.PLAN_PERIOD_END[m.group("plan")]
    return _relative_year(m.group("rel"), meta)


# 从/由 right before a figure and 到/至 after it: the figure is the level a change starts from (从47.5%提高到51.5%)
_FROM_OPEN = _REVIEW_WORDS["from_open"]
_FROM_TO = re.compile(r"[^，,；;。]{0,8}?(?:到|至)")


def is_from_value(text: str, fig_end: int, clause: str) -> bool:
    """Whether a figure ending at ``fig_end`` (its ``clause`` before it) is the from-value of a 从…到… change."""
    return clause.endswith(_FROM_OPEN) and _FROM_TO.match(text, fig_end) is not None


def find_basis(
    doc: DocIndex,
    pos: int,
    clause: str,
    category: str | None,
    cue: int | None,
    plan_goals: bool = False,
    from_value: bool = False,
) -> Basis:
    """actual / target / period_average for a figure at ``pos`` whose clause is ``clause``; ``plan_goals``: under a
    heading setting a five-year plan's targets (taken as the category when no classifier gave one); ``from_value``:
    the figure is where a 从…到… change starts (``is_from_value``)."""
    if _AVERAGE_WORDS.search(_AVERAGE_NAME.sub("", clause)):
        return Basis.PERIOD_AVERAGE
    if cue is not None and doc.meta.year is not None and cue <= doc.meta.year and doc.past_year_cue(pos):
        return Basis.ACTUAL  # 过去一年，…国内生产总值增长10.3% at the head of the coming year's section
    if (category in TARGET_CATEGORIES or plan_goals) and cue is None and from_value and not doc.in_period_review(pos):
        # 城镇化率从47.5%提高到51.5% among the targets: the level the target starts from (not in a five-year review,
        # where the change starts five years back: 国内生产总值从不到70万亿元增加到超过100万亿元)
        return Basis.ACTUAL
    if category in TARGET_CATEGORIES:
        return Basis.TARGET
    if category is None and plan_goals and (cue is None or (doc.meta.year is not None and cue > doc.meta.year)):
        return Basis.TARGET  # “十三五”时期主要目标任务: 实现城镇新增就业5000万人以上 (no goal word) is the plan's
    if category in GOV_FUTURE_CATEGORIES and doc.meta.genre is Genre.GOV_WORK_REPORT and cue is None:
        return Basis.TARGET
    if cue is not None and doc.meta.year is not None and cue > doc.meta.year:
        return Basis.TARGET  # 今年 in a 政府工作报告, 2025年 in the plans of a 2024 report
    if doc.target_word_before(pos):
        return Basis.TARGET
    return Basis.ACTUAL


def is_multi_year(
    doc: DocIndex, pos: int, cue: int | None, basis: Basis, phrase: str = "", change: bool = False
) -> bool:
    """Whether a figure is a change or total over several years, not one year's figure.

    2005年与2000年相比，国内生产总值增长57.3% and “十四五”时期累计新增城镇就业… are
    results, but of no single year: ``extract_metrics`` gives them no year and no
    indicator, so a corpus or a check never compares them with a one-year figure.
    Only results: multi-year means (年均) stay ``period_average`` and goals ``target``,
    each with its year.
    """
    if basis is not Basis.ACTUAL:
        return False  # a goal names its year (2035年…比2020年翻一番); a mean its period's end
    text = doc.text
    sent = doc.sentence_start(pos)
    # the figure's clause; 、 does not end it (累计完成棚户区改造X户、老旧小区改造Y户)
    clause = text[doc.after_last_of(_CLAUSE_ENDS, pos, sent) : pos]
    ref = cue if cue is not None else doc.meta.year
    for m in itertools.chain(_BASE_YEAR.finditer(clause), _BASE_YEAR_SCENE.finditer(text, sent, pos)):
        if m.group("plan") or ref is None or int(m.group("base")) < ref - 1:
            return True
    # 过去五年…城镇新增就业603.7万人 / …增长27%: a flow or a change over the period
    # (a level such as 生产总值6.66万亿元 is the period's last year's); 新增A 5户、B 1003户:
    # the list's 新增 is B's too
    in_review = doc.in_period_review(pos) and not _EXPLICIT_YEAR.search(text, sent, pos)
    done = not _RATE_NAME.search(phrase)  # 生活污水治理率…87.5%: a rate is a level, not what was done
    flow = bool(_FLOW_WORDS.search(phrase) or (done and _DONE_WORDS.search(phrase)))
    # 新增A 5户、B 1003户 in a review: the list's 新增 is B's too (not when the list names a level)
    list_flow = bool(_FLOW_WORDS.search(clause) or (done and _DONE_WORDS.search(clause))) and not _LEVEL_WORDS.search(
        clause
    )
    # 提请审议地方性法规43件, 办理人大代表建议…件、政协提案…件 in the review: what was done over the period, the verb
    # opening the clause (not a level: 建设…累计达到…)
    if in_review and (
        change
        or flow
        or list_flow
        or (done and _DONE_LEAD.match(clause) is not None and not _LEVEL_WORDS.search(clause))
    ):
        return True
    # 五年建成农村公路1.67万公里 in the review: a period named in the figure's own clause, and no level or rate
    # (not a plan's name: “十四五”规划共设置26项指标; not a level, its word in the figure too: …、突破10万亿元)
    if (
        in_review
        and done
        and _PERIOD_WORDS.search(clause)
        and not _LEVEL_WORDS.search(clause)
        and not _PLAN_NAME.search(clause)
        and not _LEVEL_WORDS.match(text, pos)
    ):
        return True
    # 五年全国新增城镇就业5100万人: a flow over the period its clause names (not 去年纳税…)
    if (flow or list_flow) and _PERIOD_WORDS.search(clause) and not _ONE_YEAR.search(clause):
        return True
    # 五年新增电力装机3.5亿千瓦，…；新增公路19.2万公里: the period and a flow open the sentence, its other
    # flows are the period's too
    if (flow or list_flow) and not _ONE_YEAR.search(text, sent, pos):
        cs = pos - len(clause)  # the clauses before the figure's; the sentence's first of them
        end = _CLAUSE_END.search(text, sent, cs)
        head = text[sent : end.start() if end else cs]
        if head and _PERIOD_WORDS.search(head) and _FLOW_WORDS.search(head) and not _LEVEL_WORDS.search(head):
            return True
    # 五年间，国务院提出法律议案50件，颁布行政法规150件 in the review: a sentence opened by the period alone, what its
    # clauses count is the period's (not a level: …达到…, 提高到…; not a rate: done)
    if in_review and done and not _ONE_YEAR.search(text, sent, pos) and not _LEVEL_WORDS.search(clause):
        cs = pos - len(clause)
        end = _CLAUSE_END.search(text, sent, cs)
        head = text[sent : end.start() if end else cs]
        if head and _PERIOD_ONLY.fullmatch(head) and not clause.rstrip().endswith(_TO_LEVEL):
            return True
    # “十二五”规划…全面完成。…城镇新增就业人数超过6400万人: a flow whose only year is a plan period (a change
    # there may be the last year's: 2026 reports review “十四五” and 2025 together)
    if flow and cue is not None and doc.plan_cue(pos) and not _EXPLICIT_YEAR.search(text, sent, pos):
        return True
    cs = pos - len(clause)
    # 近三年累计，单位…能耗下降10.08%，化学需氧量…减少6.61%: a sentence opened by a period's total alone, what its clauses
    # count or change is the period's (not a level: …达到…)
    end = _CLAUSE_END.search(text, sent, cs)
    head = text[sent : end.start() if end else cs]
    if (
        head
        and _CUMULATIVE.search(head)
        and _PERIOD_ONLY.fullmatch(head)
        and not _ONE_YEAR.search(text, sent, pos)
        and not _LEVEL_WORDS.search(clause)
    ):
        return True
    # 五年累计，共淘汰…: 累计 closes the clause before
    if _CUMULATIVE.search(clause) or text[max(sent, cs - 3) : cs].rstrip("，,").endswith("累计"):
        para = doc.paragraph_start(pos)
        lead = text[para : min(pos, para + _PERIOD_LEAD)]
        return bool(_PERIOD_WORDS.search(text[sent:pos]) or _PERIOD_WORDS.search(lead))
    return False


def is_review_flow(doc: DocIndex, pos: int, clause: str, label: str) -> bool:
    """Whether a figure under an id of new ones (``flow_label`` of ``period_review.tsv`` in its ``label``) is the
    five-year review's flow: in the review of a 政府工作报告, no year or one-year word before it in its paragraph (nor
    每年) and no level named in its clause (增设电动汽车充电桩3.2万个, 城镇保障性安居工程住房建设4013万套 in the review
    are the period's; 2025年新增就业32.7万人, 每年城镇新增就业60万人 a year's)."""
    if not _FLOW_LABEL.search(label) or not doc.in_period_review(pos):
        return False
    para = doc.paragraph_start(pos)
    text = doc.text
    return not (
        _EXPLICIT_YEAR.search(text, para, pos)
        or _ONE_YEAR.search(text, para, pos)
        or _EACH_YEAR.search(text, para, pos)
        or _LEVEL_WORDS.search(clause)
    )


def names_a_level(clause: str) -> bool:
    """Whether a figure's clause names a level reached (达到, 突破, 总数 …: ``level`` of ``period_review.tsv``), not a
    flow: 高标准农田达到3050万亩 is the stock at the period's end."""
    return _LEVEL_WORDS.search(clause) is not None


def is_plan_heading(heading: str) -> bool:
    """Whether a section heading is about a five-year plan (“十四五”时期主要目标任务)."""
    return bool(_PLAN_HEADING.search(heading)) and not _YEAR_HEADING.search(heading)


def find_year(cue: int | None, meta: Meta, basis: Basis, plan_section: bool = False) -> int | None:
    """The year a figure is about: the named one, else the report's (the next one for targets).

    A target without a year in a section on a five-year plan (``plan_section``) is the plan's: None
    (实现城镇新增就业5000万人以上 under “十三五”时期主要目标任务 is no target of the coming year).
    """
    if cue is not None:
        return cue
    if meta.year is None or (plan_section and basis is Basis.TARGET):
        return None
    return meta.year + 1 if basis is Basis.TARGET else meta.year


@dataclass(frozen=True)
class SectionIndex:
    """Innermost section at an offset, in O(log n) per lookup."""

    sections: tuple[Section, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", [s.start for s in self.sections])
        # the few sections about a five-year plan (under_plan_heading asks about them for every figure)
        plans = tuple((s.start, s.end) for s in self.sections if s.level >= 1 and is_plan_heading(s.heading))
        object.__setattr__(self, "_plans", plans)
        # ... and those of them that set the plan's targets and review nothing (goal_heading, review_heading)
        goals = tuple(
            (s.start, s.end)
            for s in self.sections
            if s.level >= 1
            and is_plan_heading(s.heading)
            and _GOAL_HEADING.search(s.heading)
            and not _REVIEW_HEADING.search(s.heading)
        )
        object.__setattr__(self, "_plan_goals", goals)

    def at(self, pos: int) -> Section | None:
        # nested sections start after their parents, so the last-starting section
        # that contains pos is the innermost one
        starts: list[int] = self._starts  # type: ignore[attr-defined]
        i = bisect.bisect_right(starts, pos) - 1
        while i >= 0:
            s = self.sections[i]
            if s.start <= pos < s.end:
                return s
            i -= 1
        return None

    def under_plan_goals(self, pos: int) -> bool:
        """Whether a section containing ``pos`` sets a five-year plan's targets (“十三五”时期主要目标任务), no review."""
        goals: tuple[tuple[int, int], ...] = self._plan_goals  # type: ignore[attr-defined]
        return bool(goals) and any(start <= pos < end for start, end in goals)

    def under_plan_heading(self, pos: int) -> bool:
        """Whether a section containing ``pos`` (the innermost or one around it) is about a five-year plan."""
        plans: tuple[tuple[int, int], ...] = self._plans  # type: ignore[attr-defined]
        return bool(plans) and any(start <= pos < end for start, end in plans)
