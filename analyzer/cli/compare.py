"""``govreport compare --db FILE [--indicator ID]``: one indicator across documents, or the indicators' coverage."""

from __future__ import annotations

import csv
import enum
import io
import json
import os
import sys
from typing import Any, Literal

import typer

from ..errors import AnalyzerError
from ..render.common import format_amount
from ._app import app, debug_enabled, fail


class CompareFormat(str, enum.Enum):
    text = "text"
    csv = "csv"
    json = "json"


class BasisChoice(str, enum.Enum):
    actual = "actual"
    target = "target"
    period_average = "period_average"


BASIS_TITLE = {
    "actual": "results (actual)",
    "target": "targets",
    "period_average": "multi-year averages",
    None: "basis not stated",
}

ROW_FIELDS = (
    "region",
    "level",
    "year",
    "basis",
    "value",
    "value_high",
    "qualifier",
    "unit",
    "document",
    "evidence",
    "path",
)
# compare --vs-target: the design.md row, then the evidence of both documents
TARGET_FIELDS = (
    "region",
    "level",
    "year",
    "target",
    "target_high",
    "target_qualifier",
    "result",
    "met",
    "note",
    "result_qualifier",
    "unit",
    "target_document",
    "target_evidence",
    "target_start",
    "target_end",
    "result_document",
    "result_evidence",
    "result_start",
    "result_end",
)
COVERAGE_FIELDS = (
    "indicator",
    "canonical",
    "figures",
    "documents",
    "regions",
    "year_min",
    "year_max",
    "bases",
    "units",
)


def _csv(rows: list[dict[str, Any]], fields: tuple[str, ...]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(fields), extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def _console(width: int | None = None) -> Any:
    from rich.console import Console

    if width is not None or sys.stdout.isatty():
        return Console(highlight=False, width=width)
    return Console(no_color=True, color_system=None, width=240, highlight=False)


def _id_column(table: Any, name: str, ids: list[str], **kw: Any) -> None:
    """A column of indicator ids: never cut (the other columns wrap instead)."""
    table.add_column(name, no_wrap=True, min_width=max(map(len, ids), default=len(name)), **kw)


def print_rows(indicator: str, rows: list[Any], console: Any = None) -> None:
    from rich.table import Table

    console = console or _console()
    if not rows:
        console.print(f"{indicator}: no figure in the corpus (see `govreport compare --db FILE` for the indicators)")
        return
    units = sorted({r.unit for r in rows})
    for basis in ("actual", "target", "period_average", None):
        group = [r for r in rows if r.basis == basis]
        if not group:
            continue
        table = Table(title=f"{indicator}: {BASIS_TITLE[basis]}", title_justify="left", box=None, pad_edge=False)
        values = []
        for r in group:
            value = format_amount(r.value, r.unit)
            if r.value_high is not None:
                value += f"–{format_amount(r.value_high, r.unit)}"
            if r.qualifier:
                value += f" ({r.qualifier})"
            values.append(value)
        table.add_column("region", overflow="fold")
        table.add_column("level", overflow="fold")
        table.add_column("year", justify="right", no_wrap=True)
        table.add_column("value", justify="right", no_wrap=True, min_width=max(map(len, values)))
        table.add_column("source", overflow="fold")
        table.add_column("evidence", overflow="fold", ratio=1)
        for r, value in zip(group, values, strict=True):
            table.add_row(r.region or "?", r.level or "", str(r.year or ""), value, r.document, r.evidence)
        console.print(table)
        console.print()
    if len(units) > 1:
        console.print(f"note: {indicator} is stated in more than one unit ({', '.join(units)}); check the taxonomy")


def print_coverage(items: list[Any], unmapped: int, console: Any = None) -> None:
    from rich.table import Table

    console = console or _console()
    if not items:
        console.print("no indicator in the corpus yet")
    else:
        table = Table(box=None, pad_edge=False)
        _id_column(table, "indicator", [c.indicator for c in items])
        for col in ("figures", "documents", "regions"):
            table.add_column(col, justify="right", no_wrap=True)
        for col in ("years", "bases", "unit"):
            table.add_column(col, overflow="fold")
        for c in items:
            years = (
                ""
                if c.year_min is None
                else (str(c.year_min) if c.year_min == c.year_max else f"{c.year_min}–{c.year_max}")
            )
            table.add_row(c.indicator, str(c.figures), str(c.documents), str(c.regions), years, c.bases, c.units or "")
        console.print(table)
    console.print(f"{unmapped} figures have no canonical indicator (kept under their subject phrase; --all lists them)")


def _target_value(r: Any) -> str:
    if r.target is None:
        return ""
    value = format_amount(r.target, r.unit or "")
    if r.target_high is not None:
        value = f"{format_amount(r.target, '')}–{format_amount(r.target_high, r.unit or '')}"
    return value + (f" ({r.target_qualifier})" if r.target_qualifier else "")


def _quote(evidence: str | None, document: str | None) -> Any:
    """The quote with its document (a path shown by its file name: titles repeat), never read as markup."""
    from rich.text import Text

    if not evidence:
        return Text("")
    name = os.path.basename(document) if document else "?"
    return Text(f"{evidence} ({name})")


def print_targets(indicator: str, rows: list[Any], tolerance: str, console: Any = None) -> None:
    """The targets-against-results table: one line per region-year, met yes/no/? with the reason."""
    from rich.table import Table

    console = console or _console()
    if not rows:
        console.print(f"{indicator}: no target or result in the corpus")
        return
    table = Table(
        title=f"{indicator}: targets against results (point targets met within {tolerance})",
        title_justify="left",
        box=None,
        pad_edge=False,
    )
    targets = [_target_value(r) for r in rows]
    results = [
        "" if r.result is None else format_amount(r.result, r.unit or "") + (f" ({r.result_qualifier})" if r.result_qualifier else "")
        for r in rows
    ]
    table.add_column("region", overflow="fold")
    table.add_column("year", justify="right", no_wrap=True)
    table.add_column("target", justify="right", no_wrap=True, min_width=max(map(len, targets)))
    table.add_column("result", justify="right", no_wrap=True, min_width=max(map(len, results)))
    table.add_column("met", no_wrap=True)
    table.add_column("target evidence", overflow="fold", ratio=1)
    table.add_column("result evidence", overflow="fold", ratio=1)
    for r, t, res in zip(rows, targets, results, strict=True):
        met = "?" if r.met is None else ("yes" if r.met else "no")
        if r.note:
            met += f" ({r.note})"
        table.add_row(
            r.region or "?",
            str(r.year),
            t,
            res,
            met,
            _quote(r.target_evidence, r.target_path or r.target_document),
            _quote(r.result_evidence, r.result_path or r.result_document),
        )
    console.print(table)
    done = sum(r.met is not None for r in rows)
    console.print(f"{len(rows)} region-years, {done} decided ({sum(bool(r.met) for r in rows)} met)")


def _resolve(corpus: Any, text: str) -> str:
    """The one id ``text`` names; exits 2 naming the candidates or the closest ids otherwise."""
    from ..corpus.query import resolve_indicator
    from ..indicators import load_taxonomy

    res = resolve_indicator(corpus, text, load_taxonomy())
    if len(res.ids) == 1:
        if res.how == "phrase":
            sys.stderr.write(f"govreport: {text!r} is {res.ids[0]}\n")
        return res.ids[0]
    if res.ids:
        fail(f"{text!r} matches {len(res.ids)} indicators: {', '.join(res.ids)}; give one with --indicator")
    hint = f"; closest: {', '.join(res.closest)}" if res.closest else ""
    fail(f"no indicator {text!r} (not an id, a stored subject phrase or a phrase of the taxonomy){hint}")


@app.command()
def compare(
    db: str = typer.Option(..., "--db", help="The DuckDB corpus file."),
    indicator: str = typer.Option(None, "--indicator", "-i", help="A canonical id (gdp.growth), or a phrase (纠错率) naming one; an unknown one exits 2 with the closest ids."),
    basis: BasisChoice = typer.Option(None, "--basis", help="Only results, targets or multi-year averages."),
    year: int = typer.Option(None, "--year", help="Only figures for this year."),
    fmt: CompareFormat = typer.Option(CompareFormat.text, "--format", "-f", help="text, csv or json."),
    all_: bool = typer.Option(False, "--all", help="Without --indicator: list subject phrases too."),
    table_cell: str = typer.Option(
        None, "--table-cell", help="A keyed 政府信息公开 table cell ROW.COL (new.total, review.corrected) by issuer and year."
    ),
    vs_target: bool = typer.Option(
        False,
        "--vs-target",
        help="With --indicator: each region-year's target (set in the report about the year before) against its "
        "result (stated in the next report), met true/false, null when undecidable. Ranges and 以上/以内 are read "
        "as written; a point target such as 5%左右 is met when the result misses it by at most --tolerance "
        "(below a floor such as GDP growth, above a ceiling such as CPI).",
    ),
    tolerance: float = typer.Option(
        None,
        "--tolerance",
        help="With --vs-target: the tolerance of point targets in percentage points for figures in % "
        "(default 0.1, Settings.target_tolerance_pp); other units use 1% of the target (Settings.target_tolerance_share).",
    ),
) -> None:
    """One indicator across documents (region, year, value, unit, source), results and targets apart; with
    --vs-target, targets against results; without --indicator, the indicators and their coverage."""
    from ..corpus import coverage, indicator_rows, open_corpus, unmapped_count

    if vs_target:
        if indicator is None:
            fail("--vs-target needs --indicator ID")
        _compare_vs_target(db, indicator, year, fmt, tolerance)
        return
    if table_cell is not None:
        _compare_table_cell(db, table_cell, year, fmt)
        return
    try:
        with open_corpus(db, read_only=True) as corpus:
            if indicator is None:
                items = coverage(corpus, include_subjects=all_)
                unmapped = unmapped_count(corpus)
                rows = None
            else:
                indicator = _resolve(corpus, indicator)
                rows = indicator_rows(corpus, indicator, basis=basis.value if basis else None, year=year)
    except AnalyzerError as exc:
        if debug_enabled():
            raise
        fail(str(exc))
    if rows is None:
        dicts = [c.to_dict() for c in items]
        if fmt is CompareFormat.json:
            typer.echo(json.dumps({"indicators": dicts, "unmapped_figures": unmapped}, ensure_ascii=False, indent=2))
        elif fmt is CompareFormat.csv:
            typer.echo(_csv(dicts, COVERAGE_FIELDS), nl=False)
        else:
            print_coverage(items, unmapped)
        return
    if fmt is CompareFormat.json:
        typer.echo(
            json.dumps({"indicator": indicator, "rows": [r.to_dict() for r in rows]}, ensure_ascii=False, indent=2)
        )
    elif fmt is CompareFormat.csv:
        typer.echo(_csv([r.to_dict() for r in rows], ("indicator", *ROW_FIELDS, "sha256")), nl=False)
    else:
        print_rows(indicator, rows)


def _compare_vs_target(db: str, indicator: str, year: int | None, fmt: CompareFormat, tolerance: float | None) -> None:
    """``compare --indicator ID --vs-target``: ``target_panel`` rows with ``met`` decided."""
    import dataclasses

    from ..corpus import open_corpus, target_rows
    from ..indicators import load_taxonomy
    from ..settings import DEFAULT_SETTINGS

    settings = DEFAULT_SETTINGS
    if tolerance is not None:
        if not tolerance >= 0:
            fail(f"--tolerance must be a non-negative number, not {tolerance}")
        settings = dataclasses.replace(settings, target_tolerance_pp=tolerance)
    try:
        with open_corpus(db, read_only=True) as corpus:
            indicator = _resolve(corpus, indicator)
            rows = target_rows(corpus, indicator, load_taxonomy(), settings, year=year)
    except AnalyzerError as exc:
        if debug_enabled():
            raise
        fail(str(exc))
    dicts = [r.to_dict() for r in rows]
    if fmt is CompareFormat.json:
        doc = {
            "indicator": indicator,
            "tolerance_pp": settings.target_tolerance_pp,
            "tolerance_share": settings.target_tolerance_share,
            "rows": dicts,
        }
        typer.echo(json.dumps(doc, ensure_ascii=False, indent=2))
    elif fmt is CompareFormat.csv:
        typer.echo(_csv(dicts, ("indicator", *TARGET_FIELDS)), nl=False)
    else:
        tol = f"{settings.target_tolerance_pp:g} pp (%) or {settings.target_tolerance_share:.0%} of the target"
        print_targets(indicator, rows, tol)


def _compare_table_cell(db: str, cell: str, year: int | None, fmt: CompareFormat) -> None:
    """``compare --table-cell ROW.COL``: one keyed table cell across issuers and years (``table_panel``)."""
    from ..corpus import open_corpus
    from ..corpus.table_query import TABLE_ROW_FIELDS, table_cell_rows

    try:
        with open_corpus(db, read_only=True) as corpus:
            rows = table_cell_rows(corpus, cell, year=year)
    except AnalyzerError as exc:
        if debug_enabled():
            raise
        fail(str(exc))
    dicts = [r.to_dict() for r in rows]
    if fmt is CompareFormat.json:
        typer.echo(json.dumps({"table_cell": cell, "rows": dicts}, ensure_ascii=False, indent=2))
        return
    if fmt is CompareFormat.csv:
        typer.echo(_csv(dicts, (*TABLE_ROW_FIELDS, "sha256")), nl=False)
        return
    from rich.console import Console
    from rich.table import Table

    tty = sys.stdout.isatty()
    console = Console(highlight=False) if tty else Console(no_color=True, color_system=None, width=240, highlight=False)
    if not rows:
        console.print(f"{cell}: no keyed table cell in the corpus")
        return
    table = Table(title=f"{cell} ({rows[0].template})", title_justify="left", box=None, pad_edge=False)
    columns: tuple[tuple[str, Literal["left", "right"]], ...] = (
        ("issuer", "left"),
        ("year", "right"),
        ("value", "right"),
        ("source", "left"),
        ("evidence", "left"),
    )
    for col, just in columns:
        table.add_column(col, justify=just, no_wrap=col != "evidence")
    for r in rows:
        value = "" if r.value is None else f"{r.value:.10g}"
        table.add_row(r.issuer or "?", str(r.year or ""), value, r.document, r.evidence)
    console.print(table)
