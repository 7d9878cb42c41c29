"""The relation layer: every arithmetic relation a report states, found once, as one graph.

* ``model``: ``Relation`` (kind, operand figures, result, cue, confidence, linker) and ``RelationKind``;
* ``linkers/``: the registered linkers, one module per family of phrasings, each yielding relations;
* ``evaluate``: interval arithmetic deciding whether a relation holds, with the margin beyond rounding;
* ``policy``: the one severity policy (thresholds in ``Settings``);
* ``graph``: the report's graph, built once, read by the checks, the JSON, the HTML view and the corpus.
"""

from __future__ import annotations

from .evaluate import Outcome, evaluate
from .graph import Graph, Link, graph, records
from .linkers import linkers
from .model import RULE_OF_KIND, Relation, RelationKind
from .policy import severity

__all__ = [
    "RULE_OF_KIND",
    "Graph",
    "Link",
    "Outcome",
    "Relation",
    "RelationKind",
    "evaluate",
    "graph",
    "linkers",
    "records",
    "severity",
]
