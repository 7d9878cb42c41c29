"""The one severity policy: (link confidence, margin beyond rounding) → error / warning / info.

Thresholds are ``Settings`` fields.  A failure that is only a truncation
(95.756% printed 95.75%) or a nominal recomputation of a growth stated at
comparable prices, or a share rounded one unit off so that its whole's shares make 100%, is at most ``info``:
the text may be right.
"""

from __future__ import annotations

from ..settings import Settings
from ..types import Severity
from .evaluate import Outcome
from .model import Relation


def severity(rel: Relation, outcome: Outcome, settings: Settings) -> Severity | None:
    """The severity of a relation that does not hold (None: say nothing)."""
    if outcome.holds is not False:
        return None
    c = rel.confidence
    if c < settings.info_confidence:
        return None
    if outcome.truncated or outcome.adjusted or rel.comparable_prices:
        return Severity.INFO
    if c >= settings.error_confidence and outcome.margin >= settings.error_margin:
        return Severity.ERROR
    if c >= settings.warning_confidence:
        return Severity.WARNING
    return Severity.INFO
