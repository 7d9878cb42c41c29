"""The message a reviewer reads when a level misses the target it is said to meet, or a whole's growth or mean lies
outside its parts': the comparison in words, never a 分子/分母 of a ratio that is not there (sentences written here)."""

from __future__ import annotations

import pytest

from analyzer import Settings, analyze_text

FAST = Settings(classify=False)


def _raised(text: str) -> list[str]:
    return [f.message for f in analyze_text(text, FAST).findings if f.severity.value in ("error", "warning")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # a level said to beat its target but below it
        ("全区完成固定资产投资1200亿元，超额完成1300亿元的年度目标任务。", "实际与目标: 实际 1200亿元 低于所称完成的目标 1300亿元"),
        # a level said to stay within its target but above it
        (
            "全市PM2.5平均浓度42微克/立方米，控制在40微克/立方米的目标内。",
            "实际与目标: 实际 42微克/立方米 超过所称不超过的目标 40微克/立方米",
        ),
        # a total's growth above every part's
        (
            "地区生产总值3000亿元，增长9.0%。其中，第一产业增加值300亿元，增长3.0%；第二产业增加值1200亿元，增长5.0%；"
            "第三产业增加值1500亿元，增长6.0%。",
            "地区生产总值增速介于各部分增速之间: 9.0% > 6.0%",
        ),
        # all residents' mean above the urban one
        (
            "全省居民人均可支配收入45000元，增长5%。城镇常住居民人均可支配收入41000元，农村常住居民人均可支配收入20000元。",
            "全体居民人均可支配收入介于城乡之间: 45000元 > 41000元",
        ),
    ],
)
def test_bound_messages_say_the_comparison(text: str, message: str) -> None:
    got = _raised(text)
    assert message in got, got
    assert not any("分子" in m or "分母" in m for m in got)


@pytest.mark.parametrize(
    "text",
    [
        "全区完成固定资产投资1400亿元，超额完成1300亿元的年度目标任务。",
        "全市PM2.5平均浓度38微克/立方米，控制在40微克/立方米的目标内。",
        "全区完成固定资产投资1200亿元，未完成1300亿元的年度目标。",  # the text says it was missed: nothing to raise
        "全省居民人均可支配收入32000元，增长5%。城镇常住居民人均可支配收入41000元，农村常住居民人均可支配收入20000元。",
    ],
)
def test_bounds_that_hold_or_are_admitted_raise_nothing(text: str) -> None:
    assert _raised(text) == []
