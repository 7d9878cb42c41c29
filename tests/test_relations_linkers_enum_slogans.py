"""Linker ``enumeration``: counted slogans defined by a note (五互一共; one count of one noun: 两新), glossary terms
naming several counts (“三大高地”“五大战略”：…，…), a last item of two joined by 以及, and the ordinal after a list (继A、B之后第3个).

Two halves per family: MUST (each count is linked to the items it counts, with this outcome and a warning when
it fails) and MUST_NOT (nothing linked, nothing raised).  Every sentence is written for the test in the style
of a 政府工作报告 and its glossary (none copied from a real report).
"""

from __future__ import annotations

import pytest
from test_relations_linkers_enum import FAST, _raised

from analyzer import analyze_text
from analyzer.relations import graph
from analyzer.types import Severity

W = Severity.WARNING


def _enums(text: str) -> dict[str, tuple[bool | None, float]]:
    report = analyze_text(text, FAST)
    return {
        k.relation.name: (k.outcome.holds, k.relation.operands[0].interval.low)
        for k in graph(report).links
        if k.relation.linker == "enumeration"
    }


# (family, case, text, {count: (holds, items read)}, severity of the finding when one fails)
MUST = [
    (
        "slogan",
        "a glossary term, its definition on the next line: each part counts the items holding its noun",
        "注释\n［4］三联一通：\n县乡联动、部门联办、政企联建、数据互通。\n",
        {"三联": (True, 3), "一通": (True, 1)},
        None,
    ),
    (
        "slogan",
        "the slogan in the text, marked with its note",
        "打造“两清两化”［6］营商环境。\n注释\n［6］两清两化：\n政策清单、责任清单、审批便利化、服务标准化。\n",
        {"两清": (True, 2), "两化": (True, 2)},
        None,
    ),
    (
        "slogan",
        "a part whose noun has two characters",
        "注释\n［9］一中心一平台：\n县级指挥中心、数字治理平台。\n",
        {"一中心": (True, 1), "一平台": (True, 1)},
        None,
    ),
    (
        "slogan",
        "on one line after the colon",
        "名词解释\n7.“三办一码”：市民通办、企业通办、异地通办、便民码。\n",
        {"三办": (True, 3), "一码": (True, 1)},
        None,
    ),
    (
        "slogan",
        "the text's count one more than its note lists",
        "推广“四联一共”［2］工作法。\n注释\n［2］三联一共：\n村企联建、村社联营、村校联育、成果共享。\n",
        {"四联": (False, 3), "一共": (True, 1)},
        W,
    ),
    (
        "slogan",
        "a glossary term one item short",
        "注释\n［5］四优一强：\n优环境、优服务、优政策、强保障。\n",
        {"四优": (False, 3), "一强": (True, 1)},
        W,
    ),
    (
        "one-noun slogan",
        "a glossary term of one count of one noun, its two items joined by 和 (each holds the noun)",
        "注释\n［12］两新：\n工业设备更新和家居以旧换新。\n",
        {"两新": (True, 2)},
        None,
    ),
    (
        "one-noun slogan",
        "on one line after the colon, 是指 first, 、-items",
        "名词解释\n4.“三仓”：是指粮仓、冷仓、应急物资仓。\n",
        {"三仓": (True, 3)},
        None,
    ),
    (
        "one-noun slogan",
        "the slogan in the text, marked with its note",
        "推进“两改”［3］工作。\n注释\n［3］两改：\n老旧小区改造与城中村改造。\n",
        {"两改": (True, 2)},
        None,
    ),
    (
        "one-noun slogan",
        "a term one item short of its count",
        "注释\n［5］三链：\n产业链和创新链。\n",
        {"三链": (False, 2)},
        W,
    ),
    (
        "glossary groups",
        "two quoted counts, one ，-group each, items ending in the noun",
        "名词解释\n3.“两大高地”“三大战略”：开放合作高地、科技创新高地，人才强省战略、数字赋能战略、绿色转型战略。\n",
        {"两大": (True, 2), "三大": (True, 3)},
        None,
    ),
    (
        "glossary groups",
        "counts joined by 、, the definition on the next line, X中心和Y中心 is two",
        "注释\n［4］两个中心、三个平台：\n产品研发中心和质量检测中心，产权交易平台、企业服务平台、公共数据平台。\n",
        {"两个": (True, 2), "三个": (True, 3)},
        None,
    ),
    (
        "glossary groups",
        "a counted slogan whose parts each have a group",
        "名词解释\n6.“两上门一加强”行动：上门服务企业、上门宣讲政策，加强安全监管。\n",
        {"两上门": (True, 2), "一加强": (True, 1)},
        None,
    ),
    (
        "glossary groups",
        "each group opening with its own quoted count",
        "名词解释\n2.“三级两类”规划体系：“三级”为省、市、县，“两类”指总体规划和专项规划。\n",
        {"三级": (True, 3), "两类": (True, 1)},
        None,
    ),
    (
        "glossary groups",
        "a group one item short of its count",
        "名词解释\n5.“三大高地”“四大战略”：开放高地、创新高地、人才高地，强省战略、赋能战略、转型战略。\n",
        {"三大": (True, 3), "四大": (False, 3)},
        W,
    ),
    (
        "named lines",
        "a named count whose clauses on the next line each end in its name",
        "注释\n［6］三个有之：\n搞拉帮结派的有之，搞阳奉阴违的有之，搞弄虚作假的有之。\n",
        {"三个": (True, 3)},
        None,
    ),
    (
        "named lines",
        "clauses ending in the name, one fewer than the count",
        "注释\n［6］四个有之：\n搞拉帮结派的有之，搞阳奉阴违的有之，搞弄虚作假的有之。\n",
        {"四个": (False, 3)},
        W,
    ),
    (
        "last two joined",
        "a last item longer than one: two joined by 以及",
        "全面开展违规收费清理、拖欠账款清欠、涉企违规检查纠治以及涉企执法行为规范“四个专项整治”。",
        {"四个": (True, 3)},
        None,
    ),
    (
        "last two joined",
        "two joined by 以及, the count two more than the items",
        "全面开展违规收费清理、拖欠账款清欠、涉企违规检查纠治以及涉企执法行为规范“六个专项整治”。",
        {"六个": (False, 3)},
        W,
    ),
    (
        "after a list",
        "the ordinal counts the items and the one it names",
        "茶产业成为继粮食、蔬菜之后第3个百亿级农业产业。",
        {"3个": (True, 3)},
        None,
    ),
    (
        "after a list",
        "a Chinese ordinal, a list ending in 等",
        "我市成为继江城、海城等城市之后第三个入选的城市。",
        {"三个": (True, 3)},
        None,
    ),
    (
        "after a list",
        "an ordinal one more than the list allows",
        "文旅产业成为继装备制造、电子信息、绿色化工之后第5个千亿级产业集群。",
        {"5个": (False, 4)},
        W,
    ),
]


@pytest.mark.parametrize(("family", "case", "text", "counts", "severity"), MUST, ids=[f"{c[0]}: {c[1]}" for c in MUST])
def test_links(family, case, text, counts, severity):  # type: ignore[no-untyped-def]
    found = _enums(text)
    assert {k: found[k] for k in counts if k in found} == counts, (family, case, found)
    assert _raised(text) == ([severity] if severity is not None else []), (family, case)


MUST_NOT = [
    ("slogan", "a definition in prose", "注释\n［3］一降两减：\n全年事故起数下降，死亡人数、受伤人数减少。\n"),
    (
        "slogan",
        "a part no item holds (个 is a classifier: 一批 is not one of four)",
        "注释\n［8］四个一批：\n谋划一批、开工一批、建成一批、投产一批。\n",
    ),
    (
        "slogan",
        "an item holding two nouns: which it counts is a guess",
        "注释\n［7］三重一大：\n重大事项决策、重要干部任免、重大项目安排、大额资金使用。\n",
    ),
    ("slogan", "an item holding no noun of the slogan", "注释\n［1］两治一共：\n自治、法治、德育提升、共同富裕。\n"),
    (
        "slogan",
        "a note whose term counts other nouns",
        "推广“两清两化”［6］经验。\n注释\n［6］两清两单：\n政策清单、责任清单、审批清单、服务清单。\n",
    ),
    ("slogan", "an item joined by 和 may be two", "注释\n［2］三通一码：\n政务通、企业通和园区通、便民码。\n"),
    (
        "slogan",
        "a note that defines another term",
        "推广“两清两化”［6］经验。\n注释\n［6］两清：\n政策清单、责任清单。\n",
    ),
    ("one-noun slogan", "an item holding no noun of the slogan", "注释\n［2］两新：\n设备更新和消费品回收。\n"),
    (
        "one-noun slogan",
        "two join words: which halves are the items is a guess",
        "注释\n［4］两通：\n政务通和企业通与园区通。\n",
    ),
    (
        "one-noun slogan",
        "a classifier after the numeral: a count of something else (两个维护), not a slogan",
        "注释\n［3］两个维护：\n维护甲和维护乙。\n",
    ),
    (
        "one-noun slogan",
        "words after the slogan in the term: the term names more than the slogan",
        "注释\n［7］两新政策：\n设备更新和以旧换新以外的三项支持。\n",
    ),
    (
        "glossary groups",
        "fewer ，-groups than counts: the definition is not laid out by them",
        "名词解释\n7.“两重”“两新”：国家重大战略实施、重点领域安全能力建设和大规模设备更新。\n",
    ),
    (
        "glossary groups",
        "a group in prose, with a figure",
        "名词解释\n8.“两个基地”“三个枢纽”：建成2个总部基地，打造航运枢纽、航空枢纽。\n",
    ),
    (
        "glossary groups",
        "a group of titles (their own list, a 、 inside a title)",
        "名词解释\n9.“一本两基”：以发展规划为根本遵循，以《自贸港法》《促进条例、实施细则》为制度基石。\n",
    ),
    (
        "glossary groups",
        "a group whose last item ends in no noun of its count",
        "注释\n［5］两个基地、两个枢纽：\n总部基地和研发基地，航运枢纽和航空门户。\n",
    ),
    (
        "named lines",
        "a clause not ending in the name",
        "注释\n［6］三个有之：\n搞拉帮结派的有之，另有问题，搞弄虚作假的有之。\n",
    ),
    (
        "last two joined",
        "a half longer than one item",
        "推进园区道路改造、管网更新、全省中小企业数字化转型升级服务体系以及数据中心建设五项工程。",
    ),
    ("slogan", "a quoted slogan without a note", "推进“三联一通”，县乡联动、部门联办、数据互通。"),
    ("after a list", "an ordinal of something else after a comma", "继城东、城西之后，第5个片区规划获批。"),
    ("after a list", "继续 is no 继", "继续推进城东、城西之后第4批片区改造。"),
    ("after a list", "no list: one event before", "继去年获评之后第2次入选全国文明城市。"),
]


@pytest.mark.parametrize(("family", "case", "text"), MUST_NOT, ids=[f"{c[0]}: {c[1]}" for c in MUST_NOT])
def test_does_not_link(family, case, text):  # type: ignore[no-untyped-def]
    found = _enums(text)
    assert {k: v for k, v in found.items() if v[0] is not True} == {}, (family, case, found)
    assert _raised(text) == [], (family, case)
