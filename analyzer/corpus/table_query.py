"""What ``compare --table-cell ROW.COL`` asks the corpus: one keyed table cell across issuers and years.

Reads only the ``table_panel`` view (``schema``): ``new.total`` (本年新收, all
applicants), ``review.corrected`` (行政复议 结果纠正), ``normative.valid`` …, one row
per document that has the cell, ordered by issuer then year.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from ..errors import AnalyzerError
from .db import Corpus

# ROW.COL: the row key may hold a dot (denied.3.total)
_CELL = re.compile(r"^[a-z_]+(?:\.\d+)?\.[a-z_]+$")

TABLE_ROW_FIELDS = ("cell", "template", "issuer", "region", "level", "year", "value", "document", "evidence", "path")


@dataclass(frozen=True)
class TableCellRow:
    cell: str
    template: str
    issuer: str | None
    region: str | None
    level: str | None
    year: int | None
    value: float | None
    document: str
    evidence: str
    path: str | None
    sha256: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class TableCellError(AnalyzerError):
    """A --table-cell that is no ROW.COL key."""


def table_cell_rows(corpus: Corpus, cell: str, *, year: int | None = None) -> list[TableCellRow]:
    """Every document's value of the keyed cell ``cell`` (``ROW.COL``), by issuer and year."""
    if not _CELL.match(cell):
        raise TableCellError(
            f"--table-cell {cell!r}: expected ROW.COL, e.g. new.total, denied.3.natural, review.corrected "
            "(the keys of design.md's 政府信息公开 templates)"
        )
    where, args = ["cell = ?"], [cell]
    if year is not None:
        where.append("year = ?")
        args.append(year)  # type: ignore[arg-type]
    rows = corpus.con.execute(
        "SELECT cell, template, issuer, region, level, year, value, document, evidence, path, sha256 "
        f"FROM table_panel WHERE {' AND '.join(where)} ORDER BY issuer NULLS LAST, year NULLS LAST, document",
        args,
    ).fetchall()
    return [TableCellRow(*r) for r in rows]
