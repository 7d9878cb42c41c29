"""Heading keyword rules and the classifier's feature tokens (no model needed)."""

from __future__ import annotations

import pytest

from analyzer.section_features import SectionInput, featurize, neutral_heading, position_tokens, subheadings
from analyzer.section_rules import GENRE_LABELS, category_by_keywords, category_rules, strip_label, topics_by_keywords
from analyzer.tokenizer import cut


@pytest.mark.parametrize(
    "heading, title",
    [
        ("一、主要举措和成效", "主要举措和成效"),
        ("（二）严格依法决策", "严格依法决策"),
        ("(3) 加强监督", "加强监督"),
        ("1.深化改革", "深化改革"),
        ("第三部分", ""),
        ("第二部分：存在的问题", "存在的问题"),
        ("　　四、2025年度推进法治政府建设的安排", "2025年度推进法治政府建设的安排"),
    ],
)
def test_section_rules_strip_label_removes_the_number(heading, title):
    assert strip_label(heading) == title


@pytest.mark.parametrize(
    "heading",
    ["2025年工作回顾", "十四五时期主要目标", "1.5万件办结", "一是加强学习"],
)
def test_section_rules_strip_label_keeps_what_is_not_a_label(heading):
    assert strip_label(heading) == heading


@pytest.mark.parametrize(
    "genre, heading, category",
    [
        ("fazhi_annual", "一、党政主要负责人履行推进法治建设第一责任人职责情况", "duty"),
        ("fazhi_annual", "二、推进法治政府建设的主要举措和成效", "measures"),
        ("fazhi_annual", "三、存在的不足及下一步打算", "shortcomings"),
        ("fazhi_annual", "四、2025年推进法治政府建设的工作安排", "plans"),
        ("fazhi_annual", "五、其他需要报告的情况", "other"),
        ("gov_work_report", "一、2025年工作回顾", "review"),
        ("gov_work_report", "二、2026年经济社会发展总体要求和政策取向", "targets"),
        ("gov_work_report", "三、2026年重点工作", "tasks"),
        ("gov_work_report", "四、全面加强政府自身建设", "self_building"),
        ("info_disclosure_annual", "一、总体情况", "overview"),
        ("info_disclosure_annual", "二、主动公开政府信息情况", "proactive"),
        ("info_disclosure_annual", "三、收到和处理政府信息公开申请情况", "requests"),
        ("info_disclosure_annual", "五、政府信息公开行政复议、行政诉讼情况", "review_litigation"),
        ("info_disclosure_annual", "六、存在的主要问题及改进情况", "problems"),
    ],
)
def test_section_rules_keywords_give_the_category(genre, heading, category):
    assert category_by_keywords(genre, heading) == category


@pytest.mark.parametrize(
    "genre, heading",
    [
        ("fazhi_annual", "第一部分"),
        ("gov_work_report", "一、一年接着一年干，新面貌持续展现"),
        ("fazhi_annual", "一、2025年工作回顾"),  # a gov_work_report word, not a fazhi one
        ("other", "一、主要举措和成效"),
    ],
)
def test_section_rules_keywords_stay_silent_without_telling_words(genre, heading):
    assert category_by_keywords(genre, heading) is None


def test_section_rules_every_rule_names_a_known_category():
    rules = category_rules()
    assert {r.genre for r in rules} == set(GENRE_LABELS)
    assert all(r.label in GENRE_LABELS[r.genre] for r in rules)


@pytest.mark.parametrize(
    "heading, body, must, must_not",
    [
        ("（五）优化行政复议与应诉工作", "", {"disputes"}, {"digital"}),
        ("（三）严格重大行政决策程序", "审查行政规范性文件5件", {"decisions", "rules"}, {"emergency"}),
        ("（一）强化法治学习", "开展集中学法16次", {"leadership"}, {"enforcement"}),
    ],
)
def test_section_rules_topic_keywords(heading, body, must, must_not):
    got = set(topics_by_keywords(heading, body))
    assert must <= got
    assert not (must_not & got)


def test_section_features_neutral_heading_has_no_heading_words():
    body = "（一）主动公开情况\n本年度共主动公开政府信息1200条。"
    named = featurize(SectionInput("一、主动公开政府信息情况", body, 1, 6), cut)
    neutral = featurize(SectionInput(neutral_heading(1), body, 1, 6), cut)
    assert "h:主动" in named.split()
    assert "h:<none>" in neutral.split()
    assert not [t for t in neutral.split() if t.startswith("hc:")]
    # the body is still read
    assert "b:公开" in neutral.split() and "s:主动" in neutral.split()


@pytest.mark.parametrize("index, label", [(0, "第一部分"), (3, "第四部分"), (9, "第十部分"), (11, "第十二部分")])
def test_section_features_neutral_heading_labels(index, label):
    assert neutral_heading(index) == label


def test_section_features_position_tokens_mark_first_and_last():
    assert {"p:first", "p:i0"} <= set(position_tokens(0, 4, 100))
    last = set(position_tokens(3, 4, 100))
    assert "p:last" in last and "p:first" not in last
    # an excerpt: the number of parts is unknown, so nothing about the end
    assert not [t for t in position_tokens(2, None, 100) if t.startswith(("p:e", "p:last", "p:n"))]


def test_section_features_subheadings_are_found_and_items_are_not():
    body = "（一）强化法治学习\n一是加强学习。二是加强考试。\n（二）严格依法决策\n正文。\n1.规范文件\n"
    subs = subheadings(body)
    assert subs[:2] == ["强化法治学习", "严格依法决策"]
    assert not any(s.startswith("是") for s in subs)
