"""Cross-document checks: provinces' "高于全国X个百分点" imply one national figure."""

from __future__ import annotations

import dataclasses

from analyzer import analyze_text
from analyzer.checks import check_corpus
from analyzer.types import Genre, Meta


def _province(name: str, sentence: str, region: str = "某省"):
    r = analyze_text(f"{name}2026年政府工作报告\n一、2025年工作回顾\n{sentence}\n", path=f"{name}.txt")
    return dataclasses.replace(r, meta=Meta(f"{name}政府工作报告", None, region, 2025, Genre.GOV_WORK_REPORT))


def _national(sentence: str):
    r = analyze_text(f"政府工作报告\n一、2025年工作回顾\n{sentence}\n", path="national.txt")
    return dataclasses.replace(r, meta=Meta("政府工作报告", "国务院", "全国", 2025, Genre.GOV_WORK_REPORT))


def test_cross_document_agreeing_provinces_give_nothing():
    a = _province("甲省", "规上工业增加值增长6.7%、高于全国0.8个百分点。")
    b = _province("乙省", "规模以上工业增加值增长7.6%，高于全国1.7个百分点。")
    c = _province("丙省", "地区生产总值增长4.7%、低于全国0.3个百分点。")
    assert check_corpus([a, b, c]) == []


def test_cross_document_disagreeing_provinces_are_reported():
    a = _province("甲省", "规上工业增加值增长6.7%、高于全国0.8个百分点。")
    b = _province("乙省", "规上工业增加值增长7.6%，高于全国1.2个百分点。")
    [f] = check_corpus([a, b])
    assert f.rule == "cross_document_mismatch"
    assert "6.40%" in f.message and "5.90%" in f.message
    # the evidence is the other document's clause, named at the start of the message
    doc, clause = ("甲省.txt", "6.7%") if f.message.startswith("甲省") else ("乙省.txt", "7.6%")
    assert f.message.startswith(doc) and f.evidence[0].text.startswith(clause)


def test_cross_document_national_report_is_the_reference():
    a = _province("甲省", "地区生产总值增长5.4%、高于全国0.4个百分点。")
    good = _national("国内生产总值增长5.0%。")
    bad = _national("国内生产总值增长5.3%。")
    assert check_corpus([a, good]) == []
    [f] = check_corpus([a, bad])
    assert "全国报告" in f.message
