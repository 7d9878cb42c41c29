"""Overlapping spans of the text turned into a properly nested tree, for markup.

A finding's evidence, a verified relation and a figure may overlap in any way;
HTML elements must nest.  ``nest`` splits an annotation where it crosses the
end of an enclosing one, so every character keeps every annotation that covers
it, and each piece knows whether it is the first or last of its annotation
(the first carries the anchor id, the last the finding's badge).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Ann:
    """One annotated range ``[start, end)``; ``layer`` orders equal ranges (outer first)."""

    start: int
    end: int
    layer: int
    kind: str  # "finding" | "verified" | "figure"
    anchor: str  # element id of the first piece
    css: str = ""
    tip: str = ""  # hover text
    badge: str = ""  # shown after the last piece (findings)
    href: str = ""  # where the badge links to


@dataclass(frozen=True)
class Piece:
    """Either plain text (``ann`` is None) or one piece of an annotation with its children."""

    text: str = ""
    ann: Ann | None = None
    children: tuple[Piece, ...] = ()
    first: bool = False
    last: bool = False


def nest(text: str, lo: int, hi: int, anns: list[Ann]) -> tuple[Piece, ...]:
    """The pieces of ``text[lo:hi]`` with every annotation that intersects it, properly nested."""
    todo = sorted(
        ((max(a.start, lo), min(a.end, hi), a) for a in anns if a.start < hi and a.end > lo and a.start < a.end),
        key=lambda t: (t[0], -t[1], t[2].layer),
    )
    return tuple(_build(text, lo, hi, todo))


def _build(text: str, lo: int, hi: int, todo: list[tuple[int, int, Ann]]) -> list[Piece]:
    out: list[Piece] = []
    cur = lo
    while todo:
        s, e, a = todo[0]
        s = max(s, cur)
        if s >= e:
            todo = todo[1:]
            continue
        if s > cur:
            out.append(Piece(text=text[cur:s]))
        rest = todo[1:]
        inner = [(max(s2, s), min(e2, e), a2) for s2, e2, a2 in rest if s2 < e and e2 > s]
        after = [(max(s2, e), e2, a2) for s2, e2, a2 in rest if e2 > e]
        out.append(Piece(ann=a, children=tuple(_build(text, s, e, inner)), first=s == a.start, last=e == a.end))
        cur = e
        todo = sorted(after, key=lambda t: (t[0], -t[1], t[2].layer))
    if cur < hi:
        out.append(Piece(text=text[cur:hi]))
    return out


def flatten(pieces: tuple[Piece, ...]) -> str:
    """The text the pieces cover (for tests: nesting never loses or repeats a character)."""
    return "".join(p.text if p.ann is None else flatten(p.children) for p in pieces)
