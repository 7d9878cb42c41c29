"""The relation graph of one report: every linker's relations, evaluated once.

``graph(report)`` runs the registered linkers (``linkers/``), drops repeats
(the same figures in the same roles found twice: the most confident link
wins), resolves alternatives (a ``group`` holds when any of its relations
holds; the others are then not the ones meant) and evaluates each relation;
a share rounded one unit off so that its whole's shares make 100% as written
is marked ``adjusted`` (the severity policy reads it as a truncation).
Findings, verified relations, the JSON ``relations`` field, the HTML view and
the corpus all read this one graph.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from ..cache import by_identity
from ..settings import Settings
from ..types import RelationRecord, Report
from .evaluate import Outcome, evaluate
from .linkers import linked, linkers
from .mentions import Mention
from .model import Relation, RelationKind
from .policy import severity


@dataclass(frozen=True, slots=True)
class Link:
    """A relation of the graph with its outcome (``alternatives``: the others of its group that failed too)."""

    id: str
    relation: Relation
    outcome: Outcome
    alternatives: tuple[tuple[Relation, Outcome], ...] = ()
    # a failure another failing relation of fewer of the same figures already shows (a part above its whole
    # explains the sum of those parts that exceeds it): not reported twice
    explained: bool = False


@dataclass(frozen=True)
class Graph:
    links: tuple[Link, ...]

    def of_rule(self, rule: str) -> tuple[Link, ...]:
        return tuple(k for k in self.links if k.relation.rule == rule)


def _found(report: Report) -> list[Relation]:
    best: dict[tuple[object, ...], Relation] = {}
    for name in linkers():
        for rel in linked(name, report):
            if rel.linker != name:
                raise AssertionError(f"linker {name} produced a relation named {rel.linker}")
            k = rel.key()
            # the surest link wins; of two as sure, the one that is a reading among alternatives (its group
            # must see it, or the others of the group would fail alone)
            if k not in best or (rel.confidence, rel.group is not None) > (
                best[k].confidence,
                best[k].group is not None,
            ):
                best[k] = rel
    return sorted(best.values(), key=lambda r: (r.start, r.kind.value, r.key()))


@by_identity(maxsize=8)
def graph(report: Report) -> Graph:
    rels = _found(report)
    outcomes = _rounded_to_hundred(rels, [evaluate(r) for r in rels])
    groups: dict[str, list[int]] = {}
    for i, r in enumerate(rels):
        if r.group is not None:
            groups.setdefault(r.group, []).append(i)
    keep: list[tuple[int, tuple[tuple[Relation, Outcome], ...]]] = []
    grouped = {i for members in groups.values() for i in members}
    for i in range(len(rels)):
        if i not in grouped:
            keep.append((i, ()))
    for members in groups.values():
        holding = [i for i in members if outcomes[i].holds]
        if holding:
            # the reading on which the statement holds is the one meant: the surest, then the nearest
            keep.append((max(holding, key=lambda i: (rels[i].confidence, rels[i].start)), ()))
            continue
        decided = [i for i in members if outcomes[i].holds is False]
        if not decided:
            keep.append((members[0], ()))
            continue
        top = max(decided, key=lambda i: rels[i].confidence)
        keep.append((top, tuple((rels[i], outcomes[i]) for i in decided if i != top)))
    keep.sort()
    failing = [set(_spans(rels[i])) for i, _ in keep if outcomes[i].holds is False]
    links = []
    for n, (i, alts) in enumerate(keep, 1):
        mine = set(_spans(rels[i]))
        explained = outcomes[i].holds is False and any(f < mine for f in failing)
        links.append(Link(f"r{n}", rels[i], outcomes[i], alts, explained))
    return Graph(tuple(links))


def _rounded_to_hundred(rels: list[Relation], outcomes: list[Outcome]) -> list[Outcome]:
    """``outcomes`` with the shares marked ``adjusted`` that are rounded one unit off so that their whole's shares
    make 100% as written: 19.1% + 27.1% + 28.2% + 25.6% of 6200 cases, where 1584/6200 = 25.55% rounds to 25.5%
    and the plain roundings add to 99.9%.  Every share of the set is a ratio to one whole, each one stated is its
    plain rounding or one unit from it, and the units moved are exactly what the plain roundings miss of 100."""
    ratio_of: dict[tuple[int, int], list[int]] = {}
    for i, r in enumerate(rels):
        if r.kind is RelationKind.RATIO and r.result is not None:
            ratio_of.setdefault((r.result.start, r.result.end), []).append(i)
    out = list(outcomes)
    for r, o in zip(rels, outcomes, strict=True):
        if r.kind is not RelationKind.SHARE_SUM or o.holds is not True:
            continue
        if abs(sum(m.value for m in r.operands) - 100.0) > 1e-9:
            continue
        found = [ratio_of.get((m.start, m.end), []) for m in r.operands]
        if any(len(f) != 1 for f in found):
            continue
        ratios = [f[0] for f in found]
        if len({(rels[i].operands[1].start, rels[i].operands[1].end) for i in ratios}) != 1:
            continue  # shares of one whole
        moved = _moved_units(r.operands, [outcomes[i].computed for i in ratios])
        if moved is None:
            continue
        for i in (ratios[k] for k in moved):
            if out[i].holds is False:
                out[i] = replace(out[i], adjusted=True)
    return out


def _moved_units(shares: tuple[Mention, ...], exact: list[float | None]) -> list[int] | None:
    """The positions of the shares stated one unit off their plain rounding, when those moves are exactly what the
    plain roundings miss of 100 (None: some share is further off, or the moves do not close the gap)."""
    plain_total = 0.0
    moved: list[tuple[int, float]] = []
    for k, (m, x) in enumerate(zip(shares, exact, strict=True)):
        if x is None or m.decimals < 0:
            return None
        unit = 10.0**-m.decimals
        plain = math.floor(x / unit + 0.5) * unit
        plain_total += plain
        steps = (m.value - plain) / unit
        if abs(steps - round(steps)) > 1e-6 or abs(round(steps)) > 1:
            return None
        if round(steps):
            moved.append((k, round(steps) * unit))
    gap = 100.0 - plain_total
    if not moved or abs(sum(d for _, d in moved) - gap) > 1e-6 or any(d * gap <= 0 for _, d in moved):
        return None
    return [k for k, _ in moved]


def _spans(r: Relation) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in r.figures] + list(r.evidence)


def _figure_id(m: Mention) -> str:
    return m.metric_id if m.metric_id is not None else f"x{m.start}-{m.end}"


def records(report: Report, settings: Settings) -> tuple[RelationRecord, ...]:
    """The graph of ``report`` as the JSON/corpus records.

    ``holds`` is what the checks made of the relation: True verified, False a finding, None neither (not
    decidable, or a failure whose link is too unsure to report, or one a smaller failure already shows).
    """
    out = []
    for link in graph(report).links:
        r = link.relation
        holds = link.outcome.holds
        if holds is False and (link.explained or severity(r, link.outcome, settings) is None):
            holds = None
        cue = report.span(*r.cue) if r.cue is not None else None
        out.append(
            RelationRecord(
                id=link.id,
                kind=r.kind.value,
                operands=tuple(_figure_id(m) for m in r.operands),
                result=_figure_id(r.result) if r.result is not None else None,
                confidence=r.confidence,
                linker=r.linker,
                cue=cue,
                holds=holds,
                rule=r.rule,
            )
        )
    return tuple(out)
