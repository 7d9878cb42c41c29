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
  year: ``is_multi_year``.
- section: the id of the innermost section containing the figure.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from dataclasses import dataclass

import regex

from ..numbers import parse_number
from ..types import Basis, Genre, Meta, Section
from . import patterns as P

# section categories whose figures are goals, not results
TARGET_CATEGORIES = frozenset({"targets", "plans", "tasks"})
# how far back the year and target words are looked for
MAX_LOOKBACK = 400
# words that make the figures after them (in the same paragraph) goals
_TARGET_WORDS = regex.compile(
    r"(?=[预主目力计到拟])(?:预期目标|主要目标是|目标是|目标为|目标:|目标：|力争|预期增长|计划到"
    # 到2030年: a goal only when the year is after the report's (从2020年的…提高到2025年的… is a result)
    r"|(?<!提高|提升|增长|增加|上升|下降|降低|降至|减少|扩大|缩小|跃升|增至|达)到(?P<to>(?:19|20)[0-9]{2})年(?:底|末)?"
    r"|拟(?:安排|发行|按|新增|建设|实施|投资|下达|提高))"
)
# section categories of a 政府工作报告 about the coming year besides TARGET_CATEGORIES
# (加强政府自身建设: 一般性支出压减5%以上)
GOV_FUTURE_CATEGORIES = frozenset({"self_building"})
# words right before a figure that make it a multi-year mean
_AVERAGE_WORDS = regex.compile(r"年均|平均每年|年平均|每年平均")
# a comparison with a base year in the figure's clause (比2002年增长65.5%, 是1997年的2.3倍, 比“十三五”末)
_BASE_YEAR = regex.compile(
    r"(?:比|较|是|相当于)(?:(?P<base>(?:19|20)[0-9]{2})年|“?(?P<plan>十[一二三四五]?五)”?(?:末|期末|时期))"
)
# ... or set for the whole sentence (2005年与2000年相比，国内生产总值增长57.3%)
_BASE_YEAR_SCENE = regex.compile(
    r"(?:与|同)(?:(?P<base>(?:19|20)[0-9]{2})年|“?(?P<plan>十[一二三四五]?五)”?(?:末|期末|时期))(?:末|底)?相比"
)
# a total over several years: 累计 in the sentence ...
_CUMULATIVE = regex.compile(r"累计")
# ... about a period (五年来, “十四五”时期, 2021年以来; not 今年以来)
_PERIOD_WORDS = regex.compile(
    r"[0-9一二三四五六七八九十]+年(?:来|间|内|累计)|五年|(?:19|20)[0-9]{2}年以来|期间|时期|十[一二三四五]五"
)
# what ends the clause a base year or 累计 applies to
_CLAUSE_ENDS = "，,；;：:。！？!?\n"
# how far into a paragraph a period word sets the scene for all its sentences (五年来，…)
_PERIOD_LEAD = 40
# a 政府工作报告 paragraph opening the review of the five-year period (过去五年, “十四五”时期是…) ...
_PERIOD_OPEN = regex.compile(
    r"过去五年|过去的五年|五年来|这五年|五年间|“十[一二三四五]五”时期(?:是|，|,|以来)|回顾“?十[一二三四五]五"
)
# ... or of the last year (刚刚过去的2025年, 过去一年, 这一年): the scope runs until the other
# opens or a top-level section starts
_YEAR_OPEN = regex.compile(r"过去一年|刚刚过去的|这一年|一年来|(?:19|20)[0-9]{2}年(?:是|，|,)|今年以来")
# how far into a paragraph the scope words are looked for (各位代表！“十四五”时期是…)
_OPEN_LEAD = 16
# a figure in the five-year review that is a flow over the period (城镇新增就业603.7万人)
_FLOW_WORDS = regex.compile(r"新增|净增|累计|新建")
# a level named in a list after a flow (新增A 5个、总数达到B): the list is not all flows
_LEVEL_WORDS = regex.compile(r"达到|达|增至|总数|总量|突破|超过")
# a year written before the figure in its sentence: the figure is that year's
_EXPLICIT_YEAR = regex.compile(r"(?:19|20)[0-9]{2}年")


@functools.lru_cache(maxsize=8)
def _last_of(chars: str) -> regex.Pattern[str]:
    """A reverse search for the last of ``chars`` in a range (the regex module's (?r))."""
    return regex.compile("(?r)[" + regex.escape(chars) + "]")


def last_mark(text: str, chars: str, pos: int, limit: int) -> int:
    """Offset after the last of ``chars`` in [pos - limit, pos), else pos - limit (at least 0)."""
    lo = max(0, pos - limit)
    m = _last_of(chars).search(text, lo, pos)
    return m.end() if m else lo


class DocIndex:
    """Everything about a text that extraction looks up per figure, computed in one pass each."""

    def __init__(self, text: str, meta: Meta, top_starts: tuple[int, ...] = ()) -> None:
        self.text = text
        self.meta = meta
        self._period_spans = _period_scopes(text, meta, top_starts)
        years = [(m.end(), _year_value(m, meta), bool(m.group("year"))) for m in P.year_re().finditer(text)]
        self._year_ends = [e for e, _, _ in years]
        self._year_values = [v for _, v, _ in years]
        self._year_explicit = [x for _, _, x in years]
        self._target_ends = [m.end() for m in _TARGET_WORDS.finditer(text) if _is_goal(m, meta)]

    def paragraph_start(self, pos: int) -> int:
        return last_mark(self.text, "\n", pos, MAX_LOOKBACK)

    def sentence_start(self, pos: int) -> int:
        return last_mark(self.text, P.SENTENCE_DELIMITERS, pos, MAX_LOOKBACK)

    def clause_start(self, pos: int, limit: int) -> int:
        return last_mark(self.text, P.CLAUSE_DELIMITERS, pos, limit)

    def year_cue(self, pos: int) -> int | None:
        """The year named nearest before ``pos``: 2024年 in its sentence, 今年/“十四五” in its paragraph."""
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
            return self._year_values[i]
        return None

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
        if open_at is None and _PERIOD_OPEN.search(head):
            open_at = pos
        elif open_at is not None and _YEAR_OPEN.search(head) and not _PERIOD_OPEN.search(head):
            spans.append((open_at, pos))
            open_at = None
        pos = end + 1
    if open_at is not None:
        spans.append((open_at, len(text)))
    return spans


def _is_goal(m: regex.Match[str], meta: Meta) -> bool:
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


def find_basis(doc: DocIndex, pos: int, clause: str, category: str | None, cue: int | None) -> Basis:
    """actual / target / period_average for a figure at ``pos`` whose clause is ``clause``."""
    if _AVERAGE_WORDS.search(clause):
        return Basis.PERIOD_AVERAGE
    if category in TARGET_CATEGORIES:
        return Basis.TARGET
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
    clause = text[last_mark(text, _CLAUSE_ENDS, pos, pos - sent) : pos]
    ref = cue if cue is not None else doc.meta.year
    for m in itertools.chain(_BASE_YEAR.finditer(clause), _BASE_YEAR_SCENE.finditer(text, sent, pos)):
        if m.group("plan") or ref is None or int(m.group("base")) < ref - 1:
            return True
    # 过去五年…城镇新增就业603.7万人 / …增长27%: a flow or a change over the period
    # (a level such as 生产总值6.66万亿元 is the period's last year's); 新增A 5户、B 1003户:
    # the list's 新增 is B's too
    in_review = doc.in_period_review(pos) and not _EXPLICIT_YEAR.search(text, sent, pos)
    flow = _FLOW_WORDS.search(phrase) or (_FLOW_WORDS.search(clause) and not _LEVEL_WORDS.search(clause))
    if in_review and (change or flow):
        return True
    cs = pos - len(clause)
    # 五年累计，共淘汰…: 累计 closes the clause before
    if _CUMULATIVE.search(clause) or text[max(sent, cs - 3) : cs].rstrip("，,").endswith("累计"):
        para = doc.paragraph_start(pos)
        lead = text[para : min(pos, para + _PERIOD_LEAD)]
        return bool(_PERIOD_WORDS.search(text[sent:pos]) or _PERIOD_WORDS.search(lead))
    return False


def find_year(cue: int | None, meta: Meta, basis: Basis) -> int | None:
    """The year a figure is about: the named one, else the report's (the next one for targets)."""
    if cue is not None:
        return cue
    if meta.year is None:
        return None
    return meta.year + 1 if basis is Basis.TARGET else meta.year


@dataclass(frozen=True)
class SectionIndex:
    """Innermost section at an offset, in O(log n) per lookup."""

    sections: tuple[Section, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", [s.start for s in self.sections])

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
