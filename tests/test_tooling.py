"""The package's tooling promises: the ruff rule selection holds, the type marker ships."""

from __future__ import annotations

import subprocess
import sys
import tomllib

import pytest
from conftest import REPO


def test_ruff_rule_selection_is_explicit_and_clean():
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["ruff"]["lint"]
    assert {"E", "F", "W", "I", "B", "UP", "SIM", "RUF"} <= set(config["select"])
    run = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "."], cwd=REPO, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-1000:]


def test_py_typed_marker_is_shipped():
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert (REPO / "analyzer" / "py.typed").is_file()
    assert "py.typed" in config["tool"]["setuptools"]["package-data"]["analyzer"]


@pytest.mark.slow
def test_mypy_is_clean_on_the_package():
    """mypy over analyzer/ (per-module ignores only for untyped libraries, in pyproject.toml)."""
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "analyzer"], cwd=REPO, capture_output=True, text=True, timeout=600
    )
    assert run.returncode == 0, run.stdout[-3000:]
