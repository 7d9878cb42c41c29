"""The one loader of the package's data files (``analyzer/data/*``).

Every word list, lexicon and table the code reads lives here as UTF-8 text,
TSV or TOML and is read through these functions, so that a bad line is always
reported the same way: ``DataFileError("analyzer/data/NAME", line, reason)``.

* ``lines(name)``: (line number, stripped line) of a word list, without blanks and ``#`` comments;
* ``words(name)``: the words of a word list (one per line), in file order, without repeats;
* ``tsv(name, ncols)``: (line number, columns) of a TSV file with exactly ``ncols`` non-empty columns;
* ``grouped_words(name)``: a TSV of ``group<TAB>word`` rows as {group: (word, ...)};
* ``toml(name)``: a parsed TOML file (a syntax error names its line).
"""

from __future__ import annotations

import functools
import importlib.resources
import re
import tomllib
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import DataFileError

__all__ = [
    "alternation",
    "grouped_words",
    "lines",
    "parse_lines",
    "parse_tsv",
    "read_text",
    "toml",
    "tsv",
    "where",
    "words",
]


def where(name: str) -> str:
    """How a shipped data file is named in error messages."""
    return f"analyzer/data/{name}"


def read_text(name: str) -> str:
    """The text of a shipped data file (``DataFileError`` when it cannot be read)."""
    res = importlib.resources.files(__package__).joinpath(name)
    try:
        return res.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(where(name), 0, f"cannot read: {exc}") from exc


def parse_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, stripped line) of a data file's text, skipping blanks and ``#`` comments."""
    for no, line in enumerate(text.splitlines(), 1):
        s = line.strip()
        if s and not s.startswith("#"):
            yield no, s


def parse_tsv(text: str, name: str, ncols: int) -> Iterator[tuple[int, list[str]]]:
    """Rows of ``ncols`` tab-separated, non-empty columns; ``name`` names the file in errors."""
    for no, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != ncols or not all(c.strip() for c in cols):
            raise DataFileError(name, no, f"expected {ncols} tab-separated non-empty columns, got {len(cols)}")
        yield no, [c.strip() for c in cols]


def lines(name: str) -> Iterator[tuple[int, str]]:
    yield from parse_lines(read_text(name))


@functools.lru_cache(maxsize=64)
def words(name: str) -> tuple[str, ...]:
    """The words of a one-word-per-line list, in file order; a line with a space or tab is an error."""
    out: dict[str, None] = {}
    for no, w in lines(name):
        if any(c.isspace() for c in w):
            raise DataFileError(where(name), no, f"one word per line expected, got {w!r}")
        out.setdefault(w, None)
    return tuple(out)


def tsv(name: str, ncols: int) -> Iterator[tuple[int, list[str]]]:
    yield from parse_tsv(read_text(name), where(name), ncols)


@functools.lru_cache(maxsize=64)
def grouped_words(name: str) -> dict[str, tuple[str, ...]]:
    """A ``group<TAB>word`` TSV as {group: words in file order}."""
    out: dict[str, dict[str, None]] = {}
    for _, (group, word) in tsv(name, 2):
        out.setdefault(group, {}).setdefault(word, None)
    return {g: tuple(ws) for g, ws in out.items()}


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, escaped, longest first (so 达到 wins over 达)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def toml(name: str, text: str | None = None) -> dict[str, Any]:
    """A parsed TOML data file (``text`` given: parse that instead, naming ``name`` in errors)."""
    src = read_text(name) if text is None else text
    try:
        return tomllib.loads(src)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise DataFileError(where(name), int(m.group(1)) if m else 1, str(exc)) from exc
