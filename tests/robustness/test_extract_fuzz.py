"""Extraction never crashes, its spans slice back, and its cost grows linearly with the input."""

from __future__ import annotations

import itertools
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.extract import extract_metrics
from analyzer.numbers import to_chinese
from analyzer.settings import Settings
from analyzer.types import Genre, Meta, Section

META = Meta(title=None, issuer=None, region=None, year=2024, genre=Genre.FAZHI_ANNUAL)

PIECES = [
    "受理", "行政复议案件", "纠错率", "增长", "约", "近", "超过", "余", "多", "左右", "以上", "以内",
    "件", "次", "%", "％", "‰", "个百分点", "倍", "万", "亿", "元", "万元", "亿元", "公里", "人次", "个",
    "成", "百分之", "分之", "翻一番", "—", "-", "至", "，", "。", "、", "“", "”", "（", "）", "\n", " ",
    "2024年", "第", "三重一大", "四个一网", "12345热线", "〔2024〕3号", "PM2.5", "十四五", "年均", "今年",
    "预期目标是：", "二十", "两千", "零", "点", ".", ",", "０", "１", "９", "．", "，",
]  # fmt: skip

texts = st.lists(
    st.one_of(
        st.sampled_from(PIECES),
        st.integers(0, 10**9).map(str),
        st.integers(0, 10**6).map(to_chinese),
        st.floats(0, 1e4, allow_nan=False).map(lambda f: f"{f:.2f}"),
        st.text(alphabet="一二三四五六七八九十百千万亿两零〇0123456789.,%件个万元年月日第", max_size=6),
    ),
    max_size=40,
).map("".join)


def _run(text):
    return extract_metrics(text, (Section("0", 0, "", 0, len(text)),), META, Settings())


@settings(max_examples=300, deadline=None)
@given(texts)
def test_extract_fuzz_spans_slice_back(text):
    ms = _run(text)
    for m in ms:
        assert text[m.start : m.end] == m.text
        assert text[m.number_start : m.number_end] == m.raw_number
        assert m.start <= m.number_start < m.number_end <= m.end
        assert m.value >= 0
        assert m.value_high is None or m.value_high > m.value
    assert all(a.end <= b.start for a, b in itertools.pairwise(ms))
    assert [m.id for m in ms] == [f"m{i}" for i in range(1, len(ms) + 1)]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_extract_fuzz_arbitrary_unicode(text):
    for m in _run(text):
        assert text[m.start : m.end] == m.text


def _cost(text):
    best = float("inf")
    for _ in range(2 if len(text) < 10_000 else 1):
        t = time.process_time()
        _run(text)
        best = min(best, time.process_time() - t)
    return best


def test_extract_fuzz_growth_is_near_linear():
    # a dense, adversarial mix: figures, numerals without units, long digit runs, slogans, no punctuation
    # (about one figure in 150 characters, like a real report, between the hard parts)
    unit = (
        "受理案件29件纠错率58.6%增长5%—6%"
        + "一二三四五六七八九十" * 4
        + "9" * 60
        + "“四个一网”第三十届"
        + "1,234,567,8" * 4
        + "政府工作报告持续推进法治建设" * 6
    )
    small = (unit * (1024 // len(unit) + 1))[:1024]
    big = (unit * (1024 * 1024 // len(unit) + 1))[: 1024 * 1024]
    _run(small)  # warm the caches
    ratio = _cost(big) / max(_cost(small), 1e-4)
    # 1024x the input: linear would be ~1024; allow constant overheads and noise, never quadratic
    assert ratio < 3000, ratio
