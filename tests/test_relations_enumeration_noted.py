"""Counts against their items where the count is quoted right after two items, or marked with a note whose entry
lists them (session 27; families of the mutation suite's tune half: a count one more than its items that the
checker verified when it held and said nothing of when it did not), and 把A、B、C作为…的N项.  Sentences written for the test."""

from __future__ import annotations

import pytest
from _relation_links import FAST, raised

from analyzer import analyze_text

_RULE = "enumeration_count_mismatch"


def _verified(text: str) -> list[str]:
    return [v.message for v in analyze_text(text, FAST).verified if v.rule == _RULE]


# (text, the message raised or None, a verified message that must be there or None)
CASES = [
    # a quoted count right after two items counts them
    ("全面推进城乡融合，统筹抓好产业振兴、人才振兴“三个振兴”，推动乡村全面发展。", "称 三个，只列出 2 项", None),
    ("全面推进城乡融合，统筹抓好产业振兴、人才振兴“两个振兴”，推动乡村全面发展。", None, "两个: 列出 2 项"),
    # (an earlier session read the quoted count as a slogan's name that may list more than the text: reversed, the
    # list and the quoted name stand in apposition; over the 207 real texts the one such count a verb's object)
    ("聚焦安全事故下降、灾害损失减轻“三个目标”。", "称 三个，只列出 2 项", None),
    # a verb ends the last item: the quoted count is its object, not the list's count
    ("支持滨海区建设国际航运枢纽、加快“三个中心”建设，带动周边协同发展。", None, None),
    ("完善城市更新机制、推进“四个一批”项目落地，盘活存量资产。", None, None),
    # a count marked with its note, the note's items split at 、 (the count's name holding a quoted word)
    (
        "全面落实四张“负面”清单［3］，营造公平市场环境。\n注释\n［3］三张“负面”清单：\n市场准入负面清单、投资准入负面清单、跨境服务贸易负面清单。",
        "称 四张，只列出 3 项",
        None,
    ),
    (
        "全面落实三张“负面”清单［3］，营造公平市场环境。\n注释\n［3］三张“负面”清单：\n市场准入负面清单、投资准入负面清单、跨境服务贸易负面清单。",
        None,
        "三张: 列出 3 项",
    ),
    # the note's items as clauses repeating its name
    (
        "坚决做到“四个必须”［5］，严守纪律规矩。\n注释\n［5］三个必须：\n必须依法履职，必须廉洁用权，必须接受监督。",
        "称 四个，只列出 3 项",
        None,
    ),
    (
        "坚决做到“三个必须”［5］，严守纪律规矩。\n注释\n［5］三个必须：\n必须依法履职，必须廉洁用权，必须接受监督。",
        None,
        "三个: 列出 3 项",
    ),
    # 把A、B、C作为…的N项: the count after the 的 counts the 把 objects
    ("本届政府把简政放权、公正监管、优化服务作为政府工作的四项基本准则。", "称 四项，只列出 3 项", None),
    ("本届政府把简政放权、公正监管、优化服务作为政府工作的三项基本准则。", None, "三项: 列出 3 项"),
    # no 把: the 的 ends a noun phrase naming what is counted, the count may be of something else
    ("全面深化简政放权、公正监管、优化服务领域的四项改革。", None, None),
    # two 把 objects and a count one more: the two-item guards hold
    ("我们把稳就业、保民生作为今年工作的三项重点。", None, None),
    # a note that lists nothing says nothing
    ("扎实推进“四个一批”［2］，项目建设提速。\n注释\n［2］四个一批：\n详见省政府有关文件。", None, None),
]


@pytest.mark.parametrize(("text", "message", "verified"), CASES)
def test_counts_against_their_items(text: str, message: str | None, verified: str | None) -> None:
    got = [m for rule, m in raised(text) if rule == _RULE]
    if message is None:
        assert got == [], got
    else:
        assert message in got, got
    if verified is not None:
        assert verified in _verified(text), _verified(text)
