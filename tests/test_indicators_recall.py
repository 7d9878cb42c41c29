"""Recall of the taxonomy on 政府工作报告 figures (round L24, issue 14): figures the judges of the samples gave an id the
code missed, by family, each with both halves (must assign the id / must not: the look-alikes and parts that keep
none). Sentences written for this test in the genre's style (figures may be reused)."""

from __future__ import annotations

import pytest

from analyzer.extract import extract_metrics
from analyzer.settings import DEFAULT_SETTINGS
from analyzer.types import Genre, Meta, Section

GOV = Meta(title=None, issuer=None, region=None, year=2025, genre=Genre.GOV_WORK_REPORT)


def ids(text: str) -> list[str | None]:
    return [m.indicator for m in extract_metrics(text, (Section("0", 0, "", 0, len(text)),), GOV, DEFAULT_SETTINGS)]


# a from-to's end value is the level reached: an exclude word kept off a change (增加) does not exclude 增加到
REACHED = [
    ("年末全市常住人口由上年950万人增加到958万人。", ["population.resident", "population.resident"]),
    ("常住人口增加到1000万人。", ["population.resident"]),
    ("赤字规模由上年2000亿元增加到2600亿元。", ["deficit.value", "deficit.value"]),
    # the change itself, and a registered population, keep no level id
    ("常住人口比上年增加3万人。", [None]),
    ("户籍人口由500万人增加到510万人。", [None, None]),
]


# a total word after a count of new ones is the stock of the things counted new
TOTAL_AFTER_NEW = [
    ("新增境内上市公司8家，总数120家。", ["listed_companies.new", "listed_companies.count"]),
    ("新增上市公司5家、总量达90家。", ["listed_companies.new", "listed_companies.count"]),
    ("新增高新技术企业900家，总数达到6500家。", ["high_tech_enterprises.new", "high_tech_enterprises.count"]),
    # no new ones before: the total word alone names nothing; the new ones of a thing with no id: none
    ("上市公司80家，总数80家。", ["listed_companies.count", None]),
    ("净增各类经营主体12万户、总量达300万户。", [None, None]),
]


# a bare measure listed after a figure of the thing's other measure is that thing's (播种面积 names the owner)
OWNER_BEFORE = [
    ("全省粮食播种面积1200万亩、总产量98亿斤。", ["grain_sown_area.value", "grain_output.value"]),
    ("新能源装机达2600万千瓦、占比达41.5%。", ["renewable_capacity.installed", "renewable_capacity.share"]),
    ("民间投资增长4.2%、占比52%。", ["private_investment.growth", "private_investment.share"]),
    # a thing with no id keeps its bare measures off any id
    ("棉花播种面积300万亩、总产量50万吨。", [None, None]),
    ("猕猴桃综合产值增长8.5%、出口增长20%。", [None, None]),
    ("新登记经营主体20万户、占比35%。", ["market_entities.new", None]),
]


# the noun after a count names the measure after it too (N个省重点项目完成投资), when the count had the id's noun
COUNT_THEN_MEASURE = [
    ("全年900个省重点项目完成投资5200亿元。", ["key_projects.count", "key_projects.completed_investment"]),
    ("260个省列重大项目完成投资1800亿元。", ["key_projects.count", "key_projects.completed_investment"]),
    # one kind of projects (涉海) is a part: neither the count nor its investment is the id's
    ("150个涉海重点项目完成投资600亿元。", [None, None]),
    # two counts joined by 和: the second's noun is after it, no measure of the first's
    ("将3项行政许可和4项政务服务事项下放至区级。", [None, None]),
    ("300个亿元以上项目完成投资900亿元。", [None, None]),
]


# a target restated with the measure after it (X%左右的国内生产总值增长目标) is a growth of that measure
GROWTH_TARGET = [
    ("需要说明的是，提出7%左右的国内生产总值增长目标，综合考虑了就业需要。", ["gdp.growth"]),
    ("实现5%左右的出口增长目标。", ["exports.growth"]),
    # no measure named: no id
    ("完成6%以上的增长目标。", [None]),
]


# a subject that names two groups at once (存贷款) before 分别: the first figure is the first group's
PAIRED_GROUPS = [
    ("金融机构本外币存贷款余额分别达12.5万亿元、10.8万亿元。", ["deposits.balance", None]),
    ("金融机构人民币存贷款余额分别增长7.1%、8.3%。", [None, "loans.growth"]),
    # not paired: the combined balance is neither's
    ("存贷款余额突破20万亿元。", [None]),
]


# phrasings the entries lacked, with their look-alikes
PHRASINGS = [
    ("到2030年，科技进步对经济增长的贡献率达到62%。", ["tech_progress.contribution_rate"]),
    ("农业科技进步贡献率达到64%。", ["agricultural_technology.contribution_rate"]),
    ("消费对经济增长的贡献率达到60%。", ["consumption.contribution_rate"]),
    ("中央财政用于科技的支出1800亿元，增长12%。", ["science.central_budget", "science.central_budget"]),
    ("今年中央财政安排科技投入900亿元，比上年增长10%。", ["science.central_budget", "science.central_budget"]),
    ("新培育20户以上智能工厂。", ["smart_factories.new"]),
    ("智能工厂达到150户。", ["smart_factories.count"]),
    ("改造城市老旧燃气管道1200公里。", ["urban_pipelines.renovated"]),
    ("建成农村燃气管道300公里。", [None]),
    ("新建天然气管道500公里。", [None]),
    ("护理型养老床位占比达到68%。", ["elderly_care.nursing_bed_share"]),
    ("新增地铁运营里程90公里。", ["urban_rail.new"]),
    ("新增地铁线路3条。", [None]),
    ("全年生产原油180万吨、天然气30亿立方米。", ["crude_oil.output", None]),
    ("抓好420个省级重点工程项目。", ["key_projects.count"]),
    ("开工省级重点工程项目120个。", [None]),
    ("接待游客人次和游客总花费分别增长9.1%、12.4%。", ["tourists.growth", "tourism_revenue.growth"]),
    ("入境游客数量和花费分别增长30%、40%。", ["inbound_tourists.growth", None]),
    ("修改废止和宣布失效政府规章6部、规范性文件30件。", ["gov_rules.amended_or_repealed", None]),
    ("宣布失效政府规章3部。", [None]),
    ("宣布失效规范性文件20件。", ["normative_docs.repealed"]),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    REACHED + TOTAL_AFTER_NEW + OWNER_BEFORE + COUNT_THEN_MEASURE + GROWTH_TARGET + PAIRED_GROUPS + PHRASINGS,
)
def test_recall_families_l24(text, expected):
    assert ids(text) == expected, text
