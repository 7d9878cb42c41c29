"""Round L26 (session 26, the ad574b6 sample's families left by round L25, judged under the strict kind rule): a grade
of the smart factories is one kind of them (the grade's own id when the taxonomy has one), platforms selected into a
list after the figure are a part, one service mode's items are a kind of the service items; and the State Council's law
bills of the year get an id (legislation.law_bills). Sentences of the project's own writing, in the genre's style; two
halves each."""

from __future__ import annotations

import pytest

from analyzer.api import analyze_text


def _ids(text: str) -> list[str | None]:
    return [m.indicator for m in analyze_text(text).metrics]


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
