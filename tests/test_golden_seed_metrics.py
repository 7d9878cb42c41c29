"""Golden test: the seed report's 20 figures (tests/golden/seed_metrics.json, hand-checked).

The expected file documents each decision (what is and is not a figure); regenerate
it only on purpose and review the diff.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer import analyze_file
from analyzer.extract import extract_metrics
from analyzer.ingest import read_file
from analyzer.outline import build_sections, find_headings
from analyzer.settings import Settings
from analyzer.types import Genre, Meta

GOLDEN = Path(__file__).parent / "golden" / "seed_metrics.json"
FIELDS = (
    "id",
    "text",
    "raw_number",
    "kind",
    "value",
    "unit",
    "qualifier",
    "decimals",
    "subject",
    "indicator",
    "year",
    "basis",
    "section",
)


def _row(m):
    d = m.to_dict()
    d["raw_number"] = m.raw_number
    d["decimals"] = m.decimals
    return {k: d[k] for k in FIELDS}


@pytest.mark.real
def test_golden_seed_metrics(seed_path):
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))["metrics"]
    doc = read_file(seed_path)
    sections = build_sections(doc.text, find_headings(doc.text))
    meta = Meta(title=None, issuer=None, region=None, year=2024, genre=Genre.FAZHI_ANNUAL)
    got = [_row(m) for m in extract_metrics(doc.text, sections, meta, Settings())]
    assert got == expected
    for m in extract_metrics(doc.text, sections, meta, Settings()):
        assert doc.text[m.start : m.end] == m.text
        assert doc.text[m.number_start : m.number_end] == m.raw_number


@pytest.mark.real
def test_golden_seed_metrics_through_the_pipeline(seed_path):
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))["metrics"]
    report = analyze_file(seed_path, Settings(check=False))
    keys = ("raw_number", "kind", "value", "unit", "indicator")
    assert [{k: _row(m)[k] for k in keys} for m in report.metrics] == [{k: e[k] for k in keys} for e in expected]


def test_golden_seed_metrics_file_lists_every_required_fazhi_indicator():
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))["metrics"]
    required = {
        "party_group.meetings", "legal_study.sessions", "legal_exam.pass_rate", "major_decisions.items",
        "normative_docs.reviewed", "normative_docs.pass_rate", "gov_portal.posts", "info_disclosure.requests",
        "admin_review.cases_received", "admin_review.cases_corrected", "admin_review.correction_rate",
        "admin_review.conclusion_rate", "admin_litigation.head_appearance_rate", "hotline_12345.tickets_received",
        "hotline_12345.completion_rate", "hotline_12345.satisfaction_rate", "mayor_mailbox.letters",
        "mayor_mailbox.reply_rate",
    }  # fmt: skip
    assert len(expected) == 20
    assert required <= {e["indicator"] for e in expected}
