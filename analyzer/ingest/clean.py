"""Text cleaning: character normalisation, page artefacts, web chrome, metadata lines.

The cleaned text is the one every offset of the report points into, so cleaning
is done once, here, before anything looks for headings or numbers.

Characters: ``normalize.py`` (full-width forms, radicals, invisible characters, spaced
digit runs, traditional characters).

Lines: stripped; a whole line that is a page artefact (``PAGE`` / ``- 4 -`` / ``第3页 共9页``)
is dropped wherever it stands (it is page furniture by its shape).  Everything else that is
removed is removed only in two bounded windows, and only when it is chrome:

* the page header: before the first line of body text (and among the first 80 kept lines),
  web chrome lines (``analyzer/data/web_chrome.txt``, kind ``line``), ``来源：`` / ``时间：``
  lines (read into hints) and bare date lines;
* the page tail: a ``tail``/``tailpre`` line of ``web_chrome.txt`` in the second half of the
  text, with at most ``TAIL_WINDOW`` characters from it to the end, where no line after it is
  body text (``_is_body``) unless it repeats a line that already stood earlier (a page's
  opening repeated in its footer).  Such a line in the middle of a report (``（来源：区政务服务
  中心统计）`` under a table, ``打印`` in a sentence's line) is kept.

Runs of blank lines are collapsed to one.  The hints say how many lines (``dropped_lines``)
and characters (``chars_dropped``: the stripped lines' characters) were removed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ._datafile import read_tsv
from .normalize import normalize_chars, normalize_newlines, simplify_traditional
from .trad import to_simplified

Hints = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class TableBlock:
    """A table as a reader found it: rows of cell strings (merged cells already expanded)."""

    rows: tuple[tuple[str, ...], ...]


Item = str | TableBlock

__all__ = [
    "TAIL_WINDOW",
    "Hints",
    "Item",
    "TableBlock",
    "clean_items",
    "clean_text",
    "iso_date",
    "normalize_chars",
    "normalize_newlines",
]

# the page tail: at most this many characters from a tail line to the end of the text
TAIL_WINDOW = 2000

# --- lines ------------------------------------------------------------------

# Word's page-number field left in an export: PAGE, NUMPAGES (maybe with a number)
_FIELD_CODE = r"(?:PAGE|NUMPAGES)(?:\s+\d+)?"
# a page number between dashes: - 4 -, —12—
_DASHED_PAGE = r"[-—–－]\s*\d{1,4}\s*[-—–－]"
# 第3页 / 第 3 页 共 9 页 / 第3页，共9页
_NTH_PAGE = r"第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
_PAGE_ARTEFACT = re.compile(rf"(?:{_FIELD_CODE}|{_DASHED_PAGE}|{_NTH_PAGE})")

# labels of a web page's source / date lines
_SOURCE_LABEL = r"(?:信息来源|文章来源|稿件来源|来源)"
_DATE_LABEL = r"(?:发布时间|发表时间|更新时间|发布日期|刊发日期|时间|日期)"
# a line that starts with such a label (optionally after a bullet)
_META_START = re.compile(rf"^[•·\s]*(?:{_SOURCE_LABEL}|{_DATE_LABEL})\s*[:：]")
# one label:value pair inside such a line; the value runs to the next label
_META_PAIR = re.compile(
    rf"(?P<label>{_SOURCE_LABEL}|{_DATE_LABEL}|作者|浏览次数|审核人|编辑)\s*[:：]\s*"
    rf"(?P<value>.*?)\s*(?=(?:{_SOURCE_LABEL}|{_DATE_LABEL}|作者|浏览次数|审核人|编辑)\s*[:：]|$)"
)
# a date: 2026-02-10, 2026/2/10, 2026年02月10日
_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})")
# a line that is only a date and maybe a time: 2026-02-03 09:02:33, 2026年02月10日 07时41分
_BARE_DATE = re.compile(r"^\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?(?:\s+\d{1,2}[:时]\d{2}(?:分|:\d{2})?)?$")
# an opening bracket left alone on its line by a page break: （ then 三）…
_LONE_OPEN_BRACKET = {"（", "("}
# a line starting with a closing mark continues the line before it: …《书名\n》的说明
_CLOSING_JOINS = ("》", "）")


@lru_cache(maxsize=1)
def _chrome() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    lines, tails, prefixes = set(), set(), []
    for kind, text in read_tsv("web_chrome.txt", 2, 2):
        if kind == "line":
            lines.add(text)
        elif kind == "tail":
            tails.add(text)
        elif kind == "tailpre":
            prefixes.append(text)
    return frozenset(lines), frozenset(tails), tuple(prefixes)


def iso_date(text: str) -> str | None:
    m = _DATE.search(text)
    if not m:
        return None
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _is_body(item: Item) -> bool:
    """Does this item look like report text (ends the page header)?"""
    if isinstance(item, TableBlock):
        return True
    return len(item) >= 40 or "。" in item or item.startswith("各位代表")


def _meta_hints(line: str, next_line: str | None) -> tuple[list[tuple[str, str]], bool]:
    """Hints from a 来源/时间 line; the bool says the value was on the next line (consume it)."""
    hints: list[tuple[str, str]] = []
    used_next = False
    for m in _META_PAIR.finditer(line):
        label, value = m["label"], m["value"].strip()
        if not value and next_line is not None and len(next_line) <= 40 and not _META_START.match(next_line):
            value, used_next = next_line, True
        if not value:
            continue
        if re.fullmatch(_SOURCE_LABEL, label):
            hints.append(("source", value))
        elif re.fullmatch(_DATE_LABEL, label):
            date = iso_date(value)
            if date:
                hints.append(("date", date))
    return hints, used_next


def _tail_start(items: list[Item], tails: frozenset[str], prefixes: tuple[str, ...]) -> int | None:
    """Index of the line that starts the page's trailing chrome, None when there is none.

    The earliest tail line (``tail`` / ``tailpre`` of ``web_chrome.txt``) in the second half
    of the text with at most ``TAIL_WINDOW`` characters from it to the end, after which no
    line is body text except text that already stood before it (line breaks ignored).
    """
    sizes = [len(it) if isinstance(it, str) else TAIL_WINDOW + 1 for it in items]
    total = sum(n for n, it in zip(sizes, items) if isinstance(it, str))
    after = 0  # characters from items[k] to the end
    first = len(items)
    for k in range(len(items) - 1, -1, -1):
        after += sizes[k]
        if after > TAIL_WINDOW or total - after < total / 2:
            break
        first = k
    for k in range(first, len(items)):
        it = items[k]
        if not isinstance(it, str) or not (it in tails or it.startswith(prefixes)):
            continue
        rest = [x for x in items[k + 1 :] if isinstance(x, str) and _is_body(x)]
        if not rest:
            return k
        before = "".join(x for x in items[:k] if isinstance(x, str))  # lines joined: a repeat may span two
        if all(x in before for x in rest):
            return k
    return None


def _simplify_items(items: list[Item]) -> tuple[list[Item], bool]:
    """The items in simplified characters when the whole of them is a traditional text."""
    probe = "".join(it if isinstance(it, str) else "".join("".join(r) for r in it.rows) for it in items)
    _, converted = simplify_traditional(probe)
    if not converted:
        return items, False
    out: list[Item] = []
    for it in items:
        if isinstance(it, TableBlock):
            out.append(TableBlock(tuple(tuple(to_simplified(c) for c in row) for row in it.rows)))
        else:
            out.append(to_simplified(it))
    return out, True


def clean_items(given: Sequence[Item], *, normalized: bool = False) -> tuple[list[Item], Hints]:
    """Clean a sequence of lines and tables; return the kept items and the hints read.

    ``normalized``: the lines already went through ``normalize_chars`` and the traditional
    conversion (skip them here).
    """
    lines_chrome, tails, tail_prefixes = _chrome()
    hints: list[tuple[str, str]] = []
    items: list[Item]
    if normalized:
        items = [it if isinstance(it, TableBlock) else it.strip() for it in given]
    else:
        items = [it if isinstance(it, TableBlock) else normalize_chars(it).strip() for it in given]
        items, converted = _simplify_items(items)
        if converted:
            hints.append(("script", "traditional"))
    tail = _tail_start(items, tails, tail_prefixes)
    end = len(items) if tail is None else tail
    out: list[Item] = []
    in_header = True
    dropped = 0
    dropped_chars = 0
    i = 0
    while i < end:
        it = items[i]
        i += 1
        if isinstance(it, TableBlock):
            out.append(it)
            in_header = False
            continue
        if _PAGE_ARTEFACT.fullmatch(it):
            dropped += 1
            dropped_chars += len(it)
            continue
        if in_header and len(out) < 80:
            if it in lines_chrome:
                dropped += 1
                dropped_chars += len(it)
                continue
            if _META_START.match(it):
                following = items[i] if i < end else None
                nxt = following if isinstance(following, str) else None
                found, used_next = _meta_hints(it, nxt)
                hints.extend(found)
                dropped += 1 + used_next
                dropped_chars += len(it) + (len(str(nxt)) if used_next else 0)
                i += used_next
                continue
            if _BARE_DATE.match(it):
                date = iso_date(it)
                if date:
                    hints.append(("date", date))
                dropped += 1
                dropped_chars += len(it)
                continue
            if _is_body(it):
                in_header = False
        # an inline element (《书名》, a subscript) that the page export put on a line of its own
        if (it in _LONE_OPEN_BRACKET or it.endswith("《")) and i < end and isinstance(items[i], str):
            items[i] = it + str(items[i])
            continue
        if it.startswith(_CLOSING_JOINS) and out and isinstance(out[-1], str) and out[-1]:
            out[-1] = out[-1] + it
            continue
        if not it and (not out or out[-1] == ""):
            continue
        out.append(it)
    if tail is not None:
        rest = [x for x in items[tail:] if isinstance(x, str) and x]
        dropped += len(rest)
        dropped_chars += sum(len(x) for x in rest)
    while out and out[-1] == "":
        out.pop()
    if dropped:
        hints.append(("dropped_lines", str(dropped)))
    hints.append(("chars_dropped", str(dropped_chars)))
    return out, tuple(hints)


def clean_text(text: str) -> tuple[str, Hints]:
    """Clean a whole plain text (no tables): the text all offsets will point into, and hints."""
    text, converted = simplify_traditional(normalize_chars(text))
    lines = text.split("\n")
    del text  # (the lines hold the text: a long one is not kept twice while it is cleaned)
    items, hints = clean_items(lines, normalized=True)
    del lines
    if converted:
        hints = (("script", "traditional"), *hints)
    return "\n".join(str(it) for it in items), hints
