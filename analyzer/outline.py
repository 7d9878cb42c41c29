"""GB/T 9704 headings and the section tree (stub)."""

from __future__ import annotations

from .types import Heading, Section


def find_headings(text: str) -> tuple[Heading, ...]:
    return ()


def build_sections(text: str, headings: tuple[Heading, ...]) -> tuple[Section, ...]:
    return (Section(id="0", level=0, heading="", start=0, end=len(text)),)
