"""The wide panels of ``export``: one row per region and year, two columns per indicator (value, unit).

A small corpus of fake reports (``_corpus_fakes``) in which one figure is
stated in several documents: restated within rounding, restated differently,
stated only in later reports.
"""

from __future__ import annotations

import csv

import pytest
from _corpus_fakes import fake_analyze, write_corpus

REPORTS = {
    # 甲省's report about 2024 (delivered 2025): the first statements, and the 2025 target
    "jia_2024.txt": "region=甲省 year=2024 title=甲省2025年政府工作报告\n"
    "gdp.growth actual 2024 5.2 %\n"
    "gdp.value actual 2024 53600 元\n"
    "grain_output.value actual 2024 748.6 斤\n"
    "gdp.growth target 2025 5 %\n"
    "subject=某项目投资 actual 2024 12 元\n",
    # its report about 2025: 2024 restated, GDP growth within rounding, GDP beyond it; a target set again
    "jia_2025.txt": "region=甲省 year=2025 title=甲省2026年政府工作报告\n"
    "gdp.growth actual 2025 5.4 %\n"
    "gdp.growth actual 2024 5.24 %\n"
    "gdp.value actual 2024 52600 元\n"
    "gdp.growth target 2025 7 %\n"
    "gdp.growth target 2026 5 %\n",
    # 乙省: 2023 only restated, in two later reports that disagree; the latest is kept
    "yi_2024.txt": "region=乙省 year=2024 title=乙省2025年政府工作报告\n"
    "gdp.growth actual 2023 4.5 %\n"
    "foreign_trade.value actual 2024 100 美元\n",
    "yi_2025.txt": "region=乙省 year=2025 title=乙省2026年政府工作报告\n"
    "gdp.growth actual 2023 4.7 %\n"
    "gdp.growth actual 2025 4.8 %\n",
    # a document without region: in no row
    "noregion.txt": "year=2025 title=无名报告\ngdp.growth actual 2025 9.9 %\n",
}


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    from analyzer.corpus import run_batch

    d = tmp_path_factory.mktemp("panel")
    write_corpus(d / "in", REPORTS)
    db = d / "c.duckdb"
    s = run_batch([d / "in"], db, workers=1, analyze=fake_analyze, cross_document=False)
    assert s.added == len(REPORTS)
    return db


def _panel(db, basis="actual"):
    from analyzer.corpus import open_corpus
    from analyzer.corpus.panel import panel_wide_sql

    with open_corpus(db, read_only=True) as c:
        cur = c.con.execute(panel_wide_sql(c.con, basis))
        cols = [x[0] for x in cur.description]
        return cols, {(r[0], r[2]): dict(zip(cols, r, strict=True)) for r in cur.fetchall()}


def test_panel_wide_one_row_per_region_year_and_columns_per_indicator(corpus_db):
    cols, rows = _panel(corpus_db)
    assert cols[:3] == ["region", "level", "year"] and cols[-2:] == ["n_values", "conflicts"]
    ids = ["foreign_trade.value", "gdp.growth", "gdp.value", "grain_output.value"]
    assert cols[3:-2] == [c for i in ids for c in (i, f"{i}__unit")]  # the unmapped subject has no column
    assert sorted(rows) == [("乙省", 2023), ("乙省", 2024), ("乙省", 2025), ("甲省", 2024), ("甲省", 2025)]
    assert (
        rows[("乙省", 2024)]["foreign_trade.value"] == 100
        and rows[("乙省", 2024)]["foreign_trade.value__unit"] == "美元"
    )
    # the comparable unit: 斤 as 吨
    j = rows[("甲省", 2024)]
    assert j["grain_output.value"] == pytest.approx(748.6 * 0.0005) and j["grain_output.value__unit"] == "吨"
    assert rows[("甲省", 2025)]["gdp.growth"] == 5.4 and rows[("甲省", 2025)]["gdp.value"] is None


@pytest.mark.parametrize(
    ("row", "indicator", "kept", "conflict"),
    [
        # the report about that year wins; a restatement within rounding is no conflict
        (("甲省", 2024), "gdp.growth", 5.2, False),
        # the report about that year wins; the restatement beyond rounding is flagged
        (("甲省", 2024), "gdp.value", 53600, True),
        # no report about 2023: the latest document's figure, and the earlier one disagrees
        (("乙省", 2023), "gdp.growth", 4.7, True),
        # stated once
        (("乙省", 2025), "gdp.growth", 4.8, False),
    ],
)
def test_panel_wide_several_values_are_resolved_and_disagreements_flagged(corpus_db, row, indicator, kept, conflict):
    _, rows = _panel(corpus_db)
    r = rows[row]
    assert r[indicator] == kept
    assert (indicator in (r["conflicts"] or "").split(", ")) is conflict
    assert r["n_values"] >= 1


def test_panel_wide_target_keeps_the_report_that_set_it(corpus_db):
    cols, rows = _panel(corpus_db, "target")
    assert cols[3:7] == ["gdp.growth", "gdp.growth__unit", "gdp.growth__high", "gdp.growth__qualifier"]
    assert sorted(rows) == [("甲省", 2025), ("甲省", 2026)]
    # 2025's target: set in the report delivered in 2025 (about 2024), not the later one's 7%
    assert rows[("甲省", 2025)]["gdp.growth"] == 5 and rows[("甲省", 2025)]["conflicts"] == "gdp.growth"
    assert rows[("甲省", 2026)]["gdp.growth"] == 5 and rows[("甲省", 2026)]["conflicts"] is None
    with pytest.raises(ValueError):
        from analyzer.corpus.panel import panel_wide_sql

        panel_wide_sql(None, "plan")  # type: ignore[arg-type]


def test_export_writes_the_wide_panels(corpus_db, tmp_path):
    import duckdb
    from openpyxl import load_workbook

    from analyzer.corpus import export_files, export_xlsx, open_corpus

    cols, rows = _panel(corpus_db)
    with open_corpus(corpus_db, read_only=True) as c:
        xlsx = export_xlsx(c, tmp_path / "c.xlsx")
        csvs = {p.name: p for p in export_files(c, tmp_path / "csv", "csv")}
        parquets = {p.name: p for p in export_files(c, tmp_path / "pq", "parquet")}
    wb = load_workbook(xlsx, read_only=True)
    sheet = list(wb["panel_wide"].iter_rows(values_only=True))
    assert sheet[0][:5] == ("Region", "Level", "Year", "foreign_trade.value", "foreign_trade.value__unit")
    assert len(sheet) - 1 == len(rows)
    assert "panel_wide_target" in wb.sheetnames
    with csvs["panel_wide.csv"].open(encoding="utf-8-sig", newline="") as f:
        read = list(csv.DictReader(f))
    assert list(read[0]) == cols and len(read) == len(rows)
    pq = duckdb.sql(f"SELECT region, year, \"gdp.growth\" FROM '{parquets['panel_wide.parquet']}'").fetchall()
    assert {(r, y): v for r, y, v in pq}[("甲省", 2024)] == 5.2
    assert "panel_wide_target.parquet" in parquets
