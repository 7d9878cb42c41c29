"""Six disclosure reports of the project's own writing, in every layout: the same keyed cells, the slips caught.

The renderings (``tests/fixtures/xxgk``) are built by ``tests/xxgk_fixtures.py`` from the data
there; the annotation of each report holds every keyed cell and its slip.  A layout whose
file is absent (the two PDFs when LibreOffice or Chromium were missing when the fixtures
were built) fails: the fixtures are committed.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from analyzer import analyze_document, ingest
from analyzer.ingest import from_text
from analyzer.tables import keyed, read_tables

FIX = Path(__file__).resolve().parent / "fixtures" / "xxgk"
NAMES = sorted(p.name.removesuffix(".annotation.json") for p in FIX.glob("*.annotation.json"))
LAYOUTS = ("docx", "html", "pipe.txt", "lines.txt", "docx.pdf", "html.pdf")
TEXT_LAYOUTS = ("pipe.txt", "lines.txt")
# two reports also as a PDF whose tables have no rules (read from the words' positions)
UNRULED = [(p.name.split(".")[0], "unruled.pdf") for p in sorted(FIX.glob("*.unruled.pdf"))]


def _annotation(name: str) -> dict:
    return json.loads((FIX / f"{name}.annotation.json").read_text(encoding="utf-8"))


def _keyed_cells(doc) -> dict[str, float | None]:
    return {
        f"{t.template}:{c.key}": c.value
        for t in read_tables(doc.text, doc.tables)
        if t.template
        for c in t.cells
        if c.key
    }


def test_layouts_six_reports_two_with_slips():
    assert len(NAMES) == 6
    assert len(UNRULED) == 2 and {n for n, _ in UNRULED} <= set(NAMES)
    slips = [_annotation(n)["slip"] for n in NAMES]
    assert sum(s is not None for s in slips) == 2
    assert len({_annotation(n)["body"] for n in NAMES}) == 6


@pytest.mark.parametrize(("name", "layout"), [(n, lay) for n in NAMES for lay in LAYOUTS] + UNRULED)
def test_layouts_every_rendering_gives_the_annotated_cells(name, layout):
    path = FIX / f"{name}.{layout}"
    assert path.is_file(), f"{path.name} missing: run tests/xxgk_fixtures.py"
    doc = ingest.read_file(path)
    got = _keyed_cells(doc)
    expect = _annotation(name)["cells"]
    wrong = {k: (v, got.get(k)) for k, v in expect.items() if got.get(k) != v}
    extra = set(got) - set(expect)
    assert not wrong and not extra, (list(wrong.items())[:5], sorted(extra)[:5])
    for t in read_tables(doc.text, doc.tables):
        for c in t.cells:
            assert doc.text[c.start : c.end] == c.raw  # every cell cites its own text


def _sum_failures(report) -> list:
    return [f for f in report.findings if f.rule == "sum_mismatch"]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "layout"), [(n, lay) for n in NAMES for lay in LAYOUTS] + UNRULED)
def test_layouts_slip_raised_at_its_cell_and_nothing_else(name, layout):
    ann = _annotation(name)
    report = analyze_document(ingest.read_file(FIX / f"{name}.{layout}"))
    failures = _sum_failures(report) + [f for f in report.findings if f.rule == "conflicting_values"]
    slip = ann["slip"]
    if slip is None:
        assert failures == [], [f.message for f in failures]
        verified = [v.message for v in report.verified if v.rule == "sum_mismatch"]
        assert sum("三（七）总计" in m for m in verified) == 7
        return
    tmpl, key = slip["cell"].split(":")
    (t,) = [t for t in keyed(report) if t.template == tmpl]
    cell = t.cell(key)
    assert cell is not None
    errors = [f for f in failures if f.severity.value == "error"]
    assert errors, [f.message for f in failures]
    for f in errors:  # every error cites the changed cell
        assert any(e.start == cell.start and e.end == cell.end for e in f.evidence), f.message
    col = {"granted.total": "表格行「", "carried_out.natural": "表格列「自然人」: 一"}[key]
    assert any(f.message.startswith(col) for f in errors), [f.message for f in errors]


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
@pytest.mark.parametrize("name", [n for n in NAMES if _annotation(n)["slip"] is None][:2])
def test_layouts_one_changed_cell_in_text_is_caught_there(name, layout):
    """The must-not half: untouched, no sum fails; one cell changed (+1): that cell's row and column fail."""
    doc = ingest.read_file(FIX / f"{name}.{layout}")
    (t3,) = [t for t in read_tables(doc.text, doc.tables) if t.template == "xxgk_t3"]
    cell = t3.cell("unable.1.natural")
    assert cell is not None and cell.value is not None
    changed = doc.text[: cell.start] + str(int(cell.value) + 1) + doc.text[cell.end :]
    report = analyze_document(dataclasses.replace(from_text(changed), tables=()))
    errors = [f for f in _sum_failures(report) if f.severity.value == "error"]
    messages = [f.message for f in errors]
    assert any(m.startswith("表格行「") for m in messages), messages
    assert any(m.startswith("表格列「自然人」: 办理结果") for m in messages), messages
    assert not any("商业企业" in m for m in messages)
    for f in errors:
        assert any(e.start == cell.start for e in f.evidence)


def test_layouts_prose_figures_linked_in_text_layouts():
    name = NAMES[0]
    report = analyze_document(ingest.read_file(FIX / f"{name}.pipe.txt"))
    linked = [v.message for v in report.verified if v.message.startswith("正文与表格")]
    names = {m.split(":")[0] for m in linked}
    assert {"正文与表格「本年新收」", "正文与表格「自然人」", "正文与表格「法人或其他组织」"} <= names, linked
    assert {"正文与表格「（七）总计」", "正文与表格「结转下年度」", "正文与表格「行政复议」"} <= names, linked


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_layouts_pdf_figures_equal_the_docx_figures(name):
    """Figures read from each PDF rendering (and the text layouts) equal those read from its .docx."""
    from analyzer import analyze_file

    def figures(layout: str) -> list[tuple[float, str, str]]:
        report = analyze_file(FIX / f"{name}.{layout}")
        # the figure and the number as written; not the words around it: Chromium's text layer writes some
        # characters as Kangxi radicals (⼈ for 人, ⻔ for 门), which is the character normaliser's to fold
        return sorted((m.value, m.unit, m.raw_number) for m in report.metrics)

    ref = figures("docx")
    assert len(ref) >= 6
    unruled = ("unruled.pdf",) if (FIX / f"{name}.unruled.pdf").is_file() else ()
    for layout in ("docx.pdf", "html.pdf", *unruled, "html", "pipe.txt", "lines.txt"):
        assert figures(layout) == ref, layout


@pytest.mark.parametrize("layout", ["lines.txt", "docx"])
def test_layouts_html_view_marks_the_failing_cell(layout):
    """The HTML report shows the keyed table with the slip's cell marked as an error (and no other cell)."""
    import re

    from analyzer.render.html import render_report_html

    name = next(n for n in NAMES if (_annotation(n)["slip"] or {}).get("cell") == "xxgk_t3:granted.total")
    report = analyze_document(ingest.read_file(FIX / f"{name}.{layout}"))
    page = render_report_html(report)
    cell = next(t for t in keyed(report) if t.template == "xxgk_t3").cell("granted.total")
    assert cell is not None
    marked = re.findall(r'<td>(?:<span[^>]*>)*?<span class="ev sev-error"[^>]*>(?:<span[^>]*>)*([^<]+)<', page)
    assert cell.raw in marked, marked[:10]
    # the keyed table is on the page with its row labels (as text: annotation spans may sit inside a label)
    assert "予以公开" in re.sub(r"<[^>]+>", "", page) and 'class="doc-table"' in page
