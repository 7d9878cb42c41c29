"""Cross-document checks: provinces' "高于全国X个百分点" imply one national figure."""

from __future__ import annotations

import dataclasses

from analyzer import analyze_text
from analyzer.checks import check_corpus
from analyzer.types import Genre, Meta


def _province(name: str, sentence: str, region: str | None = None):
    """A province's report; its region is its name (two provinces' own figures are never compared)."""
    r = analyze_text(f"{name}2026年政府工作报告\n一、2025年工作回顾\n{sentence}\n", path=f"{name}.txt")
    return dataclasses.replace(r, meta=Meta(f"{name}政府工作报告", None, region or name, 2025, Genre.GOV_WORK_REPORT))


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


def test_cross_document_check_corpus_lets_each_report_go_once_its_facts_are_out():
    import gc
    import weakref

    # more reports than the checks' per-report caches keep (the last 8, analyzer.cache)
    sentences = ["规上工业增加值增长6.7%、高于全国0.8个百分点。", "规上工业增加值增长7.6%，高于全国1.2个百分点。"] * 12
    refs: list[weakref.ref] = []
    alive_when_made: list[int] = []

    def reports():
        for i, s in enumerate(sentences):
            gc.collect()
            alive_when_made.append(sum(r() is not None for r in refs))
            r = _province(f"省{i}", s)
            refs.append(weakref.ref(r))
            yield r

    findings = check_corpus(reports())
    assert len(findings) == 12  # the twelve 7.6 − 1.2 provinces disagree with the first 6.7 − 0.8
    # the reports alive stop growing at the caches' size: the check itself keeps none
    assert max(alive_when_made) <= 8 < len(sentences)
