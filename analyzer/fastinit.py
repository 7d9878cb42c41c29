"""A faster ``__init__`` for the frozen dataclasses built once per figure.

A frozen dataclass's generated ``__init__`` sets each field through ``object.__setattr__``, looked up and
called once per field: for a record of 10-20 fields built for every figure of a report (``Figure``,
``Mention``) that is several times the cost of building the same record unfrozen.  ``fast_init`` gives the
class an ``__init__`` of the same signature (same parameters, order and defaults) that stores the fields
directly: through the slot descriptors of a slotted class, into ``__dict__`` otherwise.  The instances are
the same in every respect (fields, equality, hash, repr, still frozen afterwards).

Only for plain records: no ``__post_init__``, no ``InitVar``, no ``default_factory``, no field left out of
``__init__``, no keyword-only field (``TypeError`` otherwise, when the class is decorated).
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T")


def fast_init(cls: type[T]) -> type[T]:
    """Decorate a frozen dataclass (applied after ``@dataclass``): see the module doc."""
    if not dataclasses.is_dataclass(cls) or not cls.__dataclass_params__.frozen:  # type: ignore[attr-defined]
        raise TypeError(f"{cls.__name__}: fast_init is for frozen dataclasses")
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: fast_init does not run __post_init__")
    fields = dataclasses.fields(cls)  # (an InitVar is no field: the annotations must hold fields only)
    if len(fields) != len(getattr(cls, "__annotations__", {})):
        raise TypeError(f"{cls.__name__}: fast_init takes plain fields only (no InitVar or ClassVar)")
    params: list[str] = []
    names: dict[str, Any] = {}
    slotted = "__slots__" in cls.__dict__
    body = [] if slotted else ["    d = self.__dict__"]
    for f in fields:
        if not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING:
            raise TypeError(f"{cls.__name__}.{f.name}: fast_init takes plain fields only")
        if f.default is dataclasses.MISSING:
            params.append(f.name)
        else:
            names[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        if slotted:
            names[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
            body.append(f"    _set_{f.name}(self, {f.name})")
        else:
            body.append(f"    d[{f.name!r}] = {f.name}")
    source = f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body or ["    pass"]) + "\n"
    exec(source, names)  # (the source is built above from the field names only)
    init = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[method-assign]
    return cls
