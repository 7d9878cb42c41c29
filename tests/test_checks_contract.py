"""Contract of every registered rule (as scikit-learn's test_common does for estimators)."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest

from analyzer import analyze_text
from analyzer.checks import check_corpus, rules, run_checks
from analyzer.settings import DEFAULT_SETTINGS
from analyzer.types import Finding, Genre, Meta, Report, Source, Verified

DESIGN = Path(__file__).resolve().parent.parent.parent / "shared" / "design.md"
DESIGN_IDS = {
    "ratio_mismatch",
    "part_exceeds_whole",
    "sum_mismatch",
    "share_sum",
    "rate_out_of_range",
    "pp_difference_mismatch",
    "growth_mismatch",
    "conflicting_values",
    "enumeration_count_mismatch",
    "heading_sequence",
    "year_inconsistency",
    "missing_required_section",
    "cross_document_mismatch",
}
FIXTURES = sorted((Path(__file__).resolve().parent / "mutation" / "fixtures").glob("*.txt"))


@functools.cache
def _analysed(path: Path) -> Report:
    return analyze_text(path.read_text(encoding="utf-8"))


def _empty(genre: Genre = Genre.OTHER) -> Report:
    return Report(source=Source(None, "0" * 64, "txt", None), meta=Meta(None, None, None, None, genre), text="")


def test_checks_registry_ids_are_the_design_ids():
    assert set(rules()) | {"cross_document_mismatch"} == DESIGN_IDS
    if DESIGN.is_file():
        table = set(re.findall(r"^\| `([a-z_]+)` \|", DESIGN.read_text(encoding="utf-8"), re.MULTILINE))
        assert table >= DESIGN_IDS


@pytest.mark.parametrize("rule_id", sorted(rules()))
@pytest.mark.parametrize("genre", list(Genre))
def test_checks_rule_on_empty_report_gives_nothing(rule_id, genre):
    assert list(rules()[rule_id](_empty(genre), DEFAULT_SETTINGS)) == []


def test_checks_corpus_of_nothing_gives_nothing():
    assert check_corpus([]) == []
    assert check_corpus([_empty()]) == []


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
@pytest.mark.parametrize("rule_id", sorted(rules()))
def test_checks_rule_is_deterministic_and_reports_its_own_id(path, rule_id):
    report = _analysed(path)
    first = list(rules()[rule_id](report, DEFAULT_SETTINGS))
    second = list(rules()[rule_id](report, DEFAULT_SETTINGS))
    assert first == second
    for item in first:
        assert isinstance(item, (Finding, Verified))
        assert item.rule == rule_id
        for span in item.evidence:
            assert report.text[span.start : span.end] == span.text


def test_checks_run_checks_orders_and_deduplicates():
    report = _analysed(FIXTURES[0])
    findings, verified, _ = run_checks(report, DEFAULT_SETTINGS)
    assert len(set(verified)) == len(verified)
    starts = [v.evidence[0].start for v in verified if v.evidence]
    assert starts == sorted(starts)
    assert (findings, verified) == run_checks(report, DEFAULT_SETTINGS)[:2]
