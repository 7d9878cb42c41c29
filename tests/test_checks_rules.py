"""Each rule on small texts written for the test: what it must report and what it must leave alone."""

from __future__ import annotations

import pytest

from analyzer import analyze_text
from analyzer.types import Severity

FAZHI_HEAD = "某区人民政府\n关于2024年法治政府建设情况的报告\n"

# (rule, severity, text): the rule must report the text with this severity
MUST_FIRE = [
    ("ratio_mismatch", "error", "全年受理行政复议案件29件，直接纠错案件17件，纠错率56.8%。"),
    ("ratio_mismatch", "error", "受理行政复议案件38件，审结35件，其中直接纠错9件，纠错率26.3%。"),
    ("ratio_mismatch", "error", "全年共收到申请47件，其中依法予以公开12件，占比28.5%。"),
    ("ratio_mismatch", "error", "受理热线工单2000件，办结1900件，办结率97.5%。"),
    ("part_exceeds_whole", "error", "全年共办理法律援助案件412件，其中刑事法律援助案件436件。"),
    ("part_exceeds_whole", "error", "全年受理行政复议案件29件，直接纠错案件37件，纠错率58.6%。"),
    ("sum_mismatch", "warning", "全县共有市场主体5.62万户，其中企业1.48万户、个体工商户4.26万户。"),
    ("sum_mismatch", "error", "办理维持案件10件、纠错案件17件，合计30件。"),
    ("share_sum", "error", "三次产业结构调整为8.2:41.5:51.1。"),
    ("share_sum", "warning", "三类案件占比分别为45%、38%、27%。"),
    ("rate_out_of_range", "error", "群众回访满意率100.8%。"),
    ("rate_out_of_range", "error", "审查通过率为105%。"),
    ("pp_difference_mismatch", "error", "出庭应诉率达到98.5%，高于全市平均水平5.2个百分点（全市平均为92.1%）。"),
    ("pp_difference_mismatch", "error", "群众满意率由92.4%提高到95.1%，提高3.7个百分点。"),
    ("growth_mismatch", "error", "一般公共预算收入21.3亿元，较上年的18.6亿元增长16.8%。"),
    ("growth_mismatch", "error", "主动公开政府信息4.8万条，比上年增加6000条，增长18.3%。"),
    ("growth_mismatch", "error", "人均可支配收入由45120元提高到47340元，增加2520元。"),
    ("enumeration_count_mismatch", "error", "确定重大行政决策事项3件，涉及教育、供水、养老、停车等方面。"),
    ("enumeration_count_mismatch", "warning", "重点抓好三个方面工作：一是完善制度。二是规范执法。"),
    ("enumeration_count_mismatch", "warning", "下一步，一是加强学习。二是完善制度。四是强化监督。"),
    ("heading_sequence", "warning", "一、总体情况\n正文。\n二、主要做法\n正文。\n四、下一步打算\n正文。\n"),
    ("heading_sequence", "warning", "一、总体情况\n（一）学习\n正文。\n（二）决策\n正文。\n（二）执法\n正文。\n"),
    (
        "year_inconsistency",
        "warning",
        FAZHI_HEAD
        + "一、主要负责人履行职责情况\n正文。\n二、主要举措和成效\n正文。\n三、存在的不足\n正文。\n四、2024年推进法治政府建设的安排\n正文。\n",
    ),
    (
        "missing_required_section",
        "warning",
        FAZHI_HEAD
        + "一、主要负责人履行推进法治建设第一责任人职责情况\n正文。\n二、推进法治政府建设的主要举措和成效\n正文。\n三、2025年推进法治政府建设的安排\n正文。\n",
    ),
    ("conflicting_values", "warning", "（一）复议\n全年行政复议纠错率为31.0%。\n另查明，行政复议纠错率为35.2%。\n"),
]

# (rule, text): the rule must not report anything (error or warning) on the text
MUST_NOT_FIRE = [
    ("ratio_mismatch", "全年受理行政复议案件29件，直接纠错案件17件，纠错率58.6%。"),
    ("ratio_mismatch", "受理行政复议案件38件，审结35件，其中直接纠错9件，纠错率25.7%。"),
    # the denominator is not written: nothing to check
    ("ratio_mismatch", "受理12345热线工单19085件，办结率97%。"),
    # numerator and denominator of the rate in different sentences: not confident
    ("ratio_mismatch", "受理复议案件1033件。直接纠错236件，纠错率24.2%。"),
    # a share after a list refers to the listed parts together
    ("ratio_mismatch", "共受理工单506件。前三位为交通类172件、城建类80件、民政类50件，占工单总量的59.68%。"),
    ("part_exceeds_whole", "今年拟安排财政赤字13500亿元，比上年增加1500亿元，其中中央财政赤字9500亿元。"),
    ("part_exceeds_whole", "新增铁路运营里程639公里、其中高铁370公里，新增高速公路2600公里。"),
    ("part_exceeds_whole", "产生行政复议案件6件和行政诉讼案件3件，其中行政复议结果维持5件。"),
    ("part_exceeds_whole", "从2003年到2006年年均超收2040亿元，其中去年超收2573亿元。"),
    ("sum_mismatch", "全县共有市场主体6.2万户，其中企业1.8万户、个体工商户4.4万户。"),
    # 其中 lists need not be complete
    ("sum_mismatch", "受理行政复议案件64件，其中维持31件、驳回9件。"),
    ("share_sum", "三次产业结构调整为9.4:42.3:48.3。"),
    ("share_sum", "按照1:1:1的比例配套资金。"),
    ("rate_out_of_range", "计划完成率达到105%。"),
    ("rate_out_of_range", "高中阶段毛入学率达到102.5%。"),
    ("rate_out_of_range", "民间投资增长120%。"),
    ("pp_difference_mismatch", "出庭应诉率达到98.5%，高于全市平均水平6.4个百分点（全市平均为92.1%）。"),
    ("growth_mismatch", "一般公共预算收入21.3亿元，较上年的18.6亿元增长14.5%。"),
    # GDP growth is at comparable prices: nominal arithmetic is no error
    ("growth_mismatch", "全省地区生产总值达到13697.5亿元，较“十三五”末的9323.1亿元增加4374.4亿元，增长33.6%。"),
    ("enumeration_count_mismatch", "确定重大行政决策事项4件，涉及教育、供水、养老、停车等方面。"),
    ("enumeration_count_mismatch", "确定重大行政决策事项5件，涉及教育、供水、养老、停车等方面。"),
    (
        "enumeration_count_mismatch",
        "体现了“九个坚持”原则，即坚持党的领导、坚持人民至上、坚持改革、坚持开放、坚持创新、坚持法治、坚持安全、坚持统筹、坚持有效市场和有为政府相结合。",
    ),
    ("heading_sequence", "一、总体情况\n正文。\n二、主要做法\n正文。\n附件\n一、名词解释\n正文。\n二、数据说明\n"),
    (
        "year_inconsistency",
        FAZHI_HEAD
        + "一、主要负责人履行职责情况\n正文。\n二、主要举措和成效\n正文。\n三、存在的不足\n正文。\n四、2025年推进法治政府建设的安排\n2025年，将完成立法项目3件。\n",
    ),
    ("missing_required_section", FAZHI_HEAD + "一、主要负责人履行职责情况\n正文。\n"),
    ("conflicting_values", "2023年行政复议纠错率为31.0%。\n2024年行政复议纠错率为35.2%。\n"),
]


def _reported(text: str, rule: str) -> list[str]:
    report = analyze_text(text)
    return [f.severity.value for f in report.findings if f.rule == rule and f.severity is not Severity.INFO]


@pytest.mark.parametrize(("rule", "severity", "text"), MUST_FIRE)
def test_checks_rule_fires(rule, severity, text):
    assert severity in _reported(text, rule), analyze_text(text).findings


@pytest.mark.parametrize(("rule", "text"), MUST_NOT_FIRE)
def test_checks_rule_stays_silent(rule, text):
    assert _reported(text, rule) == [], analyze_text(text).findings


def test_checks_message_shows_the_arithmetic():
    report = analyze_text("全年受理行政复议案件29件，直接纠错案件17件，纠错率56.8%。")
    [f] = [f for f in report.findings if f.rule == "ratio_mismatch"]
    assert f.message == "纠错率 56.8% ≠ 17/29 = 58.62%"
    assert f.expected == pytest.approx(58.62) and f.reported == pytest.approx(56.8)
    assert [e.text for e in f.evidence] == ["29件", "17件", "56.8%"]


def test_checks_verified_lists_the_relation():
    report = analyze_text("全年受理行政复议案件29件，直接纠错案件17件，纠错率58.6%。")
    assert "纠错率: 17/29 = 58.62% ≈ 58.6%" in [v.message for v in report.verified]
