"""Every linker, registered under its name in one place.

A linker is a function ``(report) -> Iterator[Relation]`` that finds one family
of phrasings; the relations it yields carry its name.  Linkers never judge:
whether a relation holds is ``evaluate``'s, what to say about it ``policy``'s.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

from ...cache import by_identity
from ...types import Report
from ..model import Relation

Linker = Callable[[Report], Iterator[Relation]]


@functools.lru_cache(maxsize=1)
def linkers() -> dict[str, Linker]:
    """Linker name → function, in run order."""
    from . import (
        breakdowns,
        carried,
        changes,
        demography,
        enumeration,
        glossed,
        identity,
        levels,
        means,
        outcomes,
        parts,
        portions,
        quotients,
        rates,
        restated,
        series,
        shares,
        stacked,
        tables,
        thresholds,
        totals,
        twostep,
        wholes,
    )

    return {
        "rate": rates.link_rates,
        "passage_share": shares.link_passage_shares,
        "clause_rate": rates.link_clause_rates,
        "indicator_share": rates.link_indicator_shares,
        "remainder_rate": twostep.link_remainder_rates,
        "combined_rate": twostep.link_combined_rates,
        "structure_ratio": twostep.link_structure_ratios,
        "qizhong": parts.link_qizhong,
        "closing_total": parts.link_closing_totals,
        "named_partition": parts.link_partitions,
        "breakdown": breakdowns.link_breakdowns,
        "named_whole": wholes.link_named_wholes,
        "bracket_parts": wholes.link_bracket_parts,
        "from_to_parts": wholes.link_from_to_parts,
        "bounded_pair": wholes.link_bounded_pairs,
        "period_portion": portions.link_period_portions,
        "subset_whole": portions.link_subset_wholes,
        "sector_growth": portions.link_sector_growths,
        "growth_parts": portions.link_growth_parts,
        "sum_growth": means.link_sum_growths,
        "sum_change": means.link_sum_changes,
        "urban_rural_mean": means.link_urban_rural_means,
        "per_unit_mean": quotients.link_per_unit_means,
        "daily_mean": quotients.link_daily_means,
        "median_of_mean": quotients.link_medians_of_means,
        "income_ratio": quotients.link_income_ratios,
        "unit_conversion": quotients.link_unit_conversions,
        "natural_increase": demography.link_natural_increases,
        "added_on": portions.link_added_on,
        "review_outcome": outcomes.link_review_outcomes,
        "component": outcomes.link_components,
        "new_and_total": totals.link_new_and_totals,
        "respective_total": totals.link_respective_totals,
        "total_and_kinds": totals.link_totals_and_kinds,
        "value_added": totals.link_value_added,
        "sector_sum": totals.link_sector_sums,
        "central_local": levels.link_central_local,
        "carried_change": carried.link_carried_changes,
        "share_list": parts.link_share_lists,
        "qizhong_share": shares.link_qizhong_shares,
        "sector_share": shares.link_sector_shares,
        "sector_contribution": shares.link_sector_contributions,
        "structure": parts.link_structures,
        "structure_percent": parts.link_structure_percents,
        "change": changes.link_changes,
        "rate_series": series.link_rate_series,
        "threshold": thresholds.link_thresholds,
        "target_met": thresholds.link_targets_met,
        "restated": restated.link_restated,
        "glossed_count": glossed.link_glossed_counts,
        "xxgk_table": tables.link_tables,
        "text_table": tables.link_text_to_table,
        "stacked_table": stacked.link_stacked_tables,
        "prose_identity": identity.link_prose_identities,
        "prose_identity_open": identity.link_prose_identities_without_carried_in,
        "enumeration": enumeration.link_enumerations,
    }


@by_identity(maxsize=8)
def _done(report: Report) -> dict[str, tuple[Relation, ...]]:
    """The relations found so far in ``report``, by linker name (filled by ``linked``)."""
    return {}


def linked(name: str, report: Report) -> tuple[Relation, ...]:
    """The relations linker ``name`` finds in ``report``, found once per report: the graph and the linkers
    that build on another's relations (structure ratios on breakdowns) share them."""
    done = _done(report)
    found = done.get(name)
    if found is None:
        found = done[name] = tuple(linkers()[name](report))
    return found
