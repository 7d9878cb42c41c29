"""Every linker, registered under its name in one place.

A linker is a function ``(report) -> Iterator[Relation]`` that finds one family
of phrasings; the relations it yields carry its name.  Linkers never judge:
whether a relation holds is ``evaluate``'s, what to say about it ``policy``'s.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

from ...types import Report
from ..model import Relation

Linker = Callable[[Report], Iterator[Relation]]


@functools.lru_cache(maxsize=1)
def linkers() -> dict[str, Linker]:
    """Linker name → function, in run order."""
    from . import breakdowns, changes, enumeration, identity, parts, rates, restated, shares, tables

    return {
        "rate": rates.link_rates,
        "passage_share": shares.link_passage_shares,
        "clause_rate": rates.link_clause_rates,
        "qizhong": parts.link_qizhong,
        "closing_total": parts.link_closing_totals,
        "breakdown": breakdowns.link_breakdowns,
        "share_list": parts.link_share_lists,
        "structure": parts.link_structures,
        "structure_percent": parts.link_structure_percents,
        "change": changes.link_changes,
        "restated": restated.link_restated,
        "xxgk_table": tables.link_tables,
        "text_table": tables.link_text_to_table,
        "prose_identity": identity.link_prose_identities,
        "enumeration": enumeration.link_enumerations,
    }
