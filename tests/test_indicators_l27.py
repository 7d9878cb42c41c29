"""Round L27 (session 27, the seed-1432 sample drawn at 71e91e4 and the families of the figures still without an id):
national key labs as a kind of the innovation platforms with ids of their own (全国 kept in their name), examples
before 等 no subject of the count after them, the levels of a from-to under no id of a cut, look-alike measures of
petitions, plan indicators and S&T projects, a growth target restated with 定为, the subject of a clause of steps
passed (连续迈上4个万亿元台阶) and a noun alone before a from-to. Sentences of the project's own writing, in the genre's
style; two halves each."""

from __future__ import annotations

import pytest
from _indicator_ids import ids as _ids

# national key labs: their own ids (stock and new ones); must / must not
KEY_LABS = [
    ("全国重点实验室达到45家。", 0, "innovation.national_key_labs"),
    ("国家重点实验室达到20个。", 0, "innovation.national_key_labs"),
    ("全国重点实验室由7家增至16家。", 0, "innovation.national_key_labs"),
    ("科技创新体系不断完善，5个国家技术创新中心、28个全国重点实验室在省内布局。", 1, "innovation.national_key_labs"),
    ("新增全国重点实验室12家。", 0, "innovation.new_national_key_labs"),
    ("获批建设2家全国重点实验室。", 0, "innovation.new_national_key_labs"),
    ("实验基地启动运行，3家全国重点实验室获批建设。", 0, "innovation.new_national_key_labs"),
    # not national key labs: provincial ones, other platforms, labs named as examples of the platforms counted
    ("全省重点实验室达到110个。", 0, "innovation.platforms"),
    ("新建省重点实验室20家。", 0, "innovation.new_platforms"),
    ("科技创新体系不断完善，5个国家技术创新中心、28个全国重点实验室在省内布局。", 0, "innovation.platforms"),
    ("设立荒漠生态全国重点实验室等5个高能级创新平台。", 0, "innovation.new_platforms"),
]


@pytest.mark.parametrize(("text", "position", "expected"), KEY_LABS)
def test_national_key_labs_have_ids_of_their_own(text, position, expected):
    assert _ids(text)[position] == expected, (text, _ids(text))


# a cut's id takes the change, never the levels of a from-to; look-alike measures take no id
NO_ID = [
    ("农村贫困人口由4960万人减少到2820万人。", 0),
    ("农村贫困人口由4960万人减少到2820万人。", 1),
    ("信访事项初信初访一次性化解率达97.3%。", 0),
    ("信访积案化解率达97.5%。", 0),
    ("空气质量六项指标首次全部达到国家二级标准。", 0),
    ("智能制造中心等160多个高科技项目投产。", 0),
]
WITH_ID = [
    ("农村贫困人口比上年减少245万人。", 0, "rural_poverty.reduction"),
    ("农村贫困人口减少1442万人。", 0, "rural_poverty.reduction"),
    ("信访事项按期办结率达98.5%。", 0, "petition.completion_rate"),
    ("实施省级重大科技项目100项。", 0, "science.major_projects"),
    ("今年经济增长预期目标定为7.5%左右。", 0, "gdp.growth"),
    ("综合权衡，今年的经济增长目标定为7.5%左右。", 0, "gdp.growth"),
]


@pytest.mark.parametrize(("text", "position"), NO_ID)
def test_levels_of_a_cut_and_look_alikes_take_no_id(text, position):
    assert _ids(text)[position] is None, (text, _ids(text))


@pytest.mark.parametrize(("text", "position", "expected"), WITH_ID)
def test_the_change_the_whole_measure_and_the_restated_target_keep_their_ids(text, position, expected):
    assert _ids(text)[position] == expected, (text, _ids(text))


@pytest.mark.parametrize("text", ["广义货币M2预期增长目标定为12%。", "外贸增长预期目标定为3%。"])
def test_a_target_restated_of_another_measure_is_not_the_gdps(text):
    assert _ids(text)[0] not in (None, "gdp.growth"), (text, _ids(text))


# the subject of a clause of steps passed, and a noun alone before a from-to: must / must not
SHARED = [
    ("地区生产总值连续迈上4个万亿元台阶、达14.2万亿元、年均增长5.7%。", 1, "gdp.value"),
    ("地区生产总值连续迈上4个万亿元台阶、达14.2万亿元、年均增长5.7%。", 2, "gdp.growth"),
    ("全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶，年均增长5.9%。", 0, "gdp.growth"),
    ("地区生产总值跨越3个千亿元台阶，达到1.5万亿元。", 1, "gdp.value"),
    ("全国研究与试验开发经费，从1997年的509亿元增加到2002年的1161亿元。", 0, "rd_spending.value"),
    ("全国研究与试验开发经费，从1997年的509亿元增加到2002年的1161亿元。", 1, "rd_spending.value"),
    ("城镇居民家庭人均可支配收入，由1997年的5160元增加到2002年的7703元。", 0, "disposable_income.urban_per_capita"),
]
NOT_SHARED = [
    ("地区生产总值连续迈上4个万亿元台阶、达14.2万亿元。", 0, None),  # the steps are no figure of the subject
    ("大力发展职业教育，从2020年的120所增加到150所。", 0, None),  # a clause opening with a verb is no noun alone
    ("地区生产总值连续迈上两个台阶，进出口增长5%。", 0, "foreign_trade.growth"),  # a subject of its own keeps it
]


@pytest.mark.parametrize(("text", "position", "expected"), SHARED)
def test_the_subject_before_steps_passed_or_a_from_to(text, position, expected):
    assert _ids(text)[position] == expected, (text, _ids(text))


@pytest.mark.parametrize(("text", "position", "expected"), NOT_SHARED)
def test_no_subject_from_the_steps_or_a_verb_phrase(text, position, expected):
    assert _ids(text)[position] == expected, (text, _ids(text))


# phrasings a level's id had and its growth's (or its pair's) lacked: must / must not
PHRASINGS = [
    ("城镇居民家庭人均可支配收入平均每年实际增长8.6%。", 0, "disposable_income.urban_per_capita_growth"),
    ("城市居民人均可支配收入增长6%。", 0, "disposable_income.urban_per_capita_growth"),
    ("农民人均可支配收入增长7.5%。", 0, "disposable_income.rural_per_capita_growth"),
    ("城乡居民低保月均标准分别提高到798元和676元。", 0, "dibao.urban_standard"),
    ("城乡居民低保月均标准分别提高到798元和676元。", 1, "dibao.rural_standard"),
]
NOT_THE_PHRASING = [
    ("农村居民人均可支配收入增长7.5%。", 0, "disposable_income.urban_per_capita_growth"),
    ("城镇居民家庭人均可支配收入达到5.1万元。", 0, "disposable_income.urban_per_capita_growth"),  # the level's own id
    # four figures, two of each group (from-to): the pairing would read them wrong, so the 平均 standards are not split
    ("城乡低保平均标准分别从2020年的645元/月、4318元/年提高到2025年的801元/月、7226元/年。", 0, "dibao.rural_standard"),
]


@pytest.mark.parametrize(("text", "position", "expected"), PHRASINGS)
def test_the_levels_phrasings_grow_and_pair(text, position, expected):
    assert _ids(text)[position] == expected, (text, _ids(text))


@pytest.mark.parametrize(("text", "position", "not_expected"), NOT_THE_PHRASING)
def test_another_group_or_a_level_is_not_the_growth(text, position, not_expected):
    assert _ids(text)[position] != not_expected, (text, _ids(text))
