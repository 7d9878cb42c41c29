"""Precision of the taxonomy on 政府工作报告 figures: a figure gets an id only when it is what the id's label
says. Sentences written for this test in the genre's style; each family with both halves (must get the id,
must not). The head-noun and ratio lists are ``analyzer/data/indicator_heads.tsv``."""

from __future__ import annotations

import pytest

from analyzer.extract import extract_metrics
from analyzer.indicators import other_head
from analyzer.settings import DEFAULT_SETTINGS
from analyzer.types import Genre, Meta, Section

GOV = Meta(title=None, issuer=None, region=None, year=2025, genre=Genre.GOV_WORK_REPORT)


def first(text: str) -> str | None:
    metrics = extract_metrics(text, (Section("0", 0, "", 0, len(text)),), GOV, DEFAULT_SETTINGS)
    return metrics[0].indicator


FAMILIES = [
    # the head of the phrase is the counted noun: a school canteen is no school, a clinic's equipment no clinic
    ("新建改扩建中小学校25所。", "education.schools_built"),
    ("提质改造学校食堂800所。", None),
    ("高校新增硕士学科12个。", None),
    ("组建城乡学校共同体300个。", None),
    ("改善农村学校办学条件5000所。", None),
    ("新建乡镇卫生院120所。", None),  # new ones: the stock's id is not theirs, and no flow id
    ("为乡镇卫生院配备医疗设备9000个。", None),
    ("县级公立医院综合改革试点扩大到700个。", None),
    ("实施农村公路安全生命防护工程6000公里。", None),
    ("新改建农村公路2800公里。", "rural_roads.built"),
    # a count of schools is a count of schools built only when the clause says so
    ("全省普通高等学校达到58所。", None),
    ("新设本科高校2所。", "education.schools_built"),
    # a per-head ratio is no count, unless the id is that ratio
    ("每万城镇常住人口拥有社区工作者达到18人。", None),
    ("常住人口达到3900万人。", "population.resident"),
    ("5G基站万人拥有量达到30座。", None),
    ("新建5G基站2万个。", "5g.new_base_stations"),
    ("每千人口拥有3岁以下婴幼儿托位数达到4.2个。", "childcare.places_per_1000"),
    ("新增普惠托位1.5万个。", "childcare.new_places"),
    ("新建县级托育服务机构8个。", None),
    ("千人口床位数增至7.1张。", "health.beds_per_1000"),
    ("新增医疗卫生机构床位5000张。", "health.new_beds"),
    ("新增养老床位3000张。", "elderly_care.new_beds"),  # its own id, not health.beds
    ("每万人口高价值发明专利拥有量达到20件。", "patents.invention_per_10k"),
    # a new lending is no balance
    ("科技贷款余额达到8000亿元。", "tech_loans.balance"),
    ("力争新增科技贷款900亿元。", None),
    ("制造业中长期贷款新增1000亿元。", None),
    ("绿色贷款余额1.2万亿元。", "green_loans.balance"),
    ("全年发放绿色贷款600亿元。", None),
    # 经营主体 (firms and 个体工商户) are no enterprises
    ("新登记企业增长9%。", "enterprises.new_growth"),
    ("新登记经营主体增长12%。", "market_entities.new_growth"),
    # a category of the accidents is a part of them
    ("生产安全事故起数下降12%。", "production_safety.accidents_change"),
    ("生产安全死亡事故起数下降4%。", None),
    ("较大生产安全事故起数下降20%。", None),
    # a partner, a trade mode or the trading firms are parts of foreign trade
    ("外贸进出口总额增长6%。", "foreign_trade.growth"),
    ("对东盟进出口增长15%。", "asean_trade.growth"),  # its own id, not foreign_trade.growth
    ("加工贸易进出口增长3%。", None),
    ("有进出口实绩的企业数量增长8%。", None),
    ("进出口总额达到5000亿元。", "foreign_trade.value"),
    ("与东盟进出口总额达到900亿元。", None),
    # the M2 of PM2.5
    ("广义货币M2增长8%。", "m2.growth"),
    ("PM2.5浓度改善9%。", None),
]


@pytest.mark.parametrize(("text", "expected"), FAMILIES)
def test_id_only_for_what_the_label_says(text, expected):
    assert first(text) == expected, text


@pytest.mark.parametrize(
    ("phrase", "subject", "label", "expected"),
    [
        ("提质改造学校食堂", "学校", "新建改扩建学校所数", True),  # a head noun after the subject
        ("新建学校", "学校", "新建改扩建学校所数", False),
        ("学校增长", "学校", "新建改扩建学校所数", False),  # link words after the subject are no head
        ("每万人口全科医生", "全科医生", "全科医生数", True),  # a ratio marker outside the subject
        ("每万人口全科医生", "全科医生", "每万人口全科医生数", False),  # the id is that ratio
        ("每千人口执业医师", "每千人口执业医师", "执业医师数", False),  # the marker inside the subject
    ],
)
def test_other_head(phrase, subject, label, expected):
    end = phrase.rfind(subject) + len(subject)
    assert other_head(phrase, subject, end, label) is expected


def test_head_after_a_list_is_the_last_noun():
    # 研究综合执法改革等建设工作30次: 改革 is one item of the list, the counted noun is 工作
    assert other_head("研究综合执法改革等建设工作", "研究", 2, "研究工作次数") is False
    assert other_head("学校等食堂", "学校", 2, "新建改扩建学校所数") is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ratio to GDP is no GDP; a change of the deficit is no deficit
        ("社会物流总费用与GDP比率降低至13.8%。", "logistics_cost.ratio"),
        ("地区生产总值增长5.1%。", "gdp.growth"),
        ("削减财政赤字300亿元。", None),
        ("拟安排财政赤字5.6万亿元。", "deficit.value"),
        # growth vs level: a share's sentence and its growth's
        ("数字经济核心产业增加值占地区生产总值比重达到11%。", "digital_economy.share"),
        ("数字经济核心产业增加值增长9%。", "digital_economy.core_growth"),
        # the network's length is no year's building
        ("农村公路总里程达到12万公里。", "rural_roads.mileage"),
        ("新改建农村公路3000公里。", "rural_roads.built"),
        # renovated estates: the clause says so
        ("改造城镇老旧小区900个。", "shantytown_renovation.units"),
        ("为老旧小区引入物业服务500个。", None),
    ],
)
def test_scope_and_relation(text, expected):
    assert first(text) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 上升到, 降低至 … name the level reached: no growth
        ("服务业比重上升到52%。", "tertiary_industry.share"),
        ("民间投资比重上升到60%。", "private_investment.share"),
        ("服务业增加值增长6%。", "tertiary_industry.value_added_growth"),
    ],
)
def test_change_to_a_level_states_the_level(text, expected):
    assert first(text) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 纯收入 (before 2014) and 可支配收入 are two statistics
        ("农村居民人均纯收入实际增长8.4%。", "rural_net_income.per_capita_growth"),
        ("农村居民人均可支配收入增长6.3%。", "disposable_income.rural_per_capita_growth"),
        ("中央决定将农民人均纯收入比2009年提高92%。", None),
        # rural dilapidated houses are no shantytown
        ("改造农村危房2.5万户。", "housing.rural_dilapidated_renovated"),
        ("棚户区改造开工12万套。", "housing.shantytown_units"),
        ("改造农村危房惠及群众8万户。", None),
        # the same ratio under another name; a several-year fall is no year's
        ("能耗强度下降3.2%。", "energy_intensity.reduction"),
        ("全区能耗强度累计下降15%。", None),
        ("地表水国考断面优良水体比例提高到96%。", "water.surface_good_quality_ratio"),
        # graduates of the year, not those a programme hired
        ("今年高校毕业生1200万人。", "college_graduates.count"),
        ("吸纳高校毕业生10万名。", None),
        ("食品、药品抽检合格率分别达99.1%、99.5%。", "food_safety.sampling_pass_rate"),
        ("城市建成区绿地率达到40%。", "urban_green.space_rate"),
        ("对世界经济增长的贡献率保持在30%左右。", "world_growth.contribution_rate"),
        # sectors' value added: their own ids, not the whole's
        ("能源工业增加值增长7%。", "energy_industry.value_added_growth"),
        ("文旅产业增加值增长6%。", "cultural_tourism.value_added_growth"),
        ("规上服务业营收增长9%。", "above_scale_services.revenue_growth"),
        ("规上高技术服务业营收增长12%。", "high_tech_services.revenue_growth"),  # its own id, not all services
        ("服务机器人产量增长20%。", "service_robots.output_growth"),
        ("工业机器人产量增长30%。", "industrial_robots.output_growth"),
    ],
)
def test_added_families(text, expected):
    assert first(text) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shares of above-scale industry's output are no shares of GDP
        ("战略性新兴产业产值占规上工业比重提高到45%。", "strategic_emerging_industries.output_share_of_industry"),
        ("战略性新兴产业增加值占地区生产总值比重达到15%。", "strategic_emerging_industries.share"),
        ("高新技术产业产值占规上工业比重达到50%。", "high_tech_industry.output_share_of_industry"),
        ("规上高技术服务业营收增长11%。", "high_tech_services.revenue_growth"),
        ("高校毕业生去向落实率达到90%。", "college_graduates.placement_rate"),
        ("高校毕业生初次就业率达到78%。", None),
        ("实施临时救助20万人次。", "social_assistance.temporary_aid"),
        ("年均临时救助1000万人次。", None),
        ("农村规模化供水工程覆盖人口比例达到88%。", "rural_water.scale_supply_coverage"),
        ("PM_2.5平均浓度为26微克/立方米。", "pm25.concentration"),
        ("新增本科院校3所。", "education.schools_built"),
    ],
)
def test_added_families_2(text, expected):
    assert first(text) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # admissions and students are two counts; vocational schools' and a programme's are others
        ("普通高校招生268万人。", "education.college_admissions"),
        ("高等学校在校生1600万人。", "education.college_enrollment"),
        ("中等职业学校招生规模扩大到741万人。", None),
        ("普通高校招生比上年增加48万人。", None),
        # the digital economy, its core industries' revenue and software are three things
        ("数字经济增加值增长8.7%。", "digital_economy.growth"),
        ("数字经济核心产业营收增长10%。", "digital_economy.core_revenue_growth"),
        ("软件业务收入增长12%。", "software.revenue_growth"),
        # a multiple is no count; a kind of transfers and several years' are no year's transfers
        ("高新技术企业数量增长2.5倍。", None),
        ("高新技术企业达到1.2万家。", "high_tech_enterprises.count"),
        ("中央对地方转移支付10.3万亿元。", "transfer_payments.value"),
        ("一般性转移支付2.1万亿元。", None),
        ("五年来中央财政对地方的转移支付累计4万亿元。", None),
        ("确保招商引资项目完成固定资产投资200亿元。", None),
        ("建成教育示范学校300所。", None),
    ],
)
def test_split_families(text, expected):
    assert first(text) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the change of a budget total from last year: its own id, never the level's
        ("拟安排财政赤字1.62万亿元，比去年增加2700亿元。", ["deficit.value", "deficit.change"]),
        ("拟安排地方政府专项债券3.9万亿元、比上年增加5000亿元。", ["special_bonds.value", "special_bonds.change"]),
        (
            "拟发行长期建设国债800亿元，比上年减少300亿元。",
            ["treasury_bond_investment.value", "treasury_bond_investment.change"],
        ),
        ("全国财政收入3.93万亿元，比上年增加7694亿元。", ["fiscal_revenue.value", "fiscal_revenue.increase"]),
        ("其中中央财政赤字1.2万亿元，增加1700亿元。", ["deficit.central_value", None]),
        # 增长到 names the level reached
        (
            "一般公共预算收入从3800亿元增长到4400亿元。",
            ["general_budget_revenue.value", "general_budget_revenue.value"],
        ),
    ],
)
def test_changes_of_budget_totals(text, expected):
    metrics = extract_metrics(text, (Section("0", 0, "", 0, len(text)),), GOV, DEFAULT_SETTINGS)
    assert [m.indicator for m in metrics] == expected, text


def test_life_expectancy_older_name():
    assert first("人均期望寿命2002年达71.8岁。") == "health.life_expectancy"


def test_renewable_capacity_share_phrasing():
    assert first("可再生能源装机容量占比提高到68%。") == "renewable_capacity.share"


# issue 14, the families the independent judgement at 3bff2fb found (sentences written for this test)
NEW_CHANGE_REFORM = [
    # 1. new ones: a stock's id never takes them; a flow id whose label is the new ones does (or none exists)
    ("全省国家和省级创新平台达到860家。", "innovation.platforms"),
    ("新认定省级中试平台12家。", "innovation.new_platforms"),
    ("新增企业技术中心25家以上。", "innovation.new_platforms"),
    ("两院院士增至15人。", "talent.academicians"),
    ("新当选中国科学院院士2名。", None),
    ("新晋中国工程院院士4名。", None),
    ("全省养老服务设施达到1.2万个。", "elderly_care.facilities"),
    ("新增社区嵌入式养老服务机构80家。", None),
    ("新入选国家卓越级智能工厂6家。", "smart_factories.excellence_new"),  # one grade: its own id (round L26)
    ("全市智能工厂达到320家。", "smart_factories.count"),
    ("新建改建和维护提升健身步道800个。", None),  # built, rebuilt or maintained: no count of the new ones either
    ("新增技能人才20万人，其中高技能人才6万人。", None),  # a part of the new ones (其中) is new too
    ("高技能人才总量达到150万人。", "talent.high_skilled"),
    ("可再生能源装机达到5000万千瓦。", "renewable_capacity.installed"),
    ("全年净增经营主体8.2万户。", None),  # a net rise of the stock, no new registrations
    ("新登记经营主体36万户。", "market_entities.new"),
    # 2. a change of a level is no level; items cancelled, delegated or reformed are no count of the items
    ("中央财政安排科技支出900亿元，比上年增加80亿元。", "science.central_budget"),
    ("人均预期寿命提高1.2岁。", None),
    ("人均预期寿命达到79.5岁。", "health.life_expectancy"),
    # the rise of the standard: its own id (pension.rural_basic_minimum_increase), never the level's
    ("城乡居民基础养老金最低标准提高20元。", "pension.rural_basic_minimum_increase"),
    ("城乡居民基础养老金最低标准提高到180元。", "pension.rural_basic_minimum"),
    ("今年要再取消和下放行政审批事项150项。", None),
    ("国务院部门取消和调整审批项目300项。", None),
    ("市级保留行政许可事项218项。", "admin_licensing.items"),
    ("区级取消政务服务事项12项。", None),
    ("全区政务服务事项1560项。", "gov_services.items"),
    ("将120项工商登记前置审批改为后置。", None),
    # 3. a part or category: its own id when comparable, else none
    ("“新三样”出口增长26%。", "new_three_exports.growth"),
    ("全年出口增长6.5%。", "exports.growth"),
    ("支持先进制造业发展的减税降费超120亿元。", None),
    ("全年新增减税降费超过300亿元。", "tax_fee_cuts.value"),
    ("北京证券交易所上市公司达到260家。", None),
    ("境内外上市公司达到480家。", "listed_companies.count"),
    ("复制推广自贸试验区改革试点经验150项。", None),
    ("形成首创制度创新案例18个。", "institutional_innovation.cases"),
    ("中欧班列（成都）开行4500列。", "china_europe_trains.count"),
]


@pytest.mark.parametrize(("text", "expected"), NEW_CHANGE_REFORM)
def test_new_ones_changes_and_reforms_keep_to_the_label(text, expected):
    assert first(text) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the level and its change in one sentence: only the level is the level's
        ("中央财政安排科技支出900亿元，比上年增加80亿元。", ["science.central_budget", None]),
        # a part (其中) of the new ones is new: the new-capacity id, not the installed total
        ("新增电力装机900万千瓦，其中非化石能源装机600万千瓦。", ["power_capacity.new", "renewable_capacity.new"]),
        ("非化石能源装机达到6000万千瓦，其中风电2000万千瓦。", ["renewable_capacity.installed", None]),
        # a comparison base (比去年预算) is no subject: the change is the previous figure's
        ("今年拟安排财政赤字1.5万亿元，比去年预算增加3000亿元。", ["deficit.value", "deficit.change"]),
        ("全年网办量超过900万次，比例达80%。", [None, None]),  # 比例 is no comparison base
        # 累计 after the new ones: the stock again
        ("首创制度创新案例新增6个、累计达到52个。", [None, "institutional_innovation.cases"]),
    ],
)
def test_every_figure_of_a_sentence(text, expected):
    metrics = extract_metrics(text, (Section("0", 0, "", 0, len(text)),), GOV, DEFAULT_SETTINGS)
    assert [m.indicator for m in metrics] == expected, text


@pytest.mark.parametrize(
    ("label", "flow"),
    [
        ("新增城镇就业", True),
        ("财政赤字比上年增加（减少）", True),
        ("修改、废止政府规章件数", True),
        ("国家和省级创新平台数", False),
        ("两院院士人数", False),
        ("规模以上工业增加值增长", False),  # 增加值 is no increase
        ("新能源汽车保有量", False),  # 新能源 is no new one
    ],
)
def test_which_labels_measure_a_flow(label, flow):
    from analyzer.indicators import label_is_flow

    assert label_is_flow(label) is flow


def test_duplicate_ids_are_merged_and_the_old_one_resolves():
    from analyzer.indicators import load_taxonomy

    taxonomy = load_taxonomy()
    assert "energy.renewable_capacity_share" not in taxonomy.ids
    assert taxonomy.canonical("energy.renewable_capacity_share") == "renewable_capacity.share"
    assert taxonomy.canonical("gdp.growth") == "gdp.growth"
    assert "老旧小区" in taxonomy.get("shantytown_renovation.units").label
    assert first("新能源装机占比达到55%。") == "renewable_capacity.share"


# Families the independent judges of the 3244516 samples showed (issue 14, round T1); sentences of this test's
# own. Each mechanism with both halves: the id when the figure is what the label says, none when it is not.
JUDGED_3244516 = [
    # a part under the total's id: enterprises' or universities' R&D spending is a part of all R&D spending
    ("全社会研发经费投入增长9.5%。", "rd_spending.growth"),
    ("企业研发经费增长12.1%。", None),
    ("规上工业企业研发经费投入增长8%。", None),
    ("全社会研发经费投入达到1300亿元。", "rd_spending.value"),
    ("高校研发投入达到90亿元。", None),
    # large shows, concerts are a category of all commercial performances
    ("全年举办营业性演出5600场。", "performances.count"),
    ("举办大型营业性演出260场。", None),
    ("举办大型演唱会40场。", None),
    # some banks' lending is a part of all lending
    ("普惠小微企业贷款增长21%。", "inclusive_sme_loans.growth"),
    ("大型商业银行普惠小微企业贷款增长30%。", None),
    # urban-only or rural-only under the all-resident id: their own ids, none for both in one phrase
    ("人均住房建筑面积达到41平方米。", "housing.per_capita_area"),
    ("城镇居民人均住房建筑面积提高到38平方米。", "housing.urban_per_capita_area"),
    ("农村居民人均住房面积达到48平方米。", "housing.rural_per_capita_area"),
    ("城镇和农村人均住房面积31平方米、36平方米。", None),
    ("城镇职工基本医疗保险参保人数达到2.9亿人。", None),
    ("基本医疗保险参保人数达到13.3亿人。", "medical_insurance.participants"),
    ("全国财政安排农村义务教育经费1900亿元。", None),
    ("财政性教育经费支出4.2万亿元。", "education.spending"),
    # a growth percentage under a level's id: the level only; its growth has its own id or none
    ("技术合同成交额达到2100亿元。", "tech_contracts.turnover"),
    ("技术合同成交额增长31%。", "tech_contracts.turnover_growth"),
    ("技术合同成交额年均增长22%。", None),
    ("中央财政用于文化事业的支出比上年增长13%。", None),
    # a rise under a cut's id (direction words); 增加值 holds no rise
    ("三次下调金融机构存款准备金率。", "reserve_requirement.cuts"),
    ("下调存款准备金率0.5个百分点。", "reserve_requirement.cuts"),
    ("上调存款准备金率0.5个百分点。", None),
    ("三次上调金融机构存款准备金率。", None),
    ("单位地区生产总值能耗下降3%。", "energy_intensity.reduction"),
    ("单位工业增加值能耗下降4%。", None),  # the industry's intensity: a part (its own exclusion), not a rise
    ("单位国内生产总值能耗上升1.2%。", None),
    # a product's exports under its output: the head word after a list before 分别 is every item's
    ("集成电路产量增长18%。", "integrated_circuits.output_growth"),
    ("集成电路、锂电池出口分别增长60%、25%。", None),
    ("新能源汽车、集成电路产量分别增长35%、12%。", "new_energy_vehicles.output_growth"),
    # things reaching a standard (达标) are a part of the things counted
    ("全省村卫生室达到2.1万所。", "health.hospitals"),
    ("4200所村卫生室达到国家基本标准。", None),
    ("1200个乡镇卫生院通过验收。", None),
    # a bound followed by 的 and a noun is a threshold of the things after it, not a value
    ("村集体经济经营性收入达到120亿元。", "rural_collective_income.value"),
    ("村集体经济经营性收入30万元以上的行政村占比达到55%。", None),
    ("经济总量超千亿元的县增至9个。", None),
    ("确保城镇新增就业50万人以上的目标如期实现。", "urban_jobs.new"),
    ("地区生产总值增长6%以上的县区有8个。", None),  # a growth bound before 的 and a noun: a threshold
    ("地区生产总值增长6%以上。", "gdp.growth"),
    ("95%以上的政务服务事项实现网上可办。", "gov_services.online_rate"),  # a share of the items: their rate
    # energy investment named by its field
    ("能源领域投资完成1800亿元。", "energy_investment.value"),
]


@pytest.mark.parametrize(("text", "expected"), JUDGED_3244516)
def test_families_the_3244516_judges_showed(text, expected):
    assert first(text) == expected, text


@pytest.mark.parametrize(
    ("label", "cut", "growth"),
    [
        ("降低存款准备金率（次数、幅度）", True, True),  # a rate (率)
        ("单位地区生产总值能耗降低", True, True),
        ("技术合同成交额", False, False),
        ("技术合同成交额增长", False, True),
        ("城镇调查失业率", False, True),  # a rate: its changes are its own
        ("规模以上工业增加值增长", False, True),
    ],
)
def test_which_labels_are_cuts_or_growths(label, cut, growth):
    from analyzer.indicators import label_is_cut, label_is_growth

    assert label_is_cut(label) is cut
    assert label_is_growth(label) is growth


# Comparable families that had no id, or lost it to the extractor (coverage, round T1): both halves.
COVERAGE_T1 = [
    # affordable housing started and completed in the year (flows: the stock's id takes neither)
    ("新开工保障性安居工程620万套。", "housing.affordable_started"),
    ("保障性住房达到12万套。", "housing.affordable_units"),
    ("新开工保障性安居工程投资1.2万亿元。", None),
    # the rise of a subsidy standard: its own id; the level it reaches is the level's
    ("居民医保人均财政补助标准再增加30元。", "medical_insurance.subsidy_increase"),
    ("居民医保人均财政补助标准提高到640元。", "medical_insurance.subsidy_per_capita"),
    # (a rise is no level: since round T1b it has an id of its own)
    ("基本公共卫生服务经费人均财政补助标准增加5元。", "health.public_health_subsidy_increase"),
    ("城乡居民基础养老金月最低标准提高20元。", "pension.rural_basic_minimum_increase"),
    ("省级基础养老金最低标准提高10元。", None),
    # greenways built in the year; the network's total is no year's building
    ("新建绿道300公里。", "greenways.new"),
    # an expressway named bare after the new roads (其中): the new ones; bare otherwise: none
    ("建设高速公路500公里。", None),
]


@pytest.mark.parametrize(("text", "expected"), COVERAGE_T1)
def test_coverage_families_t1(text, expected):
    assert first(text) == expected, text


def _ids(text: str) -> list[str | None]:
    return [m.indicator for m in extract_metrics(text, (Section("0", 0, "", 0, len(text)),), GOV, DEFAULT_SETTINGS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新增公路通车里程9000公里，其中高速公路2100公里。", ["highways.new_mileage", "expressways.new"]),
        ("新增铁路营业里程3000公里，其中高速铁路1800公里。", ["railways.new", "high_speed_rail.new"]),
        # the part of a several-year total is one too: no one-year id
        ("五年新增公路通车里程50万公里，其中高速公路2.5万公里。", [None, None]),
    ],
)
def test_a_part_named_bare_after_its_total(text, expected):
    assert _ids(text) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of levels, then their growths in the same order: each growth is its level's
        (
            "城镇居民人均可支配收入9000元，农村居民人均纯收入3000元，扣除价格因素，分别实际增长9.6%和6.2%。",
            ["disposable_income.urban_per_capita", "rural_net_income.per_capita",
             "disposable_income.urban_per_capita_growth", "rural_net_income.per_capita_growth"],
        ),
        (
            "城乡居民人均可支配收入分别达5.8万元、2.6万元，增长4.4%、6.1%。",
            ["disposable_income.urban_per_capita", "disposable_income.rural_per_capita",
             "disposable_income.urban_per_capita_growth", "disposable_income.rural_per_capita_growth"],
        ),
        # levels of different things (their subjects end otherwise): no pairing, and the first growth is not the
        # last level's either
        ("粮食产量1.3万亿斤，农村居民人均纯收入3000元，分别增长2%和6%。", ["grain_output.value", "rural_net_income.per_capita", None, None]),
        # three levels before two growths: which is whose is unknown
        (
            "全体居民人均可支配收入3.6万元，城镇居民人均可支配收入4.9万元，农村居民人均可支配收入2万元，分别增长5%和6%。",
            ["disposable_income.per_capita", "disposable_income.urban_per_capita", "disposable_income.rural_per_capita", None, None],
        ),
    ],
)
def test_growths_listed_after_their_levels(text, expected):
    assert _ids(text) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # designations: the stock, the new ones of the year, and two designations summed (neither's)
        ("国家生态文明建设示范区达到28个。", "eco_civilization_zones.count"),
        ("新增国家生态文明建设示范区4个。", "eco_civilization_zones.new"),
        ("新增“两山”实践创新基地2个。", "liangshan_bases.new"),
        ("创建国家生态文明建设示范区和“两山”实践创新基地19个。", None),
        ("新增国家级临床重点专科6个。", "health.key_specialties_new"),
        ("省级临床重点专科达到300个。", None),
        ("新建县域医疗次中心40个。", "health.county_subcentres_new"),
        ("县域医疗次中心服务人口300万人。", None),
        ("农产品加工转化率达到72%。", "agricultural_processing.conversion_rate"),
        ("农产品加工转化率年均提高2个百分点。", None),
    ],
)
def test_designations_and_rates_t1(text, expected):
    assert first(text) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # items renovated in the year are a flow: no stock's id takes them (a label holding 改造 does)
        ("全省村卫生室达到2.3万个。", "health.hospitals"),
        ("新改造提升村卫生室1.8万个。", None),
        ("改造提升公办养老机构60家。", None),
        ("改造城镇老旧小区5200个。", "shantytown_renovation.units"),
        # a network is no count of facilities
        ("建成社区养老服务中心300个。", "elderly_care.facilities"),
        ("完善提升30个县乡村三级养老服务网络。", None),
    ],
)
def test_renovated_items_and_networks(text, expected):
    assert first(text) == expected, text


# the 6372099 judgement's families (round T1b): a kind, grade or subset named in a subject list is not the whole;
# a rise is no level; the words of the list's neighbours are theirs. Sentences written for this test.
JUDGED_6372099 = [
    # must get the id
    ("中央对地方转移支付增长6.1%。", ["transfer_payments.growth"]),
    ("今年对地方一般性转移支付增长8.2%。", ["transfer_payments.general_growth"]),
    ("全省医院达到1500家。", ["health.hospitals"]),
    ("新增专精特新“小巨人”企业40家。", ["specialised_little_giants.new"]),
    ("新认定专精特新中小企业300家。", ["specialised_smes.new"]),
    ("培育创新型中小企业300家以上、专精特新中小企业200家以上。", [None, "specialised_smes.new"]),
    (
        "完成造林120万亩、种草改良260万亩、沙化土地治理300万亩。",
        ["afforestation.area", "grassland.restoration_area", "desertification.area_treated"],
    ),
    # (no programme named: one programme's afforestation is a part since round T5, tests/test_indicators_guards.py)
    ("全年造林种草80万亩，治理沙化土地60万亩。", ["afforestation.area", "desertification.area_treated"]),
    ("修复治理退化草原150万亩。", ["grassland.restoration_area"]),
    ("脱贫地区农村居民人均可支配收入增长7.2%。", ["poverty_area_rural_income.growth"]),
    ("脱贫人口人均纯收入增长11.5%。", ["poverty_population_income.growth"]),
    ("基本公共卫生服务经费人均财政补助标准提高到94元。", ["health.public_health_subsidy"]),
    ("基本公共卫生服务经费人均财政补助标准再提高5元。", ["health.public_health_subsidy_increase"]),
    ("新增普惠性养老床位1500个。", ["elderly_care.new_beds"]),
    ("新增养老床位3000张。", ["elderly_care.new_beds"]),
    ("增加普惠性养老床位2000个。", ["elderly_care.new_beds"]),
    ("全省养老床位增加到12万张。", ["elderly_care.beds"]),
    ("退休人员基本养老金总体上调2%。", ["pension.basic_increase"]),
    ("12亿元以旧换新补贴拉动消费180亿元。", ["trade_in.subsidies", "trade_in.sales"]),
    ("扩大以旧换新范围，带动消费500亿元。", ["trade_in.sales"]),
    ("出台促进经济增长的十项措施。", ["plan.tasks"]),
    ("新增基础教育学位12万个。", ["education.new_school_places"]),
    ("全省农业产业化龙头企业达到2100家。", ["agricultural_leading_enterprises.count"]),
    # must not
    ("中央对地方均衡性转移支付增长9.4%。", [None]),
    ("全市三甲医院增至31家。", [None]),
    ("全省三级医院达到120家。", [None]),
    ("新增国家重点支持专精特新“小巨人”企业15家。", [None]),
    ("新认定创新型、专精特新中小企业85家。", [None]),
    ("新增创新型和专精特新中小企业70家。", [None]),
    ("城乡低保标准每月分别提高30元、40元。", [None, None]),
    ("举办促消费活动，带动消费300亿元。", [None]),
    ("推进以旧换新，各类文体活动拉动消费400亿元。", [None]),
    ("提质升级基础教育优质学位8万个。", [None]),
    ("国家级农业产业化龙头企业达到95家。", [None]),
    ("新认定农业产业化国家重点龙头企业12家。", [None]),
]


@pytest.mark.parametrize(("text", "expected"), JUDGED_6372099)
def test_families_the_6372099_judge_showed(text, expected):
    assert _ids(text) == expected, text


# a growth id excludes the kinds and parts its value id excludes (民营, 加工贸易 exports are parts of all exports)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("出口增长8%。", ["exports.growth"]),
        ("全省出口总额达到1200亿元。", ["exports.value"]),
        ("民营企业出口增长12%。", [None]),
        ("加工贸易出口增长3.5%。", [None]),
        ("民营企业出口额300亿元。", [None]),
    ],
)
def test_growth_ids_exclude_what_their_value_ids_exclude(text, expected):
    assert _ids(text) == expected, text
