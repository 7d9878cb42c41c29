"""``govreport analyze PATH``: the full analysis of one file."""

from __future__ import annotations

import enum
import json
from pathlib import Path

import typer

from ..api import analyze_file
from ..errors import AnalyzerError
from ..settings import Settings
from ._app import app, debug_enabled, fail
from ._ocr import OCR_HELP, ocr_progress
from ._taxonomy import TAXONOMY_HELP, taxonomy_paths


class AnalyzeFormat(str, enum.Enum):
    text = "text"
    json = "json"


@app.command()
def analyze(
    path: Path = typer.Argument(..., help="A report: .txt, .docx, .pdf or .html."),
    fmt: AnalyzeFormat = typer.Option(AnalyzeFormat.text, "--format", "-f", help="text for people, json for programs."),
    model: Path = typer.Option(None, "--model", help="A section classifier trained with `govreport train --out`."),
    ocr: bool = typer.Option(False, "--ocr", help=OCR_HELP),
    taxonomy: list[Path] = typer.Option(None, "--taxonomy", help=TAXONOMY_HELP),
) -> None:
    """Outline, sections with categories, figures and findings of one report."""
    try:
        with ocr_progress(ocr):
            report = analyze_file(path, Settings(model_path=model, ocr=ocr, taxonomy_paths=taxonomy_paths(taxonomy)))
    except AnalyzerError as exc:
        if debug_enabled():
            raise
        fail(str(exc))
    if fmt is AnalyzeFormat.json:
        # written piece by piece: a 50 MB report's JSON is never one string in memory
        out = typer.get_text_stream("stdout")
        json.dump(report.to_dict(), out, ensure_ascii=False, indent=2)
        out.write("\n")
        out.flush()
    else:
        from ..render.text import print_analysis

        print_analysis(report)
