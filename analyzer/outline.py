"""GB/T 9704 headings and the section tree.

Levels: 1 ``一、``, 2 ``（一）``, 3 ``1.``, 4 ``（1）`` (half-width brackets and ``1、`` too).
A heading starts a line (after any indentation).  It is either the whole line
(``（一）强化法治学习，树牢法治思维``) or runs into its paragraph
(``（一）协同优化政府职能。一是…``): then the title ends at the first 。 or ；.
Precision comes first, so a candidate is dropped when

- its title is too long for a heading (a numbered paragraph, not a heading),
- it sits in a table row (``a | b``) or the number is a decimal (``1.5万``, ``2. 0``),
- it is a ``1.``/``（1）`` that does not open with 1 under its parent (a stray number).

``一是…二是…`` never match: a heading label is followed by 、 . or a bracket.

Unnumbered level-1 heading lines (``“十四五”时期工作回顾``, ``2026年重点工作``) are taken
only before the first ``一、`` of their block, after the opening paragraph, when
they are short, carry no sentence punctuation and contain a word of
``analyzer/data/outline_terms.tsv``.  A line ``附件1`` (or 附表, 名词解释 …) starts a new
block: numbering restarts there, and ``Heading.block`` counts the blocks; a ``一、``
that restarts after ``三、`` without such a line starts a new block too.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from .data import grouped_words
from .fastinit import fast_init
from .ingest.trad import to_simplified
from .numbers import cn_int
from .types import Heading, Section

# Chinese numerals of a heading label (一 … 九十九)
_CN_NUM_CHARS = "一二三四五六七八九十〇零百"
_CN_NUM = rf"[{_CN_NUM_CHARS}]{{1,4}}"
# Arabic numerals of a heading label (1 … 99)
_AR_NUM = r"\d{1,2}"
# opening / closing bracket, full- or half-width
_OPEN_CHARS = "（("
_OPEN, _CLOSE = rf"[{_OPEN_CHARS}]", r"[）)]"
# level 1: 一、
_L1 = rf"(?P<label>{_CN_NUM})[、]"
# level 2: （一）
_L2 = rf"{_OPEN}(?P<label>{_CN_NUM}){_CLOSE}"
# level 3: 1. 1、 1．  but not a decimal 1.5 or "2. 0"
_L3 = rf"(?P<label>{_AR_NUM})(?:[.．、])(?!\s*\d)"
# level 4: （1）
_L4 = rf"{_OPEN}(?P<label>{_AR_NUM}){_CLOSE}"
_LEVEL_PATTERNS = ((1, re.compile(_L1)), (2, re.compile(_L2)), (3, re.compile(_L3)), (4, re.compile(_L4)))
# the characters a label of _LEVEL_PATTERNS starts with, besides a decimal digit (the \d of _AR_NUM)
_LABEL_FIRST = frozenset(_CN_NUM_CHARS + _OPEN_CHARS)
# where a run-in title ends
_TITLE_END = re.compile(r"[。；;！!？?]")
# sentence punctuation that an unnumbered heading line never has
_SENTENCE_PUNCT = re.compile(r"[。，,；;：:！!？?、]")
# an appendix line: 附件 / 附件1 / 附件一 / 附件2： (the word comes from the data file)
_APPENDIX_TAIL = rf"\s*(?:\d{{1,2}}|{_CN_NUM})?\s*[:：]?"
# a markdown heading marker before a heading label (## 一、总体情况)
_MARKDOWN = re.compile(r"#{1,6}[ \t\u3000]*")
# a cell of a table flattened one cell per line (0 |, |, 12, -)
_BARE_CELL = re.compile(r"[\d.,%％\s|｜\-—]*")
# a further heading label after a separator: the line lists headings (a table of contents)
_CONTENTS_LABEL = re.compile(rf"[,，;；\s](?:{_CN_NUM}、|{_OPEN}{_CN_NUM}{_CLOSE})")
# characters allowed around a line's content
_INDENT = " \t\u3000\u00a0"

# the longest title of a heading that is its whole line, and of a run-in one, by level
_MAX_LINE_TITLE = {1: 80, 2: 80, 3: 60, 4: 60}
_MAX_RUNIN_TITLE = {1: 60, 2: 60, 3: 40, 4: 40}
_MAX_UNNUMBERED = 30
_BODY_MIN = 40  # a line this long (or with 。) is a paragraph of body text

# the one Chinese-numeral reader of labels and counts (numbers.cn_int), under its old name here
cn_to_int = cn_int


@lru_cache(maxsize=1)
def _terms() -> tuple[tuple[str, ...], re.Pattern[str]]:
    groups = grouped_words("outline_terms.tsv")
    words = "|".join(map(re.escape, groups.get("appendix", ())))
    return groups.get("unnumbered", ()), re.compile(rf"(?:{words}){_APPENDIX_TAIL}")


@lru_cache(maxsize=1)
def _table_row_titles() -> tuple[str, ...]:
    return grouped_words("outline_terms.tsv").get("table_row", ())


@fast_init  # (built for every line of a report: see analyzer.fastinit)
@dataclass(frozen=True)
class _Line:
    start: int  # offset of the first non-blank character
    end: int  # offset after the last non-blank character
    text: str


def _lines(text: str) -> Iterator[_Line]:
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip(_INDENT)
        lead = len(raw) - len(raw.lstrip(_INDENT))
        marker = _MARKDOWN.match(stripped)
        if marker:  # "## 一、总体情况": the heading starts after the markdown marker
            lead += marker.end()
            stripped = stripped[marker.end() :]
        yield _Line(pos + lead, pos + lead + len(stripped), stripped)
        pos += len(raw) + 1


def _level_patterns(text: str) -> tuple[tuple[int, re.Pattern[str]], ...]:
    """The label patterns that may match at the start of ``text``: none when its first character starts no label
    (most lines: running text), which one look-up tells before four failed matches."""
    return _LEVEL_PATTERNS if text and (text[0] in _LABEL_FIRST or text[0].isdecimal()) else ()


def _is_table_row(line: _Line) -> bool:
    return "|" in line.text


def _is_bare_cell(line: _Line) -> bool:
    """A line of a table flattened one cell per line: only a number, a bar or a dash."""
    return bool(_BARE_CELL.fullmatch(line.text))


def _is_contents(line: _Line) -> bool:
    """A table of contents joined on one line: ``一、概述,(一)…,二、主动公开…,``."""
    return len(_CONTENTS_LABEL.findall(line.text)) >= 2


def _numbered(line: _Line) -> Heading | None:
    """A numbered heading at the start of this line, or None."""
    for level, pat in _level_patterns(line.text):
        m = pat.match(line.text)
        if not m:
            continue
        if _is_table_row(line) or _is_contents(line):
            return None
        rest = line.text[m.end() :]
        body = rest.lstrip(_INDENT)
        if not body or body[0] in "%％万亿倍个.．、）)":
            return None
        t_start = m.end() + (len(rest) - len(body))
        end_m = _TITLE_END.search(body)
        if end_m is None or end_m.end() == len(body):
            title = body[: end_m.start()] if end_m else body
            # a line that ends in 。 is a sentence: as long as a run-in title at most
            if len(title) > (_MAX_RUNIN_TITLE if end_m else _MAX_LINE_TITLE)[level]:
                return None
        else:
            title = body[: end_m.start()]
            if len(title) > _MAX_RUNIN_TITLE[level]:
                return None
        title = title.rstrip(_INDENT + ":：")
        if not title or title.startswith(_table_row_titles()):
            return None
        return Heading(
            level=level,
            label=m["label"],
            title=title,
            start=line.start,
            end=line.start + t_start + len(title),
        )
    return None


def _is_body(line: _Line) -> bool:
    return len(line.text) >= _BODY_MIN or "。" in line.text


def _unnumbered_ok(line: _Line) -> bool:
    words, _ = _terms()
    t = to_simplified(line.text)  # 工作回顧 in a traditional-character copy
    return (
        4 <= len(t) <= _MAX_UNNUMBERED
        and not _SENTENCE_PUNCT.search(t)
        and "报告" not in t
        and "|" not in t
        and any(w in t for w in words)
    )


def labels_written(text: str, start: int, end: int, level: int) -> set[int]:
    """The numbers of the ``level`` labels that open a line of ``text[start:end]``, heading or not (二、 opening a
    numbered paragraph too long to be a title is still the item 二)."""
    out: set[int] = set()
    for line in _lines(text[start:end]):
        for lv, pat in _level_patterns(line.text):
            m = pat.match(line.text)
            if lv == level and m:
                n = cn_to_int(m["label"])
                if n is not None:
                    out.add(n)
    return out


def _label_level(line: _Line) -> int | None:
    """The level of the label this line starts with, heading or not."""
    for level, pat in _level_patterns(line.text):
        if pat.match(line.text):
            return level
    return None


class _Runs:
    """The 1./（1） items under the current parent: a run where one item is too long to be a
    heading is a numbered list, not headings, and is dropped whole (so lists stay consistent)."""

    def __init__(self) -> None:
        self.members: dict[int, list[int]] = {3: [], 4: []}
        self.spoiled = {3: False, 4: False}
        self.opened = {3: False, 4: False}
        self.drop: set[int] = set()

    def close(self, *levels: int) -> None:
        for lv in levels:
            if self.spoiled[lv]:
                self.drop.update(self.members[lv])
            self.members[lv], self.spoiled[lv], self.opened[lv] = [], False, False


def _label_of(line: _Line) -> tuple[int, int, str] | None:
    """(level, number, text after the label) of the label this line starts with, heading or not."""
    for level, pat in _level_patterns(line.text):
        m = pat.match(line.text)
        if m:
            n = cn_int(m["label"])
            return (level, n, line.text[m.end() :].lstrip(_INDENT)) if n is not None else None
    return None


class _TableRows:
    """Rows of flattened tables that carry a heading label (一、本年新收… | 3 |, (一)予以公开).

    A numbered line is a row when it has a cell bar, a title of the template's rows, is followed
    by a bare cell or ends a text cut inside a table; and when it continues the numbers of the
    rows just seen at its level (（六）其他 after the row （五）不予处理) rather than those of the
    headings (四、 after the heading 三、 is a heading again).
    """

    def __init__(self) -> None:
        self.last_row: dict[int, int] = {}
        self.last_heading: dict[int, int] = {}

    def is_row(self, line: _Line, lines: list[_Line], i: int) -> bool:
        label = _label_of(line)
        if label is None:
            return False
        level, n, body = label
        row = (
            _is_table_row(line)
            or body.startswith(_table_row_titles())
            or _in_table(lines, i)
            or (n == self.last_row.get(level, -1) + 1 and n != self.last_heading.get(level, 0) + 1)
        )
        if row:
            self.last_row[level] = n
        return row

    def heading(self, level: int, n: int | None) -> None:
        self.last_heading[level] = n or 0
        for deeper in [lv for lv in (*self.last_row, *self.last_heading) if lv > level]:
            self.last_row.pop(deeper, None)
            self.last_heading.pop(deeper, None)


def find_headings(text: str) -> tuple[Heading, ...]:
    """The headings of ``text`` in document order (offsets into ``text``)."""
    _, appendix = _terms()
    lines = list(_lines(text))
    out: list[Heading] = []
    runs = _Runs()
    rows = _TableRows()
    restarts: list[int] = []  # where a 一、 restarted the numbering without an appendix line
    block = 0
    seen_body = False
    block_l1: list[int] = []  # numbers of the 一、 headings of the current block
    skip_to = -1
    for i, line in enumerate(lines):
        if not line.text or i <= skip_to:
            continue
        if appendix.fullmatch(line.text) and seen_body:
            block += 1
            block_l1 = []
            runs.close(3, 4)
            end, title = line.end, line.text.rstrip(":：")
            j = _next_nonempty(lines, i)
            nxt = lines[j] if j is not None else None
            if (
                nxt is not None
                and len(nxt.text) <= _MAX_UNNUMBERED * 2
                and not _is_body(nxt)
                and _numbered(nxt) is None
            ):
                end, title = nxt.end, f"{title} {nxt.text}"
                skip_to = j if j is not None else skip_to
            out.append(Heading(level=1, label="", title=title, start=line.start, end=end, block=block))
            continue
        h = _numbered(line)
        if rows.is_row(line, lines, i):
            h = None
        if h is None:
            lv = _label_level(line)
            if lv in (3, 4) and runs.opened[lv] and "|" not in line.text:
                runs.spoiled[lv] = True  # a numbered paragraph inside a run of items
        else:
            n = cn_to_int(h.label)
            if h.level in (3, 4):
                if n != 1 and not runs.opened[h.level]:
                    h = None
                else:
                    if n == 1:
                        runs.close(h.level)
                    runs.opened[h.level] = True
                    runs.members[h.level].append(len(out))
                    if h.level == 3:
                        runs.close(4)
            else:
                if h.level == 1:
                    if n == 1 and block_l1 and max(block_l1) >= 2:
                        block += 1
                        block_l1 = []
                        restarts.append(len(out))
                    block_l1.append(n or 0)
                runs.close(3, 4)
            if h is not None:
                rows.heading(h.level, n)
                out.append(Heading(h.level, h.label, h.title, h.start, h.end, block))
                seen_body = True
                continue
        if seen_body and not block_l1 and _unnumbered_ok(line):
            j = _next_nonempty(lines, i)
            nxt = lines[j] if j is not None else None
            if nxt is not None and (len(nxt.text) > len(line.text) or _numbered(nxt) is not None):
                out.append(Heading(level=1, label="", title=line.text, start=line.start, end=line.end, block=block))
                runs.close(3, 4)
                continue
        if _is_body(line):
            seen_body = True
    runs.close(3, 4)
    out, dropped = _rejoin_nested(out, restarts)
    return tuple(h for k, h in enumerate(out) if k not in runs.drop and k not in dropped)


def _rejoin_nested(out: list[Heading], restarts: list[int]) -> tuple[list[Heading], set[int]]:
    """A 一、 restart that the outer numbers resume after is a list inside a part, not a new block.

    二、 … 一、二、三、 … 三、: the 三、 that does not continue the list (三、 after its 三、) but
    continues the part before it (三、 after 二、) shows the list was nested.  Its 一、 items are no
    headings, and the headings after them return to the block of the part.  When the number
    continues both (二、 … 一、二、 … 三、) nothing shows which: the restart stays a new block.
    """
    dropped: set[int] = set()
    for s in reversed(restarts):
        block = out[s].block
        # the last numbered top-level heading of the block before (searched backwards: it is usually close)
        outer = None
        for k in range(s - 1, -1, -1):
            h = out[k]
            if h.level == 1 and h.block == block - 1 and h.label:
                outer = cn_int(h.label)
                break
        if outer is None:
            continue
        inner = 0
        resume = None
        for k in range(s, len(out)):
            h = out[k]
            if h.block != block:
                break
            if h.level != 1 or not h.label:
                continue
            n = cn_int(h.label)
            if n == inner + 1:
                inner += 1
                continue
            if n == outer + 1:
                resume = k
            break
        if resume is None or inner < 2:
            continue
        dropped.update(k for k in range(s, resume) if out[k].level == 1)
        out = [
            dataclasses.replace(h, block=h.block - 1) if k >= s and h.block >= block else h for k, h in enumerate(out)
        ]
    return out, dropped


def _in_table(lines: list[_Line], i: int) -> bool:
    """A numbered line that belongs to a flattened table: followed by a bare cell (one cell per
    line), or the last line of a text cut inside a table (an excerpt ending ``| 0 |\n二、上年结转``)."""
    j = _next_nonempty(lines, i)
    if j is None:
        k = _prev_nonempty(lines, i)
        return k is not None and _is_table_row(lines[k])
    return _is_bare_cell(lines[j])


def _prev_nonempty(lines: list[_Line], i: int) -> int | None:
    for j in range(i - 1, -1, -1):
        if lines[j].text:
            return j
    return None


def _next_nonempty(lines: list[_Line], i: int) -> int | None:
    for j in range(i + 1, len(lines)):
        if lines[j].text:
            return j
    return None


def build_sections(text: str, headings: tuple[Heading, ...]) -> tuple[Section, ...]:
    """One section per heading (same level), ids by position; text before the first heading is section "0"."""
    sections: list[Section] = []
    first = headings[0].start if headings else len(text)
    if text[:first].strip():
        sections.append(Section(id="0", level=0, heading="", start=0, end=first))
    stack: list[tuple[int, str, int]] = []  # (level, id, children so far)
    top_count = 0
    for k, h in enumerate(headings):
        if k and h.block != headings[k - 1].block:
            stack.clear()
        while stack and stack[-1][0] >= h.level:
            stack.pop()
        if stack:
            level, pid, nchild = stack[-1]
            stack[-1] = (level, pid, nchild + 1)
            sid = f"{pid}.{nchild + 1}"
        else:
            top_count += 1
            sid = str(top_count)
        stack.append((h.level, sid, 0))
        end = len(text)
        for j in range(k + 1, len(headings)):  # by index: slicing would copy the rest for every heading
            later = headings[j]
            if later.level <= h.level or later.block != h.block:
                end = later.start
                break
        sections.append(Section(id=sid, level=h.level, heading=h.title, start=h.start, end=end))
    return tuple(sections)


@dataclass(frozen=True)
class Break:
    """Item ``index`` of a numbered sequence does not follow: ``prev`` is the item before it
    (None when the sequence opens with it) and ``expected`` the number it should carry."""

    index: int
    prev: int | None
    expected: int


def numbering_breaks(numbers: list[int | None], *, restart_ok: bool) -> list[Break]:
    """Where a sequence of item numbers (一、二、… or 一是、二是 …) skips, repeats or goes back.

    A run that restarts at 1 and is left when the outer numbers resume (二、 then a list 一、二、
    then 三、) is a list nested inside an item, not a break; it needs two items at least.  A
    restart that is never left is a new list when ``restart_ok`` (一是… in the next paragraph)
    and a step back otherwise.  ``None`` is a soft item (最后): it takes the next number of the
    current run and never breaks.
    """
    return _walk(numbers, restart_ok)[0]


def first_run(numbers: list[int | None]) -> list[int]:
    """Indices of the items of the list that item 0 opens (empty unless it is numbered 1): up to
    its first break, without the items of lists nested inside it or of lists after it."""
    if not numbers or numbers[0] != 1:
        return []
    return _walk(numbers, True)[1]


def _resumes(runs: list[list[int]], value: dict[int, int], n: int) -> bool:
    return any(value[runs[k][-1]] + 1 == n and all(len(r) >= 2 for r in runs[k + 1 :]) for k in range(len(runs) - 1))


def _walk(numbers: list[int | None], restart_ok: bool) -> tuple[list[Break], list[int]]:
    runs: list[list[int]] = []  # indices of the items of each open run, outermost first
    value: dict[int, int] = {}
    restarts: list[tuple[int, int]] = []  # (first index of a restart run, the item before it)
    breaks: list[Break] = []
    first: list[int] | None = None  # the outermost run when the first break came
    for i, n in enumerate(numbers):
        if n is None:
            if runs:
                value[i] = value[runs[-1][-1]] + 1
                runs[-1].append(i)
            continue
        value[i] = n
        if not runs:
            if n != 1:
                breaks.append(Break(i, None, 1))
            runs.append([i])
            continue
        top = runs[-1]
        last = value[top[-1]]
        # 三、 after 一、二、 inside 二、: headings return to the outer list, 是-items keep to theirs
        if n == last + 1 and (restart_ok or not _resumes(runs, value, n)):
            top.append(i)
            continue
        outer = next(
            (
                k
                for k in range(len(runs) - 2, -1, -1)
                if value[runs[k][-1]] + 1 == n and all(len(r) >= 2 for r in runs[k + 1 :])
            ),
            None,
        )
        if outer is not None:
            restarts = [(s, p) for s, p in restarts if s < runs[outer + 1][0]]
            del runs[outer + 1 :]
            runs[outer].append(i)
            continue
        if n == 1:
            restarts.append((i, top[-1]))
            runs.append([i])
            continue
        if first is None:
            first = list(runs[0])
        breaks.append(Break(i, top[-1], last + 1))
        top.append(i)
    if not restart_ok:
        breaks += [Break(s, p, value[p] + 1) for s, p in restarts]
    return sorted(breaks, key=lambda b: b.index), first if first is not None else (runs[0] if runs else [])
