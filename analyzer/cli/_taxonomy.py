"""The ``--taxonomy FILE`` option shared by analyze, check and batch: user indicator files merged over the shipped taxonomy."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ._app import debug_enabled, fail

if TYPE_CHECKING:
    from ..types import Report

TAXONOMY_HELP = (
    "An indicator taxonomy file (TOML, [[indicator]] entries as in analyzer/data/indicators/) merged over the"
    " shipped one: its ids are added, an id already shipped is replaced. Repeat for several files."
)


def taxonomy_paths(files: list[Path] | None) -> tuple[Path, ...]:
    """The files given, each read and checked now: a bad one stops the command with one line (exit 2)."""
    paths = tuple(Path(f) for f in files or ())
    if paths:
        from ..errors import AnalyzerError
        from ..indicators import load_taxonomy

        try:
            load_taxonomy(paths)
        except AnalyzerError as exc:
            if debug_enabled():
                raise
            fail(f"--taxonomy: {exc}")
    return paths


def analyze_with_settings(path: str, *, ocr: bool = False, taxonomy: tuple[Path, ...] = ()) -> Report:
    """``analyze_file`` with OCR and user taxonomy files, for ``run_batch(analyze=functools.partial(...))``
    (a module-level function: workers pickle it)."""
    from ..api import analyze_file
    from ..settings import Settings

    return analyze_file(path, Settings(ocr=ocr, taxonomy_paths=taxonomy))
