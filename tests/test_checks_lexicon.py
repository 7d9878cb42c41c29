"""The rate lexicon (analyzer/data/rates.toml): loading, errors with file:line, lookups."""

from __future__ import annotations

import pytest

from analyzer.errors import DataFileError
from analyzer.relations.lexicon import lexicon, parse


def test_lexicon_shipped_file_loads_with_the_seed_rates():
    lex = lexicon()
    for name in ("纠错率", "办结率", "答复率", "审结率", "通过率", "合格率"):
        rate = lex.rate_for("行政复议" + name)
        assert rate is not None and rate.name == name and rate.numerator and rate.denominator


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("按时办结率", "按时办结率"),
        ("热线办结率", "办结率"),
        ("行政机关负责人出庭应诉率", "出庭应诉率"),
        ("群众满意度", None),
    ],
)
def test_lexicon_longest_suffix_wins(words, name):
    rate = lexicon().rate_for(words)
    assert (rate.name if rate else None) == name


@pytest.mark.parametrize(
    ("words", "bounded"),
    [
        ("纠错率", True),
        ("群众满意度", True),
        ("占比", True),
        ("计划完成率", False),
        ("毛入学率", False),
        ("增长", False),
    ],
)
def test_lexicon_bounded_proportions(words, bounded):
    assert lexicon().is_bounded(words) is bounded


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('[rates."纠错率"]\nnumerator = = ["纠错"]\n', 2),
        ('[rates."纠错率"]\nnumerator = "纠错"\ndenominator = []\n', 1),
        ('[bounded]\nsuffixes = ["", "率"]\n', 2),
    ],
)
def test_lexicon_bad_file_names_file_and_line(text, line):
    with pytest.raises(DataFileError) as err:
        parse(text, "rates.toml")
    assert err.value.path == "analyzer/data/rates.toml" and err.value.line == line
