"""The seed report: no error, and the 纠错率 relation verified with its arithmetic."""

from __future__ import annotations

from analyzer import analyze_file
from analyzer.types import Severity


def test_checks_seed_has_no_error_and_verifies_the_correction_rate(seed_path):
    report = analyze_file(seed_path)
    assert [f.message for f in report.findings if f.severity is Severity.ERROR] == []
    messages = [v.message for v in report.verified]
    assert any("17/29 = 58.62% ≈ 58.6%" in m for m in messages), messages
    ratio = next(v for v in report.verified if "17/29" in v.message)
    assert [e.text for e in ratio.evidence] == ["29件", "17件", "58.6%"]
    # the listed decisions (4件, four areas ending in 等) and the heading levels are verified too
    assert {v.rule for v in report.verified} >= {
        "ratio_mismatch",
        "enumeration_count_mismatch",
        "heading_sequence",
        "rate_out_of_range",
    }
