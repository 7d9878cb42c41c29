"""The second mutation suite: mutants made from the hand-checked relations (relations_mutants.py)."""

from __future__ import annotations

from collections import Counter

import pytest

from analyzer.checks.registry import rules
from benchmarks.relations_data import load_relations
from tests.conftest import REAL

from .relations_mutants import RULE, _beyond_rounding, format_like, numbers, parse_number, relation_mutants
from .relations_recall import measure, recall

# measured on main's checker: 52 of 329 mutants (15.8%) before the relation layer, 144 (43.8%) at the start of
# its second session, 249 (75.7%) after it, 267 (81.2%) with the part, sum, share and average-growth families
# of task B. The aim is 90%: raise these floors as the layer grows, never lower them.
# The held-out set then grew from 207 to 329 relations (lines 208-329, read by an annotator who had not seen the
# checker, from passages drawn at random): on the 420 mutants of all relations recall was 69.3% (291), on the 329
# mutants of the relations known before 81.2% (267), unchanged. After rounds R2 and R3 (restatements, totals and
# their new parts, enumerations) and the enumeration operator's fix (it bumps the stated count, not an item's own
# figure): 74.5% of 419 (312) and 82.7% of the first 329 (272). Both are held.
# The set grew again, to 493 (lines 330-493, a second annotator who had not seen the checker, seed 20261202, 108 of
# them enumerations): on the 506 mutants of all relations recall was 66.4% (336) at that merge, on the mutants of
# the relations known before it 74.9% (314 of 419), unchanged. Each population keeps its floor: the floor of the
# whole set starts at what the new relations gave, the earlier ones stay where they were.
# A third and fourth reading (R8: lines 494-577 from the passages the first annotator drew but never read, and three
# span fixes of R5's lines after a second reader re-checked 40 of them): 63.8% of 556 (355) at that merge, 66.5% of
# the 507 known before (337).
# After rounds R6 (restatements: a target list restated in its explanation, written values of one qualifier, a name
# explained in brackets, another body's or whole's figure kept apart) and R7 (enumerations: measures closing a
# paragraph, glossary entries, notes, quoted and one-character counts, places; 其中 parts past other units):
# 66.4% of 556 (369); 69.0% of the 507 to line 493 (350); 76.1% of the 419 to line 329 (319); 82.9% to line 207.
# Round R11 (enumerations: quoted counts of moves, long items before 等, Latin tokens in items, 两端/两手 pairs;
# breakdowns: 比例/与 no comparison base): 66.9% of 556 (372); 69.6% of the 507 to line 493 (353).
# After round R10 (a line restated in a year's part, touching rounding intervals kept apart): 66.9% of 556 (372).
# Both merged (session 20): 67.1% of 556 (373).
# Session 21: rounds R12 (parts without 其中: review outcomes, an aggregate's component, respective totals, items in other
# measure words; a share held to the whole its 占… words name whether or not it holds) and R13 (slogans defined by a
# note, glossary groups, the ordinal after a list, a glossary count restated; a plan's 去年 level against the review),
# and the national congress session as the delivery year of a text-only report: 69.6% of 556 (387); 71.6% of the 507
# to line 493 (363); 77.1% of the 419 to line 329 (323); 83.5% to line 207 (274).
# Round R16 (enumeration counts one above their items: two items read from their clause's start, a run of levels after
# the verb opening its clause, a quoted count after 实现): 72.1% of 556 (401); 73.4% of the 507 to line 493; 77.3% of the
# 419 to line 329; 83.5% to line 207.
# Round R15 (restatements: one period named alike in two paragraphs, a name setting last year's carried cases
# aside): 70.3% of 556 (391); 72.4% of the 507 to line 493 (367); 77.6% of the 419 to line 329 (325); 83.8% to
# line 207 (275).
# Both merged (session 22): 72.8% of 556 (405).
# Round R17 on that (a plan's bare 增长 on last year's amount, the GDP shares of disjoint sectors, 农林牧渔业 complete by
# its trades, a named 合计 over the sentence before, a year's intake within the students in school): 73.9% of 556 (411);
# 75.0% of the 507 to line 493 (380); 78.5% of the 419 to line 329 (329); 84.5% to line 207 (277).
# The tie rule (no part-over-whole mutant when a part equals its whole): 74.5% of 553. The fourth annotator's 54
# relations (lines 578-631, session 22) add 32 mutants, 17 caught at the merge (53%, as the test half): 73.3% of 584 (428);
# 74.5% of the 552 to line 577 (411); 75.6% to line 493 (380); 79.3% to line 329 (329); 85.3% to line 207 (278).
# The fifth annotator's 46 relations (lines 632-677, a blind draw with seed 20261204, 35 of them enumerations and 10
# "other" relations that make no mutant) add 21 mutants, 5 caught at the merge (24%): 71.6% of 606 (434); 73.3% of
# the 585 to line 631 (429); 74.5% to line 577 (412); 75.6% to line 493 (381); 79.3% to line 329 (330); 85.3% to
# line 207 (278). The whole set's floor drops to what the new relations gave; the earlier populations keep theirs.
RECALL_FLOOR = 0.715
# (the last held-out line of a population, its floor): the set as it was before each annotator's relations
POPULATION_FLOORS = ((207, 0.845), (329, 0.785), (493, 0.75), (577, 0.74), (631, 0.73))


@pytest.fixture(scope="module")
def data():  # type: ignore[no-untyped-def]
    if not REAL.is_dir():
        pytest.skip(f"real reports not found at {REAL} (set GOVREPORT_REAL)")
    return load_relations(REAL)


def test_at_least_200_mutants_from_both_sets_each_labelled_with_a_real_rule(data):  # type: ignore[no-untyped-def]
    texts, rels = data
    ms = relation_mutants(texts, rels)
    assert len(ms) >= 200
    assert {m.relation.split(":")[0] for m in ms} == {"dev", "heldout"}
    assert {m.rule for m in ms} <= set(rules())
    kinds = Counter(m.kind for m in ms)
    assert {"ratio", "sum", "part_whole", "share_sum", "share_pair", "enumeration", "restatement"} <= set(kinds), kinds


def test_mutants_come_only_from_relations_that_hold_and_change_the_figure(data):  # type: ignore[no-untyped-def]
    texts, rels = data
    status = {r.id: r.status for r in rels}
    for m in relation_mutants(texts, rels):
        assert status[m.relation] == "holds", m.relation
        base = texts.text(m.doc)
        assert m.text != base
        assert any(ch.isdigit() or ch in "一二三四五六七八九十" for ch in m.text[m.at : m.end]), m.operator
        if m.kind != "restatement":  # an in-place edit: the text outside the figure is untouched
            assert m.text[: m.at] == base[: m.at], m.operator


def test_the_generator_is_deterministic(data):  # type: ignore[no-untyped-def]
    texts, rels = data
    first = [(m.relation, m.operator, m.at, m.text[m.at : m.end]) for m in relation_mutants(texts, rels)]
    assert first == [(m.relation, m.operator, m.at, m.text[m.at : m.end]) for m in relation_mutants(texts, rels)]
    other = [(m.relation, m.operator, m.at) for m in relation_mutants(texts, rels, seed=1)]
    assert other != [x[:3] for x in first]  # the seed matters: the operators are drawn from it


@pytest.mark.parametrize(
    ("raw", "value", "written"),
    [
        ("1113", 1224.3, "1224"),
        ("95.87", 99.5, "99.50"),
        ("２６６２", 3062, "３０６２"),  # full-width digits stay full-width
        ("１，２３４", 1357, "１，３５７"),  # full-width thousands separators kept
        ("12,345.6", 13580.16, "13,580.2"),
        ("３．６８", 4.1, "４．１０"),
    ],
)
def test_format_like_keeps_the_way_a_number_is_written(raw, value, written):  # type: ignore[no-untyped-def]
    assert format_like(raw, value) == written
    assert parse_number(written) == pytest.approx(
        round(value, len(written.replace("．", ".").split(".")[1]) if "." in written.replace("．", ".") else 0)
    )


@pytest.mark.parametrize(
    ("text", "must", "must_not"),
    [
        ("较2021年120件增加了35件", [120.0, 35.0], [2021.0]),  # a year is no figure
        ("2.52万公里", [2.52], []),
        ("占比５．４％", [5.4], []),
        ("（2024版）2份目录", [2.0], [2024.0]),
    ],
)
def test_numbers_of_a_quote(text, must, must_not):  # type: ignore[no-untyped-def]
    got = [n.value for n in numbers(text, 0, len(text))]
    for v in must:
        assert v in got
    for v in must_not:
        assert v not in got
    scaled = numbers("2.52万公里", 0, 7)[0]
    assert scaled.full == pytest.approx(25200)


@pytest.mark.parametrize(
    ("part", "whole", "rate", "factor", "want"),
    [
        # must move: 35/100 = 35% raised 15% to 40 gives 40%, beyond 35%'s rounding at once
        ("35", "100", "35%", 1.15, 40.0),
        # must move further: 42 raised 15% (48) gives 4.31% of 1113, still 4%; 1.5 steps (51) give 4.58%, which
        # truncates to 4% (info by design); 2 steps (55) give 4.94%, still 4% truncated: no mutant
        ("42", "1113", "4%", 1.15, None),
        # must move further: 9 of 30 (30.0%) raised 15% is 10 (33.3%): beyond 30.0% at once
        ("9", "30", "30.0%", 1.15, 10.0),
        # must lower: 28 of 30 (93.3%) cut 15% is 24 (80.0%)
        ("28", "30", "93.3%", 0.85, 24.0),
        # must not exceed the whole: 29 of 30 raised by any step passes 30
        ("29", "30", "96.7%", 1.15, None),
    ],
)
def test_ratio_count_mutants_break_the_stated_rate(part, whole, rate, factor, want):  # type: ignore[no-untyped-def]
    text = f"{whole}件{part}件{rate}"
    w, p, r = numbers(text, 0, len(text))
    assert _beyond_rounding(p, w, r, factor) == want


def test_every_kind_has_a_rule():
    assert set(RULE.values()) <= set(rules())


@pytest.mark.slow
def test_relation_mutant_recall_does_not_fall_below_the_floor():
    if not REAL.is_dir():
        pytest.skip(f"real reports not found at {REAL} (set GOVREPORT_REAL)")
    results = measure(REAL)
    assert len(results) >= 200
    assert recall(results) >= RECALL_FLOOR, [
        (r.mutant.relation, r.mutant.operator, r.mutant.rule) for r in results if not r.caught
    ][:40]
    for last_line, floor in POPULATION_FLOORS:
        known = [r for r in results if _known_by(r.mutant.relation, last_line)]
        assert len(known) >= 300
        assert recall(known) >= floor, (
            last_line,
            [(r.mutant.relation, r.mutant.operator, r.mutant.rule) for r in known if not r.caught][:40],
        )


def _known_by(relation: str, last_line: int) -> bool:
    """A mutant of a dev relation or of a held-out relation up to ``last_line`` (``tune:12``, ``dev:4``)."""
    half, line = relation.split(":")
    return half == "dev" or int(line) <= last_line
