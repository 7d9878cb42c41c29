"""Linker ``natural_increase``: a population's natural growth rate is its birth rate less its death rate.

A 统计公报 states the three rates together, in permille (全年人口出生率11.00‰，死亡率6.66‰，人口自然增长率4.34‰):
the natural growth rate, the birth rate and the death rate nearest before it in its paragraph, none of them of
another scope in between (one 自然增长率 per birth and death rate).  A natural growth rate written negative
(-2.25‰, 负2.25‰: more deaths than births) is the death rate less the birth rate, its figure being the magnitude; a
birth or death rate written negative is left alone.  The three are named, not placed, so a failure is a warning at
most.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import data
from ...types import Report
from ..linking import own_label, paragraph_bounds
from ..mentions import Mention, mentions
from ..model import Relation, RelationKind

LINKER = "natural_increase"
CONFIDENCE = 0.6
NAME = "人口自然增长率 = 出生率 − 死亡率"

_WORDS = data.grouped_words("relation_words.tsv")
_ROLE = {
    role: re.compile(f"(?:{data.alternation(_WORDS[role])})$") for role in ("natural_rate", "birth_rate", "death_rate")
}
# how far before the natural growth rate its birth rate may stand
_REACH = 160
_NEGATIVE = re.compile(r"[-－‐−负]\s*$")


def _role(text: str, m: Mention, ms: tuple[Mention, ...]) -> str | None:
    if m.unit != "‰":
        return None
    lab = re.sub(r"(?:为|是|达|约)+$", "", _NEGATIVE.sub("", own_label(text, m, ms)))
    return next((role for role, rx in _ROLE.items() if rx.search(lab)), None)


def link_natural_increases(report: Report) -> Iterator[Relation]:
    """ "出生率11.00‰，死亡率6.66‰，自然增长率4.34‰": 11.00 − 6.66 = 4.34; "…自然增长率-2.25‰" after 6.13‰ and
    8.38‰: 8.38 − 6.13 = 2.25."""
    text = report.text
    if "自然增长率" not in text:
        return  # (the cheap test first)
    ms = mentions(report)
    for i, nat in enumerate(ms):
        if _role(text, nat, ms) != "natural_rate":
            continue
        negative = _NEGATIVE.search(text, max(0, nat.start - 2), nat.start) is not None
        ps, _ = paragraph_bounds(text, nat.start)
        birth = death = None
        for m in reversed(ms[:i]):
            if m.start < max(ps, nat.start - _REACH):
                break
            role = _role(text, m, ms)
            if role == "natural_rate":
                break
            if role == "death_rate" and death is None and birth is None:
                death = m
            elif role == "birth_rate" and death is not None:
                birth = m
                break
        if birth is None or death is None or _NEGATIVE.search(text, max(0, birth.start - 2), birth.start):
            continue
        # the figures are magnitudes: a negative natural rate is what the deaths exceed the births by
        pair = (birth, death) if negative else (death, birth)
        yield Relation(RelationKind.GROWTH, pair, nat, LINKER, CONFIDENCE, cue=(nat.start, nat.end), name=NAME)
