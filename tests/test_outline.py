"""Outline: GB/T 9704 headings (must find / must not find), blocks, sections, and the real reports."""

from __future__ import annotations

import pytest
from conftest import REAL, real_files

from analyzer.ingest import from_text, read_file
from analyzer.outline import build_sections, cn_to_int, find_headings

INTRO = "2024年，我区坚持依法行政，扎实推进法治政府建设各项工作，现将有关情况报告如下。\n"


def heads(text: str) -> list[tuple[int, str, str]]:
    return [(h.level, h.label, h.title) for h in find_headings(text)]


# --- must find ---------------------------------------------------------------------

MUST_FIND = [
    (
        "line headings, four levels",
        "一、主要工作\n（一）强化学习\n1.集中学法\n（1）会前学法\n",
        [(1, "一", "主要工作"), (2, "一", "强化学习"), (3, "1", "集中学法"), (4, "1", "会前学法")],
    ),
    ("indented", "    一、主要工作\n\u3000\u3000（二）严格决策\n", [(1, "一", "主要工作"), (2, "二", "严格决策")]),
    ("run-in level 2", "（一）协同优化政府职能。一是精简审批事项，二是下放权限。\n", [(2, "一", "协同优化政府职能")]),
    (
        "run-in level 3",
        "1.深化放管服改革。按照部署推进审批标准化。\n2.实施清单管理。梳理形成清单。\n",
        [(3, "1", "深化放管服改革"), (3, "2", "实施清单管理")],
    ),
    ("half-width brackets", "(一)主动公开情况\n(1)发布信息\n", [(2, "一", "主动公开情况"), (4, "1", "发布信息")]),
    ("1、 and full-width dot", "1、加强领导\n2．完善制度\n", [(3, "1", "加强领导"), (3, "2", "完善制度")]),
    ("numbers past ten", "十一、其他事项\n（十二）安全生产\n", [(1, "十一", "其他事项"), (2, "十二", "安全生产")]),
    ("heading ending in 。", "（三）持续深化改革。\n正文继续。\n", [(2, "三", "持续深化改革")]),
    (
        "traditional characters",
        INTRO + "“十四五”時期工作回顧\n" + "五年來各項事業取得新進展。" * 4 + "\n（一）擴大內需\n",
        [(1, "", "“十四五”時期工作回顧"), (2, "一", "擴大內需")],
    ),
    ("a skip is kept (for heading_sequence)", "一、甲\n三、丙\n", [(1, "一", "甲"), (1, "三", "丙")]),
    (
        "unnumbered parts",
        INTRO + "“十四五”时期工作回顾\n" + "五年来各项事业取得新进展。" * 4 + "\n2026年重点工作\n（一）扩大内需\n",
        [(1, "", "“十四五”时期工作回顾"), (1, "", "2026年重点工作"), (2, "一", "扩大内需")],
    ),
]

# --- must not find ----------------------------------------------------------------

MUST_NOT_FIND = [
    ("一是 items", "一是加强学习。二是严格决策。\n一是、二是都不是标题\n"),
    ("decimal", "1.5万件行政复议案件已办结。\n2. 0版本上线\n"),
    ("table rows", "| 一、本年新收申请数量 | 3 |\n一、合计 | 29 | 100%\n"),
    (
        "long numbered paragraph",
        "1.通过以工代赈方式发放劳务报酬，带动当地群众就近就业增收，全年惠及农村劳动力超过十万人次并持续巩固成果。\n",
    ),
    ("stray 3. without 1.", "3.其他事项\n"),
    ("stray （4） without （1）", "（4）其他情况\n"),
    ("numbers inside a line", "全年共办理一、二审案件29件，其中1.行政复议5件。\n"),
    ("percent after the label", "1.%\n"),
    ("title line before any text", "2024年度法治政府建设工作安排\n" + INTRO),
    ("unnumbered line with punctuation", INTRO + "产业结构持续优化。\n" + "正文。" * 20),
    ("unnumbered line without a heading word", INTRO + "生态底色更加亮丽\n" + "正文。" * 20),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in MUST_FIND], ids=[c[0] for c in MUST_FIND])
def test_outline_finds_headings(text, expected):
    assert heads(text) == expected


@pytest.mark.parametrize("text", [c[1] for c in MUST_NOT_FIND], ids=[c[0] for c in MUST_NOT_FIND])
def test_outline_rejects_false_headings(text):
    assert heads(text) == []


def test_outline_numbered_list_with_a_paragraph_item_is_not_headings():
    long_item = "实现城镇新增就业十八万人以上，发布就业岗位二十万个，开展补贴性职业技能培训，惠及重点群体并持续推进。"
    text = INTRO + "附件\n民生实事\n1.建设养老床位。\n2." + long_item + "\n3.新建公办幼儿园。\n"
    assert [h.level for h in find_headings(text)] == [1]


def test_outline_unnumbered_line_after_numbered_part_is_not_a_heading():
    text = "一、工作回顾\n" + "正文内容较长的一段话，说明各项工作的情况。" * 3 + "\n2026年重点工作\n" + "正文。" * 20
    assert heads(text) == [(1, "一", "工作回顾")]


def test_outline_offsets_cover_label_and_title():
    text = "前言。\n   （一）协同优化政府职能。一是精简。\n二、下一步\n"
    for h in find_headings(text):
        span = text[h.start : h.end]
        assert span.endswith(h.title)
        assert h.label in span
        assert span.strip() == span


@pytest.mark.parametrize(
    ("label", "n"), [("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("九十九", 99), ("3", 3), ("是", None)]
)
def test_outline_cn_to_int(label, n):
    assert cn_to_int(label) == n


def test_outline_appendix_is_a_new_block():
    text = (
        INTRO
        + "一、工作回顾\n正文。\n二、工作安排\n正文。\n三、自身建设\n正文。\n附件1\n十件民生实事\n一、提高救助水平。\n正文。\n二、建设养老服务。\n"
    )
    hs = find_headings(text)
    assert [(h.level, h.label, h.block) for h in hs] == [
        (1, "一", 0),
        (1, "二", 0),
        (1, "三", 0),
        (1, "", 1),
        (1, "一", 1),
        (1, "二", 1),
    ]
    assert hs[3].title == "附件1 十件民生实事"
    assert text[hs[3].start : hs[3].end] == "附件1\n十件民生实事"


def test_outline_restart_without_marker_is_a_new_block():
    hs = find_headings("一、甲\n二、乙\n三、丙\n一、丁\n二、戊\n")
    assert [h.block for h in hs] == [0, 0, 0, 1, 1]


def test_outline_sections_ids_levels_and_spans():
    text = "标题\n前言。\n一、甲\n正文\n二、乙\n（一）子一\n1.细目\n（二）子二\n三、丙\n"
    hs = find_headings(text)
    secs = build_sections(text, hs)
    assert [(s.id, s.level) for s in secs] == [
        ("0", 0),
        ("1", 1),
        ("2", 1),
        ("2.1", 2),
        ("2.1.1", 3),
        ("2.2", 2),
        ("3", 1),
    ]
    by_id = {s.id: s for s in secs}
    assert by_id["0"].start == 0 and by_id["0"].end == hs[0].start
    assert by_id["2"].end == by_id["3"].start  # 二 runs to 三
    assert by_id["2.1"].end == by_id["2.2"].start  # （一） ends at （二）, past its 1.
    assert by_id["3"].end == len(text)
    assert by_id["2.1"].heading == "子一"
    assert all(s.category is None and s.topics == () for s in secs)


def test_outline_no_level0_section_when_text_starts_with_heading():
    text = "一、甲\n正文"
    secs = build_sections(text, find_headings(text))
    assert [s.id for s in secs] == ["1"]


def test_outline_no_headings_gives_one_section():
    secs = build_sections("只有正文。", ())
    assert [(s.id, s.level, s.start, s.end) for s in secs] == [("0", 0, 0, 5)]


def test_outline_level3_directly_under_level1():
    secs = build_sections("一、甲\n1.乙\n2.丙\n", find_headings("一、甲\n1.乙\n2.丙\n"))
    assert [s.id for s in secs] == ["1", "1.1", "1.2"]


def test_outline_pipeline_text_from_text():
    doc = from_text("    一、主要工作\r\n（一）强化学习。全年学法１６次。\n")
    assert heads(doc.text) == [(1, "一", "主要工作"), (2, "一", "强化学习")]


# --- real reports ----------------------------------------------------------------------

# top-level headings counted by reading each file (main text, block 0)
PROVINCIAL_TOP = {
    "上海市": 4, "云南省": 3, "内蒙古自治区": 6, "北京市": 3, "吉林省": 4, "四川省": 3, "天津市": 3,
    "宁夏回族自治区": 3, "安徽省": 3, "山东省": 3, "山西省": 4, "广东省": 3, "广西壮族自治区": 3,
    "新疆维吾尔自治区": 4, "江苏省": 3, "江西省": 3, "河北省": 3, "河南省": 3, "浙江省": 3, "海南省": 4,
    "湖北省": 4, "湖南省": 4, "甘肃省": 3, "福建省": 4, "西藏自治区": 3, "贵州省": 3, "辽宁省": 3,
    "重庆市": 4, "陕西省": 3, "青海省": 3, "黑龙江省": 4,
}  # fmt: skip
NATIONAL_TOP = {
    2000: 10, 2001: 10, 2002: 8, 2003: 2, 2004: 3, 2005: 7, 2006: 3, 2007: 6, 2008: 2, 2009: 3, 2010: 2,
    2011: 3, 2012: 3, 2013: 3, 2014: 3, 2015: 6, 2016: 3, 2017: 3, 2018: 3, 2019: 3, 2021: 3, 2022: 3,
    2023: 2, 2024: 3, 2025: 3,
}  # fmt: skip


def _top(path):
    doc = read_file(path)
    hs = find_headings(doc.text)
    build_sections(doc.text, hs)  # must not fail either
    return doc, [h for h in hs if h.level == 1 and h.block == 0]


@pytest.mark.real
@pytest.mark.parametrize("path", real_files("provincial_2026"), ids=lambda p: p.name.split("_")[0])
def test_outline_provincial_top_level(path):
    doc, top = _top(path)
    assert len(top) == PROVINCIAL_TOP[path.name.split("_")[0]]
    for h in top:
        assert doc.text[h.start : h.end].endswith(h.title)


@pytest.mark.real
@pytest.mark.parametrize("path", real_files("national"), ids=lambda p: p.name[:4])
def test_outline_national_top_level(path):
    _, top = _top(path)
    assert len(top) == NATIONAL_TOP[int(path.name[:4])]
    assert [h.label for h in top] == ["一二三四五六七八九十"[i] for i in range(len(top))]


@pytest.mark.real
def test_outline_gansu_unnumbered_parts(real_dir):
    doc, top = _top(real_dir / "provincial_2026" / "甘肃省_2026_政府工作报告.txt")
    assert all(h.label == "" for h in top)
    assert any("十四五" in h.title for h in top) and any(h.title.startswith("2026年") for h in top)
    assert sum(1 for h in find_headings(doc.text) if h.level == 2) >= 8


@pytest.mark.real
def test_outline_guangdong_appendix_restarts(real_dir):
    doc, _ = _top(real_dir / "provincial_2026" / "广东省_2026_政府工作报告.txt")
    hs = find_headings(doc.text)
    appendix_l1 = [h for h in hs if h.block == 1 and h.label]
    assert len(appendix_l1) == 10 and appendix_l1[0].label == "一"
    assert [h.label for h in hs if h.level == 1 and h.block == 0] == ["一", "二", "三"]


@pytest.mark.real
def test_outline_real_folders_present():
    if not REAL.is_dir():
        pytest.skip(f"real reports not found at {REAL}")
    assert len(real_files("provincial_2026")) == len(PROVINCIAL_TOP)
    assert len(real_files("national")) == len(NATIONAL_TOP)


def test_outline_label_prefilter_keeps_every_line_a_label_pattern_matches():
    # the first-character look-up before the label patterns: on every line where one of them matches at the start,
    # it lets them be tried (lines of the real reports, lines written here, and every single first character of the
    # Basic Multilingual Plane, Unicode digits and full-width brackets among them)
    from analyzer import outline

    lines = [
        "一、总体情况",
        "（二）主要做法",
        "(3)其他",
        "１．全年办结",
        "٣、事项",
        "十、",
        "",
        "　一、缩进",
        "我市今年",
    ]
    for path in [*real_files("national"), *real_files("provincial_2026")]:
        lines += path.read_text(encoding="utf-8").split("\n")
    lines += [chr(c) + "、a" for c in range(0x20, 0xFFFF) if not 0xD800 <= c < 0xE000]
    lines += [chr(c) + "1）" for c in range(0x20, 0xFFFF) if not 0xD800 <= c < 0xE000]
    for line in lines:
        if any(p.match(line) for _, p in outline._LEVEL_PATTERNS):
            assert outline._level_patterns(line) == outline._LEVEL_PATTERNS, line
