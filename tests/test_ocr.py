"""OCR of scanned PDFs: the engine's output into lines and paragraphs, confidences onto figures,
the severity cap, the refusal without ``--ocr``, and scans read back against their text.

The scans are made by ``tests/_scan_fixtures.py``: the committed one
(``tests/fixtures/scans``, rebuilt by ``tests/build_scan_fixtures.py``) prints a sample
report; the seed's scan is built at test time in a temporary folder from the real file.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from _pdf_fixtures import pdf_bytes
from _scan_fixtures import scanned_pdf
from conftest import SAMPLES

from analyzer import ingest
from analyzer.api import analyze_document, analyze_file
from analyzer.checks import OCR_NOTE, cap_for_ocr
from analyzer.errors import ScannedDocumentError
from analyzer.ingest import ocr
from analyzer.settings import Settings
from analyzer.types import Finding, Meta, Metric, MetricKind, Report, Severity, Source, Span

SCANS = Path(__file__).resolve().parent / "fixtures" / "scans"
QINGLAN_SCAN = SCANS / "qinglan_2024_fazhi_annual.scan.pdf"
QINGLAN_TEXT = SAMPLES / "qinglan_2024_fazhi_annual.txt"


def run(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "analyzer", *args], capture_output=True, text=True, env=env, check=False
    )


def figures(report) -> Counter:
    """The figures of a report as (kind, value, unit): what must be equal between a scan and its text."""
    return Counter((m.kind.value, round(m.value, 6), m.unit) for m in report.metrics)


def share_equal(want: Counter, got: Counter) -> float:
    return sum((want & got).values()) / sum(want.values())


def line(text, x0, y0, x1, y1, conf=0.9):
    return ocr.Line(text, x0, y0, x1, y1, ((0, len(text), conf),))


# --- the engine's output --------------------------------------------------------------


@pytest.mark.parametrize(
    "boxes, want",
    [
        # boxes sharing most of their height are one line, left to right, each box's score its words'
        (
            [ocr.Box(700, 102, 900, 148, "审结率100%", 0.8), ocr.Box(100, 100, 650, 150, "受理52件，", 0.95)],
            [("受理52件，审结率100%", (100, 100, 900, 150), [(0, 6, 0.95), (6, 13, 0.8)])],
        ),
        # Latin words keep a space between boxes (the offsets count it)
        (
            [ocr.Box(0, 0, 50, 20, "PAGE", 0.9), ocr.Box(60, 0, 110, 20, "Two", 0.7)],
            [("PAGE Two", (0, 0, 110, 20), [(0, 4, 0.9), (5, 8, 0.7)])],
        ),
        # lines apart (under half a height in common) stay apart, top to bottom whatever the order given
        (
            [ocr.Box(0, 130, 40, 170, "二", 0.9), ocr.Box(0, 100, 40, 140, "一", 0.99)],
            [("一", (0, 100, 40, 140), [(0, 1, 0.99)]), ("二", (0, 130, 40, 170), [(0, 1, 0.9)])],
        ),
    ],
)
def test_lines_from_boxes(boxes, want):
    got = ocr.lines_from_boxes(boxes)
    assert [(x.text, (x.x0, x.y0, x.x1, x.y1), list(x.words)) for x in got] == want


@pytest.mark.slow
def test_the_engine_reads_a_page_offline():
    """RapidOCR with its shipped models reads a printed line (the models load from the wheel, no download)."""
    import io

    from _scan_fixtures import print_pages

    page = print_pages("全年受理行政复议案件52件，纠错率17.3%。")[0]
    buf = io.BytesIO()
    page.crop((0, 0, page.width, page.height // 5)).save(buf, "PNG")
    lines = ocr.rapidocr_lines(buf.getvalue())
    assert "".join(x.text for x in lines) == "全年受理行政复议案件52件，纠错率17.3%。"
    assert all(0 < c <= 1 for x in lines for _, _, c in x.words)


# --- lines into paragraphs ------------------------------------------------------------

# a page 2000 px high, text from x=300 to x=1700, lines 50 px high every 100 px
PAGE = [
    line("一、主要工作", 400, 100, 900, 150),  # a heading: indented, short
    line("全年受理行政复议案件52件，审结率", 400, 200, 1700, 250),  # a paragraph's first line (indented)
    line("100%。", 300, 300, 500, 350),  # its last line: flush left, short
    line("（一）第二段", 400, 400, 1000, 450),  # a new paragraph: indented
    line("调解矛盾纠纷1580件，调解成功1542", 400, 500, 1690, 550),  # reaches the right margin
    line("件。", 300, 700, 400, 750),  # ... but 150 px lower: not a continuation
    line("— 3 —", 900, 1900, 1100, 1950),  # a page number in the bottom margin
]


def test_paragraphs_join_wrapped_lines_only():
    got = [p.text for p in ocr.paragraphs(PAGE, page_height=2000)]
    assert got == [
        "一、主要工作",
        "全年受理行政复议案件52件，审结率100%。",
        "（一）第二段",
        "调解矛盾纠纷1580件，调解成功1542",
        "件。",
    ]


def test_paragraph_word_offsets_follow_the_joined_text():
    (_, para, *_rest) = ocr.paragraphs(PAGE, page_height=2000)
    assert [para.text[s:e] for s, e, _ in para.words] == ["全年受理行政复议案件52件，审结率", "100%。"]


@pytest.mark.parametrize(
    "text, y, dropped",
    [
        ("— 3 —", 1900, True),
        ("-12-", 40, True),
        ("第3页 共9页", 1920, True),
        ("一 7 一", 1910, True),  # dashes read as 一
        ("— 3 —", 1000, False),  # mid-page: text, not furniture
        ("全年3件", 1900, False),  # a line of text in the margin band stays
        ("2025年3月20日", 1900, False),
    ],
)
def test_page_numbers_go_only_in_the_margins(text, y, dropped):
    page = [line("正文第一行", 300, 500, 1700, 550), line(text, 900, y, 1100, y + 50)]
    got = [p.text for p in ocr.paragraphs(page, page_height=2000)]
    assert (text not in got) is dropped


@pytest.mark.parametrize(
    "text, want",
    [
        ("(一)持续深化", "（一）持续深化"),
        ("三项机制:一是", "三项机制：一是"),
        ("审结率100%;其中", "审结率100%；其中"),
        ("2025年)》确定", "2025年）》确定"),
        ("1,234件", "1,234件"),  # between digits: a thousands separator
        ("PP-OCR (v4)", "PP-OCR (v4)"),  # Latin text keeps ASCII
        ("4.6%", "4.6%"),
    ],
)
def test_fullwidth_punctuation(text, want):
    assert ocr.fullwidth_punctuation(text) == want
    assert len(ocr.fullwidth_punctuation(text)) == len(text)


def test_a_paragraph_running_on_to_the_next_page_is_joined(monkeypatch):
    pages = [
        [ocr.Paragraph("全年受理工单4123", ((0, 10, 0.9),), flush_left=False, flush_right=True)],
        [
            ocr.Paragraph("6件，办结率97.9%。", ((0, 12, 0.8),), flush_left=True, flush_right=False),
            ocr.Paragraph("二、下一段", ((0, 5, 0.95),), flush_left=False, flush_right=False),
        ],
        [ocr.Paragraph("三、不接上页", ((0, 6, 0.7),), flush_left=False, flush_right=False)],
    ]
    monkeypatch.setattr(ocr, "read_scanned_pdf", lambda data, name, engine=None: pages)
    items, paras = ocr.read_scan(b"", "x.pdf")
    assert items == ["全年受理工单41236件，办结率97.9%。", "二、下一段", "三、不接上页"]
    assert paras[0].words == ((0, 10, 0.9), (10, 22, 0.8))


# --- confidence onto figures ------------------------------------------------------------


def _metric(text, start, end):
    return Metric(id="m", kind=MetricKind.COUNT, value=1, unit="件", text=text, start=start, end=end)


def test_confidence_spans_and_figures():
    paras = [
        ocr.Paragraph("受理案件52件，纠错9件。", ((0, 4, 0.95), (4, 7, 0.6), (7, 10, 0.9), (10, 13, 0.99))),
        ocr.Paragraph("(一)规范决策5件", ((0, 9, 0.8),)),  # the cleaner changes it: found by its start? no
        ocr.Paragraph("办结率97%", ((0, 6, 0.7),)),
    ]
    text = "受理案件52件，纠错9件。\n（一）规范决策5件\n办结率97%\n"
    spans = ocr.confidence_spans(text, paras)
    assert spans[:4] == ((0, 4, 0.95), (4, 7, 0.6), (7, 10, 0.9), (10, 13, 0.99))
    assert spans[4] == (24, 30, 0.7)  # the third paragraph, found as read (the second was not)
    got = ocr.attach_confidence(
        [_metric("52件", 4, 7), _metric("9件", 10, 12), _metric("纠错9件", 8, 12), _metric("5件", 20, 22)], spans
    )
    # its own word; its own word; the lowest of two words; not placed: the document's lowest
    assert [m.ocr_confidence for m in got] == [0.6, 0.99, 0.9, 0.6]


def test_no_spans_no_confidence():
    assert ocr.attach_confidence([_metric("52件", 4, 7)], ())[0].ocr_confidence is None


def test_json_fields_default():
    s = Source(path=None, sha256="0" * 64, format="txt", encoding=None)
    assert s.to_dict()["ocr"] is False
    assert _metric("52件", 4, 7).to_dict()["ocr_confidence"] is None


# --- at most a warning on OCR text ----------------------------------------------------------


def _report(ocr_text: bool, findings):
    source = Source(path="x.pdf", sha256="0" * 64, format="pdf", encoding=None, ocr=ocr_text)
    return Report(source=source, meta=Meta(None, None, None, None), text="纠错率58.6%", findings=findings)


FINDINGS = (
    Finding("ratio_mismatch", Severity.ERROR, "纠错率不符", (Span(0, 3, "纠错率"),)),
    Finding("heading_sequence", Severity.WARNING, "序号跳跃", ()),
    Finding("missing_required_section", Severity.INFO, "缺少部分", ()),
)


def test_findings_on_ocr_text_are_at_most_warnings():
    got = cap_for_ocr(FINDINGS, _report(True, FINDINGS))
    assert [f.severity for f in got] == [Severity.WARNING, Severity.WARNING, Severity.INFO]
    assert got[0].message == "纠错率不符" + OCR_NOTE
    assert got[1:] == FINDINGS[1:]  # warnings and infos as they were


def test_findings_on_a_text_layer_keep_their_severity():
    assert cap_for_ocr(FINDINGS, _report(False, FINDINGS)) == FINDINGS


def test_run_checks_applies_the_cap(monkeypatch):
    """The single point: ``run_checks`` returns capped findings for an OCR report."""
    from analyzer import checks

    def fake_rule(report, settings):
        yield FINDINGS[0]

    monkeypatch.setattr(checks, "rules", lambda: {"ratio_mismatch": fake_rule})
    for is_ocr, want in ((True, Severity.WARNING), (False, Severity.ERROR)):
        findings, _, _ = checks.run_checks(_report(is_ocr, ()), Settings())
        assert [f.severity for f in findings] == [want]


# --- a scan without --ocr ---------------------------------------------------------------------


@pytest.fixture
def blank_scan(tmp_path):
    p = tmp_path / "scan.pdf"
    p.write_bytes(pdf_bytes(None))
    return p


@pytest.mark.parametrize("cmd", [["analyze"], ["check"], ["report", "--html", "OUT"]])
def test_a_scan_without_ocr_is_refused_naming_the_flag(cmd, blank_scan, tmp_path):
    args = [c.replace("OUT", str(tmp_path / "out.html")) for c in cmd]
    r = run(*args, str(blank_scan))
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    assert "--ocr" in r.stderr and "scan.pdf" in r.stderr


@pytest.mark.slow
def test_a_batch_records_a_scan_with_the_hint(blank_scan, tmp_path):
    db = tmp_path / "c.duckdb"
    r = run("batch", str(blank_scan.parent), "--db", str(db), "--quiet", "--workers", "1")
    assert r.returncode == 0, r.stderr
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        (reason,) = con.execute("SELECT reason FROM errors").fetchone()
    assert "--ocr" in reason


def test_the_api_refuses_a_scan_unless_asked(blank_scan):
    with pytest.raises(ScannedDocumentError, match="--ocr"):
        analyze_file(blank_scan)


def test_ocr_without_the_engine_is_one_line_exit_2(blank_scan, tmp_path):
    """Without the [ocr] extra, --ocr says what to install (a stand-in rapidocr that fails to import)."""
    import os

    fake = tmp_path / "site" / "rapidocr"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text('raise ImportError("No module named \'onnxruntime\'", name="onnxruntime")\n')
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(fake.parent), os.environ.get("PYTHONPATH", "")])}
    r = run("analyze", "--ocr", str(blank_scan), env=env)
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    assert "onnxruntime" in r.stderr and "govreport-analyzer[ocr]" in r.stderr


@pytest.mark.slow
def test_a_scan_of_a_blank_page_is_empty_not_a_crash(blank_scan):
    r = run("analyze", "--ocr", str(blank_scan))
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1 and "no text" in r.stderr


def test_ocr_leaves_a_text_layer_alone(tmp_path):
    p = tmp_path / "text.pdf"
    p.write_bytes(pdf_bytes(["Annual report 2024", "Cases received: 52"]))
    doc = ingest.read_file(p, ocr=True)
    assert doc.source.ocr is False and doc.ocr_spans == () and "52" in doc.text


# --- scans read back -----------------------------------------------------------------------


def test_the_committed_scan_has_no_text_layer():
    with pytest.raises(ScannedDocumentError):
        ingest.read_file(QINGLAN_SCAN)


@pytest.mark.slow
def test_the_committed_scan_reads_back_as_its_text():
    """The sample printed, stamped and scanned: at least 95% of its figures as the text gives them."""
    want = analyze_file(QINGLAN_TEXT)
    got = analyze_file(QINGLAN_SCAN, Settings(ocr=True))
    assert got.source.ocr is True and want.source.ocr is False
    share = share_equal(figures(want), figures(got))
    assert share >= 0.95, f"{share:.1%} of {sum(figures(want).values())} figures equal"
    assert got.meta.year == want.meta.year == 2024
    assert all(m.ocr_confidence is not None and 0 <= m.ocr_confidence <= 1 for m in got.metrics)
    assert not [f for f in got.findings if f.severity is Severity.ERROR]


@pytest.mark.slow
def test_a_scan_made_at_test_time_goes_through_batch(tmp_path):
    """``batch --ocr`` reads a scan in its workers and stores it with its figures."""
    text = "关于2024年法治政府建设情况的报告\n一、主要工作\n全年受理行政复议案件52件，直接纠错9件，纠错率17.3%。\n"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "scan.pdf").write_bytes(scanned_pdf(text, seed=3, with_stamp=False))
    db = tmp_path / "c.duckdb"
    r = run("batch", str(tmp_path / "in"), "--db", str(db), "--quiet", "--workers", "1", "--ocr")
    assert r.returncode == 0, r.stderr
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM errors").fetchone() == (0,)
        values = sorted(v for (v,) in con.execute("SELECT value FROM metrics").fetchall())
    assert values == [9, 17.3, 52]


@pytest.mark.slow
@pytest.mark.real
def test_the_seed_scanned_gives_its_figures(seed_path, tmp_path):
    """The issue's check: an image-only PDF of the seed, read with --ocr: at least 18 of its 20 figures."""
    golden = json.loads((Path(__file__).parent / "golden" / "seed_metrics.json").read_text(encoding="utf-8"))
    want = Counter((m["kind"], round(m["value"], 6), m["unit"]) for m in golden["metrics"])
    assert sum(want.values()) == 20
    scan = tmp_path / "seed_scan.pdf"
    scan.write_bytes(scanned_pdf(ingest.read_file(seed_path).text, seed=20))
    r = run("analyze", "--ocr", "--format", "json", str(scan))
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["source"]["ocr"] is True
    got = Counter((m["kind"], round(m["value"], 6), m["unit"]) for m in d["metrics"])
    equal = sum((want & got).values())
    assert equal >= 18, f"{equal} of 20 figures: missing {sorted((want - got).elements())}"
    assert all(0 <= m["ocr_confidence"] <= 1 for m in d["metrics"])
    assert all(f["severity"] != "error" for f in d["findings"])


def test_analyze_document_without_ocr_spans_leaves_confidence_empty():
    report = analyze_document(ingest.from_text("全年受理行政复议案件29件。"))
    assert report.metrics and all(m.ocr_confidence is None for m in report.metrics)


def test_the_terminal_header_says_ocr_and_its_weakest_figure():
    from analyzer.render.text import ocr_summary

    text = "全年受理52件。\n纠错9件。\n"
    metrics = (
        dataclasses.replace(_metric("52件", 4, 7), ocr_confidence=0.97),
        dataclasses.replace(_metric("9件", 11, 13), ocr_confidence=0.62),
    )
    source = Source(path="s.pdf", sha256="0" * 64, format="pdf", encoding=None, ocr=True)
    report = Report(source=source, meta=Meta(None, None, None, None), text=text, metrics=metrics)
    assert ocr_summary(report) == (
        "read by OCR: 1 of 2 figures under 0.90 confidence (lowest 0.62 at line 2); findings at most warnings"
    )
    assert ocr_summary(dataclasses.replace(report, metrics=())) == "read by OCR"
