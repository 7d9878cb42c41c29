"""A cache keyed by an object's identity, for values computed once per report.

``functools.lru_cache`` keys on the hash of its argument, and hashing a frozen
``Report`` rehashes its text, every metric and every section on each call; the
checks ask for the same report's figures hundreds of times.  ``by_identity``
keeps the last few arguments alive and answers by ``is``.
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def by_identity(maxsize: int = 8) -> Callable[[Callable[[Any], T]], Callable[[Any], T]]:
    """Decorate a one-argument function so that it runs once per argument object (the last ``maxsize``)."""

    def wrap(fn: Callable[[Any], T]) -> Callable[[Any], T]:
        cache: OrderedDict[int, tuple[Any, T]] = OrderedDict()
        lock = threading.Lock()

        @functools.wraps(fn)
        def cached(arg: Any) -> T:
            hit = cache.get(id(arg))
            if hit is not None and hit[0] is arg:
                return hit[1]
            value = fn(arg)
            with lock:
                cache[id(arg)] = (arg, value)
                cache.move_to_end(id(arg))
                while len(cache) > maxsize:
                    cache.popitem(last=False)
            return value

        cached.cache_clear = cache.clear  # type: ignore[attr-defined]
        return cached

    return wrap
