"""Every rule, registered under its id in one place (the ids of shared/design.md)."""

from __future__ import annotations

import functools

from .base import Rule


@functools.lru_cache(maxsize=1)
def rules() -> dict[str, Rule]:
    """Rule id → function ``(report, settings) -> Iterator[Finding | Verified]``, in run order."""
    from . import enumeration, headings, ranges, sections, years
    from .arithmetic import rule_for

    return {
        "ratio_mismatch": rule_for("ratio_mismatch"),
        "part_exceeds_whole": rule_for("part_exceeds_whole"),
        "sum_mismatch": rule_for("sum_mismatch"),
        "share_sum": rule_for("share_sum"),
        "rate_out_of_range": ranges.rate_out_of_range,
        "pp_difference_mismatch": rule_for("pp_difference_mismatch"),
        "growth_mismatch": rule_for("growth_mismatch"),
        "conflicting_values": rule_for("conflicting_values"),
        "enumeration_count_mismatch": enumeration.enumeration_count_mismatch,
        "heading_sequence": headings.heading_sequence,
        "year_inconsistency": years.year_inconsistency,
        "missing_required_section": sections.missing_required_section,
    }


# rules that need several documents; run by cross_document.check_corpus
CORPUS_RULES = ("cross_document_mismatch",)
