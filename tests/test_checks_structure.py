"""The structure rules (heading_sequence, enumeration_count_mismatch, missing_required_section)
on texts written for the test in the genre's style: what each must flag, and the layouts and
phrasings of real reports that once raised false warnings and must not.
"""

from __future__ import annotations

import dataclasses

import pytest

from analyzer import Settings, analyze_text
from analyzer.checks.sections import is_about_the_report, is_cut_short, missing_required_section
from analyzer.outline import first_run, numbering_breaks
from analyzer.types import Genre, Severity

FAST = Settings(classify=False)
BODY = "全年围绕中心工作扎实推进各项任务，取得了新的进展。"


def _raised(text: str, rule: str) -> list[str]:
    report = analyze_text(text, FAST)
    return [f.severity.value for f in report.findings if f.rule == rule and f.severity is not Severity.INFO]


# --- heading_sequence ---------------------------------------------------------------------

TABLE3_HEAD = f"一、总体情况\n{BODY}\n二、主动公开政府信息情况\n{BODY}\n三、收到和处理政府信息公开申请情况\n"

HEADINGS_MUST_FLAG = [
    ("level 1 skips", f"一、总体情况\n{BODY}\n二、主要做法\n{BODY}\n四、下一步打算\n{BODY}\n"),
    (
        "run-in level 2 skips",
        f"三、2026年重点工作\n（一）扩大有效需求。{BODY}\n（二）培育发展新动能。{BODY}\n（四）深化重点领域改革。{BODY}\n",
    ),
    (
        "markdown headings repeat",
        f"## 一、总体情况\n{BODY}\n## 二、主动公开情况\n{BODY}\n## 二、依申请公开情况\n{BODY}\n",
    ),
    (
        "a real skip after table rows",
        TABLE3_HEAD + "一、本年新收申请数量 | 5 | 0 |\n二、上年结转申请数量 | 0 | 0 |\n"
        f"五、存在的主要问题及改进情况\n{BODY}\n",
    ),
    (
        "a restart that never returns",
        (
            f"一、总体情况\n{BODY}\n二、主要举措\n（一）健全制度\n{BODY}\n（二）规范执法\n{BODY}\n（三）强化监督\n{BODY}\n"
            f"（一）加强培训\n{BODY}\n（二）完善考核\n{BODY}\n"
        ),
    ),
]

HEADINGS_MUST_NOT_FLAG = [
    (
        "pipe rows of table 3 between headings",
        TABLE3_HEAD + "| 申请人情况 | 自然人 | 法人 | 总计 |\n一、本年新收政府信息公开申请数量 | 12 | 0 | 12 |\n"
        "二、上年结转政府信息公开申请数量 | 1 | 0 | 1 |\n三、本年度办理结果 | | | |\n（一）予以公开 | 8 | 0 | 8 |\n"
        "四、结转下年度继续办理 | 0 | 0 | 0 |\n四、政府信息公开行政复议、行政诉讼情况\n"
        + BODY
        + "\n五、存在的主要问题及改进情况\n"
        + BODY,
    ),
    (
        "an excerpt cut inside a table",
        TABLE3_HEAD + "| 自然人 | 法人 | 总计 |\n一、本年新收政府信息公开申请数量 | 3 | 0 | 3 |\n二、上年结转政府信",
    ),
    (
        "one cell per line",
        TABLE3_HEAD + "自然人 |\n法人或其他组织 |\n一、本年新收政府信息公开申请数量 |\n|\n4 |\n"
        "二、上年结转政府信息公开申请数量 |\n|\n0 |\n三、本年度办理结果 |\n（一）予以公开 |\n|\n2 |\n（二）部分公开",
    ),
    (
        "markdown headings as row titles",
        TABLE3_HEAD.replace("一、", "## 一、").replace("二、", "## 二、").replace("三、", "## 三、")
        + "### 一、本年新收政府信息公开申请数量\n| 类别 | 数据1 |\n|---|---|\n| 本年新收 | 64 |\n"
        "### 二、上年结转政府信息公开申请数量\n| 类别 | 数据1 |\n|---|---|\n| 上年结转 | 2 |\n### 三、本年度办理结果\n"
        "### （五）不予处理\n| 类别 | 数据1 |\n|---|---|\n| 重复申请 | 1 |\n### （六）其他\n| 类别 | 数据1 |\n|---|---|\n"
        "| 其他 | 3 |\n## 四、政府信息公开行政复议、行政诉讼情况\n"
        + BODY
        + "\n## 五、存在的主要问题及改进情况\n"
        + BODY,
    ),
    (
        "contents joined by commas",
        (
            "一、概况,(一)夯实工作基础,(二)拓展公开渠道,二、主动公开情况,(一)公开范围,三、依申请公开情况,四、问题和改进,\n"
            f"一、概况\n{BODY}\n二、主动公开情况\n{BODY}\n三、依申请公开情况\n{BODY}\n四、问题和改进\n{BODY}\n"
        ),
    ),
    (
        "a list nested inside an item",
        (
            f"一、总体情况\n{BODY}\n二、主要举措\n（一）健全制度体系\n{BODY}印发实施方案，明确两项任务：\n"
            f"（一）清理规范性文件\n（二）修订权责清单\n（二）规范执法行为\n{BODY}\n（三）强化监督问责\n{BODY}\n"
        ),
    ),
]


NESTED_L1 = (
    f"一、主要负责人履行推进法治建设第一责任人职责情况\n{BODY}\n二、推进法治政府建设的主要举措和成效\n{BODY}"
    "区政府印发实施方案，明确：\n一、健全依法决策机制\n二、规范行政执法行为\n三、强化权力运行监督\n"
    f"三、存在的不足和原因\n{BODY}\n四、2025年推进法治政府建设的主要安排\n{BODY}\n五、其他需要报告的情况\n{BODY}\n"
)
HEADINGS_MUST_NOT_FLAG.append(("a 一、 list inside a part, then the part's 三、", NESTED_L1))


def test_outline_a_nested_list_of_parts_is_no_new_block():
    from analyzer.outline import find_headings

    heads = find_headings(NESTED_L1 + f"附件\n一、名词解释\n{BODY}\n二、数据说明\n{BODY}\n")
    assert [(h.label, h.block) for h in heads if h.label] == [
        ("一", 0), ("二", 0), ("三", 0), ("四", 0), ("五", 0), ("一", 1), ("二", 1)
    ]  # fmt: skip
    # the same restart without the outer 三、 after it is a new block (an appendix without 附件)
    alone = find_headings(f"一、工作回顾\n{BODY}\n二、重点任务\n{BODY}\n一、名词解释\n{BODY}\n二、数据说明\n{BODY}\n")
    assert [h.block for h in alone] == [0, 0, 1, 1]


@pytest.mark.parametrize(("case", "text"), HEADINGS_MUST_FLAG, ids=[c[0] for c in HEADINGS_MUST_FLAG])
def test_heading_sequence_flags(case, text):
    assert "warning" in _raised(text, "heading_sequence"), case


@pytest.mark.parametrize(("case", "text"), HEADINGS_MUST_NOT_FLAG, ids=[c[0] for c in HEADINGS_MUST_NOT_FLAG])
def test_heading_sequence_stays_silent(case, text):
    assert _raised(text, "heading_sequence") == [], case


def test_heading_sequence_still_checks_the_headings_around_table_rows():
    report = analyze_text(HEADINGS_MUST_NOT_FLAG[0][1], FAST)
    assert [h.title[:4] for h in report.headings if h.level == 1] == [
        "总体情况",
        "主动公开",
        "收到和处",
        "政府信息",
        "存在的主",
    ]
    assert any(v.rule == "heading_sequence" for v in report.verified)


# --- numbering with nested lists ----------------------------------------------------------

BREAKS = [
    ([1, 2, 3], True, []),
    ([1, 2, 4], True, [(2, 3)]),
    ([1, 2, 2], True, [(2, 3)]),
    ([2, 3], True, [(0, 1)]),
    ([1, 1, 2, 2, 3], True, []),  # 一是 … 其中一是、二是 … 二是 三是
    ([1, 2, 1, 2, 3], True, []),  # a new list: restarts are fine for 一是
    ([1, 2, 3, 1, 2], False, [(3, 4)]),  # headings: a restart that never returns is a step back
    ([1, 2, 1, 2, 3], False, []),  # headings: a nested list, then the outer 三 (it continues both)
    ([1, 1, 2, 2, 3], False, []),
    ([1, None, None], True, []),  # 首先 … 最后
]


@pytest.mark.parametrize(("numbers", "restart_ok", "expected"), BREAKS)
def test_numbering_breaks(numbers, restart_ok, expected):
    assert [(b.index, b.expected) for b in numbering_breaks(numbers, restart_ok=restart_ok)] == expected


def test_first_run_skips_nested_lists_and_stops_at_a_break():
    assert first_run([1, 1, 2, 2, 3]) == [0, 3, 4]
    assert first_run([1, 2, 1, 2, 3]) == [0, 1]  # 一是 二是. 一是 二是 三是: a second list
    assert first_run([1, 2, 4, 5]) == [0, 1]
    assert first_run([2, 3]) == []


# --- enumeration_count_mismatch -----------------------------------------------------------

ENUM_MUST_FLAG = [
    ("more items than the count", "error", "确定重大行政决策事项3件，涉及教育、供水、养老、停车等方面。"),
    ("a closed list one short", "warning", "全年制定规范性文件4件，分别为《a办法》、《b细则》、《c规定》。"),
    ("是-items short of the count", "warning", "重点抓好三个方面工作：一是健全制度；二是规范执法。"),
    ("是-items beyond the count", "error", "着力抓好两项工作：一是健全制度；二是规范执法；三是强化监督。"),
    ("half-width ; does not hide a skip", "warning", "下一步，一是健全制度;二是规范执法;四是强化监督。"),
    ("首先 items short of the count", "warning", "从三个方面推进：首先，健全制度；其次，规范执法。"),
    (
        "inline 一、 labels short of the count",
        "warning",
        "报告共分四个部分：一、工作回顾。二、总体要求。三、重点任务。",
    ),
    (
        "a list closed by 等 and its count, one short",
        "warning",
        "年度报告分为总体情况、主动公开、依申请公开、问题及改进、其他事项等六个部分。",
    ),
    ("a list closed by 共 and its count", "warning", "全文由工作回顾、主要目标、重点任务共四个部分构成。"),
]

ENUM_MUST_NOT_FLAG = [
    ("a breakdown, not a list", "规划设置了18项主要指标，包括11项预期性指标、7项约束性指标。"),
    ("an article number", "严格落实《条例》第十条，即主动公开、依申请公开。"),
    ("一方面 … 另一方面", "重点从两个方面发力：一方面加强培训、考核、督查、评估、通报，另一方面完善制度、规范流程。"),
    ("half-width ; between 是-items", "重点抓好三个方面工作:一是健全制度;二是规范执法;三是强化监督。"),
    ("首先 standing for 一是", "下一步，首先要加强学习；二是完善制度；三是强化监督。"),
    ("a list nested inside an item", "一是健全制度，其中：一是修订规章，二是清理文件；二是规范执法；三是强化监督。"),
    ("inline 一、 labels", "报告共分三个部分：一、工作回顾。二、总体要求。三、重点任务。"),
    (
        "a part's name holds a 、",
        "本报告由总体情况、主动公开情况、政府信息公开行政复议、行政诉讼情况、其他事项共四个部分组成。",
    ),
    ("a count not bound to the list", "围绕质量、效益、安全设置6项指标。"),
    ("examples before 等 and a larger count", "围绕教育、医疗等十个方面组织实施。"),
    ("a count inside the last item", "从创新、协调、绿色三个维度设置了十二项指标。"),
    ("a plan period", "“十四五”规划包括三个方面：一是扩大内需；二是优化结构；三是改善民生。"),
    ("一是 in a new paragraph", "一是健全制度。二是规范执法。\n一是加强培训。二是完善考核。"),
    ("其次 in a 一是 list is no item", "一是加强学习，其次是完善制度；二是强化监督。"),
]


@pytest.mark.parametrize(("case", "severity", "text"), ENUM_MUST_FLAG, ids=[c[0] for c in ENUM_MUST_FLAG])
def test_enumeration_flags(case, severity, text):
    assert severity in _raised(text, "enumeration_count_mismatch"), case


@pytest.mark.parametrize(("case", "text"), ENUM_MUST_NOT_FLAG, ids=[c[0] for c in ENUM_MUST_NOT_FLAG])
def test_enumeration_stays_silent(case, text):
    assert _raised(text, "enumeration_count_mismatch") == [], case


@pytest.mark.parametrize(
    "text",
    [
        "重点抓好三个方面工作:一是健全制度;二是规范执法;三是强化监督。",
        "重点从两个方面发力：一方面加强培训、考核、督查、评估、通报，另一方面完善制度、规范流程。",
        "报告共分三个部分：一、工作回顾。二、总体要求。三、重点任务。",
    ],
)
def test_enumeration_numbered_items_are_verified(text):
    report = analyze_text(text, FAST)
    assert [v for v in report.verified if v.rule == "enumeration_count_mismatch"], report.findings


# --- missing_required_section ----------------------------------------------------------------

FAZHI_TITLE = "某区人民政府关于2024年法治政府建设情况的报告\n"
FAZHI_PARTS_BUT_SHORTCOMINGS = (
    f"一、主要负责人履行推进法治建设第一责任人职责情况\n{BODY}\n二、推进法治政府建设的主要举措和成效\n{BODY}\n"
    f"三、2025年推进法治政府建设的主要安排\n{BODY}\n四、其他需要报告的情况\n{BODY}\n"
)
INFO_TITLE = "某县人民政府2024年政府信息公开工作年度报告\n"
INFO_WITHOUT_PROACTIVE = (
    f"一、总体情况\n{BODY}\n三、收到和处理政府信息公开申请情况\n{BODY}\n四、政府信息公开行政复议、行政诉讼情况\n{BODY}\n"
    f"五、存在的主要问题及改进情况\n{BODY}\n六、其他需要报告的事项\n{BODY}\n"
)

SECTIONS_MUST_FLAG = [
    ("a 法治 report without its shortcomings", FAZHI_TITLE + FAZHI_PARTS_BUT_SHORTCOMINGS),
    (
        "one without its shortcomings, with a list of parts inside a part",
        FAZHI_TITLE + NESTED_L1.replace(f"三、存在的不足和原因\n{BODY}\n四、", "三、").replace("五、", "四、"),
    ),
    ("an 信息公开 report without 主动公开", INFO_TITLE + INFO_WITHOUT_PROACTIVE),
]

SECTIONS_MUST_NOT_FLAG = [
    ("a whole report with a list of parts inside a part", FAZHI_TITLE + NESTED_L1),
    (
        "a 解读 page",
        "关于《某区2024年法治政府建设情况的报告》的政策解读\n一、起草背景\n"
        + BODY
        + "\n二、主要举措和成效\n"
        + BODY
        + "\n三、下一步工作安排\n"
        + BODY
        + "\n",
    ),
    (
        "news of the session",
        "县人大会议开幕 县长作政府工作报告\n本报记者 王某\n一、法治政府建设主要举措和成效\n"
        + BODY
        + "\n二、存在的不足\n"
        + BODY
        + "\n三、下一步安排\n"
        + BODY
        + "\n",
    ),
    (
        "an excerpt cut mid-sentence",
        FAZHI_TITLE + f"一、推进法治政府建设的主要举措和成效\n{BODY}\n二、存在的不足和原因\n{BODY}\n"
        "三、2025年推进法治政府建设的主要安排\n一是深入学习贯彻习近平法治思想，持续推进",
    ),
    (
        "a 行政复议 page that reads like an 信息公开 report",
        INFO_TITLE.replace("政府信息公开工作年度报告", "行政复议工作情况")
        + "一、案件受理情况\n受理政府信息公开类行政复议申请5件。\n"
        "二、被申请人情况\n" + BODY + "\n三、申请复议的事项\n" + BODY + "\n四、案件审理情况\n" + BODY + "\n",
    ),
]


def _as_genre(text: str, genre: Genre):
    report = analyze_text(text, FAST)
    return dataclasses.replace(report, meta=dataclasses.replace(report.meta, genre=genre))


@pytest.mark.parametrize(("case", "text"), SECTIONS_MUST_FLAG, ids=[c[0] for c in SECTIONS_MUST_FLAG])
def test_missing_required_section_flags(case, text):
    assert "warning" in _raised(text, "missing_required_section"), case


@pytest.mark.parametrize(("case", "text"), SECTIONS_MUST_NOT_FLAG, ids=[c[0] for c in SECTIONS_MUST_NOT_FLAG])
@pytest.mark.parametrize("genre", [Genre.FAZHI_ANNUAL, Genre.INFO_DISCLOSURE_ANNUAL])
def test_missing_required_section_leaves_what_is_not_the_report(case, text, genre):
    # judged as either genre (so the test does not rest on how meta guesses the genre)
    report = _as_genre(text, genre)
    found = [f for f in missing_required_section(report, FAST) if getattr(f, "severity", None) is Severity.WARNING]
    assert found == [], case


def test_missing_required_section_must_flag_cases_are_judged_by_the_same_function():
    report = _as_genre(FAZHI_TITLE + FAZHI_PARTS_BUT_SHORTCOMINGS, Genre.FAZHI_ANNUAL)
    found = [f for f in missing_required_section(report, FAST) if getattr(f, "severity", None) is Severity.WARNING]
    assert [f.expected for f in found] == ["存在的不足和原因"]


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("……持续推进", False),  # too short to be a cut sentence
        ("全年办结申请12件，按时办结率100%。", False),
        ("某县人民政府\n2025年1月20日", False),
        ("某县人民政府办公室2025年1月20日", False),
        ("二、上年结转政府信息公开申请数量情况说明如下并持续推进各项工作的开", True),
    ],
)
def test_is_cut_short(text, cut):
    assert is_cut_short(text) is cut


def test_is_about_the_report_reads_the_opening_only():
    body = "三是提高政策解读效能，" + BODY * 10
    assert not is_about_the_report(analyze_text("一、总体情况\n" + body * 2, FAST))
    assert is_about_the_report(analyze_text("关于《某县报告》的解读\n一、起草背景\n" + BODY, FAST))


# --- the word lists ---------------------------------------------------------------------------


def test_structure_word_lists_name_file_and_line_on_a_bad_row(monkeypatch):
    from analyzer import data
    from analyzer.checks import enumeration, sections
    from analyzer.errors import DataFileError

    shipped = data.read_text
    bad = {
        "ordinal_words.tsv": "first\t1\t首先\nfirst\tsecond\t其次\n",
        "required_sections.tsv": "fazhi_annual\tduty\tsevere\t第一责任人职责\n",
    }
    monkeypatch.setattr(data, "read_text", lambda name: bad.get(name) or shipped(name))
    for build, name in (
        (enumeration._patterns, "ordinal_words.tsv:2"),
        (sections._required, "required_sections.tsv:1"),
    ):
        build.cache_clear()
        with pytest.raises(DataFileError) as exc:
            build()
        assert name in str(exc.value)
        build.cache_clear()


@pytest.mark.parametrize(
    ("text", "verified"),
    [
        ("推动沿江、沿河、沿湖、沿海四大片区协同发展。", True),
        ("牢固树立“担当作为、马上就办、久久为功”三种意识。", True),
        ("从创新、协调、绿色、开放、共享五个维度设置指标。", True),
        # a count that is not the list's: nothing said, nothing verified
        ("推动沿江、沿河、沿湖、沿海三大片区协同发展。", False),
        # items that are counts themselves are a breakdown, not a list
        ("建成学校3所、医院2所、养老院4所三大类设施。", False),
    ],
)
def test_checks_enumeration_list_then_count(text, verified):
    report = analyze_text(text, Settings(classify=False))
    rows = [v for v in report.verified if v.rule == "enumeration_count_mismatch"]
    assert bool(rows) is verified, rows
    assert not [f for f in report.findings if f.rule == "enumeration_count_mismatch"]


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        # a quoted list counted right after its closing quote, one item short
        ("牢固树立“担当作为、马上就办、久久为功”四种意识。", True),
        # a count of characters, not of the items
        ("在“巩固、增强、提升、畅通”八个字上下功夫。", False),
        # unquoted: the count may be of something else, nothing said
        ("推动沿江、沿河、沿湖三大片区和十个园区发展。", False),
    ],
)
def test_checks_enumeration_quoted_list_against_its_count(text, warned):
    report = analyze_text(text, Settings(classify=False))
    found = [f for f in report.findings if f.rule == "enumeration_count_mismatch"]
    assert [f.severity for f in found] == ([Severity.WARNING] if warned else [])
