"""The word lists of metric extraction, read from ``analyzer/data`` (cached, read once).

Each file is UTF-8, one entry a line, ``#`` starts a comment; TSV columns are
tab-separated.  A malformed line raises ``DataFileError`` naming ``file:line``.
"""

from __future__ import annotations

import functools
import importlib.resources
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ..errors import DataFileError
from ..types import MetricKind, Qualifier

QUALIFIER_POSITIONS = ("before", "inside", "after")
SUBJECT_ROLES = ("link", "growth", "decline", "average", "lead", "scope", "cut", "named", "milestone", "milestone_end", "from")


@dataclass(frozen=True)
class Unit:
    surface: str
    kind: MetricKind
    unit: str  # base unit reported in Metric.unit
    factor: Decimal


@dataclass(frozen=True, eq=False)  # hashed by identity: cached regexes are keyed by it
class Lexicon:
    units: dict[str, Unit]
    multipliers: dict[str, int]
    qualifiers: dict[tuple[str, str], Qualifier]  # (position, surface) -> qualifier
    stoplist: tuple[str, ...]
    subject_words: dict[str, frozenset[str]]  # role -> words

    def qualifier_words(self, position: str) -> list[str]:
        return sorted((s for p, s in self.qualifiers if p == position), key=len, reverse=True)


def data_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, line) of a data file's text, skipping blanks and ``#`` comments."""
    for no, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            yield no, line


def read_data_lines(name: str) -> Iterator[tuple[int, str]]:
    """(line number, line) of a shipped data file under ``analyzer/data``."""
    res = importlib.resources.files("analyzer.data").joinpath(name)
    try:
        text = res.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"analyzer/data/{name}", 0, f"cannot read: {exc}") from exc
    yield from data_lines(text)


def parse_tsv(text: str, where: str, ncols: int) -> Iterator[tuple[int, list[str]]]:
    """Rows of ``ncols`` tab-separated, non-empty columns; ``where`` names the file in errors."""
    for no, line in data_lines(text):
        cols = line.split("\t")
        if len(cols) != ncols or not all(c.strip() for c in cols):
            raise DataFileError(where, no, f"expected {ncols} tab-separated columns")
        yield no, [c.strip() for c in cols]


def _tsv(name: str, ncols: int) -> Iterator[tuple[int, list[str]]]:
    res = importlib.resources.files("analyzer.data").joinpath(name)
    try:
        text = res.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"analyzer/data/{name}", 0, f"cannot read: {exc}") from exc
    yield from parse_tsv(text, f"analyzer/data/{name}", ncols)


def _units() -> dict[str, Unit]:
    out: dict[str, Unit] = {}
    for no, (surface, kind, unit, factor) in _tsv("units.tsv", 4):
        try:
            out[surface] = Unit(surface, MetricKind(kind), unit, Decimal(factor))
        except (ValueError, InvalidOperation) as exc:
            raise DataFileError("analyzer/data/units.tsv", no, str(exc)) from exc
    return out


def _multipliers() -> dict[str, int]:
    out: dict[str, int] = {}
    for no, (surface, factor) in _tsv("multipliers.tsv", 2):
        if not factor.isdigit():
            raise DataFileError("analyzer/data/multipliers.tsv", no, f"factor {factor!r} is not an integer")
        out[surface] = int(factor)
    return out


def _qualifiers() -> dict[tuple[str, str], Qualifier]:
    out: dict[tuple[str, str], Qualifier] = {}
    for no, (surface, position, qual) in _tsv("qualifiers.tsv", 3):
        if position not in QUALIFIER_POSITIONS:
            raise DataFileError(
                "analyzer/data/qualifiers.tsv", no, f"position {position!r} not in {QUALIFIER_POSITIONS}"
            )
        try:
            out[(position, surface)] = Qualifier(qual)
        except ValueError as exc:
            raise DataFileError("analyzer/data/qualifiers.tsv", no, str(exc)) from exc
    return out


def _subject_words() -> dict[str, frozenset[str]]:
    sets: dict[str, set[str]] = {r: set() for r in SUBJECT_ROLES}
    for no, (word, role) in _tsv("subject_words.tsv", 2):
        if role not in sets:
            raise DataFileError("analyzer/data/subject_words.tsv", no, f"role {role!r} not in {SUBJECT_ROLES}")
        sets[role].add(word)
    return {r: frozenset(ws) for r, ws in sets.items()}


@functools.lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    return Lexicon(
        units=_units(),
        multipliers=_multipliers(),
        qualifiers=_qualifiers(),
        stoplist=tuple(line.strip() for _, line in read_data_lines("stoplist.txt")),
        subject_words=_subject_words(),
    )
