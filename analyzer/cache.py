"""A cache keyed by an object's identity, for values computed once per report.

``functools.lru_cache`` keys on the hash of its argument, and hashing a frozen
``Report`` rehashes its text, every metric and every section on each call; the
checks ask for the same report's figures hundreds of times.  ``by_identity``
answers by ``is``.

Where the values live:

- inside ``with scope():`` (``run_checks`` opens one per report), in that scope
  only: they are dropped when it closes, so a report's derived figures (about
  as big as its metrics) never outlive its checks.  A scope belongs to the
  thread (or task) that opened it (``contextvars``);
- outside any scope (a rule called on its own, in a test), in a small shared
  cache that keeps the last ``maxsize`` arguments alive.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")

# the open scope's store: (cached function's id, argument id) -> (argument, value); None outside a scope
_SCOPE: contextvars.ContextVar[dict[tuple[int, int], tuple[Any, Any]] | None] = contextvars.ContextVar(
    "checks_cache_scope", default=None
)


@contextlib.contextmanager
def scope() -> Iterator[None]:
    """Cache by identity for the duration of the block only (nested scopes share the outer one)."""
    if _SCOPE.get() is not None:
        yield
        return
    token = _SCOPE.set({})
    try:
        yield
    finally:
        _SCOPE.reset(token)


def by_identity(maxsize: int = 8) -> Callable[[Callable[[Any], T]], Callable[[Any], T]]:
    """Decorate a one-argument function so that it runs once per argument object (see the module doc)."""

    def wrap(fn: Callable[[Any], T]) -> Callable[[Any], T]:
        cache: OrderedDict[int, tuple[Any, T]] = OrderedDict()
        lock = threading.Lock()

        @functools.wraps(fn)
        def cached(arg: Any) -> T:
            store = _SCOPE.get()
            if store is not None:
                key = (id(cached), id(arg))
                found = store.get(key)
                if found is not None and found[0] is arg:
                    return found[1]  # type: ignore[no-any-return]
                value = fn(arg)
                store[key] = (arg, value)
                return value
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
