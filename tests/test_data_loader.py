"""The one data-file loader (analyzer/data/__init__.py): words, TSV, TOML, errors naming file:line."""

from __future__ import annotations

import pytest

from analyzer import data
from analyzer.errors import DataFileError


def test_data_parse_lines_skips_blanks_and_comments() -> None:
    assert list(data.parse_lines("# head\n\n 共 \n#x\n合计\n")) == [(3, "共"), (5, "合计")]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("a\tb\nc\n", 2),  # one column where two are expected
        ("a\tb\n \tb\n", 2),  # an empty column
        ("# c\na\tb\tc\n", 2),  # three columns
    ],
)
def test_data_parse_tsv_names_the_bad_line(text: str, line: int) -> None:
    with pytest.raises(DataFileError) as err:
        list(data.parse_tsv(text, "x.tsv", 2))
    assert err.value.line == line and str(err.value).startswith(f"x.tsv:{line}:")


def test_data_parse_tsv_reads_good_rows() -> None:
    assert list(data.parse_tsv("# c\n a \tb\n", "x.tsv", 2)) == [(2, ["a", "b"])]


def test_data_toml_error_names_the_line() -> None:
    with pytest.raises(DataFileError) as err:
        data.toml("rates.toml", "[a]\nx = 1\ny = = 2\n")
    assert err.value.line == 3 and err.value.path == "analyzer/data/rates.toml"


def test_data_shipped_files_load() -> None:
    assert len(data.words("stoplist.txt")) > 10
    assert data.toml("rates.toml")["rates"]


def test_data_missing_file_is_a_data_error() -> None:
    with pytest.raises(DataFileError) as err:
        data.read_text("no_such_file.txt")
    assert err.value.path == "analyzer/data/no_such_file.txt"


@pytest.mark.parametrize(
    ("words", "text", "found"),
    [
        (("达", "达到"), "纠错率达到58%", "达到"),  # longest first: 达 alone would leave 到 behind
        (("a.b",), "axb", None),  # escaped: a dot is a dot
        (("计", "计划", "计"), "工作计划", "计划"),  # repeats collapse
    ],
)
def test_data_alternation_is_escaped_and_longest_first(words: tuple[str, ...], text: str, found: str | None) -> None:
    import re

    m = re.search(data.alternation(words), text)
    assert (m.group() if m else None) == found


def test_data_check_words_groups_the_checks_read() -> None:
    groups = data.grouped_words("check_words.tsv")
    for g in ("link_verb", "rate_lead", "rate_verb", "level_change", "future", "plan_word", "report_word"):
        assert groups[g], g
