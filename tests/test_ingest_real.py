"""Every real report reads, cleans and analyses without error (files read at run time)."""

from __future__ import annotations

import pytest
from conftest import real_files

from analyzer import analyze_file
from analyzer.ingest import read_file
from analyzer.ingest.clean import _chrome

REAL_FILES = real_files("provincial_2026") + real_files("national") + real_files("seed")


@pytest.mark.real
@pytest.mark.slow
@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: p.stem)
def test_ingest_real_report_analyses(path):
    report = analyze_file(path)
    assert report.source.encoding == "utf-8" and len(report.source.sha256) == 64
    assert len([h for h in report.headings if h.level == 1 and h.block == 0]) >= 2
    assert report.sections and report.sections[-1].end == len(report.text)


@pytest.mark.real
@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: p.stem)
def test_ingest_real_report_is_clean(path):
    doc = read_file(path)
    lines = doc.text.splitlines()
    chrome, tails, _ = _chrome()
    head = lines[:8]
    assert not any(line in chrome for line in head), head
    assert not any(line in tails for line in lines[-5:])
    assert "PAGE" not in lines and "- 4 -" not in lines
    assert not any(line != line.strip() for line in lines)
    assert "\n\n\n" not in doc.text
    if path.parent.name == "provincial_2026":
        hints = dict(doc.hints)
        # every saved page names its newspaper or site and a date, except the few bare copies
        assert "date" in hints or path.name.startswith(("广东", "海南", "贵州"))
