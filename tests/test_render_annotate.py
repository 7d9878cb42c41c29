"""annotate.nest: overlapping spans become properly nested pieces, no character lost or repeated."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analyzer.render.annotate import Ann, Piece, flatten, nest

TEXT = "受理行政复议案件29件，纠错率58.6%。"


def A(start, end, layer=0, name="a"):
    return Ann(start, end, layer, "figure", name)


def covered(pieces: tuple[Piece, ...], lo: int) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}

    def walk(ps, pos, names):
        for p in ps:
            if p.ann is None:
                for k in range(len(p.text)):
                    out[pos + k] = set(names)
                pos += len(p.text)
            else:
                pos = walk(p.children, pos, names | {p.ann.anchor})
        return pos

    walk(pieces, lo, frozenset())
    return out


CASES = [
    # (annotations, description)
    ([A(0, 12, 0, "ev"), A(2, 11, 2, "fig")], "figure inside evidence"),
    ([A(2, 11, 2, "fig"), A(0, 12, 0, "ev")], "order of the list does not matter"),
    ([A(0, 8, 0, "x"), A(4, 12, 1, "y")], "crossing spans"),
    ([A(3, 9, 0, "x"), A(3, 9, 2, "y")], "identical ranges: layer decides"),
    ([A(0, 4, 0, "x"), A(4, 8, 0, "y")], "adjacent spans"),
    ([A(0, 10, 0, "x"), A(2, 5, 1, "y"), A(4, 8, 2, "z")], "three levels, the innermost crossing"),
    ([A(-5, 3, 0, "x"), A(15, 99, 0, "y")], "spans outside the range are clipped"),
    ([A(5, 5, 0, "empty")], "empty span gives no piece"),
]


@pytest.mark.parametrize("anns,desc", CASES, ids=[c[1] for c in CASES])
def test_annotate_nest_keeps_text_and_coverage(anns, desc):
    lo, hi = 0, len(TEXT)
    pieces = nest(TEXT, lo, hi, anns)
    assert flatten(pieces) == TEXT
    cov = covered(pieces, lo)
    for k in range(lo, hi):
        expected = {a.anchor for a in anns if a.start <= k < a.end}
        assert cov[k] == expected, (desc, k)


def test_annotate_nest_first_and_last_flags_once_per_annotation():
    anns = [A(0, 8, 0, "x"), A(4, 12, 1, "y")]
    pieces = nest(TEXT, 0, len(TEXT), anns)
    flags: dict[str, list[tuple[bool, bool]]] = {}

    def walk(ps):
        for p in ps:
            if p.ann is not None:
                flags.setdefault(p.ann.anchor, []).append((p.first, p.last))
                walk(p.children)

    walk(pieces)
    assert flags["y"] == [(True, False), (False, True)]  # split at x's end
    assert sum(f for f, _ in flags["x"]) == 1 and sum(last for _, last in flags["x"]) == 1


def test_annotate_nest_outer_layer_wins_on_equal_ranges():
    pieces = nest(TEXT, 0, len(TEXT), [A(3, 9, 2, "inner"), A(3, 9, 0, "outer")])
    (_head, mark, _tail) = pieces
    assert mark.ann.anchor == "outer" and mark.children[0].ann.anchor == "inner"


spans = st.lists(st.tuples(st.integers(-3, 25), st.integers(-3, 25), st.integers(0, 2)), max_size=6)


@given(spans)
def test_annotate_nest_property_every_char_keeps_its_annotations(raw):
    anns = [A(s, e, layer, f"a{i}") for i, (s, e, layer) in enumerate(raw)]
    pieces = nest(TEXT, 0, len(TEXT), anns)
    assert flatten(pieces) == TEXT
    cov = covered(pieces, 0)
    for k in range(len(TEXT)):
        assert cov[k] == {a.anchor for a in anns if a.start <= k < a.end}
