"""Every rule, registered under its id in one place (the ids of shared/design.md)."""

from __future__ import annotations

import functools

from .base import Rule


@functools.lru_cache(maxsize=1)
def rules() -> dict[str, Rule]:
    """Rule id → function ``(report, settings) -> Iterator[Finding | Verified]``, in run order."""
    from . import conflicts, differences, enumeration, headings, parts, ranges, ratio, sections, years

    return {
        "ratio_mismatch": ratio.ratio_mismatch,
        "part_exceeds_whole": parts.part_exceeds_whole,
        "sum_mismatch": parts.sum_mismatch,
        "share_sum": parts.share_sum,
        "rate_out_of_range": ranges.rate_out_of_range,
        "pp_difference_mismatch": differences.pp_difference_mismatch,
        "growth_mismatch": differences.growth_mismatch,
        "conflicting_values": conflicts.conflicting_values,
        "enumeration_count_mismatch": enumeration.enumeration_count_mismatch,
        "heading_sequence": headings.heading_sequence,
        "year_inconsistency": years.year_inconsistency,
        "missing_required_section": sections.missing_required_section,
    }


# rules that need several documents; run by cross_document.check_corpus
CORPUS_RULES = ("cross_document_mismatch",)
