"""The rate, growth and two-step linkers, family by family: what must be linked (and raised), what must not.

Every sentence here is written for the test in the genre's style (none is copied from a real report).  A
MUST case names the linker and kind of a relation that must be found, whether it holds, and the severity
its rule must raise (None: nothing raised); a MUST_NOT case a rule that must raise nothing (and, where
given, a figure that must not be linked as a denominator).
"""

from __future__ import annotations

import pytest

from analyzer import Settings, analyze_text
from analyzer.relations import graph

FAST = Settings(classify=False)


def _links(text: str):  # type: ignore[no-untyped-def]
    report = analyze_text(text, FAST)
    return report, graph(report).links


def _raised(report, rule: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.severity.value for f in report.findings if f.rule == rule and f.severity.value != "info"]


# (text, linker, kind, holds, severity raised by the kind's rule or None)
MUST = [
    # a base stated in another part of the section, on which another rate of the passage holds: both verified ...
    (
        "一、行政复议工作情况\n（一）基本情况\n全年共收到行政复议申请900件，受理860件。直接纠错180件，纠错率22.5%，以调解、和解等方式结案"
        "120件，调解率15%。\n（二）审理情况\n区政府审结的复议案件800件，均在法定期限内办结。",
        "rate",
        "ratio",
        True,
        None,
    ),
    # ... and a rate that holds on none of the passage's bases is wrong whichever was meant: a warning
    (
        "一、行政复议工作情况\n（一）基本情况\n全年共收到行政复议申请900件，受理860件。直接纠错180件，纠错率26.5%，以调解、和解等方式结案"
        "120件，调解率15%。\n（二）审理情况\n区政府审结的复议案件800件，均在法定期限内办结。",
        "rate",
        "ratio",
        False,
        "warning",
    ),
    # 受理事项回复 is what was answered (回复 stands last), a numerator; two rates of one base back each other
    (
        "热线共受理群众诉求5000件(次)，其中网上受理60件。直接答复3600件，直接答复率72%。受理事项回复4900件，"
        "按期回复率98%。",
        "rate",
        "ratio",
        True,
        None,
    ),
    (
        "热线共受理群众诉求5000件(次)，其中网上受理60件。直接答复3600件，直接答复率72%。受理事项回复4900件，"
        "按期回复率90%。",
        "rate",
        "ratio",
        False,
        "warning",
    ),
    # 调撤率: 调解 and 撤诉 together, over the cases taken into mediation, in one sentence: confident
    ("行政争议调解中心共组织联调行政案件800件，促成调解撤诉600件，调撤率达75%。", "rate", "ratio", True, None),
    ("行政争议调解中心共组织联调行政案件800件，促成调解撤诉600件，调撤率达80%。", "rate", "ratio", False, "error"),
    # 调解率 over the cases closed
    ("全年审结行政复议案件400件，以调解、和解等方式结案90件，调解率22.5%。", "rate", "ratio", True, None),
    # 综合化解率 over 审结 (化解 in the numerator's clause)
    (
        "全年共审结行政复议案件6000件，以纠错、调解等方式实质性化解行政争议2400件，综合化解率40%。",
        "rate",
        "ratio",
        True,
        None,
    ),
    # of several numerator candidates the one named by the rate's stem (直接纠错), not its parts
    (
        "全市审结行政复议案件1500件，直接纠错的案件有300件，其中撤销180件，确认违法120件，直接纠错率为20%。",
        "rate",
        "ratio",
        True,
        None,
    ),
    (
        "全市审结行政复议案件1500件，直接纠错的案件有300件，其中撤销180件，确认违法120件，直接纠错率为25%。",
        "rate",
        "ratio",
        False,
        "error",
    ),
    # a share after a count with the sentence's only earlier count of its unit: that count is its whole
    ("本年度代理行政诉讼案件60宗，审结45宗，占75%；在已审结的案件中，胜诉40宗。", "rate", "ratio", True, None),
    ("本年度代理行政诉讼案件60宗，审结45宗，占82%；在已审结的案件中，胜诉40宗。", "rate", "ratio", False, "warning"),
    # a share after a list: of the listed parts together (or of the last one); neither holding is a warning
    (
        "本月共办理热线工单1600件。位居前三的工单：城乡建设类500件、交通运输类300件、社会保障类200件，"
        "占工单总量的62.5%。",
        "rate",
        "ratio",
        True,
        None,
    ),
    (
        "本月共办理热线工单1600件。位居前三的工单：城乡建设类500件、交通运输类300件、社会保障类200件，"
        "占工单总量的70%。",
        "rate",
        "ratio",
        False,
        "warning",
    ),
    # a rate under a name no data file lists, its whole holding the numerator (…中，) in its sentence
    ("1500项政务服务事项中，1440项纳入政务服务中心集中办理，进驻率达到96%。", "clause_rate", "ratio", True, None),
    ("1500项政务服务事项中，1440项纳入政务服务中心集中办理，进驻率达到90%。", "clause_rate", "ratio", False, "warning"),
    # two-step: a completion rate over the tasks left after the exclusions, 72 / (120 − 30)
    (
        "在确定的120项任务中，除常规工作30项外，其余72项已完成（其中40项取得重大进展），完成度为80%。",
        "remainder_rate",
        "ratio",
        True,
        None,
    ),
    (
        "在确定的120项任务中，除常规工作30项外，其余72项已完成（其中40项取得重大进展），完成度为85%。",
        "remainder_rate",
        "ratio",
        False,
        "error",
    ),
    # two-step: a combined rate of the numerators of the two rates before it, over their shared base
    (
        "一、行政复议工作情况\n（一）基本情况\n全年受理860件。直接纠错180件，纠错率22.5%，以调解、和解等方式结案"
        "120件，调解率15%，综合化解率达到37.5%。\n（二）审理情况\n区政府审结的复议案件800件。",
        "combined_rate",
        "ratio",
        True,
        None,
    ),
    (
        "一、行政复议工作情况\n（一）基本情况\n全年受理860件。直接纠错180件，纠错率22.5%，以调解、和解等方式结案"
        "120件，调解率15%，综合化解率达到45%。\n（二）审理情况\n区政府审结的复议案件800件。",
        "combined_rate",
        "ratio",
        False,
        "warning",
    ),
    # 年均增长 after a growth over the whole period: (1 + 46.4%)^(1/5) − 1 = 7.93%
    (
        "五年来，经济实力明显增强。2020年与2015年相比，全省生产总值增长46.4%，年均增长7.9%。",
        "change",
        "average_growth",
        True,
        None,
    ),
    (
        "五年来，经济实力明显增强。2020年与2015年相比，全省生产总值增长46.4%，年均增长9.9%。",
        "change",
        "average_growth",
        False,
        "error",
    ),
    # 年均增长 against start and end values, one clause of another unit between: compound over 5 years
    ("过去五年，全市常住人口从200万人增至244万人，超过60万户，年均增长4.1%。", "change", "average_growth", True, None),
    (
        "过去五年，全市常住人口从200万人增至244万人，超过60万户，年均增长8.8%。",
        "change",
        "average_growth",
        False,
        "error",
    ),
    # ... an indicator priced at comparable prices, only nominal values given: info, never raised
    ("过去五年，人均地区生产总值从5.0万元增至7.0万元，年均增长5%。", "change", "average_growth", False, None),
    # one indicator in two years' clauses, then its growth (2024年…100件，同比增长25%)
    (
        "2023年总共需办理复议案件80件，2024年总共需办理复议案件100件，同比增长25%。",
        "change",
        "growth",
        True,
        None,
    ),
    (
        "2023年总共需办理复议案件80件，2024年总共需办理复议案件100件，同比增长20%。",
        "change",
        "growth",
        False,
        "error",
    ),
    # a share of an indicator the report states elsewhere, its whole the value of the part's year
    (
        "五年来，国内生产总值从2019年的40.0万亿元增加到2024年的52.0万亿元。\n科技投入持续加大，研发经费从2019年的"
        "8000亿元增加到2024年的13000亿元，占国内生产总值的比重从2.0%提高到2.5%。",
        "indicator_share",
        "ratio",
        True,
        None,
    ),
    (
        "五年来，国内生产总值从2019年的40.0万亿元增加到2024年的52.0万亿元。\n科技投入持续加大，研发经费从2019年的"
        "8000亿元增加到2024年的13000亿元，占国内生产总值的比重从2.0%提高到2.9%。",
        "indicator_share",
        "ratio",
        False,
        "warning",
    ),
    # the shares of a structure sentence are the parts of the breakdown before it over its whole, in order
    (
        "全年实现地区生产总值400.00亿元，增长5.1%。其中：第一产业增加值40.00亿元，增长3.0%；第二产业增加值160.00亿元，"
        "增长4.8%；第三产业增加值200.00亿元，增长5.9%。三次产业结构由上年的10.50%、40.20%和49.30%调整为10.00%、"
        "40.00%和50.00%。",
        "structure_ratio",
        "ratio",
        True,
        None,
    ),
    (
        "全年实现地区生产总值400.00亿元，增长5.1%。其中：第一产业增加值40.00亿元，增长3.0%；第二产业增加值160.00亿元，"
        "增长4.8%；第三产业增加值200.00亿元，增长5.9%。三次产业结构由上年的10.50%、40.20%和49.30%调整为12.00%、"
        "40.00%和50.00%。",
        "structure_ratio",
        "ratio",
        False,
        "warning",
    ),
]

# (text, rule that must raise nothing, a figure that must not be a ratio's denominator or None)
MUST_NOT = [
    # the only bases stand in other sentences and no other rate holds on them: the true base may be unstated
    ("全年新收复议案件500件，依法办结480件。作出撤销、确认违法等纠错决定52件，纠错率达13.5%。", "ratio_mismatch", None),
    ("受理复议案件1033件。直接纠错236件，纠错率24.2%。", "ratio_mismatch", None),
    # a bounded rate is not over a base smaller than its numerator (网上受理60件 is a part of the 5000)
    ("热线共受理群众诉求5000件，其中网上受理60件，直接答复3600件，直接答复率72%。", "ratio_mismatch", "60件"),
    # the base in the rate's own sentence governs it: another base of the paragraph is no way out
    ("新受理行政复议案件151件。全年共审结135件，其中纠错29件，纠错率21.5%。", "ratio_mismatch", None),
    # a clause rate whose whole is named only by a bracketed 其中: no whole holds the numerator in the sentence
    ("全县确定重点任务90项，已完成72项（其中40项提前完成），完成度为88%。", "ratio_mismatch", None),
    # two earlier counts of the unit: either may be the whole of a bare 占
    ("受理行政诉讼案件60宗，上年结转8宗，审结45宗，占70%。", "ratio_mismatch", None),
    # no exclusion (除…外): the remainder pattern does not apply, and a bare clause rate stays unsure
    ("在确定的120项任务中，72项已完成，30项正在推进，完成度为65%。", "ratio_mismatch", None),
    # a rate after one rate only is no combined rate
    ("全年审结复议案件800件，直接纠错180件，纠错率22.5%，综合化解率达到40%。", "ratio_mismatch", None),
    # a yearly rate of another indicator after the from-to values is not their average growth
    ("过去五年，一般公共预算收入从3000亿元增长到3500亿元，规上工业增加值年均增长6.5%。", "growth_mismatch", None),
    # two clauses of different indicators are no pair of years
    ("2023年新收复议案件80件，2024年办结复议案件100件，同比增长20%。", "growth_mismatch", None),
    # a period growth and a yearly mean with no period named: the number of years is unknown
    ("全省生产总值增长46.4%，年均增长9.9%。", "growth_mismatch", None),
    # 占全省比重 names a scope, not an indicator: the report's 全省 figures are no whole of it
    ("2024年，全省贷款余额13万亿元。\n2024年，服务业增加值4万亿元，占全省比重61.3%。", "ratio_mismatch", None),
    # the first year's share is read by year alone (old values get revised): never raised
    (
        "五年来，国内生产总值从2019年的40.0万亿元增加到2024年的52.0万亿元。\n科技投入持续加大，研发经费从2019年的"
        "8000亿元增加到2024年的13000亿元，占国内生产总值的比重从1.6%提高到2.5%。",
        "ratio_mismatch",
        None,
    ),
    # a breakdown whose parts do not add up to its whole is no sure base for the structure's shares
    (
        "全年实现地区生产总值400.00亿元。其中：第一产业增加值40.00亿元；第二产业增加值150.00亿元；第三产业增加值"
        "200.00亿元。三次产业结构调整为12.00%、38.00%和50.00%。",
        "ratio_mismatch",
        None,
    ),
]


@pytest.mark.parametrize(("text", "linker", "kind", "holds", "raised"), MUST)
def test_relations_rates_must_link(text, linker, kind, holds, raised):
    report, links = _links(text)
    found = [k for k in links if k.relation.linker == linker and k.relation.kind.value == kind]
    assert any(k.outcome.holds is holds for k in found), [(k.relation, k.outcome) for k in links]
    rule = found[0].relation.rule
    got = _raised(report, rule)
    assert got == ([raised] if raised else []), report.findings


@pytest.mark.parametrize(("text", "rule", "not_base"), MUST_NOT)
def test_relations_rates_must_not_link(text, rule, not_base):
    report, links = _links(text)
    assert _raised(report, rule) == [], report.findings
    if not_base is not None:
        dens = [k.relation.operands[1].text for k in links if k.relation.kind.value == "ratio"]
        assert not_base not in dens, dens
