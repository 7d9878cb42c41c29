"""Metric extraction (stub)."""

from __future__ import annotations

from ..settings import Settings
from ..types import Meta, Metric, Section


def extract_metrics(text: str, sections: tuple[Section, ...], meta: Meta, settings: Settings) -> tuple[Metric, ...]:
    return ()
