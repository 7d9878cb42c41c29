"""A text with no title whose first heading is not number one is a part of a report copied on its own: its start is
info; a titled report that starts at 二、 is still warned of (texts written here)."""

from __future__ import annotations

import pytest

from analyzer import Settings, analyze_text

FAST = Settings(classify=False)

BODY = (
    "二、全面推进依法行政\n全年办理行政复议案件42件，依法纠错9件。\n"
    "三、强化行政执法监督\n开展执法案卷评查2次，评查案卷120卷。\n"
    "四、下一步工作安排\n持续提升行政执法规范化水平。\n"
)


def _starts(text: str) -> list[tuple[str, str]]:
    r = analyze_text(text, FAST)
    return [(f.severity.value, f.message) for f in r.findings if f.rule == "heading_sequence" and "开始" in f.message]


@pytest.mark.parametrize(
    "text",
    [
        BODY,  # the text opens at its heading
        "行政执法监督持续加强，群众满意度稳步提升。\n" + BODY,  # prose of the part before, cut
        "十三、人口和居民生活\n年末常住人口688.5万人，城镇化率61.2%。\n十四、其他\n全年接待游客2100万人次。\n",
    ],
)
def test_untitled_part_starting_past_one_is_info(text: str) -> None:
    got = _starts(text)
    assert got and all(sev == "info" and "节选" in msg for sev, msg in got), got


def test_titled_report_starting_at_two_is_warned() -> None:
    got = _starts("某某区人民政府关于2025年法治政府建设情况的报告\n" + BODY)
    assert got == [("warning", "第1级标题编号从 二、 开始，应为 一")], got
