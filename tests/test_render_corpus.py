"""The corpus overview page: documents, findings by rule and by document, indicator coverage; escaped."""

from __future__ import annotations

import importlib.util

import pytest
from bs4 import BeautifulSoup
from chromium import browser
from render_sample import FIGURES, TEXT, analyze_sample

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("analyzer.corpus") is None,
    reason="analyzer.corpus (the DuckDB corpus) is not available yet",
)

HOSTILE_REGION = "<img src=x onerror=alert(1)>"
REGIONS = ("甲区", "乙区", HOSTILE_REGION)


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    from analyzer.corpus import run_batch

    d = tmp_path_factory.mktemp("corpus")
    for i, region in enumerate(REGIONS):
        (d / f"{region}.txt").write_text(TEXT + f"附{i}。\n", encoding="utf-8")  # distinct bytes, same sample
    db = d / "c.duckdb"
    summary = run_batch([d], db, workers=1, analyze=analyze_sample, cross_document=False)
    assert summary.added == len(REGIONS), summary
    return db


@pytest.fixture(scope="module")
def page(corpus_db):
    from analyzer.render.corpus_html import corpus_overview, render_corpus_html

    return BeautifulSoup(render_corpus_html(corpus_overview(corpus_db)), "lxml")


def test_render_corpus_lists_every_document_with_its_counts(page):
    rows = page.select("#documents tbody tr")
    assert len(rows) == len(REGIONS)
    assert page.select_one("#n-documents").get_text() == str(len(REGIONS))
    for row in rows:
        cells = [td.get_text(" ", strip=True) for td in row.find_all("td")]
        assert row.find_all("td")[1].find(string=True).strip() in REGIONS  # the region, before its level chip
        assert cells[4] == str(len(FIGURES)) and cells[5] == "1"  # figures; one error each


def test_render_corpus_findings_by_rule(page):
    (row,) = page.select("#rules tbody tr")
    assert row["data-rule"] == "ratio_mismatch"
    nums = [td.get_text() for td in row.select("td.num")]
    assert nums == [str(len(REGIONS)), "", "", str(len(REGIONS))]  # errors, warnings, infos, documents
    assert page.select_one("#n-error").get_text() == str(len(REGIONS))


def test_render_corpus_indicator_coverage(page):
    shown = {tr["data-indicator"]: tr for tr in page.select("#coverage tbody tr")}
    expected = {f[5] for f in FIGURES if f[5]}
    assert expected <= set(shown)
    docs = shown["admin_review.correction_rate"].select("td.num")[0].get_text()
    assert docs == str(len(REGIONS))


def test_render_corpus_escapes_database_text(page):
    assert not page.find_all(["script", "img"])
    assert HOSTILE_REGION in page.select_one("#documents").get_text()


def test_render_corpus_cli_writes_page(corpus_db, tmp_path):
    import subprocess
    import sys

    out = tmp_path / "corpus.html"
    r = subprocess.run(
        [sys.executable, "-m", "analyzer", "report", "--corpus", str(corpus_db), "--html", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert r.returncode == 0, r.stderr
    assert "ratio_mismatch" in out.read_text(encoding="utf-8")


@pytest.mark.slow
def test_render_corpus_in_chromium(corpus_db, tmp_path):
    from analyzer.render.corpus_html import write_corpus_html

    b = browser()
    out = write_corpus_html(corpus_db, tmp_path / "corpus.html")
    dom = BeautifulSoup(b.dump_dom(out), "lxml")
    assert len(dom.select("#documents tbody tr")) == len(REGIONS)
    assert not dom.find_all(["script", "img"])


def test_render_corpus_lists_each_documents_findings(corpus_db, page):
    from analyzer.corpus import open_corpus

    with open_corpus(corpus_db, read_only=True) as c:
        stored = c.con.execute("SELECT sha256, rule, message FROM findings ORDER BY sha256").fetchall()
    assert stored
    blocks = {d["data-sha256"]: d for d in page.select("#findings details.docfindings")}
    # every document with findings has its list, each finding with its message and quoted evidence
    assert set(blocks) == {sha for sha, _, _ in stored}
    for sha, rule, message in stored:
        items = blocks[sha].select("li.finding")
        assert [li["data-rule"] for li in items] == [rule]
        assert message in items[0].get_text()
        assert "纠错率" in items[0].select_one(".quote").get_text()  # the evidence quoted, not its JSON
        assert "{" not in items[0].get_text()
        assert blocks[sha].has_attr("open")  # errors: open
    # the documents table links to them; the hostile region stays text
    links = {a["href"] for a in page.select("#documents .dt a")}
    assert links == {f"#f-{sha[:16]}" for sha, _, _ in stored}
    assert not page.select("#findings img")


def test_render_corpus_caps_long_finding_lists(corpus_db):
    from analyzer.render.corpus_html import corpus_overview, render_corpus_html

    o = corpus_overview(corpus_db, findings_per_document=1)
    assert all(len(v) == 1 for v in o.findings.values())
    html = BeautifulSoup(render_corpus_html(o), "lxml")
    assert not html.select("p.more")  # one finding each: nothing left out
