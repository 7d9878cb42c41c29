"""Families found by reading every 法治 figure without an id (round T4, issue 14) and the two wrong families of the
independent judgement at 94b3f6f: a district's own 发布 account under all proactive items, a reading class's seminar
under party lessons.  The sentences are the project's own, written in the genre's style.  Two halves per family: the
figure that must get the id, and its neighbour (another count of the same nouns, a part, a change) that must not.
"""

from __future__ import annotations

import pytest

from analyzer.extract import extract_metrics
from analyzer.indicators import load_taxonomy
from analyzer.settings import DEFAULT_SETTINGS
from analyzer.types import Genre, Meta, Section

FAZHI = Meta(title=None, issuer=None, region=None, year=2024, genre=Genre.FAZHI_ANNUAL)
XXGK = Meta(title=None, issuer=None, region=None, year=2024, genre=Genre.INFO_DISCLOSURE_ANNUAL)

DEFAULT_TAXONOMY_IDS = set(load_taxonomy().ids)


def ids(text, meta=FAZHI):
    return [m.indicator for m in extract_metrics(text, (Section("0", 0, "", 0, len(text)),), meta, DEFAULT_SETTINGS)]


# (text, figure's position, id or None, meta)
MUST = [
    # proof requirements replaced by a written commitment (a new id: many 法治 reports state it)
    ("深入推行证明事项告知承诺制，全市共有820项证明事项实行告知承诺。", 0, "proof_items.commitment", FAZHI),
    ("对74个证明事项实行告知承诺制，减少群众跑腿。", 0, "proof_items.commitment", FAZHI),
    # the tasks of a work plan counted in 项
    ("印发年度法治政府建设工作要点，明确6个方面24项重点任务。", 1, "plan.tasks", FAZHI),
    # what a quoted account named …发布 posts is that new-media channel's
    ("全年通过“某某县人民政府发布”发布信息612条。", 0, "gov_new_media.posts", XXGK),
    ("“某某市发布”发布信息3300条。", 0, "gov_new_media.posts", FAZHI),
    # the proactive total of the government (no channel named) keeps its id
    ("按“谁公开、谁审核、谁发布”要求主动公开政府信息1200条。", 0, "info_disclosure.proactive_items", XXGK),
    ("全年主动公开政府信息5210条。", 0, "info_disclosure.proactive_items", XXGK),
    # centre-group study, 第一议题 and party lessons keep theirs
    ("全年开展“第一议题”学习30次、书记讲党课2次。", 1, "legal_study.party_lessons", FAZHI),
    ("党组理论学习中心组集中研讨9次。", 0, "legal_study.party_lessons", FAZHI),
]

# (text, figure's position, the id it must not get, meta)
MUST_NOT = [
    # cancelled or kept proof requirements are other counts
    ("全年取消证明事项36项。", 0, "proof_items.commitment", FAZHI),
    ("全面推行告知承诺制，保留证明事项41项。", 0, "proof_items.commitment", FAZHI),
    # proof requirements are no service items
    ("全面推行告知承诺制，640项证明事项实现告知承诺办理。", 0, "gov_services.items", FAZHI),
    # the parts of a report, the areas of a plan and the industries of a task are no tasks (N个 is not read)
    ("本报告分为工作成效、存在不足、下一步重点工作措施三个部分。", 0, "plan.tasks", FAZHI),
    ("印发年度法治政府建设工作要点，明确6个方面24项重点任务。", 0, "plan.tasks", FAZHI),
    ("规划纲要提出了十二个方面重点任务。", 0, "plan.tasks", FAZHI),
    ("钢铁、煤炭等9个重点行业去产能年度任务全面完成。", 0, "plan.tasks", FAZHI),
    # a quoted 发布 account's posts are not all the proactive items
    ("全年通过“某某县人民政府发布”发布信息612条。", 0, "info_disclosure.proactive_items", XXGK),
    ("“某某市发布”发布信息3300条。", 0, "info_disclosure.proactive_items", XXGK),
    # a principle quoted with 发布 names no account
    ("按“谁公开、谁审核、谁发布”要求主动公开政府信息1200条。", 0, "gov_new_media.posts", XXGK),
    # a reading class's seminar is no centre-group study, 第一议题 or party lesson
    ("全年开展“第一议题”学习30次、读书班研讨3次。", 1, "legal_study.party_lessons", FAZHI),
    ("举办党纪学习教育读书班2期。", 0, "legal_study.party_lessons", FAZHI),
]


@pytest.mark.parametrize(("text", "position", "expected", "meta"), MUST)
def test_figure_gets_the_id(text, position, expected, meta):
    got = ids(text, meta)
    assert got[position] == expected, (text, got)


@pytest.mark.parametrize(("text", "position", "forbidden", "meta"), MUST_NOT)
def test_neighbour_does_not_get_it(text, position, forbidden, meta):
    assert forbidden in DEFAULT_TAXONOMY_IDS, forbidden
    got = ids(text, meta)
    assert got[position] != forbidden, (text, got)
