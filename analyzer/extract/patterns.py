"""Named regex pieces of metric extraction, each small enough to read and test alone.

The pieces are combined by ``number_re`` (where a numeral starts) and by the
lexicon-driven builders below; ``tests/test_extract_patterns.py`` has a table for
every piece.  Full-width digits are accepted everywhere (the ingest cleaner
applies NFKC, but callers may pass raw text).
"""

from __future__ import annotations

import functools
import re

import regex

from .. import data
from .lexicon import Lexicon, get_lexicon

# one Arabic digit, ASCII or full-width
DIGIT = r"[0-9０-９]"
# an Arabic integer with thousands separators in groups of three (27,203,319,000)
ARABIC_GROUPED = rf"{DIGIT}{{1,3}}(?:[,，]{DIGIT}{{3}})+(?!{DIGIT})"
# an Arabic integer with spaces between its groups of three, as statistical yearbooks print it (321 146件, 共2 189人):
# no leading zero, and a Chinese character (its unit) right after it, so that a table's cells in a row (36 749 |)
# are never read as one number
THOUSANDS_SPACE = "[ \u00a0\u2009\u202f]"
ARABIC_SPACED = rf"[1-9１-９]{DIGIT}{{0,2}}(?:{THOUSANDS_SPACE}{DIGIT}{{3}})+(?!{DIGIT})(?=[\u4e00-\u9fff])"
# an Arabic integer without separators
ARABIC_PLAIN = rf"{DIGIT}+"
# the decimal part of an Arabic number (.6 or full-width ．6)
DECIMAL_PART = rf"[.．]{DIGIT}+"
# an Arabic number: integer part and optional decimals; atomic and never started
# inside another number, so a long digit run costs linear time
ARABIC = rf"(?<![0-9０-９])(?>(?:{ARABIC_GROUPED}|{ARABIC_SPACED}|{ARABIC_PLAIN})(?:{DECIMAL_PART})?)"
# characters that start a multiplier after Arabic digits
ARABIC_MULTIPLIER_CHARS = "十百千万亿"
# multipliers written after Arabic digits (1.9万, 5.2亿, 6.66万亿); longest first
ARABIC_MULTIPLIER = r"(?:[百千]?万亿|[十百千]?亿|[十百千]?万|千)"
# characters of a Chinese numeral
CN_NUM_CHARS = "零〇○一二两三四五六七八九十百千万亿"
# a Chinese numeral: two or more numeral characters, or one digit other than 一
# (a lone 一 is almost always an article: 一批, 一个时期), with optional 点 decimals
CHINESE = rf"(?<![{CN_NUM_CHARS}])(?>(?:[{CN_NUM_CHARS}]{{2,}}|[二两三四五六七八九十])(?:点[零〇一二三四五六七八九]+[万亿]*)?)"
# 百分之十二点五 / 百分之5: a percentage written out
PERCENT_WORDS = rf"百分之(?P<pct>{CHINESE}|{ARABIC})"
# 千分之三: a permille written out
PERMILLE_WORDS = rf"千分之(?P<pml>{CHINESE}|{ARABIC})"
# 三分之一: a fraction, denominator first
FRACTION_WORDS = rf"(?P<den>{CHINESE}|{ARABIC})分之(?P<nom>[{CN_NUM_CHARS}]+|{ARABIC})"
# a bare magnitude: a multiplier with no numeral before it (万亿, 千亿, 百万, 万, 千), one of it (突破万亿元 is
# 1万亿元); a figure only right after a crossing word of threshold_words.tsv (``bare_re``: 千万不能, 亿万人民,
# 千家万户 are none).  (十万, 十亿 are Chinese numerals already: 十 is a digit.)
BARE_MAGNITUDE = r"[百千]?万亿|[百千]?亿|[百千]?万|千|百"
# 翻一番 / 翻了两番: doubling n times
DOUBLING = r"翻了?(?P<fan>一|两|二|三|四)番"
# a plain numeral with an optional multiplier: 29, 1.9万, 二十九 (number_re uses the
# multipliers of analyzer/data/multipliers.tsv in its place)
PLAIN = rf"(?P<arabic>{ARABIC})(?P<mult>{ARABIC_MULTIPLIER})?|(?P<chinese>{CHINESE})"
# an inside qualifier before the multiplier: 2000多亿元, 3万余人 has it after
QUALIFIED_MULTIPLIER = rf"(?P<qi>余|多)(?P<mult>{ARABIC_MULTIPLIER})"
# dashes and words that join the two ends of a range (5%—6%, 3至5个)
RANGE_SEP = r"\s*(?:——|—|–|-|－|~|～|至|到)\s*"
# the second end of a range
RANGE_END = rf"(?P<arabic2>{ARABIC})(?P<mult2>{ARABIC_MULTIPLIER})?|(?P<chinese2>{CHINESE})"
# characters that end a clause: the subject of a figure never crosses them (an ASCII
# space does not: older reports write 涨幅在 3%)
CLAUSE_DELIMITERS = "，。；：、,;:!?！？\n\r\t（）()《》〈〉“”\"‘’'【】[]|　"
# characters that end a sentence: year and target context never crosses them
SENTENCE_DELIMITERS = "。！？!?\n"
# a year: 2024年, 二〇二四年 (not 比2024年, 与2000年相比 or 2024年以来, which name another period, nor the base
# span of a comparison: 是1950年到2002年53年的总和)
YEAR = r"(?<![比较与同是0-9])(?<!是(?:19|20)[0-9]{2}年[到至])(?P<year>(?:19|20)[0-9]{2}|[一二〇零][〇零一二三四五六七八九]{3})年(?!以来|代)"
# a year range: 2021—2025年 (its end year)
YEAR_RANGE = r"(?:19|20)[0-9]{2}\s*[—–\-－~～至到]\s*(?P<end>(?:19|20)[0-9]{2})年"
# a 政府工作报告's opening of the year it reviews (过去一年，我们…): the report's year, like 去年
PAST_YEAR_OPEN = r"过去(?:的)?一年"
# five-year plan periods, “十四五”时期 -> end year 2025
PLAN_PERIOD = r"(?P<plan>十五五|十四五|十三五|十二五|十一五|九五|十五)(?=”|时期|规划|期间|计划)"
# words before a numeral that make it an ordinal or a label (第三, 前10名 is handled with the unit)
ORDINAL_BEFORE = r"第"
# what may directly precede a Chinese-numeral slogan: an opening quote (“四个一网”)
SLOGAN_QUOTE_BEFORE = "“「『\"'‘"
# units that after a Chinese numeral make an ordinal or a phase (二期工程, 三批, 两轮)
CN_ORDINAL_UNITS = frozenset({"期", "批", "轮", "部"})
# words after 次 that make it a session number, not a count (三次会议, 二次全会)
SESSION_AFTER = r"(?:[、,，和及][一二三四五六七八九十]+次)*(?:会议|全会|全体会议|代表大会|党代会)"
# a number that reads as a year
YEAR_LIKE = r"(?:19|20)[0-9]{2}"
# the number of a five-year plan of this century, as quoted (十一五 … 十五五)
PLAN_NUMBER = r"十[一二三四五]五"
# the whole of a region, by its level (全国, 全省, 全市, 全区, 全县, 全州, 全盟, 全旗)
WHOLE_REGION = r"全国|全[省市区县州盟旗]"
# units after which a year-like number names a volume or an issue (2022卷, 2024期)
VOLUME_UNITS = frozenset({"卷", "期"})
# what after a unit makes the figure a specification, not a count (25兆瓦级, 5A级)
SPEC_AFTER = "级"
# an age bound before a noun is a group, not a figure (5岁以下儿童, 60岁以上人口, 满3岁即入园);
# 以上/以下 are taken whole (1岁以上， is a figure), and scan.py keeps an age followed by a
# qualifier or a change word (76.8岁左右, 82.4岁提升至83.9岁): a figure, not a group
AGE_GROUP = r"岁(?:及)?(?>以上|以下)?(?=[\u4e00-\u9fff])"
# what follows "N个" in numbered slogans: 四个一网, 两个一百年
SLOGAN_AFTER_GE = r"一"
# the one space a PDF conversion may leave between a number and its unit (749 件, 1.5 亿元):
# ASCII or ideographic, never two, and only where a known unit (or multiplier) follows
UNIT_SPACE = " 　"
# a label spaced out before a number: 表 1 所列, 附件 2 (a PDF conversion's spacing makes
# 表 1 所 look like a count of 所)
SPACED_LABEL_BEFORE = r"(?:附件|附表|序号|编号|表|图)[ 　]\Z"
# a range of Latin letters or digits glued to a number: PM2.5, 5G, C919 are names
GLUED_BEFORE = r"[A-Za-zＡ-Ｚａ-ｚ.．_/+＋]"
GLUED_AFTER = r"[A-Za-zＡ-Ｚａ-ｚ_+＋]"

PLAN_PERIOD_END = {
    "九五": 2000,
    "十五": 2005,
    "十一五": 2010,
    "十二五": 2015,
    "十三五": 2020,
    "十四五": 2025,
    "十五五": 2030,
}


# regex's \s as a re class: re's \s also takes the separators U+001C..U+001F (str.isspace), regex's does not
_RE_SPACE = "[^\\S\x1c-\x1f]"


def _re(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled by ``re`` (2-3 times faster than ``regex`` on these patterns), matching exactly what
    ``regex`` matches: its \\s as regex reads it.  For patterns without regex-only syntax (variable-width
    look-behind, reverse or overlapped search)."""
    return re.compile(pattern.replace(r"\s", _RE_SPACE))


def _alternation(words: list[str] | set[str] | frozenset[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


# the first characters of what may follow a plain numeral in a figure: a speed-up
# only (a numeral followed by anything else cannot be a figure: it has no unit)
RANGE_SEP_FIRST = "—–-－~～至到"


def number_re(lex: Lexicon | None = None) -> re.Pattern[str]:
    """Where a figure's numeral starts; the alternatives are tried in this order."""
    return _number_re(lex or get_lexicon())


@functools.lru_cache(maxsize=1)
def threshold_words() -> dict[str, tuple[str, ...]]:
    """``threshold_words.tsv`` (read once): cross, not_cross, bare_unit_excluded, noun, level, first."""
    return data.grouped_words("threshold_words.tsv")


def _crossing_behind() -> str:
    """Zero-width: right after a crossing word (突破, 过) that is not the end of a word saying no crossing (通过,
    不超过). One fixed-width look-behind per word, as ``re`` wants them."""
    w = threshold_words()
    ahead = "|".join(f"(?<={re.escape(c)})" for c in sorted(set(w["cross"]), key=lambda c: (-len(c), c)))
    never = "".join(f"(?<!{re.escape(c)})" for c in sorted(set(w["not_cross"])))
    return f"(?:{ahead}){never}"


@functools.lru_cache(maxsize=1)
def crossed_re() -> re.Pattern[str]:
    """Matches at a position right after a crossing word (``crossed_re().match(text, pos)``: 突破|万亿元)."""
    return re.compile(_crossing_behind())


@functools.lru_cache(maxsize=1)
def bare_magnitude_re() -> re.Pattern[str]:
    """A whole raw numeral that is a bare magnitude (万亿: ``fullmatch``)."""
    return re.compile(BARE_MAGNITUDE)


def is_bare_magnitude(raw: str) -> bool:
    """Whether a figure's raw numeral is a bare magnitude (突破万亿元: 万亿), a threshold and no level."""
    return bool(raw) and raw[0] in "百千万亿" and bare_magnitude_re().fullmatch(raw) is not None


@functools.lru_cache(maxsize=4)
def _number_re(lex: Lexicon) -> re.Pattern[str]:
    # the multipliers of the data file (multipliers.tsv), longest first
    plain = rf"(?P<arabic>{ARABIC})(?P<mult>{_alternation(set(lex.multipliers))})?|(?P<chinese>{CHINESE})"
    first = {w[0] for w in lex.units} | {w[0] for w in lex.qualifier_words("inside")} | set(RANGE_SEP_FIRST)
    follow = "[" + "".join(regex.escape(c) for c in sorted(first)) + ARABIC_MULTIPLIER_CHARS + "]"
    # an Arabic numeral may be followed by one space before its unit (749 件): _plain checks the unit
    spaced = rf"[{UNIT_SPACE}]?"
    # the leading class lets the engine skip quickly to where a numeral can start
    lead = rf"(?=[0-9０-９{CN_NUM_CHARS}翻])"
    # a bare magnitude right after a crossing word (突破万亿元), tried before the Chinese numeral (万亿 is one)
    bare = rf"{_crossing_behind()}(?P<bare>{BARE_MAGNITUDE})"
    return _re(
        rf"{lead}(?:{PERCENT_WORDS}|{PERMILLE_WORDS}|{FRACTION_WORDS}|{DOUBLING}|{bare}|(?:{plain})(?={spaced}{follow}))"
    )


@functools.lru_cache(maxsize=4)
def _multiplier_re(lex: Lexicon) -> re.Pattern[str]:
    return _re(rf"(?P<mult>{_alternation(set(lex.multipliers))})")


def multiplier_re(lex: Lexicon | None = None) -> re.Pattern[str]:
    """A multiplier of ``multipliers.tsv`` (matched after the space of 39.8 万亿元)."""
    return _multiplier_re(lex or get_lexicon())


@functools.lru_cache(maxsize=1)
def range_end_re() -> re.Pattern[str]:
    return _re(rf"{RANGE_SEP}(?:{RANGE_END})")


@functools.lru_cache(maxsize=1)
def qualified_multiplier_re() -> re.Pattern[str]:
    return _re(QUALIFIED_MULTIPLIER)


@functools.lru_cache(maxsize=1)
def year_re() -> re.Pattern[str]:
    lead = "(?=[0-9一二〇零九十今明去上下次过])"  # lets the engine skip to where a year can start
    return _re(
        rf"{lead}(?:{YEAR_RANGE}|{YEAR}|{PLAN_PERIOD}|(?<![比较同])(?P<rel>今年|明年|去年|下一年|次年|{PAST_YEAR_OPEN}))"
    )


@functools.lru_cache(maxsize=1)
def session_after_re() -> re.Pattern[str]:
    return _re(SESSION_AFTER)


def unit_re(lex: Lexicon | None = None) -> re.Pattern[str]:
    return _unit_re(lex or get_lexicon())


@functools.lru_cache(maxsize=4)
def _unit_re(lex: Lexicon) -> re.Pattern[str]:
    """Inside qualifier (余/多), then a unit, then an after qualifier (左右, 以上).

    (This and the qualifier patterns are plain alternations: ``re`` matches them about twice as fast as
    ``regex``, several times a figure.)"""
    inside = _alternation(lex.qualifier_words("inside"))
    units = _alternation(set(lex.units))
    return re.compile(rf"(?P<qi>{inside})?(?P<unit>{units})")


def after_qualifier_re(lex: Lexicon | None = None) -> re.Pattern[str]:
    return _after_re(lex or get_lexicon())


@functools.lru_cache(maxsize=4)
def _after_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?P<qa>{_alternation(lex.qualifier_words('after'))})")


def before_qualifier_re(lex: Lexicon | None = None) -> re.Pattern[str]:
    return _before_re(lex or get_lexicon())


@functools.lru_cache(maxsize=4)
def _before_re(lex: Lexicon) -> re.Pattern[str]:
    # matched against the text before the number, anchored at its end (约 300 件: one space allowed)
    return re.compile(rf"(?P<qb>{_alternation(lex.qualifier_words('before'))})[{UNIT_SPACE}]?\Z")


def stoplist_re(lex: Lexicon | None = None) -> regex.Pattern[str]:
    return _stop_re(lex or get_lexicon())


@functools.lru_cache(maxsize=4)
def _stop_re(lex: Lexicon) -> regex.Pattern[str]:
    # a phrase that starts or ends with a digit must not be glued to more digits
    return regex.compile(rf"(?<![0-9])(?:{_alternation(set(lex.stoplist))})(?![0-9])")
