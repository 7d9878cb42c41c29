"""Linker ``restated``: a labelled figure written again, anywhere in a report, with the same or another value.

Every sentence is written for the test in the genres' style (none copied from a
real report).  MUST: the two statements are linked as one figure (``same_value``)
with this outcome; MUST_NOT: they are not linked (another scope, period, part or
basis, or a name that does not name one total).
"""

from __future__ import annotations

import pytest

from analyzer import Settings, analyze_text
from analyzer.relations import graph
from analyzer.types import Severity

FAST = Settings(classify=False)
RULE = "conflicting_values"
FAZHI = "某区人民政府关于2024年法治政府建设情况的报告\n"
GOV = "政府工作报告\n——2025年1月10日在某市第十届人民代表大会第五次会议上\n"
FILLER = "坚持以人民为中心的发展思想，持续优化营商环境，推动各项工作取得新成效。" * 3


def _pairs(text: str) -> list[tuple[str, str, bool | None]]:
    report = analyze_text(text, FAST)
    return [
        (k.relation.operands[0].text, k.relation.operands[1].text, k.outcome.holds)
        for k in graph(report).links
        if k.relation.linker == "restated"
    ]


def _raised(text: str) -> list[Severity]:
    report = analyze_text(text, FAST)
    return [f.severity for f in report.findings if f.rule == RULE and f.severity is not Severity.INFO]


# (case, text, the two figures, holds)
MUST = [
    (
        "a count restated in a later section with another value",
        FAZHI + "一、主要工作\n全年受理行政复议案件29件，审结27件。" + FILLER + "\n二、存在问题\n"
        "全年受理行政复议案件31件。\n",
        ("29件", "31件"),
        False,
    ),
    (
        "a summary line restating the same value",
        FAZHI + "一、主要工作\n全年受理行政复议案件29件，审结27件。" + FILLER + "\n二、存在问题\n"
        "受理行政复议案件29件。\n",
        ("29件", "29件"),
        True,
    ),
    (
        "a longer name ending in the shorter one, without a scope word",
        "市民热线受理市民诉求4800件(次)，按期办结率98%。" + FILLER + "\n受理市民诉求5200件(次)。\n",
        ("4800件", "5200件"),
        False,
    ),
    (
        "a name after examples (调解、和解等方式)",
        FAZHI + "通过调解、和解等方式实质性化解行政争议420件。" + FILLER + "\n实质性化解行政争议460件。\n",
        ("420件", "460件"),
        False,
    ),
    (
        "a monthly report's own month written once",
        "5月份，市民热线受理市民诉求4800件(次)。" + FILLER + "\n受理市民诉求5200件(次)。\n",
        ("4800件", "5200件"),
        False,
    ),
    (
        "a 政府工作报告: one section, an amount restated",
        GOV
        + "一、2024年工作回顾\n全年一般公共预算收入完成312亿元，民生支出占比稳定在八成。"
        + FILLER
        + "\n一般公共预算收入完成330亿元。\n",
        ("312亿元", "330亿元"),
        False,
    ),
]

# a 政府工作报告 with its plan, an appendix of the year's projects (numbered anew) and a glossary
PLAN = GOV + "一、2024年工作回顾\n全年新建改建农村公路1200公里。" + FILLER + "\n二、2025年工作安排\n"
APPENDIX = "\n附件1 2025年市十件民生实事\n一、提升农村公路通行水平\n"

MUST += [
    (
        "a 政府工作报告: the plan restated in the appendix of the same year",
        PLAN + "推进城乡融合发展，新建改建农村公路1500公里。" + FILLER + APPENDIX + "新建改建农村公路1600公里，"
        "其中县道提档升级300公里。\n",
        ("1500公里", "1600公里"),
        False,
    ),
    (
        "a 政府工作报告: the appendix agreeing with the plan",
        PLAN + "推进城乡融合发展，新建改建农村公路1500公里。" + FILLER + APPENDIX + "新建改建农村公路1500公里。\n",
        ("1500公里", "1500公里"),
        True,
    ),
    (
        "a paragraph about the first year of a plan period is about one year",
        GOV
        + "一、2021年工作回顾\n2021年是“十四五”开局之年。全市固定资产投资总额完成358.6亿元，增长3.1%。"
        + FILLER
        + "\n固定资产投资总额完成394.5亿元。\n",
        ("358.6亿元", "394.5亿元"),
        False,
    ),
    (
        "an end value restated with the same start value, in a five-year review",
        GOV
        + "一、过去五年工作回顾\n五年来，全市民用汽车保有量由182万辆增至236万辆，路网更加完善。"
        + FILLER
        + "\n民用汽车保有量由182万辆增至256万辆。\n",
        ("236万辆", "256万辆"),
        False,
    ),
    (
        "a target restated in its explanation",
        GOV + "二、2025年工作安排\n今年发展主要预期目标是：地区生产总值增长5.5%左右；城镇调查失业率5.5%左右，"
        "城镇新增就业12万人以上。" + FILLER + "城镇调查失业率5.5%左右，体现了稳就业的要求。\n",
        ("5.5%左右", "5.5%左右"),
        True,
    ),
    (
        "a 共 between the name and the figure",
        FAZHI + "一、主要工作\n全年共受理行政复议案件29件，审结27件。" + FILLER + "\n二、存在问题\n"
        "受理行政复议案件共计31件。\n",
        ("29件", "31件"),
        False,
    ),
    (
        "各类 inside the name of a total",
        FAZHI + "一、主要工作\n全年受理行政复议案件29件，审结27件。" + FILLER + "\n二、存在问题\n"
        "全年共受理各类行政复议案件31件。\n",
        ("29件", "31件"),
        False,
    ),
    (
        "GDP for 地区生产总值",
        GOV + "一、2024年工作回顾\n全市地区生产总值达到1250.6亿元，增长5.2%。" + FILLER + "\nGDP达到1350.6亿元。\n",
        ("1250.6亿元", "1350.6亿元"),
        False,
    ),
]

# a news piece whose headline names its period (去年): the body's figures without 去年 are of that year too
NEWS = "首页 > 本地新闻 > 正文\n\n某市去年办理行政复议案件逾三百件\n\n某日报2025-03-02 08:15\n"

MUST += [
    (
        "a news piece: the headline's 去年 is the period of a figure without it",
        NEWS
        + "本报讯 记者从市司法局获悉，全市各级行政复议机关去年共收到行政复议申请352件，同比有所增加。"
        + FILLER
        + "\n收到行政复议申请372件。\n",
        ("352件", "372件"),
        False,
    ),
    (
        "a news piece: the restatement agrees",
        NEWS
        + "本报讯 记者获悉，全市各级行政复议机关去年共收到行政复议申请352件。"
        + FILLER
        + "\n收到行政复议申请352件。\n",
        ("352件", "352件"),
        True,
    ),
]

# a 政府工作报告 whose first part reviews the five years and the last of them
REVIEW = GOV.replace("2025年1月10日", "2026年1月12日") + "一、“十四五”时期和2025年工作回顾\n"

MUST += [
    (
        "a level reached (达到), restated within a five-year review: the level of its last year",
        REVIEW + "“十四五”时期是极不平凡的五年。\n——经济实力跃上新台阶。全市地区生产总值达到1250.6亿元，"
        "经济总量迈上新台阶。" + FILLER + "\n——开放水平不断提升。全市地区生产总值达到1350.6亿元，外贸进出口增长7%。\n",
        ("1250.6亿元", "1350.6亿元"),
        False,
    ),
]

MUST += [
    (
        "a 政府工作报告: a period's review turns to its last year (过去一年，…): that run is about one year",
        REVIEW
        + "过去一年，全市经济稳中有进。\n——就业形势总体稳定。城镇新增就业12.5万人，失业率保持低位。"
        + FILLER
        + "\n——民生福祉持续增进。城镇新增就业13.5万人。\n各位代表！\n五年来，我们坚持就业优先。\n",
        ("12.5万人", "13.5万人"),
        False,
    ),
]

MUST += [
    (
        "a period named after the figure, in a later clause, is a trend's, not the figure's",
        FAZHI
        + "2024年，全区法院共新收各类行政案件580件，同比下降5%，实现2022年以来的“两连降”。"
        + FILLER
        + "\n新收行政案件620件。\n",
        ("580件", "620件"),
        False,
    ),
    (
        "the source's title (《…》) before the name",
        "某市人民政府2024年政府信息公开工作年度报告\n一、总体情况\n全年通过《某市人民政府公报》主动公开市政府规章13件。"
        + FILLER
        + "\n二、其他\n市政府规章15件。\n",
        ("13件", "15件"),
        False,
    ),
    (
        "a numeral's 类 counts the classes together (五类案件总数)",
        "据统计，全省五类案件总数为15454件，同比上升。" + FILLER + "\n五类案件总数为16999件。\n",
        ("15454件", "16999件"),
        False,
    ),
]

# a period's review whose paragraph opens on a year: the report's own year turns to it, another year or a
# comparison of two years (较2020年) does not
YEAR_OPENED = (
    REVIEW
    + "“十四五”时期是极不平凡的五年。\n{opening}\n——就业形势总体稳定。城镇新增就业12.5万人，失业率保持低位。"
    + FILLER
    + "\n——民生福祉持续增进。城镇新增就业13.5万人。\n各位代表！\n五年来，我们坚持就业优先。\n"
)

MUST += [
    (
        "a 政府工作报告: a paragraph opening on the report's own year (2025年是…) turns the review to it",
        YEAR_OPENED.format(opening="2025年是“十四五”收官之年，全市经济稳中有进。"),
        ("12.5万人", "13.5万人"),
        False,
    ),
]

# a period's review whose paragraphs each open naming the period (——这五年…, 五年来，…): the same name in two of
# them is one figure of that period
PERIOD_PARAS = (
    REVIEW
    + "“十四五”时期是极不平凡的五年。\n——这五年能源保障更加有力。{a}全市电力总装机规模{x}万千瓦，新能源装机"
    "120万千瓦。"
    + FILLER
    + "\n——{b}创新动能持续增强。高新技术企业突破900家。{c}电力总装机规模{y}万千瓦。\n"
)

MUST += [
    (
        "a 政府工作报告: one name in two paragraphs that both open on the five years (——这五年…)",
        PERIOD_PARAS.format(a="", b="这五年", c="", x="460", y="520"),
        ("460万千瓦", "520万千瓦"),
        False,
    ),
    (
        "a 政府工作报告: one name in two paragraphs that both open on the five years, the same value",
        PERIOD_PARAS.format(a="", b="这五年", c="", x="460", y="460"),
        ("460万千瓦", "460万千瓦"),
        True,
    ),
    (
        "a 政府工作报告: the period named in both sentences (五年来，…)",
        REVIEW
        + "“十四五”时期是极不平凡的五年。\n五年来，全市新建改建农村公路3200公里，路网更加完善。"
        + FILLER
        + "\n五年来，我们持续改善城乡面貌，新建改建农村公路3500公里。\n",
        ("3200公里", "3500公里"),
        False,
    ),
]

# a name that opens by setting last year's cases aside (结转上年后新收到…) names the year's new ones
DISCLOSURE = "某区人民政府2024年政府信息公开工作年度报告\n一、总体情况\n"
CARRIED = (
    DISCLOSURE
    + "全年共受理依申请公开事项{a}件，{lead}新收到依申请公开事项{x}件。"
    + FILLER
    + "\n二、其他\n新收到依申请公开事项{y}件。\n"
)

MUST += [
    (
        "a name opening with 结转上年后: the year's new ones, its 上年 no period of the figure",
        CARRIED.format(a="66", lead="结转上年后", x="47", y="52"),
        ("47件", "52件"),
        False,
    ),
    (
        "a name opening with 除上年结转外, restated alike",
        CARRIED.format(a="66", lead="除上年结转外", x="47", y="47"),
        ("47件", "47件"),
        True,
    ),
]

# a news piece whose headline states a figure the lead states again, named at more length
HEADLINE = (
    "首页 > 本地新闻 > 正文\n\n上半年某省新收行政复议案件5230件 同比增长18.2%\n2025年07月09日 09:30 来源：某日报\n"
)

MUST += [
    (
        "a headline's figure against the lead's, named at more length",
        HEADLINE
        + "记者从省司法厅获悉，今年上半年，全省各级行政复议机构新收行政复议案件5320件，同比增长18.2%。"
        + FILLER
        + "\n",
        ("5230件", "5320件"),
        False,
    ),
    (
        "a headline's figure agreeing with the lead's",
        HEADLINE
        + "记者从省司法厅获悉，今年上半年，全省各级行政复议机构新收行政复议案件5230件，同比增长18.2%。"
        + FILLER
        + "\n",
        ("5230件", "5230件"),
        True,
    ),
]


# a 政府工作报告's list of the year's targets, then its explanation in the same part
TARGETS = (
    GOV.replace("2025年1月10日", "2026年1月15日")
    + "一、2025年工作回顾\n全年地区生产总值增长5.3%，城镇新增就业8.2万人。"
    + FILLER
    + "\n二、2026年工作安排\n综合各方面因素，今年全市经济社会发展的主要预期目标是：地区生产总值增长5%左右；"
    "城镇新增就业8万人以上；城镇调查失业率控制在5.5%以内；居民消费价格涨幅2%左右。\n"
    + FILLER
    + "\n"
)
# a level and its change, written again together in a later section
CHANGE_FIRST = FAZHI + "一、主要工作\n全年受理行政复议案件290件，同比增长12.4%，审结271件。" + FILLER + "\n二、存在问题\n"


# a 政府工作报告 whose plan is numbered under an unnumbered heading naming a period and the year, with an appendix
# of the year's 民生实事 numbered anew
PLAN_UNDER = (
    GOV.replace("2025年1月10日", "2026年1月20日")
    + "各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员提出意见。\n"
    + "“十四五”时期发展成就和2025年工作回顾\n过去五年，全市新建改建农村公路3200公里。"
    + FILLER
    + "\n“十五五”时期主要目标和2026年重点工作\n今后五年，城镇新增就业累计40万人以上。"
    + FILLER
    + "\n"
    + "一、扩大有效需求\n实施稳岗扩容工程，开展职业技能培训4万人次。"
    + FILLER
    + "\n二、办好民生实事\n加强教育资源统筹，增加500个普通高中招生计划。"
    + FILLER
    + "\n附件\n2026年市民生实事\n1.开展职业技能培训{a}万人次（牵头单位：人社局）。\n"
    "2.增加{b}个普通高中招生计划（牵头单位：教育局）。\n"
)

MUST += [
    (
        "a target restated in its explanation with another value",
        TARGETS + "提出地区生产总值增长7%左右的目标，兼顾了需要与可能。\n",
        ("5%左右", "7%左右"),
        False,
    ),
    (
        "a target restated as the 经济增长预期目标",
        TARGETS + "经济增长预期目标为5%左右，考虑了稳就业、防风险的需要。\n",
        ("5%左右", "5%左右"),
        True,
    ),
    (
        "a target restated with 把…控制在",
        TARGETS + "关于就业。把城镇调查失业率控制在6.5%以内，体现了稳就业的要求。\n",
        ("5.5%以内", "6.5%以内"),
        False,
    ),
    (
        "a target of a count restated with the words 的目标 after it",
        TARGETS + "城镇新增就业8万人以上的目标，体现了就业优先的导向。\n",
        ("8万人以上", "8万人以上"),
        True,
    ),
    (
        "two statements of one bound (以上) compared by their written values",
        TARGETS + "城镇新增就业9万人以上的目标，体现了就业优先的导向。\n",
        ("8万人以上", "9万人以上"),
        False,
    ),
    (
        "the change after a restated level, written again with another value",
        CHANGE_FIRST + "全年受理行政复议案件290件，同比增长14.2%。\n",
        ("12.4%", "14.2%"),
        False,
    ),
    (
        "the change after a restated level, written again the same",
        CHANGE_FIRST + "受理行政复议案件290件，同比增长12.4%，办结率93.4%。\n",
        ("12.4%", "12.4%"),
        True,
    ),
    (
        "a name explained in brackets before its figure",
        FAZHI + "一、主要工作\n全年直接纠错（包括撤销、确认违法、变更和责令履行）236件，纠错率24.2%。" + FILLER
        + "\n二、存在问题\n直接纠错248件。\n",
        ("236件", "248件"),
        False,
    ),
    (
        "the report's own whole (全市 in a city's report) against the figure without it",
        FAZHI.replace("某区", "某市") + "一、主要工作\n全市受理行政复议案件1200件。" + FILLER + "\n二、存在问题\n受理行政复议案件1250件。\n",
        ("1200件", "1250件"),
        False,
    ),
    (
        "a count restated in another magnitude (1.2万人次 / 13500人次)",
        FAZHI + "一、主要工作\n全年开展法治宣传活动覆盖群众1.2万人次。" + FILLER + "\n二、存在问题\n开展法治宣传活动覆盖群众13500人次。\n",
        ("1.2万人次", "13500人次"),
        False,
    ),
    (
        "an amount restated in another magnitude, agreeing within its rounding (1.2万亿元 / 12000亿元)",
        GOV + "一、2024年工作回顾\n全市一般公共预算收入完成1.2万亿元。" + FILLER + "\n一般公共预算收入完成12000亿元。\n",
        ("1.2万亿元", "12000亿元"),
        True,
    ),
    (
        "a 政府工作报告: the plan numbered under a heading naming a period and the year, against its appendix",
        PLAN_UNDER.format(a="6", b="500"),
        ("4万人次", "6万人次"),
        False,
    ),
    (
        "a 政府工作报告: one line of the plan, named after its figure, written again in the appendix",
        PLAN_UNDER.format(a="4", b="600"),
        ("500个", "600个"),
        False,
    ),
    (
        "a 政府工作报告: the appendix's line agreeing with the plan's",
        PLAN_UNDER.format(a="4", b="500"),
        ("500个", "500个"),
        True,
    ),
    (
        "one year's line restated in another line of that year (R22)",
        "某县行政复议工作总结\n2023年，全县共收到行政复议申请45件。其中，公民提出行政复议申请36件。\n"
        + FILLER
        + "\n2023年，公民提出行政复议申请38件。\n",
        ("36件", "38件"),
        False,
    ),
    (
        "one channel's line restated under its label (R22)",
        FAZHI + "网站：发布信息15条。\n" + FILLER + "\n网站：发布信息18条。\n",
        ("15条", "18条"),
        False,
    ),
    (
        "a part of a whole restated without its whole (R22)",
        FAZHI + "共受理群众诉求5200件，其中当场办结3100件，转办部门2100件。\n" + FILLER + "\n转办部门2150件。\n",
        ("2100件", "2150件"),
        False,
    ),
    (
        "one stage's count restated at that stage (R22)",
        FAZHI + "经审查，受理申请45件，作其他处理6件。\n" + FILLER + "\n经审查，作其他处理5件。\n",
        ("6件", "5件"),
        False,
    ),
    (
        "a category's count restated (R22)",
        FAZHI + "全年侦破盗窃案件300起，抓获嫌疑人251人。\n" + FILLER + "\n全年抓获嫌疑人260人。\n",
        ("251人", "260人"),
        False,
    ),
]

MUST_NOT = [
    (
        "a 政府工作报告: the review's line against the appendix's (another year)",
        PLAN_UNDER.format(a="4", b="500").replace("附件\n", "附件\n").replace(
            "过去五年，全市新建改建农村公路3200公里。", "2025年，增加800个普通高中招生计划。"
        ),
    ),
    (
        "a 政府工作报告: a line with other words after the figure",
        PLAN_UNDER.format(a="4", b="500").replace("2.增加500个普通高中招生计划", "2.增加700个普通高中学位"),
    ),
    (
        "a 政府工作报告: the period's target under the plan's heading against the appendix",
        PLAN_UNDER.format(a="4", b="500").replace(
            "1.开展职业技能培训4万人次（牵头单位：人社局）。", "1.城镇新增就业累计45万人以上（牵头单位：人社局）。"
        ),
    ),
    (
        "the province's figure in a district's report (全省)",
        FAZHI + "全年受理行政复议案件1200件。" + FILLER + "\n全省各级行政复议机关受理行政复议案件2.6万件。\n",
    ),
    (
        "the country's figure in a city's 政府工作报告 (全国)",
        GOV + "一、2024年工作回顾\n全市一般公共预算收入完成312亿元。" + FILLER + "\n全国一般公共预算收入完成21.9万亿元。\n",
    ),
    (
        "a plan period's list of targets against the year's list",
        GOV.replace("2025年1月10日", "2026年1月15日")
        + "一、“十五五”时期主要目标和2026年工作安排\n“十五五”时期全市经济社会发展的主要目标是：地区生产总值年均增长5.5%左右，"
        "城镇新增就业每年8万人以上，城镇调查失业率控制在5%以内。\n" + FILLER
        + "\n今年工作的总体要求是，坚持稳中求进。城镇调查失业率控制在6.5%以内。\n",
    ),
    (
        "a district's figure against the city's (another region before the same name)",
        FAZHI + "全市受理行政复议案件1200件。" + FILLER + "\n城东区受理行政复议案件300件。\n",
    ),
    (
        "a department's figure against the whole's (区教育局)",
        FAZHI + "全年受理政府信息公开申请290件。" + FILLER + "\n区教育局受理政府信息公开申请31件。\n",
    ),
    (
        "one channel's figure against the whole's (在线)",
        FAZHI + "全年受理政府信息公开申请290件。" + FILLER + "\n在线受理政府信息公开申请31件。\n",
    ),
    (
        "a flow of the year against a stock (新增 / 累计)",
        FAZHI + "全年新增市场主体1200户。" + FILLER + "\n累计市场主体52000户。\n",
    ),
    (
        "the year's figure against a cumulative one (累计)",
        FAZHI + "全年办理政务服务事项12万件。" + FILLER + "\n累计办理政务服务事项86万件。\n",
    ),
    (
        "half a year against the year (上半年)",
        FAZHI + "上半年受理行政复议案件120件。" + FILLER + "\n全年受理行政复议案件290件。\n",
    ),
    (
        "a plan against a result in a one-year report (计划)",
        FAZHI + "全年完成普法培训1200人次。" + FILLER + "\n计划完成普法培训1500人次。\n",
    ),
    (
        "the city's rate against the city government's own (本级)",
        FAZHI + "全市行政复议纠错率12.5%。" + FILLER + "\n市本级行政复议纠错率15.1%。\n",
    ),
    (
        "a level against its change (同比)",
        FAZHI + "全年受理行政复议案件290件，同比增长12.4%。" + FILLER + "\n受理行政复议案件同比增长18%。\n",
    ),
    (
        "a bracket naming a scope before the figure",
        FAZHI + "全年受理行政复议案件（市本级）12件。" + FILLER + "\n受理行政复议案件29件。\n",
    ),
    (
        "a target against last year's result of the same name (no qualifier)",
        TARGETS + "去年地区生产总值增长6.3%，好于全国平均水平。\n",
    ),
    (
        "a target against a five-year plan's target in a sentence naming a year",
        TARGETS + "到2030年，城镇调查失业率控制在4%以内。\n",
    ),
    (
        "a target against a target of the plan period",
        TARGETS + "“十五五”期间，城镇新增就业保持在10万人以上。\n",
    ),
    (
        "a target against a longer name with a scope before it",
        TARGETS + "城市副中心地区生产总值增长7%左右。\n",
    ),
    (
        "a target against a figure of another top-level section",
        TARGETS + "三、附件说明\n地区生产总值增长3%左右。\n",
    ),
    (
        "the changes of two levels told apart by their periods",
        FAZHI + "今年受理行政复议案件290件，同比增长12.4%。" + FILLER + "\n去年受理行政复议案件258件，同比增长8.1%。\n",
    ),
    (
        "a restated level followed by a change written in other words",
        CHANGE_FIRST + "全年受理行政复议案件290件，同比下降14.2%。\n",
    ),
    (
        "a restated level followed by another figure, not its change",
        CHANGE_FIRST + "全年受理行政复议案件290件，审结14件。\n",
    ),
    (
        "a part of the whole under a longer name (市本级)",
        FAZHI + "全年受理行政复议案件29件。" + FILLER + "\n市本级受理行政复议案件12件。\n",
    ),
    ("last year against this year", FAZHI + "今年受理行政复议案件29件。" + FILLER + "\n去年受理行政复议案件18件。\n"),
    (
        "two years written",
        FAZHI + "2024年受理行政复议案件29件。" + FILLER + "\n2023年受理行政复议案件18件。\n",
    ),
    (
        "a change, not a level",
        FAZHI + "受理行政复议案件29件。" + FILLER + "\n受理行政复议案件比上年增加11件。\n",
    ),
    (
        "an average against a total",
        "行政处罚案件罚没金额合计3500万元，案件平均罚没金额8.8万元。" + FILLER + "\n罚没金额3600万元。\n",
    ),
    (
        "an amount whose purpose follows it",
        GOV
        + "一、2024年工作回顾\n市财政安排27亿元专项资金用于农村公路建设。"
        + FILLER
        + "\n市财政安排51亿元，用于支持公共卫生服务。\n",
    ),
    (
        "a 政府工作报告: a five-year review and the year's",
        GOV + "一、“十四五”时期和2025年工作回顾\n城镇新增就业60万人。" + FILLER + "\n城镇新增就业12万人。\n",
    ),
    (
        "a 政府工作报告: the review and the plan, two sections",
        GOV + "一、2024年工作回顾\n新建改建农村公路1200公里。" + FILLER + "\n二、2025年工作安排\n"
        "新建改建农村公路1500公里。\n",
    ),
    (
        "a 政府工作报告: last year's review and this year's appendix",
        GOV + "一、2024年工作回顾\n全年新建改建农村公路1200公里。" + FILLER + "\n二、2025年工作安排\n"
        "推进城乡融合发展。" + APPENDIX + "新建改建农村公路1500公里。\n",
    ),
    (
        "a 政府工作报告: a glossary (no year) against the plan",
        PLAN + "推进城乡融合发展，新建改建农村公路1500公里。" + FILLER + "\n附件2 名词解释\n一、四好农村路\n"
        "指建好、管好、护好、运营好农村公路，新建改建农村公路1600公里。\n",
    ),
    (
        "an end value after another start value",
        GOV
        + "一、2024年工作回顾\n全市民用汽车保有量由182万辆增至236万辆，路网更加完善。"
        + FILLER
        + "\n民用汽车保有量由150万辆增至256万辆。\n",
    ),
    (
        "a paragraph about a plan period is still a period",
        GOV
        + "一、2024年工作回顾\n“十四五”时期，全市固定资产投资总额完成1858.6亿元。"
        + FILLER
        + "\n固定资产投资总额完成394.5亿元。\n",
    ),
    (
        "a target against last year's result",
        GOV
        + "二、2025年工作安排\n今年发展主要预期目标是：城镇调查失业率5.5%左右。"
        + FILLER
        + "去年城镇调查失业率为5.1%。\n",
    ),
    (
        "a 共 does not join two names",
        FAZHI + "全年共受理行政复议案件29件。" + FILLER + "\n审结行政复议案件共计27件。\n",
    ),
    (
        "各类 does not join two names",
        FAZHI + "全年受理行政复议案件29件。" + FILLER + "\n审结各类行政复议案件27件。\n",
    ),
    (
        "a region's 地区生产总值 is no restatement of the country's",
        GOV
        + "一、2024年工作回顾\n全国国内生产总值达到125.6万亿元，增长5.2%。"
        + FILLER
        + "\n东部地区生产总值达到65.6万亿元。\n",
    ),
    (
        "a news piece: 去年 without a headline naming it",
        "本报讯 记者获悉，全市各级行政复议机关去年共收到行政复议申请352件。" + FILLER + "\n收到行政复议申请372件。\n",
    ),
    (
        "a news piece: the headline's 去年 against a figure of 今年",
        NEWS
        + "本报讯 记者获悉，全市各级行政复议机关去年共收到行政复议申请352件。"
        + FILLER
        + "\n今年以来收到行政复议申请72件。\n",
    ),
    (
        "a news piece: the headline's 去年 is no licence for another scope word",
        NEWS
        + "本报讯 记者获悉，全市各级行政复议机关去年共收到行政复议申请352件。"
        + FILLER
        + "\n市本级去年收到行政复议申请72件。\n",
    ),
    (
        "a 政府工作报告: a flow over the period (新增) reached twice in a five-year review",
        REVIEW
        + "“十四五”时期是极不平凡的五年。\n——就业形势总体稳定。城镇新增就业达到12万人，失业率保持低位。"
        + FILLER
        + "\n——民生福祉持续增进。城镇新增就业达到60万人。\n",
    ),
    (
        "a 政府工作报告: a level without 达到 in a five-year review",
        REVIEW
        + "“十四五”时期是极不平凡的五年。\n——经济实力跃上新台阶。全市地区生产总值1250.6亿元。"
        + FILLER
        + "\n——开放水平不断提升。全市地区生产总值1350.6亿元。\n",
    ),
    (
        "a 政府工作报告: the year's run ends where the review turns back to the period (五年来，…)",
        REVIEW
        + "过去一年，全市经济稳中有进。\n——就业形势总体稳定。城镇新增就业12.5万人，失业率保持低位。"
        + FILLER
        + "\n各位代表！2025年是“十四五”收官之年。五年来，我们坚持就业优先。\n——民生福祉持续增进。城镇新增就业63.5万人。\n",
    ),
    (
        "a 政府工作报告: a plan's period (no review in its heading) has no year's run",
        GOV
        + "二、“十五五”时期主要目标任务\n2026年是“十五五”开局之年。\n——就业更加充分。城镇新增就业12.5万人。"
        + FILLER
        + "\n——民生福祉持续增进。城镇新增就业63.5万人。\n",
    ),
    (
        "a period named before the figure is still its period",
        FAZHI + "2022年以来，全区法院共新收各类行政案件1580件。" + FILLER + "\n新收行政案件620件。\n",
    ),
    (
        "after the source's title, another verb is another name",
        "某市人民政府2024年政府信息公开工作年度报告\n一、总体情况\n全年通过《某市人民政府公报》主动公开市政府规章13件。"
        + FILLER
        + "\n二、其他\n废止市政府规章5件。\n",
    ),
    (
        "a class's 类 is a part (涉企类)",
        "据统计，全省涉企类案件总数为1545件，同比上升。" + FILLER + "\n全省五类案件总数为16999件。\n",
    ),
    (
        "a headline's figure against the body's figure of another scope (本级)",
        HEADLINE
        + "记者从省司法厅获悉，今年上半年，省本级行政复议机构新收行政复议案件320件，同比增长8%。"
        + FILLER
        + "\n",
    ),
    (
        "a headline's figure against a body's figure sharing only a short end of its name",
        HEADLINE + "记者从省司法厅获悉，今年上半年，全省法院审结一审行政案件4320件，同比增长8%。" + FILLER + "\n",
    ),
    ("a name too short to name one total", FAZHI + "审结案件29件。" + FILLER + "\n另有案件31件。\n"),
    (
        "a 政府工作报告: a paragraph on the five years against one on three years (近三年)",
        PERIOD_PARAS.format(a="", b="近三年", c="", x="460", y="520"),
    ),
    (
        "a 政府工作报告: a paragraph on the five years against one naming none (under the period's heading)",
        PERIOD_PARAS.format(a="", b="", c="", x="460", y="520"),
    ),
    (
        "a 政府工作报告: a year written before one figure of the period's paragraphs (2025年，…) makes it that year's",
        PERIOD_PARAS.format(a="", b="这五年", c="2025年，", x="460", y="520"),
    ),
    (
        "a 政府工作报告: two years written, one per paragraph",
        PERIOD_PARAS.format(a="2020年，", b="这五年", c="2025年，", x="460", y="520"),
    ),
    (
        "a 政府工作报告: the five years against the year's run (过去一年，…)",
        REVIEW
        + "五年来，全市新建改建农村公路3200公里，路网更加完善。"
        + FILLER
        + "\n过去一年，全市经济稳中有进。\n——城乡面貌持续改善。新建改建农村公路700公里。\n",
    ),
    (
        "a 政府工作报告: the five years against the three years (三年来)",
        REVIEW
        + "五年来，全市新建改建农村公路3200公里，路网更加完善。"
        + FILLER
        + "\n三年来，我们持续改善城乡面貌，新建改建农村公路2100公里。\n",
    ),
    (
        "a 政府工作报告: the review's five years against the plan's (今后五年)",
        REVIEW
        + "五年来，全市新建改建农村公路3200公里，路网更加完善。"
        + FILLER
        + "\n二、“十五五”时期主要目标\n今后五年，新建改建农村公路3500公里。\n",
    ),
    (
        "a one-year report: a period named alike in two top-level sections (each its own account)",
        FAZHI
        + "一、主要工作\n五年来，全区办理政务服务事项86万件。"
        + FILLER
        + "\n二、存在问题\n五年来，全区办理政务服务事项120万件。\n",
    ),
    (
        "a 政府工作报告: the five years' total against its yearly average (年均), both under 五年来",
        REVIEW
        + "五年来，我们坚持就业优先，城镇新增就业60万人。"
        + FILLER
        + "\n五年来，我们持续稳岗扩岗，年均城镇新增就业12万人。\n",
    ),
    (
        "a 政府工作报告: a paragraph opening on a year compared with the period's start (较2020年) stays the period's",
        YEAR_OPENED.format(opening="2025年全市服务业占比较2020年提高约6个百分点，产业结构持续优化。"),
    ),
    (
        "a 政府工作报告: a paragraph opening on another year than the report's (2021年…后) stays the period's",
        YEAR_OPENED.format(opening="2021年发生特大洪涝灾害后，全市加快补齐防洪短板。"),
    ),
    (
        "cumulative figures (累计) of two dates: no period's bounds to share",
        FAZHI
        + "一、主要工作\n截至6月底，累计办理政务服务事项86万件。"
        + FILLER
        + "\n截至12月底，累计办理政务服务事项120万件。\n",
    ),
    (
        "figures since two starts (以来) the sentences do not date",
        FAZHI
        + "一、主要工作\n今年以来，办理政务服务事项86万件。"
        + FILLER
        + "\n党的十八大以来，办理政务服务事项120万件。\n",
    ),
    (
        "last year's new ones (上年新收到…) against the year's",
        CARRIED.format(a="66", lead="上年", x="47", y="52"),
    ),
    (
        "the carried-over ones (上年结转…) against the year's new ones",
        CARRIED.format(a="66", lead="", x="47", y="52").replace("新收到依申请公开事项47件", "上年结转依申请公开事项47件"),
    ),
    (
        "one name with three values is a list",
        "受理市民诉求4800件。" + FILLER + "\n受理市民诉求5200件。\n" + FILLER + "\n受理市民诉求5600件。\n",
    ),
    (
        "lines headed by two years (R22)",
        "某县行政复议工作总结\n2022年，全县共收到行政复议申请40件。其中，公民提出行政复议申请31件。\n"
        "2023年，全县共收到行政复议申请45件。其中，公民提出行政复议申请36件。\n",
    ),
    (
        "lines opened by two channel labels (R22)",
        FAZHI + "网站：发布信息15条，涵盖政策解读、工作动态等。\n公众号：发布信息60条，推送办事指南等。\n",
    ),
    (
        "parts of two wholes: a sub-population against the whole (R22)",
        FAZHI
        + "全年共受理群众诉求5200件，其中当场办结3100件，转办部门2100件。\n"
        + "书记信箱共受理相关诉求300件，其中当场办结120件，转办部门180件。\n",
    ),
    (
        "one name at two procedural stages (R22)",
        FAZHI + "经审查，受理申请45件，作其他处理6件。经审理，维持决定24件，作其他处理4件。\n",
    ),
    (
        "one case against a category (R22)",
        FAZHI + "侦破一起特大诈骗案，该案共抓获嫌疑人28人。\n全年侦破盗窃案件300起，抓获嫌疑人251人。\n",
    ),
]


@pytest.mark.parametrize(("case", "text", "figures", "holds"), MUST, ids=[c[0] for c in MUST])
def test_restated_links(case, text, figures, holds):  # type: ignore[no-untyped-def]
    pairs = _pairs(text)
    assert (*figures, holds) in pairs, (case, pairs)
    assert _raised(text) == ([] if holds else [Severity.WARNING]), case


@pytest.mark.parametrize(("case", "text"), MUST_NOT, ids=[c[0] for c in MUST_NOT])
def test_restated_does_not_link(case, text):  # type: ignore[no-untyped-def]
    assert [p for p in _pairs(text) if p[2] is False] == [], case
    assert _raised(text) == [], case
