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
    r"预期目标|主要目标是|目标是|目标为|目标:|目标：|力争|争取|预期增长|确保|计划到|拟|到(?:19|20)[0-9]{2}年(?:底|末)?"
)
# words right before a figure that make it a multi-year mean
_AVERAGE_WORDS = regex.compile(r"年均|平均每年|年平均|每年平均")


class Marks:
    """Sorted offsets of one kind of mark in a text, for "the last one before pos" in O(log n)."""

    def __init__(self, positions: list[int]) -> None:
        self.positions = positions

    @classmethod
    def of_chars(cls, text: str, chars: str) -> Marks:
        pattern = regex.compile("[" + regex.escape(chars) + "]")
        return cls([m.end() for m in pattern.finditer(text)])

    def last_before(self, pos: int, default: int = 0) -> int:
        """The largest mark <= pos, else ``default``."""
        i = bisect.bisect_right(self.positions, pos) - 1
        return self.positions[i] if i >= 0 else default


class DocIndex:
    """Everything about a text that extraction looks up per figure, computed in one pass each."""

    def __init__(self, text: str, meta: Meta) -> None:
        self.text = text
        self.meta = meta
        self.paragraphs = Marks.of_chars(text, "\n")
        self.sentences = Marks.of_chars(text, P.SENTENCE_DELIMITERS)
        self.clauses = Marks.of_chars(text, P.CLAUSE_DELIMITERS)
        years = [(m.end(), _year_value(m, meta)) for m in P.year_re().finditer(text)]
        self._year_ends = [e for e, _ in years]
        self._year_values = [v for _, v in years]
        self.targets = Marks([m.end() for m in _TARGET_WORDS.finditer(text)])

    def paragraph_start(self, pos: int) -> int:
        return max(self.paragraphs.last_before(pos), pos - MAX_LOOKBACK, 0)

    def sentence_start(self, pos: int) -> int:
        return max(self.sentences.last_before(pos), pos - MAX_LOOKBACK, 0)

    def clause_start(self, pos: int, limit: int) -> int:
        return max(self.clauses.last_before(pos), pos - limit, 0)

    def year_cue(self, pos: int) -> int | None:
        """The year named nearest before ``pos`` in its paragraph, if any."""
        i = bisect.bisect_right(self._year_ends, pos) - 1
        if i >= 0 and self._year_ends[i] > self.paragraph_start(pos):
            return self._year_values[i]
        return None

    def target_word_before(self, pos: int) -> bool:
        return self.targets.last_before(pos, -1) > self.paragraph_start(pos)


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
