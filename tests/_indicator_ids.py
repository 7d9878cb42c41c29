"""The indicator ids the whole analysis gives a text's figures, in order (for the indicator table tests)."""

from __future__ import annotations

from analyzer import analyze_text


def ids(text: str) -> list[str | None]:
    return [m.indicator for m in analyze_text(text).metrics]
