"""``govreport batch DIR_OR_GLOB... --db FILE.duckdb``: analyse many files into the corpus database."""

from __future__ import annotations

import contextlib
import enum
import functools
import signal
import sys
from pathlib import Path
from typing import Any

import typer

from ..errors import AnalyzerError
from ._app import app, debug_enabled, fail
from ._ocr import OCR_HELP, analyze_with_ocr
from ._taxonomy import TAXONOMY_HELP, analyze_with_settings, taxonomy_paths


class Engine(str, enum.Enum):
    local = "local"
    dask = "dask"


class _PlainProgress:
    """One line per finished file on stderr (when it is not a terminal)."""

    def __call__(self, p: Any) -> None:
        if p.done == 0:  # the batch's start: one line per finished file follows
            return
        rate = p.done / p.elapsed if p.elapsed > 0 else 0.0
        eta = (p.total - p.done) / rate if rate > 0 else 0.0
        sys.stderr.write(
            f"[{p.done}/{p.total}] {rate:.1f} docs/s, ETA {eta:.0f}s, {p.errors} error{'s' if p.errors != 1 else ''}: {p.path}\n"
        )
        sys.stderr.flush()


class _RichProgress:
    """A progress bar on stderr: files done, rate, ETA, errors so far.

    It is shown as soon as the command starts (``starting``, no total), before the
    corpus modules are imported and the worker processes start (seconds); the total
    arrives with the batch's first progress call, once the files are found and hashed.
    """

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.bar = Progress(
            TextColumn("[bold]batch"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeRemainingColumn(),
            TextColumn("[red]{task.fields[errors]}"),
            console=Console(stderr=True),
            transient=False,
        )
        self.task: Any = None

    def __enter__(self) -> _RichProgress:
        self.task = self.bar.add_task("batch", total=None, rate="starting", errors="")
        self.bar.start()
        self.bar.refresh()
        return self

    def __exit__(self, *exc: object) -> None:
        self.bar.stop()

    def __call__(self, p: Any) -> None:
        if self.task is None:
            self.task = self.bar.add_task("batch", total=p.total, rate="", errors="")
        rate = p.done / p.elapsed if p.elapsed > 0 else 0.0
        errors = f"{p.errors} error{'s' if p.errors != 1 else ''}" if p.errors else ""
        shown = f"{rate:.1f} docs/s" if p.done else "starting workers"
        self.bar.update(self.task, total=p.total, completed=p.done, rate=shown, errors=errors)


def print_summary(s: Any) -> None:
    out = typer.echo
    rate = s.chars / s.elapsed if s.elapsed > 0 else 0.0
    out(
        f"batch: {s.files} files: {s.added} added, {s.skipped} already in the database, "
        f"{s.duplicates} duplicate{'s' if s.duplicates != 1 else ''}, {s.failed} error{'s' if s.failed != 1 else ''} "
        f"({s.elapsed:.1f} s, {s.chars:,} characters, {rate:,.0f} chars/s)"
    )
    if s.ignored:
        n = sum(s.ignored.values())
        kinds = ", ".join(f"{suffix} {k}" for suffix, k in sorted(s.ignored.items()))
        out(
            f"not read: {n} other file{'s' if n != 1 else ''} in the folders/patterns given ({kinds}): not a report format"
        )
    t = s.totals
    out(
        f"corpus: {t.get('documents', 0)} documents, {t.get('sections', 0)} sections, {t.get('metrics', 0)} figures, "
        f"{t.get('findings', 0)} findings, {t.get('errors', 0)} errors, {t.get('corpus_findings', 0)} cross-document findings"
    )
    if s.findings_by_rule:
        out("findings by rule:")
        width = max(map(len, s.findings_by_rule))
        for rule, n in s.findings_by_rule.items():
            out(f"  {rule:<{width}}  {n}")
    if s.cross_document:
        out(s.cross_document)
    if s.failed_files:
        out("errors in this run:")
        for path, reason in s.failed_files[:50]:
            out(f"  {reason}" if reason.startswith(path) else f"  {path}: {reason}")
        if len(s.failed_files) > 50:
            out(f"  … and {len(s.failed_files) - 50} more (see the errors table)")
        need_office = sum(1 for _, reason in s.failed_files if "no `soffice` on PATH" in reason)
        if need_office:
            out(
                f"hint: {need_office} file{'s' if need_office != 1 else ''} need LibreOffice to be read: "
                "install it (Debian: apt-get install libreoffice-writer) and run the same command again"
            )
    if s.interrupted:
        out(f"interrupted by {s.interrupted}: run the same command again to resume")


@app.command()
def batch(
    inputs: list[str] = typer.Argument(..., help="Folders (searched recursively), files or globs."),
    db: Path = typer.Option(..., "--db", help="The DuckDB corpus file (created when absent)."),
    workers: int = typer.Option(0, "--workers", "-j", help="Worker processes (default: the number of cores)."),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local processes, or dask tasks."),
    scheduler: str = typer.Option(None, "--scheduler", help="Dask scheduler address (default: a local cluster)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress output."),
    cross_document: bool = typer.Option(
        True,
        "--cross-document/--no-cross-document",
        help="Run the corpus-level cross_document_mismatch check after the batch.",
    ),
    ocr: bool = typer.Option(False, "--ocr", help=OCR_HELP),
    taxonomy: list[Path] = typer.Option(None, "--taxonomy", help=TAXONOMY_HELP),
) -> None:
    """Analyse many reports into a corpus database; resumable. Exit 0: ran to the end; 2: could not run.

    Folders and patterns contribute .txt, .docx, .pdf and .html files, and .doc, .wps, .rtf
    and .odt files, which are converted by LibreOffice (``soffice``) when it is installed and
    otherwise recorded as errors with the command that converts them.
    """
    if workers < 0:
        fail("--workers must be at least 1")
    if scheduler and engine is not Engine.dask:
        fail("--scheduler needs --engine dask")
    user_taxonomy = taxonomy_paths(taxonomy)
    analyze: Any = analyze_with_ocr if ocr else None
    if user_taxonomy:
        analyze = functools.partial(analyze_with_settings, ocr=ocr, taxonomy=user_taxonomy)
    progress: Any = None
    rich_bar: _RichProgress | None = None
    if not quiet:
        if sys.stderr.isatty():
            rich_bar = _RichProgress()  # shown before the slow imports below
            progress = rich_bar
        else:
            progress = _PlainProgress()
    try:
        with rich_bar if rich_bar is not None else contextlib.nullcontext():
            from ..corpus import run_batch

            summary = run_batch(
                inputs,
                db,
                workers=workers or None,
                engine=engine.value,
                scheduler=scheduler,
                progress=progress,
                cross_document=cross_document,
                analyze=analyze,
            )
    except AnalyzerError as exc:
        if debug_enabled():
            raise
        fail(str(exc))
    print_summary(summary)
    if summary.interrupted:
        signum = (
            signal.Signals[summary.interrupted] if summary.interrupted in signal.Signals.__members__ else signal.SIGINT
        )
        raise typer.Exit(128 + int(signum))
