"""What the text around a figure says about it: year, basis and section.

- year: the nearest year named before the figure in its sentence, else in its
  paragraph (2024年, 二〇二四年, “十四五” -> 2025, 今年/去年 relative to the
  report), else the report's year (the next year for targets); None when unknown.
- basis: ``period_average`` for 年均/平均每年; ``target`` for a figure after a target
  word (预期目标是, 力争, 目标为 …) or in a targets/plans/tasks section; else ``actual``.
- section: the id of the innermost section containing the figure.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

import regex

from ..types import Basis, Genre, Meta, Section
from . import patterns as P

# section categories whose figures are goals, not results
TARGET_CATEGORIES = frozenset({"targets", "plans", "tasks"})
# how far back the year and target words are looked for
MAX_LOOKBACK = 400
# words that make the figures after them (in the same paragraph) goals
_TARGET_WORDS = regex.compile(
    r"(?=[预主目力计到拟])(?:预期目标|主要目标是|目标是|目标为|目标:|目标：|力争|预期增长|计划到|到(?:19|20)[0-9]{2}年(?:底|末)?"
    r"|拟(?:安排|发行|按|新增|建设|实施|投资|下达|提高))"
)
# words right before a figure that make it a multi-year mean
_AVERAGE_WORDS = regex.compile(r"年均|平均每年|年平均|每年平均")


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

    def __init__(self, text: str, meta: Meta) -> None:
        self.text = text
        self.meta = meta
        years = [(m.end(), _year_value(m, meta), bool(m.group("year"))) for m in P.year_re().finditer(text)]
        self._year_ends = [e for e, _, _ in years]
        self._year_values = [v for _, v, _ in years]
        self._year_explicit = [x for _, _, x in years]
        self._target_ends = [m.end() for m in _TARGET_WORDS.finditer(text)]

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

    def target_word_before(self, pos: int) -> bool:
        i = bisect.bisect_right(self._target_ends, pos) - 1
        return i >= 0 and self._target_ends[i] > self.paragraph_start(pos)


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
        return int("".join(str("〇一二三四五六七八九".index(c) if c in "〇一二三四五六七八九" else 0) for c in y))
    if m.group("plan"):
        return P.PLAN_PERIOD_END[m.group("plan")]
    return _relative_year(m.group("rel"), meta)


def find_basis(doc: DocIndex, pos: int, clause: str, category: str | None, cue: int | None) -> Basis:
    """actual / target / period_average for a figure at ``pos`` whose clause is ``clause``."""
    if _AVERAGE_WORDS.search(clause):
        return Basis.PERIOD_AVERAGE
    if category in TARGET_CATEGORIES:
        return Basis.TARGET
    if cue is not None and doc.meta.year is not None and cue > doc.meta.year:
        return Basis.TARGET  # 今年 in a 政府工作报告, 2025年 in the plans of a 2024 report
    if doc.target_word_before(pos):
        return Basis.TARGET
    return Basis.ACTUAL


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
