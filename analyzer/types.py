"""Result types: frozen dataclasses and enums shared by every module.

Everything the pipeline produces is one of these.  ``Report.to_dict()`` is the
JSON contract of ``shared/design.md`` (schema_version "2"); fields that exist
only for internal use (a number's reported decimals, tables) are kept on the
objects but left out of the JSON.
"""

from __future__ import annotations

import bisect
import enum
import heapq
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from .fastinit import fast_init

if TYPE_CHECKING:
    from .intervals import Interval

SCHEMA_VERSION = "2"


class Genre(str, enum.Enum):
    FAZHI_ANNUAL = "fazhi_annual"
    GOV_WORK_REPORT = "gov_work_report"
    INFO_DISCLOSURE_ANNUAL = "info_disclosure_annual"
    OTHER = "other"


_O = TypeVar("_O")
_T = TypeVar("_T")


class computed_once(Generic[_O, _T]):
    """``functools.cached_property`` without the lock Python 3.11 takes on every first access (3.12 dropped it):
    the value is computed on first use and kept in the instance's ``__dict__``, where later reads find it
    without calling the descriptor.  For immutable values of frozen dataclasses (two threads computing it at once
    get equal values)."""

    def __init__(self, fn: Callable[[_O], _T]) -> None:
        self.fn = fn
        self.name = fn.__name__
        self.__doc__ = fn.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> computed_once[_O, _T]: ...

    @overload
    def __get__(self, obj: _O, owner: type | None = None) -> _T: ...

    def __get__(self, obj: _O | None, owner: type | None = None) -> _T | computed_once[_O, _T]:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


# ``analyzer.intervals.interval``, imported on first use (intervals imports this module) and kept: an import
# statement run for every figure costs about as much as the interval itself
_INTERVAL: list[Callable[..., Any]] = []


def _interval_function() -> Callable[..., Any]:
    from .intervals import interval

    _INTERVAL[:] = [interval]
    return interval


class MetricKind(str, enum.Enum):
    COUNT = "count"
    PERCENT = "percent"
    PERMILLE = "permille"
    PERCENTAGE_POINT = "percentage_point"
    MONEY = "money"
    MULTIPLE = "multiple"
    FRACTION = "fraction"
    QUANTITY = "quantity"


class Qualifier(str, enum.Enum):
    ABOUT = "about"
    AT_LEAST = "at_least"
    NEARLY = "nearly"
    AT_MOST = "at_most"


class Basis(str, enum.Enum):
    ACTUAL = "actual"
    TARGET = "target"
    PERIOD_AVERAGE = "period_average"


class Severity(str, enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` of ``Report.text``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@fast_init  # (built for every line a table reader tokenises: see analyzer.fastinit)
@dataclass(frozen=True)
class Cell:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Table:
    """A table of a docx/html report, as it sits in the cleaned text.

    Each row is rendered in ``text`` as ``cell | cell | ...`` on one line; the
    cells keep their offsets so that checks can cite them as evidence.
    """

    start: int
    end: int
    rows: tuple[tuple[Cell, ...], ...]


@dataclass(frozen=True)
class Source:
    path: str | None
    sha256: str
    format: str  # txt | docx | pdf | html
    encoding: str | None
    # characters of the lines the cleaner removed (page chrome, page artefacts, 来源/时间 lines)
    chars_dropped: int = 0
    ocr: bool = False  # the text was read from page images by OCR (a scanned PDF)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "sha256": self.sha256,
            "format": self.format,
            "encoding": self.encoding,
            "chars_dropped": self.chars_dropped,
            "ocr": self.ocr,
        }


@dataclass(frozen=True)
class Document:
    """What ingest hands to the pipeline: cleaned text plus what the file said about itself."""

    text: str
    source: Source
    tables: tuple[Table, ...] = ()
    # metadata lines read during cleaning (来源：…, 时间：…), already removed or kept in text
    hints: tuple[tuple[str, str], ...] = ()
    # OCR text only: (start, end, confidence in [0, 1]) of the words read, in text order
    ocr_spans: tuple[tuple[int, int, float], ...] = ()


@dataclass(frozen=True)
class Meta:
    title: str | None
    issuer: str | None
    region: str | None
    year: int | None
    genre: Genre = Genre.OTHER

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "issuer": self.issuer,
            "region": self.region,
            "year": self.year,
            "genre": self.genre.value,
        }


@dataclass(frozen=True)
class Heading:
    level: int  # 1 一、 2 （一） 3 1. 4 （1）; unnumbered heading lines get level 1
    label: str  # "一", "（一）" style label without punctuation: "一", "1"; "" for unnumbered
    title: str
    start: int
    end: int
    block: int = 0  # 0 main text; 1.. for appendices that restart the numbering

    def to_dict(self) -> dict[str, Any]:
        return {"level": self.level, "label": self.label, "title": self.title, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Section:
    id: str
    level: int
    heading: str
    start: int
    end: int
    category: str | None = None
    confidence: float | None = None
    topics: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "level": self.level,
            "heading": self.heading,
            "start": self.start,
            "end": self.end,
            "category": self.category,
            "confidence": self.confidence,
            "topics": list(self.topics),
        }


@fast_init  # (built for every figure: see analyzer.fastinit)
@dataclass(frozen=True)
class Metric:
    id: str
    kind: MetricKind
    value: float
    unit: str
    text: str
    start: int
    end: int
    value_high: float | None = None
    qualifier: Qualifier | None = None
    subject: str | None = None
    indicator: str | None = None
    year: int | None = None
    basis: Basis | None = None
    section: str | None = None
    # internal, not in JSON: the number as written and its reported decimals
    raw_number: str = ""
    decimals: int = 0
    # offsets of the number itself (inside [start, end))
    number_start: int = -1
    number_end: int = -1
    # OCR text only: the lowest confidence in [0, 1] of the words the figure was read from
    ocr_confidence: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "value": self.value,
            "value_high": self.value_high,
            "unit": self.unit,
            "qualifier": self.qualifier.value if self.qualifier else None,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "subject": self.subject,
            "indicator": self.indicator,
            "year": self.year,
            "basis": self.basis.value if self.basis else None,
            "section": self.section,
            "ocr_confidence": self.ocr_confidence,
        }

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)

    @computed_once
    def interval(self) -> Interval:
        """The true values this figure stands for, from value, value_high, decimals and qualifier.

        Rounding of the last written digit (58.6% → [58.55, 58.65]; 1.9万 → ±500, decimals -3),
        exact for whole counts (29件 → [29, 29]), widened or bounded by the qualifier
        (2600余条 → [2600, ∞); 不超过30件 → [0, 30]; 约 → ±10%), a range joined end to end
        (5%—6% → [4.5, 6.5]).  Computed once, on first use (``analyzer.intervals.interval``).
        """
        interval = _INTERVAL[0] if _INTERVAL else _interval_function()
        return interval(
            self.value,
            int(self.decimals or 0),
            self.qualifier,
            exact_integer=self.kind is MetricKind.COUNT,
            value_high=self.value_high,
        )


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    message: str
    evidence: tuple[Span, ...]
    expected: Any = None
    reported: Any = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message,
            "evidence": [e.to_dict() for e in self.evidence],
            "expected": self.expected,
            "reported": self.reported,
        }


@dataclass(frozen=True)
class Verified:
    rule: str
    message: str
    evidence: tuple[Span, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "message": self.message, "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(frozen=True)
class RelationRecord:
    """One relation of the report's relation graph, as the JSON and the corpus show it.

    ``operands`` and ``result`` are metric ids (``m12``), or ids of the figures the
    checks read that are no metric (a table cell ``t1.r3.c7``); ``holds`` is
    True (verified), False (a finding) or None (not checkable: an alternative
    that was not meant, parts that need not be complete).
    """

    id: str
    kind: str
    operands: tuple[str, ...]
    result: str | None
    confidence: float
    linker: str
    cue: Span | None
    holds: bool | None
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "operands": list(self.operands),
            "result": self.result,
            "confidence": round(self.confidence, 3),
            "linker": self.linker,
            "cue": self.cue.to_dict() if self.cue is not None else None,
            "holds": self.holds,
        }


@dataclass(frozen=True)
class Report:
    source: Source
    meta: Meta
    text: str
    headings: tuple[Heading, ...] = ()
    sections: tuple[Section, ...] = ()
    metrics: tuple[Metric, ...] = ()
    findings: tuple[Finding, ...] = ()
    verified: tuple[Verified, ...] = ()
    relations: tuple[RelationRecord, ...] = ()
    tables: tuple[Table, ...] = field(default=(), compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "source": self.source.to_dict(),
            "meta": self.meta.to_dict(),
            "text": self.text,
            "headings": [h.to_dict() for h in self.headings],
            "sections": [s.to_dict() for s in self.sections],
            "metrics": [m.to_dict() for m in self.metrics],
            "findings": [f.to_dict() for f in self.findings],
            "verified": [v.to_dict() for v in self.verified],
            "relations": [r.to_dict() for r in self.relations],
            "tables": self._tables_dict(),
        }

    def _tables_dict(self) -> list[dict[str, Any]]:
        """Every table read from the report, template cells keyed (``analyzer.tables``, design.md schema 2)."""
        from .tables import tables

        return [t.to_dict() for t in tables(self)]

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def section_at(self, offset: int) -> Section | None:
        """The innermost section containing ``offset`` (bisection over an index built once per report)."""
        index = self.__dict__.get("_section_index")
        if index is None:
            # the answer only changes at a section bound: compute it there once (a sweep equal to _innermost)
            bounds = sorted({b for s in self.sections for b in (s.start, s.end)})
            index = (bounds, self._innermost_sweep(bounds))
            object.__setattr__(self, "_section_index", index)
        bounds, answers = index
        k = bisect.bisect_right(bounds, offset) - 1
        return answers[k] if k >= 0 else None

    def _innermost_sweep(self, bounds: list[int]) -> list[Section | None]:
        """``[self._innermost(b) for b in bounds]`` (ascending bounds) in one sweep, not sections x bounds."""
        by_start = sorted(range(len(self.sections)), key=lambda i: self.sections[i].start)
        heap: list[tuple[int, int]] = []  # (-level, -index): the deepest, then the latest section on top
        out: list[Section | None] = []
        k = 0
        for b in bounds:
            while k < len(by_start) and self.sections[by_start[k]].start <= b:
                i = by_start[k]
                heapq.heappush(heap, (-self.sections[i].level, -i))
                k += 1
            while heap and self.sections[-heap[0][1]].end <= b:  # ended before b: never open again
                heapq.heappop(heap)
            out.append(self.sections[-heap[0][1]] if heap else None)
        return out

    def _innermost(self, offset: int) -> Section | None:
        best: Section | None = None
        for s in self.sections:
            if s.start <= offset < s.end and (best is None or s.level >= best.level):
                best = s
        return best
