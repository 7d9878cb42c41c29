"""ratio_mismatch on reports built by hand from Metric objects (the extractor's contract, not its output)."""

from __future__ import annotations

from analyzer.checks import run_checks
from analyzer.relations.mentions import mentions
from analyzer.settings import DEFAULT_SETTINGS
from analyzer.types import Genre, Meta, Metric, MetricKind, Qualifier, Report, Severity, Source


def _metric(text: str, figure: str, kind: MetricKind, value: float, unit: str, decimals: int, **kw) -> Metric:
    start = text.index(figure)
    number = figure.rstrip("件%万户亿元")
    return Metric(
        id=f"m{start}",
        kind=kind,
        value=value,
        unit=unit,
        text=figure,
        start=start,
        end=start + len(figure),
        raw_number=number,
        decimals=decimals,
        number_start=start,
        number_end=start + len(number),
        **kw,
    )


def _report(text: str, *metrics: Metric) -> Report:
    return Report(
        source=Source(None, "0" * 64, "txt", None),
        meta=Meta(None, None, None, 2024, Genre.FAZHI_ANNUAL),
        text=text,
        metrics=metrics,
    )


TEXT = "全年受理行政复议案件29件，直接纠错案件17件，纠错率{rate}。"


def _seed_like(rate: str, rate_value: float, decimals: int) -> Report:
    text = TEXT.format(rate=rate)
    return _report(
        text,
        _metric(text, "29件", MetricKind.COUNT, 29, "件", 0),
        _metric(text, "17件", MetricKind.COUNT, 17, "件", 0),
        _metric(text, rate, MetricKind.PERCENT, rate_value, "%", decimals, indicator="admin_review.correction_rate"),
    )


def test_checks_ratio_hand_built_metrics_verified():
    findings, verified, _ = run_checks(_seed_like("58.6%", 58.6, 1), DEFAULT_SETTINGS)
    assert findings == ()
    assert [v.message for v in verified if v.rule == "ratio_mismatch"] == ["纠错率: 17/29 = 58.62% ≈ 58.6%"]


def test_checks_ratio_hand_built_metrics_mismatch_is_an_error_with_evidence():
    findings, _, _ = run_checks(_seed_like("56.8%", 56.8, 1), DEFAULT_SETTINGS)
    [f] = [f for f in findings if f.rule == "ratio_mismatch"]
    assert f.severity is Severity.ERROR
    assert f.message == "纠错率 56.8% ≠ 17/29 = 58.62%"
    assert [e.text for e in f.evidence] == ["29件", "17件", "56.8%"]


def test_checks_ratio_rounding_of_a_whole_percent():
    # 17/29 = 58.62%: "59%" stands for [58.5, 59.5] and holds; "58%" stands for [57.5, 58.5] and does not
    assert not [f for f in run_checks(_seed_like("59%", 59, 0), DEFAULT_SETTINGS)[0] if f.rule == "ratio_mismatch"]
    assert [f for f in run_checks(_seed_like("58%", 58, 0), DEFAULT_SETTINGS)[0] if f.rule == "ratio_mismatch"]


def test_checks_ratio_about_qualifier_widens():
    report = _seed_like("约57%", 57, 0)
    report = Report(
        source=report.source,
        meta=report.meta,
        text=report.text,
        metrics=(*report.metrics[:2], _metric(report.text, "57%", MetricKind.PERCENT, 57, "%", 0, qualifier=Qualifier.ABOUT)),
    )
    assert not [f for f in run_checks(report, DEFAULT_SETTINGS)[0] if f.rule == "ratio_mismatch"]


def test_checks_mentions_use_the_extractors_normalised_decimals():
    # 5.62万户: the extractor says value 56200 with decimals -2 (±50), not ±0.005 nor ±50 万
    text = "全县共有市场主体5.62万户，其中企业1.48万户、个体工商户4.14万户。"
    report = _report(
        text,
        _metric(text, "5.62万户", MetricKind.COUNT, 56200, "户", -2),
        _metric(text, "1.48万户", MetricKind.COUNT, 14800, "户", -2),
        _metric(text, "4.14万户", MetricKind.COUNT, 41400, "户", -2),
    )
    whole = mentions(report)[0]
    assert (whole.interval.low, whole.interval.high) == (56150, 56250)
    assert whole.decimals == 2 and whole.text == "5.62万户"
    _, verified, _ = run_checks(report, DEFAULT_SETTINGS)
    assert any(v.rule == "sum_mismatch" for v in verified)
