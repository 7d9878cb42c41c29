"""Text structure the relations are read from: sentences, clauses, labels.

A *sentence* ends at 。！？ or a line break; a *clause* also ends at ，；、：.
The *label* of a figure is the text of its clause before the number (受理行政
复议案件 for 29件).  ``marked`` rewrites a sentence with one placeholder per
figure (``⟨3⟩``) so relation patterns can be written as small regexes over the
words between figures.
"""

from __future__ import annotations

import bisect
import functools
import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from .. import data
from ..cache import by_identity
from ..fastinit import fast_init
from ..offsets import offsets_of
from ..types import Report
from .mentions import Mention, mentions, starting_in

# no figure (number, multiplier, unit, qualifier) is longer than this: bounds look-backs
_LONGEST_FIGURE = 64

# ends a sentence
SENTENCE_END = "。！？!?\n"
# ends a clause (and a sentence)
CLAUSE_END = SENTENCE_END + "，,；;、：:（）()"
# ends a clause, reading through brackets: 纠错（含撤销、确认违法）29件 is named by 纠错
CLAUSE_END_OUTSIDE_BRACKETS = SENTENCE_END + "，,；;：:"
_WORDS = data.grouped_words("check_words.tsv")
# verbs and fillers between a name and its figure (纠错率为58.6% → 纠错率)
_LINK_WORDS = re.compile(rf"(?:分别)?(?:{data.alternation(_WORDS['link_verb'])})+$")
# a placeholder in a marked sentence
PLACEHOLDER = re.compile(r"⟨(\d+)⟩")


@functools.lru_cache(maxsize=1)
def _t2s():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=4096)
def simplified(words: str) -> str:
    """``words`` in simplified characters (mirror sites carry 糾錯率, 審結)."""
    try:
        words.encode("gb2312")  # GB2312 holds simplified characters only: nothing to convert (the usual case)
        return words
    except UnicodeEncodeError:
        return _t2s().convert(words)


@by_identity(maxsize=4)
def _offsets_by_stops(text: str) -> dict[str, array[int]]:
    """The stop offsets of ``text`` found so far, by stop characters (filled by ``_stop_offsets``)."""
    return {}


def _stop_offsets(text: str, stops: str) -> array[int]:
    """The offsets of every character of ``stops`` in ``text``, ascending (one pass per text).

    Machine integers (8 bytes each, not a 36-byte int object): a 50 MB text has millions of clause ends.
    """
    global _LAST
    last = _LAST  # one read: another thread may replace it
    if last[0] is text:
        known = last[1]
    else:
        known = _offsets_by_stops(text)
        _LAST = (text, known)
    found = known.get(stops)
    if found is None:
        found = known[stops] = offsets_of(text, stops)
    return found


# the text asked about last and its offsets: the linkers ask about one report's text tens of thousands of times
_LAST: tuple[str | None, dict[str, array[int]]] = (None, {})


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """``[start, end)`` of the sentence around ``pos``."""
    if 0 <= pos <= len(text):
        last = _LAST  # the linkers' usual question: the same report's text as last time
        ends = last[1].get(SENTENCE_END) if last[0] is text else None
        if ends is None:
            ends = _stop_offsets(text, SENTENCE_END)
        i = bisect.bisect_left(ends, pos)
        return (ends[i - 1] + 1 if i else 0), (ends[i] if i < len(ends) else len(text))
    start = pos
    while start > 0 and text[start - 1] not in SENTENCE_END:
        start -= 1
    end = pos
    while end < len(text) and text[end] not in SENTENCE_END:
        end += 1
    return start, end


def paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    """``[start, end)`` of the line around ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end == -1 else end


def clause_start(text: str, pos: int, stops: str = CLAUSE_END) -> int:
    if 0 <= pos <= len(text):
        last = _LAST
        ends = last[1].get(stops) if last[0] is text else None
        if ends is None:
            ends = _stop_offsets(text, stops)
        i = bisect.bisect_left(ends, pos)
        return ends[i - 1] + 1 if i else 0
    start = pos
    while start > 0 and text[start - 1] not in stops:
        start -= 1
    return start


def label(text: str, m: Mention, stops: str = CLAUSE_END) -> str:
    """The words of ``m``'s clause before the figure, without the linking verb."""
    raw = text[clause_start(text, m.start, stops) : m.start].strip()
    return _LINK_WORDS.sub("", raw)


def own_label(text: str, m: Mention, ms: Sequence[Mention], stops: str = CLAUSE_END) -> str:
    """Like ``label`` but starting after the previous figure of the clause (行政复议案件6件和行政诉讼案件3件 → 和行政诉讼案件)."""
    start = clause_start(text, m.start, stops)
    # only figures that start shortly before ``m`` can end inside its clause (no figure is that long)
    nearby = starting_in(ms, start - _LONGEST_FIGURE, m.start + 1) if isinstance(ms, tuple) else ms
    for other in nearby:
        if start <= other.end <= m.start and other is not m:
            start = other.end
    return _LINK_WORDS.sub("", text[start : m.start].strip())


def in_sentence(ms: Sequence[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in ms if start <= m.start and m.end <= end]


@fast_init  # (one per sentence with figures, per linker: see analyzer.fastinit)
@dataclass(frozen=True)
class Marked:
    """A sentence with its figures replaced by ``⟨i⟩`` placeholders."""

    text: str
    start: int
    mentions: tuple[Mention, ...]

    def mention(self, group: str | None) -> Mention | None:
        if group is None:
            return None
        return self.mentions[int(PLACEHOLDER.fullmatch(group).group(1))]  # type: ignore[union-attr]


def marked(text: str, start: int, end: int, ms: Iterable[Mention]) -> Marked:
    """The sentence ``[start, end)`` with each of its figures of ``ms`` as a placeholder.

    (Not cached: a big report's marked sentences held for all linkers cost more memory than the marking time.)"""
    return _mark(text, start, end, tuple(m for m in ms if start <= m.start and m.end <= end))


def _mark(text: str, start: int, end: int, inside: tuple[Mention, ...]) -> Marked:
    parts: list[str] = []
    pos = start
    for i, m in enumerate(inside):
        parts.append(text[pos : m.start])
        parts.append(f"⟨{i}⟩")
        pos = m.end
    parts.append(text[pos:end])
    return Marked("".join(parts), start, inside)


def sentences(text: str) -> Iterable[tuple[int, int]]:
    """Every sentence's ``[start, end)``, in order (empty ones skipped)."""
    start = 0
    for i, ch in enumerate(text):
        if ch in SENTENCE_END:
            if text[start:i].strip():
                yield start, i
            start = i + 1
    if text[start:].strip():
        yield start, len(text)


@by_identity(maxsize=8)
def _report_sentences(report: Report) -> tuple[tuple[tuple[int, int], tuple[Mention, ...]], ...]:
    return tuple((b, tuple(inside)) for b, inside in group_by_sentence(report.text, mentions(report)))


# a report up to this many characters keeps its marked sentences for all linkers (a dozen ask for them); a
# longer one marks them again for each, so that a huge text's checks hold no second copy of it
_KEEP_MARKED = 2_000_000


@by_identity(maxsize=8)
def _report_marked(report: Report) -> tuple[tuple[int, Marked], ...]:
    """Each sentence with figures: how many figures start in it, and the sentence marked."""
    text = report.text
    return tuple((len(inside), marked(text, s, e, inside)) for (s, e), inside in _report_sentences(report))


def marked_sentences(report: Report, least: int = 1) -> Iterator[Marked]:
    """Every sentence of ``report`` holding at least ``least`` figures, marked (grouped once per report)."""
    text = report.text
    if len(text) <= _KEEP_MARKED:
        for n, mk in _report_marked(report):
            if n >= least:
                yield mk
        return
    for (s, e), inside in _report_sentences(report):
        if len(inside) >= least:
            yield marked(text, s, e, inside)


def group_by_sentence(text: str, ms: Sequence[Mention]) -> list[tuple[tuple[int, int], list[Mention]]]:
    """The sentences that hold at least one figure, with their figures (``ms`` in text order)."""
    out: list[tuple[tuple[int, int], list[Mention]]] = []
    # the sentence of the previous figure holds the next one too when it starts before that sentence's end:
    # one bisection per sentence, not one per figure
    lo, hi = 0, -1
    for m in ms:
        if lo <= m.start < hi:
            out[-1][1].append(m)
            continue
        b = sentence_bounds(text, m.start)
        if out and out[-1][0] == b:
            out[-1][1].append(m)
        else:
            out.append((b, [m]))
        lo, hi = b
    return out
