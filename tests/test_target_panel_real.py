"""Targets against results over the 25 national 政府工作报告 2000–2025 (../shared/real/national).

Measured on this branch (``compare --indicator ID --vs-target`` over national/): region-years complete
(a target and a result, neither disagreeing with another figure of the same report), and how many met:

    gdp.growth                          19 complete (18 met; 2022 missed)
    cpi.growth                          13 complete (11 met; 2007 and 2010 missed)
    urban_jobs.new                      17 complete (17 met) + 2015 undecided: the 2016 report's five-year
                                           total of 6400万人 disagrees with the year's 1312万人
    urban_unemployment.surveyed_rate     5 complete (2018, 2021-2024)
    urban_unemployment.registered_rate   2 complete (2013, 2016: the only years a report states the result)

The years without a pair are years a report does not state: no 2020 report in the collection (no 2019
result, no 2020 target), the 2001 and 2002 reports set no yearly growth target, the 2001, 2003 and 2008
reports give the past five years' mean instead of the last year's growth.
"""

from __future__ import annotations

import pytest
from conftest import REAL, real_files

from analyzer.corpus import open_corpus, run_batch, target_rows
from analyzer.indicators import load_taxonomy
from analyzer.settings import DEFAULT_SETTINGS

pytestmark = [pytest.mark.real, pytest.mark.slow]

FOUR = (
    "gdp.growth",
    "cpi.growth",
    "urban_jobs.new",
    "urban_unemployment.surveyed_rate",
    "urban_unemployment.registered_rate",
)
# the complete rows measured above: a drop means a pair was lost
COMPLETE = {
    "gdp.growth": 19,
    "cpi.growth": 13,
    "urban_jobs.new": 17,
    "urban_unemployment.surveyed_rate": 5,
    "urban_unemployment.registered_rate": 2,
}
# the years for which one report states the GDP growth target and the next the result (read off the reports)
GDP_BOTH = {*range(2003, 2007), *range(2008, 2019), *range(2021, 2025)}


@pytest.fixture(scope="module")
def national(tmp_path_factory):
    files = real_files("national")
    if len(files) < 20:
        pytest.skip(f"the national reports are not at {REAL / 'national'} (set GOVREPORT_REAL)")
    db = tmp_path_factory.mktemp("national") / "nat.duckdb"
    summary = run_batch([str(p) for p in files], db, workers=2, cross_document=False)
    assert summary.failed == 0, summary.failed_files
    with open_corpus(db, read_only=True) as corpus:
        yield corpus


def panel(corpus, indicator):
    return {r.year: r for r in target_rows(corpus, indicator, load_taxonomy(), DEFAULT_SETTINGS) if r.region == "全国"}


@pytest.mark.parametrize(
    ("year", "target", "qualifier", "result", "met"),
    [
        (2022, 5.5, "about", 3.0, False),
        (2024, 5.0, "about", 5.0, True),
        (2010, 8.0, "about", 10.3, True),  # the 2011 report's 10.3%: a result of 2010, not a 2015 target
        (2016, 6.5, None, 6.7, True),  # a range 6.5%-7%; the 2017 report's result despite its U+200B
        (2021, 6.0, "at_least", 8.1, True),
    ],
)
def test_national_gdp_growth_targets_against_results(national, year, target, qualifier, result, met):
    r = panel(national, "gdp.growth")[year]
    assert (r.target, r.target_qualifier, r.result, r.met) == (target, qualifier, result, met)


def test_national_gdp_growth_every_year_both_reports_state_has_both(national):
    rows = panel(national, "gdp.growth")
    assert {y for y, r in rows.items() if r.complete} == GDP_BOTH


@pytest.mark.parametrize("indicator", FOUR)
def test_national_complete_rows_per_indicator(national, indicator):
    rows = panel(national, indicator)
    assert sum(r.complete for r in rows.values()) >= COMPLETE[indicator]
    # a target comes from the report about the year before; a result from the first report about its year
    for r in rows.values():
        assert r.target is None or r.target_path.split("/")[-1][:4] == str(r.year)
        assert r.result is None or r.result_path.split("/")[-1][:4] == str(r.year + 1)


def test_national_no_target_is_a_past_result(national):
    # must not: a target figure whose year is the reviewed year or earlier (the 2011 report's 10.3%)
    bad = national.con.execute(
        "SELECT indicator, document_year, year, evidence FROM indicator_panel "
        "WHERE canonical AND basis = 'target' AND year <= document_year"
    ).fetchall()
    assert bad == []


def test_national_gdp_growth_has_no_scope_figure(national):
    bad = national.con.execute(
        "SELECT evidence, subject FROM indicator_panel WHERE indicator = 'gdp.growth' "
        "AND regexp_matches(coalesce(subject, '') || evidence, '海洋|县域|规上|规模以上')"
    ).fetchall()
    assert bad == []
