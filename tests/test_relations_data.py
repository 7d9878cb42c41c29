"""The relation sets of benchmarks/relations_data.py: the held-out file loads, and a broken one is refused."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.relations_data import (
    HELDOUT,
    KINDS,
    RelationDataError,
    load_dev,
    load_heldout,
    load_relations,
    locate,
    read_texts,
    sha1,
)
from tests.conftest import REAL


@pytest.fixture(scope="module")
def texts():  # type: ignore[no-untyped-def]
    if not REAL.is_dir():
        pytest.skip(f"real reports not found at {REAL} (set GOVREPORT_REAL)")
    return read_texts(REAL)


def test_heldout_file_loads_and_every_span_resolves(texts):  # type: ignore[no-untyped-def]
    rels = load_heldout(texts)
    assert len(rels) >= 170
    for r in rels:
        assert r.figures, r.id
        for f in r.figures:
            assert f.resolved and texts.text(r.doc)[f.start : f.end] == f.text, r.id
            assert any(ch.isdigit() or ch in "一二三四五六七八九十两" for ch in f.text), (r.id, f.text)
        assert r.note.strip() and r.arithmetic.strip()


def test_heldout_spread_of_kinds_and_sources(texts):  # type: ignore[no-untyped-def]
    rels = load_heldout(texts)
    kinds = Counter(r.kind for r in rels)
    assert set(kinds) <= set(KINDS)
    assert len(kinds) >= 10, kinds
    # drawn from every kind of text of shared/real, not one
    folders = Counter(r.source.split("/", 1)[0] for r in rels)
    assert {"national", "provincial_2026", "info_disclosure", "pages_excerpts.jsonl", "seed"} <= set(folders)


def test_heldout_relations_are_not_dev_relations(texts):  # type: ignore[no-untyped-def]
    dev = {(r.doc, frozenset(f.text for f in r.figures)) for r in load_dev(texts)}
    for r in load_heldout(texts):
        assert (r.doc, frozenset(f.text for f in r.figures)) not in dev, r.id


def test_dev_set_loads_with_every_quote_found(real_dir):  # type: ignore[no-untyped-def]
    _texts, rels = load_relations(real_dir)
    dev = [r for r in rels if r.set == "dev"]
    assert len(dev) == 150
    assert all(f.resolved for r in dev for f in r.figures)


def _rewrite(tmp_path: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    rows = [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines()]
    edit(rows)
    out = tmp_path / "heldout.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return out


def _shift(rows):  # type: ignore[no-untyped-def]
    a, b = rows[3]["spans"][0]
    rows[3]["spans"][0] = [a + 1, b + 1]


def _outside(rows):  # type: ignore[no-untyped-def]
    rows[5]["spans"][0] = [10**7, 10**7 + 3]


def _bad_kind(rows):  # type: ignore[no-untyped-def]
    rows[0]["kind"] = "ratios"


def _hash_count(rows):  # type: ignore[no-untyped-def]
    rows[2]["sha1"] = rows[2]["sha1"][:-1] if len(rows[2]["sha1"]) > 1 else []


def _status_holds(rows):  # type: ignore[no-untyped-def]
    rows[1]["holds"] = False  # a "holds" relation said not to hold


def _no_note(rows):  # type: ignore[no-untyped-def]
    rows[4]["note"] = " "


@pytest.mark.parametrize(
    ("edit", "says"),
    [
        (_shift, "no longer matches its sha1"),
        (_outside, "outside the source text"),
        (_bad_kind, "unknown kind"),
        (_hash_count, "one hash per span"),
        (_status_holds, "disagrees with status"),
        (_no_note, "needs a 'note'"),
    ],
)
def test_a_broken_heldout_file_is_refused_naming_the_line(texts, tmp_path, edit, says):  # type: ignore[no-untyped-def]
    path = _rewrite(tmp_path, edit)
    with pytest.raises(RelationDataError, match=says) as exc:
        load_heldout(texts, path)
    assert str(path) in str(exc.value) and ":" in str(exc.value)


def test_the_unchanged_file_rewritten_still_loads(texts, tmp_path):  # type: ignore[no-untyped-def]
    assert len(load_heldout(texts, _rewrite(tmp_path, lambda rows: None))) == len(load_heldout(texts))


def test_sha1_is_of_the_utf8_span():
    assert sha1("占比5.4%") == __import__("hashlib").sha1("占比5.4%".encode()).hexdigest()


# locate: a figure of the source text found in the cleaned text, even when cleaning changed it
@pytest.mark.parametrize(
    ("raw", "clean", "quote", "expect"),
    [
        ("甲共10件。乙共10件。", "甲共10件。乙共10件。", "乙共10件", "乙共10件"),  # repeated: the context decides
        ("下载 打印\n\n共收到 749 件申请", "共收到 749 件申请", "749 件", "749 件"),  # chrome removed before it
        ("收入达到１２３４亿元", "收入达到1234亿元", "１２３４亿元", "1234亿元"),  # full-width folded
        ("共 12\n件", "共 12件", "12\n件", "12件"),  # spacing changed inside the quote
        # the ％ folded, the Chinese ； kept: cleaning maps only the full-width forms of numbers to ASCII
        ("涨幅控制在４％左右；进出口", "涨幅控制在4%左右；进出口", "４％左右；进出口", "4%左右；进出口"),
    ],
)
def test_locate_must_find(raw, clean, quote, expect):  # type: ignore[no-untyped-def]
    a = raw.rindex(quote)
    where = locate(raw, clean, a, a + len(quote))
    assert where is not None and clean[where[0] : where[1]] == expect
    if raw.count(quote) > 1:
        assert where[0] == clean.rindex(expect)


def test_locate_reads_the_context_past_the_spaces_cleaning_dropped():
    # a PDF conversion's "申请 9 件" is "申请9件" once cleaned: the context around the figure still tells it from a
    # table cell of the same number (whose own spaces are kept), whichever lies nearer the proportional position
    raw = "法人或其他组织申请 9 件。\n| 类别 | 9 | 0 |\n"
    clean = "法人或其他组织申请9件。\n| 类别 | 9 | 0 |\n"
    a = raw.index("9")
    where = locate(raw, clean, a, a + 1)
    assert where == (clean.index("9"), clean.index("9") + 1)
    # the half that must not move: the table cell's own 9 is found at the cell
    b = raw.rindex("9")
    assert locate(raw, clean, b, b + 1) == (clean.rindex("9"), clean.rindex("9") + 1)


@pytest.mark.parametrize(
    ("raw", "clean", "quote"),
    [("共收到749件", "共收到750件", "749件"), ("其中58件", "其中", "58件"), ("左右；进", "左右;进", "左右；进")],
)
def test_locate_must_not_invent(raw, clean, quote):  # type: ignore[no-untyped-def]
    a = raw.index(quote)
    assert locate(raw, clean, a, a + len(quote)) is None


# the scorer's coverage rule: evidence overlaps all the figures, or all but one (at least one)
@pytest.mark.parametrize(
    ("evidence", "figures", "covered"),
    [
        ([(0, 5), (10, 15), (20, 25)], [(1, 2), (11, 12), (21, 22)], True),  # all three
        ([(0, 5), (10, 15)], [(1, 2), (11, 12), (21, 22)], True),  # all but one
        ([(0, 5)], [(1, 2), (11, 12), (21, 22)], False),  # one of three
        ([(5, 10)], [(0, 5)], False),  # touching is not overlapping
        ([(4, 10)], [(0, 5)], True),  # a one-figure relation needs that figure
        ([], [(0, 5), (7, 9)], False),
    ],
)
def test_coverage_rule(evidence, figures, covered):  # type: ignore[no-untyped-def]
    from analyzer.types import Span
    from benchmarks.bench_relations import covers

    ev = tuple(Span(a, b, "") for a, b in evidence)
    assert covers(ev, figures, len(figures)) is covered


def test_relation_graph_reads_the_spans_of_the_metrics_a_relation_names():
    from types import SimpleNamespace

    from benchmarks.bench_relations import relation_graph

    class Rel:
        def to_dict(self):  # type: ignore[no-untyped-def]
            return {"kind": "ratio", "operands": ["m1", "m2"], "result": "m3", "confidence": 0.9}

    metrics = [SimpleNamespace(id=f"m{i}", start=10 * i, end=10 * i + 4) for i in (1, 2, 3, 4)]
    assert relation_graph(SimpleNamespace()) is None  # a report without the field
    report = SimpleNamespace(relations=(Rel(),), metrics=metrics)
    spans = relation_graph(report)  # type: ignore[arg-type]
    # m4 is named by no relation; an id no metric has is left out
    assert spans is not None and sorted((s.start, s.end) for s in spans[0]) == [(10, 14), (20, 24), (30, 34)]


def test_the_bench_lists_the_test_half_only_when_asked(real_dir, capsys):  # type: ignore[no-untyped-def]
    # the held-out test half is measured, never read case by case while tuning: its lines are left out of the bench's
    # listings unless --show-test is given (its totals are printed either way)
    from benchmarks.bench_relations import main

    assert main(["--real", str(real_dir), "--no-precision", "--list", "all"]) == 0
    hidden = capsys.readouterr().out
    assert "\ntest: " in hidden and "  dev:1 " in hidden
    assert not any(line.startswith("  test:") for line in hidden.splitlines())
    assert main(["--real", str(real_dir), "--no-precision", "--list", "all", "--show-test"]) == 0
    shown = capsys.readouterr().out
    assert any(line.startswith("  test:") for line in shown.splitlines())
