"""Year and basis of a 政府工作报告's figures where a target and a result are easily confused (issue 14).

Each family has a must half (the figure read as the fix reads it) and a must-not half (the
neighbouring phrasing that keeps the old reading).  GOV is a report about 2025 (delivered in 2026).
"""

from __future__ import annotations

import pytest

from analyzer.extract import extract_metrics
from analyzer.extract.context import is_plan_heading
from analyzer.settings import Settings
from analyzer.types import Genre, Meta, Section

GOV = Meta(title=None, issuer=None, region=None, year=2025, genre=Genre.GOV_WORK_REPORT)
FAZHI = Meta(title=None, issuer=None, region=None, year=2025, genre=Genre.FAZHI_ANNUAL)


def in_section(text: str, heading: str, category: str | None, meta: Meta = GOV):
    sections = (Section("0", 0, "", 0, 0), Section("1", 1, heading, 0, len(text), category=category))
    return extract_metrics(text, sections, meta, Settings())


def the(ms, needle: str):
    return next(m for m in ms if needle in m.text)


# -- 过去一年/去年 at the head of the coming year's section: the reviewed year's results --------------
PAST_YEAR = [
    # must: a result of 2025
    (
        "2026年是“十五五”开局之年。过去一年，全省工作取得新成效。地区生产总值增长5.6%，城镇新增就业12万人。",
        "5.6%",
        "actual",
        2025,
    ),
    (
        "2026年是“十五五”开局之年。过去一年，全省工作取得新成效。地区生产总值增长5.6%，城镇新增就业12万人。",
        "12万人",
        "actual",
        2025,
    ),
    ("去年地区生产总值增长5.6%，好于预期。", "5.6%", "actual", 2025),
    # must not: a target word or 今年 after the past year word, or 去年 deep in an earlier sentence
    ("过去一年成绩来之不易。今年主要预期目标是：地区生产总值增长5%左右。", "5%左右", "target", 2026),
    ("过去一年成绩来之不易，主要预期目标是：地区生产总值增长5%左右。", "5%左右", "target", 2026),
    ("今年拟安排财政赤字1200亿元，赤字率从去年的3%提高到4%。", "4%", "target", 2026),
    (
        "物价仍有上涨压力，其中去年价格的翘尾影响较大。把居民消费价格涨幅控制在2%左右，是综合考虑的结果。",
        "2%左右",
        "target",
        2026,
    ),
]


@pytest.mark.parametrize(("text", "needle", "basis", "year"), PAST_YEAR)
def test_past_year_words_make_results_in_a_tasks_section(text, needle, basis, year):
    m = the(in_section(text, "2026年重点工作", "tasks"), needle)
    assert (m.basis.value, m.year) == (basis, year)


def test_past_year_words_only_in_a_gov_work_report():
    # must not: a 法治 report's 下一年度 section keeps its targets (去年 is no review opener there)
    m = the(in_section("过去一年，新建学校8所。", "下一年度工作安排", "plans", FAZHI), "8所")
    assert m.basis.value == "target"


# -- 超过/完成预期目标: a result measured against the goal ------------------------------------------
GOAL_WORDS = [
    # must: results
    ("全省地区生产总值增长5.6%，增速高于预期目标。城镇新增就业超过预期目标，达到12万人。", "12万人", "actual", 2025),
    ("城镇新增就业完成预期目标，新增12万人。", "12万人", "actual", 2025),
    # must not: the goal itself
    ("城镇新增就业预期目标是12万人。", "12万人", "target", 2026),
    ("预期目标为城镇新增就业12万人以上。", "12万人", "target", 2026),
]


@pytest.mark.parametrize(("text", "needle", "basis", "year"), GOAL_WORDS)
def test_goal_words_after_a_result_verb_are_no_goal(text, needle, basis, year):
    m = the(in_section(text, "", None), needle)
    assert (m.basis.value, m.year) == (basis, year)


# -- a target under a five-year-plan heading is the plan's, of no single year ---------------------------
@pytest.mark.parametrize(
    ("heading", "plan"),
    [
        # must
        ("“十五五”时期主要目标任务", True),
        ("“十三五”时期发展成就和“十四五”时期主要目标任务", True),
        ("关于《国民经济和社会发展第十五个五年规划纲要（草案）》的说明", True),
        ("今后五年的主要目标", True),
        # must not: a heading naming the coming year too, or the year's work
        ("“十五五”时期目标任务和2026年工作安排", False),
        ("一鼓作气，全力推动“十五五”开好局、起好步", False),
        ("2026年重点工作", False),
        ("今年主要任务", False),
    ],
)
def test_plan_heading(heading, plan):
    assert is_plan_heading(heading) is plan


@pytest.mark.parametrize(
    ("heading", "text", "needle", "year"),
    [
        # must: the plan's target has no year
        ("“十五五”时期主要目标任务", "实现城镇新增就业300万人以上。", "300万人", None),
        # must not: a named year stays; the coming year's section keeps its year
        ("“十五五”时期主要目标任务", "到2030年常住人口城镇化率达到70%。", "70%", 2030),
        ("“十五五”时期目标任务和2026年工作安排", "城镇新增就业60万人以上。", "60万人", 2026),
    ],
)
def test_target_under_a_plan_heading(heading, text, needle, year):
    m = the(in_section(text, heading, "targets"), needle)
    assert (m.basis.value, m.year) == ("target", year)


# -- flows over a named period, and one year's change in a five-year review ----------------------
@pytest.mark.parametrize(
    ("text", "needle", "year", "indicator"),
    [
        # must: multi-year (no year, no indicator)
        ("五年全省新增城镇就业300万人。", "300万人", None, None),
        ("过去五年，全省经济稳步发展，居民收入增长30%。", "30%", None, None),
        # must not: one year's figure
        ("2015年以来新增的市场主体去年纳税200亿元。", "200亿元", 2025, None),
        ("过去五年，全省经济稳步发展。\n去年居民消费价格比上年上涨1.5%。", "1.5%", 2025, "cpi.growth"),
        ("全年城镇新增就业12万人。", "12万人", 2025, "urban_jobs.new"),
    ],
)
def test_period_flows_and_one_year_changes(text, needle, year, indicator):
    m = the(in_section(text, "", None), needle)
    assert (m.year, m.indicator) == (year, indicator)


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("城镇新增就业12万人。", "urban_jobs.new"),  # must
        ("城镇新增就业预期目标比去年多5万人。", None),  # must not: a difference, not the number
    ],
)
def test_urban_jobs_is_no_difference(text, indicator):
    assert in_section(text, "", None)[-1].indicator == indicator
