"""The false families of the third fresh batch (published text outside ../shared/real), each a two-half table.

At the start of session 25 the checker raised 0 errors and 10 warnings on 19 fresh excerpts, none of them real.
The families, fixed as mechanisms (every sentence below is written for the test in the genre's style):

* contributions to growth (三次产业对经济增长的贡献率分别为…) read as each sector's share of the level;
* a line opened by another year (2023年普查结果：生产总值…) restating the report year's figure;
* a count received (受理…申请95件) and a count answered (答复…申请98件) read as one figure restated;
* two statements of one name an order apart (全省 29.75万件 against the provincial hotline's 1114件);
* a 其中 list whose later parts break down its first part (a funnel of follow-up calls; 税收收入 and 非税收入 within
  预算收入, 占预算收入比重…) summed as siblings.

A fourth fresh batch (22 excerpts: budget execution, township 法治 reports, departments' 信息公开 reports, audit
reports, 政府工作报告 digests), run once at the commit that fixed the third, raised 2 errors and 1 warning, none
real; its families:

* a budget's change written 比上年增收1284万元 / 减收2354万元 / 减支9240万元 (verbs the change linker did not know) read
  as last year's level, so 增长18.8% was checked as 8103 / 1284 − 1 (two errors);
* an approximately counted item of another action (主动向市政府办报送信息100余条) summed with the exact parts of an
  exactly counted whole.

A fifth fresh batch (14 excerpts), run once at the commit that fixed the fourth, raised 4 warnings (3 real: a share
nudged so that four add to 100.0%, 868.04 / 1091.71 = 79.51% printed 79.1%, five actions listed before 等六个, which
the norm of official writing reads as a complete list) and 5 errors, all on one page whose numbers a document site
had corrupted (rates of 20230%, right about the text); the false one: a share checked against the headline's
restatement of its own part (民生支出226.3亿元 … 民生八项支出完成226.3亿元，占一般公共预算支出比重达82.5%).

A real slip of the third batch the checker had missed (five domains of 60 appeals adding to 61, listed after a colon
as …类17件；…类12件；…) is the family of a total, a colon and its classes: linked now (seen; the cases below are
written for the test).

A MUST case names a rule that must still raise a warning (the mechanism does not hide a real slip of the same
shape); a MUST_NOT case a rule that must raise no error or warning.
"""

from __future__ import annotations

import pytest
from _relation_links import severities_of

from analyzer import Settings, analyze_text
from analyzer.relations import graph

FAST = Settings(classify=False)


def _raised(text: str, rule: str) -> list[str]:
    return severities_of(text, rule)


_BREAKDOWN = (
    "全年全县地区生产总值200.00亿元，按不变价格计算增长6.1%。其中，第一产业增加值40.00亿元，增长2.0%；第二产业增加值"
    "60.00亿元，增长8.0%；第三产业增加值100.00亿元，增长6.5%。"
)

# (text, rule that must raise a warning or an error)
MUST = [
    # a structure sentence of shares that do not fit their parts is still raised
    (_BREAKDOWN + "三次产业结构调整为25.0:30.0:45.0，三次产业占比分别为25.0%、30.0%和45.0%。", "ratio_mismatch"),
    # one year's figure written twice with two values, the second line opened by the report's own year
    (
        "2024年是全县发展的关键一年。\n一、综合\n全年全县生产总值316.80亿元，增长6.2%。\n"
        "二、回顾\n2024年，全县生产总值336.80亿元，经济运行总体平稳。",
        "conflicting_values",
    ),
    # one stage (受理) stated twice with two values
    (
        "2024年政府信息公开工作年度报告\n一、总体情况\n2024年，共受理政府信息公开申请95件，其中自然人申请89件。\n"
        "二、依申请公开情况\n全年受理政府信息公开申请99件，均按期答复。",
        "conflicting_values",
    ),
    # two values of one labelled total close to each other: a restatement error
    (
        "2024年区行政复议工作报告\n一、收案情况\n全年共受理行政复议申请1105件，同比增长12%。\n"
        "二、办理情况\n全年共受理行政复议申请1150件，均依法审查。",
        "conflicting_values",
    ),
    # small counts restated differently stay comparable even when one is twice the other
    (
        "2024年区行政复议工作报告\n一、收案情况\n全年共受理行政复议申请4件，同比下降。\n"
        "二、办理情况\n全年共受理行政复议申请9件，均依法审查。",
        "conflicting_values",
    ),
    # parts that add up to more than their whole, the later ones no breakdown of the first
    ("全年共办理信访事项300件，其中来信120件，来访150件，网上信访80件。", "sum_mismatch"),
    # a later part's share naming the whole, not the first part, leaves the sum as it was
    (
        "全年地方财政总收入15.00亿元。其中一般公共预算收入9.00亿元；税收收入7.00亿元，占财政总收入比重46.7%。",
        "sum_mismatch",
    ),
]

MUST += [
    # a budget line's growth on the level less its stated rise, the rise written 增收: a wrong growth is raised
    ("全年税收收入8100万元，比上年增收1300万元，增长22.0%。", "growth_mismatch"),
    # an exact list of an exact whole adding to more than it is still raised
    ("全年累计公开政府信息280条，其中工作动态230条，更新公开目录40条，政策解读30条。", "sum_mismatch"),
]

MUST += [
    # the same level stated again with another value, neither of them the base year's
    ("常住人口城镇化率达到65.2%，比2020年提高4.7个百分点。\n全年常住人口城镇化率为66.2%。", "conflicting_values"),
    # a total, a colon, then its classes adding to more than it (the batch's one real slip the checker had missed:
    # five domains of 60 appeals adding to 61)
    (
        "在全年办理的60件行政应诉案件中，原告诉求涉及的领域为：律师管理类17件；公证管理类12件；基层法律服务管理类1件；"
        "司法鉴定管理类1件；司法考试管理类30件。",
        "sum_mismatch",
    ),
    ("全年办理行政应诉案件60件，涉及的领域为：律师管理类17件；公证管理类12件；司法考试管理类33件。", "sum_mismatch"),
]

# (text, rule that must raise no warning or error)
MUST_NOT = [
    # contributions to growth after a breakdown: no part over the level
    (_BREAKDOWN + "三次产业对经济增长的贡献率分别为6.3%、32.8%和60.9%。", "ratio_mismatch"),
    # a line opened by another year: that year's figure
    (
        "2024年是全县发展的关键一年。\n一、综合\n全年全县生产总值316.80亿元，增长6.2%。\n"
        "2023年经济普查结果：生产总值296.80亿元，其中第三产业增加值168.97亿元。",
        "conflicting_values",
    ),
    # received and answered: two stages of the requests
    (
        "2024年政府信息公开工作年度报告\n一、总体情况\n2024年，共受理政府信息公开申请95件，其中自然人申请89件。"
        "答复政府信息公开申请98件（含上年度结转申请8件），均在法定期限内答复。",
        "conflicting_values",
    ),
    # one name in two scopes an order apart: the province's hotlines and the provincial hotline
    (
        "8月，全省12345热线共受理企业群众诉求190.00万件，办结160.20万件，正在办理中29.80万件。\n"
        "省12345热线共受理企业群众诉求62100件，办结61000件，正在办理中1100件。",
        "conflicting_values",
    ),
    # a funnel: the answered calls, then what the answered callers said
    (
        "9月份，电话回访随机抽取的300件政务服务事项，其中有效回访250件，表示满意的有243件，表示一般的有5件，"
        "表示不满意的有2件。",
        "sum_mismatch",
    ),
    # the later parts break down the first, their share named after it
    (
        "全年地方财政总收入15.17亿元，下降17.8%。其中一般公共预算收入13.68亿元，下降15.7%；税收收入6.20亿元，"
        "下降26.0%，占预算收入比重45.32%；非税收入7.48亿元，下降4.6%。",
        "sum_mismatch",
    ),
]


MUST_NOT += [
    # a level compared with a year right after it is not that year's: the base year's level is no restatement (found
    # by the engineer of round R18 on a sentence of the genre, not in the batches)
    ("常住人口城镇化率达到65.2%，比2020年提高4.7个百分点。2020年城镇化率为60.5%。", "conflicting_values"),
    # classes after a colon adding to less than the total: some classes unnamed, nothing to say
    ("全年办理行政应诉案件60件，涉及的领域为：律师管理类17件；公证管理类12件；司法考试管理类20件。", "sum_mismatch"),
    # the classes of another stage (answers may include last year's requests)
    ("全年收到政府信息公开申请60件，办结情况为：予以公开类30件；部分公开类20件；其他处理类15件。", "sum_mismatch"),
    # a headline restating the part is no whole of the part's share
    (
        "2023年我市民生支出218.4亿元\n2023年，全市民生八项支出完成218.4亿元，同比增长11.2%，占一般公共预算支出比重达"
        "81.6%，比上年提高1.2个百分点。",
        "ratio_mismatch",
    ),
    # 增收 / 减收 / 减支 are the change: the growth is on the level less (or plus) it, and holds here
    ("全年税收收入8100万元，比上年增收1300万元，增长19.1%。", "growth_mismatch"),
    ("全年非税收入16500万元，比上年减收2350万元，下降12.5%。", "growth_mismatch"),
    ("全年一般公共预算支出107750万元，比上年减支9240万元，下降7.9%。", "growth_mismatch"),
    # an approximately counted item of another action is no part of an exactly counted whole
    ("全年累计公开政府信息280条，其中工作动态220条，更新公开目录50条，向市政府办公室报送信息100余条。", "sum_mismatch"),
]


@pytest.mark.parametrize(("text", "rule"), MUST)
def test_fresh3_families_still_raise_a_real_slip_of_their_shape(text, rule):
    assert _raised(text, rule), analyze_text(text, FAST).findings


@pytest.mark.parametrize(("text", "rule"), MUST_NOT)
def test_fresh3_families_raise_nothing(text, rule):
    assert _raised(text, rule) == [], analyze_text(text, FAST).findings


def test_far_apart_restatement_is_still_reported_as_info():
    text = MUST_NOT[3][0]
    report = analyze_text(text, FAST)
    infos = [f for f in report.findings if f.rule == "conflicting_values"]
    assert infos and all(f.severity.value == "info" for f in infos), report.findings


def test_a_fall_written_with_jianshou_is_verified_on_the_level_plus_the_fall():
    report = analyze_text("全年非税收入16500万元，比上年减收2350万元，下降12.5%。", FAST)
    growth = [k for k in graph(report).links if k.relation.linker == "change" and k.relation.kind.value == "growth"]
    assert [k.outcome.holds for k in growth] == [True], growth
    assert "16500万元 + 2350万元" in growth[0].relation.operands[0].text


def test_a_share_of_100_percent_may_have_its_part_s_value_as_whole():
    report = analyze_text("全年受理政府信息公开申请20件。\n从申请渠道看，网上申请20件，占比100%；当面申请0件，占比0%。", FAST)
    ratios = [k for k in graph(report).links if k.relation.kind.value == "ratio" and k.relation.result.text == "100%"]
    assert [k.outcome.holds for k in ratios] == [True], graph(report).links


def test_funnel_keeps_each_part_within_the_whole():
    report = analyze_text(MUST_NOT[4][0], FAST)
    kinds = [(k.relation.kind.value, k.outcome.holds) for k in graph(report).links if k.relation.linker == "qizhong"]
    assert ("part_whole", True) in kinds and ("sum", False) not in kinds, kinds
