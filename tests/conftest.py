"""Shared fixtures: where the real reports are, and a skip when they are absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
REAL = Path(os.environ.get("GOVREPORT_REAL", REPO.parent / "shared" / "real"))
SAMPLES = REPO / "corpora" / "samples"
SEED = REAL / "seed" / "weidu_2024_fazhi_report.txt"


def real_files(folder: str) -> list[Path]:
    d = REAL / folder
    return sorted(d.glob("*.txt")) if d.is_dir() else []


@pytest.fixture
def real_dir() -> Path:
    if not REAL.is_dir():
        pytest.skip(f"real reports not found at {REAL} (set GOVREPORT_REAL)")
    return REAL


@pytest.fixture
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip(f"seed report not found at {SEED} (set GOVREPORT_REAL)")
    return SEED
