"""Paraphrases of the arithmetic the linkers know, written the way other report writers put it (round R21).

Each family of links (其中 parts, 分别 lists, closing totals, named wholes, rates with their counts, shares of one
whole, growth from two levels, restated labels, counts of lists, 一是…二是…) is written again with other verbs
(收到/新收/接收/审结/结案/办理完毕), other total and part words (总计/两项合计/包括/含/具体为/按类型分), other
punctuation (;：: ASCII commas), full-width digits, spaces around figures (a PDF conversion), the total after its
parts without a comma (A、B、C共计N) and 较上年/比去年.  Every sentence is written for the test (none copied from a
real report).

MUST: (family, text, kind, figures (operands, then the result), holds) — some link of that kind relates exactly those
figures with that outcome (figures None: any link of the kind).  MUST_NOT: (family, text, kind, figures) — no link of
that kind relates all of those figures (another whole, another year, a part of a part, a figure of another thing),
and nothing is raised as an error or a warning.
"""

from __future__ import annotations

from collections import Counter

import pytest

from analyzer import Settings, analyze_text
from analyzer.relations import graph
from analyzer.types import Severity

FAST = Settings(classify=False)
_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def _figure(text: str) -> str:
    return text.replace(" ", "").translate(_FULL_WIDTH)


def _links(text: str) -> list[tuple[str, Counter[str], bool | None]]:
    return [
        (
            k.relation.kind.value,
            Counter(
                _figure(m.text) for m in (*k.relation.operands, *([k.relation.result] if k.relation.result else []))
            ),
            k.outcome.holds,
        )
        for k in graph(analyze_text(text, FAST)).links
    ]


FAZHI = "某区人民政府关于2024年法治政府建设情况的报告\n"
FILLER = "坚持以人民为中心的发展思想，持续优化营商环境，推动各项工作取得新成效。" * 3


def R(a: str, b: str) -> str:
    return FAZHI + "一、主要工作\n" + a + FILLER + "\n二、存在问题\n" + b + "\n"


MUST = [
    # 其中 parts
    (
        "qizhong",
        "全年收到行政复议申请120件，其中：维持80件；撤销30件；驳回10件。",
        "sum",
        ("80件", "30件", "10件", "120件"),
        True,
    ),
    (
        "qizhong",
        "全年新收行政复议案件 120 件，其中维持 80 件、撤销 30 件、驳回 10 件。",
        "sum",
        ("80件", "30件", "10件", "120件"),
        True,
    ),
    (
        "qizhong",
        "全年接收行政复议申请１２０件，其中维持８０件，撤销３０件，驳回１０件。",
        "sum",
        ("80件", "30件", "10件", "120件"),
        True,
    ),
    (
        "qizhong",
        "全年受理行政复议案件120件，包括维持80件、撤销30件、驳回10件。",
        "sum",
        ("80件", "30件", "10件", "120件"),
        True,
    ),
    (
        "qizhong",
        "全年受理行政复议案件120件，含维持80件，撤销30件，驳回10件。",
        "sum",
        ("80件", "30件", "10件", "120件"),
        True,
    ),
    (
        "qizhong",
        "全年受理行政复议案件120件,其中维持80件,撤销30件,驳回10件。",
        "sum",
        ("80件", "30件", "10件", "120件"),
        True,
    ),
    ("qizhong", "全年办结行政诉讼案件85件，其中:败诉5件。", "part_whole", ("5件", "85件"), True),
    ("qizhong", "收到市长信箱来信 20 件，其中满意 15 件、不满意 4 件。", "sum", ("15件", "4件", "20件"), False),
    (
        "qizhong",
        "全年受理行政复议案件120件，具体为：维持80件，撤销30件，驳回10件。",
        "sum",
        ("80件", "30件", "10件", "120件"),
        True,
    ),
    # 分别 lists
    ("fenbie", "全年共收到申请120件，网上申请、当面申请分别为70件、50件。", "sum", ("70件", "50件", "120件"), True),
    ("fenbie", "全年新收申请120件，网上申请和当面申请分别是70件和50件。", "sum", ("70件", "50件", "120件"), True),
    ("fenbie", "全年受理申请 120 件，网上申请和信函申请分别为 70 件和 50 件。", "sum", ("70件", "50件", "120件"), True),
    (
        "fenbie",
        "全年行政复议纠错案件120件。结果分别为：撤销40件；变更10件；确认违法30件；责令履行40件。",
        "sum",
        ("40件", "10件", "30件", "40件", "120件"),
        True,
    ),
    # closing totals
    ("closing", "全年收到网上申请90件、信函申请10件，共计100件。", "sum", ("90件", "10件", "100件"), True),
    ("closing", "全年收到网上申请90件，信函申请10件，总计100件。", "sum", ("90件", "10件", "100件"), True),
    ("closing", "全年收到网上申请 90 件，信函申请 10 件，合计 100 件。", "sum", ("90件", "10件", "100件"), True),
    ("closing", "网上申请90件、信函申请10件、当面申请20件共计120件。", "sum", ("90件", "10件", "20件", "120件"), True),
    ("closing", "全年收到网上申请90件；信函申请10件；合计100件。", "sum", ("90件", "10件", "100件"), True),
    ("closing", "全年收到网上申请90件、信函申请10件，共计110件。", "sum", ("90件", "10件", "110件"), False),
    # named wholes (without 其中, a sentence later)
    (
        "named_whole",
        "全年共受理行政复议案件120件。受理的案件中，被申请人为区政府部门的100件，乡镇政府20件。",
        "sum",
        ("100件", "20件", "120件"),
        True,
    ),
    (
        "named_whole",
        "全年新收行政复议案件120件。在新收的案件中，区政府部门100件，乡镇政府20件。",
        "sum",
        ("100件", "20件", "120件"),
        True,
    ),
    (
        "named_whole",
        "全年审结行政复议案件 120 件。在审结的案件中，维持 80 件，撤销 30 件，驳回 10 件。",
        "sum",
        ("80件", "30件", "10件", "120件"),
        True,
    ),
    (
        "named_whole",
        "全年新受理行政复议案件120件中，被申请人为区政府部门的100件；乡镇政府20件。",
        "sum",
        ("100件", "20件", "120件"),
        True,
    ),
    (
        "named_whole",
        "本月热线工单总量为1200件。转办承办单位1150件，热线办直接办结50件。",
        "sum",
        ("1150件", "50件", "1200件"),
        True,
    ),
    # rates with their counts
    ("rate", "全年审结行政复议案件120件，纠错30件，纠错率为25%。", "ratio", ("30件", "120件", "25%"), True),
    ("rate", "全年审结行政复议案件 120 件，其中纠错 30 件，纠错率 25%。", "ratio", ("30件", "120件", "25%"), True),
    ("rate", "全年审结行政复议案件120件，直接纠错30件，纠错率达25%。", "ratio", ("30件", "120件", "25%"), True),
    ("rate", "全年结案行政复议案件120件，其中纠错30件，纠错率25.0%。", "ratio", ("30件", "120件", "25.0%"), True),
    ("rate", "全年审结行政复议案件120件，纠错30件，纠错率为35%。", "ratio", ("30件", "120件", "35%"), False),
    ("rate", "受理信访事项500件，按期办结495件，按期办结率99%。", "ratio", ("495件", "500件", "99%"), True),
    ("rate", "全年受理信访事项500件，按期办结495件，按期办结率为99%。", "ratio", ("495件", "500件", "99%"), True),
    ("rate", "全年办理行政应诉案件40件，败诉2件，败诉率5%。", "ratio", ("2件", "40件", "5%"), True),
    # shares of one whole
    (
        "share",
        "全年共收到行政复议申请800件。从申请事项看，行政处罚类400件，占50%；行政许可类320件，占40%。",
        "ratio",
        ("400件", "800件", "50%"),
        True,
    ),
    (
        "share",
        "全年共收到行政复议申请 800 件。按类型分，行政处罚类 400 件，占比 50%；行政许可类 320 件，占比 40%。",
        "ratio",
        ("400件", "800件", "50%"),
        True,
    ),
    (
        "share",
        "全年共收到行政复议申请800件，其中行政处罚类400件，占比50%；行政许可类320件，占比40%。",
        "ratio",
        ("400件", "800件", "50%"),
        True,
    ),
    (
        "share",
        "全年共收到行政复议申请800件。从申请事项看，行政处罚类400件，占比60%；行政许可类320件，占比40%。",
        "ratio",
        ("400件", "800件", "60%"),
        False,
    ),
    (
        "share",
        "全年安排专项资金800亿元，其中，城乡建设占45%；教育文化占20%；生态环保占25%。",
        "share_sum",
        ("45%", "20%", "25%"),
        True,
    ),
    # growth from two levels
    ("growth", "全年受理1200件，较上年的1000件增长20%。", "growth", ("1000件", "1200件", "20%"), True),
    ("growth", "全年受理案件1200件，比去年的1000件增长20%。", "growth", ("1000件", "1200件", "20%"), True),
    ("growth", "全年受理案件 1200 件，比上年的 1000 件增长 20%。", "growth", ("1000件", "1200件", "20%"), True),
    ("growth", "受理案件由上年的1000件增加到1200件，增长20%。", "growth", ("1000件", "1200件", "20%"), True),
    ("growth", "全年受理1200件，较上年的1000件增长25%。", "growth", ("1000件", "1200件", "25%"), False),
    # restated labels
    (
        "restated",
        R("全年受理行政复议案件29件，审结27件。", "全年受理行政复议案件31件。"),
        "same_value",
        ("29件", "31件"),
        False,
    ),
    (
        "restated",
        R("全年受理行政复议案件29件，审结27件。", "全年共受理行政复议案件29件。"),
        "same_value",
        ("29件", "29件"),
        True,
    ),
    (
        "restated",
        R("全年受理行政复议案件 29 件，审结 27 件。", "受理行政复议案件29件。"),
        "same_value",
        ("29件", "29件"),
        True,
    ),
    (
        "restated",
        R("全年受理行政复议案件２９件，审结２７件。", "受理行政复议案件29件。"),
        "same_value",
        ("29件", "29件"),
        True,
    ),
    (
        "restated",
        R("全年受理行政复议案件29件，审结27件。", "全年受理各类行政复议案件31件。"),
        "same_value",
        ("29件", "31件"),
        False,
    ),
    # N项 counts before and after lists
    ("enum", "推动沿江、沿河、沿湖、沿海四大片区协同发展。", "enumeration", None, True),
    ("enum", "开展规范性文件清理、合法性审核、备案审查共3项工作。", "enumeration", None, True),
    ("enum", "重点推进4个方面工作：营商环境、城市更新、乡村振兴和民生保障。", "enumeration", None, True),
    ("enum", "重点推进四个方面工作：营商环境；城市更新；乡村振兴；民生保障。", "enumeration", None, True),
    ("enum", "推动沿江、沿河、沿湖、沿海五大片区协同发展。", "enumeration", None, False),
    ("enum", "全面落实清理、规范、公开三项任务。", "enumeration", None, True),
    # 一是…二是…
    (
        "yishi",
        "重点做好以下四项工作。一是健全制度。二是强化监督。三是提升服务。四是加强培训。",
        "enumeration",
        None,
        True,
    ),
    ("yishi", "主要采取了3项措施：一是健全制度，二是强化监督，三是提升服务。", "enumeration", None, True),
    ("yishi", "工作中还存在两方面问题：一是制度不够健全；二是监督不够到位。", "enumeration", None, True),
    ("yishi", "重点做好以下四项工作：一是健全制度；二是强化监督；三是提升服务。", "enumeration", None, False),
    (
        "yishi",
        "主要存在以下三个方面的问题：一是制度不够健全；二是监督不够到位；三是队伍能力不足。",
        "enumeration",
        None,
        True,
    ),
]
MUST_NOT = [
    # another whole
    (
        "qizhong",
        "全年受理行政复议案件120件，审结行政复议案件100件，其中维持60件，撤销30件，驳回10件。",
        "sum",
        ("60件", "30件", "10件", "120件"),
    ),
    ("closing", "全年收到网上申请90件，信函申请10件，全年共办结110件。", "sum", ("90件", "10件", "110件")),
    # another year
    ("closing", "2023年收到申请90件，2024年收到申请100件，较上年增加10件。", "sum", ("90件", "10件", "100件")),
    ("growth", "全年受理案件1200件，比2022年的1000件增长20%。", "growth", ("1000件", "1200件", "25%")),
    (
        "restated",
        R("全年受理行政复议案件29件，审结27件。", "2023年受理行政复议案件31件。"),
        "same_value",
        ("29件", "31件"),
    ),
    # a part of a part
    (
        "qizhong",
        "全年受理行政复议案件120件，其中维持80件，其中涉及征地拆迁的50件，撤销30件，驳回10件。",
        "sum",
        ("50件", "30件", "10件", "120件"),
    ),
    (
        "named_whole",
        "全年共受理行政复议案件120件。受理的案件中，被申请人为区政府部门的100件，其中区住建局40件。",
        "sum",
        ("100件", "40件", "120件"),
    ),
    ("rate", "全年审结行政复议案件120件，纠错30件，其中撤销10件，撤销率为35%。", "ratio", ("30件", "120件", "35%")),
    ("enum", "推动沿江、沿河四大片区和两个园区协同发展。", "enumeration", ()),
    ("fenbie", "全年共受理申请120件，审结和撤回分别为70件和60件。", "sum", ("70件", "60件", "120件")),
    ("closing", "全年收到申请90件，较上年增加10件，共计100件的目标基本实现。", "sum", ("90件", "10件", "100件")),
]

MUST += [
    (
        "qizhong",
        "全年办结行政复议案件120件，其中：维持80件;撤销30件;驳回10件。",
        "sum",
        ("80件", "30件", "10件", "120件"),
        True,
    ),
    (
        "qizhong",
        "全年审结行政诉讼案件120件，其中维持80件，撤销30件，驳回10件。",
        "sum",
        ("80件", "30件", "10件", "120件"),
        True,
    ),
    (
        "qizhong",
        "全年共办理完毕行政复议案件120件，其中维持80件，撤销30件，驳回10件。",
        "sum",
        ("80件", "30件", "10件", "120件"),
        True,
    ),
    ("qizhong", "全年结案120件，其中维持80件，撤销30件，驳回10件。", "sum", ("80件", "30件", "10件", "120件"), True),
    (
        "qizhong",
        "全年共有行政复议案件120件，其中维持80件，撤销30件，驳回10件。",
        "sum",
        ("80件", "30件", "10件", "120件"),
        True,
    ),
    (
        "closing",
        "全年收到网上申请90件，信函申请10件，当面申请20件，以上共计120件。",
        "sum",
        ("90件", "10件", "20件", "120件"),
        True,
    ),
    ("closing", "全年收到网上申请90件、信函申请10件，合计110件。", "sum", ("90件", "10件", "110件"), False),
    ("closing", "网上申请90件、信函申请10件、当面申请20件合计130件。", "sum", ("90件", "10件", "20件", "130件"), False),
    ("rate", "全年受理信访事项500件，按期办结495件，按期办结率为99.0%。", "ratio", ("495件", "500件", "99.0%"), True),
    ("rate", "全年审结行政复议案件120件，纠错30件，纠错率为25%。", "ratio", ("30件", "120件", "25%"), True),
    ("growth", "全年新收案件1200件，较上年1000件增长20%。", "growth", ("1000件", "1200件", "20%"), True),
    ("growth", "全年新收案件1200件，比上年1000件增长20%。", "growth", ("1000件", "1200件", "20%"), True),
    ("growth", "全年受理案件１２００件，比上年的１０００件增长２０%。", "growth", ("1000件", "1200件", "20%"), True),
    (
        "share",
        "全年共收到行政复议申请800件。其中，行政处罚类400件，占比50%；行政许可类320件，占比40%。",
        "ratio",
        ("400件", "800件", "50%"),
        True,
    ),
    ("share", "全年共收到行政复议申请800件，行政处罚类400件，占50%。", "ratio", ("400件", "800件", "50%"), True),
    ("enum", "全面落实清理、规范、公开3项任务。", "enumeration", None, True),
    ("yishi", "重点做好以下四项工作:一是健全制度;二是强化监督;三是提升服务;四是加强培训。", "enumeration", None, True),
    (
        "restated",
        R("全年受理行政复议案件29件，审结27件。", "2024年受理行政复议案件29件。"),
        "same_value",
        ("29件", "29件"),
        True,
    ),
]
MUST_NOT += [
    (
        "closing",
        "其中机构职能类1200条、政策文件类2300条、其他各类信息共计1000条。",
        "sum",
        ("1200条", "2300条", "1000条"),
    ),
    ("closing", "全年收到网上申请90件，信函申请10件，同比增长25%，总数为全市第一。", "sum", ("90件", "10件")),
    # 总数 after what was added is the running total, no sum of the figures before it
    ("closing", "全年新设外资企业70家，新增外贸企业130家、总数突破1万家。", "sum", ("70家", "130家")),
    ("closing", "全年新设外资企业70家、新增外贸企业130家、总数达到2000家。", "sum", ("70家", "130家")),
    ("closing", "全市有律师事务所90家、公证处10家，律师共计1000人。", "sum", ("90家", "10家")),
    ("closing", "一是新增网上申请90件、二是信函申请10件、累计受理300件。", "sum", ("90件", "10件", "300件")),
]
MUST_NOT += [
    ("closing", "全年新建口袋公园3个、绿道20公里共计投资5亿元。", "sum", ("5亿元",)),
    ("closing", "全年收到网上申请90件、信函申请10件、当面申请较上年增加20件共计120件。", "sum", ("120件",)),
]


@pytest.mark.parametrize(
    ("family", "text", "kind", "figures", "holds"), MUST, ids=[f"{c[0]}: {c[1][-40:]}" for c in MUST]
)
def test_paraphrase_links(family: str, text: str, kind: str, figures: tuple[str, ...] | None, holds: bool) -> None:
    want = None if figures is None else Counter(_figure(f) for f in figures)
    found = _links(text)
    assert any(k == kind and (want is None or fs == want) and h is holds for k, fs, h in found), found


@pytest.mark.parametrize(
    ("family", "text", "kind", "figures"), MUST_NOT, ids=[f"{c[0]}: {c[1][-40:]}" for c in MUST_NOT]
)
def test_paraphrase_near_miss_links_nothing(family: str, text: str, kind: str, figures: tuple[str, ...]) -> None:
    want = Counter(_figure(f) for f in figures)
    found = [(k, fs, h) for k, fs, h in _links(text) if k == kind and not want - fs]
    assert not found
    raised = [f for f in analyze_text(text, FAST).findings if f.severity in (Severity.ERROR, Severity.WARNING)]
    assert not raised
