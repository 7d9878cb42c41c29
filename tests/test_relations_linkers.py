"""The relation linkers, one family at a time: what must be linked, and what must not.

Every sentence here is written for the test in the genre's style (none is copied
from a real report).  A case names the linker that must (or must not) produce a
relation of a kind, and whether the relation holds.
"""

from __future__ import annotations

import pytest

from analyzer import Settings, analyze_text
from analyzer.relations import graph

FAST = Settings(classify=False)


def _links(text: str) -> list[tuple[str, str, bool | None, float]]:
    report = analyze_text(text, FAST)
    return [
        (k.relation.linker, k.relation.kind.value, k.outcome.holds, k.relation.confidence) for k in graph(report).links
    ]


def _has(text: str, linker: str, kind: str, holds: bool | None) -> bool:
    return any(lk == linker and kd == kind and h is holds for lk, kd, h, _ in _links(text))


# (text, linker, kind, holds): the relation must be found with this outcome
MUST = [
    # passage shares: the whole in an earlier paragraph, shares weighed by support
    (
        "全年共收到行政复议申请800件。\n从申请事项看，行政处罚类240件，占比30%；行政许可类160件，占比20%；"
        "信息公开类100件，占比12.5%；其他类300件，占比37.5%。",
        "passage_share",
        "ratio",
        True,
    ),
    # one share of the passage does not hold on the whole the others hold on: a confident failure
    (
        "全年共收到行政复议申请800件。\n从申请事项看，行政处罚类240件，占比30%；行政许可类160件，占比20%；"
        "信息公开类100件，占比13.5%；其他类300件，占比37.5%。",
        "passage_share",
        "ratio",
        False,
    ),
    # shares in a table row under a row of counts, the whole stated before the table
    (
        "本年新受理行政复议案件120件。具体情况见下表。\n类别 | 市场监管 | 公安 | 其他 |\n数量 | 60件 | 36件 | 24件 |\n"
        "占新受理数比例 | 50% | 30% | 20% |\n",
        "passage_share",
        "ratio",
        True,
    ),
    # a rate under a name no lexicon lists, its count and base in the sentence before
    ("全区共组织诉前调解行政争议640件，促成调解撤诉480件，调撤率达75%。", "clause_rate", "ratio", True),
    ("1250项政务服务事项中，1200项纳入区政务服务中心统一办理，进驻率达到96%。", "clause_rate", "ratio", True),
    # a breakdown without 其中, after the total
    ("本月共办理热线工单1200件。转办承办单位1150件，热线办直接办结50件。", "breakdown", "sum", True),
    # two breakdowns of one total, by channel and by timeliness
    ("本月共办理热线工单1200件。按期办结1180件、逾期办结20件。", "breakdown", "sum", True),
    # a total in brackets
    ("审理行政复议案件300件（包括本年受理的280件和上年结转的20件）。", "breakdown", "sum", True),
    # a semicolon list whose last part is the rest: complete, and here it misses the whole
    (
        "主动公开政府信息5000条，其中机构职能类1200条；政策文件类2300条；其他各类信息共计1000条。",
        "qizhong",
        "sum",
        False,
    ),
    # the same list adding up
    (
        "主动公开政府信息4500条，其中机构职能类1200条；政策文件类2300条；其他各类信息共计1000条。",
        "qizhong",
        "sum",
        True,
    ),
    # after ；a new statement with its own measure (市本级…为900件，其中…) is no further part: the sum holds
    (
        "全市窗口办件数量为3000件，其中行政许可1800件、其他事项1200件；市本级办件数量为900件，其中行政许可850件。",
        "qizhong",
        "sum",
        True,
    ),
    # the disclosure table's identity in prose: received + carried in = done + carried out
    ("全年共收到政府信息公开申请40件，上年结转2件，共办结35件，结转下年度办理7件。", "prose_identity", "table_identity", True),
    ("全年共收到政府信息公开申请40件，上年结转2件，共办结35件，结转下年度办理5件。", "prose_identity", "table_identity", False),
    # the carried-out role written after its figure
    ("全年共收到申请60件，上年结转4件，已答复58件，6件正在办理中。", "prose_identity", "table_identity", True),
    # 年均增长 over the period the paragraph names: a compound rate, not one year's growth
    ("过去五年，城乡居民人均可支配收入由3.00万元增加到4.00万元、年均增长5.9%。", "change", "average_growth", True),
    ("过去五年，城乡居民人均可支配收入由3.00万元增加到4.00万元、年均增长6.9%。", "change", "average_growth", False),
    # a whole followed by its own change before 其中
    ("全年新收行政案件2400件，同比下降5.2%，其中一审行政诉讼案件600件。", "qizhong", "part_whole", True),
    # each ；-clause breaks the total down again: the second breakdown is found too
    ("本月共办理热线工单1200件。转办单位1100件，直办100件；按期办结1150件、逾期办结50件。", "breakdown", "sum", True),
    # a named rate whose numerator carries a bracket (纠错（含撤销、确认违法）29件): the bracket is read through
    ("全年共审结行政复议案件120件，其中纠错（含撤销、确认违法）30件，纠错率25%。", "rate", "ratio", True),
    ("全年共审结行政复议案件120件，其中纠错（含撤销、确认违法）30件，纠错率约21%。", "rate", "ratio", False),
    # one count of a one-year report named by the same words in two parts, with two values
    (
        "关于2024年法治政府建设情况的报告\n一、主要举措\n全年新受理行政复议案件151件，同比增长12%。\n"
        "二、存在的不足\n今年新受理行政复议案件166件。",
        "restated",
        "same_value",
        False,
    ),
    # a run in the sentence right after a total closing its sentence: bounded by it (a part above it fails)
    ("本月共办理热线工单500件。转办单位420件，直办520件。", "breakdown", "part_whole", False),
    # the shares of one breakdown of a whole: at most 100% together (here 113%)
    (
        "全年共收到行政复议申请800件。\n从申请事项看，行政处罚类400件，占比50%；行政许可类320件，占比40%；"
        "信息公开类184件，占比23%。",
        "passage_share",
        "share_sum",
        False,
    ),
    # a total of the paragraph's figures before it (以上共计)
    ("一是提出6项指标。二是提出5项指标。三是提出8项指标。以上共计19项指标。", "closing_total", "sum", True),
    # a total that closes its list, after 收到 (收到 is no range)
    ("全年共收到网上申请90件，信函申请10件，合计100件。", "closing_total", "sum", True),
]

# (text, linker, kind): no relation of this kind from this linker
MUST_NOT = [
    # two wholes with the same support: two plausible readings, nothing said
    ("受理案件200件，审结案件198件。\n其中调解结案50件，占25%。", "passage_share", "ratio"),
    # a figure restated as a comparison base is no whole of a breakdown
    ("共收到申请100件，较上年60件增加40件。", "breakdown", "sum"),
    # 其他 in a long clause far from the last figure is no "rest" class
    (
        "发行长期建设国债6000亿元，带动银行贷款和其他社会资金形成3万亿元的投资规模，累计完成投资17万亿元。",
        "breakdown",
        "sum",
    ),
    # a category that names its own total (其他信息共计…) does not close the list before it
    ("其中机构职能类1200条；政策文件类2300条；其他各类信息共计1000条。", "closing_total", "sum"),
    # a 政府工作报告 names one indicator for the year and for the five-year period: no restatement by name
    (
        "政府工作报告\n一、2025年和“十四五”工作回顾\n全年建成口袋书屋示范点52个。\n全省建成口袋书屋示范点262个。",
        "restated",
        "same_value",
    ),
    # two years written: two figures
    ("2023年新受理行政复议案件120件。\n2024年新受理行政复议案件151件。", "restated", "same_value"),
    # figures of two things after 分别 are no breakdown of the total before them
    ("全年实际利用外资900亿美元。对外投资和工程承包分别达433亿美元和777亿美元。", "breakdown", "sum"),
    # a title line is no total closing a sentence
    ("去年依法办结行政复议案件29.3万件\n全国新收行政复议案件31.5万件，同比增长17.1%。", "breakdown", "part_whole"),
    # two breakdowns of one whole in two paragraphs are never added together
    (
        "全年共收到行政复议申请800件。\n从申请事项看，行政处罚类400件，占比50%；行政许可类400件，占比50%。\n"
        "从管理类别看，公安类480件，占比60%；市场监管类320件，占比40%。",
        "passage_share",
        "share_sum_across",
    ),
    # 年均 without a period the text names: nothing to compute with
    ("城乡居民人均可支配收入由3.00万元增加到4.00万元、年均增长5.9%。", "change", "average_growth"),
    # 年均 is never one year's growth
    ("过去五年，城乡居民人均可支配收入由3.00万元增加到4.00万元、年均增长5.9%。", "change", "growth"),
    # no 上年结转 figure: no identity
    ("全年共收到申请60件，已答复58件，6件正在办理中。", "prose_identity", "table_identity"),
    # shares of different wholes, listed with 分别, are never added
    ("专项基金、新增能耗、新增用地支持民间项目比重分别为90.1%、80.2%、70.3%。", "share_list", "share_sum"),
]


@pytest.mark.parametrize(("text", "linker", "kind", "holds"), MUST)
def test_relations_linker_must_link(text: str, linker: str, kind: str, holds: bool | None) -> None:
    assert _has(text, linker, kind, holds), _links(text)


@pytest.mark.parametrize(("text", "linker", "kind"), MUST_NOT)
def test_relations_linker_must_not_link(text: str, linker: str, kind: str) -> None:
    assert not any(lk == linker and kd == kind for lk, kd, _, _ in _links(text)), _links(text)


def test_relations_confident_share_failure_is_an_error_with_the_arithmetic() -> None:
    text = MUST[1][0]
    report = analyze_text(text, FAST)
    errors = [f for f in report.findings if f.severity.value == "error"]
    assert [f.message for f in errors] == ["占比 13.5% ≠ 100/800 = 12.50%"]
    assert {e.text for e in errors[0].evidence} >= {"100件", "800件", "13.5%"}


def test_relations_clause_rate_that_fails_says_nothing() -> None:
    report = analyze_text("全区共组织诉前调解行政争议640件，促成调解撤诉480件，调撤率达65%。", FAST)
    assert not [f for f in report.findings if f.rule == "ratio_mismatch"]


def test_relations_table_share_truncated_is_info() -> None:
    text = (
        "本年新受理行政复议案件151件。\n类别 | 市场监管 | 公安 | 乡镇 |\n数量 | 77件 | 42件 | 3件 |\n"
        "占新受理数比例 | 50.99% | 27.81% | 1.98% |\n"
    )
    report = analyze_text(text, FAST)
    found = [f for f in report.findings if f.rule == "ratio_mismatch"]
    assert [(f.severity.value, "截断而非四舍五入" in f.message) for f in found] == [("info", True)]


def test_relations_json_field_lists_the_graph() -> None:
    report = analyze_text(MUST[0][0], FAST)
    rows = report.to_dict()["relations"]
    assert rows and all(r["linker"] and 0 <= r["confidence"] <= 1 for r in rows)
    ids = {m.id for m in report.metrics}
    assert all(op in ids for r in rows for op in r["operands"])
    assert {r["holds"] for r in rows} == {True}


def test_relations_semicolon_statement_is_no_part() -> None:
    report = analyze_text(next(t for t, *_ in MUST if "市本级" in t), FAST)
    sums = [k.relation for k in graph(report).links if k.relation.kind.value == "sum"]
    assert sums and all("900件" not in [m.text for m in r.operands] for r in sums)


def test_relations_average_growth_at_comparable_prices_is_info() -> None:
    text = "“十四五”时期，人均地区生产总值从6.0万元增至8.0万元，年均增长4.5%。"
    found = [f for f in analyze_text(text, FAST).findings if f.rule == "growth_mismatch"]
    assert [(f.severity.value, "按可比价" in f.message) for f in found] == [("info", True)]


def test_relations_clause_rate_never_takes_a_table_cell_as_its_whole() -> None:
    # 52/77 = 67.53% would "hold" on the table's cell: the prose rate is not about the table
    text = "类别 | 市场 | 公安 |\n数量 | 77件 | 42件 |\n全年共审结案件135件，调撤52件，调撤率67.5%。"
    report = analyze_text(text, FAST)
    used = {m.text for k in graph(report).links if k.relation.linker == "clause_rate" for m in k.relation.operands}
    assert "77件" not in used and all("77" not in v.message for v in report.verified)


def test_relations_breakdowns_in_two_paragraphs_are_two_share_sums() -> None:
    text = next(t for t, lk, kd in MUST_NOT if kd == "share_sum_across")
    report = analyze_text(text, FAST)
    sums = [k for k in graph(report).links if k.relation.kind.value == "share_sum"]
    assert [len(k.relation.operands) for k in sums] == [2, 2] and all(k.outcome.holds for k in sums)


# two groups of shares in one run, each naming its base after 占 (占收到申请的 / 占受理案件的): each group is of
# its own base and sums to 100 on its own (R22)
TWO_BASES = (
    "全年共收到行政复议申请80件。经审查，决定受理50件，占收到申请的62.5%；不予受理20件，占收到申请的25%；"
    "作其他处理10件，占收到申请的12.5%。经审理，维持原决定28件，占受理案件的56%；撤销12件，占受理案件的{x}%；"
    "终止审理10件，占受理案件的20%。"
)
# a share of cases after a count of fields (个领域): no base the text states (R22)
FIELDS = "全年办理行政复议案件200件，涉及12个行政管理领域，其中公安、自然资源、市场监管{part}，占行政复议案件总数的55%。"


def _raised(text: str, rules: tuple[str, ...] = ("ratio_mismatch", "share_sum")) -> list[str]:
    report = analyze_text(text, FAST)
    return [f.message for f in report.findings if f.rule in rules and f.severity.value != "info"]


def test_relations_share_base_is_the_one_its_words_name() -> None:
    # must link: each group on its own base, each summing to 100
    text = TWO_BASES.format(x="24")
    report = analyze_text(text, FAST)
    ratios = {
        (k.relation.operands[0].text, k.relation.operands[1].text, k.outcome.holds)
        for k in graph(report).links
        if k.relation.kind.value == "ratio"
    }
    assert {("50件", "80件", True), ("28件", "50件", True), ("12件", "50件", True)} <= ratios, ratios
    sums = [k.outcome.holds for k in graph(report).links if k.relation.kind.value == "share_sum"]
    assert sums == [True, True], sums
    assert _raised(text) == []
    # must raise: a share that fails on the base its words name
    raised = _raised(TWO_BASES.format(x="26"))
    assert len(raised) == 2 and raised[0].startswith("占比 26% ≠ 12/50 = 24.00%"), raised
    assert raised[1] == "56% + 26% + 20% = 102% > 100%", raised


def test_relations_share_of_cases_is_never_of_a_count_in_another_measure_word() -> None:
    # must not link: 3个领域 is no part of a share of cases, 12个 no base
    text = FIELDS.format(part="3个领域")
    assert not [lk for lk, kd, _, _ in _links(text) if kd == "ratio"], _links(text)
    assert _raised(text) == []
    # must link: the fields' cases, a count in 件, are the part of the cases' total
    assert _has(FIELDS.format(part="3个领域的案件110件"), "rate", "ratio", True) or _has(
        FIELDS.format(part="3个领域的案件110件"), "passage_share", "ratio", True
    ), _links(FIELDS.format(part="3个领域的案件110件"))


# shares naming a whole no figure of the passage is called (占结案总数的): nothing said when some fail (R22)
UNSTATED = "全年共收到行政复议申请80件，受理50件。\n审结的案件中，维持原决定28件，占{noun}的35%；撤销8件，占{noun}的10%；确认违法12件，占{noun}的20%。"


def test_relations_share_of_a_whole_no_figure_states_says_nothing() -> None:
    # must not raise: no figure is called 结案, so 80件 is only a guess
    assert _raised(UNSTATED.format(noun="结案总数")) == []
    # must raise: the named whole is stated (收到行政复议申请80件), and 12/80 = 15%
    raised = _raised(UNSTATED.format(noun="行政复议申请总数"))
    assert raised and raised[0].startswith("占比 20% ≠ 12/80 = 15.00%"), raised


# two breakdowns in a row whose shares say 占比 only: the first run makes 100%, the rest is another whole's (R22)
TWO_RUNS = (
    "全年共收到行政复议申请80件。经审查，决定受理50件，占比62.5%；不予受理20件，占比25%；作其他处理10件，占比12.5%。"
    "经审理，维持原决定28件，占比56%；撤销12件，占比24%；终止审理{x}件，占比{y}%。"
)


def test_relations_share_sum_of_two_wholes_in_a_row_is_two_sums() -> None:
    # must not raise: 100% + 100%, two wholes
    assert _raised(TWO_RUNS.format(x="10", y="20"), ("share_sum",)) == []
    # must raise: the second run alone makes more than 100%
    assert _raised(TWO_RUNS.format(x="14", y="28"), ("share_sum",)) == ["56% + 24% + 28% = 108% > 100%"]
