"""Offsets of characters in a text, found in one vectorised pass (for bisection afterwards).

Sentence, clause and paragraph starts are looked up tens of thousands of times per
report; a sorted array of the offsets of the delimiters answers each with one
bisection instead of a scan back through the text.
"""

from __future__ import annotations

import bisect
import functools
from array import array

import numpy as np


def offsets_of(text: str, chars: str) -> array[int]:
    """The offsets of every character of ``chars`` in ``text``, ascending, as machine integers (8 bytes each,
    not a 36-byte int object: a 50 MB text has millions of clause ends)."""
    return offsets_of_each(text, chars)[0]


def offsets_of_each(text: str, *charsets: str) -> tuple[array[int], ...]:
    """``offsets_of`` for several sets of characters, the text's code points read once for all of them."""
    tables = [_table(chars) for chars in charsets]
    outs: tuple[array[int], ...] = tuple(array("q") for _ in charsets)
    # in pieces, so that the code points of a big text are never held all at once (4 bytes per character)
    for lo in range(0, len(text), _PIECE):
        points = np.frombuffer(text[lo : lo + _PIECE].encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        # (as indices once for all tables: ``np.take`` is about twice as fast as indexing with the array)
        points = points.astype(np.intp)
        for table, out in zip(tables, outs, strict=True):
            # (code points past the table's end, outside the Basic Multilingual Plane, are clipped to its last
            # entry, U+FFFF: no delimiter)
            hits = np.take(table, points, mode="clip")
            out.frombytes((np.flatnonzero(hits) + lo).astype(np.int64).tobytes())
    return outs


@functools.lru_cache(maxsize=16)
def _table(chars: str) -> np.ndarray:
    """A look-up table over the Basic Multilingual Plane: True at the characters of ``chars`` (64 KB; three
    times faster than ``np.isin`` over a text).  U+FFFF, a noncharacter, stands for every code point above."""
    if any(ord(c) >= _LAST_POINT for c in chars):
        raise ValueError(f"delimiters must be BMP characters below U+FFFF: {chars!r}")
    table = np.zeros(_LAST_POINT + 1, dtype=bool)
    table[[ord(c) for c in chars]] = True
    return table


_LAST_POINT = 0xFFFF


# characters read at once by ``offsets_of``
_PIECE = 1 << 18


def after_last(offsets: array[int], pos: int, lo: int) -> int:
    """The offset right after the last of ``offsets`` in ``[lo, pos)``, else ``lo``."""
    i = bisect.bisect_left(offsets, pos) - 1
    return offsets[i] + 1 if i >= 0 and offsets[i] >= lo else lo
