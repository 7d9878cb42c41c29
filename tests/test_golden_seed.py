"""Golden test: the seed report's 10 headings at the right levels (tests/golden/seed_headings.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer.ingest import read_file
from analyzer.outline import build_sections, find_headings

GOLDEN = Path(__file__).parent / "golden" / "seed_headings.json"


@pytest.mark.real
def test_golden_seed_headings(seed_path):
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))["headings"]
    doc = read_file(seed_path)
    got = [
        {
            "level": h.level,
            "label": h.label,
            "title_start": h.title[:6],
            "title_length": len(h.title),
            "start": h.start,
            "end": h.end,
            "block": h.block,
        }
        for h in find_headings(doc.text)
    ]
    assert got == expected


@pytest.mark.real
def test_golden_seed_sections(seed_path):
    doc = read_file(seed_path)
    sections = build_sections(doc.text, find_headings(doc.text))
    assert [s.id for s in sections] == ["0", "1", "2", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3", "4"]
    assert sections[-1].end == len(doc.text)
    # the section of 纠错率58.6% is 2.5 (the figure the seed's checks are about)
    at = doc.text.index("58.6%")
    inner = [s for s in sections if s.start <= at < s.end]
    assert max(inner, key=lambda s: s.level).id == "2.5"
