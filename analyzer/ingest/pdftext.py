"""PDF text fidelity: what a PDF's text layer (and text converted from a PDF) breaks in figures.

A PDF places each run of glyphs on its own, so its text comes out with spaces
between Chinese and the digits (``受理政府信息公开申请 47 件``) and with the
layout's hard line breaks inside a figure or a word (``29`` / ``件``, a
paragraph cut by a page break).  ``repair(text)`` undoes both before the text
is cleaned, so the cleaned text (the one every offset points into) holds
``受理政府信息公开申请47件`` and a figure is found there:

* spaces (also U+3000) between a Chinese character or Chinese punctuation and a
  digit, and between a digit and a Chinese character or ``%`` / ``‰``, are
  removed (digits separated by spaces are another step's: ``normalize``);
* a line ending in a digit joins the next when that starts with a unit
  (``29`` / ``件``), or with more digits and then Chinese (a number cut in two);
* a paragraph cut by a page break (a long line ending without punctuation, or
  with a quotation still open, then blank lines, then text that is no heading)
  is joined again.

Table rows (lines with ``|``) and lines that are a single figure (tables one
cell per line) are never joined.  Page numbers and running headers are removed
by ``pdf.running_lines`` and the cleaner's page artefacts.
"""

from __future__ import annotations

import functools
import re

from ..data import tsv

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff"
_CJK_PUNCT = "，。、；：？！（）《》“”‘’【】"
_SPACE = r"[ \t\u3000]+"
# a space between Chinese (or its punctuation) and a digit, and between a digit and Chinese or a percent sign
# (not before a time of day: 2026年02月10日 07时41分 stays a date and a time)
_SPACE_BEFORE_DIGIT = re.compile(rf"(?<=[{_CJK}{_CJK_PUNCT}]){_SPACE}(?=\d)(?!\d{{1,2}}(?:[:：]\d|时))")
_SPACE_AFTER_DIGIT = re.compile(rf"(?<=\d){_SPACE}(?=[{_CJK}%‰％])")
# a line that is one figure (a table given one cell per line): never joined
_LONE_FIGURE = re.compile(r"^[+-]?[\d,.]+%?$")
# a heading or list start: a line beginning so is never the rest of the line before it
_HEADING_START = re.compile(
    r"^(?:#|[一二三四五六七八九十]{1,3}[、是]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、]|第[一二三四五六七八九十\d]+[章节条部分])"
)
_SENTENCE_END = tuple("。：；！？:;!?）)”")
# a line opening with a number and Chinese, with Chinese or a quote; one ending in Chinese
# (compiled here, at import: a class of the CJK range costs milliseconds to compile)
_DIGITS_THEN_CJK = re.compile(rf"^\d+[{_CJK}]")
_CJK_OR_QUOTE_FIRST = re.compile(rf"[{_CJK}“‘]")
_CJK_LAST = re.compile(rf"[{_CJK}]$")
# a line cut inside a figure is running text at least this long
_WRAPPED_MIN = 12
# a line this long, cut without punctuation, continues after a page break
_LONG_LINE = 30


@functools.lru_cache(maxsize=1)
def _units() -> tuple[str, ...]:
    """The unit surfaces of ``units.tsv`` (longest first) and the percent signs."""
    return tuple(sorted({row[0] for _, row in tsv("units.tsv", 4)} | {"%", "‰", "％"}, key=len, reverse=True))


def _starts_with_unit(line: str) -> bool:
    return line.startswith(_units())


def respace(line: str) -> str:
    """``受理 47 件`` → ``受理47件`` (spaces between Chinese and digits taken out)."""
    # (three plain searches of the line: faster than one for a class of the three)
    if "|" in line or not (" " in line or "\t" in line or "\u3000" in line):
        return line
    return _SPACE_AFTER_DIGIT.sub("", _SPACE_BEFORE_DIGIT.sub("", line))


def _open_quote(line: str) -> bool:
    return line.count("“") > line.count("”") or line.count("（") > line.count("）")


def _continues(prev: str, nxt: str, blank_between: bool) -> bool:
    """Does ``nxt`` continue the line ``prev`` (a hard wrap of the layout)?"""
    if not prev or not nxt or prev.endswith(_SENTENCE_END):
        return False  # (the usual line: a sentence ends it, and no rule below joins after one)
    if "|" in prev or "|" in nxt or _LONE_FIGURE.match(nxt) or _LONE_FIGURE.match(prev):
        return False
    if prev[-1].isdigit() and not blank_between:
        # a wrapped line of running text (附件2 / 名词解释 is a heading and the next line, not 2名)
        if len(prev) < _WRAPPED_MIN or _HEADING_START.match(prev) or prev.startswith(("附件", "附表")):
            return False
        return _starts_with_unit(nxt) or bool(_DIGITS_THEN_CJK.match(nxt))
    if _HEADING_START.match(nxt) or prev.endswith(_SENTENCE_END) or not _CJK_OR_QUOTE_FIRST.match(nxt):
        return False
    if _open_quote(prev):
        return True
    if _HEADING_START.match(prev):
        return False  # a heading line ends where it ends: a blank line after it is no wrap
    return blank_between and len(prev) >= _LONG_LINE and bool(_CJK_LAST.search(prev))


def repair_lines(lines: list[str]) -> list[str]:
    """The lines with spaces around digits removed and hard wraps inside figures and words joined."""
    out: list[str] = []
    blanks = 0
    for raw in lines:
        line = respace(raw.strip())
        if not line:
            blanks += 1
            continue
        if out and _continues(out[-1], line, blanks > 0):
            out[-1] = out[-1] + line
        else:
            out.extend([""] * blanks)
            out.append(line)
        blanks = 0
    out.extend([""] * blanks)
    return out


def repair(text: str) -> str:
    """``repair_lines`` over a whole text."""
    lines = text.split("\n")
    del text  # (freed here when the caller passed it on without keeping it)
    return "\n".join(repair_lines(lines))
