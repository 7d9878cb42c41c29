"""Every real report analyses with dozens of figures, and every figure slices back to its text."""

from __future__ import annotations

import unicodedata

import pytest

from analyzer.extract import extract_metrics
from analyzer.settings import Settings
from analyzer.types import Genre, Meta, Section
from tests.conftest import real_files

FILES = real_files("provincial_2026") + real_files("national")
META = Meta(title=None, issuer=None, region=None, year=2025, genre=Genre.GOV_WORK_REPORT)


@pytest.mark.real
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_extract_real_reports_have_dozens_of_figures(path):
    text = unicodedata.normalize("NFKC", path.read_text(encoding="utf-8"))
    ms = extract_metrics(text, (Section("0", 0, "", 0, len(text)),), META, Settings())
    assert len(ms) >= 20, len(ms)  # two dozen or more on every report at the time of writing
    for m in ms:
        assert text[m.start : m.end] == m.text
    # 政府工作报告 state their headline indicators: several are recognised
    assert sum(m.indicator is not None for m in ms) >= 3


@pytest.mark.real
def test_extract_real_reports_present(real_dir):
    assert len(FILES) == 56
