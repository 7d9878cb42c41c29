"""Run-time settings: which model and taxonomy to use, checker tolerances."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    # a skops model file for the section classifier; None = the shipped model
    model_path: Path | None = None
    # extra indicator taxonomy files (TOML) merged over the shipped one
    taxonomy_paths: tuple[Path, ...] = field(default=())
    # classify sections (can be turned off for speed)
    classify: bool = True
    # run the consistency checks
    check: bool = True
    # read scanned PDFs (no text layer) by OCR; off, a scan is refused with a hint naming --ocr
    ocr: bool = False


DEFAULT_SETTINGS = Settings()
