"""Table-driven extraction: what must be extracted (kind, value, unit, qualifier) and what must not.

Texts are written for these tests in the style of the genres; none is copied from a real report.
"""

from __future__ import annotations

import pytest

from analyzer.extract import extract_metrics
from analyzer.numbers import parse_number
from analyzer.settings import Settings
from analyzer.types import Genre, Meta, Section

META = Meta(title=None, issuer=None, region=None, year=2024, genre=Genre.FAZHI_ANNUAL)


def metrics(text, meta=META):
    return extract_metrics(text, (Section("0", 0, "", 0, len(text)),), meta, Settings())


# text, kind, value, unit, qualifier, value_high
EXTRACTS = [
    # counts
    ("全年受理行政复议案件29件。", "count", 29, "件", None, None),
    ("召开党组会14次。", "count", 14, "次", None, None),
    ("办理人大代表建议120条。", "count", 120, "条", None, None),
    ("组织培训3200人次。", "count", 3200, "人次", None, None),
    ("新增经营主体37万户。", "count", 370000, "户", None, None),
    ("引进高层次人才560人。", "count", 560, "人", None, None),
    ("聘请法律顾问12名。", "count", 12, "名", None, None),
    ("新建学校8所。", "count", 8, "所", None, None),
    ("建成口袋公园46座。", "count", 46, "座", None, None),
    ("梳理权责事项1362项。", "count", 1362, "项", None, None),
    ("举办讲座6场。", "count", 6, "场", None, None),
    ("发放宣传资料2.3万份。", "count", 23000, "份", None, None),
    ("修订规章5部。", "count", 5, "部", None, None),
    ("更新公交车300辆。", "count", 300, "辆", None, None),
    ("筹集保障房1.2万套。", "count", 12000, "套", None, None),
    ("整改隐患点96处。", "count", 96, "处", None, None),
    ("发放贷款4.5万笔。", "count", 45000, "笔", None, None),
    ("查处案件18起。", "count", 18, "起", None, None),
    ("培育龙头企业25家。", "count", 25, "家", None, None),
    ("处理工单2.1万单。", "count", 21000, "单", None, None),
    ("纳入目录管理的4个重大政策文件均已发文。", "count", 4, "个", None, None),
    ("办好十件民生实事。", "count", 10, "件", None, None),
    ("受理投诉二十九件。", "count", 29, "件", None, None),
    ("共发布信息两千六百余条。", "count", 2600, "条", "at_least", None),
    ("共发布信息2600余条。", "count", 2600, "条", "at_least", None),
    ("改善7000多所学校办学条件。", "count", 7000, "所", "at_least", None),
    ("服务群众3万余人次。", "count", 30000, "人次", "at_least", None),
    ("受理申请约300件。", "count", 300, "件", "about", None),
    ("办理事项近1万件。", "count", 10000, "件", "nearly", None),
    ("培训人员超过5000人。", "count", 5000, "人", "at_least", None),
    ("新增就业岗位逾2万个。", "count", 20000, "个", "at_least", None),
    ("参保人数不少于80万人。", "count", 800000, "人", "at_least", None),
    ("安置人员不足100人。", "count", 100, "人", "at_most", None),
    ("新增就业110万人以上。", "count", 1100000, "人", "at_least", None),
    ("建设站点30个左右。", "count", 30, "个", "about", None),
    ("每批次3至5个项目。", "count", 3, "个", None, 5),
    ("吸纳就业3—5万人。", "count", 30000, "人", None, 50000),
    ("受理12345热线工单19085件。", "count", 19085, "件", None, None),
    ("接待游客１２３４５人次。", "count", 12345, "人次", None, None),
    ("完成培训一万二千三百人次。", "count", 12300, "人次", None, None),
    ("新增床位两千张。", "count", 2000, "张", None, None),
    ("开展巡查三百五十次。", "count", 350, "次", None, None),
    ("新建养老机构十二家。", "count", 12, "家", None, None),
    ("组建调解组织九个。", "count", 9, "个", None, None),
    # percents
    ("纠错率58.6%。", "percent", 58.6, "%", None, None),
    ("办结率97%。", "percent", 97, "%", None, None),
    ("群众满意度93%。", "percent", 93, "%", None, None),
    ("出庭应诉率始终保持在100%。", "percent", 100, "%", None, None),
    ("增长３．６８％。", "percent", 3.68, "%", None, None),
    ("地区生产总值增长5.4%。", "percent", 5.4, "%", None, None),
    ("经济增长5%左右。", "percent", 5, "%", "about", None),
    ("城镇调查失业率5.5%左右。", "percent", 5.5, "%", "about", None),
    ("覆盖率达到95%以上。", "percent", 95, "%", "at_least", None),
    ("失业率控制在5.5%以内。", "percent", 5.5, "%", "at_most", None),
    ("降幅超过3%。", "percent", 3, "%", "at_least", None),
    ("占比接近40%。", "percent", 40, "%", "nearly", None),
    ("比重约30%。", "percent", 30, "%", "about", None),
    ("物价涨幅低于3%。", "percent", 3, "%", "at_most", None),
    ("预期增长5%—6%。", "percent", 5, "%", None, 6),
    ("增长5%-6%。", "percent", 5, "%", None, 6),
    ("增长5—6%。", "percent", 5, "%", None, 6),
    ("增长5%至6%。", "percent", 5, "%", None, 6),
    ("增长百分之十二点五。", "percent", 12.5, "%", None, None),
    ("完成率百分之九十五。", "percent", 95, "%", None, None),
    ("九成以上的事项实现网上办理。", "percent", 90, "%", "at_least", None),
    ("三成企业参与。", "percent", 30, "%", None, None),
    ("比重提高到百分之5。", "percent", 5, "%", None, None),
    ("通过率100%。", "percent", 100, "%", None, None),
    ("同比增长12.35%。", "percent", 12.35, "%", None, None),
    ("增长0.2%。", "percent", 0.2, "%", None, None),
    # permille
    ("人口自然增长率3.5‰。", "permille", 3.5, "‰", None, None),
    ("出生率千分之六。", "permille", 6, "‰", None, None),
    ("死亡率千分之七点二。", "permille", 7.2, "‰", None, None),
    # percentage points
    ("提高8个百分点。", "percentage_point", 8, "个百分点", None, None),
    ("下降0.5个百分点。", "percentage_point", 0.5, "个百分点", None, None),
    ("高于全国1.2个百分点。", "percentage_point", 1.2, "个百分点", None, None),
    ("提高两个百分点。", "percentage_point", 2, "个百分点", None, None),
    ("提高1.5百分点。", "percentage_point", 1.5, "个百分点", None, None),
    ("平均每年降低1个百分点以上。", "percentage_point", 1, "个百分点", "at_least", None),
    # multiples
    ("利润为上年的2.9倍。", "multiple", 2.9, "倍", None, None),
    ("增长约1.5倍。", "multiple", 1.5, "倍", "about", None),
    ("收入翻一番。", "multiple", 2, "倍", None, None),
    ("总量翻了两番。", "multiple", 4, "倍", None, None),
    ("规模扩大三倍。", "multiple", 3, "倍", None, None),
    # fractions
    ("约三分之一的事项下放。", "fraction", 0.3333, "", "about", None),
    ("超过四分之三的街道。", "fraction", 0.75, "", "at_least", None),
    ("占二分之一。", "fraction", 0.5, "", None, None),
    # money
    ("生产总值6.66万亿元。", "money", 6.66e12, "元", None, None),
    ("投入资金5.2亿元。", "money", 5.2e8, "元", None, None),
    ("收入27,203,319,000元。", "money", 27203319000, "元", None, None),
    ("收入２７，２０３，３１９，０００元。", "money", 27203319000, "元", None, None),
    ("人均可支配收入1.9万元。", "money", 19000, "元", None, None),
    ("奖补资金380万元。", "money", 3.8e6, "元", None, None),
    ("节约资金1200元。", "money", 1200, "元", None, None),
    ("进出口总额4743亿美元。", "money", 4.743e11, "美元", None, None),
    ("外汇储备超过3.2万亿美元。", "money", 3.2e12, "美元", "at_least", None),
    ("争取资金5亿元以上。", "money", 5e8, "元", "at_least", None),
    ("投资约1500亿元。", "money", 1.5e11, "元", "about", None),
    ("减税降费2000多亿元。", "money", 2e11, "元", "at_least", None),
    ("专项资金3千万元。", "money", 3e7, "元", None, None),
    ("资金3000万元人民币。", "money", 3e7, "元", None, None),
    ("补助标准提高30元。", "money", 30, "元", None, None),
    ("投资1.2万亿元左右。", "money", 1.2e12, "元", "about", None),
    ("募集五亿元。", "money", 5e8, "元", None, None),
    # quantities
    ("新建高标准农田3167万亩。", "quantity", 3.167e7, "亩", None, None),
    ("治理面积6779平方公里。", "quantity", 6779, "平方公里", None, None),
    ("通车里程突破1万公里。", "quantity", 10000, "公里", "at_least", None),
    ("粮食产量1300亿斤以上。", "quantity", 1.3e11, "斤", "at_least", None),
    ("发电装机1.6亿千瓦。", "quantity", 1.6e8, "千瓦", None, None),
    ("新增装机300兆瓦。", "quantity", 300000, "千瓦", None, None),
    ("吞吐量100万吨。", "quantity", 1e6, "吨", None, None),
    ("浓度下降到30微克/立方米。", "quantity", 30, "微克/立方米", None, None),
    ("办理时限压缩至3个工作日。", "quantity", 3, "个工作日", None, None),
    ("停留时间延长至240小时。", "quantity", 240, "小时", None, None),
    ("集装箱吞吐量500万标准箱。", "quantity", 5e6, "标准箱", None, None),
    ("造林面积2.5万公顷。", "quantity", 25000, "公顷", None, None),
    ("改造管网120公里。", "quantity", 120, "公里", None, None),
    ("建成绿道3千米。", "quantity", 3, "公里", None, None),
    ("新增用电2亿千瓦时。", "quantity", 2e8, "千瓦时", None, None),
    ("平均办理时间15天。", "quantity", 15, "天", None, None),
    ("人均预期寿命提高到79.5岁。", "quantity", 79.5, "岁", None, None),
    ("超5000场次专题教育。", "count", 5000, "场次", "at_least", None),
    ("抽查行政执法案卷210卷。", "count", 210, "卷", None, None),
    ("低保标准提高到900元/月。", "money", 900, "元/月", None, None),
    ("固废处置能力达到120万吨/年。", "quantity", 1.2e6, "吨/年", None, None),
]


@pytest.mark.parametrize("text,kind,value,unit,qualifier,value_high", EXTRACTS)
def test_extract_table_extracts(text, kind, value, unit, qualifier, value_high):
    ms = metrics(text)
    assert len(ms) == 1, [m.text for m in ms]
    m = ms[0]
    assert m.kind.value == kind
    assert m.value == pytest.approx(value, rel=1e-9)
    assert m.unit == unit
    assert (m.qualifier.value if m.qualifier else None) == qualifier
    if value_high is None:
        assert m.value_high is None
    else:
        assert m.value_high == pytest.approx(value_high)
    assert text[m.start : m.end] == m.text
    assert text[m.number_start : m.number_end] == m.raw_number


# raw_number is the numeral as written; it parses back to the value unless the
# multiplier stands apart from it (after 多/余, or shared by a range), which the
# value and decimals include: text, raw_number, value, decimals, parses back
RAW_NUMBERS = [
    ("吸纳就业3—5万人。", "3", 30000, -4, False),
    ("减税降费2000多亿元。", "2000", 2e11, -8, False),
    ("挽回损失3800余万元。", "3800", 3.8e7, -4, False),
    ("门户网站发布信息2600余条。", "2600", 2600, 0, True),
    ("受理群众诉求1.9万件。", "1.9万", 19000, -3, True),
    ("办结率百分之九十七。", "九十七", 97, 0, True),
]


@pytest.mark.parametrize("text,raw,value,decimals,parses_back", RAW_NUMBERS)
def test_extract_table_raw_number_and_a_multiplier_apart(text, raw, value, decimals, parses_back):
    (m,) = metrics(text)
    assert (m.raw_number, m.decimals) == (raw, decimals)
    assert m.value == pytest.approx(value)
    assert (parse_number(m.raw_number).value == pytest.approx(value)) is parses_back


# text with no figure at all
MUST_NOT = [
    "2024年，在区委的领导下开展工作。",
    "关于2024年法治政府建设情况的报告",
    "严格落实《法治政府建设实施纲要（2021—2025年）》。",
    "全面贯彻党的二十大和二十届三中全会精神。",
    "坚持第一责任人职责。",
    "严格遵守“三重一大”工作要求。",
    "自觉与“四风”现象作斗争。",
    "坚决做到“两个维护”。",
    "深刻领悟“两个确立”的决定性意义。",
    "完成数字政府“四个一网”改造建设。",
    "深化放管服改革。",
    "扎实开展八五普法。",
    "当前和今后一个时期的重大政治任务。",
    "坚持群众来信“件件有回音”。",
    "一是严格落实重大行政决策程序。",
    "二是强化行政规范性文件管理。",
    "（一）强化法治学习",
    "一、主要负责人履行职责情况",
    "3.加强队伍建设",
    "（2）完善工作机制",
    "高效办理12345热线和市长信箱。",
    "咨询电话：0371-65432100。",
    "依据《关于印发实施办法的通知》（许政办〔2024〕3号）执行。",
    "2024年12月31日前完成。",
    "实行三级审查机制。",
    "“一网通办”持续深化。",
    "推动高效办成一件事。",
    "十四届全国人大三次会议审议通过。",
    "落实省委十一届九次、十次全会部署。",
    "召开第3次全体会议。",
    "排名进入全国前10名。",
    "位居全省第2位。",
    "PM2.5平均浓度持续下降。",
    "建成5G基站。",
    "完成“十四五”规划目标任务。",
    "编制“十五五”规划纲要。",
    "PAGE  \n- 4 -",
    "实施“1+N”政策体系。",
    "推进二期工程建设。",
    "开展第二批主题教育。",
    "新一轮机构改革。",
    "千方百计稳就业。",
    "惠及千家万户。",
    "推进二次开发。",
    "坚持“五位一体”总体布局。",
    "严格执行中央八项规定精神。",
    "落实行政执法三项制度。",
    "三次产业结构持续优化。",
    "一批群众关心的问题得到解决。",
    "统一思想、一体推进。",
    "世纪疫情严重冲击，三年攻坚。",
    "开展了三级联动。",
    "建设25兆瓦级风电项目。",
    "推动三农工作。",
    "五一假期平稳有序。",
    "百分之百满意是我们的追求。",
    "公元2025年。",
    "二〇二五年工作安排",
    "1997年以来。",
    "截至2024年底。",
    "降低5岁以下儿童死亡率。",
    "60岁以上人口持续增加。",
    "实现两位数增长。",
    "坚持收支两条线管理。",
    "详见统计年鉴2023卷。",
]


@pytest.mark.parametrize("text", MUST_NOT)
def test_extract_table_must_not_extract(text):
    assert [m.text for m in metrics(text)] == []


# a text with figures among non-figures: exactly these numerals
MIXED = [
    ("2024年召开党组会14次，落实“三重一大”要求。", ["14"]),
    ("目录确定2024年度重大行政决策事项4件，纳入目录管理的4个重大政策文件均已发文。", ["4", "4"]),
    ("受理12345热线工单19085件，办结率97%，群众满意度93%。", ["19085", "97", "93"]),
    ("依据〔2024〕3号文件，受理申请47件。", ["47"]),
    ("在“十四五”时期，地区生产总值年均增长5.2%。", ["5.2"]),
    ("一是办结28件；二是答复率100%。", ["28", "100"]),
    ("生产总值1.2万亿元、增长5.4%，高于全国0.4个百分点。", ["1.2万亿", "5.4", "0.4"]),
    ("两个维护坚决做到，办理信件940件。", ["940"]),
]


@pytest.mark.parametrize("text,raws", MIXED)
def test_extract_table_mixed(text, raws):
    assert [m.raw_number for m in metrics(text)] == raws


def test_extract_table_has_enough_cases():
    assert len(EXTRACTS) + len(MUST_NOT) + len(MIXED) >= 150
