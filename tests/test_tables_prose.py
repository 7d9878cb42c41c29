"""The prose against the keyed table: outcome counts and shares (text_table), both halves."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer import analyze_text
from analyzer.tables import keyed

PIPE = Path(__file__).resolve().parent / "fixtures" / "xxgk" / "yunxiu_county_2025.pipe.txt"


@pytest.fixture(scope="module")
def base():
    text = PIPE.read_text(encoding="utf-8")
    t3 = next(t for t in keyed(analyze_text(text)) if t.template == "xxgk_t3")
    return text, t3


def _with(text: str, sentence: str) -> str:
    return text.replace("## 二、主动公开政府信息情况", sentence + "\n\n## 二、主动公开政府信息情况")


def _v(t3, key: str) -> int:
    c = t3.cell(key)
    assert c is not None and c.value is not None
    return int(c.value)


@pytest.mark.parametrize("wrong", [False, True])
def test_prose_outcome_count_and_share_against_table(base, wrong):
    text, t3 = base
    granted, total = _v(t3, "granted.total"), _v(t3, "results_total.total")
    count = granted + (2 if wrong else 0)
    share = 100 * granted / total + (4 if wrong else 0)
    report = analyze_text(_with(text, f"办理结果中，予以公开{count}件，占比{share:.1f}%。"))
    name_count, name_share = "正文与表格「予以公开」", "正文「予以公开」占比与表格"
    failing = [f.message for f in report.findings if f.message.startswith((name_count, name_share))]
    holding = [v.message for v in report.verified if v.message.startswith((name_count, name_share))]
    if wrong:
        assert any(m.startswith(name_count) for m in failing), failing
        assert any(m.startswith(name_share) for m in failing), failing
        assert holding == []
    else:
        assert failing == []
        assert {m.split(":")[0].split(" ")[0] for m in holding} == {name_count, name_share}, holding


def test_prose_without_outcome_words_is_not_linked(base):
    text, _ = base
    report = analyze_text(_with(text, "全年开展业务培训3次，培训覆盖率占比95.0%。"))
    assert not [v for v in report.verified if "占比与表格" in v.message]
    assert not [f for f in report.findings if "占比与表格" in f.message]
