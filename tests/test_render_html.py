"""The HTML page of one report: self-contained, every figure and finding shown, text intact."""

from __future__ import annotations

import dataclasses
import re

import pytest
from bs4 import BeautifulSoup
from chromium import browser
from render_sample import TEXT, build_report

from analyzer.render.common import format_value, label
from analyzer.render.html import render_report_html, write_report_html
from analyzer.types import Finding, Genre, Meta, Report, Severity, Source


def soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "lxml")


@pytest.fixture(scope="module")
def report() -> Report:
    return build_report()


@pytest.fixture(scope="module")
def page(report):
    return soup(render_report_html(report))


def article_blocks(page) -> list[str]:
    """The document text as shown, block by block, without the badges and category labels added to it."""
    art = soup(str(page)).select_one("main.doc article")  # a copy: the module's page stays whole
    for extra in art.select("a.badge, span.catlabel"):
        extra.decompose()
    return [el.get_text("") for el in art.find_all(["p", "h2", "h3", "h4", "h5", "td"])]


def test_render_html_is_self_contained_and_script_free(report):
    html = render_report_html(report)
    doc = soup(html)
    assert not doc.select("script, link, iframe, object, embed, img")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    csp = doc.select('meta[http-equiv="Content-Security-Policy"]')[0].get("content")
    assert "default-src 'none'" in csp and "script-src" not in csp  # scripts fall back to 'none'
    assert doc.select("style") and "font-family" in doc.select("style")[0].string


def test_render_html_every_figure_marked_with_its_facts(report, page):
    for i, m in enumerate(report.metrics):
        (el,) = page.select(f"#fig{i}")
        assert "fig" in el.get("class")
        assert el.get_text() == m.text
        tip = el.get("data-tip")
        for fact in (label("kind", m.kind.value), format_value(m), m.unit, m.indicator or "未归类", str(m.year)):
            assert fact in tip, (m.text, fact)
        assert el.get("tabindex") == "0"  # click (focus) shows the details too


def test_render_html_finding_marked_at_its_evidence(report, page):
    f = report.findings[0]
    marks = page.select("main .ev.sev-error")
    assert [m.get_text() for m in marks] == [e.text for e in f.evidence]
    badges = page.select("main a.badge")
    assert len(badges) == 1 and badges[0].get("href") == "#f1"
    # the badge sits right after the last piece of evidence
    assert badges[0].find_previous_sibling() is marks[-1]
    (card,) = page.select("#f1")
    assert f.message in card.get_text()
    assert "58.62" in card.select(".arith")[0].get_text()
    assert [a.get("href") for a in card.select(".evq a")] == ["#f1-e0", "#f1-e1", "#f1-e2"]


def test_render_html_verified_relation_listed_and_marked(report, page):
    items = page.select("details.verified li")
    assert len(items) == 1 and report.verified[0].message in items[0].get_text()
    assert {e.get_text() for e in page.select("main span.ok")} == {e.text for e in report.verified[0].evidence}


def test_render_html_text_shown_whole_and_in_order(page):
    # one block per line, nothing added inside (in Chinese a stray newline shows as a gap)
    assert article_blocks(page) == [line.strip() for line in TEXT.splitlines() if line.strip()]


def test_render_html_outline_links_to_headings(report, page):
    links = page.select("nav.outline a")
    secs = [s for s in report.sections if s.level > 0]
    assert len(links) == len(secs)
    for a, s in zip(links, secs):
        target = page.find_all(id=a.get("href")[1:])
        assert target and target[0].name in ("h2", "h3", "h4", "h5")
        assert s.heading.split("、")[-1].split("）")[-1] in target[0].get_text()
    # the section holding the finding is flagged in the outline
    flagged = [a for a in links if a.select(".n.sev-error")]
    assert [a.get("href") for a in flagged] == ["#sec-2.2"]


def test_render_html_summary_counts(report, page):
    assert page.select("#n-figures")[0].get_text().startswith(str(len(report.metrics)))
    assert page.select("#n-error")[0].get_text() == "1"
    assert page.select("#n-warning")[0].get_text() == "0"
    head = page.select("header.summary")[0].get_text()
    assert label("genre", "fazhi_annual") in head and "2024" in head
    assert label("category", "measures") in head


def test_render_html_empty_report_still_renders():
    text = "没有标题也没有数字的一段话。\n"
    r = Report(Source(None, "0" * 64, "txt", None), Meta(None, None, None, None, Genre.OTHER), text)
    page = soup(render_report_html(r))
    assert "未识别出标题" in page.get_text() and "没有发现问题" in page.get_text()
    assert article_blocks(page) == [text.strip()]


def test_render_html_is_deterministic(report):
    assert render_report_html(report) == render_report_html(build_report())


def test_render_html_findings_sorted_errors_first(report):
    info = Finding("heading_sequence", Severity.INFO, "标题序号提示", (report.span(0, 4),))
    r = dataclasses.replace(report, findings=(info, *report.findings))
    page = soup(render_report_html(r))
    assert [c.get("data-rule") for c in page.select(".fcard")] == ["ratio_mismatch", "heading_sequence"]


@pytest.mark.slow
def test_render_html_in_chromium_shows_figures_and_finding(report, tmp_path):
    b = browser()
    out = write_report_html(report, tmp_path / "report.html")
    dom = soup(b.dump_dom(out))
    figs = dom.select("main span.fig")
    assert {f.get_text() for f in figs} == {m.text for m in report.metrics}
    assert dom.select("main .ev.sev-error") and report.findings[0].message in dom.select("#f1")[0].get_text()
    png = b.screenshot(out, tmp_path / "report.png")
    assert png.stat().st_size > 20_000  # a blank page is a few KB


@pytest.mark.slow
@pytest.mark.real
def test_render_html_mutated_seed_in_chromium(seed_path, tmp_path):
    """End to end: the seed with its 纠错率 changed to 56.8% shows every figure and the error at its evidence."""
    from analyzer import analyze_text

    text = seed_path.read_text(encoding="utf-8")
    assert "58.6%" in text
    report = analyze_text(text.replace("58.6%", "56.8%"), path="seed_mutated.txt")
    b = browser()
    out = write_report_html(report, tmp_path / "seed.html")
    dom = soup(b.dump_dom(out))
    for badge in dom.select("main a.badge"):
        badge.decompose()  # a badge may sit inside a figure when the evidence is its number
    shown = [el.get_text() for el in dom.select("main span.fig[id]")]
    assert shown == [m.text for m in report.metrics] and shown
    errors = [f for f in report.findings if f.severity is Severity.ERROR]
    assert any(f.rule == "ratio_mismatch" for f in errors), [f.message for f in report.findings]
    marked = " ".join(el.get_text() for el in dom.select("main .ev.sev-error"))
    assert "56.8" in marked and "17" in marked and "29" in marked
    cards = dom.select(".fcard.sev-error")
    assert len(cards) == len(errors) and any("56.8" in c.get_text() for c in cards)


def test_render_html_cli_writes_page(tmp_path):
    import subprocess
    import sys

    src = tmp_path / "r.txt"
    src.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "r.html"
    r = subprocess.run(
        [sys.executable, "-m", "analyzer", "report", str(src), "--html", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert r.returncode == 0, r.stderr
    page = soup(out.read_text(encoding="utf-8"))
    assert page.select("main.doc article p") and page.select_one("header.summary h1")


@pytest.mark.parametrize(
    "args",
    [
        ["report", "--html", "x.html"],
        ["report", "missing.txt", "--html", "x.html"],
        ["report", "a.txt", "--corpus", "c.duckdb", "--html", "x.html"],
    ],
)
def test_render_html_cli_bad_usage_is_one_line_exit_2(args, tmp_path):
    import subprocess
    import sys

    r = subprocess.run(
        [sys.executable, "-m", "analyzer", *args], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert r.returncode == 2
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.html").exists()


def test_render_html_category_shown_once_per_branch(page):
    def label_of(anchor):
        return [c.get_text() for c in page.find(id=anchor).select("span.catlabel")]

    assert label_of("sec-2") == [label("category", "measures")]
    assert label_of("sec-2.1") == [] and label_of("sec-2.2") == []  # same as their parent
    assert label_of("sec-3") == [label("category", "shortcomings")]


RUN_IN = (
    "某区2024年法治政府建设情况的报告\n\n一、主要工作\n"
    "（一）加强组织领导。全年召开区政府常务会议12次，研究法治议题5个。\n"
    "（二）深化执法改革\n全年办理行政处罚案件30件。\n"
)


def test_render_html_run_in_heading_bold_title_only():
    from analyzer.api import analyze_text

    r = analyze_text(RUN_IN)
    assert any(h.title == "加强组织领导" for h in r.headings)
    page = soup(render_report_html(r))
    art = page.select_one("main.doc article")
    # must: the run-in title is the heading element (the outline links to it), the paragraph is not
    head = [h for h in art.find_all(["h2", "h3", "h4", "h5"]) if "加强组织领导" in h.get_text()]
    assert len(head) == 1 and head[0].get_text("").startswith("（一）加强组织领导。")
    assert "全年召开" not in head[0].get_text()
    body = head[0].find_next_sibling("p")
    assert body is not None and body.get_text("").startswith("全年召开区政府常务会议")
    assert body.parent.get("class") == ["runin"] and "runin-body" in body.get("class")
    assert page.select_one(f"nav.outline a[href='#{head[0].get('id')}']") is not None
    # must not: a heading that is its whole line is split
    whole = [h for h in art.find_all(["h2", "h3", "h4", "h5"]) if "深化执法改革" in h.get_text()]
    assert len(whole) == 1 and whole[0].find_parent("div", class_="runin") is None
    # the figure in the paragraph is still annotated, and no text is lost or doubled
    assert any("12次" in m.get_text() for m in body.select("mark, [data-m], .fig")) or "12次" in body.get_text()
    shown = "".join(el.get_text("") for el in art.find_all(["p", "h2", "h3", "h4", "h5"]) if not el.find_parent("p"))
    for line in RUN_IN.splitlines():
        assert line.strip() in shown or not line.strip()
