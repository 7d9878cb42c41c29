"""Terminal output with rich: outline tree, aligned figure table, findings coloured by severity.

Colour and box drawing only on a terminal; when piped (or ``NO_COLOR`` is set,
or ``TERM=dumb``) the same content is printed plain, with no escape codes, wide
enough not to wrap, so that ``grep`` and ``cut`` work on it.
"""

from __future__ import annotations

import os
import sys
from typing import TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from ..types import Finding, Report, Severity
from .common import arithmetic, format_value, label, line_col, sorted_findings, summarize

SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
PLAIN_WIDTH = 200
VERIFIED_SHOWN = 20  # the rest are in the JSON and the HTML page


def make_console(file: TextIO | None = None) -> Console:
    """A console for stdout (or ``file``): rich on a terminal, plain otherwise."""
    out = file or sys.stdout
    tty = out.isatty() if hasattr(out, "isatty") else False
    plain = not tty or "NO_COLOR" in os.environ or os.environ.get("TERM") == "dumb"
    if plain:
        return Console(
            file=out,
            no_color=True,
            color_system=None,
            highlight=False,
            width=PLAIN_WIDTH,
            force_terminal=False,
            emoji=False,
            soft_wrap=True,
        )
    return Console(file=out, highlight=False, emoji=False)


def _is_plain(console: Console) -> bool:
    return console.color_system is None


def print_analysis(report: Report, console: Console | None = None) -> None:
    """Everything about one report: header, outline, figures, findings, verified relations."""
    c = console or make_console()
    _print_header(report, c)
    _print_outline(report, c)
    _print_metrics(report, c)
    _print_findings_block(report, c)


def print_findings(report: Report, console: Console | None = None) -> None:
    """``check``'s output: one line per finding, then one summary line for the file."""
    c = console or make_console()
    path = report.source.path or "<text>"
    for f in sorted_findings(report):
        c.print(finding_line(report, f, path))
    c.print(summary_line(report, path))


def finding_line(report: Report, f: Finding, path: str) -> Text:
    """``path:LINE:COL: error ratio_mismatch 纠错率 56.8% ≠ 17/29 = 58.62%``."""
    where = f"{path}:{':'.join(map(str, line_col(report.text, f.evidence[0].start)))}" if f.evidence else path
    line = Text(f"{where}: ")
    line.append(f.severity.value, style=SEVERITY_STYLE[f.severity])
    line.append(f" {f.rule} ", style="dim")
    line.append(f.message)
    return line


def summary_line(report: Report, path: str) -> Text:
    s = summarize(report)
    line = Text(f"{path}: ")
    for i, (sev, n) in enumerate(s.findings_by_severity):
        if i:
            line.append(", ")
        line.append(
            f"{n} {sev.value}{'s' if n != 1 and sev is not Severity.INFO else ''}",
            style=SEVERITY_STYLE[sev] if n else "dim",
        )
    line.append(f"; {s.verified} verified; {s.figures} figures; {s.sections} sections")
    return line


def _print_header(report: Report, c: Console) -> None:
    m = report.meta
    s = summarize(report)
    c.print(Text(m.title or report.source.path or "(untitled)", style="bold"))
    facts = [
        ("genre", f"{m.genre.value} {label('genre', m.genre.value)}"),
        ("year", str(m.year) if m.year is not None else "—"),
        ("region", m.region or "—"),
        ("issuer", m.issuer or "—"),
        ("source", f"{report.source.path or '<text>'} ({report.source.format}, sha256 {report.source.sha256[:12]})"),
        ("cleaned", f"{report.source.chars_dropped:,} characters of page chrome removed"),
        ("figures", f"{s.figures} ({', '.join(f'{k} {n}' for k, n in s.figures_by_kind) or 'none'})"),
    ]
    if report.source.ocr:
        facts.append(("ocr", ocr_summary(report)))
    width = max(len(k) for k, _ in facts)
    for k, v in facts:
        c.print(Text(f"  {k.ljust(width)}  ", style="dim") + Text(v))
    c.print()


def ocr_summary(report: Report, low: float = 0.9) -> str:
    """``read by OCR: 3 of 57 figures under 0.90 confidence (lowest 0.62 at line 14)``."""
    rated = [m for m in report.metrics if m.ocr_confidence is not None]
    if not rated:
        return "read by OCR"
    worst = min(rated, key=lambda m: m.ocr_confidence or 0.0)
    n_low = sum(1 for m in rated if (m.ocr_confidence or 0.0) < low)
    return (
        f"read by OCR: {n_low} of {len(rated)} figures under {low:.2f} confidence "
        f"(lowest {worst.ocr_confidence:.2f} at line {line_col(report.text, worst.start)[0]}); findings at most warnings"
    )


def _print_outline(report: Report, c: Console) -> None:
    secs = [s for s in report.sections if s.level > 0]
    if not secs:
        c.print(Text("Outline: no headings found", style="dim"))
        c.print()
        return
    if _is_plain(c):
        c.print("Outline")
        for s in secs:
            cat = f"  [{s.category}]" if s.category else ""
            c.print(Text(f"{'  ' * s.level}{s.id}  {s.heading}{cat}"))
        c.print()
        return
    tree = Tree(Text("Outline", style="bold"))
    stack: list[tuple[int, Tree]] = [(0, tree)]
    for s in secs:
        while stack[-1][0] >= s.level:
            stack.pop()
        node = Text(f"{s.id}  ", style="dim") + Text(s.heading)
        if s.category:
            node.append(f"  {s.category}", style="magenta")
            if s.confidence is not None:
                node.append(f" {s.confidence:.2f}", style="dim")
        stack.append((s.level, stack[-1][1].add(node)))
    c.print(tree)
    c.print()


def _print_metrics(report: Report, c: Console) -> None:
    if not report.metrics:
        c.print(Text("Figures: none extracted", style="dim"))
        c.print()
        return
    plain = _is_plain(c)
    if plain:
        c.print("Figures")
    t = Table(
        title=None if plain else "Figures",
        box=None if plain else box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        header_style="" if plain else "bold",
    )
    # ids and values are never cut: the text column wraps instead (an 80-column terminal)
    ids = [m.indicator or "—" for m in report.metrics]
    values = [format_value(m) for m in report.metrics]
    t.add_column("line", justify="right", no_wrap=True)
    t.add_column("text", overflow="fold", ratio=1)
    t.add_column("value", justify="right", no_wrap=True, min_width=max(map(len, values)))
    t.add_column("kind", overflow="fold")
    t.add_column("indicator", no_wrap=True, min_width=max(map(len, ids)))
    t.add_column("year", justify="right", no_wrap=True)
    t.add_column("basis", overflow="fold")
    t.add_column("section", overflow="fold")
    for m, value in zip(report.metrics, values, strict=True):
        t.add_row(
            str(line_col(report.text, m.start)[0]),
            Text(m.text.replace("\n", " ")),
            value,
            m.kind.value,
            Text(m.indicator or "—", style="" if m.indicator else "dim"),
            str(m.year) if m.year is not None else "—",
            m.basis.value if m.basis else "—",
            m.section or "—",
        )
    c.print(t)
    c.print()


def _print_findings_block(report: Report, c: Console) -> None:
    path = report.source.path or "<text>"
    if report.findings:
        c.print(Text("Findings", style="bold"))
        for f in sorted_findings(report):
            c.print(finding_line(report, f, path))
            extra = arithmetic(f)
            quote = " … ".join(e.text.replace("\n", " ") for e in f.evidence)
            if quote:
                c.print(Text(f"    «{quote}»", style="dim"))
            if extra:
                c.print(Text(f"    {extra}", style="dim"))
    if report.verified:
        c.print(Text(f"Verified ({len(report.verified)})", style="bold green"))
        for v in report.verified[:VERIFIED_SHOWN]:
            c.print(Text("  ✓ ", style="green") + Text(f"{v.rule} ", style="dim") + Text(v.message))
        if len(report.verified) > VERIFIED_SHOWN:
            more = len(report.verified) - VERIFIED_SHOWN
            c.print(Text(f"  … {more} more (all of them with --format json)", style="dim"))
    c.print(summary_line(report, path))
