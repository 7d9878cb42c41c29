"""The data files of extraction: every line loads, and a bad line is reported as file:line."""

from __future__ import annotations

import pytest

from analyzer.errors import ConfigError, DataFileError
from analyzer.extract.lexicon import get_lexicon, parse_tsv
from analyzer.types import MetricKind, Qualifier


def test_extract_lexicon_loads_every_shipped_file():
    lex = get_lexicon()
    assert lex.units["%"].kind is MetricKind.PERCENT
    assert lex.units["个百分点"].kind is MetricKind.PERCENTAGE_POINT
    assert lex.units["成"].factor == 10
    assert lex.units["兆瓦"].unit == "千瓦"
    assert lex.multipliers["万亿"] == 10**12
    assert lex.qualifiers[("after", "左右")] is Qualifier.ABOUT
    assert lex.qualifiers[("inside", "余")] is Qualifier.AT_LEAST
    assert {"三重一大", "四风", "两个维护", "八五普法", "放管服", "一个时期", "件件有回音", "12345热线"} <= set(
        lex.stoplist
    )
    assert "增长" in lex.subject_words["growth"]


def test_extract_lexicon_units_have_known_kinds_and_positive_factors():
    for unit in get_lexicon().units.values():
        assert unit.factor > 0
        assert unit.unit


@pytest.mark.parametrize(
    "text,line",
    [
        ("# comment\n件\tcount\t件\n", 2),
        ("件\tcount\t件\t1\n\n次\tcount\t\t1\n", 3),
        ("件 count 件 1\n", 1),
    ],
)
def test_extract_lexicon_bad_line_names_file_and_line(text, line):
    with pytest.raises(DataFileError) as err:
        list(parse_tsv(text, "units.tsv", 4))
    assert err.value.line == line
    assert str(err.value).startswith(f"units.tsv:{line}:")
    assert isinstance(err.value, ConfigError)


def test_extract_lexicon_parse_skips_comments_and_blanks():
    rows = list(parse_tsv("# a\n\n件\tcount\t件\t1\n", "units.tsv", 4))
    assert rows == [(3, ["件", "count", "件", "1"])]


def test_extract_lexicon_multipliers_agree_with_numbers():
    from analyzer.numbers import parse_number

    for surface, factor in get_lexicon().multipliers.items():
        assert parse_number("1" + surface).exact == factor, surface
