"""``rate_out_of_range``: a proportion above 100% or below 0.

Only percents directly named by a proportion that cannot exceed 100% (…率 of
``rates.toml``'s bounded list, 满意度, 占比, 比重) are judged; 完成率, 毛入学率
and growth rates may exceed 100%.  The name must sit right before the figure
(纠错率为58.6%), not across a verb of change (提高了, 增长).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import data
from ..relations.lexicon import lexicon
from ..relations.linking import CLAUSE_END, clause_start
from ..relations.mentions import mentions
from ..settings import Settings
from ..types import Report, Severity
from .base import Result, finding, verified

RULE = "rate_out_of_range"

_WORDS = data.grouped_words("check_words.tsv")
# verbs allowed between a rate's name and its figure
_LINK = re.compile(rf"(?:{data.alternation(_WORDS['rate_lead'])})?(?:{data.alternation(_WORDS['rate_verb'])})?$")
# a change, not a level: the figure is a difference or growth
_CHANGE = re.compile(data.alternation(_WORDS["level_change"]))


def rate_out_of_range(report: Report, settings: Settings) -> Iterator[Result]:
    text = report.text
    lex = lexicon()
    for p in mentions(report):
        if p.unit != "%":
            continue
        words = text[clause_start(text, p.start, CLAUSE_END) : p.start]
        m = _LINK.search(words)
        name = words[: m.start()] if m else words
        if not name or not lex.is_bounded(name) or _CHANGE.search(words):
            continue
        short = name[-8:]
        if p.interval.low > 100 + 1e-9:
            yield finding(
                report, RULE, Severity.ERROR, f"{short} {p.raw}% > 100%", (p,), expected="<= 100", reported=p.value
            )
        elif p.interval.high < 0:
            yield finding(
                report, RULE, Severity.ERROR, f"{short} {p.raw}% < 0", (p,), expected=">= 0", reported=p.value
            )
        else:
            yield verified(report, RULE, f"{short} {p.raw}% ∈ [0, 100]", (p,))
