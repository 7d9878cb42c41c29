"""Terminal output (minimal; rich tables come with the outputs issue)."""

from __future__ import annotations

import typer

from ..types import Report


def print_analysis(report: Report) -> None:
    m = report.meta
    typer.echo(f"{report.source.path}  genre={m.genre.value} year={m.year} title={m.title}")
    for h in report.headings:
        typer.echo("  " * (h.level - 1) + f"{h.label} {h.title}")
    for x in report.metrics:
        typer.echo(f"{x.text}\t{x.kind.value}\t{x.value:g}\t{x.unit}\t{x.indicator or ''}")
    print_findings(report)


def print_findings(report: Report) -> None:
    for f in report.findings:
        typer.echo(f"{report.source.path}: {f.severity.value}: [{f.rule}] {f.message}")
