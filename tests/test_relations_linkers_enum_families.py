"""Linker ``enumeration``: the list families read from the dev and tune halves of the relation benchmark.

One table per family, two halves: MUST (the count is linked to its list, with this outcome and this finding
when it fails) and MUST_NOT (no count of that sentence is linked to a list it does not match, and no warning).
Every sentence is written for the test in the genres' style (none copied from a real report).
"""

from __future__ import annotations

import pytest
from test_relations_linkers_enum import FAST, _raised

from analyzer import analyze_text
from analyzer.relations import graph
from analyzer.types import Severity

W = Severity.WARNING


def _enums(text: str) -> list[tuple[bool | None, str, float, float]]:
    report = analyze_text(text, FAST)
    return [
        (k.outcome.holds, k.relation.name, k.relation.operands[0].interval.low, k.relation.operands[0].interval.high)
        for k in graph(report).links
        if k.relation.linker == "enumeration"
    ]


# (family, case, text, the count linked, holds, severity of the finding when it fails)
MUST = [
    # the items open the lines after the colon, each with a paragraph of its own under it
    (
        "next lines",
        "是-items on the lines after the colon",
        "今年政府工作要重点把握好3个方面：\n一是坚持稳中求进。\n稳字当头，把握好节奏。\n"
        "二是坚持改革创新。\n以改革破解发展难题。\n三是坚持人民至上。\n办好民生实事。\n",
        "3个方面",
        True,
        None,
    ),
    (
        "next lines",
        "a 是-list inside one item's paragraph is a list of its own",
        "今年政府工作要重点把握好4个方面：\n一是坚持稳中求进。\n二是坚持改革创新。一是深化国企改革。二是优化营商环境。\n"
        "三是坚持扩大开放。\n四是坚持人民至上。\n",
        "4个方面",
        True,
        None,
    ),
    (
        "next lines",
        "是-items on the lines after the colon, one short",
        "今年政府工作要重点把握好4个方面：\n一是坚持稳中求进。\n稳字当头，把握好节奏。\n"
        "二是坚持改革创新。\n以改革破解发展难题。\n三是坚持人民至上。\n办好民生实事。\n",
        "4个方面",
        False,
        W,
    ),
    # 一要…二要… lists
    (
        "要-items",
        "要-items of the count",
        "重点抓好三项工作：一要稳定就业；二要扩大消费；三要保障民生。",
        "三项工作",
        True,
        None,
    ),
    (
        "要-items",
        "要-items one short of the count",
        "重点抓好四项工作：一要稳定就业；二要扩大消费；三要保障民生。",
        "四项工作",
        False,
        W,
    ),
    # titles in 《》 right before their count
    (
        "titles",
        "titles with 等 and their count",
        "提请市人大常委会审议《城市绿化条例》《物业管理条例》《养犬管理条例》等3件地方性法规草案。",
        "3件",
        True,
        None,
    ),
    (
        "titles",
        "titles joined by 、",
        "制定《行政执法公示办法》、《行政执法全过程记录办法》2部规章。",
        "2部",
        True,
        None,
    ),
    (
        "titles",
        "three titles with 等, counted one more",
        "提请市人大常委会审议《城市绿化条例》《物业管理条例》《养犬管理条例》等4件地方性法规草案。",
        "4件",
        False,
        W,
    ),
    (
        "titles",
        "two titles, counted one more",
        "制定《行政执法公示办法》《行政执法全过程记录办法》3部规章。",
        "3部",
        False,
        W,
    ),
    # 共N家，分别是A、B和C
    (
        "家",
        "a count of institutions, then their names",
        "划入生产经营类的事业单位共3家，分别是县勘察设计院、县广播网络中心和县物业服务中心。",
        "3家",
        True,
        None,
    ),
    (
        "家",
        "a count of institutions, two more than named",
        "划入生产经营类的事业单位共5家，分别是县勘察设计院、县广播网络中心和县物业服务中心。",
        "5家",
        False,
        W,
    ),
    # a quoted list named by a character every item holds, or by 措
    ("short name", "a character every item holds", "构建“智算、通算、超算”三算协同发展格局。", "三算", True, None),
    ("short name", "一体 after the short name", "推动“算力、算法、算料、算网”四算一体发展。", "四算", True, None),
    (
        "short name",
        "a character every item holds, one short",
        "构建“智算、通算、超算”四算协同发展格局。",
        "四算",
        False,
        W,
    ),
    (
        "short name",
        "措 counts measures",
        "坚持“拓展通道、完善物流、提升平台、优化服务”四措并举，建设内陆开放高地。",
        "四措",
        True,
        None,
    ),
    (
        "short name",
        "措 one more than the measures",
        "坚持“拓展通道、完善物流、提升平台、优化服务”五措并举，建设内陆开放高地。",
        "五措",
        False,
        W,
    ),
    # the rest of the sentence lists items that each repeat the counted noun
    (
        "repeated noun",
        "items grouped by direction, each ending in the noun",
        "规划建设6条出省综合运输通道，东向沿江通道、沪渝通道，西向川藏通道，南向西部陆海通道、滇黔通道，北向陕甘通道。",
        "6条",
        True,
        None,
    ),
    (
        "repeated noun",
        "items each ending in the noun, one short",
        "规划建设7条出省综合运输通道，东向沿江通道、沪渝通道，西向川藏通道，南向西部陆海通道、滇黔通道，北向陕甘通道。",
        "7条",
        False,
        W,
    ),
    # a named count whose clauses each repeat its name
    (
        "named count",
        "clauses each repeating the name",
        "财政支出要做到“三个高于”，即：教育投入高于上年，科技投入高于上年，农业投入高于上年。",
        "三个",
        True,
        None,
    ),
    (
        "named count",
        "clauses each repeating the name, one short",
        "财政支出要做到“四个高于”，即：教育投入高于上年，科技投入高于上年，农业投入高于上年。",
        "四个",
        False,
        W,
    ),
    # a count of measures closing its paragraph, its items the headings or 是-paragraphs after it (no 以下)
    (
        "paragraph end",
        "headings after a count of measures",
        "今年重点抓好三个方面工作。\n（一）扩大内需，推动消费回升。\n（二）深化改革，激发市场活力。\n"
        "（三）改善民生，兜牢基本底线。\n",
        "三个方面",
        True,
        None,
    ),
    (
        "paragraph end",
        "是-paragraphs after a count of links",
        "全年着重抓好三个环节。\n\n一是\n淘汰落后产能。\n\n二是\n推进技术改造。\n\n三是\n培育新兴产业。\n",
        "三个",
        True,
        None,
    ),
    # a glossary entry: a term with a count, a colon closing its line, its definition a 、-list on the next line
    (
        "glossary",
        "a term's count and its definition line",
        "注释\n［3］四张清单：\n项目储备清单、开工清单、在建清单、竣工清单。\n",
        "四张",
        True,
        None,
    ),
    (
        "glossary",
        "指 and a last item joined by 和",
        "注释\n5.“三大行动”：\n指基础教育扩优行动、高等教育跃升行动和职业教育提质行动。\n",
        "三大",
        True,
        None,
    ),
    (
        "glossary",
        "a definition one item short",
        "注释\n［20］四个一批：\n谋划一批、开工一批、建成一批。\n",
        "四个",
        False,
        W,
    ),
    # two examples ending in 等 right before a count: at least two items, the count bounds them from above
    ("examples", "two examples ending in 等", "实施城东、城西等6个片区改造工程。", "6个", True, None),
    # a total that names how many classes it has, its classes the ；-clauses after 其中
    (
        "class total",
        "the classes after 其中, one ；-clause each",
        "全年三类案件总数为120件。其中，甲类案件50件；乙类案件40件；丙类案件30件。",
        "三类",
        True,
        None,
    ),
    (
        "class total",
        "one class short",
        "全年四类案件总数为120件，同比增长5%。其中，甲类案件50件，罚款12万元；乙类案件40件；丙类案件30件。",
        "四类",
        False,
        W,
    ),
    # a slogan of falls and rises, each half against the clauses of its sentence before it stating one
    (
        "falls and rises",
        "two falls and two rises",
        "全年全区盗窃警情同比下降，交通事故同比下降，破案数同比上升，群众满意度同比提升，呈现“两降两升”良好态势。",
        "两降",
        True,
        None,
    ),
    (
        "falls and rises",
        "one fall short, a quoted run aside",
        "全年全区盗窃警情同比下降（实现“五连降”），破案数同比上升，满意度同比提升，呈现“两降两升”良好态势。",
        "两降",
        False,
        W,
    ),
    # a named count closing its line, its items repeating the name: the clauses of the next line, or the lines opening
    # with the name
    (
        "named lines",
        "the clauses of the next line",
        "注释\n［27］五个必须：\n必须维护权威，必须维护团结，必须遵循程序，必须服从决定，必须管好身边人员。\n",
        "五个",
        True,
        None,
    ),
    (
        "named lines",
        "one clause short",
        "注释\n［27］五个必须：\n必须维护权威，必须维护团结，必须遵循程序，必须服从决定。\n",
        "五个",
        False,
        W,
    ),
    (
        "named lines",
        "lines opening with the name, paragraphs between",
        "做到“三个聚焦”：\n聚焦对外开放，建设开放高地。\n全面落实总体方案，扩大制度型开放。\n"
        "聚焦高质量发展，打造现代化产业体系。\n以新发展理念为引领。\n聚焦民生福祉，办好民生实事。\n",
        "三个",
        True,
        None,
    ),
    (
        "named lines",
        "dashed lines",
        "做到“两个更加注重”：\n——更加注重战略引领。\n——更加注重改革创新。\n",
        "两个",
        True,
        None,
    ),
    # places right before a count of them by their kind (两市, 3乡, 四省)
    ("place count", "two cities", "统筹省级资金，支持临川、南丰两县实施避险搬迁项目。", "两县", True, None),
    ("place count", "three townships", "全面完成东坝、西坝、南坝3乡电网延伸工程。", "3乡", True, None),
    ("place count", "one township short", "全面完成东坝、西坝、南坝4乡电网延伸工程。", "4乡", False, W),
    (
        "paragraph end",
        "a short verb after a count of aspects",
        "重点从三个方面实现突破。\n一是推动产业升级。\n二是扩大有效投资。\n三是增进民生福祉。\n",
        "三个方面",
        True,
        None,
    ),
    (
        "paragraph end",
        "a quoted count",
        "奋力实现“三个新突破”。\n一是在扩大内需上实现新突破。\n二是在产业升级上实现新突破。\n三是在改革开放上实现新突破。\n",
        "三个",
        True,
        None,
    ),
    # one character per item, right before a count of as many (else no link: a word, not a slip)
    ("character run", "a quoted run of one-character items", "深化“政会银企”四方合作机制。", "四方", True, None),
    ("character run", "levels before N级", "政务服务大厅实现省市县乡四级全覆盖。", "四级", True, None),
    # three or more items right before a quoted count of a noun no classifier names, linked where they agree
    ("quoted count", "three items before “三融合”", "推进城乡社区自治、法治、德治“三融合”。", "三融", True, None),
    ("quoted count", "examples ending in 等", "培育生物制造、氢能、脑机接口等“四新”未来产业。", "四新", True, None),
    # the measures listed right before a quoted count of their moves: two are enough, 双 is two
    ("quoted moves", "two measures before “双下降”", "全县火灾起数、受灾户数实现“双下降”。", "双下降", True, None),
    (
        "quoted moves",
        "a last item joined by 和",
        "电信诈骗立案数、涉案金额和受害人数实现“三下降”。",
        "三下降",
        True,
        None,
    ),
    (
        "quoted moves",
        "the years of a run before the verb",
        "群众安全感、满意度连续8年实现“双提升”。",
        "双提升",
        True,
        None,
    ),
    ("quoted moves", "three measures in step", "坚持线索核查、舆情处置、矛盾化解“三同步”。", "三同步", True, None),
    ("quoted moves", "a measure short", "全年交通事故起数、死亡人数实现“三下降”。", "三下降", False, W),
    # a short Latin token inside an item (5G网络, 3D打印) is one unit of it, no stop of the list
    (
        "latin token",
        "5G inside an item",
        "全县行政村实现冷链物流、5G网络、四好农村路“三个全覆盖”。",
        "三个",
        True,
        None,
    ),
    ("latin token", "an item short", "建成AI算力中心、5G基站、冷链仓储四大设施。", "四大", False, W),
    # a list closed by 等 right before its count: the items may be long names of measures
    (
        "long items before 等",
        "names of measures longer than fourteen characters",
        "跨境数据流动分类分级管理办法、离岸贸易真实性审核操作指引、外籍人才工作许可便利化实施细则等3项制度出台。",
        "3项",
        True,
        None,
    ),
    (
        "glossary",
        "a term and its definition on one line, ，-clauses",
        "名词解释\n20.2026年3件民生实事：加大就业支持力度，提高低保标准，改善饮水条件。\n",
        "3件",
        True,
        None,
    ),
    (
        "glossary",
        "on one line, 、-items, one short",
        "名词解释\n26.治安“四张图”：态势感知图、风险隐患图、可用资源图。\n",
        "四张",
        False,
        W,
    ),
    # amounts passed right before a count of steps
    ("steps", "two amounts, two steps", "全市经济总量连续迈上3万亿元、4万亿元两个台阶。", "两个台阶", True, None),
    ("steps", "two amounts, three steps", "全市经济总量连续迈上3万亿元、4万亿元三个台阶。", "三个台阶", False, W),
    (
        "quoted count",
        "a one-character prefix in the quotes",
        "电动汽车、锂电池、光伏产品“新三样”出口增长18%。",
        "三样",
        True,
        None,
    ),
    (
        "place count",
        "three places (地 counts three or more)",
        "城东、城西、城南三地联席会议常态化运行。",
        "三地",
        True,
        None,
    ),
    (
        "list before a count",
        "a quoted word inside an item",
        "出台商品目录、税收政策、“二线口岸”管理办法3项配套制度。",
        "3项",
        True,
        None,
    ),
    # a count marked with its note: the note's glossary entry lists the items
    (
        "noted count",
        "the count as its note lists it",
        "狠抓“四个一批”［1］项目攻坚。\n注释\n［1］四个一批：\n谋划一批、开工一批、建设一批、竣工一批。\n",
        "四个",
        True,
        None,
    ),
    (
        "noted count",
        "a count its note lists one fewer of",
        "做实“六张清单”［2］管理。\n注释\n［2］五张清单：\n储备清单、开工清单、在建清单、竣工清单、投产清单。\n",
        "六张",
        False,
        W,
    ),
]


MUST += [
    # a sentence with 以下 announces the list the lines after it hold, as a colon does
    (
        "announced",
        "以下 … 。 then 是-items after a blank line",
        "做好今年工作，要把握好以下三点。\n\n一是稳增长。\n\n二是调结构。\n\n三是惠民生。\n",
        "三点",
        True,
        None,
    ),
    (
        "announced",
        "以下 … 。 then （一） lines, one short",
        "今年重点抓好以下四个方面工作。\n（一）扩大内需，推动消费回升。\n（二）深化改革，激发市场活力。\n"
        "（三）改善民生，办好实事。\n",
        "四个方面",
        False,
        W,
    ),
    (
        "announced",
        "第一，… items after 以下",
        "做好今年政府工作，要把握好以下三点。\n第一，稳定宏观政策。\n第二，深化改革开放。\n第三，保障改善民生。\n",
        "三点",
        True,
        None,
    ),
    (
        "numbered lines",
        "（一） lines after a colon",
        "重点抓好三个方面：\n（一）扩大内需，推动消费回升。\n（二）深化改革，激发市场活力。\n（三）改善民生，办好实事。\n",
        "三个方面",
        True,
        None,
    ),
]


MUST += [
    # two items joined by one 和 (与, 及) opening their clause, right before a count of two
    ("pair", "two items joined by 和", "更好调动市级和区级两个积极性。", "两个", True, None),
    ("pair", "two items joined by 与", "规划指标分为预期性与约束性两大类。", "两大", True, None),
    ("pair", "a quoted pair before 两端", "坚持“扩大有效需求与优化要素供给”两端发力。", "两端", True, None),
    ("pair", "a pair before 两手", "坚持宣传和执法两手抓。", "两手", True, None),
]


MUST += [
    # two items read from their clause's start (the verb opens the first), one short of the count after them
    ("two read whole", "two items, their count", "全力推进城东、城西2个片区更新改造。", "2个", True, None),
    (
        "two read whole",
        "two items after a comma, one short",
        "加快老城改造，推进城东、城西3个片区更新。",
        "3个",
        False,
        W,
    ),
    (
        "two read whole",
        "two items opening a sentence, one short",
        "统筹城乡发展。做强临江、望海三个区域中心城市。",
        "三个",
        False,
        W,
    ),
    (
        "two read whole",
        "the last of two joined by 和, one short",
        "做优金融保险、现代物流和文化旅游四大产业。",
        "四大",
        False,
        W,
    ),
    (
        "two read whole",
        "the last of two joined by 和, its count",
        "做优金融保险、现代物流和文化旅游三大产业。",
        "三大",
        True,
        None,
    ),
    # a run of levels right after a verb opening its clause (or a clause mark): one level left out
    ("character run", "levels one short of 五级", "政务服务大厅实现省市县乡五级全覆盖。", "五级", False, W),
    ("character run", "levels after 完成, one short", "完成省市县四级志书编纂出版。", "四级", False, W),
    (
        "character run",
        "levels opening a sentence, one short",
        "文化服务更加便利。县乡三级服务网络基本建成。",
        "三级",
        False,
        W,
    ),
    # three or more items, 实现, then a quoted count of them
    ("verb before a quoted count", "its count", "农村公路、寄递网点、充电设施实现“三个全覆盖”。", "三个", True, None),
    ("verb before a quoted count", "one short", "农村公路、寄递网点、充电设施实现“四个全覆盖”。", "四个", False, W),
]


def _plan(heading: str, subs: int) -> str:
    """A work plan whose second part is ``heading`` with ``subs`` numbered sub-headings under it."""
    cn = "一二三四五"
    body = "".join(f"（{cn[i]}）推进第{cn[i]}方面任务\n落实各项部署。\n" for i in range(subs))
    return f"2025年工作安排\n\n一、总体要求\n坚持稳中求进。\n二、{heading}\n今年做好以下工作。\n{body}三、加强自身建设\n坚持依法行政。"


MUST += [
    ("heading", "sub-headings under a count of tasks", _plan("全力抓好三项重点工作", 3), "三项", True, None),
    ("heading", "sub-headings one short of the count", _plan("全力抓好四项重点工作", 3), "四项", False, W),
    ("heading", "a count of tasks after other words", _plan("落实五大战略定位和使命任务", 5), "五大", True, None),
]

# (family, case, text)
MUST_NOT = [
    (
        "announced",
        "no 以下: the sentence ends the count",
        "今年重点抓好四个方面工作。\n（一）扩大内需，推动消费回升。\n（二）深化改革，激发市场活力。\n",
    ),
    ("announced", "第一批 is no item", "公布以下三批名单。\n第一批共12个村。\n第二批共8个村。\n"),
    (
        "pair",
        "the pair ends a 、-list: the count may be of its last item",
        "提高低保、特困人员、孤儿与残疾人两项补贴。",
    ),
    ("pair", "two joins: where the pair starts is unclear", "巩固和发展城镇和农村两个市场。"),
    ("pair", "a count of three after a pair", "统筹城镇和农村三个市场。"),
    ("pair", "a quoted word closes the last item, not the pair", "围绕“稳就业”和保民生两端发力。"),
    ("pair", "两手 after one item", "坚持“科技”两手并用。"),
    ("pair", "a count of months", "坚持整治和巡查两个月。"),
    ("heading", "a numeral cut from a longer one", _plan("深入学习贯彻党的二十大精神", 2)),
    ("heading", "a count of things, not of tasks", _plan("坚决打好三大攻坚战", 2)),
    ("heading", "more sub-headings than the count", _plan("做好两项重点工作", 3)),
    ("heading", "another count before it in the heading", _plan("围绕5个领域抓好四项重点工作", 3)),
    ("list before a count", "a heading's label is no item", _plan("做好两项重点工作", 0) + "\n四、完善两项制度"),
    (
        "next lines",
        "the line after the colon is no item",
        "重点把握好3个方面：\n全年推进各项改革。\n一是稳增长。\n二是促改革。\n",
    ),
    (
        "要-items",
        "more measures than the aspects the sentence before names",
        "必须从增加供给和抑制需求两方面采取措施。一要扩大生产。二要控制出口。三要健全储备。四要加强监管。",
    ),
    ("要-items", "三要素 is no item", "加强合同审查，确保主体、内容、形式三要素齐全。二要素缺失的一律退回。"),
    ("titles", "一批 is no count", "推出《山海情深》《青山作证》等一批优秀文艺作品。"),
    (
        "titles",
        "the count of the last titles only",
        "修订《城市绿化条例》《物业管理条例》《养犬管理条例》两部规章和一部条例。",
    ),
    ("titles", "three titles, a count of years", "《城市绿化条例》《物业管理条例》《养犬管理条例》施行3年来成效明显。"),
    ("short name", "a character no item holds", "建设“智慧、绿色、人文”三城。"),
    ("short name", "a count of characters", "牢记“忠诚、干净、担当”六字要求。"),
    ("short name", "a count of years", "实施“强基、提质、增效”三年行动。"),
    ("repeated noun", "the last item goes on with a verb", "新建4个口袋公园，城东公园、城西公园已建成开放。"),
    ("repeated noun", "one item only", "建设3条出省通道，东向沿江通道。"),
    ("repeated noun", "two items of a count of four: examples", "新建4个口袋公园，城东公园、城西公园。"),
    ("repeated noun", "items of another noun", "新建4个口袋公园，城东广场、城西绿地、城南公园。"),
    ("named count", "a clause without the name", "坚持“两个确保”，即：确保安全生产，兼顾发展效率。"),
    ("named count", "no 即 or colon after the name", "坚持“三个高于”要求，教育投入高于上年，科技投入高于上年。"),
    (
        "paragraph end",
        "a count of things, not of measures",
        "全年十方面民生实事圆满完成。\n（一）扩大内需，推动消费回升。\n（二）深化改革，激发市场活力。\n",
    ),
    (
        "paragraph end",
        "more headings than the count",
        "今年重点抓好两个方面工作。\n（一）扩大内需。\n（二）深化改革。\n（三）改善民生。\n",
    ),
    (
        "paragraph end",
        "fewer 是-paragraphs than the count: another list",
        "全年着重抓好四个环节。\n\n一是\n淘汰落后产能。\n\n二是\n推进技术改造。\n",
    ),
    ("glossary", "a definition in prose", "注释\n［6］三大工程：\n推进城市更新、乡村振兴、生态修复，加强统筹。\n"),
    ("glossary", "a term without a count", "注释\n［7］两新：\n大规模设备更新和消费品以旧换新。\n"),
    ("glossary", "a count of years", "注释\n［8］三年行动：\n强基、提质、增效、扩面。\n"),
    ("examples", "two examples read back to a figure", "建成高铁120公里、城际铁路等5条线路。"),
    ("examples", "one example", "实施城东片区等6个片区改造工程。"),
    ("class total", "the classes joined by commas", "三类案件总数为120件。其中，甲类案件50件，乙类案件70件。"),
    (
        "class total",
        "a ；-clause without a figure",
        "四类案件总数为120件。其中，甲类案件50件；乙类案件70件；其余正在办理。",
    ),
    ("falls and rises", "no fall stated before it", "全年生产安全事故实现“双下降”，火灾呈现“一降三减”良好态势。"),
    ("falls and rises", "the items after it (即…)", "全年行政应诉呈现“两降一升”，即案件数量、败诉率下降，出庭率提升。"),
    (
        "falls and rises",
        "more falls than the count: an earlier clause is about something else",
        "企业成本持续降低，盗窃警情同比下降，交通事故同比下降，破案数同比上升，呈现“一降一升”态势。",
    ),
    (
        "named lines",
        "fewer lines open with the name: an item worded apart",
        "做到“三个更加注重”：\n——更加注重战略引领。\n——更加注重改革创新。\n——突出民生导向。\n",
    ),
    (
        "named lines",
        "the line after the colon is no item",
        "做到“两个聚焦”：\n全年推进改革。\n聚焦开放。\n聚焦发展。\n",
    ),
    ("named lines", "a count of years", "实施“三年行动”：\n行动一年见效。\n行动两年巩固。\n"),
    ("place count", "两地 is no count of the items before it", "推动电子证照、检查结果两地互认。"),
    ("place count", "a count of cities after figures", "新增国家级园区2个、省级园区5个两市共建。"),
    (
        "paragraph end",
        "a long tail after a count of aspects",
        "全年十个方面民生实事全部圆满完成。\n一是扩大就业。\n二是改善住房。\n",
    ),
    ("character run", "a quoted word of another length", "高质量共建“一带一路”八项行动。"),
    ("character run", "乡镇 is one level", "建成乡镇村两级便民服务站。"),
    ("character run", "a count of years after a quoted word", "实施“强基提质”三年行动。"),
    ("quoted count", "two items before a quoted count", "开展适龄女孩疫苗接种、妇女“两癌”筛查。"),
    ("quoted count", "fewer items than the quoted count, no 等", "推进城乡社区自治、法治、德治“四融合”。"),
    ("quoted count", "more items than the quoted count", "推进自治、法治、德治、共治“三融合”。"),
    ("latin token", "a decimal before the letter is a figure", "新建冷链仓储、2.5G基站、算力中心四大设施。"),
    ("quoted moves", "more measures than the count", "全年交通事故起数、死亡人数、受伤人数“双下降”。"),
    ("quoted moves", "the figures fell in another clause", "交通事故、火灾分别下降3%、5%，实现“双下降”。"),
    ("quoted moves", "a quoted run is no count of measures", "刑事案件、治安案件实现“五连降”。"),
    (
        "long items before 等",
        "a quoted count: a programme whose items a note spells out",
        "实施高标准农田建设与耕地质量提升工程、种业振兴等“五大行动”。",
    ),
    (
        "glossary",
        "on one line, prose with commas",
        "名词解释\n6.六大科技专项：省委全会明确提出，要实施前沿科技攻坚行动。\n",
    ),
    (
        "glossary",
        "on one line, ，-clauses one short",
        "名词解释\n20.2026年4件民生实事：加大就业支持力度，提高低保标准，改善饮水条件。\n",
    ),
    ("steps", "one amount before the count", "全市经济总量迈上4万亿元的两个台阶之一。"),
    ("steps", "amounts of another count", "全年投资3万亿元、消费4万亿元，实现两个突破。"),
    ("place count", "两地 after a pair", "推动电子证照和检查结果两地互认。"),
    (
        "list before a count",
        "a count joined to the list as an item of its own",
        "办好沙滩运动会、国际电影节、“三月三”及十大赛事。",
    ),
    ("two read whole", "two items after a counted list in their sentence", "建成县、乡两级和园区、高校三类服务站。"),
    ("two read whole", "two items after a comma and a counted list", "覆盖省、市、县三级，园区、高校三类服务站。"),
    ("two read whole", "two items cut after a figure", "新增国家级园区2个和城东、城西3个片区。"),
    ("two read whole", "two items, the first holding 和", "统筹城市和农村、山区三个市场。"),
    ("two read whole", "two items, a count of a grade", "升级市人民医院、市中医院为三级医院。"),
    (
        "two read whole",
        "two items, the count inside an item of a longer list",
        "加快城北光伏、城南3个风电场、城西储能项目建设。",
    ),
    ("two read whole", "two items, the count before 等", "办好全市职工运动会、青少年3个球类联赛等赛事。"),
    ("two read whole", "two items, a name holding a numeral", "办好全市职工运动会、青少年三大球联赛。"),
    ("two read whole", "two items, a slogan without quotes", "坚持党的领导、践行三个代表重要思想。"),
    # (a quoted count right after two items counts them since session 27: tests/test_relations_enumeration_noted.py)
    ("two read whole", "two items, the end of a quoted list", "破解“人多、地少，投入高、产出低”三大矛盾。"),
    ("two read whole", "two items, two short", "加快老城改造，推进城东、城西4个片区更新。"),
    ("two read whole", "two items read back to no clause mark", "新增5个园区和城东、城西3个片区。"),
    ("character run", "a level before the run (国省市县)", "推进国省市县四级干线公路养护。"),
    ("character run", "a word before the run (地市县)", "健全地市县三级联动机制。"),
    ("character run", "levels two short", "实现省市六级全覆盖。"),
    ("verb before a quoted count", "two items before 实现", "农村公路、寄递网点实现“三个全覆盖”。"),
    ("verb before a quoted count", "an unquoted count after 实现", "农村公路、寄递网点、充电设施实现四个全覆盖。"),
    (
        "verb before a quoted count",
        "another verb before the quoted count",
        "农村公路、寄递网点、充电设施达到“四个标准”。",
    ),
    (
        "noted count",
        "a note whose definition is prose",
        "深化“三项联动”［1］治理。\n注释\n［1］三项联动：\n以社区为平台，联动社会工作者和社区志愿者的治理模式。\n",
    ),
]


@pytest.mark.parametrize(
    ("family", "case", "text", "count", "holds", "severity"), MUST, ids=[f"{c[0]}: {c[1]}" for c in MUST]
)
def test_family_links(family, case, text, count, holds, severity):  # type: ignore[no-untyped-def]
    found = [e for e in _enums(text) if e[1] == count]
    assert found and {h for h, *_ in found} == {holds}, (family, case, _enums(text))
    assert _raised(text) == ([severity] if severity is not None else []), (family, case)


@pytest.mark.parametrize(("family", "case", "text"), MUST_NOT, ids=[f"{c[0]}: {c[1]}" for c in MUST_NOT])
def test_family_does_not_link(family, case, text):  # type: ignore[no-untyped-def]
    assert [e for e in _enums(text) if e[0] is not True] == [], (family, case)
    assert _raised(text) == [], (family, case)


# the must-not sentences that must not link at all (a false link would show as verified)
NOT_AT_ALL = [
    c
    for c in MUST_NOT
    if c[0]
    in (
        "titles",
        "short name",
        "repeated noun",
        "named count",
        "heading",
        "list before a count",
        "pair",
        "paragraph end",
        "examples",
        "class total",
        "falls and rises",
        "named lines",
        "place count",
        "character run",
        "quoted count",
        "steps",
        "noted count",
        "quoted moves",
        "long items before 等",
        "latin token",
        "verb before a quoted count",
    )
]


@pytest.mark.parametrize(("family", "case", "text"), NOT_AT_ALL, ids=[f"{c[0]}: {c[1]}" for c in NOT_AT_ALL])
def test_family_links_nothing_there(family, case, text):  # type: ignore[no-untyped-def]
    assert _enums(text) == [], (family, case)


# the numbering of 一要…/第一，… lists, checked like that of 一是… (a skipped or repeated number: warning)
NUMBERING = [
    ("要-items skipping a number", "下一步，一要加强学习。二要完善制度。四要强化监督。", [W]),
    ("第一，… skipping a number", "下一步工作如下。第一，加强学习。第二，完善制度。第四，强化监督。", [W]),
    ("要-items in order", "下一步，一要加强学习。二要完善制度。三要强化监督。", []),
    ("三要素 is no item", "下一步，一是加强学习。二是完善制度。三要素齐全的予以受理。三是强化监督。", []),
    ("第三批 is no item", "下一步，一是加强学习。二是完善制度。第三批名单另行公布。三是强化监督。", []),
]


@pytest.mark.parametrize(("case", "text", "severities"), NUMBERING, ids=[c[0] for c in NUMBERING])
def test_numbering_of_new_markers(case, text, severities):  # type: ignore[no-untyped-def]
    assert _raised(text) == severities, case
