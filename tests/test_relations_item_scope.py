"""Numbered items whose headings state a figure of their own are entries of a list of parallel subjects: a name
written under two of them (收入 of two groups of visitors) is stated for two subjects, not restated. Items whose
headings are topics keep their figures comparable (sentences written here)."""

from __future__ import annotations

import pytest

from analyzer import Settings, analyze_text

FAST = Settings(classify=False)


def _conflicts(text: str) -> list[str]:
    return [f.message for f in analyze_text(text, FAST).findings if f.rule == "conflicting_values"]


PARALLEL = [
    # two groups of visitors, each item's heading its count, the receipts under it
    "2025年1-6月全市旅游接待情况：\n"
    "1、接待入境游客120.50万人次，比去年同期增长4.2%；\n旅游外汇收入合计6.35亿美元，比去年同期增长3.1%；\n"
    "2、接待入境过夜游客80.20万人次，比去年同期增长2.6%；\n旅游外汇收入5.10亿美元，比去年同期增长2.2%；\n",
    # two kinds of applications, each item's heading its count, the cases closed under it
    "全年政务服务办理情况：\n"
    "1、受理企业开办申请3260件，比上年增长12.0%；\n办结申请3201件，按时办结率98.2%；\n"
    "2、受理工程建设项目审批申请845件，比上年增长6.5%；\n办结申请822件，按时办结率97.3%；\n",
]

RESTATED = [
    # topic headings (no figure of their own): one count restated differently under two of them
    "一、主要工作\n1、加强行政复议工作\n全年受理行政复议案件29件，直接纠错17件。\n"
    "2、推进行政应诉工作\n全年受理行政复议案件31件，行政机关负责人出庭应诉率100%。\n",
]


@pytest.mark.parametrize("text", PARALLEL)
def test_items_of_two_subjects_are_no_restatement(text: str) -> None:
    assert _conflicts(text) == []


@pytest.mark.parametrize("text", RESTATED)
def test_items_under_topic_headings_still_compared(text: str) -> None:
    got = _conflicts(text)
    assert any("29件" in m and "31件" in m for m in got), got
