"""Targets against results: ``decide_met``, ``target_direction``, the ``target_panel`` view, ``compare --vs-target``.

The corpus is two 政府工作报告 of one province written for this test (tests/fixtures/target_panel): the
report delivered in 2025 sets 2025's targets and states 2024's results, the one delivered in 2026 states
2025's results, a “十五五” plan target and 2026's targets.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from test_corpus_cli import invoke

from analyzer.corpus import open_corpus, run_batch, target_rows
from analyzer.corpus.query import decide_met, tolerance_for
from analyzer.errors import DataFileError
from analyzer.indicators import load_taxonomy, parse_taxonomy
from analyzer.settings import DEFAULT_SETTINGS, Settings

FIXTURES = Path(__file__).parent / "fixtures" / "target_panel"


# -- met: the qualifier's meaning, the indicator's direction, the tolerance ---------------------------
@pytest.mark.parametrize(
    ("target", "high", "qualifier", "result", "direction", "met"),
    [
        # a floor (GDP growth): 5%左右 met by 5.0 and by 4.9 (tolerance 0.1), missed by 4.8 and by 3.0
        (5.0, None, "about", 5.0, "at_least", True),
        (5.0, None, "about", 4.9, "at_least", True),
        (5.0, None, "about", 4.8, "at_least", False),
        (5.5, None, "about", 3.0, "at_least", False),
        (7.5, None, None, 7.7, "at_least", True),  # a bare 7.5% reads as a point target
        # a ceiling (CPI, unemployment): 3%左右 met by 0.2 and by 3.1, missed by 3.3
        (3.0, None, "about", 0.2, "at_most", True),
        (3.0, None, "about", 3.1, "at_most", True),
        (3.0, None, "about", 3.3, "at_most", False),
        # 以上 / 以内 as written, whatever the direction, no tolerance
        (6.0, None, "at_least", 8.1, "at_least", True),
        (6.0, None, "at_least", 5.95, "at_least", False),
        (3.0, None, "at_most", 4.8, "at_most", False),
        (4.6, None, "at_most", 4.6, None, True),
        # a range: its lower end for a floor, its upper end for a ceiling
        (6.5, 7.0, None, 6.7, "at_least", True),
        (6.5, 7.0, None, 6.4, "at_least", False),
        (2.0, 3.0, None, 2.9, "at_most", True),
        (2.0, 3.0, None, 3.2, "at_most", False),
    ],
)
def test_target_met_by_qualifier_and_direction(target, high, qualifier, result, direction, met):
    assert decide_met(target, high, qualifier, result, direction, 0.1) == (met, "")


@pytest.mark.parametrize(
    ("target", "qualifier", "result", "direction", "note"),
    [
        # undecidable: no result, no target, a point target of an indicator without a direction
        (5.0, "about", None, "at_least", "no result"),
        (None, None, 5.0, "at_least", "no target"),
        (5.0, "about", 5.0, None, "no target direction"),
    ],
)
def test_target_met_is_null_when_undecidable(target, qualifier, result, direction, note):
    assert decide_met(target, None, qualifier, result, direction, 0.1) == (None, note)


def test_target_tolerance_is_percentage_points_for_percent_and_a_share_otherwise():
    assert tolerance_for("%", 5.0, DEFAULT_SETTINGS) == DEFAULT_SETTINGS.target_tolerance_pp == 0.1
    assert tolerance_for("人", 1_000_000, Settings(target_tolerance_share=0.02)) == pytest.approx(20_000)


@pytest.mark.parametrize(
    ("indicator", "direction"),
    [
        ("gdp.growth", "at_least"),
        ("urban_jobs.new", "at_least"),
        ("cpi.growth", "at_most"),
        ("urban_unemployment.surveyed_rate", "at_most"),
        ("urban_unemployment.registered_rate", "at_most"),
        ("gdp.value", None),  # no direction: a point target of it is never judged
    ],
)
def test_target_direction_in_the_taxonomy(indicator, direction):
    assert load_taxonomy().get(indicator).target_direction == direction


def test_target_direction_must_be_a_known_word():
    bad = '[[indicator]]\nid = "x.rate"\nkinds = ["percent"]\nsubject = ["某率"]\ntarget_direction = "up"\n'
    with pytest.raises(DataFileError, match=r"user\.toml:2.*target_direction"):
        parse_taxonomy(bad, "user.toml")


# -- the corpus: two reports of one province ------------------------------------------------------
@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("target_panel") / "c.duckdb"
    summary = run_batch([str(FIXTURES)], db, workers=1)
    assert summary.added == 2 and summary.failed == 0
    return db


def rows(db, indicator):
    with open_corpus(db, read_only=True) as corpus:
        return {r.year: r for r in target_rows(corpus, indicator, load_taxonomy(), DEFAULT_SETTINGS)}


@pytest.mark.parametrize(
    ("indicator", "year", "target", "high", "qualifier", "result", "met"),
    [
        # the 2025 target of the 2025 report against the 2025 result of the 2026 report
        ("gdp.growth", 2025, 5.5, None, "about", 5.2, False),
        ("urban_jobs.new", 2025, 650_000, None, "at_least", 660_000, True),
        ("urban_unemployment.surveyed_rate", 2025, 5.5, None, "about", 5.3, True),
        ("cpi.growth", 2025, 2.0, None, "about", 0.1, True),
        # the first year has a result only, the last a target (a range, 以内) only
        ("gdp.growth", 2024, None, None, None, 5.8, None),
        ("gdp.growth", 2026, 5.0, 5.5, None, None, None),
        ("urban_unemployment.surveyed_rate", 2026, 5.5, None, "at_most", None, None),
    ],
)
def test_target_panel_rows(corpus_db, indicator, year, target, high, qualifier, result, met):
    r = rows(corpus_db, indicator)[year]
    assert (r.region, r.level) == ("安徽省", "province")
    assert (r.target, r.target_high, r.target_qualifier, r.result, r.met) == (target, high, qualifier, result, met)


def test_target_panel_evidence_is_from_both_documents(corpus_db):
    r = rows(corpus_db, "gdp.growth")[2025]
    assert Path(r.target_path).name.startswith("2025_") and Path(r.result_path).name.startswith("2026_")
    for path, start, end, quote in (
        (r.target_path, r.target_start, r.target_end, r.target_evidence),
        (r.result_path, r.result_start, r.result_end, r.result_evidence),
    ):
        assert quote in Path(path).read_text(encoding="utf-8") and end - start == len(quote)
    assert r.target_evidence == "地区生产总值增长5.5%左右" and r.result_evidence == "地区生产总值增长5.2%"


def test_target_panel_never_takes_a_plan_target_or_a_scope_figure(corpus_db):
    # must not: the “十五五” 300万人 (a plan's target) as 2026's; 海洋生产总值/县域经济 growth as gdp.growth
    jobs = rows(corpus_db, "urban_jobs.new")
    assert jobs[2026].target == 600_000 and jobs[2026].note == "no result"
    gdp = rows(corpus_db, "gdp.growth")
    assert gdp[2024].result == 5.8 and gdp[2024].note == "no target"
    assert sorted(gdp) == [2024, 2025, 2026]


def test_compare_vs_target_json_csv_and_text(corpus_db):
    r = invoke("compare", "--db", str(corpus_db), "-i", "gdp.growth", "--vs-target", "--format", "json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["tolerance_pp"] == 0.1
    row = next(x for x in out["rows"] if x["year"] == 2025)
    assert {k: row[k] for k in ("region", "level", "target", "target_high", "target_qualifier", "result", "met")} == {
        "region": "安徽省",
        "level": "province",
        "target": 5.5,
        "target_high": None,
        "target_qualifier": "about",
        "result": 5.2,
        "met": False,
    }
    r = invoke("compare", "--db", str(corpus_db), "-i", "gdp.growth", "--vs-target", "--format", "csv")
    table = list(csv.DictReader(io.StringIO(r.stdout)))
    assert list(table[0])[:9] == [
        "indicator",
        "region",
        "level",
        "year",
        "target",
        "target_high",
        "target_qualifier",
        "result",
        "met",
    ]
    assert [(x["year"], x["met"]) for x in table] == [("2024", ""), ("2025", "False"), ("2026", "")]
    r = invoke("compare", "--db", str(corpus_db), "-i", "gdp.growth", "--vs-target")
    assert r.returncode == 0
    line = next(x for x in r.stdout.splitlines() if " 2025 " in x)
    assert "5.5% (about)" in line and "5.2%" in line and " no " in line and "2026_安徽省政府工作报告.txt" in line


def test_compare_vs_target_tolerance_changes_met(corpus_db):
    # 5.2 against 5.5%左右: missed at 0.1 pp, met at 0.3 pp
    r = invoke("compare", "--db", str(corpus_db), "-i", "gdp.growth", "--vs-target", "--tolerance", "0.3", "-f", "json")
    assert next(x for x in json.loads(r.stdout)["rows"] if x["year"] == 2025)["met"] is True


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("--vs-target",), "--vs-target needs --indicator"),
        (("-i", "gdp.growth", "--vs-target", "--tolerance", "-1"), "--tolerance must be"),
    ],
)
def test_compare_vs_target_bad_input_exits_2(corpus_db, args, needle):
    r = invoke("compare", "--db", str(corpus_db), *args)
    assert r.returncode == 2 and needle in r.stderr
