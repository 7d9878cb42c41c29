"""The same report written differently gives the same figures, headings and metadata.

The seed (read at run time from ../shared/real) with a 来源 line in the middle, converted
to traditional characters, written in Kangxi radicals, and with its digits spaced one by
one: each gives the seed's 20 figures and 10 headings.  Chrome-like lines inserted in
the middle of real reports are kept and change nothing else; traditional-character
pages give what their simplified conversion gives.
"""

from __future__ import annotations

import json
import re
import unicodedata

import opencc
import pytest
from conftest import REAL, SAMPLES, SEED, real_files

from analyzer import analyze_text
from analyzer.ingest import from_text, read_file
from analyzer.ingest.normalize import is_traditional

pytestmark = pytest.mark.real

S2T = opencc.OpenCC("s2t")
T2S = opencc.OpenCC("t2s")


def _seed() -> str:
    if not SEED.is_file():
        pytest.skip(f"seed report not found at {SEED} (set GOVREPORT_REAL)")
    return SEED.read_text(encoding="utf-8")


def _figures(report) -> list[tuple]:
    return [(m.kind.value, m.value, m.unit, m.indicator, m.year) for m in report.metrics]


def _headings(report) -> list[tuple]:
    return [(h.level, h.label, h.title) for h in report.headings]


def _meta(report) -> tuple:
    m = report.meta
    return (m.title, m.issuer, m.region, m.year, m.genre.value)


def _same_as(report, reference) -> None:
    assert _figures(report) == _figures(reference)
    assert _headings(report) == _headings(reference)
    assert _meta(report) == _meta(reference)
    for m in report.metrics:
        assert report.text[m.start : m.end] == m.text
    for h in report.headings:
        assert h.title in report.text[h.start : h.end]


@pytest.fixture(scope="module")
def seed_report():
    report = analyze_text(_seed())
    assert len(report.metrics) == 20 and len(report.headings) == 10  # the figures for the seed
    return report


# --- the seed, four ways ---------------------------------------------------------------


def _lines_with_source_note(text: str) -> str:
    """A 来源 line after the middle paragraph (it ended everything after it before)."""
    lines = text.split("\n")
    body = [i for i, line in enumerate(lines) if len(line) > 60]
    at = body[len(body) // 2]
    return "\n".join([*lines[: at + 1], "（来源：区政务服务中心统计）", *lines[at + 1 :]])


def test_seed_with_a_source_line_mid_report(seed_report):
    text = _lines_with_source_note(_seed())
    report = analyze_text(text)
    _same_as(report, seed_report)
    assert "（来源：区政务服务中心统计）" in report.text
    assert (
        report.source.chars_dropped == seed_report.source.chars_dropped == len("PAGE") + len("- 4 -")
    )  # its page artefacts


def test_seed_converted_to_traditional(seed_report):
    trad = S2T.convert(_seed())
    assert is_traditional(trad)
    report = analyze_text(trad)
    _same_as(report, seed_report)
    _same_as(report, analyze_text(T2S.convert(trad)))  # and what its simplified conversion gives


_KANGXI = {unicodedata.normalize("NFKC", chr(cp)): chr(cp) for cp in range(0x2F00, 0x2FD6)}
_SUPPLEMENT = {
    "长": "\u2ed3",
    "门": "\u2ed4",
    "见": "\u2ec5",
    "贝": "\u2ec9",
    "车": "\u2ecb",
    "页": "\u2eda",
    "马": "\u2ee2",
}


def test_seed_in_kangxi_radicals(seed_report):
    text = _seed()
    radical = "".join(_SUPPLEMENT.get(c) or _KANGXI.get(c) or c for c in text)
    changed = sum(a != b for a, b in zip(text, radical))
    assert changed >= 100  # 一、二、 of the headings, 人, 大, 长 … (a real PDF printed by a browser)
    assert "⼀、" in radical
    report = analyze_text(radical)
    _same_as(report, seed_report)
    assert report.text == seed_report.text


def _spaced(text: str) -> str:
    """Every number of two or more digits spaced one by one, and a space before what follows."""

    def space(m: re.Match[str]) -> str:
        return " ".join(m.group()) + " "

    return re.sub(r"(?<![\d.])\d{2,}(?:\.\d+)?(?![\d.])", space, text)


def test_seed_with_spaced_digit_runs(seed_report):
    text = _spaced(_seed())
    assert "1 9 0 8 5 件" in text and "2 0 2 4 年" in text and "5 8 . 6 %" in text
    report = analyze_text(text)
    _same_as(report, seed_report)
    assert report.text == seed_report.text


def test_the_four_changes_at_once(seed_report):
    text = _spaced(S2T.convert(_lines_with_source_note(_seed())))
    text = "".join(_KANGXI.get(c, c) for c in text)
    _same_as(analyze_text(text), seed_report)


# --- chrome-like lines in the middle of real reports -------------------------------------

INSERTED = (
    "（来源：区政务服务中心统计）",
    "打印",
    "【关闭】",
    "关闭窗口",
    "2024年3月5日",
    "责任编辑：张三",
    "相关报道：",
)


def _with_inserted(text: str) -> str:
    lines = text.split("\n")
    n = len(lines)
    out = list(lines)
    for k, frac in enumerate((0.3, 0.5, 0.7)):
        at = int(n * frac) + k * len(INSERTED)
        # not inside an inline element the page export split over lines (…《\n书名\n》…)
        while out[at - 1].strip().endswith(("《", "（", "(")) or out[at].strip().startswith(("》", "）")):
            at += 1
        out[at:at] = INSERTED
    return "\n".join(out)


def _without_inserted(text: str) -> list[str]:
    """The text's non-blank lines, less the inserted ones (blank lines around them collapse)."""
    return [line for line in text.split("\n") if line and line not in INSERTED]


REAL_TEXTS = real_files("seed") + real_files("provincial_2026") + real_files("national") + real_files("info_disclosure")


@pytest.mark.parametrize("path", REAL_TEXTS, ids=lambda p: p.stem)
def test_lines_inserted_mid_report_are_kept_and_change_nothing_else(path):
    original = from_text(path.read_text(encoding="utf-8"))
    changed = from_text(_with_inserted(path.read_text(encoding="utf-8")))
    assert _without_inserted(changed.text) == [line for line in original.text.split("\n") if line]
    assert changed.source.chars_dropped == original.source.chars_dropped
    for line in INSERTED:
        assert changed.text.split("\n").count(line) >= 3


@pytest.mark.slow
@pytest.mark.parametrize(
    "path", REAL_TEXTS[:1] + real_files("provincial_2026")[:3] + real_files("national")[-2:], ids=lambda p: p.stem
)
def test_figures_of_real_reports_survive_inserted_lines(path):
    original = analyze_text(path.read_text(encoding="utf-8"))
    changed = analyze_text(_with_inserted(path.read_text(encoding="utf-8")))
    inserted = [m.span() for line in INSERTED for m in re.finditer(rf"(?m)^{re.escape(line)}$", changed.text)]

    def outside(report, spans=()):
        keep = []
        for m in report.metrics:
            if any(s <= m.start < e for s, e in spans):  # a figure of an inserted line (2024年3月5日)
                continue
            keep.append((m.kind.value, m.value, m.unit, m.indicator))
        return keep

    assert outside(changed, inserted) == outside(original)
    assert _headings(changed) == _headings(original)
    assert _meta(changed) == _meta(original)


def test_real_tails_are_still_dropped():
    """The saved pages' trailing chrome (相关报道：…, 责任编辑：…) still goes, and is counted."""
    files = real_files("provincial_2026")
    if not files:
        pytest.skip(f"real reports not found at {REAL}")
    markers = ("相关报道：", "相关文档：", "关闭窗口", "打印本页", "扫一扫在手机打开当前页")
    with_tail = 0
    for path in files:
        doc = read_file(path)
        last = doc.text.rstrip().split("\n")[-1]
        assert last not in markers, path.name
        raw_tail = path.read_text(encoding="utf-8")[-300:].split("\n")
        if any(line.strip() in markers for line in raw_tail):
            with_tail += 1
            assert doc.source.chars_dropped >= sum(len(m) for m in markers if m in raw_tail), path.name
    assert with_tail >= 25


# --- traditional-character pages -----------------------------------------------------------


def _excerpts() -> list[dict]:
    p = REAL / "pages_excerpts.jsonl"
    if not p.is_file():
        return []
    return [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


TRADITIONAL = [e for e in _excerpts() if is_traditional(e["text"])]


def test_there_are_traditional_excerpts():
    if not _excerpts():
        pytest.skip(f"{REAL / 'pages_excerpts.jsonl'} not found")
    assert len(TRADITIONAL) >= 8


@pytest.mark.parametrize("excerpt", TRADITIONAL, ids=lambda e: e["url"][:40])
def test_traditional_excerpt_equals_its_simplified_conversion(excerpt):
    report = analyze_text(excerpt["text"])
    _same_as(report, analyze_text(T2S.convert(excerpt["text"])))
    assert not re.search(r"[\u4e00-\u9fff]\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]", report.text)  # no 復(fù) pinyin left


def test_the_2016_traditional_fazhi_report_gives_its_figures_and_year():
    """The 寧夏 2016 page of the issue: 0 figures and the wrong year before."""
    pages = [e for e in TRADITIONAL if e["genre"] == "fazhi_annual" and e["year"] == 2016]
    if not pages:
        pytest.skip("no traditional 2016 法治 excerpt")
    for page in pages:
        report = analyze_text(page["text"])
        reference = analyze_text(T2S.convert(page["text"]))
        assert len(report.metrics) == len(reference.metrics)
        assert report.meta.year == reference.meta.year


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_samples_in_traditional_characters(path):
    text = path.read_text(encoding="utf-8")
    simplified = analyze_text(text)
    trad = analyze_text(S2T.convert(text))
    assert _figures(trad) == _figures(simplified)
    assert [(h.level, h.label) for h in trad.headings] == [(h.level, h.label) for h in simplified.headings]
    assert _meta(trad)[3:] == _meta(simplified)[3:]
    _same_as(trad, analyze_text(T2S.convert(S2T.convert(text))))
