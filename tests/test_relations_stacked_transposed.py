"""stacked_table, read column by column: a table flattened one cell a line, its label column first (closed by a
total), then each value column as its header and as many cells (数量 …, then 占比 …), each line maybe closed by a |.

Table tests of both halves (the linker must link / must not link), on tables written for the test.
"""

from __future__ import annotations

import pytest
from _relation_links import links_by, raised


def _cells(*column: str, bar: bool = True) -> str:
    return "".join(f"{c} |\n" if bar else f"{c}\n" for c in column)


LABELS = ("申请事项", "行政处罚", "政府信息公开", "行政许可", "行政强制", "其他", "合计")
COUNTS = ("数量", "1,260", "410", "215", "75", "140", "2,100")
SHARES = ("占比", "60.0%", "19.5%", "10.2%", "3.6%", "6.7%", "100%")
HEAD = "二、本年度行政复议申请涉及事项\n表1 行政复议申请涉及事项分布\n"
TRANSPOSED = HEAD + _cells(*LABELS) + _cells(*COUNTS) + _cells(*SHARES) + "三、案件审理情况\n"


def _stacked(text: str) -> list[tuple[str, tuple[str, ...], bool | None]]:
    return [
        (k.relation.kind.value, tuple(m.text for m in k.relation.figures), k.outcome.holds)
        for k in links_by(text, "stacked_table")
    ]


def test_transposed_table_links_sum_shares_and_ratios() -> None:
    found = _stacked(TRANSPOSED)
    assert ("table_col_sum", ("1,260", "410", "215", "75", "140", "2,100"), True) in found, found
    assert ("share_sum", ("60.0%", "19.5%", "10.2%", "3.6%", "6.7%"), True) in found, found
    assert ("ratio", ("410", "2,100", "19.5%"), True) in found, found
    assert len([k for k, _, _ in found if k == "ratio"]) == 5
    assert raised(TRANSPOSED) == []


def test_transposed_table_without_bars() -> None:
    text = HEAD + _cells(*LABELS, bar=False) + _cells(*COUNTS, bar=False) + _cells(*SHARES, bar=False)
    assert ("table_col_sum", ("1,260", "410", "215", "75", "140", "2,100"), True) in _stacked(text)


def test_transposed_table_slip_is_raised() -> None:
    text = TRANSPOSED.replace("410 |", "450 |")
    found = _stacked(text)
    assert ("table_col_sum", ("1,260", "450", "215", "75", "140", "2,100"), False) in found, found
    assert ("ratio", ("450", "2,100", "19.5%"), False) in found, found
    assert raised(text)


def test_transposed_counts_alone() -> None:
    # no share column after the counts: their sum only
    text = HEAD + _cells(*LABELS) + _cells(*COUNTS) + "三、案件审理情况\n"
    assert [k for k, _, _ in _stacked(text)] == ["table_col_sum"]


def test_share_column_of_another_length_is_not_read() -> None:
    text = HEAD + _cells(*LABELS) + _cells(*COUNTS) + _cells(*SHARES[:-1]) + "三、案件审理情况\n"
    assert [k for k, _, _ in _stacked(text)] == ["table_col_sum"]


def test_shifted_share_column_is_not_read() -> None:
    shifted = ("占比", "19.5%", "10.2%", "3.6%", "6.7%", "100%", "60.0%")
    text = HEAD + _cells(*LABELS) + _cells(*COUNTS) + _cells(*shifted)
    assert [k for k, _, _ in _stacked(text)] == ["table_col_sum"]


def test_row_major_table_closed_by_bars() -> None:
    # the same table flattened row by row, each cell closed by a |
    rows = [("序号", "事项", "数量", "比例")] + [
        (str(n), label, count, share)
        for n, (label, count, share) in enumerate(zip(LABELS[1:], COUNTS[1:], SHARES[1:], strict=True), 1)
    ]
    text = HEAD + "".join(_cells(*r) for r in rows)
    assert ("table_col_sum", ("1,260", "410", "215", "75", "140", "2,100"), True) in _stacked(text)


MUST_NOT = [
    # the label column is not closed by a total
    TRANSPOSED.replace("合计 |", "其他事项 |"),
    # one label more than counts: the total is not the label at the count column's length
    HEAD + _cells(*LABELS[:-1], "其中：复议前置", "合计") + _cells(*COUNTS) + _cells(*SHARES),
    # a row nested in the one above it (其中): the column's sum would count it twice
    HEAD + _cells(*LABELS[:-2], "其中：复议前置", "合计") + _cells(*COUNTS) + _cells(*SHARES),
    # the line before the label column is a label too: the column may start there
    "行政复议申请涉及事项分布\n" + _cells(*LABELS) + _cells(*COUNTS) + _cells(*SHARES),
    # a column shifted against its labels (a cell lost, the first repeated last): its last cell is no total
    HEAD + _cells(*LABELS) + _cells("数量", "410", "215", "75", "140", "2,100", "1,260"),
    # two rows above the total only
    HEAD + _cells("事项", "维持", "驳回", "合计") + _cells("数量", "30", "12", "42"),
    # a label column holding figures (a column of years, not of labels)
    HEAD + _cells("年度", "2021年", "2022年", "2023年", "2024年", "2025年", "合计") + _cells(*COUNTS),
    # the counts do not follow the labels at once
    HEAD + _cells(*LABELS) + "注：下表为申请数量。\n" + _cells("件数", *COUNTS[1:]) + _cells(*SHARES),
    # a header cell of counts inside prose lines
    "全年办理事项合计\n数量\n12\n13\n14\n15\n",
]


@pytest.mark.parametrize("text", MUST_NOT)
def test_transposed_nothing(text: str) -> None:
    assert _stacked(text) == []
