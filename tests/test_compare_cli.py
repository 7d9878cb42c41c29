"""``govreport compare -i``: ids, subject phrases, ambiguous and unknown names; columns in 80 columns."""

from __future__ import annotations

import io
import json

import pytest
from test_corpus_cli import REPORT, govreport, invoke


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("compare")
    folder = tmp / "in"
    folder.mkdir()
    for name, region, n, k in (("a.txt", "甲区", 29, 17), ("b.txt", "乙县", 40, 10)):
        (folder / name).write_text(REPORT.format(region=region, n=n, k=k, rate=round(100 * k / n, 1)), encoding="utf-8")
    path = tmp / "c.duckdb"
    r = govreport("batch", str(folder), "--db", str(path), "--workers", "1")
    assert r.returncode == 0, r.stderr
    return path


def _json(db, name):
    r = invoke("compare", "--db", str(db), "-i", name, "--format", "json")
    return r, (json.loads(r.stdout) if r.returncode == 0 else None)


@pytest.mark.parametrize(
    ("name", "resolved"),
    [
        # must: an id, and phrases naming one id (the subject phrase, the label, a longer phrase)
        ("admin_review.correction_rate", "admin_review.correction_rate"),
        ("纠错率", "admin_review.correction_rate"),
        ("行政复议纠错率", "admin_review.correction_rate"),
        ("admin_review.cases_received", "admin_review.cases_received"),
    ],
)
def test_compare_resolves_ids_and_phrases(db, name, resolved):
    r, out = _json(db, name)
    assert r.returncode == 0, r.stderr
    assert out["indicator"] == resolved
    assert out["rows"] and {row["indicator"] for row in out["rows"]} == {resolved}
    assert sorted(row["value"] for row in out["rows"]) == (
        [25.0, 58.6] if resolved.endswith("rate") else [29.0, 40.0]
    )


def test_compare_resolves_an_id_merged_into_another(db):
    """A duplicate id merged into another (``aliases`` in the taxonomy) names the id standing for it."""
    r, out = _json(db, "energy.renewable_capacity_share")
    assert r.returncode == 0, r.stderr
    assert out["indicator"] == "renewable_capacity.share"


def test_compare_phrase_says_which_id_it_took(db):
    r = invoke("compare", "--db", str(db), "-i", "纠错率")
    assert r.returncode == 0
    assert "admin_review.correction_rate" in r.stderr and "58.6%" in r.stdout


@pytest.mark.parametrize(
    ("name", "needles"),
    [
        # must not: a phrase of several ids lists them; an unknown id exits 2 with the closest
        ("复议", ("matches", "admin_review.correction_rate", "admin_review.cases_received")),
        ("no.such_id", ("no indicator 'no.such_id'",)),
        ("admin_review.correction_rat", ("closest: admin_review.correction_rate",)),
        ("gdp.grwth", ("closest: gdp.growth",)),
    ],
)
def test_compare_ambiguous_or_unknown_exits_2(db, name, needles):
    r = invoke("compare", "--db", str(db), "-i", name)
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    for n in needles:
        assert n in r.stderr
    assert r.stdout == ""


def test_compare_known_id_without_figures_is_no_error(db):
    r = invoke("compare", "--db", str(db), "-i", "gdp.growth")
    assert r.returncode == 0 and "no figure" in r.stdout


def _console(width):
    from rich.console import Console

    return Console(file=io.StringIO(), width=width, no_color=True, color_system=None, highlight=False)


def test_ids_are_never_cut_in_80_columns():
    from analyzer.cli.compare import print_coverage, print_rows
    from analyzer.corpus.query import Coverage, PanelRow

    ids = ["disposable_income.rural_per_capita_growth", "admin_litigation.head_appearance_rate"]
    items = [Coverage(i, True, 12, 10, 9, 2016, 2025, "actual 8, target 4", "%") for i in ids]
    c = _console(80)
    print_coverage(items, 3, c)
    out = c.file.getvalue()
    for i in ids:
        assert i in out, out
    assert max(map(len, out.splitlines())) <= 80
    rows = [
        PanelRow(ids[0], "actual", "某某省", "province", 2025, 2.049e7, None, None, "平方米", "某某省2026年政府工作报告",
                 "改造老旧小区2049万平方米，惠及居民三十余万户，社区服务设施同步完善", "a/b.txt", "0" * 64)
    ]
    c = _console(80)
    print_rows(ids[0], rows, c)
    out = c.file.getvalue()
    assert "2049万平方米" in out and "20,490,000" not in out
    assert max(map(len, out.splitlines())) <= 80
