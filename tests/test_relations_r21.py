"""Relation families of round R21 (issue 11), found on fresh 统计公报, 政府工作报告 and 12345 hotline passages.

* ``structure``: a ratio of shares written with the vertical two-dot leader a word processor puts between its terms
  (三次产业比调整为11.8︰48.3︰39.9) is a structure like one written with colons;
* ``natural_increase``: a natural growth rate written negative (人口自然增长率为-2.25‰, 负1.69‰) is the death rate
  less the birth rate, its figure being the magnitude;
* ``rate``: a count named timely or late (按时结案597件, 超期办结9件) is no numerator of a rate whose name lacks the word
  (结案率, 办结率: was an error against the whole year's intake), and 按时结案率 is over the work orders dispatched
  (派单420件).

Every sentence is written for the test in the style of a 统计公报, a 政府工作报告 or a hotline's monthly notice (none
copied from a real text).  MUST: the linker relates these and the relation holds or fails as given, a failure
raised; MUST_NOT: the linker relates nothing of the kind.
"""

from __future__ import annotations

import pytest
from _relation_links import assert_links, links_by, links_of, raised

# (linker, text, (kind, operands, result, holds) expected among the links)
MUST = [
    # natural_increase: more deaths than births
    (
        "natural_increase",
        "全年人口出生率5.10‰，死亡率7.30‰，人口自然增长率-2.20‰。",
        [("growth", ("5.10‰", "7.30‰"), "2.20‰", True)],
    ),
    (
        "natural_increase",
        "全年出生人口3.2万人，出生率为6.05‰；死亡人口4.1万人，死亡率为7.74‰；人口自然增长率为负1.69‰。",
        [("growth", ("6.05‰", "7.74‰"), "1.69‰", True)],
    ),
    (
        "natural_increase",
        "全年人口出生率5.10‰，死亡率7.30‰，人口自然增长率为-2.40‰。",
        [("growth", ("5.10‰", "7.30‰"), "2.40‰", False)],
    ),
    # (a positive rate still reads birth less death)
    (
        "natural_increase",
        "全年人口出生率9.35‰，人口死亡率6.20‰，人口自然增长率3.15‰。",
        [("growth", ("6.20‰", "9.35‰"), "3.15‰", True)],
    ),
    # rate: the timely closings over the dispatched work orders
    (
        "rate",
        "本月共受理群众诉求1530件，派单420件，按时结案415件，超时办理5件，结案率100%，按时结案率98.8%。",
        [("ratio", ("415件", "420件"), "98.8%", True)],
    ),
    (
        "rate",
        "本月共受理群众诉求1530件，派单420件，按时结案415件，超时办理5件，按时结案率97.5%。",
        [("ratio", ("415件", "1530件"), "97.5%", False)],
    ),
    (
        "rate",
        "全年共受理行政复议申请45件，结案43件，结案率95.6%。",
        [("ratio", ("43件", "45件"), "95.6%", True)],
    ),
]

MUST_NOT = [
    # natural_increase: a birth rate written negative is no rate of births
    ("natural_increase", "全年人口出生率-5.10‰，死亡率7.30‰，人口自然增长率-2.20‰。"),
    # rate: the timely part is no numerator of the plain rate
    ("rate", "本月共受理群众诉求1530件，派单420件，按时结案415件，超时办理5件，结案率100%。"),
    ("rate", "全年受理投诉860件，按时办结851件，超期办结9件，办结率100%。"),
]


@pytest.mark.parametrize(("linker", "text", "expected"), MUST)
def test_links(linker: str, text: str, expected: list[tuple[str, tuple[str, ...], str, bool]]) -> None:
    assert_links(text, linker, expected)


@pytest.mark.parametrize(("linker", "text"), MUST_NOT)
def test_links_nothing(linker: str, text: str) -> None:
    assert links_of(text, linker) == []


def test_plain_rate_beside_timely_count_quiet() -> None:
    """结案率100% after 按时结案415件 of 420 dispatched: nothing raised (was: an error against the 1530 received)."""
    text = "本月共受理群众诉求1530件，派单420件，按时结案415件，超时办理5件，结案率100%，按时结案率98.8%。"
    assert raised(text) == []


def _structures(text: str) -> list[tuple[tuple[str, ...], bool | None]]:
    return [(tuple(m.text for m in k.relation.operands), k.outcome.holds) for k in links_by(text, "structure")]


STRUCTURE_MUST = [
    ("三次产业结构比调整为9.6︰41.2︰49.2。", [(("9.6", "41.2", "49.2"), True)]),
    (
        "三次产业结构由上年的10.1︰42.0︰47.9调整为9.6︰41.2︰49.2。",
        [(("10.1", "42.0", "47.9"), True), (("9.6", "41.2", "49.2"), True)],
    ),
    ("三次产业比为12.5︰40.3︰48.2。", [(("12.5", "40.3", "48.2"), False)]),
]
STRUCTURE_MUST_NOT = [
    # a mix ratio of ingredients, not shares of one whole
    "按水泥︰砂︰石1︰2︰4的比例配制。",
    # two terms only
    "城乡居民收入比为2.02︰1。",
]


@pytest.mark.parametrize(("text", "expected"), STRUCTURE_MUST)
def test_structure_two_dot_leader(text: str, expected: list[tuple[tuple[str, ...], bool]]) -> None:
    assert _structures(text) == expected
    assert bool(raised(text)) is any(holds is False for _, holds in expected)


@pytest.mark.parametrize("text", STRUCTURE_MUST_NOT)
def test_structure_two_dot_leader_nothing(text: str) -> None:
    assert _structures(text) == []
