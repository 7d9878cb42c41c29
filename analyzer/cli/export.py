"""``govreport export --db FILE (--xlsx OUT | --parquet DIR | --csv DIR)``: the corpus tables for other tools."""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import AnalyzerError
from ._app import app, debug_enabled, fail


@app.command()
def export(
    db: Path = typer.Option(..., "--db", help="The DuckDB corpus file."),
    xlsx: Path = typer.Option(None, "--xlsx", help="One workbook, a sheet per table."),
    parquet: Path = typer.Option(None, "--parquet", help="A folder of <table>.parquet files."),
    csv: Path = typer.Option(None, "--csv", help="A folder of <table>.csv files."),
) -> None:
    """Export every corpus table, the indicator_panel view and the wide panels.

    panel_wide: one row per region and year, for each indicator id a value column and an <id>__unit
    column (results; several values of one cell: the report about that year, else the latest;
    disagreements named in ``conflicts``); panel_wide_target: the same of targets.
    """
    from ..corpus import export_files, export_xlsx, open_corpus

    chosen = [x for x in (xlsx, parquet, csv) if x is not None]
    if len(chosen) != 1:
        fail("give exactly one of --xlsx OUT, --parquet DIR, --csv DIR")
    try:
        with open_corpus(db, read_only=True) as corpus:
            if xlsx is not None:
                written = [export_xlsx(corpus, xlsx)]
            else:
                written = export_files(corpus, parquet or csv, "parquet" if parquet is not None else "csv")
    except AnalyzerError as exc:
        if debug_enabled():
            raise
        fail(str(exc))
    for path in written:
        typer.echo(str(path))
