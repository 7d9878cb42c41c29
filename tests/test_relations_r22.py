"""Relation families of round R22, found on fresh 统计公报 (人口普查), 12315 and 12345 monthly notices, budget reports.

* ``change``: a figure the comparison closes on (与2010年的⟨a⟩相比，增加⟨c⟩，增长⟨g⟩) is the base of the change, the
  level being a + c (was: read as the level, its base a − c, an error on every census bulletin); a budget line's growth
  before its amount (同比增长10.85%，增收2798万元) and a level's own rate before its change (为年初预算61.22%，比上年同期
  增加6517万元，增长10.61%) still tie the level, the change and the growth;
* ``rate``: shares listed after 分别占 pair with the parts before 分别 in order (A类1367件，B类1094件，分别占…的55.55%、
  44.45%: was the nearest part for the first share, an error); a 办结率 over the whole intake may count the part
  answered at once as done (受理7227宗，当场答复5113宗，转办2114宗，办结1898宗，办结率97.01%: (5113 + 1898) / 7227);
* ``qizhong``: a figure saying how many were dealt with (已处理474件) after a 、-list of parts closed by a comma is the
  whole's progress, no part; three parts or more adding up exactly to another figure before 其中 break down that one
  (转办2114宗，办结1898宗。其中转办事项：…, ten counts adding to 2114);
* ``heading_sequence``: 一、…二、…三、 where 二、 opens a paragraph too long to be taken as a title skips nothing;
* ``closing_total``: a summary and 合计 then the total's own name closes the list before it (两项合计共受理投诉举报4342件);
* ``qizhong``: the whole's own rate may stand between it and its own change before 其中 (总收入67949万元，为年初预算
  61.22%，比上年同期增加6517万元，增长10.61%。其中：…), and a part's own change in its unit (地方收入4000万元，增加300万元)
  is no further part;
* ``per_unit_mean``: 平均每个家庭户的人口为2.39人 with the households and their population before it (the mean times
  the count is the quantity); ``daily_mean``: 共受理71184件，日均10169件 over the days of the dates, week or month the
  passage names (a failure only info: the days may be working days); ``median_of_mean``: 中位数是平均数的86.7% is
  the median over the mean of the same name stated before it;
* ``restated``: a restated level's change named alike further along both statements (实际增长5.3% in the headline,
  名义增长5.4%，扣除价格因素，实际增长5.3% in the lead) is the change restated;
* ``income_ratio``: 城乡居民收入比为2.45:1 (由2.51缩小到2.45) is the urban residents' per-head income over the rural
  residents' stated before it in its paragraph;
* ``named_partition``: the members of a complete set (家庭户/集体户, 汉族/少数民族, 税收收入/非税收入, 城镇/农村, 中央/地方)
  stated together after their whole, no 其中 (全市常住人口为751389人。… 家庭户人口为703095人，集体户人口为48294人): the
  nearest figure before them named by their head and as big as their sum is the whole (a failure info at most);
* ``unit_conversion``: a figure followed by the same quantity in another unit in brackets (千公顷(万亩), 万吨(亿斤),
  公斤/公顷(公斤/亩)) is it times the factor of ``data/comparable_units.tsv``.

Every sentence is written for the test in the style of a 统计公报, a 政府工作报告, a budget report or a hotline's
monthly notice (none copied from a real text).  MUST: the linker relates these and the relation holds or fails as
given, a failure raised; MUST_NOT: the linker relates nothing of the kind, or nothing is raised.
"""

from __future__ import annotations

import pytest
from _relation_links import assert_links, links_by, links_of, raised

# (linker, text, (kind, operands, result, holds) expected among the links)
MUST = [
    # change: the base closes the comparison
    (
        "change",
        "全县户籍人口与2015年的386420人相比，增加12580人，增长3.26%。",
        [("growth", ("386420人", "(386420人 + 12580人)"), "3.26%", True)],
    ),
    (
        "change",
        "全市乡村人口与上年末的52.40万人相比，减少1.80万人，下降3.4%。",
        [("growth", ("52.40万人", "(52.40万人 − 1.80万人)"), "3.4%", True)],
    ),
    (
        "change",
        "全县常住人口与2010年第六次人口普查的725000人相比，增加26000人，增长3.90%。",
        [("growth", ("725000人", "(725000人 + 26000人)"), "3.90%", False)],
    ),
    (
        "change",
        "全区财政收入12.5亿元，同2022年的11.8亿元相比，增加0.7亿元，增长5.9%。",
        [("growth", ("11.8亿元", "(11.8亿元 + 0.7亿元)"), "5.9%", True)],
    ),
    # (the level before 与上年相比 is still the level)
    (
        "change",
        "全年粮食产量52.6万吨，与上年相比增加1.2万吨，增长2.3%。",
        [("growth", ("(52.6万吨 − 1.2万吨)", "52.6万吨"), "2.3%", True)],
    ),
    # change: the growth before the amount; the level's own rate before its change
    (
        "change",
        "全县一般公共预算收入完成28583万元，占调整预算105.47%，同比增长10.85%，增收2798万元。",
        [("growth", ("(28583万元 − 2798万元)", "28583万元"), "10.85%", True)],
    ),
    (
        "change",
        "全县一般公共预算收入完成28583万元，占调整预算105.47%，同比增长12.85%，增收2798万元。",
        [("growth", ("(28583万元 − 2798万元)", "28583万元"), "12.85%", False)],
    ),
    (
        "change",
        "截至8月底，累计完成财政总收入67949万元，为年初预算61.22%，比上年同期增加6517万元，增长10.61%。",
        [("growth", ("(67949万元 − 6517万元)", "67949万元"), "10.61%", True)],
    ),
    # rate: the respective shares
    (
        "rate",
        "全年共收到申请120件，其中网络申请90件，信函申请30件，分别占75%、25%。",
        [("ratio", ("90件", "120件"), "75%", True), ("ratio", ("30件", "120件"), "25%", True)],
    ),
    (
        "rate",
        "本月平台共受理投诉860件，其中商品类516件，服务类344件，分别占投诉总量的60%、40%。",
        [("ratio", ("516件", "860件"), "60%", True), ("ratio", ("344件", "860件"), "40%", True)],
    ),
    (
        "rate",
        "全年共收到申请120件，其中网络申请90件，信函申请30件，分别占70%、25%。",
        [("ratio", ("90件", "120件"), "70%", False)],
    ),
    # rate: the part answered at once counted done
    (
        "rate",
        "本月共受理热线事项3600件，当场答复2400件，转办1200件，办结1140件，办结率98.33%。",
        [("ratio", ("(2400件 + 1140件)", "3600件"), "98.33%", True)],
    ),
    (
        "rate",
        "本月共受理热线事项3600件，当场答复2400件，转办1200件，办结1140件，办结率96.5%。",
        [("ratio", ("(2400件 + 1140件)", "3600件"), "96.5%", False)],
    ),
    # qizhong: the progress after the list; the whole the parts add up to
    (
        "qizhong",
        "本月共受理举报120件，其中广告违法行为60件、产品质量违法行为40件、食品违法行为20件，已处理110件。",
        [("sum", ("60件", "40件", "20件"), "120件", True)],
    ),
    (
        "qizhong",
        "本月共受理举报120件，其中广告违法行为60件、产品质量违法行为40件、食品违法行为25件，已处理110件。",
        [("sum", ("60件", "40件", "25件"), "120件", False)],
    ),
    (
        "qizhong",
        "本月转办事项600件，办结560件，办结率93.3%。其中转办事项：咨询类100件、投诉类300件、建议类200件。",
        [("sum", ("100件", "300件", "200件"), "600件", True)],
    ),
    (
        "qizhong",
        "本月转办事项600件，办结560件。其中投诉类300件、咨询类160件、建议类150件。",
        [("sum", ("300件", "160件", "150件"), "560件", False)],
    ),
    # qizhong: ；-parts restating the whole's measure as the first part does, each with its own change
    (
        "qizhong",
        "全年粮食种植面积1189万亩，比上年增加6万亩。其中，稻谷种植面积290万亩，减少5万亩；小麦种植面积236万亩，增加1万亩；"
        "玉米种植面积442万亩，增加11万亩。",
        [("sum", ("290万亩", "236万亩", "442万亩"), "1189万亩", True)],
    ),
    (
        "qizhong",
        "全年谷物产量641.4万吨，比上年增产1.3%。其中，稻谷产量206.6万吨，减产0.9%；小麦产量136.6万吨，减产0.8%；"
        "玉米产量318.8万吨，增产4.2%。",
        [("sum", ("206.6万吨", "136.6万吨", "318.8万吨"), "641.4万吨", False)],
    ),
    # per_unit_mean
    (
        "per_unit_mean",
        "全县共有家庭户119500户，集体户3120户，家庭户人口为311895人，集体户人口为15230人。平均每个家庭户的人口为2.61人。",
        [("sum", ("2.61人 × 119500户",), "311895人", True)],
    ),
    (
        "per_unit_mean",
        "全县共有家庭户119500户，集体户3120户，家庭户人口为311895人，集体户人口为15230人。平均每个家庭户的人口为2.71人。",
        [("sum", ("2.71人 × 119500户",), "311895人", False)],
    ),
    # daily_mean: a week by its dates, a month
    (
        "daily_mean",
        "本周（3月4日—3月10日），热线共受理市民诉求42350件，日均6050件，较上周上升1.2%。",
        [("sum", ("6050件 × 7天",), "42350件", True)],
    ),
    (
        "daily_mean",
        "11月份，12345热线共受理群众诉求30150件，日均1005件。",
        [("sum", ("1005件 × 30天",), "30150件", True)],
    ),
    (
        "daily_mean",
        "2023年2月份，12345热线共受理群众诉求28000件，日均1000件。",
        [("sum", ("1000件 × 28天",), "28000件", True)],
    ),
    # median_of_mean: the national and the urban figures
    (
        "median_of_mean",
        "上半年，全省居民人均可支配收入21500元，增长5.6%。其中，城镇居民人均可支配收入28400元，增长4.9%。\n"
        "上半年，全省居民人均可支配收入中位数18060元，增长5.2%，中位数是平均数的84.0%。其中，城镇居民人均可支配收入中位数"
        "25560元，增长4.6%，是平均数的90.0%。",
        [("ratio", ("18060元", "21500元"), "84.0%", True), ("ratio", ("25560元", "28400元"), "90.0%", True)],
    ),
    (
        "median_of_mean",
        "上半年，全省居民人均可支配收入21500元，增长5.6%。\n上半年，全省居民人均可支配收入中位数18060元，增长5.2%，"
        "中位数是平均数的86.0%。",
        [("ratio", ("18060元", "21500元"), "86.0%", False)],
    ),
    # income_ratio: A:1, and the later value of a 由…缩小到…
    (
        "income_ratio",
        "全年城镇居民人均可支配收入48800元，增长5.2%；农村居民人均可支配收入19920元，增长7.3%。城乡居民收入比为2.45:1，"
        "比上年缩小0.06。",
        [("sum", ("2.45 × 19920元",), "48800元", True)],
    ),
    (
        "income_ratio",
        "全年城镇居民人均可支配收入48800元，增长5.2%；农村居民人均可支配收入19920元，增长7.3%。城乡居民收入比由2.51缩小到2.45。",
        [("sum", ("2.45 × 19920元",), "48800元", True)],
    ),
    (
        "income_ratio",
        "全年城镇居民人均可支配收入48800元，增长5.2%；农村居民人均可支配收入19920元，增长7.3%。城乡居民收入比为2.55:1。",
        [("sum", ("2.55 × 19920元",), "48800元", False)],
    ),
    # named_partition: a census bulletin's sections; a budget's revenue by kind, each with its own change
    (
        "named_partition",
        "一、常住人口\n全县常住人口为326800人。\n二、户别人口\n全县共有家庭户119500户，集体户3120户，家庭户人口为311570人，"
        "集体户人口为15230人。\n三、民族人口\n全县人口中，汉族人口为301200人，占92.17%；各少数民族人口为25600人，占7.83%。",
        [("sum", ("301200人", "25600人"), "326800人", True)],
    ),
    (
        "named_partition",
        "一、截至9月底，累计完成财政总收入52000万元，比上年同期增加4000万元。\n二、分收入结构看：累计完成税收收入31000万元，"
        "增加2600万元；累计完成非税收入21000万元，增加1400万元。",
        [("sum", ("31000万元", "21000万元"), "52000万元", True)],
    ),
    # unit_conversion
    (
        "unit_conversion",
        "全市粮食播种面积812.4千公顷（1218.6万亩），比上年增加3.2千公顷（4.8万亩）。",
        [("sum", ("812.4千公顷 × 15",), "1218.6万亩", True), ("sum", ("3.2千公顷 × 15",), "4.8万亩", True)],
    ),
    (
        "unit_conversion",
        "全市粮食总产量586.2万吨（117.2亿斤），单位面积产量6840公斤/公顷（456公斤/亩）。",
        [("sum", ("586.2万吨 × 2000",), "117.2亿斤", True), ("sum", ("6840公斤 ÷ 15",), "456公斤", True)],
    ),
    (
        "unit_conversion",
        "全市粮食总产量586.2万吨（127.2亿斤）。",
        [("sum", ("586.2万吨 × 2000",), "127.2亿斤", False)],
    ),
    # closing_total: 两项合计 then the total's name
    (
        "closing_total",
        "本月市中心收到热线转办消费者投诉举报1830件，平台受理消费者投诉举报920件，两项合计共受理消费者投诉举报2750件。",
        [("sum", ("1830件", "920件"), "2750件", True)],
    ),
    (
        "closing_total",
        "本月市中心收到热线转办消费者投诉举报1830件，平台受理消费者投诉举报920件，两项合计共受理消费者投诉举报2760件。",
        [("sum", ("1830件", "920件"), "2760件", False)],
    ),
    # qizhong: the whole behind its own rate and change; the parts' own changes left out
    (
        "qizhong",
        "截至6月底，累计完成财政总收入5200万元，为年初预算52.0%，比上年同期增加400万元，增长8.33%。其中：地方收入完成4000万元，"
        "增加300万元，增长8.11%；上划中央收入完成1200万元，增加100万元，增长9.09%。",
        [("sum", ("4000万元", "1200万元"), "5200万元", True)],
    ),
    (
        "qizhong",
        "截至6月底，累计完成财政总收入5200万元，为年初预算52.0%，比上年同期增加400万元，增长8.33%。其中：地方收入完成4000万元，"
        "增加300万元，增长8.11%；上划中央收入完成1300万元，增加100万元，增长8.33%。",
        [("sum", ("4000万元", "1300万元"), "5200万元", False)],
    ),
    (
        "qizhong",
        "全年财政总收入5200万元，其中地方收入4000万元，比上年增加300万元；上划中央收入1200万元。",
        [("sum", ("4000万元", "1200万元"), "5200万元", True)],
    ),
]

MUST_NOT = [
    # qizhong: a ；-statement restating the whole's measure the first part does not name
    ("qizhong", "网站全年发布信息4430条，其中政策文件120条；通过移动端发布信息730条。"),
    # closing_total: 合计 with no summary before it, or a class of its own
    ("closing_total", "全市收到热线转办投诉举报2625件，其他信息共计受理投诉1717件。"),
    ("closing_total", "本年度办理建议提案120件，合计完成项目投资35亿元。"),
    # per_unit_mean: no count of the unit named; two of them
    ("per_unit_mean", "全县家庭户人口为31.2万人，平均每个家庭户的人口为2.61人。"),
    ("per_unit_mean", "城区有家庭户52000户，乡村有家庭户67500户，家庭户人口为311895人，平均每个家庭户的人口为2.61人。"),
    # daily_mean: no period named; a daily mean of another thing
    ("daily_mean", "全年政务大厅共办理各类事项25000件，日均100件。"),
    ("daily_mean", "11月份，热线共受理群众诉求30150件，日均接通率98.5%。"),
    # median_of_mean: no mean of the median's name before it
    ("median_of_mean", "上半年，全省居民人均消费支出13500元。全省居民人均可支配收入中位数18060元，中位数是平均数的84.0%。"),
    # income_ratio: a bound, no incomes stated, only their growths
    ("income_ratio", "城镇、农村居民人均可支配收入分别增长3.4%、5.2%，城乡居民收入比收窄至2：1以内。"),
    ("income_ratio", "城乡居民收入比降至2.2，常住人口城镇化率突破60%。"),
    ("income_ratio", "城镇居民人均可支配收入增长5.2%，农村居民人均可支配收入增长7.3%，城乡居民收入比缩小到2.45。"),
    # named_partition: means per head; no whole as big as the parts named by their head
    ("named_partition", "全年财政收入6.85万亿元。城镇居民人均可支配收入17175元，农村居民人均纯收入5153元。"),
    ("named_partition", "全县常住人口为326800人，比上年增加1200人。全县家庭户数为119500户，集体户数为3120户。"),
    # unit_conversion: no factor between the units; more than a figure in the bracket
    ("unit_conversion", "全年接待游客1250万人次（312万人）。"),
    ("unit_conversion", "全市粮食总产量586.2万吨（比上年增加12.4万吨）。"),
    # change: a count between the level and its growth is no rate of its own; the growth down, the amount up
    ("change", "全县一般公共预算收入完成28583万元，新增税源企业120户，同比增长10.85%，增收2798万元。"),
    ("change", "全县一般公共预算收入完成28583万元，同比下降10.85%，增收2798万元。"),
    # change: no figure closes the comparison
    ("change", "全区常住人口与上年相比，增加1200人，增长3.1%。"),
    # a rate compared with a rate: no change of a count
    ("change", "全市城镇化率与2010年的52.3%相比，提高6.1个百分点。"),
]

QUIET = [
    # rate: the shares pair in order (was: 占比 55.55% ≠ 1094/2461)
    "6月平台共受理投诉2461件，其中商品类1367件，服务类1094件，分别占投诉总量的55.55%、44.45%。",
    # rate: 办结率 over the whole with the part answered at once (was: 97.01% ≠ 1898/7227, an error)
    "本月共受理有效热线事项7227宗，当场答复热线事项5113宗，转办热线事项2114宗，办结1898宗，办结率97.01%。",
    # qizhong: 已处理 after the 、-list is no part (was: 329 + 45 + 39 + 33 + 474 = 920 ≠ 501)
    "本月共受理举报501件，其中广告违法行为329件、侵害消费者权益行为45件、产品质量违法行为39件、食品违法行为33件，已处理474件。",
    # qizhong: ten parts adding to the 2114 before the 1898 (was: = 2114 ≠ 1898宗)
    "12月共受理热线事项7227宗，转办热线事项2114宗，办结1898宗。其中转办事项：咨询类51宗、投诉类27宗、举报类3宗、“三偷”类112宗、"
    "消费维权类121宗、经济违法类0宗、求助类9宗、建议类40宗、其它54宗、一般投诉类1697宗。",
    # qizhong: the parts' own changes are no parts (was: 4000 + 300 + 1200 + 100 = 5600 ≠ 5200 once the whole is read)
    "截至8月底，累计完成财政总收入5200万元，为年初预算52.0%，比上年同期增加400万元，增长8.33%。其中：地方收入完成4000万元，"
    "增加300万元，增长8.11%；上划中央收入完成1200万元，增加100万元，增长9.09%。",
    # heading_sequence: 二、 opens a numbered paragraph too long for a title
    "据抽样调查，全年粮食生产情况如下：\n一、全市粮食播种面积1160千公顷，比上年减少9千公顷，下降0.8%。\n"
    "二、全市粮食单位面积产量5720公斤/公顷（381公斤/亩），比上年增加98.4公斤/公顷（6.6公斤/亩），增长1.8%，其中谷物单位面积产量"
    "6272公斤/公顷。\n三、全市粮食总产量663.8万吨，比上年增加5.9万吨，增长0.9%。\n",
    # the census sentence read right: nothing raised (was: 增长 3.57% ≠ 725482 / (725482 − 25907) − 1)
    "全市常住人口与2010年第六次全国人口普查的725482人相比，增加25907人，增长3.57%，年平均增长率为0.35%。",
    "全省各少数民族人口与2010年相比增加36041人，增长24.50%。",
]


STILL_RAISED = [
    # heading_sequence: a number no line opens with is skipped
    "一、总体情况\n全年工作平稳有序推进。\n三、存在问题\n基层力量仍然薄弱。\n",
]


@pytest.mark.parametrize("text", STILL_RAISED)
def test_still_raised(text: str) -> None:
    assert raised(text)


@pytest.mark.parametrize(("linker", "text", "expected"), MUST)
def test_links(linker: str, text: str, expected: list[tuple[str, tuple[str, ...], str, bool]]) -> None:
    assert_links(text, linker, expected)


@pytest.mark.parametrize(("linker", "text"), MUST_NOT)
def test_links_nothing(linker: str, text: str) -> None:
    assert [k for k in links_of(text, linker) if k[0] in ("growth", "sum", "ratio")] == []


def test_daily_mean_failure_only_info() -> None:
    """A daily mean off its total is said at most as info (the days may be working days)."""
    text = "11月份，12345热线共受理群众诉求30150件，日均1105件。"
    assert ("sum", ("1105件 × 30天",), "30150件", False) in links_of(text, "daily_mean")
    assert raised(text) == []


@pytest.mark.parametrize("text", QUIET)
def test_nothing_raised(text: str) -> None:
    assert raised(text) == []


def _restated(text: str) -> list[tuple[tuple[str, ...], bool | None]]:
    return [(tuple(m.text for m in k.relation.operands), k.outcome.holds) for k in links_by(text, "restated")]


HEADLINE = (
    "上半年全省居民人均可支配收入21500元，实际增长5.3%\n一、居民收入情况\n"
    "上半年，全省居民人均可支配收入21500元，比上年同期名义增长5.6%，扣除价格因素，实际增长5.3%。"
)


def test_named_change_restated() -> None:
    assert (("5.3%", "5.3%"), True) in _restated(HEADLINE)
    assert raised(HEADLINE) == []


def test_named_change_restated_slip() -> None:
    text = HEADLINE.replace("实际增长5.3%\n", "实际增长5.1%\n")
    assert (("5.1%", "5.3%"), False) in _restated(text)
    assert raised(text)


NAMED_CHANGE_MUST_NOT = [
    # the nominal change against the real one: named otherwise
    HEADLINE.replace("实际增长5.3%\n", "名义增长5.6%\n").replace("扣除价格因素，实际增长5.3%", "扣除价格因素，实际增长5.3%"),
    # a change with no name of its basis
    "上半年全省居民人均可支配收入21500元，增长5.3%\n一、居民收入情况\n上半年，全省居民人均可支配收入21500元，比上年同期增长5.6%。",
]


@pytest.mark.parametrize("text", NAMED_CHANGE_MUST_NOT)
def test_named_change_not_paired(text: str) -> None:
    assert not [p for p, holds in _restated(text) if holds is False]


def test_partition_short_of_whole_only_info() -> None:
    """Parts of a complete set adding to less than the whole named by their head: linked, failing, said as info."""
    text = "一、常住人口\n全县常住人口为326800人。\n二、民族人口\n全县人口中，汉族人口为300200人，占91.86%；各少数民族人口为25600人，占7.83%。"
    assert ("sum", ("300200人", "25600人"), "326800人", False) in links_of(text, "named_partition")
    assert raised(text) == []
