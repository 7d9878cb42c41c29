"""A hand-built Report for the renderer tests (text written for these tests, in the genre's style).

It does not run the pipeline, so the renderers are tested whatever state the
extractor and checker are in: headings, sections with categories, figures, one
``ratio_mismatch`` finding (the rate was mutated from 58.6% to 56.8%) and one
verified relation.
"""

from __future__ import annotations

import hashlib

from analyzer.types import (
    Basis,
    Finding,
    Genre,
    Heading,
    Meta,
    Metric,
    MetricKind,
    Report,
    Section,
    Severity,
    Source,
    Verified,
)

TITLE = "关于2024年法治政府建设情况的报告"
LINES = [
    TITLE,
    "2024年，本区坚持依法行政，法治政府建设取得新进展，现将有关情况报告如下。",
    "一、主要负责人履行推进法治建设第一责任人职责情况",
    "区政府常务会议全年专题研究法治工作6次，组织领导干部集中学法12次，学法考试合格率100%。",
    "二、推进法治政府建设的主要举措和成效",
    "（一）规范行政决策",
    "全年完成重大行政决策事项3件，审查行政规范性文件8件，审查通过率100%。",
    "（二）化解行政争议",
    "全年受理行政复议案件29件，直接纠错案件17件，纠错率56.8%。收到政府信息公开申请40件，其中予以公开25件、不予公开15件。",
    "办理12345热线工单15230件，办结率98%，群众满意度95%。",
    "三、存在的不足和原因",
    "少数执法人员运用法治思维的能力还需提升。",
    "四、2025年主要安排",
    "持续完善行政执法协调监督机制，推动法治政府建设再上新台阶。",
]
TEXT = "\n".join(LINES) + "\n"

# (phrase in the text, number as written, kind, value, unit, indicator)
FIGURES = [
    ("专题研究法治工作6次", "6", MetricKind.COUNT, 6, "次", "party_group.meetings"),
    ("集中学法12次", "12", MetricKind.COUNT, 12, "次", "legal_study.sessions"),
    ("学法考试合格率100%", "100", MetricKind.PERCENT, 100, "%", "legal_exam.pass_rate"),
    ("重大行政决策事项3件", "3", MetricKind.COUNT, 3, "件", "major_decisions.items"),
    ("审查行政规范性文件8件", "8", MetricKind.COUNT, 8, "件", "normative_docs.reviewed"),
    ("审查通过率100%", "100", MetricKind.PERCENT, 100, "%", "normative_docs.pass_rate"),
    ("受理行政复议案件29件", "29", MetricKind.COUNT, 29, "件", "admin_review.cases_received"),
    ("直接纠错案件17件", "17", MetricKind.COUNT, 17, "件", "admin_review.cases_corrected"),
    ("纠错率56.8%", "56.8", MetricKind.PERCENT, 56.8, "%", "admin_review.correction_rate"),
    ("政府信息公开申请40件", "40", MetricKind.COUNT, 40, "件", "info_disclosure.requests"),
    ("予以公开25件", "25", MetricKind.COUNT, 25, "件", None),
    ("不予公开15件", "15", MetricKind.COUNT, 15, "件", None),
    ("热线工单15230件", "15230", MetricKind.COUNT, 15230, "件", "hotline_12345.tickets_received"),
    ("办结率98%", "98", MetricKind.PERCENT, 98, "%", "hotline_12345.completion_rate"),
    ("群众满意度95%", "95", MetricKind.PERCENT, 95, "%", "hotline_12345.satisfaction_rate"),
]

HEADINGS = [
    (1, "一", "主要负责人履行推进法治建设第一责任人职责情况", "1", "duty"),
    (1, "二", "推进法治政府建设的主要举措和成效", "2", "measures"),
    (2, "一", "规范行政决策", "2.1", "measures"),
    (2, "二", "化解行政争议", "2.2", "measures"),
    (1, "三", "存在的不足和原因", "3", "shortcomings"),
    (1, "四", "2025年主要安排", "4", "plans"),
]


def _find(text: str, phrase: str, after: int = 0) -> int:
    i = text.find(phrase, after)
    assert i >= 0, phrase
    return i


def build_report(text: str = TEXT, path: str | None = "sample_fazhi_2024.txt", figures=FIGURES) -> Report:
    headings = []
    for level, lab, title, _sid, _cat in HEADINGS:
        start = _find(text, title)
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        headings.append(Heading(level, lab, title, line_start, line_end))
    sections = [Section("0", 0, "", 0, headings[0].start)]
    for k, (h, (_l, _lab, _t, sid, cat)) in enumerate(zip(headings, HEADINGS)):
        end = len(text)
        for h2 in headings[k + 1 :]:
            if h2.level <= h.level:
                end = h2.start
                break
        sections.append(
            Section(
                sid,
                h.level,
                f"{h.label}、{h.title}" if h.level == 1 else f"（{h.label}）{h.title}",
                h.start,
                end,
                cat,
                0.9,
                ("disputes",) if sid == "2.2" else (),
            )
        )
    metrics = []
    for n, (phrase, raw, kind, value, unit, indicator) in enumerate(figures):
        start = _find(text, phrase)
        nstart = _find(text, raw, start)
        sec = next((s.id for s in reversed(sections) if s.start <= start < s.end and s.level > 0), None)
        metrics.append(
            Metric(
                id=f"m{n}",
                kind=kind,
                value=float(value),
                unit=unit,
                text=phrase,
                start=start,
                end=start + len(phrase),
                indicator=indicator,
                year=2024,
                basis=Basis.ACTUAL,
                section=sec,
                raw_number=raw,
                decimals=len(raw.partition(".")[2]),
                number_start=nstart,
                number_end=nstart + len(raw),
            )
        )
    by_text = {m.text: m for m in metrics}

    def span(phrase: str):
        m = by_text[phrase]
        return m.span

    finding = Finding(
        rule="ratio_mismatch",
        severity=Severity.ERROR,
        message="纠错率 56.8% ≠ 17/29 = 58.62%",
        evidence=(span("受理行政复议案件29件"), span("直接纠错案件17件"), span("纠错率56.8%")),
        expected=58.62,
        reported=56.8,
    )
    verified = Verified(
        rule="sum_mismatch",
        message="25 + 15 = 40 件",
        evidence=(span("政府信息公开申请40件"), span("予以公开25件"), span("不予公开15件")),
    )
    return Report(
        source=Source(path, hashlib.sha256(text.encode()).hexdigest(), "txt", "utf-8"),
        meta=Meta(TITLE, "某区人民政府", "某区", 2024, Genre.FAZHI_ANNUAL),
        text=text,
        headings=tuple(headings),
        sections=tuple(sections),
        metrics=tuple(metrics),
        findings=(finding,),
        verified=(verified,),
    )


def analyze_sample(path: str) -> Report:
    """A stand-in for ``analyze_file`` in corpus tests: the sample report, read from ``path``.

    The file must hold ``TEXT`` (anything may follow it); the region is the file's stem.
    """
    import dataclasses
    from pathlib import Path

    p = Path(path)
    report = build_report(text=p.read_text(encoding="utf-8"), path=str(p))
    return dataclasses.replace(report, meta=dataclasses.replace(report.meta, region=p.stem))
