"""Traditional → simplified characters, for matching only (the report text is never changed).

Some pages carry reports in traditional characters (寧夏自治區…法治政府建設報告).
Keyword and heading matching runs on ``to_simplified(text)``, which maps each
character on its own with the first candidate of OpenCC's ``TSCharacters``
table (shipped with opencc-python-reimplemented).  Every entry of that table
maps one character to one character, so the result has exactly the length of the
input and an offset found in it is an offset of the original text.  OpenCC's
phrase tables (乾隆 stays 乾隆) are not used: they can change lengths, and a
character-level match is all that keyword matching needs.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    text = resources.files("opencc").joinpath("dictionary", "TSCharacters.txt").read_text(encoding="utf-8")
    table: dict[int, str] = {}
    for line in text.splitlines():
        key, _, values = line.partition("\t")
        first = values.split(" ")[0] if values else ""
        if len(key) == 1 and len(first) == 1 and key != first:
            table[ord(key)] = first
    return table


def to_simplified(text: str) -> str:
    """``text`` with traditional characters replaced by simplified ones; same length, same offsets."""
    return text.translate(_table())


def has_traditional(text: str) -> bool:
    table = _table()
    return any(ord(c) in table for c in text)
