"""``govreport report PATH --html OUT.html`` (one report) and ``govreport report --corpus DB --html OUT.html``."""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import AnalyzerError
from ._app import app, debug_enabled, fail
from ._ocr import OCR_HELP, ocr_progress


@app.command()
def report(
    path: Path | None = typer.Argument(None, help="A report: .txt, .docx, .pdf or .html."),
    html: Path = typer.Option(..., "--html", help="Where to write the self-contained HTML page."),
    corpus: Path | None = typer.Option(None, "--corpus", help="A corpus database: write its overview page instead."),
    ocr: bool = typer.Option(False, "--ocr", help=OCR_HELP),
) -> None:
    """Write the annotated HTML view of one report, or the overview page of a corpus."""
    if (path is None) == (corpus is None):
        fail("give either a report PATH or --corpus DB (not both)")
    try:
        if corpus is not None:
            from ..render.corpus_html import write_corpus_html

            out = write_corpus_html(corpus, html)
        else:
            from ..api import analyze_file
            from ..render.html import write_report_html
            from ..settings import Settings

            with ocr_progress(ocr):
                analysed = analyze_file(path, Settings(ocr=ocr))  # type: ignore[arg-type]
            out = write_report_html(analysed, html)
    except AnalyzerError as exc:
        if debug_enabled():
            raise
        fail(str(exc))
    except OSError as exc:
        if debug_enabled():
            raise
        fail(f"cannot write {html}: {exc.strerror or exc}")
    typer.echo(str(out))
