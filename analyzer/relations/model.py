"""The relation graph's types: what one arithmetic statement of a report is.

A ``Relation`` says that some figures of the text stand in an arithmetic
relation the text states or implies (17件 / 29件 = 纠错率58.6%; 1105 + 2896 +
2004 = 6391; 8.2 → 23.8万亿 at 年均增长24% over 5 years).  Linkers find them,
``evaluate`` computes whether they hold on the figures' rounding intervals, and
``policy`` turns a relation that does not hold into a finding of one severity.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from .mentions import Mention


class RelationKind(str, enum.Enum):
    RATIO = "ratio"  # result = operands[0] / operands[1] (percent or permille)
    PART_WHOLE = "part_whole"  # operands[0] <= result
    SUM = "sum"  # sum(operands) = result (exhaustive) or <= result
    SHARE_SUM = "share_sum"  # sum(operands) <= 100 (= 100 when exhaustive)
    GROWTH = "growth"  # result = sign·(operands[1] / operands[0] − 1) (percent) or operands[1] − operands[0]
    AVERAGE_GROWTH = "average_growth"  # result = (operands[1] / operands[0]) ** (1 / years) − 1
    PP_DIFFERENCE = "pp_difference"  # result = sign·(operands[1] − operands[0]) (points)
    SAME_VALUE = "same_value"  # operands[0] = operands[1] (one figure stated twice)
    ENUMERATION = "enumeration"  # result (a stated count) = the items of operands[0] (the list, an interval)
    TABLE_IDENTITY = "table_identity"  # operands[0] + operands[1] = operands[2] + operands[3]
    TABLE_ROW_SUM = "table_row_sum"  # sum(operands) = result, along a table row
    TABLE_COL_SUM = "table_col_sum"  # sum(operands) = result, down a table column
    CROSS_YEAR = "cross_year"  # one figure of two documents (corpus only)


# the rule a relation's failure is reported under (design.md's rule ids)
RULE_OF_KIND: dict[RelationKind, str] = {
    RelationKind.RATIO: "ratio_mismatch",
    RelationKind.PART_WHOLE: "part_exceeds_whole",
    RelationKind.SUM: "sum_mismatch",
    RelationKind.SHARE_SUM: "share_sum",
    RelationKind.GROWTH: "growth_mismatch",
    RelationKind.AVERAGE_GROWTH: "growth_mismatch",
    RelationKind.PP_DIFFERENCE: "pp_difference_mismatch",
    RelationKind.SAME_VALUE: "conflicting_values",
    RelationKind.ENUMERATION: "enumeration_count_mismatch",
    RelationKind.TABLE_IDENTITY: "sum_mismatch",
    RelationKind.TABLE_ROW_SUM: "sum_mismatch",
    RelationKind.TABLE_COL_SUM: "sum_mismatch",
    RelationKind.CROSS_YEAR: "cross_document_mismatch",
}


@dataclass(frozen=True, slots=True)
class Relation:
    """One arithmetic statement: ``operands`` combined by ``kind`` should give ``result``.

    ``confidence`` (0–1) is the linker's belief that these are the figures the
    text relates; ``group`` names alternatives of which one is meant (a rate's
    candidate bases: any that holds verifies it, a finding needs all to fail).
    """

    kind: RelationKind
    operands: tuple[Mention, ...]
    result: Mention | None
    linker: str
    confidence: float
    cue: tuple[int, int] | None = None  # the words that state the relation (其中, 占, 合计, 年均增长)
    name: str = ""  # what it is about, for messages (纠错率, 占比, 表格行「…」)
    exhaustive: bool = False  # sum / share_sum: the parts are declared complete (合计, 分别为, 总计)
    group: str | None = None
    sign: int = 1  # growth / pp_difference: +1 up (增长, 高于), −1 down (下降, 低于)
    years: int = 0  # average_growth: the number of yearly steps between the two values
    comparable_prices: bool = False  # the growth is at comparable prices: nominal arithmetic is no evidence
    evidence: tuple[tuple[int, int], ...] = field(default=())  # extra spans (table cells, list items)

    @property
    def rule(self) -> str:
        return RULE_OF_KIND[self.kind]

    @property
    def figures(self) -> tuple[Mention, ...]:
        return self.operands + ((self.result,) if self.result is not None else ())

    @property
    def start(self) -> int:
        spans = [m.start for m in self.figures] + [s for s, _ in self.evidence]
        return min(spans) if spans else -1

    def key(self) -> tuple[object, ...]:
        """Identity of the statement: the same figures in the same roles (linkers may find one twice)."""
        return (
            self.kind,
            tuple((m.start, m.end) for m in self.operands),
            (self.result.start, self.result.end) if self.result is not None else None,
            self.evidence,
        )
