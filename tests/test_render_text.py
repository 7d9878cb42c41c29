"""Terminal output: aligned figure table, outline, one line per finding, colour only on a terminal."""

from __future__ import annotations

import io
import re
import subprocess
import sys

import pytest
from render_sample import build_report
from rich.cells import cell_len
from rich.console import Console

from analyzer.render.common import format_value
from analyzer.render.text import make_console, print_analysis, print_findings

ANSI = re.compile(r"\x1b\[")
# path:LINE:COL: severity rule message
FINDING_LINE = re.compile(
    r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning|info) (?P<rule>[a-z_]+) (?P<msg>.+)$"
)


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def plain_output(fn, report) -> str:
    buf = io.StringIO()  # not a terminal
    fn(report, make_console(buf))
    return buf.getvalue()


def test_render_text_findings_one_line_each_plus_summary():
    r = build_report()
    out = plain_output(print_findings, r).splitlines()
    assert len(out) == len(r.findings) + 1
    m = FINDING_LINE.match(out[0])
    assert m, out[0]
    assert m["rule"] == "ratio_mismatch" and m["msg"] == "纠错率 56.8% ≠ 17/29 = 58.62%"
    line_no = r.text.count("\n", 0, r.findings[0].evidence[0].start) + 1
    assert int(m["line"]) == line_no
    assert r.text.splitlines()[line_no - 1][int(m["col"]) - 1 :].startswith(r.findings[0].evidence[0].text)
    assert out[-1].startswith("sample_fazhi_2024.txt: 1 error, 0 warnings, 0 info; 1 verified; 15 figures")


def test_render_text_plain_when_piped_has_no_escape_codes():
    r = build_report()
    assert not ANSI.search(plain_output(print_analysis, r))
    assert not ANSI.search(plain_output(print_findings, r))


def test_render_text_colour_on_terminal_and_no_color_respected(monkeypatch):
    r = build_report()
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    tty = FakeTTY()
    print_findings(r, make_console(tty))
    assert ANSI.search(tty.getvalue())  # severity coloured
    monkeypatch.setenv("NO_COLOR", "1")
    tty2 = FakeTTY()
    print_findings(r, make_console(tty2))
    assert not ANSI.search(tty2.getvalue())


def test_render_text_figure_table_aligned():
    r = build_report()
    lines = plain_output(print_analysis, r).splitlines()
    ends = set()
    for m in r.metrics:
        row = next(line for line in lines if m.text in line)
        value = format_value(m)
        idx = row.index(value, row.index(m.text) + len(m.text))
        ends.add(cell_len(row[: idx + len(value)]))  # the value column is right-aligned: same end column
    assert len(ends) == 1, ends


def test_render_text_outline_in_document_order():
    r = build_report()
    out = plain_output(print_analysis, r)
    positions = [out.index(s.heading) for s in r.sections if s.level > 0]
    assert positions == sorted(positions)
    assert "measures" in out and "shortcomings" in out


def test_render_text_rich_tree_on_terminal(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    con = Console(file=FakeTTY(), force_terminal=True, width=160, color_system="standard")
    print_analysis(build_report(), con)
    out = con.file.getvalue()
    assert "└──" in out or "├──" in out  # the outline is a tree
    assert "Figures" in out


@pytest.mark.slow
def test_render_text_cli_check_piped_is_plain(tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("关于2024年法治政府建设情况的报告\n一、主要工作\n全年受理行政复议案件29件。\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "analyzer", "check", str(p)], capture_output=True, text=True, check=False)
    assert r.returncode in (0, 1), r.stderr
    assert not ANSI.search(r.stdout)
    assert r.stdout.strip().splitlines()[-1].startswith(f"{p}: ")


def test_render_text_long_verified_list_is_cut():
    import dataclasses

    from analyzer.render.text import VERIFIED_SHOWN

    r = build_report()
    many = tuple(dataclasses.replace(r.verified[0], message=f"关系{i}") for i in range(VERIFIED_SHOWN + 5))
    out = plain_output(print_analysis, dataclasses.replace(r, verified=many))
    assert f"关系{VERIFIED_SHOWN - 1}" in out and f"关系{VERIFIED_SHOWN}\n" not in out
    assert "… 5 more" in out


def _terminal_output(report, width: int) -> str:
    buf = FakeTTY()
    print_analysis(report, Console(file=buf, width=width, force_terminal=True, color_system=None, highlight=False))
    return buf.getvalue()


def test_render_text_ids_whole_and_values_in_wan_in_80_columns():
    from analyzer.api import analyze_text

    r = analyze_text(
        "某市2025年政府工作报告\n\n一、过去一年工作回顾\n全年改造老旧小区2049万平方米。"
        "城乡居民人均可支配收入分别增长5.3%、7%，常住人口城镇化率达到67.5%。\n"
    )
    ids = [m.indicator for m in r.metrics if m.indicator]
    assert "disposable_income.rural_per_capita_growth" in ids
    out = _terminal_output(r, 80)
    for i in ids:
        assert i in out, out  # not cut to "disposable…"
    assert "2049万平方米" in out and "20,490,000" not in out
    assert max(cell_len(line) for line in out.splitlines()) <= 80
