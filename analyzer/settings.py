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
    # the severity policy of the relation checks (analyzer/relations/policy.py): a relation that fails is
    # an error when its link is at least ``error_confidence`` sure and it misses by at least ``error_margin``
    # units of the result's last written digit beyond rounding; a warning from ``warning_confidence``;
    # info from ``info_confidence``; below that nothing is said
    error_confidence: float = 0.8
    warning_confidence: float = 0.5
    info_confidence: float = 0.3
    error_margin: float = 1.0
    # read scanned PDFs (no text layer) by OCR; off, a scan is refused with a hint naming --ocr
    ocr: bool = False
    # targets against results (``compare --vs-target``): a point target (5%左右, or a bare 7.5%) is met when
    # the result misses it on the wrong side by at most this many percentage points (figures in %), or by at
    # most this share of the target (other units); 以上/以内 targets and ranges are met without tolerance
    target_tolerance_pp: float = 0.1
    target_tolerance_share: float = 0.01


DEFAULT_SETTINGS = Settings()
