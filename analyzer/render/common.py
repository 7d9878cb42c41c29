"""What the text and HTML renderers share: display labels, number formatting, the summary.

Pure functions over ``types.Report``; the labels come from
``templates/labels.toml`` (display names for the ids of the JSON contract).
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..errors import DataFileError
from ..types import Finding, Metric, Report, Severity

LABELS_FILE = "labels.toml"
SEVERITY_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)

# "(at line 12, column 3)" at the end of a tomllib error message
_TOML_LINE = re.compile(r"at line (\d+)")


@lru_cache(maxsize=1)
def _labels() -> dict[str, dict[str, str]]:
    res = resources.files(__package__).joinpath("templates", LABELS_FILE)
    text = res.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = _TOML_LINE.search(str(exc))
        raise DataFileError(f"analyzer/render/templates/{LABELS_FILE}", int(m.group(1)) if m else 0, str(exc)) from exc
    for table, entries in data.items():
        if not isinstance(entries, dict) or not all(isinstance(v, str) for v in entries.values()):
            raise DataFileError(f"analyzer/render/templates/{LABELS_FILE}", 0, f"[{table}] must map ids to strings")
    return data


def label(table: str, key: str | None) -> str:
    """The display name of an id (``label("genre", "fazhi_annual")``); the id itself when unknown."""
    if key is None:
        return ""
    return _labels().get(table, {}).get(key, key)


def _trim(x: float) -> str:
    s = f"{x:.6f}".rstrip("0").rstrip(".")
    return "0" if s in ("", "-0") else s


def format_number(x: float) -> str:
    """A value for people: thousands grouped, no float noise (19085 -> 19,085; 58.6 -> 58.6)."""
    if x == int(x) and abs(x) < 1e15:
        return f"{int(x):,}"
    whole, _, frac = _trim(x).partition(".")
    return f"{int(whole):,}.{frac}" if frac else f"{int(whole):,}"


# large values read in 万亿 / 亿 / 万, the largest that states the value with at most
# AMOUNT_DECIMALS decimals (20490000 平方米 -> 2049万平方米; 6.2661e12 元 -> 62661亿元)
_MAGNITUDES = ((1e12, "万亿"), (1e8, "亿"), (1e4, "万"))
AMOUNT_DECIMALS = 2


def format_amount(value: float, unit: str = "") -> str:
    """A value as a reader of Chinese reports writes it: 2049万平方米, 3252亿美元, 12.34万亿元, 5.4%.

    Values below 10,000, and large ones no magnitude states exactly, keep their digits
    (123,456,789元).  The one formatter of text output, HTML and ``compare``.
    """
    for size, word in _MAGNITUDES:
        scaled = value / size
        if abs(scaled) >= 1 and abs(round(scaled, AMOUNT_DECIMALS) - scaled) <= 1e-9 * abs(scaled):
            return f"{_trim(round(scaled, AMOUNT_DECIMALS))}{word}{unit}"
    return f"{format_number(value) if abs(value) >= 1e4 else _trim(value)}{unit}"


def format_value(m: Metric) -> str:
    """The normalised value with its unit and qualifier, large values in 万/亿 (``format_amount``)."""

    def one(v: float) -> str:
        return format_amount(v)

    body = one(m.value) if m.value_high is None else f"{one(m.value)}–{one(m.value_high)}"
    qual = label("qualifier", m.qualifier.value) if m.qualifier else ""
    return f"{qual}{body}{m.unit}" if qual in ("约", "近") else f"{body}{m.unit}{qual}"


def metric_facts(m: Metric) -> list[tuple[str, str]]:
    """(name, value) pairs shown for a figure: kind, value, unit, indicator, year, basis, subject."""
    facts = [
        ("类型", label("kind", m.kind.value)),
        ("数值", format_value(m)),
        ("单位", m.unit or "—"),
        ("指标", m.indicator or "（未归类）"),
        ("年份", str(m.year) if m.year is not None else "—"),
    ]
    if m.basis is not None:
        facts.append(("口径", label("basis", m.basis.value)))
    if m.subject:
        facts.append(("主体", m.subject))
    return facts


def arithmetic(f: Finding) -> str:
    """``expected``/``reported`` as one short phrase, or "" when the message says it all."""
    numeric = any(_is_number(x) for x in (f.reported, f.expected))
    parts = []
    if f.reported is not None:
        parts.append(f"{'报告值' if numeric else '实际'} {_show(f.reported)}")
    if f.expected is not None:
        parts.append(f"{'推算值' if numeric else '应为'} {_show(f.expected)}")
    return "；".join(parts)


def _is_number(x: object) -> bool:
    if isinstance(x, list | tuple):
        return bool(x) and all(_is_number(v) for v in x)
    return isinstance(x, int | float) and not isinstance(x, bool)


def _show(x: object) -> str:
    if isinstance(x, bool):
        return str(x)
    if isinstance(x, float | int):
        return _trim(float(x))  # as computed: no grouping (a year stays 2026)
    if isinstance(x, list | tuple):
        return "、".join(_show(v) for v in x)
    return str(x)


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of an offset of ``Report.text``."""
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def sorted_findings(report: Report) -> list[Finding]:
    """Findings by severity (errors first), then by position in the text."""
    rank = {s: i for i, s in enumerate(SEVERITY_ORDER)}
    return sorted(report.findings, key=lambda f: (rank[f.severity], f.evidence[0].start if f.evidence else -1))


@dataclass(frozen=True)
class Summary:
    genre: str
    year: int | None
    figures: int
    figures_by_kind: tuple[tuple[str, int], ...]
    indicators: int
    findings_by_severity: tuple[tuple[Severity, int], ...]
    verified: int
    sections: int
    sections_by_category: tuple[tuple[str, int], ...]


def summarize(report: Report) -> Summary:
    kinds = Counter(m.kind.value for m in report.metrics)
    sev = Counter(f.severity for f in report.findings)
    cats = Counter(s.category for s in report.sections if s.level > 0 and s.category)
    return Summary(
        genre=report.meta.genre.value,
        year=report.meta.year,
        figures=len(report.metrics),
        figures_by_kind=tuple(sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))),
        indicators=len({m.indicator for m in report.metrics if m.indicator}),
        findings_by_severity=tuple((s, sev.get(s, 0)) for s in SEVERITY_ORDER),
        verified=len(report.verified),
        sections=sum(1 for s in report.sections if s.level > 0),
        sections_by_category=tuple(sorted(cats.items(), key=lambda kv: (-kv[1], kv[0]))),
    )
