"""analyzer.fastinit: the faster __init__ builds the same frozen records, and refuses the records it cannot build."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import InitVar, dataclass, field

import pytest

from analyzer.extract.scan import Figure
from analyzer.fastinit import fast_init
from analyzer.intervals import Interval
from analyzer.relations.mentions import Mention
from analyzer.types import Metric, MetricKind, Qualifier


def _plain_twin(cls: type) -> type:
    """The same fields as a dataclass with the generated __init__ (what fast_init must agree with)."""
    params = cls.__dataclass_params__  # type: ignore[attr-defined]
    return dataclasses.make_dataclass(
        "Twin",
        [
            (f.name, f.type, field(default=f.default)) if f.default is not dataclasses.MISSING else (f.name, f.type)
            for f in dataclasses.fields(cls)
        ],
        frozen=params.frozen,
        slots="__slots__" in cls.__dict__,
    )


# (class, positional arguments, keyword arguments): records built with fast_init's __init__
BUILT = [
    (Figure, (3, 7, 3, 5, "29", MetricKind.COUNT, 29.0, None, "件", 0, None), {}),
    (
        Figure,
        (),
        dict(
            start=0,
            end=6,
            number_start=1,
            number_end=4,
            raw_number="2.5",
            kind=MetricKind.PERCENT,
            value=2.5,
            value_high=None,
            unit="%",
            decimals=1,
            qualifier=Qualifier.ABOUT,
        ),
    ),
    (Mention, (58.6, Interval(58.55, 58.65), "%", MetricKind.PERCENT, 1, None, 10, 15, 10, 14, "58.6", "58.6%"), {}),
    (
        Mention,
        (5.0, Interval(5, 5), "件", MetricKind.COUNT, 0, None, 0, 2, 0, 1, "5", "5件"),
        dict(indicator="x.y", year=2024, metric_id="m3"),
    ),
    (Metric, ("m1", MetricKind.COUNT, 29.0, "件", "受理29件", 0, 5), {}),
    (
        Metric,
        ("m2", MetricKind.PERCENT, 58.6, "%", "纠错率58.6%", 0, 8),
        dict(subject="纠错率", decimals=1, number_start=3, number_end=7, ocr_confidence=0.9),
    ),
]


@pytest.mark.parametrize("cls,args,kwargs", BUILT)
def test_fastinit_builds_what_the_generated_init_builds(cls, args, kwargs):
    got = cls(*args, **kwargs)
    twin = _plain_twin(cls)(*args, **kwargs)
    assert dataclasses.astuple(got) == dataclasses.astuple(twin)
    assert got == cls(*args, **kwargs) and hash(got) == hash(cls(*args, **kwargs))
    assert repr(got).split("(", 1)[1] == repr(twin).split("(", 1)[1]
    with pytest.raises(dataclasses.FrozenInstanceError):
        got.start = 99  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(got)) == got
    assert dataclasses.replace(got, start=1).start == 1


@pytest.mark.parametrize("cls", [Figure, Mention, Metric])
def test_fastinit_keeps_the_signature_checks(cls):
    with pytest.raises(TypeError):
        cls()  # the required fields are still required
    with pytest.raises(TypeError):
        cls(*range(40))  # and no more arguments than fields


@dataclass
class _Unfrozen:
    a: int


@dataclass(frozen=True)
class _PostInit:
    a: int

    def __post_init__(self) -> None:
        pass


@dataclass(frozen=True)
class _Factory:
    a: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class _KwOnly:
    a: int = field(kw_only=True)


@dataclass(frozen=True)
class _NotInInit:
    a: int = field(default=1, init=False)


@dataclass(frozen=True)
class _WithInitVar:
    a: int
    b: InitVar[int] = 0


@pytest.mark.parametrize("cls", [_Unfrozen, _PostInit, _Factory, _KwOnly, _NotInInit, _WithInitVar])
def test_fastinit_refuses_records_it_cannot_build(cls):
    with pytest.raises(TypeError):
        fast_init(cls)
