"""The batch runner: many files -> the corpus database, in parallel, resumable.

The parent process finds the files, hashes them, skips what the database
already holds, hands the rest to worker processes (``pool.run_pool``, or Dask
with ``engine="dask"``) and is the only writer: each returned document goes in
with one transaction, so a batch killed at any moment leaves whole documents
only and the next run resumes where it stopped.  A file that cannot be read,
that makes the analysis fail, or that kills its worker goes into ``errors``
with its reason, and the batch goes on.
"""

from __future__ import annotations

import contextlib
import functools
import glob
import hashlib
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import AnalyzerError
from ..ingest.convert import CONVERTIBLE
from ..types import Report
from .db import Corpus, DocumentRejected, open_corpus
from .hook import run_cross_document
from .pool import Crashed, run_pool
from .rows import DocRows, document_rows

# what a folder or glob contributes: the formats read directly, and those LibreOffice converts
# (.doc, .wps, .rtf, .odt: converted when ``soffice`` is on PATH, else recorded in ``errors``
# with the command to run); other files are counted in the summary as not read
SUPPORTED_SUFFIXES = (".txt", ".docx", ".pdf", ".html", ".htm", *CONVERTIBLE)
# imported once by the worker fork server, so that each worker starts with them loaded
# (importing scikit-learn for the section model is most of a cold worker's first document)
WORKER_PRELOAD = ("analyzer.corpus.batch", "analyzer.api", "analyzer.tokenizer", "skops.io", "sklearn.pipeline")
_GLOB_CHARS = frozenset("*?[")


class BatchInputError(AnalyzerError):
    """The batch's inputs name nothing to analyse (exit 2)."""


class BatchInterrupted(BaseException):
    """SIGTERM (or SIGINT) arrived; the batch stops after the current write."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


@dataclass(frozen=True)
class Task:
    path: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Progress:
    done: int  # files finished in this run (stored or failed)
    total: int  # files to analyse in this run
    errors: int  # failed so far in this run
    chars: int  # characters analysed so far in this run
    elapsed: float
    path: str  # the file just finished


@dataclass
class BatchSummary:
    files: int = 0  # files to analyse found (every one ends up added, skipped, duplicate or failed)
    ignored: dict[str, int] = field(default_factory=dict)  # other files in the folders/globs, by suffix
    skipped: int = 0  # already in the database (same content)
    duplicates: int = 0  # same content as another file of this run
    added: int = 0
    failed: int = 0
    chars: int = 0
    elapsed: float = 0.0
    interrupted: str | None = None  # signal name when stopped early
    cross_document: str = ""  # what the corpus-level check did
    totals: dict[str, int] = field(default_factory=dict)  # rows per table after the batch
    findings_by_rule: dict[str, int] = field(default_factory=dict)
    failed_files: list[tuple[str, str]] = field(default_factory=list)  # (path, reason), this run, the first 1000

    def record_failure(self, path: str, reason: str) -> None:
        self.failed += 1
        if len(self.failed_files) < 1000:  # the errors table has them all; memory stays flat
            self.failed_files.append((path, reason))

    @property
    def complete(self) -> bool:
        return self.interrupted is None


# -- finding the files --------------------------------------------------------
def _supported(p: Path) -> bool:
    return p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES and not p.name.startswith((".", "~$"))


def _ignored(p: Path) -> bool:
    """A file a folder holds that is not analysed (not a report format), hidden files aside."""
    return p.is_file() and not _supported(p) and not p.name.startswith((".", "~$"))


def _walk(folder: Path, ignored: dict[Path, None]) -> list[Path]:
    found = []
    for p in sorted(folder.rglob("*")):
        if _supported(p):
            found.append(p)
        elif _ignored(p) and not any(part.startswith(".") for part in p.relative_to(folder).parts):
            ignored.setdefault(p, None)
    return found


_NAMES = "txt, docx, pdf, html, doc, wps, rtf or odt"


def discover_all(inputs: Sequence[str | os.PathLike[str]]) -> tuple[list[Path], list[Path]]:
    """The files a batch analyses, and the other files its folders and globs hold (not read).

    A folder (recursively) or glob contributes its txt/docx/pdf/html files and the
    .doc/.wps/.rtf/.odt files LibreOffice converts; a file named explicitly is taken
    whatever its suffix (an unsupported one then fails into ``errors``).  Each file
    once, in order.  Raises ``BatchInputError`` when an input names nothing.
    """
    if not inputs:
        raise BatchInputError("no input: give one or more folders, files or globs")
    out: dict[Path, None] = {}
    ignored: dict[Path, None] = {}
    for raw in inputs:
        s = os.fspath(raw)
        p = Path(s)
        if p.is_dir():
            found = _walk(p, ignored)
        elif p.is_file():
            found = [p]
        elif _GLOB_CHARS & set(s):
            found = []
            matched_other = []
            for m in sorted(glob.glob(s, recursive=True)):
                mp = Path(m)
                if mp.is_dir():
                    found.extend(_walk(mp, ignored))
                elif _supported(mp):
                    found.append(mp)
                elif _ignored(mp):
                    matched_other.append(mp)
            if not found:
                other = (
                    f" (it matches {len(matched_other)} other file(s), e.g. {matched_other[0].name})"
                    if matched_other
                    else ""
                )
                raise BatchInputError(f"{s}: the pattern matches no {_NAMES} file{other}")
            for f in matched_other:
                ignored.setdefault(f, None)
        else:
            raise BatchInputError(f"{s}: no such file or folder")
        for f in found:
            out.setdefault(f, None)
    if not out:
        raise BatchInputError(f"no {_NAMES} file in {', '.join(os.fspath(x) for x in inputs)}")
    return list(out), [f for f in ignored if f not in out]


def discover(inputs: Sequence[str | os.PathLike[str]]) -> list[Path]:
    """The files a batch analyses (``discover_all`` without the files it leaves out)."""
    return discover_all(inputs)[0]


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


# -- the work of one document (runs in a worker) ------------------------------
def _pipeline_analyze(path: str) -> Report:
    from ..api import analyze_file

    return analyze_file(path)


_default_analyze = _pipeline_analyze


def analyze_task(task: Task, analyze: Callable[[str], Report] = _default_analyze) -> tuple[str, Any]:
    """``("ok", DocRows)`` or ``("error", reason)``; never raises for a bad document."""
    from .. import __version__

    try:
        report = analyze(task.path)
        return "ok", document_rows(report, sha256=task.sha256, path=task.path, analyzer_version=__version__)
    except AnalyzerError as exc:
        return "error", str(exc) or type(exc).__name__
    except MemoryError:
        return "error", "out of memory while analysing this file"
    except Exception as exc:  # noqa: BLE001 - a bug on one document must not stop the batch
        return "error", f"internal error: {type(exc).__name__}: {exc}"


# -- the batch -----------------------------------------------------------------
# DuckDB's memory limit for the batch's writer.  It caches the table blocks it
# writes until the limit: at 1 GB its BASE_TABLE memory (duckdb_memory()) grew
# steadily in a writer-only run, and the batch's writer reached 285 MB at 10,000
# documents; with a 32 MB limit that memory stayed at 7-8 MB (written blocks are
# on disk, so they are dropped, not spilled), 4,000 documents written in 91 s
# against 85 s at 1 GB.  64 MB keeps a margin; the batch's writer then reached
# 210 MB at 10,000 documents.
WRITER_MEMORY_LIMIT = "64MB"


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def plan(files: list[Path], corpus: Corpus, summary: BatchSummary) -> list[Task]:
    """Hash every file; keep those whose content the database does not hold yet."""
    known = corpus.known_documents()
    seen: set[str] = set()
    tasks: list[Task] = []
    for f in files:
        try:
            sha = sha256_file(f)
            size = f.stat().st_size
        except OSError as exc:
            reason = f"cannot read the file: {exc.strerror or exc}"
            corpus.write_error(str(f), None, reason)
            summary.record_failure(str(f), reason)
            continue
        if sha in known:
            summary.skipped += 1
        elif sha in seen:
            summary.duplicates += 1
        else:
            seen.add(sha)
            tasks.append(Task(str(f), sha, size))
    return tasks


@contextlib.contextmanager
def _stop_on_signals() -> Iterator[None]:
    """Turn SIGTERM into ``BatchInterrupted`` while the batch runs (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: object) -> None:
        raise BatchInterrupted(signum)

    old = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)


def run_batch(
    inputs: Sequence[str | os.PathLike[str]],
    db_path: str | os.PathLike[str],
    *,
    workers: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    progress: Callable[[Progress], None] | None = None,
    analyze: Callable[[str], Report] | None = None,
    cross_document: bool = True,
) -> BatchSummary:
    """Analyse every file of ``inputs`` into the corpus at ``db_path``.

    Returns the summary (``interrupted`` is set when SIGTERM/SIGINT stopped it).
    Raises ``BatchInputError`` for inputs naming nothing and ``DatabaseError``
    when the database cannot be opened or written (locked, full, other schema);
    documents stored before such a failure stay, whole.  ``analyze`` replaces
    ``analyzer.analyze_file`` (it must be a picklable module-level function).
    """
    if engine not in ("local", "dask"):
        raise BatchInputError(f"unknown engine {engine!r}: use local or dask")
    n_workers = workers if workers is not None else default_workers()
    if n_workers < 1:
        raise BatchInputError("--workers must be at least 1")
    files, ignored = discover_all(inputs)
    t0 = time.perf_counter()
    summary = BatchSummary(files=len(files))
    for f in ignored:
        suffix = f.suffix.lower() or "(no suffix)"
        summary.ignored[suffix] = summary.ignored.get(suffix, 0) + 1
    task_fn = functools.partial(analyze_task, analyze=analyze or _default_analyze)
    with open_corpus(db_path, memory_limit=WRITER_MEMORY_LIMIT) as corpus:
        tasks = plan(files, corpus, summary)
        if progress is not None:  # the total is known before the workers start (they take seconds)
            progress(Progress(0, len(tasks), summary.failed, 0, time.perf_counter() - t0, ""))
        if engine == "dask":
            from .dask_engine import run_dask

            results: Iterator[tuple[Task, Any]] = run_dask(task_fn, tasks, n_workers, scheduler, Path(db_path))
        else:
            preload = WORKER_PRELOAD if task_fn.keywords["analyze"] is _pipeline_analyze else ("analyzer.corpus.batch",)
            results = run_pool(task_fn, tasks, n_workers, preload)
        done = 0
        try:
            with _stop_on_signals(), contextlib.ExitStack() as stack:
                stack.callback(getattr(results, "close", lambda: None))  # the engines' generators stop their workers
                for task, result in results:
                    done += 1
                    _store(corpus, task, result, summary)
                    if progress is not None:
                        progress(
                            Progress(
                                done, len(tasks), summary.failed, summary.chars, time.perf_counter() - t0, task.path
                            )
                        )
        except (BatchInterrupted, KeyboardInterrupt) as exc:
            summary.interrupted = exc.args[0] if isinstance(exc, BatchInterrupted) else "SIGINT"
        if not cross_document:
            summary.cross_document = "cross-document check skipped"
        elif summary.complete:
            t_check = time.perf_counter()
            try:
                with _stop_on_signals():
                    summary.cross_document = run_cross_document(corpus)
            except (BatchInterrupted, KeyboardInterrupt) as exc:
                summary.interrupted = exc.args[0] if isinstance(exc, BatchInterrupted) else "SIGINT"
                summary.cross_document = "cross-document check interrupted (the documents are all stored)"
            else:
                summary.cross_document += f" ({time.perf_counter() - t_check:.1f} s)"
        corpus.checkpoint()
        summary.totals = corpus.counts()
        summary.findings_by_rule = dict(
            corpus.con.execute("SELECT rule, count(*) FROM findings GROUP BY rule ORDER BY rule").fetchall()
        )
    summary.elapsed = time.perf_counter() - t0
    return summary


def _store(corpus: Corpus, task: Task, result: Any, summary: BatchSummary) -> None:
    payload: Any
    if isinstance(result, Crashed):
        status, payload = "error", result.reason
    else:
        status, payload = result
    if status == "ok":
        rows: DocRows = payload
        try:
            corpus.write_document(rows)
        except DocumentRejected as exc:
            status, payload = "error", str(exc)
        else:
            summary.added += 1
            summary.chars += int(rows.tables["documents"].column("chars")[0].as_py() or 0)
            return
    corpus.write_error(task.path, task.sha256, payload)
    summary.record_failure(task.path, payload)
