"""Linker ``enumeration``: a stated count and the items listed with it, as relations of the graph.

Every sentence is written for the test in the genres' style (none copied from a
real report).  MUST: the linker links the count to its list with this outcome;
MUST_NOT: it links nothing there (the count is not the list's).
"""

from __future__ import annotations

import pytest

from analyzer import Settings, analyze_text
from analyzer.relations import graph
from analyzer.types import Severity

FAST = Settings(classify=False)
RULE = "enumeration_count_mismatch"


def _enums(text: str) -> list[tuple[bool | None, float, str]]:
    report = analyze_text(text, FAST)
    return [
        (k.outcome.holds, k.relation.confidence, k.relation.name)
        for k in graph(report).links
        if k.relation.linker == "enumeration"
    ]


def _raised(text: str) -> list[Severity]:
    report = analyze_text(text, FAST)
    return [f.severity for f in report.findings if f.rule == RULE and f.severity is not Severity.INFO]


# (case, text, holds, severity of the finding when it fails)
MUST = [
    ("a list right before its count", "推动沿江、沿河、沿湖、沿海四大片区协同发展。", True, None),
    ("bracketed words inside an item", "重点整治噪声、扬尘（渣土）、油烟、污水四类问题。", True, None),
    ("a quoted count after the list", "加快培育算力、数据、人工智能“三大产业”。", True, None),
    ("a count of two items, after a list of its own", "覆盖园区、高校两类服务平台和省、市、县三级。", True, None),
    ("examples before 等 and a larger count", "推动钢铁、煤炭、水泥等11个行业转型升级。", True, None),
    ("a list one short of its count", "推动沿江、沿河、沿湖、沿海五大片区协同发展。", False, Severity.WARNING),
    ("a quoted count one short", "加快培育算力、数据、人工智能“四大产业”。", False, Severity.WARNING),
    (
        "等 closing a list one short of its count",
        "在审批事项、收费项目、证明材料和裁量基准等5个方面开展清理。",
        False,
        Severity.WARNING,
    ),
    (
        "a report's parts separated by ，, one of them holding a 、",
        "本报告包括总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况，"
        "政府信息公开行政复议、行政诉讼情况，存在的主要问题及改进情况，其他需要报告的事项六个部分。",
        True,
        None,
    ),
    (
        "the same parts, counted one more",
        "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
        "政府信息公开行政复议、行政诉讼情况、存在的主要问题及整改措施、其他需要报告的事项共七个部分组成。",
        False,
        Severity.WARNING,
    ),
    (
        "more 、 items after a count: sure",
        "确定重大行政决策事项3件，涉及教育、供水、养老、停车等方面。",
        False,
        Severity.ERROR,
    ),
    ("是-items short of the count", "重点抓好三个方面工作：一是健全制度；二是规范执法。", False, Severity.WARNING),
    ("是-items of the count", "重点抓好三个方面工作：一是健全制度；二是规范执法；三是强化监督。", True, None),
    ("；-clauses after a colon", "采取三项措施：完善制度体系；规范执法行为；强化监督问责。", True, None),
    ("；-clauses one short", "采取四项措施：完善制度体系；规范执法行为；强化监督问责。", False, Severity.WARNING),
    ("；-clauses one more", "采取三项措施：完善制度；规范执法；强化监督；加强培训。", False, Severity.WARNING),
    ("numbered lines", "重点做好三个方面工作：\n1.健全制度。\n2.规范执法。\n3.强化监督。\n", True, None),
    (
        "numbered lines one short",
        "重点做好四个方面工作：\n1.健全制度。\n2.规范执法。\n3.强化监督。\n",
        False,
        Severity.WARNING,
    ),
    ("circled numbers", "重点做好三个方面工作：\n① 健全制度。\n② 规范执法。\n③ 强化监督。\n", True, None),
    (
        "numbered headings with a nested list",
        "报告分为三个部分：\n（一）健全制度\n制度内容。\n（二）规范执法\n1.执法\n2.监督\n（三）强化监督\n",
        True,
        None,
    ),
]

MUST += [
    (
        "two items closed by a list of their own",
        "建立区、街道、社区三级和企业、学校两类调解组织。",
        True,
        None,
    ),
    (
        "a count of measures, the items a sentence later",
        "健全三项制度，压实各方责任。一是完善受理制度。二是完善审理制度。三是完善督办制度。",
        True,
        None,
    ),
    (
        "a count of measures, the items a sentence later, one short",
        "健全四项制度，压实各方责任。一是完善受理制度。二是完善审理制度。三是完善督办制度。",
        False,
        Severity.WARNING,
    ),
]

MUST += [
    # titles right before their count, with no 、 between them
    ("titles before their count", "提请审议《某市养犬管理条例》《某市河道管理条例》等2件地方性法规草案。", True, None),
    (
        "等 closing three titles one short of their count",
        "制定《某市物业管理办法》《某市燃气管理办法》《某市档案管理规定》等4件市政府规章。",
        False,
        Severity.WARNING,
    ),
    (
        "titles as examples of a larger count",
        "修订《某市物业管理办法》《某市燃气管理办法》等12件市政府规章。",
        True,
        None,
    ),
    # 家 counts the items after 分别是
    (
        "a count of 家, then 分别是",
        "纳入改革的事业单位共3家，分别是市勘察设计院、市信息中心和市机关服务中心。",
        True,
        None,
    ),
    (
        "a count of 家 one above the items after 分别是",
        "纳入改革的事业单位共4家，分别是市勘察设计院、市信息中心和市机关服务中心。",
        False,
        Severity.WARNING,
    ),
    # a quoted list, then N措并举
    ("a quoted list, then 三措并举", "坚持“稳岗拓岗、技能培训、创业扶持”三措并举。", True, None),
    ("a quoted list one short of 四措并举", "坚持“稳岗拓岗、技能培训、创业扶持”四措并举。", False, Severity.WARNING),
    # 即： then parallel ，-clauses
    (
        "即, then parallel clauses",
        "财政支出要做到“两个只增不减”，即：民生投入只增不减，教育投入只增不减。",
        True,
        None,
    ),
    (
        "即, then parallel clauses one short of the count",
        "财政支出要做到“三个只增不减”，即：民生投入只增不减，教育投入只增不减。",
        False,
        Severity.WARNING,
    ),
]

MUST += [
    # a count ending its paragraph with a colon, its 一是 items opening the next paragraphs
    (
        "a colon ends the paragraph, 一是 items open the next ones",
        "今年的政府工作，要重点把握好3个方面：\n一是稳住经济大盘。扩大有效需求。\n二是深化改革开放。激发市场活力。\n"
        "三是办好民生实事。兜牢民生底线。\n",
        True,
        None,
    ),
    (
        "a colon ends the paragraph, one 一是 item fewer than the count",
        "今年的政府工作，要重点把握好4个方面：\n一是稳住经济大盘。扩大有效需求。\n二是深化改革开放。激发市场活力。\n"
        "三是办好民生实事。兜牢民生底线。\n",
        False,
        Severity.WARNING,
    ),
]

# a list that runs to the end of a text cut mid-item (an excerpt): the items it lost may follow, so fewer items
# than the count is info at most; the same list closed by 。, or followed by more text, is a warning
_EIGHT = "会议提出今年要重点抓好八项工作：一是推进产业升级；二是扩大有效投资；三是深化改革创新；四是扩大对外开放；五是保障改善民生；"
MUST += [
    ("a list cut off at the end of an excerpt", _EIGHT + "六是加", False, None),
    ("a list cut off at the end of an excerpt, trailing space", _EIGHT + "六是着力\n", False, None),
    ("a short list closing the text", _EIGHT + "六是加强政府建设。", False, Severity.WARNING),
    ("a short list, more text after it", _EIGHT + "六是加强政府建设。会议还通报了有关情况", False, Severity.WARNING),
]

MUST_NOT = [
    ("a colon, then prose without a list", "采取三项措施：完善制度体系，规范执法行为，强化监督问责。"),
    ("a colon, then a line that is no numbered item", "做好三个方面工作：\n全年健全制度。\n1.规范执法。\n"),
    ("an item cannot hold the count of another list", "覆盖省、市、县三级和园区三类服务平台。"),
    # the list before may be one of the classes counted (三级 + 园区 + 高校 = 三类): no warning
    ("two items after a list of their own, count one more", "覆盖省、市、县三级和园区、高校三类服务平台。"),
    ("two items after a list of their own, count one more (调解)", "健全市县乡三级和企业、学校三类调解组织。"),
    ("two items after a comma: too little to read", "覆盖省、市、县三级，园区、高校三类服务平台。"),
    (
        "a count of measures, then another count before the items",
        "健全三项制度，压实各方责任。全年办理复议案件5件。一是完善受理制度。二是完善审理制度。",
    ),
    (
        "a count of measures whose items start too far away",
        "健全三项制度。"
        + "坚持以人民为中心的发展思想，持续优化法治化营商环境。" * 7
        + "一是完善受理制度。二是完善审理制度。",
    ),
    ("a count of things, not of measures", "新建三个口袋公园，方便群众休闲。一是城东公园。二是城西公园。"),
    ("a count of characters", "在“巩固、增强、提升、畅通”八个字上下功夫。"),
    ("a count of months", "公开率、及时率、准确率连续12个月保持全省前列。"),
    ("a verb between the list and the count", "铁路、公路、水路通道达到5条。"),
    ("the count of a noun of its own", "实施小区、道路、下立交积水改善工程5个。"),
    ("a count far above a closed list", "新开、复航、加密44条国际航线。"),
    ("an ordinal, not a count", "继奶业、玉米、肉羊之后第4个千亿级产业。"),
    ("a list cut by a long item", "建成交易服务中心、全国水权交易所省级分中心服务站点、农村产权交易所五大平台。"),
    ("two items one short: too little to read", "完成存款、贷款余额连跨4个台阶。"),
    ("a breakdown, not a list", "规划设置了18项主要指标，包括11项预期性指标、7项约束性指标。"),
    # 即 then clauses that are not parallel: prose, not a list
    ("即, then clauses that are no list", "推进“三个转变”，即：政府职能要加快转变，同时完善监督机制，推动服务下沉。"),
    # one title is no list
    ("one title before a count", "制定《某市物业管理办法》等5件市政府规章。"),
    # the next paragraph opens with no 一是: no list is read there
    (
        "a colon ends the paragraph, prose follows",
        "今年要重点把握好4个方面：\n稳住经济大盘，扩大有效需求。\n深化改革开放。\n",
    ),
    ("a count of the last items only", "提高低保、特困人员、孤儿基本生活与残疾人两项补贴标准。"),
]


@pytest.mark.parametrize(("case", "text", "holds", "severity"), MUST, ids=[c[0] for c in MUST])
def test_enumeration_links(case, text, holds, severity):  # type: ignore[no-untyped-def]
    found = _enums(text)
    assert found and {h for h, _, _ in found} == {holds}, (case, found)
    assert _raised(text) == ([severity] if severity is not None else []), case


@pytest.mark.parametrize(("case", "text"), MUST_NOT, ids=[c[0] for c in MUST_NOT])
def test_enumeration_does_not_link(case, text):  # type: ignore[no-untyped-def]
    assert [h for h, _, _ in _enums(text) if h is not True] == [], case
    assert _raised(text) == [], case


def test_enumeration_relations_reach_the_json_and_the_verified_entries():  # type: ignore[no-untyped-def]
    report = analyze_text("推动沿江、沿河、沿湖、沿海四大片区协同发展。", FAST)
    assert [r.kind for r in report.relations if r.linker == "enumeration"] == ["enumeration"]
    assert [v.message for v in report.verified if v.rule == RULE] == ["四大: 列出 4 项"]


@pytest.mark.parametrize(
    ("text", "ended"),
    [
        ("今年重点抓好五项工作。", True),
        ("今年重点抓好五项工作。”）\n  ", True),
        ("今年重点抓好五项工作：一是稳增长；二是着", False),
        ("六是着”", False),
        ("", False),
    ],
)
def test_a_text_cut_mid_sentence_is_told_from_its_end(text, ended):  # type: ignore[no-untyped-def]
    from analyzer.relations.linkers.enumeration import _text_end

    assert _text_end(text) == (len(text.rstrip()), ended)
