"""PDF text fidelity (``analyzer.ingest.pdftext``): spaces around figures and hard wraps, both halves."""

from __future__ import annotations

import pytest

from analyzer.ingest.pdftext import repair

MUST = [
    ("受理政府信息公开申请 47 件，其中", "受理政府信息公开申请47件，其中"),
    ("纠错率 58.6 %", "纠错率58.6%"),
    ("全年共收到政府信息公开申请29\n件，同比增长", "全年共收到政府信息公开申请29件，同比增长"),
    ("全年共收到政府信息公开申请1\n23件，同比增长", "全年共收到政府信息公开申请123件，同比增长"),
    ("努力让政务信息“看\n\n得懂、用得上”。", "努力让政务信息“看得懂、用得上”。"),
    (
        "对申请办理时限等关键环节进行监控，当出现超期预警等问题时，及时向责任单位\n\n进行提醒通知。",
        "对申请办理时限等关键环节进行监控，当出现超期预警等问题时，及时向责任单位进行提醒通知。",
    ),
]
MUST_NOT = [
    "附件2\n名词解释",  # a heading, then the next line
    "本年新收\n705\n3",  # a table one cell per line
    "| 705 | 3 |\n| 1 | 2 |",  # pipe rows
    "2026年02月10日 07时41分",  # a date and its time
    "二、主动公开\n\n（一）规章",  # a heading after a blank line
    "1 9 9 7",  # digits apart: the character normaliser's
    "Chapter 3 of the report",
]


@pytest.mark.parametrize(("raw", "fixed"), MUST)
def test_pdftext_repairs(raw, fixed):
    assert repair(raw) == fixed


@pytest.mark.parametrize("raw", MUST_NOT)
def test_pdftext_leaves_alone(raw):
    assert repair(raw) == raw
