"""Consistency checks (stub)."""

from __future__ import annotations

from ..settings import Settings
from ..types import Finding, Report, Verified


def run_checks(report: Report, settings: Settings) -> tuple[tuple[Finding, ...], tuple[Verified, ...]]:
    return (), ()
