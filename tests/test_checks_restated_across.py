"""cross_document_mismatch for restated figures: one indicator, region and year in two documents.

The documents are of this project's own writing, in the style of a province's
政府工作报告 of 2025 (reviewing 2024) and of 2026 (reviewing 2025).
"""

from __future__ import annotations

import json

import pytest

from analyzer import analyze_text
from analyzer.checks import check_corpus
from analyzer.checks.restated_across import restated_facts

RULE = "cross_document_mismatch"


def _report(region: str, delivered: int, body: str, name: str = ""):
    text = (
        f"{region}{delivered}年政府工作报告\n"
        f"——{delivered}年1月20日在{region}第十四届人民代表大会会议上\n"
        f"一、{delivered - 1}年工作回顾\n{body}\n"
    )
    return analyze_text(text, path=name or f"{region}_{delivered}.txt")


# the first statement: 江南省's 2025 report, reviewing 2024
FIRST = (
    "过去一年，全省经济运行稳中有进。地区生产总值达到5.36万亿元，增长5.2%。"
    "粮食产量748.6亿斤，再创历史新高。一般公共预算收入3120亿元。\n"
    "二、2025年主要目标\n地区生产总值增长6%左右，粮食产量稳定在750亿斤以上。"
)

MUST = [
    # (case, the 2026 report's sentence restating a 2024 figure, the restated text, the first statement's text)
    ("gdp restated in a later review", "2024年地区生产总值5.26万亿元。", "5.26万亿元", "5.36万亿元"),
    ("grain base of a comparison", "粮食产量达到752.3亿斤，比2024年的743.6亿斤增加8.7亿斤。", "743.6亿斤", "748.6亿斤"),
    ("grain in another unit", "2024年粮食产量3720万吨。", "3720万吨", "748.6亿斤"),
    ("the base of 比上年增加", "粮食产量752.3亿斤，比上年增加8.7亿斤。", "比上年增加8.7亿斤", "748.6亿斤"),
]


@pytest.mark.parametrize(("case", "later", "restated", "first"), MUST, ids=[c[0] for c in MUST])
def test_restated_differently_is_reported_with_both_spans(case, later, restated, first):
    a = _report("江南省", 2025, FIRST)
    b = _report("江南省", 2026, "过去一年，全省经济回升向好。" + later)
    [f] = check_corpus([a, b])
    assert f.rule == RULE
    assert f.message.startswith("江南省_2026.txt") and "江南省_2025.txt" in f.message and "2024年" in f.message
    later_span, first_span = f.evidence
    assert restated in later_span.text and b.text[later_span.start : later_span.end] == later_span.text
    assert first in first_span.text and a.text[first_span.start : first_span.end] == first_span.text


MUST_NOT = [
    ("within rounding", FIRST, "2024年地区生产总值53620亿元，增长5.24%。"),
    ("a target against a result", FIRST, "过去一年，地区生产总值增长5.0%。"),
    ("nominal against unmarked growth", FIRST, "2024年地区生产总值名义增长4.2%。"),
    ("a period average against a year", FIRST, "过去五年，地区生产总值年均增长4.1%。"),
    ("a growth against a year, not its value", FIRST, "粮食产量比2024年增长2.1%。"),
    ("another year", FIRST, "2023年地区生产总值5.26万亿元。"),
    ("from X to Y: Y is not of X's year", FIRST, "地区生产总值从2024年的5.36万亿元提高到5.62万亿元。"),
    ("the base of 比上年增加 alike", FIRST, "粮食产量752.3亿斤，比上年增加3.7亿斤。"),
    ("a budget against last year's is no base", FIRST, "安排一般公共预算收入3250亿元，比上年增加100亿元。"),
    ("restated alike beside a national comparison", FIRST, "2024年地区生产总值增长5.2%，高于全国0.2个百分点。"),
]


@pytest.mark.parametrize(("case", "first", "later"), MUST_NOT, ids=[c[0] for c in MUST_NOT])
def test_restated_alike_or_not_comparable_gives_nothing(case, first, later):
    a = _report("江南省", 2025, first)
    b = _report("江南省", 2026, "过去一年，全省经济回升向好。" + later)
    assert [f.message for f in check_corpus([a, b])] == []


def test_restated_other_region_gives_nothing():
    a = _report("江南省", 2025, FIRST)
    b = _report("江北省", 2026, "过去一年，全省经济回升向好。2024年地区生产总值5.26万亿元。")
    assert check_corpus([a, b]) == []


def test_a_national_figure_quoted_by_a_province_belongs_to_the_nation():
    national = analyze_text(
        "政府工作报告\n——2026年3月5日在第十四届全国人民代表大会第四次会议上\n国务院总理\n"
        "一、2025年工作回顾\n过去一年，国内生产总值达到140万亿元，粮食产量14300亿斤。\n",
        path="national_2026.txt",
    )
    quoting = _report("江南省", 2026, "过去一年，全国粮食产量14130亿斤，我省粮食产量752.3亿斤。")
    own = _report("江南省", 2026, "过去一年，粮食产量14130亿斤。", name="own.txt")
    assert national.meta.region == "全国" and quoting.meta.region == "江南省"
    [f] = check_corpus([national, quoting])
    assert "全国" in f.message and "14130亿斤" in f.evidence[0].text + f.evidence[1].text
    # without 全国 in the text the province's figure is its own
    assert check_corpus([national, own]) == []


@pytest.mark.parametrize("designation", ["全国重点实验室", "全国文明城市", "国家级"])
def test_a_region_count_of_national_designations_is_its_own(designation):
    """全国重点实验室从15家增加到20家 is the province's count of laboratories, never a national figure to compare."""
    a = _report("江南省", 2026, f"过去一年，{designation}从15家增加到20家。", name="a.txt")
    b = _report("江北省", 2026, f"过去一年，{designation}从8家增加到11家。", name="b.txt")
    assert check_corpus([a, b]) == []
    for r, region in ((a, "江南省"), (b, "江北省")):
        assert all(p.key.split("|")[1] != "全国" for p in restated_facts(r)), region


def test_a_document_that_disagrees_with_itself_restates_nothing():
    a = _report("江南省", 2025, FIRST + "\n三、附\n地区生产总值5.46万亿元。")
    b = _report("江南省", 2026, "2024年地区生产总值5.26万亿元。")
    assert check_corpus([a, b]) == []


def test_restated_facts_year_links():
    b = _report(
        "江南省", 2026, "地区生产总值从2020年的3.68万亿元提高到5.62万亿元。粮食产量比2024年的743.6亿斤增加8.7亿斤。"
    )
    got = {(f.note, f.role) for f in restated_facts(b)}
    assert ("2020年地区生产总值 3.68万亿元", "restated") in got
    assert ("2024年粮食产量 743.6亿斤", "restated") in got
    assert not any("5.62" in note for note, _ in got)  # Y of 从X到Y: neither 2020 nor surely 2025
    # 高于全国: the province's own figure, no national one
    c = _report("江南省", 2026, "地区生产总值增长5.6%，高于全国0.6个百分点。")
    assert [f.key for f in restated_facts(c)] == ["gdp.growth|江南省|%|unmarked"]


def test_restated_mismatch_lands_in_the_corpus_findings(tmp_path):
    from analyzer.corpus import open_corpus, run_batch

    src = tmp_path / "src"
    src.mkdir()
    for name, r in (("a.txt", _report("江南省", 2025, FIRST)), ("b.txt", _report("江南省", 2026, MUST[0][1]))):
        (src / name).write_text(r.text, encoding="utf-8")
    summary = run_batch([src], tmp_path / "c.duckdb", workers=1)
    assert summary.added == 2 and "1 finding" in summary.cross_document, summary.cross_document
    with open_corpus(tmp_path / "c.duckdb", read_only=True) as c:
        [(rule, docs, evidence)] = c.con.execute("SELECT rule, documents, evidence FROM corpus_findings").fetchall()
        shas = dict(c.con.execute("SELECT path, sha256 FROM documents").fetchall())
    assert rule == RULE
    by_name = {p.rsplit("/", 1)[-1]: s for p, s in shas.items()}
    assert json.loads(docs) == [by_name["b.txt"], by_name["a.txt"]]
    assert [e["text"] for e in json.loads(evidence)] == ["地区生产总值5.26万亿元", "地区生产总值达到5.36万亿元"]


def test_severity_warning_unless_both_year_links_are_sure():
    first = _report("江南省", 2025, FIRST)  # its own year, no year written: a loose link
    sure_a = _report("江南省", 2026, "2024年粮食产量743.6亿斤。")
    # two documents of one year (a report and another of its region's papers) with sure year links: an error
    sure_b = _report("江南省", 2026, "2024年粮食产量748.6亿斤。", name="江南省_2026_统计.txt")
    [loose] = check_corpus([first, sure_a])
    assert loose.severity.value == "warning"
    [sure] = check_corpus([sure_a, sure_b])
    assert sure.severity.value == "error"
    assert "修订" not in sure.message
    # the same figures a year apart: the later may be revised, a warning that says so (session 27)
    later = _report("江南省", 2027, "2024年粮食产量748.6亿斤。")
    [revised] = check_corpus([sure_a, later])
    assert revised.severity.value == "warning"
    assert "后者可能采用修订数" in revised.message
    # less than one last digit (of the coarser figure) beyond rounding: a warning even when both links are sure
    fine = _report("江南省", 2026, "2024年粮食产量743.4亿斤。")
    coarse = _report("江南省", 2026, "2024年粮食产量744亿斤。", name="江南省_2026_统计.txt")
    assert [f.severity.value for f in check_corpus([fine, coarse])] == ["warning"]


@pytest.mark.real
@pytest.mark.slow
def test_real_reports_restated_facts_and_no_false_mismatch(real_dir):
    """Over the national and provincial reports: one restated mismatch, a warning (read 2026-12-04): the 2003 report's
    全国研究与试验开发经费…2002年的1161亿元 (the preliminary figure) against the 2008 report's 全社会研究与实验发展经费，从2002年
    1288亿元 (the revised one), 127亿元 apart, linked since round L27 read the noun before a from-to; none other (read
    2026-12-01), and the restatements of past years the five-year reviews write are read with their own year."""
    from conftest import real_files

    from analyzer import analyze_file
    from analyzer.checks.cross_document import Placed, compare_facts
    from analyzer.checks.restated_across import ROLES

    files = real_files("national") + real_files("provincial_2026")
    placed = []
    for p in files:
        r = analyze_file(p)
        placed += [Placed(f, p.name, p.name, r.meta.year) for f in restated_facts(r)]
    assert len({p.doc for p in placed}) >= 50
    assert {p.fact.role for p in placed} <= ROLES
    assert [(f.severity.value, [e.text for e in f.evidence]) for _, f in compare_facts(placed)] == [
        ("warning", ["1288亿元", "1161亿元"])  # five years apart: a revision, no slip (a warning that says so)
    ]
    sure = {(p.source, p.fact.note) for p in placed if p.fact.role == "restated"}
    assert ("2003_国务院政府工作报告.txt", "1997年地区生产总值 7.4万亿元") in sure
    assert ("河北省_2026_政府工作报告.txt", "2020年地区生产总值 3.68万亿元") in sure
    # two figures of one indicator, region and year really are in two documents, and agree:
    # 2002's 财政收入 18914亿元 (2003 report) and 2.17万亿元 − 2787亿元 (2004 report)
    notes_of = {p.fact.note: p for p in placed}
    a, b = notes_of["2002年财政收入 18914亿元"], notes_of["2002年财政收入 2.17万亿元 − 2787亿元"]
    assert a.source.startswith("2003_") and b.source.startswith("2004_") and a.fact.key == b.fact.key
    assert a.fact.value.overlaps(b.fact.value)
    notes = {(p.source, p.fact.note) for p in placed}
    # the Y of 从2020年的X到Y is not of 2020
    assert not any(n.startswith("2020年") and ("10.26万元" in n or "1112.4亿元" in n) for _, n in notes)
