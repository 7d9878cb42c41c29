"""Mutation recall: each mutant carries one injected slip; the labelled rule must report it."""

from __future__ import annotations

from collections import Counter

import pytest

from analyzer.checks.registry import rules
from tests.conftest import REAL

from .mutants import mutants
from .recall import bases, measure

# every rule checked inside one report has mutants (cross_document_mismatch has its own corpus mutants)
RULES_WITH_MUTANTS = set(rules())


def test_mutation_generator_covers_every_rule_with_60_mutants():
    count: Counter[str] = Counter()
    for name, text in bases(REAL if REAL.is_dir() else None):
        for m in mutants(name, text):
            assert m.text != text, (m.base, m.operator)
            count[m.rule] += 1
    assert set(count) == RULES_WITH_MUTANTS
    assert sum(count.values()) >= 60


@pytest.mark.slow
def test_mutation_recall_is_at_least_95_percent():
    total, hit, missed = measure(REAL if REAL.is_dir() else None)
    recall = sum(hit.values()) / sum(total.values())
    assert recall >= 0.95, [(m.base, m.rule, m.operator) for m in missed]
    # no rule is left behind: each catches most of its own mutants
    for rule in total:
        assert hit[rule] / total[rule] >= 0.8, (rule, hit[rule], total[rule])
    if REAL.is_dir():
        assert total["cross_document_mismatch"] >= 5
