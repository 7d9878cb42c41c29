"""``govreport batch``, ``compare`` and ``export`` from the command line (real pipeline, tiny reports)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

REPORT = """关于2024年{region}法治政府建设情况的报告

一、主要工作
全年受理行政复议案件{n}件，直接纠错案件{k}件，纠错率{rate}%。
二、存在的不足
执法队伍专业化水平有待提高。
三、下一年度主要安排
持续深化法治政府建设。
"""


def govreport(*args: str) -> subprocess.CompletedProcess:
    """The real command, in a subprocess."""
    return subprocess.run([sys.executable, "-m", "analyzer", *args], capture_output=True, text=True, timeout=300)


def invoke(*args: str):
    """The same command in this process (quicker: no interpreter start-up)."""
    from typer.testing import CliRunner

    from analyzer.cli import app

    r = CliRunner().invoke(app, list(args))
    return subprocess.CompletedProcess(args, r.exit_code, r.stdout, r.stderr)


@pytest.fixture(scope="module")
def cli_db(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cli")
    folder = tmp / "in"
    folder.mkdir()
    for name, region, n, k in (("a.txt", "甲区", 29, 17), ("b.txt", "乙县", 40, 10)):
        (folder / name).write_text(REPORT.format(region=region, n=n, k=k, rate=round(100 * k / n, 1)), encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    db = tmp / "c.duckdb"
    first = govreport("batch", str(folder), "--db", str(db), "--workers", "2")
    second = govreport("batch", str(folder), "--db", str(db), "--workers", "2")
    return tmp, db, first, second


def test_corpus_cli_batch_summary_and_rerun(cli_db):
    _, _, first, second = cli_db
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("batch: 3 files: 2 added, 0 already in the database, 0 duplicates, 1 error")
    assert "corpus: 2 documents" in first.stdout and "broken.pdf" in first.stdout
    assert "[3/3]" in first.stderr  # plain progress lines when stderr is not a terminal
    assert second.returncode == 0, second.stderr
    assert "0 added, 2 already in the database" in second.stdout
    assert "corpus: 2 documents" in second.stdout and ", 1 errors" in second.stdout


def test_corpus_cli_compare_formats(cli_db):
    _, db, _, _ = cli_db
    r = invoke("compare", "--db", str(db), "--format", "json")
    assert r.returncode == 0, r.stderr
    listing = json.loads(r.stdout)
    assert set(listing) == {"indicators", "unmapped_figures"}
    assert listing["indicators"], "no figure of these reports is mapped to an indicator (行政复议案件 should be)"
    ind = listing["indicators"][0]["indicator"]
    r = invoke("compare", "--db", str(db), "--indicator", ind, "--format", "csv")
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows and {"region", "year", "basis", "value", "unit", "document"} <= set(rows[0])
    assert {row["indicator"] for row in rows} == {ind}
    text = invoke("compare", "--db", str(db), "--indicator", ind)
    assert text.returncode == 0 and ind in text.stdout


def test_corpus_cli_export_each_format(cli_db):
    tmp, db, _, _ = cli_db
    assert invoke("export", "--db", str(db), "--xlsx", str(tmp / "c.xlsx")).returncode == 0
    assert (tmp / "c.xlsx").stat().st_size > 0
    for fmt in ("parquet", "csv"):
        r = invoke("export", "--db", str(db), f"--{fmt}", str(tmp / fmt))
        assert r.returncode == 0, r.stderr
        assert (tmp / fmt / f"documents.{fmt}").is_file() and (tmp / fmt / f"indicator_panel.{fmt}").is_file()


@pytest.mark.parametrize(
    "args, needle",
    [
        (["batch", "{tmp}/absent", "--db", "{tmp}/x.duckdb"], "no such file or folder"),
        (["batch", "{tmp}/in", "--db", "{tmp}/no/dir/x.duckdb"], "does not exist"),
        (["batch", "{tmp}/in", "--db", "{tmp}/in/a.txt"], "not a DuckDB"),
        (
            ["batch", "{tmp}/in", "--db", "{tmp}/x.duckdb", "--engine", "local", "--scheduler", "tcp://x:1"],
            "--scheduler",
        ),
        (["compare", "--db", "{tmp}/absent.duckdb"], "no such database"),
        (["export", "--db", "{tmp}/c.duckdb"], "exactly one"),
        (["export", "--db", "{tmp}/c.duckdb", "--csv", "{tmp}/a", "--parquet", "{tmp}/b"], "exactly one"),
    ],
)
def test_corpus_cli_unusable_arguments_exit_2(cli_db, args, needle):
    tmp = cli_db[0]
    r = invoke(*(a.format(tmp=tmp) for a in args))
    assert r.returncode == 2
    assert needle in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "value, unit, shown",
    [
        (1.234e13, "元", "12.34万亿元"),
        (3.252e11, "美元", "3252亿美元"),
        (8.59e6, "人", "859万人"),
        (6.5e7, "吨", "6500万吨"),
        (9999, "件", "9999件"),
        (5.4, "%", "5.4%"),
        (-2.5e8, "元", "-2.5亿元"),
        (2.049e7, "平方米", "2049万平方米"),
        (6.2661e12, "元", "62661亿元"),
        # must not: a magnitude that needs more than two decimals (the digits stay)
        (12345, "件", "12,345件"),
        (123456789, "元", "123,456,789元"),
    ],
)
def test_corpus_cli_compare_values_read_in_wan_and_yi(value, unit, shown):
    from analyzer.render.common import format_amount

    assert format_amount(value, unit) == shown


USER_TAXONOMY = """
[[indicator]]
id = "user.review_backlog"
label = "积压行政复议案件数"
kinds = ["count"]
subject = ["积压复议案件"]
units = ["件"]
"""


def test_corpus_cli_batch_with_a_user_taxonomy(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(REPORT.format(region="丙区", n=12, k=3, rate=25.0) + "年底积压复议案件7件。\n", encoding="utf-8")
    user = tmp_path / "mine.toml"
    user.write_text(USER_TAXONOMY, encoding="utf-8")
    db = tmp_path / "u.duckdb"
    r = invoke("batch", str(folder), "--db", str(db), "--workers", "1", "--taxonomy", str(user), "--quiet")
    assert r.returncode == 0, r.stderr
    # must: the user's id is in the corpus, with its figure; the shipped ids stay
    listing = json.loads(invoke("compare", "--db", str(db), "--format", "json").stdout)
    ids = {row["indicator"] for row in listing["indicators"]}
    assert "user.review_backlog" in ids and "admin_review.cases_received" in ids
    rows = list(csv.DictReader(io.StringIO(invoke("compare", "--db", str(db), "--indicator", "user.review_backlog", "--format", "csv").stdout)))
    assert [float(row["value"]) for row in rows] == [7.0]
    # must not: without the file the figure has no id
    plain = tmp_path / "p.duckdb"
    assert invoke("batch", str(folder), "--db", str(plain), "--workers", "1", "--quiet").returncode == 0
    listing = json.loads(invoke("compare", "--db", str(plain), "--format", "json").stdout)
    assert "user.review_backlog" not in {row["indicator"] for row in listing["indicators"]}


@pytest.mark.parametrize(
    "content, needle",
    [
        ("[[indicator]]\nid = 'x.y'\nkinds = ['count']\n", "'subject' must be a non-empty list"),
        ("[[indicator]\nid = ", "not valid TOML"),
        ("[[indicator]]\nid = 'x.y'\nkinds = ['apples']\nsubject = ['苹果']\n", "x.y"),
        (None, "cannot read taxonomy"),
    ],
)
@pytest.mark.parametrize("command", ["batch", "analyze", "check"])
def test_corpus_cli_bad_taxonomy_file_exit_2(tmp_path, content, needle, command):
    (tmp_path / "a.txt").write_text(REPORT.format(region="丁区", n=5, k=1, rate=20.0), encoding="utf-8")
    user = tmp_path / "bad.toml"
    if content is not None:
        user.write_text(content, encoding="utf-8")
    args = [str(tmp_path / "a.txt"), "--taxonomy", str(user)]
    if command == "batch":
        args += ["--db", str(tmp_path / "x.duckdb")]
    r = invoke(command, *args)
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert needle in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.duckdb").exists()
