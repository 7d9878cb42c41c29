"""Round L25 (session 25, the ad574b6 sample's largest family, judged under the strict kind rule): one stage of schooling
is one kind of the new school places, a part under none of the whole's ids; the whole of basic education keeps the id.
Sentences of the project's own writing, in the genre's style; two halves."""

from __future__ import annotations

import pytest
from _indicator_ids import ids as _ids

# one stage: preschool (学前, 普惠), primary and secondary without the kindergartens, secondary, senior or junior
# secondary, compulsory education
ONE_STAGE_OF_PLACES = [
    "今年新增普通高中学位3.2万个。",
    "扩充优质普通高中公办学位6万个。",
    "增加2万个普惠性学前教育学位。",
    "新增学前普惠学位8000个。",
    "新增普惠学位1.5万个。",
    "新增中小学学位4.1万个，缓解入学压力。",
    "新增初中学位9000个。",
    "新增初高中学位1.2万个以上。",
    "新增中学学位7000个。",
    "在城区增补义务教育学位3万个。",
    "新增高中学位5600多个。",
]
# the whole of the places: no stage named, or basic education as a whole (kindergartens with the schools)
WHOLE_OF_PLACES = [
    ("新增基础教育学位6.5万个。", "education.new_school_places"),
    ("全年新增基础教育公办学位12万个。", "education.new_school_places"),
    ("新建改扩建中小学8所、新增学位1.1万个。", "education.new_school_places"),
    ("新增中小学幼儿园学位2.3万个。", "education.new_school_places"),
    ("新增公办学位4万个。", "education.new_school_places"),
]


@pytest.mark.parametrize("text", ONE_STAGE_OF_PLACES)
def test_one_stage_of_schooling_is_a_kind_of_the_places(text):
    assert _ids(text)[0] is None, text


@pytest.mark.parametrize(("text", "expected"), WHOLE_OF_PLACES)
def test_the_whole_of_the_places_keeps_its_id(text, expected):
    assert expected in _ids(text), (text, _ids(text))
