"""Sub-headings that name two subjects of one kind put a name's figures under them in two scopes (session 27; the
family of a hotline bulletin of fresh batch 11: 市长信箱 and 区长信箱 each 受理市民来信, read as one figure stated
twice).  Texts written for the test."""

from __future__ import annotations

import pytest
from _relation_links import raised

_RULE = "conflicting_values"


def _bulletin(first: str, second: str) -> str:
    return (
        "一、总体情况\n全年各渠道共受理群众诉求3100件，办结率100%。\n二、分渠道办理情况\n"
        f"（一）{first}\n本月共受理市民来信31件，全部按期办结。\n"
        f"（二）{second}\n本月共受理市民来信18件，全部按期办结。\n"
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("市长信箱", "区长信箱"),  # two mailboxes
        ("物业管理类问题", "城市管理类问题"),  # two classes of complaint
        ("东城街道", "西城街道"),  # two streets
    ],
)
def test_two_subjects_of_one_kind_are_two_scopes(first: str, second: str) -> None:
    assert [m for r, m in raised(_bulletin(first, second)) if r == _RULE] == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("行政复议工作", "行政应诉工作"),  # they share a tail naming no subject: two topics, one count restated
        ("来信办理", "网上信访"),  # no shared head
        ("主要做法和成效", "存在的问题"),  # topical headings
    ],
)
def test_topics_that_name_no_subject_keep_the_restatement(first: str, second: str) -> None:
    got = [m for r, m in raised(_bulletin(first, second)) if r == _RULE]
    assert any("31件" in m and "18件" in m for m in got), got
