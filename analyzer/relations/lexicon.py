"""The rate-name lexicon (``analyzer/data/rates.toml``)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .. import data
from ..errors import DataFileError

_FILE = "rates.toml"


@dataclass(frozen=True)
class RateName:
    name: str
    numerator: tuple[str, ...]
    denominator: tuple[str, ...]
    bounded: bool = True


@dataclass(frozen=True)
class Lexicon:
    rates: tuple[RateName, ...]
    bounded_suffixes: tuple[str, ...]

    @functools.cached_property
    def _by_name(self) -> tuple[dict[str, RateName], tuple[int, ...]]:
        """Each rate by its name, and the name lengths, longest first."""
        by_name: dict[str, RateName] = {}
        for r in self.rates:
            by_name.setdefault(r.name, r)
        return by_name, tuple(sorted({len(r.name) for r in self.rates}, reverse=True))

    def rate_for(self, words: str) -> RateName | None:
        """The rate whose name is the longest suffix of ``words``."""
        by_name, lengths = self._by_name
        for n in lengths:
            if n <= len(words) and (rate := by_name.get(words[len(words) - n :])) is not None:
                return rate
        return None

    def is_bounded(self, words: str) -> bool:
        """True when ``words`` ends with the name of a proportion that cannot exceed 100%."""
        rate = self.rate_for(words)
        if rate is not None and not rate.bounded:
            return False
        return words.endswith(self.bounded_suffixes)


def _line_of(text: str, key: str) -> int:
    m = re.search(re.escape(key), text)
    return text.count("\n", 0, m.start()) + 1 if m else 1


def parse(text: str, name: str = _FILE) -> Lexicon:
    """The lexicon of a ``rates.toml`` text (errors name ``analyzer/data/<name>:line``)."""
    entries = data.toml(name, text)
    path = data.where(name)
    rates = []
    for rate, entry in sorted(entries.get("rates", {}).items()):
        if not isinstance(entry, dict):
            raise DataFileError(path, _line_of(text, rate), f"rate {rate!r} must be a table")
        num, den = entry.get("numerator", []), entry.get("denominator", [])
        if not (isinstance(num, list) and isinstance(den, list) and all(isinstance(w, str) and w for w in num + den)):
            raise DataFileError(
                path, _line_of(text, rate), f"rate {rate!r}: numerator/denominator must be lists of words"
            )
        rates.append(RateName(rate, tuple(num), tuple(den), bool(entry.get("bounded", True))))
    suffixes = entries.get("bounded", {}).get("suffixes", [])
    if not all(isinstance(s, str) and s for s in suffixes):
        raise DataFileError(path, _line_of(text, "suffixes"), "bounded.suffixes must be a list of words")
    return Lexicon(tuple(rates), tuple(suffixes))


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return parse(data.read_text(_FILE))
