"""Linker ``glossed_count``: a glossary term's count written again in its definition.

Two halves: MUST (the term's count and the definition's are linked; a warning when they differ) and MUST_NOT
(no link, no warning).  Every entry is written for the test in the style of a 政府工作报告's glossary (none
copied from a real report).
"""

from __future__ import annotations

import pytest
from _relation_links import links_by
from test_relations_linkers_enum import FAST

from analyzer import analyze_text
from analyzer.types import Severity

RULE = "conflicting_values"


def _links(text: str) -> list[tuple[str, str, bool | None]]:
    return [
        (k.relation.operands[0].text, k.relation.operands[1].text, k.outcome.holds)
        for k in links_by(text, "glossed_count")
    ]


def _raised(text: str) -> list[Severity]:
    report = analyze_text(text, FAST)
    return [f.severity for f in report.findings if f.rule == RULE and f.severity is not Severity.INFO]


HEAD = "名词解释\n"

# (case, text, the two counts linked, holds)
MUST = [
    (
        "a term's count restated in the definition's whole (等…)",
        HEAD + "3.稳就业“15”条：2025年3月，省政府印发实施意见，围绕扩岗、稳岗、兜底等3个方面15条措施。\n",
        ("15”条", "15条"),
        True,
    ),
    (
        "a Chinese count and the noun after it",
        HEAD + "5.四大攻坚行动：省委全会提出，要实施产业升级、城乡融合等4项重点攻坚行动。\n",
        ("四大", "4项"),
        True,
    ),
    (
        "the definition on the next line",
        "注释\n［7］八大民生工程：\n指全年部署的教育、医疗、养老等9个民生工程。\n",
        ("八大", "9个"),
        False,
    ),
    (
        "the definition counting another number of measures",
        HEAD + "3.稳就业“15”条：2025年3月，省政府印发实施意见，提出扩岗、稳岗、兜底等方面16条措施。\n",
        ("15”条", "16条"),
        False,
    ),
]


@pytest.mark.parametrize(("case", "text", "counts", "holds"), MUST, ids=[c[0] for c in MUST])
def test_links(case, text, counts, holds):  # type: ignore[no-untyped-def]
    assert (*counts, holds) in _links(text), (case, _links(text))
    assert _raised(text) == ([] if holds else [Severity.WARNING]), case


MUST_NOT = [
    (
        "a part of the whole (其中)",
        HEAD + "5.四大攻坚行动：全年实施产业升级、城乡融合等攻坚行动，其中3项攻坚行动已完成年度任务。\n",
    ),
    (
        "two counts naming the noun: which restates the term is unclear",
        HEAD + "5.四大攻坚行动：省委提出4项攻坚行动，今年先行推进2项攻坚行动。\n",
    ),
    ("a count of another noun", HEAD + "5.四大攻坚行动：省委全会提出，要在3个片区推进产业升级。\n"),
    (
        "a term with two counts (the enumeration linker's)",
        HEAD + "7.“三大高地”“五大战略”：开放高地、创新高地、人才高地，强省战略、赋能战略。\n",
    ),
    ("a count of one", HEAD + "9.“一张图”：全省统一的3个空间数据平台。\n"),
    (
        "the text's own mention with another number: another programme",
        "出台稳就业“12条”政策。\n" + HEAD + "3.稳就业“15”条：省政府提出扩岗、稳岗、兜底等3个方面15条措施。\n",
    ),
]


@pytest.mark.parametrize(("case", "text"), MUST_NOT, ids=[c[0] for c in MUST_NOT])
def test_does_not_link(case, text):  # type: ignore[no-untyped-def]
    assert [p for p in _links(text) if p[2] is False] == [], (case, _links(text))
    assert _raised(text) == [], case
