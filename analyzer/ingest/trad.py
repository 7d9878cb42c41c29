"""Traditional → simplified characters, one character for one (offsets are kept).

Some pages carry reports in traditional characters (寧夏自治區…法治政府建設報告).
``to_simplified(text)`` maps each character on its own with the first candidate of
OpenCC's ``TSCharacters`` table (shipped with opencc-python-reimplemented), then
applies the entries of OpenCC's ``TSPhrases`` table whose two sides have the same
length (答覆 → 答复, 反覆 → 反复, where 覆 alone stays 覆).  Every entry used maps
n characters to n characters, so the result has exactly the length of the input and
an offset found in it is an offset of the original text.  The one phrase entry
that changes the length is not used.

Heading and keyword matching use it on any text; the cleaner converts a whole text
with it when the text is a traditional one (``normalize.simplify_traditional``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources


def _opencc_table(name: str) -> list[tuple[str, str]]:
    text = resources.files("opencc").joinpath("dictionary", name).read_text(encoding="utf-8")
    pairs = []
    for line in text.splitlines():
        key, _, values = line.partition("\t")
        first = values.split(" ")[0] if values else ""
        if key and first and key != first and len(key) == len(first):
            pairs.append((key, first))
    return pairs


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    return {ord(k): v for k, v in _opencc_table("TSCharacters.txt") if len(k) == 1}


@lru_cache(maxsize=1)
def _phrases() -> tuple[re.Pattern[str], dict[str, str]]:
    pairs = dict(_opencc_table("TSPhrases.txt"))
    alternation = "|".join(re.escape(k) for k in sorted(pairs, key=len, reverse=True))
    return re.compile(alternation), pairs


@lru_cache(maxsize=1)
def _traditional_chars() -> frozenset[str]:
    return frozenset(map(chr, _table()))


# from this many characters on, the traditional characters present are found from the text's code-point counts
# (``normalize.char_counts``: one pass in C) rather than by hashing every character into a set
_COUNTED_FROM = 512


def _present_traditional(text: str) -> frozenset[str]:
    """The traditional characters (the keys of ``_table``) that occur in ``text``."""
    if len(text) < _COUNTED_FROM:
        return _traditional_chars().intersection(text)
    from .normalize import char_counts, present_codes  # (normalize imports this module)

    return frozenset(map(chr, present_codes(char_counts(text), _traditional_codes())))


@lru_cache(maxsize=1)
def _traditional_codes() -> frozenset[int]:
    return frozenset(_table())


def to_simplified(text: str) -> str:
    """``text`` with traditional characters replaced by simplified ones; same length, same offsets."""
    # (translated with the entries of the characters it holds only, when it holds any: ``str.translate`` looks
    # every character up, and a character the table lacks costs a KeyError raised and cleared)
    present = _present_traditional(text)
    table = _table()
    out = text.translate({ord(c): table[ord(c)] for c in present}) if present else text
    pattern, pairs = _phrases()
    spans = [(m.start(), m.group()) for m in pattern.finditer(text)]
    if not spans:
        return out
    parts: list[str] = []
    at = 0
    for start, key in spans:
        parts.append(out[at:start])
        parts.append(pairs[key])
        at = start + len(key)
    parts.append(out[at:])
    return "".join(parts)


def has_traditional(text: str) -> bool:
    table = _table()
    return any(ord(c) in table for c in text)
