"""``govreport check PATH...``: the analysis printed as findings; exit 0/1/2."""

from __future__ import annotations

import enum
import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import Progress

from ..api import analyze_file
from ..checks import with_corpus_findings
from ..errors import AnalyzerError
from ..settings import Settings
from ..types import Severity
from ._app import app, debug_enabled
from ._ocr import OCR_HELP, ocr_progress
from ._taxonomy import TAXONOMY_HELP, taxonomy_paths


class CheckFormat(str, enum.Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


@app.command()
def check(
    paths: list[Path] = typer.Argument(..., help="One or more reports."),
    fmt: CheckFormat = typer.Option(CheckFormat.text, "--format", "-f", help="text, json (one object per file) or jsonl."),
    model: Path = typer.Option(None, "--model", help="A section classifier trained with `govreport train --out`."),
    ocr: bool = typer.Option(False, "--ocr", help=OCR_HELP),
    taxonomy: list[Path] = typer.Option(None, "--taxonomy", help=TAXONOMY_HELP),
) -> None:
    """Check the arithmetic of reports. Exit 0: no error finding; 1: an error finding; 2: an input could not be read."""
    from ..render.text import print_findings

    worst = 0
    reports = []
    analysed = []
    settings = Settings(model_path=model, ocr=ocr, taxonomy_paths=taxonomy_paths(taxonomy))
    # a progress bar on stderr for several files, only when a person is watching
    with Progress(transient=True, disable=len(paths) < 2 or not sys.stderr.isatty(), console=Console(stderr=True)) as bar:
        task = bar.add_task("checking", total=len(paths))
        for path in paths:
            bar.update(task, description=f"checking {path.name}")
            try:
                with ocr_progress(ocr and len(paths) < 2):  # several files: the files' bar is shown
                    analysed.append(analyze_file(path, settings))
            except AnalyzerError as exc:
                if debug_enabled():
                    raise
                sys.stderr.write(f"govreport: error: {exc}\n")
                worst = 2
            except Exception as exc:  # one file's bug must not lose the others' results
                if debug_enabled():
                    raise
                sys.stderr.write(f"govreport: internal error on {path}: {type(exc).__name__}: {exc} (--debug for details)\n")
                worst = 2
            bar.advance(task)
    if len(analysed) > 1:
        # several documents checked together: add the cross-document findings
        analysed = with_corpus_findings(analysed)
    for report in analysed:
        if any(f.severity is Severity.ERROR for f in report.findings) and worst < 1:
            worst = 1
        if fmt is CheckFormat.jsonl:
            typer.echo(json.dumps(report.to_dict(), ensure_ascii=False))
        elif fmt is CheckFormat.json:
            reports.append(report.to_dict())
        else:
            print_findings(report)
    if fmt is CheckFormat.json:
        payload = reports[0] if len(paths) == 1 and reports else reports
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    raise typer.Exit(worst)
