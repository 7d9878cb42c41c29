"""The three 政府信息公开 templates: which read table is one, and the key of each of its cells.

``key_tables(tokens)`` walks the table tokens of ``layouts`` and keys every cell
of a table that is one of the 2021 national templates (``xxgk_t2`` 主动公开,
``xxgk_t3`` 收到和处理申请, ``xxgk_t4`` 行政复议、行政诉讼) as ``ROW.COL``
(design.md): ``new.total``, ``denied.3.natural``, ``review.corrected``,
``rules.valid``.  Row labels are matched by their words (``analyzer/data/
xxgk_tables.toml``) after their numbering and prefixes are taken off; the
numbered sub-rows of a category (（三）不予公开 1.–8.) are matched while their
category is open, by words, else by their number; a category cell merged over
its rows (docx/html) or written as a heading between pieces of the table (text
conversions) opens the category the same way.  Columns are positional (the last
seven figures of an applicant row; groups of five in table 4).

Figures given one per line are assigned to the label lines before them, row
after row, by the template's width: that reads both one cell per line and
labels detached from their numbers.  A template table that lacks rows is still
keyed as far as it goes; ``KeyedTable.missing`` names the rows it lacks.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..data import toml
from ..numbers import cn_int
from ..types import Cell
from .layouts import NUMBER, Figures, Label, Prose, Row, Token, value_of

T2, T3, T4 = "xxgk_t2", "xxgk_t3", "xxgk_t4"

# the numbering before a label: 一、 （一） (一) 1. 1、 （1）
_NUMBERING = re.compile(
    r"^(?:(?P<cn>[一二三四五六七八九十]{1,3})[、.．]|[（(](?P<pcn>[一二三四五六七八九十]{1,3})[）)]"
    r"|(?P<ar>\d{1,2})(?:[.．、](?!\d)|\s)|[（(](?P<par>\d{1,2})[）)])\s*"
)
# a parenthetical note inside a label: （区分处理的，只计这一情形，不计其他情形）
_NOTE = re.compile(r"[（(][^（()）]{2,}[）)]")
_SPACES = re.compile(r"\s+")
# the 主动公开 table of the format before 2021: its columns are not the template's
_OLD_T2_HEADERS = ("新制作", "对外公开总数量", "上一年项目数量", "本年增/减")
# a short label glued to its one figure: 行政许可746
_TRAILING_FIGURE = re.compile(r"^(\D{2,16}?)\s*(\d+(?:\.\d+)?)$")
# the label of a category's own row, printed under its merged category cell
_SUBTOTAL = ("小计", "合计", "小计数")


@dataclass(frozen=True)
class KeyedCell:
    row: str  # the row's label as printed
    col: str  # the column's name
    row_key: str | None
    col_key: str | None
    value: float | None  # None: an empty cell or a dash
    raw: str
    start: int
    end: int

    @property
    def key(self) -> str | None:
        return f"{self.row_key}.{self.col_key}" if self.row_key and self.col_key else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "col": self.col,
            "row_key": self.row_key,
            "col_key": self.col_key,
            "value": self.value,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class KeyedTable:
    id: str
    template: str | None
    start: int
    end: int
    cells: tuple[KeyedCell, ...]
    missing: tuple[str, ...] = ()  # template rows (or t4 groups) the table lacks
    short_rows: tuple[str, ...] = ()  # rows with fewer figures than the template's columns

    def cell(self, key: str) -> KeyedCell | None:
        return self._index().get(key)

    def _index(self) -> dict[str, KeyedCell]:
        idx = self.__dict__.get("_idx")
        if idx is None:
            idx = {}
            for c in self.cells:
                if c.key is not None and c.key not in idx:
                    idx[c.key] = c
            object.__setattr__(self, "_idx", idx)
        return idx

    def row_keys(self) -> list[str]:
        seen: dict[str, None] = {}
        for c in self.cells:
            if c.row_key:
                seen.setdefault(c.row_key)
        return list(seen)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "template": self.template,
            "start": self.start,
            "end": self.end,
            "cells": [c.to_dict() for c in self.cells],
        }


@dataclass(frozen=True)
class RowSpec:
    key: str
    words: tuple[str, ...]
    not_words: tuple[str, ...] = ()
    items: tuple[tuple[str, ...], ...] = ()
    bare: tuple[str, ...] = ()
    heading: bool = False
    columns: tuple[str, ...] = ()
    column_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Spec:
    prefixes: tuple[str, ...]
    title_suffixes: tuple[str, ...]
    titles: dict[str, tuple[str, ...]]
    header_words: dict[str, tuple[str, ...]]
    t3_rows: tuple[RowSpec, ...]
    t3_columns: tuple[str, ...]
    t3_column_names: tuple[str, ...]
    t4_columns: tuple[str, ...]
    t4_column_names: tuple[str, ...]
    t4_groups: tuple[str, ...]
    t4_group_names: tuple[str, ...]
    t4_group_words: dict[str, tuple[str, ...]]
    t2_rows: tuple[RowSpec, ...]

    def t3_template_rows(self) -> tuple[str, ...]:
        keys: list[str] = []
        for r in self.t3_rows:
            if r.heading:
                continue
            if r.items:
                keys.extend(f"{r.key}.{i}" for i in range(1, len(r.items) + 1))
            else:
                keys.append(r.key)
        return tuple(keys)


def _rows(raw: list[dict[str, Any]]) -> tuple[RowSpec, ...]:
    return tuple(
        RowSpec(
            key=r["key"],
            words=tuple(r["words"]),
            not_words=tuple(r.get("not", ())),
            items=tuple(tuple(i) for i in r.get("items", ())),
            bare=tuple(r.get("bare", ())),
            heading=bool(r.get("heading", False)),
            columns=tuple(r.get("columns", ())),
            column_names=tuple(r.get("column_names", ())),
        )
        for r in raw
    )


@functools.lru_cache(maxsize=1)
def spec() -> Spec:
    d = toml("xxgk_tables.toml")
    t2, t3, t4 = d[T2], d[T3], d[T4]
    return Spec(
        prefixes=tuple(d["labels"]["prefixes"]),
        title_suffixes=tuple(d["labels"]["title_suffixes"]),
        titles={T2: tuple(t2["title"]), T3: tuple(t3["title"]), T4: tuple(t4["title"])},
        header_words={T2: tuple(t2["header_words"]), T3: tuple(t3["header_words"]), T4: tuple(t4["header_words"])},
        t3_rows=_rows(t3["rows"]),
        t3_columns=tuple(t3["columns"]),
        t3_column_names=tuple(t3["column_names"]),
        t4_columns=tuple(t4["columns"]),
        t4_column_names=tuple(t4["column_names"]),
        t4_groups=tuple(t4["groups"]),
        t4_group_names=tuple(t4["group_names"]),
        t4_group_words={k: tuple(v) for k, v in t4["group_words"].items()},
        t2_rows=_rows(t2["rows"]),
    )


@dataclass(frozen=True)
class Parsed:
    numbering: str | None  # "cn" 一、 | "pcn" （一） | "ar" 1. | "par" （1） | None
    number: int
    body: str  # the label without numbering, prefixes, notes and spaces
    full: str  # the label without numbering and spaces (notes kept)


@functools.lru_cache(maxsize=8192)
def norm(text: str) -> str:
    """A label as matched: spaces out, compatibility forms folded (Kangxi radicals ⾏ → 行, full-width digits)."""
    return unicodedata.normalize("NFKC", _SPACES.sub("", text))


@functools.lru_cache(maxsize=4096)
def parse_label(text: str) -> Parsed:
    """A label's numbering and its words (``（三）不予公开`` → pcn, 3, 不予公开)."""
    s = norm(text).strip("：:")
    numbering, number = None, 0
    m = _NUMBERING.match(s)
    if m:
        kind = m.lastgroup or ""
        numbering = kind
        g = m.group(kind)
        number = int(g) if kind in ("ar", "par") else (cn_int(g) or 0)
        s = s[m.end() :]
    full = s
    for p in spec().prefixes:
        if s.startswith(p) and len(s) > len(p) + 1:
            s = s[len(p) :]
    body = _NOTE.sub("", s) or s
    return Parsed(numbering, number, body, full)


def _has(text: str, words: tuple[str, ...]) -> bool:
    return any(w in text for w in words)


def _is_header(labels: tuple[Cell, ...], template: str) -> bool:
    """A header row: several label cells, or cells naming the template's columns."""
    words = spec().header_words[template]
    texts = [norm(c.text) for c in labels]
    named = sum(1 for t in texts if _has(t, words) or t == "总计")
    return len(labels) >= 3 or (named >= 1 and all(_has(t, words) or t in ("总计", "其他") for t in texts))


@functools.lru_cache(maxsize=4096)
def title_of(text: str) -> str | None:
    """The template whose title ``text`` carries (a heading or a table's caption)."""
    s = norm(text)
    for t in (T3, T4, T2):
        if _has(s, spec().titles[t]):
            return t
    return None


class _Builder:
    template: str = ""

    def __init__(self) -> None:
        self.cells: list[KeyedCell] = []
        self.spans: list[tuple[int, int]] = []
        self.short: list[str] = []

    def touch(self, start: int, end: int) -> None:
        self.spans.append((start, end))

    def add(self, cell: KeyedCell) -> None:
        self.cells.append(cell)
        self.touch(cell.start, cell.end)

    def has_row(self, row_key: str) -> bool:
        return any(c.row_key == row_key for c in self.cells)

    def missing(self) -> tuple[str, ...]:
        return ()

    def table(self, n: int) -> KeyedTable | None:
        if not self.cells:
            return None
        start = min(s for s, _ in self.spans)
        end = max(e for _, e in self.spans)
        return KeyedTable(f"t{n}", self.template, start, end, tuple(self.cells), self.missing(), tuple(self.short))


def _keyed(row: str, col: str, row_key: str | None, col_key: str | None, c: Cell) -> KeyedCell:
    return KeyedCell(row, col, row_key, col_key, value_of(c.text), c.text, c.start, c.end)


class _T3(_Builder):
    template = T3

    def __init__(self) -> None:
        super().__init__()
        self.category: RowSpec | None = None
        self.pending: list[Cell] = []
        self.done = False

    def resolve(self, text: str) -> tuple[str | None, RowSpec | None]:
        """The row key of a label (None: not a template row) and the category it opens."""
        p = parse_label(text)
        if not p.body:
            return None, None
        cat = self.category
        if cat is not None and p.body in _SUBTOTAL:
            return cat.key, cat  # （三）不予公开 | 小计: the category's own row
        if cat is None and p.body in _SUBTOTAL:
            # a PDF draws a merged category cell's text lower down: the first category not read yet
            for r in spec().t3_rows:
                if r.items and not self.has_row(r.key) and not self.has_row(f"{r.key}.1"):
                    return r.key, r
        if cat is not None and p.numbering not in ("cn", "pcn"):
            for i, words in enumerate(cat.items, 1):
                if _has(p.body, words):
                    return f"{cat.key}.{i}", cat
            if p.numbering in ("ar", "par") and 1 <= p.number <= len(cat.items):
                return f"{cat.key}.{p.number}", cat
        for r in spec().t3_rows:
            hit = _has(p.body, r.words) and not _has(p.body, r.not_words)
            if not hit and r.bare and p.body in r.bare:
                hit = p.numbering in ("pcn", "cn")  # （六）其他: the category; a bare 其他 is a column
            if hit:
                return r.key, (r if r.items else None)
        if p.numbering in ("ar", "par"):
            # a numbered row whose category cell was lost (a PDF table cut at the merged cell): its own words
            hits = [(r, i) for r in spec().t3_rows for i, words in enumerate(r.items, 1) if _has(p.body, words)]
            hits = [(r, i) for r, i in hits if p.body != "其他"]
            if len(hits) == 1:
                r, i = hits[0]
                return f"{r.key}.{i}", r
        return None, cat

    def context(self, text: str) -> str | None:
        """Apply a label that carries no figures: it may open a category. Returns its key."""
        key, cat = self.resolve(text)
        if key is not None:
            self.category = cat
        return key

    def row(self, label: str, values: tuple[Cell, ...], where: tuple[int, int]) -> None:
        key, cat = self.resolve(label)
        self.touch(*where)
        if key is None:
            return
        self.category = cat
        if self.has_row(key):
            return  # a row repeated after a page break, or a duplicated header: the first one counts
        sp = spec()
        values = tuple(values)
        while len(values) > len(sp.t3_columns) and not values[-1].text.strip():
            values = values[:-1]  # empty padding cells after the total (a grid wider than the template)
        if len(values) < len(sp.t3_columns):
            self.short.append(key)
            values_k = list(values)
        else:
            values_k = list(values[-len(sp.t3_columns) :])
        for j, c in enumerate(values_k):
            self.add(_keyed(label, sp.t3_column_names[j], key, sp.t3_columns[j], c))
        if key == "carried_out":
            self.done = True

    def feed(self, tok: Token) -> None:
        width = len(spec().t3_columns)
        if isinstance(tok, Label):
            # a column name on its own line heads the table; once rows are read, 总计 is the total row
            if self.cells or not _is_header((tok.cell,), T3):
                self.pending.append(tok.cell)
            return
        if isinstance(tok, Row):
            numeric = [c for c in tok.values if NUMBER.match(c.text.strip())]
            if not numeric:
                if not _is_header(tok.labels, T3):
                    for c in tok.labels:
                        self.context(c.text)
                return
            labels = list(tok.labels)
            if not labels and self.pending:
                labels = [self.pending[-1]]
            for c in self.pending:
                if c not in labels:
                    self.context(c.text)
            self.pending = []
            for c in labels[:-1]:
                self.context(c.text)
            label = labels[-1].text if labels else ""
            self.row(label, tok.values, (tok.start, tok.end))
            return
        if isinstance(tok, Figures):
            vals = list(tok.values)
            n_rows = len(vals) // width
            labels = self.pending
            self.pending = []
            assigned = labels[len(labels) - n_rows :] if n_rows <= len(labels) else labels
            for c in labels:
                if c in assigned:
                    k = assigned.index(c)
                    chunk = tuple(vals[k * width : (k + 1) * width])
                    self.row(c.text, chunk, (c.start, chunk[-1].end if chunk else c.end))
                else:
                    self.context(c.text)
            # figures left over past the labels' rows are a grid's padding cells (covered by merged labels)

    def table(self, n: int) -> KeyedTable | None:
        for c in self.pending:  # rows the table ends with that carry no figures (a table cut short)
            if self.cells and (self.resolve(c.text)[0] is not None or _cut_label(c.text)):
                self.touch(c.start, c.end)
        return super().table(n)

    def missing(self) -> tuple[str, ...]:
        have = {c.row_key for c in self.cells}
        return tuple(k for k in spec().t3_template_rows() if k not in have)


def _cut_label(text: str) -> bool:
    """A row label cut off (the text ends inside it): its words begin a template row's words (部分公 …)."""
    body = parse_label(text).body
    return len(body) >= 3 and any(w.startswith(body) for r in spec().t3_rows for w in r.words)


class _T4(_Builder):
    template = T4

    def __init__(self) -> None:
        super().__init__()
        self.group: str | None = None
        self.columns: tuple[str, ...] = spec().t4_columns

    def _group_of(self, text: str) -> str | None:
        s = norm(text)
        for g, words in spec().t4_group_words.items():
            if _has(s, words):
                return g
        return None

    def _next_group(self) -> str | None:
        for g in spec().t4_groups:
            if not self.has_row(g):
                return g
        return None

    def _label(self, text: str) -> None:
        g = self._group_of(text)
        if g is not None:
            self.group = g

    def _put(self, group: str, vals: list[Cell]) -> None:
        sp = spec()
        if self.has_row(group):
            return
        name = sp.t4_group_names[sp.t4_groups.index(group)]
        if len(vals) < len(sp.t4_columns):
            self.short.append(group)
        for j, c in enumerate(vals[: len(sp.t4_columns)]):
            col = self.columns[j] if j < len(self.columns) else sp.t4_columns[j]
            self.add(_keyed(name, sp.t4_column_names[sp.t4_columns.index(col)], group, col, c))

    def _values(self, vals: list[Cell]) -> None:
        width = len(spec().t4_columns)
        if len(vals) >= 3 * width and not self.cells:
            for k, group in enumerate(spec().t4_groups):
                self._put(group, vals[k * width : (k + 1) * width])
            return
        g: str | None = self.group if self.group is not None and not self.has_row(self.group) else self._next_group()
        while vals and g is not None:
            self._put(g, vals[:width])
            vals = vals[width:]
            g = self._next_group()
        self.group = None

    def feed(self, tok: Token) -> None:
        if isinstance(tok, Label):
            self._label(tok.cell.text)
            return
        if isinstance(tok, Row):
            numeric = [c for c in tok.values if NUMBER.match(c.text.strip())]
            for c in tok.labels:
                self._label(c.text)
            if not numeric:
                self._header(tok.labels)
                return
            vals = list(tok.values)
            while vals and not vals[0].text.strip() and len(vals) % 5:
                vals = vals[1:]  # empty label columns of a grid
            self._values(vals)
            self.touch(tok.start, tok.end)
            return
        if isinstance(tok, Figures):
            self._values(list(tok.values))

    def _header(self, labels: tuple[Cell, ...]) -> None:
        sp = spec()
        words = {"upheld": "维持", "corrected": "纠正", "other": "其他", "pending": "未审结", "total": "总计"}
        cols = []
        for c in labels:
            k = next((k for k, w in words.items() if w in c.text), None)
            if k is not None:
                cols.append(k)
        if len(cols) == len(sp.t4_columns) and len(set(cols)) == len(cols):
            self.columns = tuple(cols)

    def missing(self) -> tuple[str, ...]:
        return tuple(g for g in spec().t4_groups if not self.has_row(g))


class _T2(_Builder):
    template = T2

    def __init__(self) -> None:
        super().__init__()
        self.pending: list[Cell] = []
        self.old = False  # under a header of the format before 2021 (本年新制作数量 …): not this template

    def _header(self, texts: list[str]) -> None:
        joined = norm("".join(texts))
        if _has(joined, _OLD_T2_HEADERS):
            self.old = True
        elif _has(joined, spec().header_words[T2]):
            self.old = False

    def _spec_of(self, text: str) -> RowSpec | None:
        p = parse_label(text)
        for r in spec().t2_rows:
            if _has(p.body, r.words) and not _has(p.body, r.not_words):
                return r
        return None

    def _put(self, label: Cell, r: RowSpec, vals: list[Cell]) -> None:
        if self.has_row(r.key) or self.old:
            return
        for j, c in enumerate(vals[: len(r.columns)]):
            self.add(_keyed(label.text, r.column_names[j], r.key, r.columns[j], c))
        self.touch(label.start, label.end)

    def feed(self, tok: Token) -> None:
        if isinstance(tok, Label):
            m = _TRAILING_FIGURE.match(tok.cell.text)
            r = self._spec_of(m.group(1)) if m else None
            if m and r is not None and len(r.columns) == 1:
                # 行政许可746: a row of one figure given as one line (an unruled PDF table)
                c = tok.cell
                label = Cell(m.group(1), c.start, c.start + m.end(1))
                self._put(label, r, [Cell(m.group(2), c.start + m.start(2), c.start + m.end(2))])
            elif self._spec_of(tok.cell.text) is not None:
                self.pending.append(tok.cell)
            else:
                self._header([tok.cell.text])
            return
        if isinstance(tok, Row):
            numeric = [c for c in tok.values if NUMBER.match(c.text.strip())]
            if not numeric:
                self._header([c.text for c in tok.labels])
            if not numeric or not tok.labels:
                return
            r = self._spec_of(tok.labels[-1].text)
            if r is not None:
                self._put(tok.labels[-1], r, list(tok.values))
            return
        if isinstance(tok, Figures):
            vals = list(tok.values)
            for c in self.pending:
                r = self._spec_of(c.text)
                if r is None:
                    continue
                self._put(c, r, vals[: len(r.columns)])
                vals = vals[len(r.columns) :]
            self.pending = []


def _label_texts(tok: Token) -> list[str]:
    if isinstance(tok, Label):
        return [tok.cell.text]
    if isinstance(tok, Row):
        return [c.text for c in tok.labels]
    return []


def _starts(tok: Token, current: str | None) -> str | None:
    """The template a token opens (a title, or a row only that template has)."""
    texts = _label_texts(tok)
    if not texts:
        return None  # (a line of prose or a run of figures: every test below reads a label)
    for t in texts:
        found = title_of(t)
        if found is not None and found != current:
            return found
    if current == T3:
        if any(title_of(t) == T4 or _has(norm(t), ("行政复议", "复议后起诉")) for t in texts):
            return T4
        return None
    for t in texts:
        p = parse_label(t)
        if _has(p.body, ("本年新收", "新收政府信息公开申请")):
            return T3
    if current != T4:
        # a header naming the review columns (结果维持 … 尚未审结), or a cell that is the first group's name
        if sum(1 for t in texts if _has(norm(t), spec().header_words[T4])) >= 2:
            return T4
        if any(parse_label(t).body == spec().t4_group_names[0] for t in texts):
            return T4
    if current is None and isinstance(tok, Row) and any(NUMBER.match(c.text.strip()) for c in tok.values):
        for t in texts:
            body = parse_label(t).body
            if any(_has(body, r.words) and not _has(body, r.not_words) for r in spec().t2_rows):
                return T2
    return None


_TOP = re.compile(r"^\s*(?:#{1,6}\s*)?[一二三四五六七八九十]{1,3}、")


def key_tables(toks: list[Token]) -> Iterator[KeyedTable]:
    """The template tables among the tokens, keyed (ids are given by the caller: ``t0``)."""
    builders = {T2: _T2, T3: _T3, T4: _T4}
    current: Any = None  # one of the builders (each has ``feed``, ``table``, ``done``)
    for tok in toks:
        name = current.template if current is not None else None
        if isinstance(current, _T3) and current.done and _label_texts(tok):
            t = current.table(0)
            if t is not None:
                yield t
            current, name = None, None
        if isinstance(current, _T4) and not current.missing() and _label_texts(tok):
            t = current.table(0)
            if t is not None:
                yield t
            current, name = None, None
        if isinstance(tok, Prose) and current is not None and current.cells:
            t = current.table(0)
            if t is not None:
                yield t
            current = None
            continue
        if (
            isinstance(current, _T4)
            and current.cells
            and isinstance(tok, Label)
            and _TOP.match(tok.cell.text)
            and title_of(tok.cell.text) is None
        ):
            t = current.table(0)
            if t is not None:
                yield t
            current, name = None, None
        opened = _starts(tok, name)
        if opened is not None:
            if current is not None:
                t = current.table(0)
                if t is not None:
                    yield t
            current = builders[opened]()
            if isinstance(tok, Label) and title_of(tok.cell.text) == opened:
                continue
        if current is not None:
            current.feed(tok)
    if current is not None:
        t = current.table(0)
        if t is not None:
            yield t
