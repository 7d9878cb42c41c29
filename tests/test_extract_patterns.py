"""Each named regex piece of analyzer.extract.patterns, with matches and non-matches."""

from __future__ import annotations

import pytest
import regex

from analyzer.extract import patterns as P

# piece, text, expected full match (None: must not fully match)
PIECES = [
    (P.DIGIT, "7", "7"),
    (P.DIGIT, "７", "７"),
    (P.DIGIT, "七", None),
    (P.ARABIC_GROUPED, "27,203,319,000", "27,203,319,000"),
    (P.ARABIC_GROUPED, "２７，２０３", "２７，２０３"),
    (P.ARABIC_GROUPED, "1,23", None),
    (P.ARABIC_GROUPED, "1234,567", None),
    (P.ARABIC_PLAIN, "19085", "19085"),
    (P.DECIMAL_PART, ".6", ".6"),
    (P.DECIMAL_PART, "．68", "．68"),
    (P.DECIMAL_PART, ".", None),
    (P.ARABIC, "58.6", "58.6"),
    (P.ARABIC, "3,000.5", "3,000.5"),
    (P.ARABIC_MULTIPLIER, "万亿", "万亿"),
    (P.ARABIC_MULTIPLIER, "亿", "亿"),
    (P.ARABIC_MULTIPLIER, "千万", "千万"),
    (P.ARABIC_MULTIPLIER, "百亿", "百亿"),
    (P.ARABIC_MULTIPLIER, "百", None),
    (P.CHINESE, "二十九", "二十九"),
    (P.CHINESE, "两千六百", "两千六百"),
    (P.CHINESE, "十二点五", "十二点五"),
    (P.CHINESE, "三", "三"),
    (P.CHINESE, "一", None),
    (P.PERCENT_WORDS, "百分之十二点五", "百分之十二点五"),
    (P.PERCENT_WORDS, "百分之5", "百分之5"),
    (P.PERMILLE_WORDS, "千分之三", "千分之三"),
    (P.FRACTION_WORDS, "三分之一", "三分之一"),
    (P.FRACTION_WORDS, "3分之2", "3分之2"),
    (P.DOUBLING, "翻一番", "翻一番"),
    (P.DOUBLING, "翻了两番", "翻了两番"),
    (P.DOUBLING, "翻番", None),
    (P.PLAIN, "1.9万", "1.9万"),
    (P.PLAIN, "九", "九"),
    (P.RANGE_SEP, "—", "—"),
    (P.RANGE_SEP, " 至 ", " 至 "),
    (P.RANGE_SEP, "~", "~"),
    (P.RANGE_SEP, "和", None),
    (P.RANGE_END, "6", "6"),
    (P.RANGE_END, "5万", "5万"),
    (P.YEAR, "2024年", "2024年"),
    (P.YEAR, "二〇二四年", "二〇二四年"),
    (P.YEAR, "2024年代", None),
    (P.YEAR_RANGE, "2021—2025年", "2021—2025年"),
    (P.PLAN_PERIOD, "十四五", None),  # needs a following 时期/规划/” (lookahead): never a full match alone
    (P.SESSION_AFTER, "全会", "全会"),
    (P.SESSION_AFTER, "、十次全会", "、十次全会"),
    (P.SESSION_AFTER, "会员", None),
    (P.SPACED_LABEL_BEFORE, "表 ", "表 "),
    (P.SPACED_LABEL_BEFORE, "附件　", "附件　"),
    (P.SPACED_LABEL_BEFORE, "表", None),
    (P.GLUED_BEFORE, "M", "M"),
    (P.GLUED_BEFORE, "中", None),
    (P.GLUED_AFTER, "G", "G"),
    (P.GLUED_AFTER, "件", None),
    (P.PLAN_NUMBER, "十四五", "十四五"),
    (P.PLAN_NUMBER, "十五五", "十五五"),
    (P.PLAN_NUMBER, "十六五", None),
    (P.PLAN_NUMBER, "十五年", None),
    (P.WHOLE_REGION, "全国", "全国"),
    (P.WHOLE_REGION, "全省", "全省"),
    (P.WHOLE_REGION, "全旗", "全旗"),
    (P.WHOLE_REGION, "全年", None),
    (P.WHOLE_REGION, "全面", None),
    (P.ARABIC_SPACED + "件", "321 146件", "321 146件"),
    (P.ARABIC_SPACED + "人", "2 189人", "2 189人"),
    (P.ARABIC_SPACED, "36 749", None),  # no unit right after: a table's two cells
    (P.ARABIC_SPACED + "件", "0 713件", None),  # a leading zero leads no group of thousands
    (P.ARABIC_SPACED + "件", "12 34件", None),  # a group of two is no group of thousands
]


@pytest.mark.parametrize("piece,text,expected", PIECES)
def test_extract_patterns_piece(piece, text, expected):
    m = regex.fullmatch(piece, text)
    if expected is None:
        assert m is None
    else:
        assert m is not None and m.group() == expected


@pytest.mark.parametrize(
    "text,year",
    [("2024年召开", "2024"), ("比2024年增长", None), ("2021年以来", None), ("二〇二五年", "二〇二五")],
)
def test_extract_patterns_year_in_context(text, year):
    m = regex.search(P.YEAR, text)
    assert (m.group("year") if m else None) == year


@pytest.mark.parametrize("text,plan", [("“十四五”时期", "十四五"), ("十五五规划", "十五五"), ("第十五届", None)])
def test_extract_patterns_plan_period(text, plan):
    m = regex.search(P.PLAN_PERIOD, text)
    assert (m.group("plan") if m else None) == plan


def test_extract_patterns_number_re_needs_a_possible_unit_after_a_plain_numeral():
    r = P.number_re()
    assert r.search("2024年") is None
    assert r.search("共29件").group() == "29"
    assert r.search("增长5.4%").group() == "5.4"
    assert r.search("百分之十二点五").group("pct") == "十二点五"


def test_extract_patterns_unit_re_prefers_the_longest_unit():
    r = P.unit_re()
    assert r.match("人次").group("unit") == "人次"
    assert r.match("个百分点").group("unit") == "个百分点"
    assert r.match("平方公里").group("unit") == "平方公里"
    assert r.match("余条").group("qi") == "余"
    assert r.match("年") is None


def test_extract_patterns_stoplist_respects_digit_boundaries():
    r = P.stoplist_re()
    assert r.search("受理12345热线工单").group() == "12345热线"
    assert r.search("坚持两个维护").group() == "两个维护"


# (text, whether the whitespace class of the patterns compiled by re takes it): regex's \s, not str.isspace
RE_SPACES = [
    (" ", True),
    ("\u3000", True),
    ("\t", True),
    ("\n", True),
    ("\x1c", False),  # str.isspace, so re's own \s: not regex's
    ("\x1f", False),
    ("年", False),
]


@pytest.mark.parametrize("text,takes", RE_SPACES)
def test_extract_patterns_re_space_is_regex_space(text, takes):
    assert (P._re(r"\s").fullmatch(text) is not None) is takes
    assert (regex.fullmatch(r"\s", text) is not None) is takes


# texts on which the re-compiled patterns must find what the same pattern compiled by regex finds (spans and the
# alternative taken): full-width digits, ranges with odd spaces, word forms, year ranges
RE_PARITY = [
    "受理29件，办结27件，纠错率58.6%，较上年提高2.1个百分点",
    "２０２４年完成１，２３４万元，增长百分之十二点五",
    "2021\x1c—2025年，翻两番，3—5万人，约2000多亿元",
    "“十四五”时期，二〇二四年，过去一年，今年以来",
    "3 至 5 个，749 件，1.9 万亿元左右",
]


@pytest.mark.parametrize("text", RE_PARITY)
def test_extract_patterns_re_compiled_match_as_regex(text):
    found = 0
    for pattern in (P.number_re(), P.year_re(), P.range_end_re()):
        twin = regex.compile(pattern.pattern.replace(P._RE_SPACE, r"\s"))
        got = [(m.span(), m.lastgroup) for m in pattern.finditer(text)]
        assert got == [(m.span(), m.lastgroup) for m in twin.finditer(text)]
        found += len(got)
    assert found  # (the parity is not that of empty lists)


@pytest.mark.parametrize(
    "text,first",
    [("321 146件", "321 146"), ("12 345 | 678", "12"), ("705 3 0 0 5 0 713", "705"), ("0 713件", "0"), ("1 2 3件", "1")],
)
def test_extract_patterns_arabic_reads_spaced_thousands_only_before_a_unit(text, first):
    m = regex.search(P.ARABIC, text)
    assert m is not None and m.group() == first
