"""Subject, year, basis and section of extracted metrics."""

from __future__ import annotations

import itertools

import pytest

from analyzer.extract import extract_metrics
from analyzer.settings import Settings
from analyzer.types import Genre, Meta, Section

FAZHI = Meta(title=None, issuer=None, region=None, year=2024, genre=Genre.FAZHI_ANNUAL)
GOV = Meta(title=None, issuer=None, region=None, year=2025, genre=Genre.GOV_WORK_REPORT)


def metrics(text, meta=FAZHI, sections=None):
    return extract_metrics(text, sections or (Section("0", 0, "", 0, len(text)),), meta, Settings())


@pytest.mark.parametrize(
    "text,subject",
    [
        ("全年受理行政复议案件29件。", "行政复议案件"),
        ("我区近年来出庭应诉率始终保持在100%。", "出庭应诉率"),
        ("审查通过率100%。", "审查通过率"),
        ("纳入目录管理的4个重大政策文件均已发文。", "重大政策文件"),
        ("地区生产总值增长5.4%。", "地区生产总值"),
        ("今年赤字率拟按4%左右安排。", "赤字率"),
        ("城镇调查失业率平均为5.1%。", "城镇调查失业率"),
        ("2024年召开党组会14次。", "党组会"),
        ("一般公共预算收入增长4%。", "一般公共预算收入"),
        ("区政府门户网站共发布信息2600余条。", "信息"),
        ("新设8所本科院校。", "本科院校"),
        ("直接纠错（含撤销、确认违法）17件。", "纠错"),
        # N次 + noun: the noun after the count is what was counted
        ("全年组织中心组开展12次学法活动。", "学法活动"),
        ("局党委会议8次专题研究法治工作。", "专题研究法治工作"),
        # must not: a count of times at the clause's end keeps the subject before it
        ("全年开展集中学习16次。", "集中学习"),
        ("县政府常务会专题研究法治政府建设工作2次，推动解决问题。", "常务会专题研究法治政府建设工作"),
        # an area or a length followed by its noun: the noun is the subject
        ("全年建设12万亩高标准农田。", "高标准农田"),
        ("新改建1500公里农村公路。", "农村公路"),
        # must not: a measure with no noun after it keeps the clause before it
        ("新改建农村公路1500公里。", "新改建农村公路"),
        ("粮食播种面积稳定在5500万亩。", "粮食播种面积"),
        ("治理水土流失面积1100平方公里。", "治理水土流失面积"),
    ],
)
def test_extract_context_subject(text, subject):
    assert metrics(text)[0].subject == subject


def test_extract_context_subject_is_shared_by_a_following_growth_rate():
    ms = metrics("生产总值1.2万亿元、增长5.4%。")
    assert [m.subject for m in ms] == ["生产总值", "生产总值"]


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # must: a subject written before the first figure is shared by a figure with none
        ("地区生产总值1.2万亿元、增长5.4%。", ["地区生产总值", "地区生产总值"]),
        # must not: a noun after the first figure is that figure's alone
        ("新增9家卓越级智能工厂、38家国家级5G工厂。", ["卓越级智能工厂", None]),
        ("建成15个先导区、100个和美乡村。", ["先导区", None]),  # 和 stops a following noun; never 先导区
    ],
)
def test_extract_context_shared_subject(text, subjects):
    assert [m.subject for m in metrics(text)] == subjects


def test_extract_context_text_spans_subject_and_figure():
    text = "全年受理行政复议案件29件，纠错率58.6%。"
    ms = metrics(text)
    assert [m.text for m in ms] == ["行政复议案件29件", "纠错率58.6%"]
    for m in ms:
        assert text[m.start : m.end] == m.text
        assert m.start <= m.number_start < m.number_end <= m.end


def test_extract_context_spans_do_not_overlap():
    text = "推进66个重点县和平原地区200万亩高标准农田建设，新建学校8所、医院3家。"
    ms = metrics(text)
    assert all(a.end <= b.start for a, b in itertools.pairwise(ms))


@pytest.mark.parametrize(
    "text,meta,year,basis",
    [
        ("2024年召开党组会14次。", FAZHI, 2024, "actual"),
        ("全年开展集中学习16次。", FAZHI, 2024, "actual"),
        ("2025年计划新建学校8所。", FAZHI, 2025, "target"),
        ("比2023年增长5%。", FAZHI, 2024, "actual"),
        ("地区生产总值增长5.4%。", GOV, 2025, "actual"),
        ("今年主要预期目标是：地区生产总值增长5%左右。", GOV, 2026, "target"),
        ("今年赤字率拟按4%左右安排。", GOV, 2026, "target"),
        ("“十四五”时期地区生产总值年均增长5.2%。", GOV, 2025, "period_average"),
        ("2021—2025年年均增长6%。", GOV, 2025, "period_average"),
        ("过去五年，居民收入年均增长6%。", GOV, 2025, "period_average"),
        ("力争技术合同成交额3000亿元。", GOV, 2026, "target"),
        ("2000年进出口总额达4743亿美元。", GOV, 2000, "actual"),
    ],
)
def test_extract_context_year_and_basis(text, meta, year, basis):
    m = metrics(text, meta)[-1]
    assert (m.year, m.basis.value) == (year, basis)


def test_extract_context_year_unknown_without_meta_year():
    meta = Meta(title=None, issuer=None, region=None, year=None, genre=Genre.OTHER)
    assert metrics("办理信件940件。", meta)[0].year is None
    assert metrics("2023年办理信件940件。", meta)[0].year == 2023


def test_extract_context_target_category_makes_targets():
    text = "一、下一年度安排\n新建学校8所。"
    sections = (
        Section("0", 0, "", 0, 0),
        Section("1", 1, "下一年度安排", 0, len(text), category="plans"),
    )
    m = metrics(text, FAZHI, sections)[0]
    assert (m.basis.value, m.year, m.section) == ("target", 2025, "1")


def test_extract_context_section_is_the_innermost():
    text = "一、成效\n（一）复议\n受理案件29件。\n二、问题\n整改问题3个。"
    a = text.index("（一）")
    b = text.index("二、")
    sections = (
        Section("0", 0, "", 0, 0),
        Section("1", 1, "成效", 0, b),
        Section("1.1", 2, "复议", a, b),
        Section("2", 1, "问题", b, len(text)),
    )
    assert [m.section for m in metrics(text, FAZHI, sections)] == ["1.1", "2"]


def test_extract_context_ids_in_document_order():
    ms = metrics("办理28件；答复率100%；提高2个百分点。")
    assert [m.id for m in ms] == ["m1", "m2", "m3"]
    assert [m.start for m in ms] == sorted(m.start for m in ms)


@pytest.mark.parametrize(
    "text,meta,year,basis",
    [
        # 到YYYY年 is a goal only for a year after the report's
        ("人均收入从2020年的4.2万元提高到2025年的5.1万元。", GOV, 2025, "actual"),
        ("到2030年新建学校8所。", GOV, 2030, "target"),
        ("到2025年底建成学校8所。", GOV, 2025, "actual"),
    ],
)
def test_extract_context_year_to_is_a_goal_only_in_the_future(text, meta, year, basis):
    m = metrics(text, meta)[-1]
    assert (m.year, m.basis.value) == (year, basis)


def test_extract_context_self_building_of_a_gov_report_is_a_target():
    text = "四、加强政府自身建设\n坚持过紧日子，一般性支出压减5%以上。"
    sections = (Section("0", 0, "", 0, 0), Section("4", 1, "加强政府自身建设", 0, len(text), category="self_building"))
    (m,) = metrics(text, GOV, sections)
    assert (m.basis.value, m.year) == ("target", 2026)
    # not in a 法治 report, whose sections report the year
    (m,) = metrics(text, FAZHI, sections)
    assert m.basis.value == "actual"


# a figure over several years: a result of no single year, with no indicator
MULTI_YEAR = [
    ("2005年与2000年相比，国内生产总值增长57.3%。", "国内生产总值"),
    ("国内生产总值达到21.3万亿元，比2000年增长61.5%。", "国内生产总值"),
    ("“十四五”时期累计新增城镇就业62万人。", "累计新增城镇就业"),
    ("五年来，城镇新增就业累计超过60万人。", "城镇新增就业"),
    ("地区生产总值比“十三五”末增长33.6%。", None),  # the quotes end the subject's clause
    # a list after 新增 in a five-year review: every item is a flow of the period
    ("过去五年，新增单项冠军企业5家、专精特新中小企业1003家。", "专精特新中小企业"),
]


@pytest.mark.parametrize("text,subject", MULTI_YEAR)
def test_extract_context_multi_year_figures_have_no_year(text, subject):
    m = metrics(text, GOV)[-1]
    assert (m.year, m.indicator, m.basis.value, m.subject) == (None, None, "actual", subject)


# the five-year review's flows as the period's (round L20), scanned over the 56 政府工作报告: must be several-year
REVIEW_FLOWS = [
    # the review opens after a short first sentence (各位代表！…收官之年。五年来，…)
    "各位代表！2025年是“十四五”收官之年。五年来，我们完成造林36万亩。",
    # renovation and afforestation done in the review are flows like 新增
    "过去五年，城镇棚户区住房改造超过12万套。",
    "过去五年，全省完成营造林150万亩。",
    # the period and a flow open the sentence: its other flows are the period's (the base span names no year)
    "五年新增电力装机300万千瓦，是1980年到2010年的总和；新增铁路营运里程610公里。",
    # 两年来 is a period like 五年来
    "两年来新建农村寄宿制学校240所。",
    # a comparison's base year names no year of the figure
    "过去五年，每千人口托位数较2020年翻两番，新增医疗卫生机构床位6639张。",
    # a period in the figure's own clause in the review, whatever the verb
    "过去五年，我们砥砺前行。五年建成“四好农村路”1.67万公里。",
    # what was done, its verb opening the clause in the review (round L21: done_lead of period_review.tsv)
    "过去五年，我们依法履职。提请省人大常委会审议地方性法规58件。",
    "过去五年，我们依法履职。办理人大代表建议2100件、政协提案2600件。",
    "过去五年，民生持续改善。建设筹集保障性住房42万套。",
    "过去五年，基础设施不断完善。完成交通投资3200亿元。",
    "过去五年，教育优先发展。新改扩建中小学校420所。",
    "过去五年，结构调整加快。退出煤炭产能3000万吨。",
    "过去五年，创新动能增强。承担国家重点研发项目210个。",
    "过去五年，法治政府建设扎实推进。制定、修改、废止政府规章52件。",
    "过去五年，法治政府建设扎实推进。出台政府规章31部。",
    "过去五年，创新平台加快布局。获批建设全国重点实验室4家。",
    "过去五年，乡村全面振兴。创建国家现代农业产业园9个、国家优势特色产业集群6个。",
    "过去五年，制造业加快转型。入选国家卓越级智能工厂40家。",
    # a sentence opened by the period alone: what its clauses count is the period's
    "过去五年，法治建设加快。五年间，国务院提出法律议案40件，颁布行政法规120件。",
    # 近三年 is a period like 三年来
    "近三年淘汰落后水泥产能1200万吨。",
]
# ... must not: the year's figures stay the year's
REVIEW_ONE_YEAR = [
    ("过去一年，全市完成造林3.6万亩。", 2025),
    ("过去五年，森林覆盖率达到45%。", 2025),  # a level is the last year's
    ("五年新增电力装机300万千瓦，总装机达到1200万千瓦。", 2025),  # a level after the flow
    ("过去五年，我们砥砺前行。2025年完成造林3.6万亩。", 2025),  # a year named in the sentence
    ("全年新增铁路营运里程61公里，是上年的两倍。", 2025),
    ("过去五年，我们砥砺前行。比上年新增床位600张。", 2025),  # a change on the year before is the year's
    ("过去五年，我们砥砺前行。“十四五”规划共设置26项指标。", 2025),  # a plan's name, not a period
    ("过去五年，我们砥砺前行。地区生产总值五年跨过3个关口、突破10万亿元。", 2025),  # a level
    # the verbs of what was done: only in the five-year review, only opening the clause, never a level
    ("过去一年，我们依法履职。办理人大代表建议420件。", 2025),  # the year's review
    ("过去一年，法治政府建设扎实推进。制定、修改政府规章12件。", 2025),
    ("过去一年，乡村全面振兴。创建国家现代农业产业园2个。", 2025),
    ("过去五年，生态持续向好。建成国家生态文明建设示范区12个。", 2025),  # 建设 inside a name, a stock
    ("过去五年，民生持续改善。建设保障性住房总数达到42万套。", 2025),  # a level
    ("过去五年，政务服务提质。政务服务事项网上可办理率达到98%。", 2025),  # a rate
    ("近年来淘汰落后水泥产能120万吨。", 2025),  # 近年来 names no period
    ("过去五年，生态持续向好。五年来，全省森林面积增加到3200万亩。", 2025),  # a level reached (…到)
    ("过去五年，交通持续改善。五年间，高速公路通车里程达到5000公里。", 2025),  # a level word
]


@pytest.mark.parametrize("text", REVIEW_FLOWS)
def test_extract_context_review_flows_are_several_years(text):
    m = metrics(text, GOV)[-1]
    assert (m.year, m.indicator) == (None, None)


@pytest.mark.parametrize("text,year", REVIEW_ONE_YEAR)
def test_extract_context_review_levels_and_named_years_keep_their_year(text, year):
    assert metrics(text, GOV)[-1].year == year


@pytest.mark.parametrize(
    "text,years",
    [
        ("2002年在校生160万人，是1997年的2.3倍。", ["2002"]),  # 是1997年: a base, not a cue
        ("五年新增装机3亿千瓦，是1950年到2002年53年的总和。", []),  # a base span
        ("2021年到2025年，累计造林36万亩。", ["2021", "2025"]),  # a span of the report's own period
    ],
)
def test_extract_context_comparison_bases_are_no_year_cue(text, years):
    from analyzer.extract import patterns as P

    assert [m.group("year") for m in P.year_re().finditer(text) if m.group("year")] == years


ONE_YEAR = [
    ("2025年城镇新增就业12万人。", 2025, "urban_jobs.new"),
    ("2025年地区生产总值比2024年增长5%。", 2025, "gdp.growth"),
    ("全年累计新增城镇就业12万人。", 2025, "urban_jobs.new"),
    ("“十四五”时期地区生产总值年均增长5.2%。", 2025, "gdp.growth"),
    ("到2035年人均地区生产总值比2020年翻一番。", 2035, None),
    # must not: a level after the flow in the list is the period's last year's
    ("过去五年，新增单项冠军企业5家、专精特新中小企业总数达到1.2万家。", 2025, None),
]


@pytest.mark.parametrize("text,year,indicator", ONE_YEAR)
def test_extract_context_one_year_figures_keep_their_year(text, year, indicator):
    m = metrics(text, GOV)[-1]
    assert (m.year, m.indicator) == (year, indicator)


def test_extract_context_subject_from_a_level_clause_before():
    ms = metrics("外贸进出口总额突破百亿元，达到104.6亿元，增长8.9%。", GOV)
    assert [(m.subject, m.indicator) for m in ms] == [
        ("外贸进出口总额", None),  # 突破百亿元: a threshold crossed (at least 100亿元), no level of the id
        ("外贸进出口总额", "foreign_trade.value"),
        ("外贸进出口总额", "foreign_trade.growth"),
    ]
    # a clause before that is no "subject + 突破/达到 + level" gives nothing
    ms = metrics("实施老旧小区改造提升工程，60%的小区完成改造。", GOV)
    assert ms[0].subject is None


def test_extract_context_span_ends_at_the_unit_before_a_following_noun():
    text = "可网上办理2474项政务服务事项。"
    (m,) = metrics(text)
    assert (m.text, m.subject) == ("2474项", "政务服务事项")
    assert text[m.end :].startswith("政务服务事项")


# the targets of a five-year plan's section, with or without the section classifier (round L21): no goal word needed
# (实现城镇新增就业5000万人以上); the level a 从…到… change starts from is the current one; a section that reviews the
# period keeps its results
_PLAN_HEAD = "政府工作报告\n——2016年3月5日在第十二届全国人民代表大会第四次会议上\n"
PLAN_SECTION_BASES = [
    (
        "一、“十三五”时期主要目标任务\n城镇化率从56.1%提高到60%。森林覆盖率达到23.04%。\n",
        [(2015, "actual"), (None, "target"), (None, "target")],
    ),
]
# ... without the classifier (whose category decides otherwise), a plan heading that also reviews the period, and
# one that names no targets, keep their results
PLAN_SECTION_RESULTS = [
    "一、“十二五”时期发展成就和“十三五”时期主要目标任务\n森林覆盖率达到21.6%。\n",
    "一、“十三五”规划纲要（草案）的编制说明\n森林覆盖率达到21.6%。\n",
]


@pytest.mark.parametrize("classify", [False, True])
@pytest.mark.parametrize(("text", "expected"), PLAN_SECTION_BASES)
def test_extract_context_a_plans_section_sets_targets(text, expected, classify):
    from analyzer import Settings as S
    from analyzer import analyze_text

    report = analyze_text(_PLAN_HEAD + text, S(classify=classify))
    got = [(m.year, m.basis.value) for m in report.metrics if m.start > len(_PLAN_HEAD)]
    assert got == expected


@pytest.mark.parametrize("text", PLAN_SECTION_RESULTS)
def test_extract_context_a_plan_heading_that_reviews_keeps_results(text):
    from analyzer import Settings as S
    from analyzer import analyze_text

    report = analyze_text(_PLAN_HEAD + text, S(classify=False))
    assert [(m.year, m.basis.value) for m in report.metrics if m.start > len(_PLAN_HEAD)] == [(2015, "actual")]


# The five-year review's scope in a 政府工作报告: a paragraph opened by a period word (or a quoted plan number with its
# period word) opens it, a paragraph opened by a year word closes it. Sentences of our own.
_REVIEW_OPENS = [
    "过去五年，我们坚持稳中求进，全市经济总量迈上新台阶。",
    "各位代表！“十四五”时期是我市发展极不平凡的五年，综合实力明显提升。",
    "回顾“十三五”，全区上下攻坚克难，主要目标如期完成。",
    "五年来，全县累计新增城镇就业2.1万人。",
]
_REVIEW_DOES_NOT_OPEN = [
    "“十五五”规划纲要提出，到2030年城镇化率达到70%。",  # a plan named, not a period reviewed
    "今年是“十五五”开局之年，主要预期目标是地区生产总值增长5%左右。",
    "我们将用五年时间建成区域科创中心。",  # five years ahead, late in the sentence and no period word
]
_YEAR_CLOSES = [
    "2025年是极不平凡的一年，全市经济运行稳中有进。",
    "过去一年，我们扎实推进各项工作。",
    "刚刚过去的2025年，全区地区生产总值增长5.6%。",
]
_YEAR_DOES_NOT_CLOSE = [
    "全区城乡面貌持续改善，新建口袋公园12个。",
    "2025年底前完成老旧小区改造任务。",  # a year with 底, a deadline, not the year reviewed
]


def _scopes(paragraphs: list[str]) -> list[tuple[int, int]]:
    from analyzer.extract.context import _period_scopes

    return _period_scopes("\n".join(paragraphs), GOV, ())


@pytest.mark.parametrize("opening", _REVIEW_OPENS)
def test_review_scope_opens(opening: str) -> None:
    text = "\n".join([opening, "全年新增城镇就业8000人。"])
    assert _scopes([opening, "全年新增城镇就业8000人。"]) == [(0, len(text))]


@pytest.mark.parametrize("opening", _REVIEW_DOES_NOT_OPEN)
def test_review_scope_does_not_open(opening: str) -> None:
    assert _scopes([opening, "全年新增城镇就业8000人。"]) == []


@pytest.mark.parametrize("closing", _YEAR_CLOSES)
def test_year_paragraph_closes_review(closing: str) -> None:
    first = _REVIEW_OPENS[0]
    assert _scopes([first, closing, "全年新增城镇就业8000人。"]) == [(0, len(first) + 1)]


@pytest.mark.parametrize("middle", _YEAR_DOES_NOT_CLOSE)
def test_other_paragraph_keeps_review_open(middle: str) -> None:
    paragraphs = [_REVIEW_OPENS[0], middle, "全年新增城镇就业8000人。"]
    assert _scopes(paragraphs) == [(0, len("\n".join(paragraphs)))]


def test_review_scope_only_in_government_work_reports() -> None:
    from analyzer.extract.context import _period_scopes

    assert _period_scopes(_REVIEW_OPENS[0], FAZHI, ()) == []
