"""The sum, part and share linkers (issue 11): breakdowns linked by their structure, whether they add up or not.

Every sentence here is written for the test in the genre's style (none is copied from a real report).  A case
names the linker that must (or must not) produce a relation of a kind, and the outcome it must have.
"""

from __future__ import annotations

import pytest

from analyzer import Settings, analyze_text
from analyzer.relations import graph

FAST = Settings(classify=False)


def _links(text: str) -> list[tuple[str, str, bool | None, float]]:
    report = analyze_text(text, FAST)
    return [
        (k.relation.linker, k.relation.kind.value, k.outcome.holds, k.relation.confidence) for k in graph(report).links
    ]


def _raised(text: str, rule: str) -> list[str]:
    return [f.severity.value for f in analyze_text(text, FAST).findings if f.rule == rule]


# (text, linker, kind, holds)
MUST = [
    # structure shares that miss 100 by more than rounding are still shares of one whole
    ("三次产业结构调整为6.2∶40.5∶65.3。", "structure", "share_sum", False),
    ("三次产业结构调整为6.2∶40.5∶53.3。", "structure", "share_sum", True),
    ("产业结构由上年的12.40%、30.10%和70.50%调整为12.00%、29.80%和58.20%。", "structure_percent", "share_sum", False),
    # shares after 其中, each closing its clause after 占, of one whole
    (
        "全年安排专项资金800亿元，其中，城乡建设占45%，教育文化占20%，生态环保占30%，其他占17%。",
        "qizhong_share",
        "share_sum",
        False,
    ),
    (
        "全年安排专项资金800亿元，其中，城乡建设占45%，教育文化占20%，生态环保占25%。",
        "qizhong_share",
        "share_sum",
        True,
    ),
    # the identity in prose with the carried-out figure written 转下一年
    ("全年新受理申请26件，办结24件，上年转结申请0件，转下一年办理3件。", "prose_identity", "table_identity", False),
    ("全年新受理申请26件，办结24件，上年转结申请0件，转下一年办理2件。", "prose_identity", "table_identity", True),
    # the identity without a carried-in figure: received = done + carried out
    ("全年新收到政府信息公开申请42件，已答复39件，结转下年度继续办理4件。", "prose_identity_open", "sum", False),
    ("全年新收到政府信息公开申请42件，已答复39件，结转下年度继续办理3件。", "*", "sum", True),
    # 其中 parts that name every member of a complete set (中央/地方; a category and its negation): complete
    ("全年安排专项债务限额5000亿元，其中中央专项债务3000亿元，地方专项债务1900亿元。", "qizhong", "sum", False),
    ("全年安排专项债务限额5000亿元，其中中央专项债务3000亿元，地方专项债务2000亿元。", "qizhong", "sum", True),
    ("办理市长信箱来信20件，其中满意15件，不满意4件。", "qizhong", "sum", False),
    ("办理市长信箱来信20件，其中满意15件，不满意5件。", "qizhong", "sum", True),
    # each part with its own change after it, the whole with a bracket in its label: still one list
    (
        "全年完成地区生产总值(GDP)300.00亿元，比上年增长5.0%。其中：第一产业实现增加值50.00亿元，增长2.8%；"
        "第二产业实现增加值100.00亿元，增长5.2%；第三产业实现增加值140.00亿元，增长5.8%。",
        "qizhong",
        "sum",
        False,
    ),
    (
        "全年完成地区生产总值(GDP)300.00亿元，比上年增长5.0%。其中：第一产业实现增加值50.00亿元，增长2.8%；"
        "第二产业实现增加值100.00亿元，增长5.2%；第三产业实现增加值150.00亿元，增长5.8%。",
        "*",
        "sum",
        True,
    ),
    # a whole and parts counted in units of one class (个/项)
    ("全年8个项目获省科学技术奖，其中10项获一等奖。", "qizhong", "part_whole", False),
    # the whole's own change stands between it and 其中
    (
        "全年用于教育的投入600亿元，比上年增加80亿元，增长15.4%，其中学前教育投入700亿元。",
        "qizhong",
        "part_whole",
        False,
    ),
    # the whole in the sentence before, with no total word, named by every part
    (
        "今年财政赤字1.9万亿元，比去年增加2000亿元。其中，中央财政赤字1.2万亿元，地方财政赤字5000亿元。",
        "qizhong",
        "sum",
        False,
    ),
    # 共计 before the whole, though the label drops it as a linking verb
    (
        "投资由2019年的100亿元增加到2023年的300亿元，五年共计900亿元，其中用于农村道路的资金950亿元。",
        "qizhong",
        "part_whole",
        False,
    ),
    # parts that account for all of their whole but a sliver read as the whole list
    ("全年发布政务信息240条，其中政府网站发布信息150条，政务微博发布信息89条。", "qizhong", "sum", False),
    ("全年发布政务信息240条，其中政府网站发布信息150条，政务微博发布信息90条。", "qizhong", "sum", True),
    ("全年审理的案件300件（包括本年受理的262件和上年结转的37件）已全部审结。", "bracket_parts", "sum", False),
    # a run that ends with the rest, opened by a figure about the sum of the others: that total, complete
    ("现区级保留的政务服务事项600项，行政许可事项250项，公共服务等其他事项340项。", "breakdown", "sum", False),
    ("现区级保留的政务服务事项590项，行政许可事项250项，公共服务等其他事项340项。", "breakdown", "sum", True),
    # a run under a classification cue breaks down the total stated before it, complete or not
    (
        "本周共受理热线工单300件，比上周增长5%。交办承办单位280件，直办20件。工单分类：求决类190件、咨询类70件、投诉类50件。",
        "breakdown",
        "sum",
        False,
    ),
    (
        "本周共受理热线工单300件，比上周增长5%。交办承办单位280件，直办20件。\n工单按内容分类前三位的是：求决类390件；咨询类70件；投诉类50件。",
        "breakdown",
        "part_whole",
        False,
    ),
    # a part's start and end values against its whole's (由…增至…，其中…由…增至…)
    ("全市汽车保有量由120万辆增至150万辆，其中新能源汽车由8万辆增至160万辆。", "from_to_parts", "part_whole", False),
    ("全市汽车保有量由120万辆增至150万辆，其中新能源汽车由8万辆增至36万辆。", "from_to_parts", "part_whole", True),
    # parts of a whole named before them: the figure then 中, or the whole's words again then 中
    ("全年新受理行政复议案件120件中，被申请人为区政府部门的100件；乡镇政府25件。", "named_whole", "sum", False),
    ("全年新受理行政复议案件120件中，被申请人为区政府部门的100件；乡镇政府20件。", "*", "sum", True),
    ("区政府应诉案件50宗，审结36宗，占72%；在已审结的案件中，胜诉34宗，撤诉4宗。", "named_whole", "sum", False),
    ("区政府应诉案件50宗，审结36宗，占72%；在已审结的案件中，胜诉32宗，撤诉4宗。", "*", "sum", True),
    ("本月受理诉求中，城建类900件。\n城建类诉求中，物业管理950件、拆迁安置120件。", "named_whole", "part_whole", False),
    # the figure, its noun, then 中有 and the part
    ("营商环境对标改革成效明显，企业调查48项测评点中有19项达到全球最优水平。", "named_whole", "part_whole", True),
    ("营商环境对标改革成效明显，企业调查48项测评点中有59项达到全球最优水平。", "named_whole", "part_whole", False),
    ("全省88个县中共有91个县实现县域经济提质。", "named_whole", "part_whole", False),
    # the whole named again a paragraph later, by its full label (four characters or more)
    (
        "今年上半年，全省新收行政复议申请5200件，受理案件4300件，办结率82%。“行政复议正成为化解争议的主渠道。”"
        "有关负责人表示。\n\n行政复议是层级监督制度。相比诉讼，它更便捷。\n\n在今年上半年的受理案件中，"
        "通过撤销、变更等方式纠正违法行政行为820件；以调解、和解等方式结案4900件。",
        "named_whole",
        "part_whole",
        False,
    ),
    (
        "今年上半年，全省新收行政复议申请5200件，受理案件4300件，办结率82%。“行政复议正成为化解争议的主渠道。”"
        "有关负责人表示。\n\n行政复议是层级监督制度。相比诉讼，它更便捷。\n\n在今年上半年的受理案件中，"
        "通过撤销、变更等方式纠正违法行政行为820件；以调解、和解等方式结案1900件。",
        "named_whole",
        "sum",
        True,
    ),
    # the parts in a bracket after their whole
    ("全年公布区政府规章12件（含新制定7件，修改4件，废止3件）。", "bracket_parts", "sum", False),
    ("全年审理的案件300件（包括本年受理的260件和上年结转的40件）已全部审结。", "*", "sum", True),
    # two counts of one process, the second bounded by the first (应到/实到, 项目/完工, 总量/新登记, 收到/受理)
    ("大会应到委员150名，实到委员162名，符合规定人数。", "bounded_pair", "part_whole", False),
    ("大会应到委员150名，实到委员138名，符合规定人数。", "bounded_pair", "part_whole", True),
    # the part stated first: a year's intake is among the students in school
    ("全年高等职业院校招生规模达到96万人，在校学生总数88万人。", "bounded_pair", "part_whole", False),
    ("全年高等职业院校招生规模达到36万人，在校学生总数88万人。", "bounded_pair", "part_whole", True),
    # a run after 分别 breaks down the figure right before it
    ("全年共受理申请120件，网上申请和当面申请分别为70件和50件。", "breakdown", "sum", True),
    ("全年实施乡村道路提升项目820个、完工860个。", "bounded_pair", "part_whole", False),
    ("全年实施乡村道路提升项目820个、完工806个。", "bounded_pair", "part_whole", True),
    ("全市经营主体总量达62.5万户，新登记70.1万户。", "bounded_pair", "part_whole", False),
    ("全年市政府共收到行政复议申请300件，依法受理320件、审结260件。", "bounded_pair", "part_whole", False),
    # a count whose words follow it decides cases of the count before it
    ("全年办理行政复议50件，62件作出复议决定。", "bounded_pair", "part_whole", False),
    ("全年办理行政复议50件，41件作出复议决定，行政应诉30件，12件法院作出判决。", "bounded_pair", "part_whole", True),
    # a whole that names how many classes it has: that many parts, each with figures of its own, are complete
    (
        "全年查处三类违法案件900件。其中，无证经营案件数量为300件，罚款金额为120.5万元；"
        "超范围经营案件数量为250件；虚假宣传案件数量为320起，比上年减少5%。",
        "qizhong",
        "sum",
        False,
    ),
    (
        "全年查处三类违法案件900件。其中，无证经营案件数量为300件，罚款金额为120.5万元；"
        "超范围经营案件数量为250件；虚假宣传案件数量为350起，比上年减少5%。",
        "qizhong",
        "sum",
        True,
    ),
    # a total whose own change closes its sentence bounds the run after it; a sliver short reads as complete
    ("本周共受理热线工单820件，比上周增长12.5%。交办承办单位800件，直办19件。", "breakdown", "sum", False),
    ("本周共受理热线工单820件，比上周增长12.5%。交办承办单位800件，直办20件。", "*", "sum", True),
    # 比 of 比例/比重 and a 与 joining two names in a part's label mark no comparison base: the figure is a part
    (
        "规划提出20个主要指标，包括城乡收入增长与经济增长同步等14个预期性指标、森林覆盖率比例等6个约束性指标。",
        "breakdown",
        "sum",
        True,
    ),
    # a sentence that opens with 分别为 lists every part of the count before it
    (
        "全年行政复议纠错案件120件，纠错率为15%。结果分别为撤销40件，变更10件，确认违法30件，责令履行30件。",
        "breakdown",
        "sum",
        False,
    ),
    (
        "全年行政复议纠错案件120件，纠错率为15%。结果分别为撤销50件，变更10件，确认违法30件，责令履行30件。",
        "breakdown",
        "sum",
        True,
    ),
    # a classification under its cue that ends with the rest is all of its total
    (
        "本月共办理热线工单500件。交办承办单位480件，直办20件。工单分类：求决类300件、咨询类100件、其他类60件。",
        "breakdown",
        "sum",
        False,
    ),
    # parts that each carry their own share, the shares adding to 100: the list is complete
    (
        "全年共受理信息公开申请80件。其中，网上申请60件，占75%；信函申请15件，占18.8%；当面申请4件，占6.2%。",
        "qizhong",
        "sum",
        False,
    ),
    (
        "全年共受理信息公开申请80件。其中，网上申请60件，占75%；信函申请15件，占18.8%；当面申请5件，占6.2%。",
        "qizhong",
        "sum",
        True,
    ),
    # the whole's own rate between it and 其中, the whole answered (已答复) a sentence back
    ("全年已答复申请50件，答复率为100%。其中予以公开30件，部分公开12件，不予公开10件。", "qizhong", "sum", False),
    # a yearly mean over a period whose years are written with its values (由2020年的…到2025年的…; 比2020年的…)
    ("全市一般公共预算收入由2020年的100亿元增加到2025年的150亿元，年均增长12%。", "change", "average_growth", False),
    ("全市一般公共预算收入由2020年的100亿元增加到2025年的150亿元，年均增长8.4%。", "change", "average_growth", True),
    ("2025年全市税收收入达到120亿元，比2020年的80亿元年均增长12%。", "change", "average_growth", False),
    ("2025年全市税收收入达到120亿元，比2020年的80亿元年均增长8.4%。", "change", "average_growth", True),
    # a yearly mean increase in the values' own unit: the period's change is that many years of it
    ("全市财政收入从2010年的1000亿元增加到2015年的2000亿元，平均每年增加250亿元。", "change", "growth", False),
    ("全市财政收入从2010年的1000亿元增加到2015年的2000亿元，平均每年增加200亿元。", "change", "growth", True),
    # count units of one class (个/座): a reservoir is one of the projects
    ("全年建设农村供水项目500个，其中小型水库30座、蓄水池等设施480个。", "qizhong", "sum", False),
    # shares after a head that names one breakdown of a whole (从…看，/ 在…中，), as after 其中
    (
        "全年共收到政府信息公开申请200件。从申请渠道看，网上申请占60%，信函申请占30%，当面申请占20%。",
        "qizhong_share",
        "share_sum",
        False,
    ),
    ("在办结的案件中，维持占55%，纠错占30%，驳回占15%。", "qizhong_share", "share_sum", True),
    # a named total written 合计 at the opening of its sentence closes the sentence before it when the parts there
    # name every member of a complete set (中央/地方); the change between them is no part
    (
        "拟安排中央财政赤字8300亿元，比上年增加1200亿元，同时同意地方发行3000亿元债券，由财政部代理发行。"
        "全国财政赤字合计12300亿元，占国内生产总值比重在3%以内。",
        "closing_total",
        "sum",
        False,
    ),
    (
        "拟安排中央财政赤字8300亿元，比上年增加1200亿元，同时同意地方发行3000亿元债券，由财政部代理发行。"
        "全国财政赤字合计11300亿元，占国内生产总值比重在3%以内。",
        "closing_total",
        "sum",
        True,
    ),
    # shares of GDP of sectors of different groups in one paragraph: at most 100% together
    (
        "全年工业增加值占地区生产总值比重提高到31.5%。服务业增加值占地区生产总值比重达78.2%。",
        "sector_share",
        "share_sum",
        False,
    ),
    (
        "全年工业增加值占地区生产总值比重提高到31.5%。服务业增加值占地区生产总值比重达52.2%。",
        "sector_share",
        "share_sum",
        True,
    ),
    # 其中 opening a sentence, its whole the one figure of the parts' unit in the sentence before, past a figure of
    # another unit
    (
        "全年共举办发布活动120场，领导出席发布会共计18人次。其中，专题发布会累计举行85场。",
        "qizhong",
        "part_whole",
        True,
    ),
    (
        "全年共举办发布活动120场，领导出席发布会共计18人次。其中，专题发布会累计举行150场。",
        "qizhong",
        "part_whole",
        False,
    ),
]

# (text, linker, kind): no relation of the kind that fails
MUST_NOT_FAIL = [
    # 其中 hangs from two figures: neither is the whole of all the parts
    ("全年产生行政复议案件6件和行政诉讼案件3件，其中行政复议结果维持5件，尚未审结1件。", "qizhong", "part_whole"),
    # categories that are no complete set: the parts need not make the whole
    ("办理市长信箱来信20件，其中满意15件，基本满意4件。", "qizhong", "sum"),
    ("全年安排专项债务限额5000亿元，其中中央专项债务3000亿元，省级专项债务1900亿元。", "qizhong", "sum"),
    # parts with their own changes that name no complete set need not make the whole
    (
        "全年完成工业总产值300亿元，增长5%。其中：汽车产业产值100亿元，增长2.8%；电子产业产值140亿元，增长5.2%。",
        "qizhong",
        "sum",
    ),
    # more than a sliver short, or a small whole one short: the list need not be complete
    ("全年发布政务信息240条，其中政府网站发布信息150条，政务微博发布信息85条。", "qizhong", "sum"),
    ("办理市长信箱来信20件，其中满意15件，基本满意4件。", "qizhong", "sum"),
    # a total that is itself a part of another breakdown (从…看) is no total of the classes after it
    ("从申请对象看，以乡镇为被申请人的案件共120件。从类型分类看，处罚类150件、许可类60件。", "breakdown", "part_whole"),
    # two figures the cue names: the parts hold on one of them, so nothing fails
    (
        "全年共受理申请事项59件，新收到申请事项47件。在收到的申请事项中，已答复55件，正在办理4件。",
        "named_whole",
        "sum",
    ),
    # no class count in the whole: parts with figures of their own between them need not be all of it
    (
        "全年查处违法案件900件。其中，无证经营案件数量为300件，罚款金额为120.5万元；超范围经营案件数量为250件。",
        "qizhong",
        "sum",
    ),
    # a class count the parts do not reach: the list is not all of the whole
    ("全年查处三类违法案件900件。其中，无证经营案件300件，超范围经营案件250件。", "qizhong", "sum"),
    # two breakdowns of one total split by ；: their figures are never added together
    (
        "本周共受理热线工单820件，比上周增长12.5%。交办承办单位500件，直办100件；按期回复580件、逾期回复20件。",
        "breakdown",
        "sum",
    ),
    # a classification without the rest need not be all of its total
    (
        "本月共办理热线工单500件。交办承办单位480件，直办20件。工单分类：求决类300件、咨询类100件、投诉类60件。",
        "breakdown",
        "sum",
    ),
    # shares that do not add to 100: the parts need not be all of the whole
    ("全年共受理信息公开申请80件。其中，网上申请60件，占75%；信函申请15件，占18.8%。", "qizhong", "sum"),
]

# (text, linker, kind)
MUST_NOT = [
    # the whole in the sentence before, with no total word, and parts that do not name it
    ("今年财政赤字1.8万亿元，比去年增加2000亿元。其中，教育支出1.2万亿元，卫生支出5000亿元。", "qizhong", "sum"),
    # a first figure far from the sum of the others is a category of its own
    ("全区梳理行政许可事项600项，行政确认事项250项，其他事项100项。", "breakdown", "sum"),
    # a carried-in figure in the sentence: the four-term identity reads it, not the open one
    ("全年收到申请42件，上年结转2件，已答复39件，结转下年度继续办理5件。", "prose_identity_open", "sum"),
    # 其中 after a change of its own, or a part without start and end: no pair of ends to compare
    (
        "全市汽车保有量由120万辆增至150万辆，增加30万辆，其中新能源汽车由8万辆增至36万辆。",
        "from_to_parts",
        "part_whole",
    ),
    ("全市汽车保有量由120万辆增至150万辆，其中新能源汽车36万辆。", "from_to_parts", "part_whole"),
    # a generic noun alone names no whole: 在行政诉讼案件中 is not the 行政复议案件's
    ("全年办理行政复议案件40件。在行政诉讼案件中，败诉3件，撤诉5件。", "named_whole", "part_whole"),
    # 中 inside a word after the figure's noun (中标, 中心) opens no parts
    ("全年有12个项目中标，8个项目开工。", "named_whole", "part_whole"),
    ("建成5个服务中心，有9个正在建设。", "named_whole", "part_whole"),
    # from further back only a label of four characters or more written whole in the cue: 审结 is too short,
    # 行政诉讼案件 is no 行政复议案件
    (
        "全年审结120件，结案率90%。行政复议是层级监督制度。相比诉讼，它更便捷。它的门槛也更低。\n\n"
        "在已审结的行政诉讼中，败诉130件，撤诉5件。",
        "named_whole",
        "part_whole",
    ),
    (
        "全年办理行政复议案件40件，结案率90%。行政复议是层级监督制度。相比诉讼，它更便捷。它的门槛也更低。\n\n"
        "在行政诉讼案件中，败诉43件，撤诉5件。",
        "named_whole",
        "part_whole",
    ),
    # a comparison base in the bracket is no part
    ("全年审理的案件300件（包括较上年增加的260件）已全部审结。", "bracket_parts", "part_whole"),
    # a mix ratio far from 100 is no structure of shares
    ("三次产业结构调整为1∶2∶3。", "structure", "share_sum"),
    ("产业结构调整中，三个产业分别增长3.1%、6.2%和5.8%。", "structure_percent", "share_sum"),
    # shares of different wholes after 其中 are never added
    (
        "全年完成投资900亿元，其中，工业投资占全市的45%，民间投资占全省的40%，技改投资占全国的30%。",
        "qizhong_share",
        "share_sum",
    ),
    # a change after 其中 is no share
    (
        "全年完成投资900亿元，其中，工业投资占比提高45%，民间投资占比提高40%，技改投资占比提高30%。",
        "qizhong_share",
        "share_sum",
    ),
    # projects started are no whole of those finished (older ones finish too)
    ("全年新开工重点项目300个、竣工350个。", "bounded_pair", "part_whole"),
    # cases carried over from last year may be closed too: 审结 above 受理 says nothing then
    ("全年受理行政复议申请60件，审结72件（含上年结转案件15件）。", "bounded_pair", "part_whole"),
    ("全年受理政府信息公开申请60件，办结72件。\n\n上年结转申请12件已全部办结。", "bounded_pair", "part_whole"),
    # closings are no bound of the year's intake, carried-over cases stated or not (a court closes last year's too)
    ("全年依法受理行政复议申请280件、审结290件。", "bounded_pair", "part_whole"),
    ("全市法院共受理一审行政案件966件，审结1160件。", "bounded_pair", "part_whole"),
    ("全年收到政府信息公开申请80件，办结86件。", "bounded_pair", "part_whole"),
    # figures after 分别 answer the items before it: no breakdown of the first
    ("五年淘汰落后甲类产能1亿吨、乙类产能5500万吨，今年力争分别淘汰3000万吨和3500万吨。", "breakdown", "sum"),
    # intake and graduates, students in school stated first: no bound written
    ("全年高等职业院校招生规模达到96万人，毕业生总数88万人。", "bounded_pair", "part_whole"),
    ("全年高等职业院校在校学生总数88万人，招生96万人。", "bounded_pair", "part_whole"),
    ("全年普通高校招生规模达到96万人，在校研究生总数38万人。", "bounded_pair", "part_whole"),
    # another unit, another thing; a count of cases still open is no decision
    ("全市经营主体总量达62.5万户，新增上市公司8家。", "bounded_pair", "part_whole"),
    ("全年办理行政复议50件，7件正在办理中。", "bounded_pair", "part_whole"),
    # 分别为 after a comparison base: the base is no whole of the parts
    ("全年纠错案件与上年的120件持平。结果分别为撤销40件，变更10件。", "breakdown", "sum"),
    ("全年纠错案件较上年的120件有所减少。结果分别为撤销40件，变更10件。", "breakdown", "sum"),
    # a yearly mean of another indicator; a yearly mean increase over a period that is not named
    (
        "2025年全市税收收入达到120亿元，比2020年的80亿元增加40亿元，规上工业增加值年均增长12%。",
        "change",
        "average_growth",
    ),
    ("全市财政收入从1000亿元增加到2000亿元，平均每年增加250亿元。", "change", "growth"),
    # a named 合计 over the sentence before: parts that name no complete set (中央/省级), a total of another name, a
    # total in the next paragraph
    (
        "拟安排中央财政赤字8300亿元，同时安排省级债券3000亿元。全国财政赤字合计12300亿元。",
        "closing_total",
        "sum",
    ),
    (
        "拟安排中央财政赤字8300亿元，同时同意地方发行3000亿元债券。全国财政收入合计12300亿元。",
        "closing_total",
        "sum",
    ),
    (
        "拟安排中央财政赤字8300亿元，同时同意地方发行3000亿元债券。\n\n全国财政赤字合计12300亿元。",
        "closing_total",
        "sum",
    ),
    # sectors of one group nest (制造业 within 工业); a sector's share of two years; a share of another whole; two
    # paragraphs: never added
    ("工业增加值占地区生产总值比重达40.5%。制造业增加值占地区生产总值比重达33.5%。", "sector_share", "share_sum"),
    (
        "服务业增加值占地区生产总值比重达52%。工业增加值占地区生产总值比重达28%，服务业增加值占地区生产总值比重达56%。",
        "sector_share",
        "share_sum",
    ),
    ("工业增加值占地区生产总值比重达40.5%。服务业增加值占全部税收比重达68.5%。", "sector_share", "share_sum"),
    ("工业增加值占地区生产总值比重达40.5%。\n\n服务业增加值占地区生产总值比重达68.5%。", "sector_share", "share_sum"),
    ("民营经济增加值占地区生产总值比重达60.5%。服务业增加值占地区生产总值比重达58.5%。", "sector_share", "share_sum"),
    (
        "工业增加值占地区生产总值比重从41.2%提高到42.5%。服务业增加值占地区生产总值比重达58.5%。",
        "sector_share",
        "share_sum",
    ),
    # after such a head too, shares of different wholes are never added
    ("从投资结构看，工业投资占60%，服务业投资占全省的30%，农业投资占全国的20%。", "qizhong_share", "share_sum"),
    # two figures of the parts' unit in the sentence before: which one 其中 hangs from is unclear
    (
        "全年通过网站发布信息2400条；通过微博发布信息1900条，累计阅读15万人次。其中，被中央媒体采用41条。",
        "qizhong",
        "part_whole",
    ),
]


@pytest.mark.parametrize(("text", "linker", "kind", "holds"), MUST)
def test_sums_linker_must_link(text: str, linker: str, kind: str, holds: bool | None) -> None:
    # a relation that holds may be found first by another linker ("*": any linker)
    found = _links(text)
    assert any(linker in (lk, "*") and kd == kind and h is holds for lk, kd, h, _ in found), found


@pytest.mark.parametrize(("text", "linker", "kind"), MUST_NOT_FAIL)
def test_sums_linker_must_not_fail(text: str, linker: str, kind: str) -> None:
    assert not any(lk == linker and kd == kind and h is False for lk, kd, h, _ in _links(text)), _links(text)


@pytest.mark.parametrize(("text", "linker", "kind"), MUST_NOT)
def test_sums_linker_must_not_link(text: str, linker: str, kind: str) -> None:
    assert not any(lk == linker and kd == kind for lk, kd, _, _ in _links(text)), _links(text)


def test_structure_shares_far_from_100_are_a_warning_near_ones_an_error() -> None:
    assert _raised("三次产业结构调整为6.2∶40.5∶65.3。", "share_sum") == ["warning"]
    assert _raised("三次产业结构调整为6.2∶40.5∶55.3。", "share_sum") == ["error"]


def test_a_nearly_complete_list_that_misses_is_a_warning_never_an_error() -> None:
    assert _raised("全年发布政务信息240条，其中政府网站发布信息150条，政务微博发布信息89条。", "sum_mismatch") == [
        "warning"
    ]


def test_a_complete_set_that_misses_is_an_error() -> None:
    text = "全年安排专项债务限额5000亿元，其中中央专项债务3000亿元，地方专项债务1900亿元。"
    assert _raised(text, "sum_mismatch") == ["error"]


def test_a_whole_read_across_figures_of_another_unit_is_a_warning_never_an_error() -> None:
    text = "全年共举办发布活动120场，领导出席发布会共计18人次。其中，专题发布会累计举行150场。"
    assert _raised(text, "part_exceeds_whole") == ["warning"]


# Precision families found on fresh real text (R20): a bracketed sub-breakdown, a chain of stages, a total then 包括.
# (text, linker, kind, holds): must link with that outcome
MUST_NESTED_STAGES_INCLUDING = [
    # a bracketed 其中 breaks down the part before it; the outer list goes on after the ）and is complete (其他)
    (
        "本年度主动公开政府信息40条，其中机构职能3条，财政资金8条（其中预算3条、决算5条），政策文件12条，其他信息17条。",
        "qizhong",
        "sum",
        True,
    ),
    (
        "本年度主动公开政府信息40条，其中机构职能3条，财政资金8条（其中预算3条、决算5条），政策文件12条，其他信息19条。",
        "qizhong",
        "sum",
        False,
    ),
    (
        "本年度主动公开政府信息40条，其中机构职能3条，财政资金8条(其中预算3条、决算5条)，政策文件12条，其他信息19条。",
        "qizhong",
        "sum",
        False,
    ),
    # ... and the bracket's own parts are of the part before it
    (
        "本年度主动公开政府信息40条，其中机构职能3条，财政资金8条（其中预算3条、决算5条），政策文件12条，其他信息17条。",
        "qizhong",
        "part_whole",
        True,
    ),
    (
        "本年度主动公开政府信息40条，其中机构职能3条，财政资金8条（其中预算3条、决算6条），政策文件12条，其他信息17条。",
        "qizhong",
        "sum",
        False,
    ),
    # a category and its negation at one stage stay siblings (受理 / 不予受理)
    ("全年共收到群众投诉600件，其中受理530件，不予受理70件。", "qizhong", "sum", True),
    # a total, a comma, then 包括 and its parts: the parts of that total, complete when the last is the rest
    (
        "全年通过门户网站发布各类信息共计620条，包括：工作动态300条，通知公告150条，政策解读共计70条，其他信息100条。",
        "qizhong",
        "sum",
        True,
    ),
    (
        "全年通过门户网站发布各类信息共计620条，包括：工作动态300条，通知公告150条，政策解读共计70条，其他信息140条。",
        "qizhong",
        "sum",
        False,
    ),
    (
        "全年通过门户网站发布各类信息共计620条,包括:工作动态300条,通知公告150条,政策解读70条,其他信息140条。",
        "qizhong",
        "sum",
        False,
    ),
    ("全年通过门户网站发布各类信息共计620条，包括工作动态300条、通知公告150条。", "qizhong", "sum", True),
]

# (text, linker, kind): must not link a relation that fails (the text is right)
MUST_NOT_FAIL_NESTED_STAGES = [
    # the figures after the ）are no parts of the bracketed part's whole, nor is the bracket's content of the outer
    (
        "本年度主动公开政府信息40条，其中机构职能3条，财政资金8条（其中预算3条、决算5条），政策文件12条，其他信息17条。",
        "qizhong",
        "part_whole",
    ),
    (
        "本年度主动公开政府信息40条，其中机构职能3条，财政资金8条（其中预算3条、决算5条），政策文件12条，其他信息17条。",
        "qizhong",
        "sum",
    ),
    (
        "本年度主动公开政府信息40条，其中机构职能3条，财政资金8条(其中预算3条、决算5条)，政策文件12条，其他信息17条。",
        "breakdown",
        "sum",
    ),
    # a later stage (办结, 审结, 结案) counts some of the accepted: no sibling of them
    ("全年共收到群众投诉600件，其中受理530件，办结510件。", "qizhong", "sum"),
    ("复议机关共收到行政复议申请95件，其中受理88件，审结80件。", "qizhong", "sum"),
    ("全年共接到举报线索74件，其中立案60件，结案52件。", "qizhong", "sum"),
]

# (text, linker, kind): must not link at all
MUST_NOT_INCLUDING = [
    # 包括 that opens no parts of the figure before it (a clause's object, a figure of another sentence)
    ("全年办理各类案件300件，依法查处违法行为，包括无证经营15件、超范围经营20件。", "qizhong", "sum"),
    ("全年办理各类案件300件。工作内容包括：宣传培训15场，现场检查20场。", "qizhong", "part_whole"),
]


@pytest.mark.parametrize(("text", "linker", "kind", "holds"), MUST_NESTED_STAGES_INCLUDING)
def test_nested_stages_including_must_link(text: str, linker: str, kind: str, holds: bool | None) -> None:
    found = _links(text)
    assert any(lk == linker and kd == kind and h is holds for lk, kd, h, _ in found), found


@pytest.mark.parametrize(("text", "linker", "kind"), MUST_NOT_FAIL_NESTED_STAGES)
def test_nested_stages_must_not_fail(text: str, linker: str, kind: str) -> None:
    assert not any(lk == linker and kd == kind and h is False for lk, kd, h, _ in _links(text)), _links(text)
    assert _raised(text, "sum_mismatch") == [] and _raised(text, "part_exceeds_whole") == []


@pytest.mark.parametrize(("text", "linker", "kind"), MUST_NOT_INCLUDING)
def test_including_must_not_link(text: str, linker: str, kind: str) -> None:
    assert not any(lk == linker and kd == kind for lk, kd, _, _ in _links(text)), _links(text)


def test_a_complete_list_after_including_that_misses_is_an_error() -> None:
    text = (
        "全年通过门户网站发布各类信息共计620条，包括：工作动态300条，通知公告150条，政策解读共计70条，其他信息140条。"
    )
    assert _raised(text, "sum_mismatch") == ["error"]


# A sum that meets a sibling of its run (判决书9份，调解书6份，决定书7份，通知书2份: 7 + 2 = 9) is a coincidence,
# not a breakdown: a figure of the list is the total of the figures after it only with a total word, with 其中 or
# 分别 between, or right before all of them. (text, linker, kind, holds): must link with that outcome
MUST_SIBLING_TOTAL = [
    ("法院累计送达文书9份，判决书5份，调解书1份，决定书3份。", "breakdown", "sum", True),
    ("全年受理案件120件，行政处罚100件，行政强制20件。", "breakdown", "sum", True),
    ("全年产生复议案件6件和诉讼案件3件，其中复议维持5件，尚在审理1件，诉讼维持3件。", "breakdown", "sum", True),
    (
        "以市场监管部门为被申请人的案件60件(食品安全类41件,价格类19件),较上年同类案件量27件明显增加。",
        "breakdown",
        "sum",
        True,
    ),
]
# (text, linker, kind): must not link
MUST_NOT_SIBLING_TOTAL = [
    ("法院送达判决书9份，调解书6份，决定书7份，通知书2份，函件3份。", "breakdown", "sum"),
    ("法院送达判决书8份，调解书6份，决定书5份，通知书1份，函件2份。", "breakdown", "sum"),
    ("改造乡镇卫生院800所、县医院1500所、县中医院500所和县妇幼保健院1000所。", "breakdown", "sum"),
]


@pytest.mark.parametrize(("text", "linker", "kind", "holds"), MUST_SIBLING_TOTAL)
def test_sibling_total_must_link(text: str, linker: str, kind: str, holds: bool | None) -> None:
    found = _links(text)
    assert any(lk == linker and kd == kind and h is holds for lk, kd, h, _ in found), found


@pytest.mark.parametrize(("text", "linker", "kind"), MUST_NOT_SIBLING_TOTAL)
def test_sibling_total_must_not_link(text: str, linker: str, kind: str) -> None:
    assert not any(lk == linker and kd == kind for lk, kd, _, _ in _links(text)), _links(text)
