"""The annotated HTML view of one report: one self-contained file, built with jinja2.

Everything taken from a document is escaped by jinja2's autoescape (the
templates are ``*.html.j2``); the page carries no script at all and a
Content-Security-Policy that forbids scripts and network access, so even a
report full of ``<script>`` shows it as text and never runs it.  Hover and
click (focus) details are pure CSS.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jinja2

from ..types import Finding, Heading, Metric, Report, Section
from .annotate import Ann, Piece, nest
from .common import (
    arithmetic,
    format_value,
    label,
    line_col,
    metric_facts,
    sorted_findings,
    summarize,
)

# layers: outer first when two annotations cover the same range
_LAYER_FINDING, _LAYER_VERIFIED, _LAYER_FIGURE = 0, 1, 2


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The jinja2 environment of the shipped templates (autoescape on for .html.j2)."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("analyzer.render", "templates"),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "j2"), default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["label"] = label
    return env


@dataclass(frozen=True)
class Block:
    """One line of the text: a heading, a paragraph or a table."""

    kind: str  # "heading" | "runin" | "para" | "table" | "title" | "issuer"
    pieces: tuple[Piece, ...] = ()  # a run-in heading: its title only (the rest of the line is ``rest``)
    level: int = 0
    anchor: str = ""
    section: Section | None = None
    show_category: bool = True
    rows: tuple[tuple[tuple[Piece, ...], ...], ...] = ()
    rest: tuple[Piece, ...] = ()  # the paragraph a run-in heading opens (（一）加强组织领导。全年…)


# what ends a run-in title: it stays with the (bold) title
RUN_IN_END = "。：:．."


@dataclass(frozen=True)
class FindingView:
    number: int
    finding: Finding
    anchor: str
    arithmetic: str
    evidence: tuple[tuple[str, str, int], ...]  # (anchor, text, line)
    section: str


@dataclass(frozen=True)
class NavItem:
    section: Section
    anchor: str
    findings: int
    worst: str
    number: str  # "一、", "（二）", "3." as the heading is numbered; "" when the heading text has it
    show_category: bool = True  # False when the parent section has the same category


# how a heading's label is written at each level (GB/T 9704: 一、 （一） 1. （1）)
_LABEL_FORMS = {1: "{}、", 2: "（{}）", 3: "{}.", 4: "（{}）"}


def render_report_html(report: Report) -> str:
    """The HTML page of one report, as a string."""
    findings = sorted_findings(report)
    anns = _annotations(report, findings)
    blocks = _blocks(report, anns)
    views = [_finding_view(report, i, f) for i, f in enumerate(findings, 1)]
    return (
        environment()
        .get_template("report.html.j2")
        .render(
            report=report,
            meta=report.meta,
            summary=summarize(report),
            blocks=blocks,
            findings=views,
            verified=report.verified,
            nav=_nav(report, findings),
            figures=[(i, m, format_value(m), _tip(m)) for i, m in enumerate(report.metrics)],
        )
    )


def write_report_html(report: Report, out: str | Path) -> Path:
    """Render and write the page (UTF-8); returns the path written."""
    path = Path(out)
    path.write_text(render_report_html(report), encoding="utf-8")
    return path


def _tip(m: Metric) -> str:
    return "\n".join(f"{k}：{v}" for k, v in metric_facts(m))


def _annotations(report: Report, findings: list[Finding]) -> list[Ann]:
    anns: list[Ann] = []
    for i, f in enumerate(findings, 1):
        tip = f"{label('severity', f.severity.value)} · {f.rule}\n{f.message}"
        extra = arithmetic(f)
        if extra:
            tip += f"\n{extra}"
        for j, e in enumerate(f.evidence):
            anns.append(
                Ann(
                    e.start,
                    e.end,
                    _LAYER_FINDING,
                    "finding",
                    f"f{i}-e{j}",
                    f"ev sev-{f.severity.value}",
                    tip,
                    badge=str(i) if j == len(f.evidence) - 1 else "",
                    href=f"#f{i}",
                )
            )
    for i, v in enumerate(report.verified, 1):
        for j, e in enumerate(v.evidence):
            anns.append(Ann(e.start, e.end, _LAYER_VERIFIED, "verified", f"v{i}-e{j}", "ok", f"✓ {v.message}"))
    for i, m in enumerate(report.metrics):
        anns.append(
            Ann(
                m.start,
                m.end,
                _LAYER_FIGURE,
                "figure",
                f"fig{i}",
                f"fig kind-{m.kind.value}" + ("" if m.indicator else " no-ind"),
                _tip(m),
            )
        )
    return anns


def _blocks(report: Report, anns: list[Ann]) -> list[Block]:
    text = report.text
    heads = {h.start: h for h in report.headings}
    sections = [s for s in report.sections if s.level > 0]
    tables = sorted(report.tables, key=lambda t: t.start)
    keyed_tables = _text_keyed_tables(report)
    inherited = _inherited_categories(sections)
    blocks: list[Block] = []
    pos = 0
    body_started = False  # the title and issuer lines come before the first heading
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        kt = next((t for t in keyed_tables if t.start <= end and start < t.end), None)
        if kt is not None:
            if not (blocks and blocks[-1].anchor == f"k{kt.start}"):
                blocks.append(Block("table", anchor=f"k{kt.start}", rows=_keyed_rows(text, kt, anns)))
            continue
        table = next((t for t in tables if t.start <= start < t.end), None)
        if table is not None:
            if blocks and blocks[-1].kind == "table" and blocks[-1].anchor == f"t{table.start}":
                continue
            rows = tuple(tuple(nest(text, c.start, c.end, anns) for c in row) for row in table.rows)
            blocks.append(Block("table", anchor=f"t{table.start}", rows=rows))
            continue
        if not line.strip():
            continue
        lead, trail = len(line) - len(line.lstrip()), len(line) - len(line.rstrip())
        pieces = nest(text, start + lead, end - trail, anns)
        head = next((heads[k] for k in range(start, end + 1) if k in heads), None)
        if head is not None:
            sec = _section_for(sections, head.start, head.end, head.level)
            anchor = f"sec-{sec.id}" if sec else f"h{head.start}"
            show = sec is not None and sec.id not in inherited
            cut = head.end
            while cut < end - trail and text[cut] in RUN_IN_END:
                cut += 1
            if start + lead < cut < end - trail:
                # a run-in heading: only its title is a heading (bold), the paragraph it opens is not
                blocks.append(
                    Block(
                        "runin",
                        nest(text, start + lead, cut, anns),
                        level=min(head.level, 4),
                        anchor=anchor,
                        section=sec,
                        show_category=show,
                        rest=nest(text, cut, end - trail, anns),
                    )
                )
            else:
                blocks.append(
                    Block("heading", pieces, level=min(head.level, 4), anchor=anchor, section=sec, show_category=show)
                )
        elif not body_started and line.strip() == (report.meta.title or "").strip():
            blocks.append(Block("title", pieces))
        elif not body_started and line.strip() == (report.meta.issuer or "").strip():
            blocks.append(Block("issuer", pieces))
        else:
            blocks.append(Block("para", pieces))
        body_started = body_started or head is not None
    return blocks


def _text_keyed_tables(report: Report) -> list:  # type: ignore[type-arg]
    """The template tables of a text report (pipe pieces, one cell per line): shown as one keyed grid each."""
    if report.source.format != "txt":
        return []  # docx/html/pdf: the reader's own grid is shown, its cells marked the same way
    from ..tables import keyed

    return sorted(keyed(report), key=lambda t: t.start)


def _keyed_rows(text: str, t, anns: list[Ann]) -> tuple[tuple[tuple[Piece, ...], ...], ...]:  # type: ignore[no-untyped-def]
    """A keyed table as a grid: a header of column names, then one row per template row, cells marked."""
    cols: list[str] = []
    rows: dict[str, tuple[str, dict[str, object]]] = {}
    for c in t.cells:
        if c.col not in cols:
            cols.append(c.col)
        label, cells = rows.setdefault(c.row_key or c.row, (c.row, {}))
        cells[c.col] = c
    head = (((Piece(text=""),), *tuple((Piece(text=col),) for col in cols)),)
    body = []
    for label, cells in rows.values():
        line: list[tuple[Piece, ...]] = [(Piece(text=label),)]
        for col in cols:
            c = cells.get(col)
            line.append(nest(text, c.start, c.end, anns) if c is not None else (Piece(text=""),))  # type: ignore[attr-defined]
        body.append(tuple(line))
    return head + tuple(body)


def _section_for(sections: list[Section], start: int, end: int, level: int) -> Section | None:
    best = [s for s in sections if s.level == level and start - 1 <= s.start <= end + 1]
    return best[0] if best else next((s for s in sections if s.start <= start < s.end and s.level == level), None)


def _inherited_categories(sections: list[Section]) -> set[str]:
    """Ids of sections whose category is their parent's (shown once, on the parent)."""
    out: set[str] = set()
    stack: list[Section] = []
    for s in sections:
        while stack and stack[-1].level >= s.level:
            stack.pop()
        if stack and s.category is not None and s.category == stack[-1].category:
            out.add(s.id)
        stack.append(s)
    return out


def _finding_view(report: Report, i: int, f: Finding) -> FindingView:
    ev = tuple((f"f{i}-e{j}", e.text, line_col(report.text, e.start)[0]) for j, e in enumerate(f.evidence))
    sec = report.section_at(f.evidence[0].start) if f.evidence else None
    return FindingView(i, f, f"f{i}", arithmetic(f), ev, sec.heading if sec and sec.level > 0 else "")


def _nav(report: Report, findings: list[Finding]) -> list[NavItem]:
    per: dict[str, list[Finding]] = {}
    for f in findings:
        sec = report.section_at(f.evidence[0].start) if f.evidence else None
        if sec is not None:
            per.setdefault(sec.id, []).append(f)
    sections = [s for s in report.sections if s.level > 0]
    inherited = _inherited_categories(sections)
    heading_of: dict[str, Heading] = {}
    for h in report.headings:
        sec = _section_for(sections, h.start, h.end, h.level)
        if sec is not None:
            heading_of.setdefault(sec.id, h)
    items = []
    for s in sections:
        fs = per.get(s.id, [])
        worst = fs[0].severity.value if fs else ""  # findings are sorted errors first
        head = heading_of.get(s.id)
        number = _LABEL_FORMS.get(s.level, "{} ").format(head.label) if head is not None and head.label else ""
        if head is not None and number and s.heading.startswith((number, f"{head.label}、", f"（{head.label}）", f"{head.label}.")):
            number = ""  # the heading text already carries its number
        items.append(NavItem(s, f"sec-{s.id}", len(fs), worst, number, s.id not in inherited))
    return items
