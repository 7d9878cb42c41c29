"""``Metric.interval``: the true values an extracted figure stands for, derived once from its
value, value_high, decimals and qualifier (``analyzer.intervals``).  Texts are written for these tests."""

from __future__ import annotations

import math

import pytest

from analyzer.extract import extract_metrics
from analyzer.intervals import Interval, interval
from analyzer.relations.rounding import Interval as ChecksInterval
from analyzer.relations.rounding import interval as checks_interval
from analyzer.settings import Settings
from analyzer.types import Genre, Meta, Section

META = Meta(title=None, issuer=None, region=None, year=2024, genre=Genre.FAZHI_ANNUAL)
INF = math.inf


def metric(text):
    [m] = extract_metrics(text, (Section("0", 0, "", 0, len(text)),), META, Settings(classify=False))
    return m


# text, low, high, values inside, values outside
CASES = [
    ("纠错率58.6%。", 58.55, 58.65, [58.55, 58.62, 58.65], [58.5, 58.7]),
    ("受理案件29件。", 29, 29, [29], [28, 29.5, 30]),
    ("发布信息2600余条。", 2600, INF, [2600, 2601, 1e9], [2599]),
    # 约 never narrows the rounding interval: 5% already stands for [4.5, 5.5]
    ("增长约5%。", 4.5, 5.5, [4.5, 5, 5.5], [4.4, 5.6]),
    ("受理申请约300件。", 270, 330, [270, 300, 330], [269, 331]),
    ("办结案件不超过30件。", 0, 30, [0, 12, 30], [31, -1]),
    ("安置人员不足100人。", 0, 100, [99, 100], [101]),
    ("办理事项近1000件。", 850, 1000, [850, 999, 1000], [849, 1001]),
    # 1.9万 is written to 0.1万: ±500; 1.90万 to 0.01万: ±50
    ("受理诉求1.9万件。", 18500, 19500, [18500, 19499], [18499, 19501]),
    ("受理诉求1.90万件。", 18950, 19050, [18950, 19049], [18949, 19051]),
    ("投入资金5.2亿元。", 5.15e8, 5.25e8, [5.15e8, 5.2e8], [5.1e8, 5.3e8]),
    # a range: the low end's rounding to the high end's, both with the low end's precision
    # (5%—6%: [4.5, 6.5]; 5%—5.5% gets [4.5, 6.0], wider than 5.5's own ±0.05: never a false alarm)
    ("预期增长5%—6%。", 4.5, 6.5, [4.5, 5.5, 6.5], [4.4, 6.6]),
    ("预期增长5%—5.5%。", 4.5, 6.0, [4.5, 5.55], [4.4, 6.1]),
    ("吸纳就业3—5万人。", 25000, 55000, [30000, 50000], [24000, 56000]),
    ("占比5.40%。", 5.395, 5.405, [5.4], [5.39, 5.41]),
]


@pytest.mark.parametrize(("text", "low", "high", "inside", "outside"), CASES)
def test_extract_intervals_metric_interval(text, low, high, inside, outside):
    iv = metric(text).interval
    assert iv.low == pytest.approx(low)
    assert math.isinf(iv.high) if math.isinf(high) else iv.high == pytest.approx(high)
    for x in inside:
        assert iv.contains(x), (text, x, iv)
    for x in outside:
        assert not iv.contains(x), (text, x, iv)


def test_extract_intervals_is_computed_once_per_metric():
    m = metric("纠错率58.6%。")
    assert m.interval is m.interval
    assert m.interval == interval(58.6, 1)


def test_extract_intervals_checks_import_the_same_code():
    assert ChecksInterval is Interval and checks_interval is interval


def test_extract_intervals_not_in_the_json():
    assert "interval" not in metric("纠错率58.6%。").to_dict()


def test_computed_once_keeps_the_value_in_the_instance_and_never_calls_again():
    from analyzer.types import computed_once

    calls = []

    class Box:
        @computed_once
        def value(self) -> int:
            calls.append(1)
            return len(calls) * 10

    a, b = Box(), Box()
    assert (a.value, a.value, b.value) == (10, 10, 20)  # one call per instance, the first value kept
    assert a.__dict__["value"] == 10 and len(calls) == 2
    assert isinstance(Box.__dict__["value"], computed_once) and Box.value is Box.__dict__["value"]
