"""Character-level normalisation of a report's text, before any line is looked at.

The cleaned text is what every offset of the report points into, so whatever is
changed here is changed once, before headings, figures or metadata are looked for.

* Newlines: ``\\r\\n``, ``\\r``, U+2028/U+2029 become ``\\n``.
* Full-width digits, Latin letters and number signs ``％ ． ＋ － ／ ＝ ＜ ＞`` go through NFKC
  (``１９５５`` → ``1955``, ``３．６８％`` → ``3.68%``); a full-width comma between digits becomes
  ``,`` (``１，２３４`` → ``1,234``).  Chinese punctuation (，。：；（）“”) is the text and is kept.
* Radicals and compatibility ideographs become the unified ideograph a reader sees:
  Kangxi radicals U+2F00–U+2FD5 (NFKC: ``⼀、`` → ``一、``, ``占⽐`` → ``占比``), CJK Radicals
  Supplement U+2E80–U+2EFF (``analyzer/data/cjk_radicals.tsv``: ``⻓`` → ``长``), CJK
  compatibility ideographs U+F900–U+FAFF and U+2F800–U+2FA1F (NFKC).  One code point for one.
* Invisible characters are removed (zero-width space and joiners, word joiner, BOM, soft
  hyphen, directional marks and isolates, invisible operators, variation selectors, the object
  replacement character): ``74.4\\u200b万亿元`` → ``74.4万亿元``.  Other Unicode spaces become a space.
  A line holding only invisible characters between two lines of a sentence joins them
  (``74.4\\n\\u200b\\n万亿元``, 44 times in the 2017 and 2021 national reports), unless the
  next line starts with a heading label.
* Pinyin left by converting mirror sites (``復(fù)議``): a parenthesised syllable with a tone mark
  right after a Chinese character is removed.
* Digit runs spaced one by one (``1 9 9 7 年``, ``7 4 7 7 2 亿元``, from some PDF exports): two or
  more single digits separated by single spaces and followed by a Chinese character or ``%`` are
  joined, together with the space before that character.  A run not followed so (``| 1 | 2 |``,
  ``1 2 3`` at a line's end, the cells of a table row) is left alone, and a run right after
  another number (``12 0 0 1 件``) is not joined into it.
* Traditional characters: a text whose Chinese characters are at least ``TRADITIONAL_SHARE``
  traditional-only (OpenCC's ``TSCharacters``) is converted character by character to simplified
  (``trad.to_simplified``: same length), so figures, headings and metadata are those of its
  simplified conversion.  The report then shows the simplified text (``hints`` say
  ``script=traditional``); a simplified text with a few traditional characters (a name, a quote)
  is left as it is.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

import numpy as np

from .. import data
from ..errors import DataFileError
from .trad import _table as _trad_table
from .trad import to_simplified

__all__ = [
    "TRADITIONAL_SHARE",
    "is_traditional",
    "join_spaced_digits",
    "normalize_chars",
    "normalize_newlines",
    "simplify_traditional",
]

# share of traditional-only characters among the Chinese characters from which a text is traditional
# (measured on ../shared/real/pages_excerpts.jsonl: traditional copies 0.30–0.42, simplified pages at most
# 0.007; 0.15 leaves room for short simplified texts quoting a traditional title)
TRADITIONAL_SHARE = 0.15

# full-width forms that stand for ASCII in numbers and codes (NFKC maps each to one char)
_FULLWIDTH_ASCII = (
    [chr(c) for c in range(0xFF10, 0xFF1A)]  # ０-９
    + [chr(c) for c in range(0xFF21, 0xFF3B)]  # Ａ-Ｚ
    + [chr(c) for c in range(0xFF41, 0xFF5B)]  # ａ-ｚ
    + list("％．＋－／＝＜＞﹪")
)
# characters that carry nothing: zero-width space/non-joiner/joiner, word joiner, BOM, soft hyphen,
# Mongolian vowel separator, LRM/RLM/ALM, bidi embeddings and isolates, invisible operators,
# combining grapheme joiner, object replacement character
_INVISIBLE = (
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u200e\u200f\u061c\u034f\ufffc"
    + "".join(chr(c) for c in range(0x202A, 0x202F))
    + "".join(chr(c) for c in range(0x2061, 0x2065))
    + "".join(chr(c) for c in range(0x2066, 0x206A))
)
# variation selectors (a glyph variant of the character before: the character is the text)
_VARIATION_SELECTORS = [*range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)]
# spaces other than the ideographic one (kept: it is indentation, stripped at line ends)
_SPACES = "\u00a0\u1680\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
_KANGXI = range(0x2F00, 0x2FD6)
_COMPAT_IDEOGRAPHS = (range(0xF900, 0xFB00), range(0x2F800, 0x2FA20))

# a full-width comma used as a thousands separator: digit ， three digits
# (the comma comes first so the regex engine can jump from comma to comma; the digit before is a lookbehind)
_THOUSANDS_COMMA = re.compile(r"，(?<=\d，)(?=\d{3}(?!\d))")
# a run of full-width ASCII forms (NFKC maps each to one ASCII character)
# (one character, then the rest of the run: a pattern that opens with a repeat is tried at every offset)
_FULLWIDTH_RUN = re.compile("[{0}][{0}]*".format(re.escape("".join(_FULLWIDTH_ASCII))))

# --- spaced digit runs, from named pieces ---------------------------------------------
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
# not right after another number (``12 0 0 1 件`` is a row of cells) nor inside one
_NOT_AFTER_NUMBER = r"(?<![\d.,])(?<![\d.,] )"
# single digits separated by single spaces, maybe with a spaced decimal point: 1 9 9 7, 5 8 . 6, 7 . 8
_SPACED_RUN = r"\d(?: \d)+(?: \. \d(?: \d)*)?|\d \. \d(?: \d)*"
# what a figure's digits run into: a Chinese character (年, 亿元, 件), a percent sign, the dash of a
# span of years (2021—2025年) or a comma/stop.  Not a closing quote or bracket: “5 1”重点 (a real
# page) is 5+1 with the plus sign lost, not 51
_UNIT_AHEAD = rf"(?= ?[{_HAN}%‰—–～、，。；：])"
_SPACED_DIGITS = re.compile(rf"{_NOT_AFTER_NUMBER}(?P<run>{_SPACED_RUN}) ?{_UNIT_AHEAD}")
# what every spaced run holds: a cheap test before the pattern above is tried at every offset
# (written from the space on, the digit before it looked behind: ``re`` skips to a literal fast, to a digit slowly)
_SPACED_PAIR = re.compile(r" (?<=\d )\.? ?\d")

# --- pinyin artefacts of converted mirror sites: 復(fù)議 --------------------------------
_TONE_VOWEL = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# a line holding only invisible characters inside a sentence: a web page's inline element that the
# export put on lines of its own (the 2017 national report: 74.4\n\u200b\n万亿元); the lines join
_HEADING_START = r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])"
_INVISIBLE_LINE = re.compile(rf"(?<=[^\n])\n[{_INVISIBLE}]+\n(?=[^\n])(?!{_HEADING_START})")
_PINYIN = re.compile(rf"(?<=[{_HAN}])\((?=[a-zü{_TONE_VOWEL}]*[{_TONE_VOWEL}])[a-zü{_TONE_VOWEL}]{{1,6}}\)")


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")


@lru_cache(maxsize=1)
def _translation() -> dict[int, str | None]:
    """One ``str.translate`` table: invisible characters out, spaces, radicals, compatibility ideographs."""
    table: dict[int, str | None] = {ord(c): None for c in _INVISIBLE}
    table.update({c: None for c in _VARIATION_SELECTORS})
    table.update({ord(c): " " for c in _SPACES})
    for cp in (*_KANGXI, *_COMPAT_IDEOGRAPHS[0], *_COMPAT_IDEOGRAPHS[1]):
        to = unicodedata.normalize("NFKC", chr(cp))
        if to != chr(cp) and len(to) == 1:
            table[cp] = to
    for lineno, (code, ideograph) in data.tsv("cjk_radicals.tsv", 2):
        cp = int(code, 16)
        if not 0x2E80 <= cp <= 0x2EFF or len(ideograph) != 1:
            raise DataFileError(data.where("cjk_radicals.tsv"), lineno, f"not a radical → ideograph row: {code}")
        table[cp] = ideograph
    return table


def _nfkc(m: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", m.group())


def _join(m: re.Match[str]) -> str:
    return m["run"].replace(" ", "")


def join_spaced_digits(text: str) -> str:
    """``1 9 9 7 年`` → ``1997年``, ``7 4 7 7 2 亿元`` → ``74772亿元``; table cells and lone runs kept."""
    return _SPACED_DIGITS.sub(_join, text) if _SPACED_PAIR.search(text) else text


def _sub_by_lines(pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str], text: str) -> str:
    """``pattern.sub(repl, text)`` for a pattern that never matches a newline nor looks past one, done on
    pieces of about ``_COUNT_CHUNK`` characters cut after a newline: ``re.sub`` holds every piece of its
    output at once, which for a long text with a match on every line is many times the text."""
    if len(text) <= _COUNT_CHUNK:
        return pattern.sub(repl, text)
    parts = []
    start = 0
    while start < len(text):
        cut = text.find("\n", start + _COUNT_CHUNK)
        end = len(text) if cut < 0 else cut + 1
        parts.append(pattern.sub(repl, text[start:end]))
        start = end
    return "".join(parts)


def normalize_chars(text: str) -> str:
    """Every character-level rule of the module docstring except the traditional conversion."""
    text = normalize_newlines(text)
    # which characters the text holds, counted once: a rule whose characters it lacks is not run (the steps
    # before the translation only remove characters or map them to ASCII, so the counts stay a superset)
    counts = char_counts(text)
    if "\n" in text and present_codes(counts, _INVISIBLE_CODES):
        text = _INVISIBLE_LINE.sub("", text)
    if present_codes(counts, _FULLWIDTH_CODES):
        text = _sub_by_lines(_FULLWIDTH_RUN, _nfkc, text)
    text = _translate_counted(text, counts, _translation(), _translation_keys())
    text = _THOUSANDS_COMMA.sub(",", text)
    if "(" in text:
        text = _PINYIN.sub("", text)
    return join_spaced_digits(text)


def char_counts(text: str) -> np.ndarray:
    """How often each code point occurs in ``text`` (index: the code point; counted in C, one pass).

    A long text is counted ``_COUNT_CHUNK`` characters at a time: its UTF-32 copy (4 bytes a character)
    and the 8-byte integers ``bincount`` makes of it would otherwise be 12 bytes a character at once."""
    if len(text) <= _COUNT_CHUNK:
        return _bincount(text)
    counts = np.zeros(0, dtype=np.intp)
    for start in range(0, len(text), _COUNT_CHUNK):
        part = _bincount(text[start : start + _COUNT_CHUNK])
        if len(part) > len(counts):
            part[: len(counts)] += counts
            counts = part
        else:
            counts[: len(part)] += part
    return counts


# characters counted at a time by ``char_counts`` (12 MB of transient arrays)
_COUNT_CHUNK = 1 << 20


def _bincount(text: str) -> np.ndarray:
    return np.bincount(np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32))


@lru_cache(maxsize=8)
def _code_points(keys: frozenset[int]) -> np.ndarray:
    return np.array(sorted(keys), dtype=np.int64)


def present_codes(counts: np.ndarray, keys: frozenset[int]) -> list[int]:
    """The code points of ``keys`` that occur (``counts`` from ``char_counts``)."""
    cps = _code_points(keys)
    cps = cps[cps < len(counts)]
    return [int(cp) for cp in cps[counts[cps] > 0]]


def translate_present(text: str, table: dict[int, str | None]) -> str:
    """``text.translate(table)``, with only the entries whose characters ``text`` holds.

    ``str.translate`` looks every character up in the table; most texts hold none of a large table's
    characters, and which ones they hold is counted far faster than the lookups are made."""
    return _translate_counted(text, char_counts(text), table)


def _translate_counted(
    text: str, counts: np.ndarray, table: dict[int, str | None], keys: frozenset[int] | None = None
) -> str:
    """``translate_present`` with the text's ``char_counts`` (or those of a text holding all of its characters)
    and, when at hand, the table's key set."""
    present = present_codes(counts, frozenset(table) if keys is None else keys)
    return text.translate({cp: table[cp] for cp in present}) if present else text


@lru_cache(maxsize=1)
def _translation_keys() -> frozenset[int]:
    return frozenset(_translation())


@lru_cache(maxsize=1)
def _traditional_keys() -> frozenset[int]:
    return frozenset(_trad_table())


_INVISIBLE_CODES = frozenset(ord(c) for c in _INVISIBLE)
_FULLWIDTH_CODES = frozenset(ord(c) for c in _FULLWIDTH_ASCII)


def is_traditional(text: str) -> bool:
    """Are at least ``TRADITIONAL_SHARE`` of the text's Chinese characters traditional-only?"""
    counts = char_counts(text)
    han = int(counts[0x4E00:0xA000].sum() + counts[0x3400:0x4DC0].sum())
    cps = _code_points(_traditional_keys())
    trad = int(counts[cps[cps < len(counts)]].sum())
    return han > 0 and trad >= TRADITIONAL_SHARE * han


def simplify_traditional(text: str) -> tuple[str, bool]:
    """``text`` in simplified characters when it is a traditional text (same length); whether it was."""
    if is_traditional(text):
        return to_simplified(text), True
    return text, False
