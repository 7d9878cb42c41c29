"""HTML output escapes everything taken from a document: a report containing <script> never runs it.

The hostile strings sit everywhere a document reaches the page: the text, a
figure (its text and its hover details), a heading, the title, a finding's
message and evidence, a verified relation, the path.  The page must show them
as text; the browser test loads it in headless Chromium and looks at the DOM.
"""

from __future__ import annotations

import hashlib

import pytest
from bs4 import BeautifulSoup
from chromium import browser

from analyzer.render.html import render_report_html, write_report_html
from analyzer.types import (
    Finding,
    Genre,
    Heading,
    Meta,
    Metric,
    MetricKind,
    Report,
    Section,
    Severity,
    Source,
    Span,
    Verified,
)

SCRIPT = "<script>document.title='PWNED';document.documentElement.setAttribute('data-pwned','script')</script>"
IMG = "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">"
ATTR = "\"><svg id=injected onload=\"document.documentElement.setAttribute('data-pwned','svg')\"></svg><i title=\""
TEMPLATE = "{{ 7*7 }}{% raw %}"
HOSTILE = (SCRIPT, IMG, ATTR, TEMPLATE)


def hostile_report() -> Report:
    heading = f"一、工作情况{SCRIPT}"
    lines = [f"报告标题{IMG}", heading, f"全年受理案件29件{ATTR}，纠错率{TEMPLATE}58.6%。{SCRIPT}", f"{IMG}其他。"]
    text = "\n".join(lines) + "\n"
    h_start = text.index(heading)
    m_start = text.index("全年受理案件29件")
    m_text = f"全年受理案件29件{ATTR}"
    metric = Metric(
        id=f"m{SCRIPT}",
        kind=MetricKind.COUNT,
        value=29.0,
        unit=f"件{IMG}",
        text=m_text,
        start=m_start,
        end=m_start + len(m_text),
        indicator=f"x.{ATTR}",
        subject=SCRIPT,
        year=2024,
    )
    ev = Span(m_start, m_start + len(m_text), m_text)
    return Report(
        source=Source(f"/tmp/{IMG}.txt", hashlib.sha256(text.encode()).hexdigest(), "txt", None),
        meta=Meta(f"报告标题{IMG}", f"发文机关{SCRIPT}", ATTR, 2024, Genre.FAZHI_ANNUAL),
        text=text,
        headings=(Heading(1, "一", f"工作情况{SCRIPT}", h_start, h_start + len(heading)),),
        sections=(Section("0", 0, "", 0, h_start), Section("1", 1, heading, h_start, len(text), f"cat{ATTR}")),
        metrics=(metric,),
        findings=(Finding("ratio_mismatch", Severity.ERROR, f"消息{SCRIPT}{ATTR}", (ev,), f"{IMG}", [SCRIPT]),),
        verified=(Verified(f"rule{ATTR}", f"核验{IMG}", (ev,)),),
    )


def assert_inert(soup: BeautifulSoup) -> None:
    assert not soup.find_all(["script", "img", "svg", "iframe"])
    assert soup.find(id="injected") is None
    for el in soup.find_all(True):
        assert not any(a.lower().startswith("on") for a in el.attrs), el.name


def test_html_escaping_hostile_report_is_shown_as_text():
    html = render_report_html(hostile_report())
    soup = BeautifulSoup(html, "lxml")
    assert_inert(soup)
    shown = soup.select_one("main.doc article").get_text("")
    for s in HOSTILE:
        assert s in shown, s  # shown literally, not swallowed (nor evaluated: {{ 7*7 }} stays)
    assert SCRIPT in soup.select_one("#f1").get_text("")  # the finding's message, escaped
    assert ATTR in soup.select_one("#fig0")["data-tip"]  # the hover details keep the text as text


@pytest.mark.parametrize("payload", HOSTILE)
def test_html_escaping_payload_in_title_only(payload):
    r = hostile_report()
    r = Report(r.source, Meta(payload, None, None, None), "正文。\n")
    soup = BeautifulSoup(render_report_html(r), "lxml")
    assert_inert(soup)
    assert soup.title.get_text().startswith(payload)


@pytest.mark.slow
def test_html_escaping_script_does_not_run_in_browser(tmp_path):
    b = browser()
    page = write_report_html(hostile_report(), tmp_path / "hostile.html")
    dom = b.dump_dom(page)
    soup = BeautifulSoup(dom, "lxml")
    assert soup.html.get("data-pwned") is None and "PWNED" not in soup.title.get_text()
    assert_inert(soup)
    assert SCRIPT in soup.select_one("main.doc article").get_text("")
