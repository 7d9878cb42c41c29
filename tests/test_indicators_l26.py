"""Round L26 (session 26, the ad574b6 sample's families left by round L25, judged under the strict kind rule): a grade
of the smart factories is one kind of them (the grade's own id when the taxonomy has one), platforms selected into a
list after the figure are a part, one service mode's items are a kind of the service items; and the State Council's law
bills of the year get an id (legislation.law_bills). Sentences of the project's own writing, in the genre's style; two
halves each."""

from __future__ import annotations

import pytest
from _indicator_ids import ids as _ids

# must not: a grade other than 卓越级 (no id of its own), two grades together, a grade and above, items of one service
# mode, platforms selected into a list (the figure's predicate after it), law-bill words of another measure
NO_ID = [
    "培育40家先进级智能工厂、新建60家绿色工厂。",
    "新增先进级以上智能工厂60家。",
    "入选国家首批领航级智能工厂3家。",
    "全省国家领航级、卓越级智能工厂达到31家。",
    "建设120个基础级智能工厂。",
    "推出市级政务服务“立等可取”事项46项。",
    "“一次不用跑”事项750项。",
    "新增“秒批秒办”事项120项。",
    "16个制造业中试平台入选全国首批重点培育名单。",
    "3家中试平台跻身国家级制造业中试平台。",
    "法律议案审议通过率为95%。",
]
# must: the grade's own id (stock and new ones), all smart factories, the service items as a whole, platforms not
# selected, the year's law bills
WITH_ID = [
    ("新增卓越级智能工厂12家。", "smart_factories.excellence_new"),
    ("新增8家国家卓越级智能工厂、20家国家级5G工厂。", "smart_factories.excellence_new"),
    ("国家卓越级智能工厂增至19家。", "smart_factories.excellence_count"),
    ("新培育智能工厂150家。", "smart_factories.new"),
    ("全省智能工厂达到260家。", "smart_factories.count"),
    ("全省政务服务事项1800项。", "gov_services.items"),
    ("深化“最多跑一次”改革，县级2600个政务服务事项全部进驻中心。", "gov_services.items"),  # the reform of all the items
    ("新认定省级中试平台12家。", "innovation.new_platforms"),
    ("全省重点实验室达到110个。", "innovation.platforms"),
    ("提请全国人大常委会审议法律议案14件，制定修订行政法规20部。", "legislation.law_bills"),
    ("国务院提出了两部法律修订草案等6件法律议案。", "legislation.law_bills"),
]


@pytest.mark.parametrize("text", NO_ID)
def test_a_kind_grade_or_selection_takes_no_id_of_the_whole(text):
    assert _ids(text)[0] is None, (text, _ids(text))


@pytest.mark.parametrize(("text", "expected"), WITH_ID)
def test_the_whole_or_the_kinds_own_id(text, expected):
    assert expected in _ids(text), (text, _ids(text))


# coverage (round L26): recurring comparable indicators written in ways the taxonomy missed; must / must not
PHRASINGS = [
    ("全社会研发经费支出与国内生产总值之比达到2.3%。", 0, "rd_intensity"),
    ("全社会研发支出占国内生产总值比重超过2.1%。", 0, "rd_intensity"),
    ("服务业在国内生产总值中的比重上升到52%。", 0, "tertiary_industry.share"),
    ("全年新登记各类经营主体88万户。", 0, "market_entities.new"),
    ("一、二、三产业增加值分别增长3.9%、5.2%、5.6%。", 0, "primary_industry.value_added_growth"),
    ("一、二、三产业增加值分别增长3.9%、5.2%、5.6%。", 1, "secondary_industry.value_added_growth"),
    ("一、二、三产业增加值分别增长3.9%、5.2%、5.6%。", 2, "tertiary_industry.value_added_growth"),
    ("其中一二三产增加值分别增长3%左右、6.5%左右、5.5%左右。", 1, "secondary_industry.value_added_growth"),
    ("第一、二、三产业增加值分别增长3.1%、6.2%、5.3%。", 0, "primary_industry.value_added_growth"),
]
NOT_THE_INDICATOR = [
    ("基础研究经费支出占研发经费支出比重达到8%。", 0),  # a part's share of R&D spending, no intensity
    ("研发经费支出与上年相比增长12%。", 0),  # a growth of the spending, no intensity (rd_spending.growth)
    ("全年新设民营经营主体41万户。", 0),  # one kind of market entities
    ("新增返乡创业市场经营主体12万户。", 0),  # one group's
    ("服务业增加值比重提高到50%，其中生产性服务业增加值分别增长6%。", 1),  # one kind of services
]


@pytest.mark.parametrize(("text", "position", "expected"), PHRASINGS)
def test_recurring_phrasings_get_their_ids(text, position, expected):
    assert _ids(text)[position] == expected, (text, _ids(text))


@pytest.mark.parametrize(("text", "position"), NOT_THE_INDICATOR)
def test_look_alikes_do_not(text, position):
    got = _ids(text)[position]
    assert got not in {"rd_intensity", "market_entities.new", "tertiary_industry.value_added_growth"}, (text, got)


# round L26b (the ed64c6a sample's families, fixed after its judgement): a from-to list after 分别 pairs its end values with
# the items again from the first; a two-character item takes only the shared head when the last item's noun is longer
# (原煤、原油、天然气产量); the cities' or the countryside's dibao standard has its own growth id; 退耕还林还草 is no
# afforestation figure; road traffic accidents are no work-safety accidents
POSITIONS = [
    ("认定跨国公司地区总部、外资研发中心分别从700家、400家增加到1000家、600家。", 2, None),
    ("城乡居民人均可支配收入分别由2.1万元、1.2万元增加到2.5万元、1.5万元。", 2, "disposable_income.urban_per_capita"),
    ("城乡居民人均可支配收入分别由2.1万元、1.2万元增加到2.5万元、1.5万元。", 3, "disposable_income.rural_per_capita"),
    ("原煤、原油、天然气产量分别达到6000万吨、1100万吨、12亿立方米。", 1, "crude_oil.output"),
    ("原煤、原油、天然气产量分别达到6000万吨、1100万吨、12亿立方米。", 2, "natural_gas.output"),
    ("工业、制造业、工业技改投资分别增长8%、11%、6%。", 0, "industrial_investment.growth"),
    ("城镇、农村居民人均可支配收入分别增长5%、6%。", 0, "disposable_income.urban_per_capita_growth"),
    ("城乡低保标准分别提高8.5%和12%。", 0, "dibao.urban_standard_growth"),
    ("城乡低保标准分别提高8.5%和12%。", 1, "dibao.rural_standard_growth"),
    ("农村低保标准提高7%。", 0, "dibao.rural_standard_growth"),
    ("城乡低保平均标准提高6%。", 0, "dibao.standard_growth"),
    ("今年新增退耕还林还草50万公顷，造林500万公顷。", 0, None),
    ("今年新增退耕还林还草50万公顷，造林500万公顷。", 1, "afforestation.area"),
    ("全市刑事立案数、道路交通事故数分别下降10%、3%。", 1, None),
    ("生产安全事故起数、死亡人数分别下降9%、7%。", 0, "production_safety.accidents_change"),
]


@pytest.mark.parametrize(("text", "position", "expected"), POSITIONS)
def test_listed_figures_take_their_items_ids(text, position, expected):
    assert _ids(text)[position] == expected, (text, _ids(text))
