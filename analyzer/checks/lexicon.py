"""The rate-name lexicon (``analyzer/data/rates.toml``)."""

from __future__ import annotations

import functools
import importlib.resources
import re
import tomllib
from dataclasses import dataclass

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

    def rate_for(self, words: str) -> RateName | None:
        """The rate whose name is the longest suffix of ``words``."""
        best: RateName | None = None
        for r in self.rates:
            if words.endswith(r.name) and (best is None or len(r.name) > len(best.name)):
                best = r
        return best

    def is_bounded(self, words: str) -> bool:
        """True when ``words`` ends with the name of a proportion that cannot exceed 100%."""
        rate = self.rate_for(words)
        if rate is not None and not rate.bounded:
            return False
        return any(words.endswith(s) for s in self.bounded_suffixes)


def _line_of(text: str, key: str) -> int:
    m = re.search(re.escape(key), text)
    return text.count("\n", 0, m.start()) + 1 if m else 1


def parse(text: str, path: str = _FILE) -> Lexicon:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise DataFileError(path, int(m.group(1)) if m else 1, str(exc)) from exc
    rates = []
    for name, entry in sorted(data.get("rates", {}).items()):
        if not isinstance(entry, dict):
            raise DataFileError(path, _line_of(text, name), f"rate {name!r} must be a table")
        num, den = entry.get("numerator", []), entry.get("denominator", [])
        if not (isinstance(num, list) and isinstance(den, list) and all(isinstance(w, str) and w for w in num + den)):
            raise DataFileError(
                path, _line_of(text, name), f"rate {name!r}: numerator/denominator must be lists of words"
            )
        rates.append(RateName(name, tuple(num), tuple(den), bool(entry.get("bounded", True))))
    suffixes = data.get("bounded", {}).get("suffixes", [])
    if not all(isinstance(s, str) and s for s in suffixes):
        raise DataFileError(path, _line_of(text, "suffixes"), "bounded.suffixes must be a list of words")
    return Lexicon(tuple(rates), tuple(suffixes))


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    res = importlib.resources.files("analyzer.data").joinpath(_FILE)
    return parse(res.read_text(encoding="utf-8"), f"analyzer/data/{_FILE}")
