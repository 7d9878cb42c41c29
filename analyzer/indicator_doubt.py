"""Features of an indicator assignment for a statistical abstention filter (issue 14, round T7).

An assignment is a figure's reading (its subject phrase, the sentence before it, the words after it) and the id the
taxonomy and the readings of ``analyzer.extract._indicator`` gave it. ``features`` describes it by a few named
numbers: how the subject matched (the entry's label, a subject phrase, a longer phrase ending in it), what stands
between the matched subject and the figure and before it (其中, 用于, 重点, 公办, a place, a per-unit word …), the
figure's kind and unit, and the id's domain. ``analyzer/data/indicator_doubt.tsv`` holds the words.

Used by the experiment ``benchmarks/indicator_abstention.py`` only (its numbers: ``benchmarks/data/README.md``): the
filter it trained did not raise precision enough on the held-out samples to be wired into the extractor. Kept so
that a later round with more judged figures can retrain it in one command.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .data import grouped_words
from .indicators import Indicator, Taxonomy, label_is_flow, shipped_indicators
from .types import Genre, MetricKind

_CLAUSE_BREAKS = "，,；;：:。"
# the word groups of indicator_doubt.tsv, each a feature in two places: the modifier before the matched subject
# (``mod_*``) and the figure's clause before its phrase (``ctx_*``)
GROUPS = (
    "part",
    "purpose",
    "focus",
    "ownership",
    "per_unit",
    "whole",
    "cumulative",
    "new",
    "level",
    "list",
    "compare",
    "place",
)
KINDS = tuple(k.value for k in MetricKind)
GENRES = tuple(g.value for g in Genre)


@functools.lru_cache(maxsize=1)
def domains() -> tuple[str, ...]:
    """The shipped taxonomy's domains, in name order (a user's entry of another domain has none of them)."""
    return tuple(sorted({i.domain for i in shipped_indicators()}))


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    return grouped_words("indicator_doubt.tsv")


@dataclass(frozen=True)
class Assignment:
    """What the extraction knows of one figure when its id is decided."""

    phrase: str  # the subject phrase the taxonomy matched (up to the number)
    context: str  # the sentence before the figure (at most 80 characters)
    tail: str  # the rest of the figure's clause after it
    kind: MetricKind
    unit: str
    growth: bool
    qualified: bool  # a qualifier (约, 以上, 左右 …)
    noun_after: bool  # the subject is the noun after the figure (4个重大政策文件)
    de_before: bool  # 的 right before the figure
    indicator: str
    genre: str | None = None


def _matched(ind: Indicator, phrase: str) -> tuple[str, int]:
    """(the entry's subject phrase nearest the end of ``phrase``, the longest first on a tie; where it starts), or
    ("", -1)."""
    best, at = "", -1
    for s in ind.subject:
        i = phrase.rfind(s)
        if i >= 0 and (i + len(s) > at + len(best) or (i + len(s) == at + len(best) and len(s) > len(best))):
            best, at = s, i
    return best, at


def _has(group: str, text: str) -> float:
    return 1.0 if any(w in text for w in _words().get(group, ())) else 0.0


def feature_names() -> tuple[str, ...]:
    return tuple(features_of(None, None).keys())


def features_of(a: Assignment | None, taxonomy: Taxonomy | None) -> dict[str, float]:
    """The named features of assignment ``a`` (all zero for None: the names in order)."""
    out: dict[str, float] = {}
    ind = taxonomy.get(a.indicator) if a is not None and taxonomy is not None else None
    phrase = a.phrase if a is not None else ""
    subject, at = _matched(ind, phrase) if ind is not None else ("", -1)
    end = at + len(subject) if at >= 0 else len(phrase)
    cut = max(phrase.rfind(c, 0, max(at, 0)) for c in _CLAUSE_BREAKS) + 1 if at >= 0 else 0
    modifier = phrase[cut:at] if at >= 0 else ""
    between = phrase[end:]
    clause = a.context[max(a.context.rfind(c) for c in _CLAUSE_BREAKS) + 1 :] if a is not None else ""
    label = ind.label if ind is not None else ""
    out["subject_is_label"] = float(bool(subject) and subject == label)
    out["label_in_phrase"] = float(bool(label) and label in phrase)
    out["subject_len"] = float(min(len(subject), 12))
    out["modifier_len"] = float(min(len(modifier), 20))
    out["between_len"] = float(min(len(between), 20))
    out["phrase_len"] = float(min(len(phrase), 40))
    out["tail_len"] = float(min(len(a.tail), 16)) if a is not None else 0.0
    out["n_subjects"] = float(min(len(ind.subject), 20)) if ind is not None else 0.0
    out["n_candidates"] = float(min(len(taxonomy.candidates(phrase)), 10)) if a is not None and taxonomy else 0.0
    out["growth"] = float(a is not None and a.growth)
    out["qualified"] = float(a is not None and a.qualified)
    out["noun_after"] = float(a is not None and a.noun_after)
    out["de_before"] = float(a is not None and a.de_before)
    out["respectively"] = float(a is not None and "分别" in a.context)
    out["relation_growth"] = float(ind is not None and ind.relation == "growth")
    out["unit_in_entry"] = float(ind is not None and bool(ind.units) and a is not None and a.unit in ind.units)
    for g in GROUPS:
        out[f"mod_{g}"] = _has(g, modifier) if g != "place" else float(modifier[-1:] in _words().get(g, ()))
        if g != "place":
            # (a word of the group in the entry's own label is no doubt: 新增城镇就业 is the new ones' id)
            out[f"ctx_{g}"] = _has(g, clause + between) * (1.0 - _has(g, label))
    # the sentence before the figure: a period of several years, a target's words
    out["sent_period"] = _has("period", a.context) if a is not None else 0.0
    out["sent_target"] = _has("target", a.context) if a is not None else 0.0
    out["id_is_flow"] = float(ind is not None and label_is_flow(ind.label))
    for gen in GENRES:
        out[f"genre_{gen}"] = float(a is not None and a.genre == gen)
    for k in KINDS:
        out[f"kind_{k}"] = float(a is not None and a.kind.value == k)
    for d in domains():
        out[f"domain_{d}"] = float(ind is not None and ind.domain == d)
    return out


def phrase_text(a: Assignment) -> str:
    """The phrase's words the n-gram features read: the modifier, the matched subject and the words up to the figure."""
    return a.phrase[-24:]
