"""Linker ``change``: two values of one indicator and the change between them (growth, pp_difference).

Patterns are read over a sentence whose figures are replaced by ``⟨i⟩``:

* 由⟨a⟩提高到⟨b⟩，提高⟨c⟩ — b − a = c (points for rates, units for counts and
  money) or b / a − 1 = c (a growth percent);
* ⟨b⟩，比上年（的⟨a⟩）增加⟨c⟩，增长⟨g⟩ — with a missing, a = b − c;
* ⟨b⟩，高于全国（⟨a⟩）⟨c⟩个百分点 — b − a = c;
* 与…的⟨a⟩相比，增加⟨c⟩，增长⟨g⟩ — the figure the comparison closes on is the base: c / a = g (not a level
  whose base is a − c);
* ⟨b⟩，（占预算⟨x⟩，）同比增长⟨g⟩，增收⟨c⟩ — the growth before the amount, the base b − c; and ⟨b⟩，为年初预算⟨x⟩，比上年
  增加⟨c⟩，增长⟨g⟩ — the level's own rates between it and its change (only percents between them).

Growth of GDP, value added and output is stated at comparable prices, and
fiscal figures often 同口径, so nominal arithmetic on them is never an error
(an ``info`` says it was not checked).

Average annual growth (年均) is compound, over the years of the period the
text names (五年来, 2005年与2000年相比, “十四五”): 由⟨a⟩增至⟨b⟩，年均增长⟨r⟩ is
(b / a)^(1/n) − 1 = r (at comparable prices: info at most), and a growth over
the whole period followed by its yearly mean, 增长⟨g⟩，年均增长⟨r⟩, is
(1 + g)^(1/n) − 1 = r (both on one basis: checked as stated).

(A level written next to the round threshold it is said to pass, 突破4000亿元、达到4211亿元, is linker
``threshold``'s.)

A 政府工作报告's budget line stated with its increase over last year (今年中央财政拟安排“三农”投入7161亿元，比上年
增加1206亿元) and last year's level stated in the review under the same name (全年中央财政用于“三农”的投入5955亿元):
7161 − 5955 = 1206 (``growth``, a difference).  The names are compared once the words that only say when or how
it is spent are dropped (今年, 拟安排, 用于, 的) and 投入 / 资金 read as 支出; last year's statement is the one
figure of that name and unit in another top-level section before the line, not a target, a plan or a total over
years, in no sentence naming another year than the one reviewed.  The names may still hide a difference of
scope: a warning at most.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from ... import data
from ...cache import by_identity
from ...types import Genre, Qualifier, Report
from ..figures import combined, figure
from ..linking import Marked, clause_start, marked_sentences, sentence_bounds
from ..mentions import Mention, index_from, mentions, written_scale
from ..model import Relation, RelationKind
from ..rounding import Interval

LINKER = "change"
# a pattern of the sentence's own words ties the three figures
CONFIDENT = 0.9

_WORDS = data.grouped_words("relation_words.tsv")
# a placeholder for one figure
_P = r"⟨\d+⟩"
# words of change upward / downward
_UP = data.alternation(_WORDS["change_up"])
_DOWN = data.alternation(_WORDS["change_down"])
# (a half-width ; ends a clause as ； does: 粮食…86608公顷,与上年基本持平;油料…13457公顷,同比增长3.98% compares nothing)
# 由⟨a⟩提高到⟨b⟩
_FROM_TO = re.compile(
    rf"(?:由|从)[^，。；;⟨]{{0,16}}?(?P<a>{_P})[^，。；;⟨]{{0,8}}?(?P<verb>{_UP}|{_DOWN})了?(?:到|至|为)?"
    rf"(?:\d{{4}}年(?:底|末)?的?)?(?P<b>{_P})"
)
# ⟨b⟩，比上年（的⟨a⟩）增加⟨c⟩ (not past a comparison closed with no change: 与上年基本持平，…⟨a⟩，同比增长⟨c⟩)
_FLAT = data.alternation(_WORDS["change_flat"])
# (not the 比 of a 相比 closing the comparison on the figure: 与…的⟨a⟩相比，增加⟨c⟩ makes ⟨a⟩ the base, ``_VS_BASE``)
_COMPARE = re.compile(
    rf"(?P<b>{_P})[^。；;⟨]{{0,6}}?(?:(?<!相)比|较|同比|与)(?:(?!{_FLAT})[^。；;⟨]){{0,16}}?"
    rf"(?:(?P<a>{_P})[^。；;⟨]{{0,4}}?)?(?P<verb>{_UP}|{_DOWN})了?(?P<c>{_P})"
)
# (与|同|比)…⟨a⟩相比，增加⟨c⟩，增长⟨g⟩: the figure the comparison closes on is the base, the level is a + c
_VS_BASE = re.compile(
    rf"(?:与|同|和|较)[^，,。；;⟨]{{0,30}}?(?P<a>{_P})[^，,。；;⟨]{{0,2}}?相比[，,]?\s*(?P<verb>{_UP}|{_DOWN})了?(?P<c>{_P})"
)
# ⟨b⟩，占调整预算⟨x⟩，同比增长⟨g⟩，增收⟨c⟩: the growth, then the amount of the change (the base is b − c); between
# the level and its growth only clauses of its own rates (percents, checked in code)
_GROWTH_THEN_AMOUNT = re.compile(
    rf"(?P<b>{_P})(?P<mid>(?:[^，,。；;⟨]{{0,12}}?[，,][^，,。；;⟨]{{0,12}}?{_P}){{0,2}})[，,]\s*(?:同比|比上年|较上年)?"
    rf"(?P<verb>{_UP}|{_DOWN})了?(?P<g>{_P})[，,]\s*(?P<again>{_UP}|{_DOWN})了?(?P<c>{_P})"
)
# ⟨b⟩，为年初预算⟨x⟩，比上年同期增加⟨c⟩，增长⟨g⟩: the level's own rate between it and its change
_RATE_THEN_COMPARE = re.compile(
    rf"(?P<b>{_P})(?P<mid>(?:[，,][^，,。；;⟨]{{0,12}}?{_P}){{1,2}})[，,]\s*(?:比|较|同比)[^。；;⟨]{{0,12}}?"
    rf"(?P<verb>{_UP}|{_DOWN})了?(?P<c>{_P})"
)
# ⟨b⟩，高于全国（⟨a⟩）⟨c⟩个百分点
_HIGHER = re.compile(
    rf"(?P<b>{_P})[^。；;⟨]{{0,20}}?(?P<verb>高于|低于|超过|超出)[^。；;⟨]{{0,14}}?(?P<a>{_P})[^。；;⟨]{{0,4}}?(?P<c>{_P})"
)
# ⟨b⟩，高于全市平均水平⟨c⟩个百分点（全市平均为⟨a⟩）
_HIGHER_NOTE = re.compile(
    rf"(?P<b>{_P})[^。；;⟨]{{0,20}}?(?P<verb>高于|低于|超过|超出)[^。；;⟨]{{0,14}}?(?P<c>{_P})[（(][^。；;⟨）)]{{0,14}}?(?P<a>{_P})[）)]"
)
# the change that follows a 由…到…: "，提高⟨c⟩" / "，增长⟨g⟩"
_THEN = re.compile(rf"^[^。；;⟨]{{0,10}}?(?P<verb>{_UP}|{_DOWN})了?(?P<c>{_P})")
# growth stated at comparable prices or on a comparable basis
_REAL_GROWTH = re.compile(r"生产总值|GDP|增加值|经济总量|总产值|产值|可比|不变价|实际|同口径|口径|剔除|年均|平均")


# a yearly mean rate, not one year's change: 年均增长24%, 平均每年增长
_AVERAGE_WORDS = "|".join(_WORDS["average"])
_AVERAGE = re.compile(_AVERAGE_WORDS)
# the clause of a yearly mean rate that names no other indicator (…，年均增长5.4%; not …，规上工业增加值年均增长6.5%)
_AVERAGE_CLAUSE = re.compile(
    rf"(?:{_AVERAGE_WORDS})(?:实际|名义)?(?:增长|增加|提高|提升|上升|下降|减少|降低)(?:了|达|为)?"
)
# 由⟨a⟩增至⟨b⟩，超过⟨x⟩，年均增长⟨r⟩: one clause of another figure may stand between the end value and the rate
_THEN_AVERAGE = re.compile(
    rf"^(?:[，,][^。；⟨，,]{{0,8}}{_P})?[，,、]?(?:{_AVERAGE_WORDS})(?:实际|名义)?"
    rf"(?P<verb>{_UP}|{_DOWN})了?(?P<c>{_P})"
)
# ⟨a⟩，2024年总共需办理复议案件⟨b⟩，同比增长⟨g⟩: one indicator in two years' clauses, then its growth
_PAIRED = re.compile(
    rf"(?P<a>{_P})[，,](?P<label>[^，,。；;⟨]{{2,30}}?)(?P<b>{_P})[，,](?:同比|比上年|较上年)?(?P<verb>{_UP}|{_DOWN})了?(?P<g>{_P})"
)
# 增长⟨g⟩，年均增长⟨r⟩: the growth over the period, then its yearly mean
_CUMULATIVE = re.compile(
    rf"(?P<verb>增长|增加|提高|上升)了?(?P<g>{_P})[，,、]?(?:{_AVERAGE_WORDS})(?:实际)?(?:增长|增加|提高|上升)(?P<c>{_P})"
)
# an indicator stated at comparable prices (its nominal values are no evidence for its real growth)
_PRICED = re.compile(r"生产总值|GDP|增加值|经济总量|总产值|产值|可比|不变价|实际增长")


def at_comparable_prices(name: str) -> bool:
    """Whether ``name`` (a figure's name or clause) is of an indicator stated at comparable prices (``_PRICED``)."""
    return _PRICED.search(name) is not None


# the change first, then the level it makes, then the growth: 增加⟨c⟩、规模⟨b⟩，增长⟨g⟩ (the base is b − c)
_LEVEL_NOUN = data.alternation(_WORDS["change_level"])
_LEVEL_IS = data.alternation(_WORDS["change_level_verb"])
_CHANGE_THEN_LEVEL = re.compile(
    rf"(?P<verb>增加|减少)了?(?P<c>{_P})[、，,](?:(?:{_LEVEL_NOUN})(?:{_LEVEL_IS})?|{_LEVEL_IS})(?P<b>{_P})"
    rf"[、，,](?P<again>增长|下降)了?(?P<g>{_P})"
)
# the level, its change and its growth in three clauses, no 比 written: ⟨b⟩，增加⟨c⟩，增长⟨g⟩ (冬小麦播种面积22602千公顷，
# 增加79千公顷，增长0.3%: the base is b − c)
_BARE_CHANGE = re.compile(
    rf"(?P<b>{_P})[，,]\s*(?P<verb>{_UP}|{_DOWN})了?(?P<c>{_P})[，,]\s*(?P<again>{_UP}|{_DOWN})了?(?P<g>{_P})"
)
# a budget line and its increase over last year: ⟨b⟩，比上年增加⟨c⟩ (the two figures side by side)
_LAST_YEAR_COMPARE = re.compile(
    rf"(?P<b>{_P})[，,]\s*(?:{data.alternation(_WORDS['last_year_compare'])})(?P<verb>增加|增长|减少|下降|多|少)了?(?P<c>{_P})"
)
_LAST_YEAR_DROP = re.compile(data.alternation(_WORDS["last_year_drop"]))
_LAST_YEAR_NOUNS = dict(pair.split("=", 1) for pair in _WORDS["last_year_noun"])
_LAST_YEAR_NOUN = re.compile(data.alternation(_LAST_YEAR_NOUNS))
_LAST_YEAR_NOT = re.compile(data.alternation(_WORDS["last_year_not"]))
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+$")
_LINE_BODY = re.compile(rf"^(?:{data.alternation(_WORDS['last_year_body'])})")
_LINE_NOUN_END = re.compile(rf"(?:{data.alternation(set(_LAST_YEAR_NOUNS.values()))})$")
# the most characters between a level and its increase (，比上年预算增加)
_LAST_YEAR_REACH = 10
# how far before its figure a budget line's name may start (全年中央财政用于“三农”的支出达到)
_LINE_NAME_REACH = 40
# what a budget line funds, named in this many characters at least (三农, 农村义务教育经费)
_LINE_WHAT_MIN = 2
# two statements of one name: linked by name across parts of the report, a warning at most
LAST_YEAR = 0.6
# the length of a period: 五年来, 过去5年, 近十年, “十四五”时期, 从2020年到2025年
_FROM_YEAR = re.compile(r"(?:从|由)(\d{4})年[^。]{0,40}?(?:到|至)(\d{4})年")
_VS_YEAR = re.compile(r"(\d{4})年(?:与|同|和|比)(\d{4})年相比")
# 2025年…达到120亿元，比2020年的80亿元年均增长12%
_THAN_YEAR = re.compile(r"(\d{4})年[^。；]{0,30}?比(\d{4})年")
_N_YEARS = re.compile(
    r"(?:过去|近|这|前)([一二三四五六七八九十两\d]{1,3})年|([一二三四五六七八九十两\d]{1,3})年(?:来|间|里|中|前|以来)"
)
_PLAN_PERIOD = re.compile(r"十[一二三四五六七八九]五")
# how far the period may be named from the rate: its paragraph, or the heading of its section
_PERIOD_REACH = 600


def _priced(text: str, *ms: Mention) -> bool:
    start = min(m.start for m in ms)
    return bool(_PRICED.search(text[clause_start(text, start) : max(m.end for m in ms)]))


def period_years(report: Report, c: Mention) -> int:
    """The number of yearly steps of the period an average rate is stated over (0: not named)."""
    from ...numbers import parse_number

    text = report.text
    s, e = sentence_bounds(text, c.start)
    ps = max(text.rfind("\n", 0, s) + 1, s - _PERIOD_REACH)
    sec = report.section_at(c.start)
    windows = [text[s:e], text[ps:s]]
    while sec is not None:
        windows.append(sec.heading)
        sec = report.section_at(sec.start - 1) if sec.level > 1 and sec.start > 0 else None
    for w in windows:
        m = _FROM_YEAR.search(w)
        if m and 0 < int(m.group(2)) - int(m.group(1)) <= 30:
            return int(m.group(2)) - int(m.group(1))
        m = _VS_YEAR.search(w) or _THAN_YEAR.search(w)
        if m and 0 < abs(int(m.group(1)) - int(m.group(2))) <= 30:
            return abs(int(m.group(1)) - int(m.group(2)))
        if _PLAN_PERIOD.search(w):
            return 5
        m = _N_YEARS.search(w)
        if m:
            try:
                n = int(parse_number((m.group(1) or m.group(2)).replace("两", "二")).value)
            except (ValueError, ArithmeticError, AttributeError):
                continue
            if 2 <= n <= 30:
                return n
    return 0


def _sign(verb: str) -> int:
    return -1 if re.fullmatch(_DOWN + "|低于", verb) else 1


def _real(text: str, *ms: Mention) -> bool:
    """Comparable-price or same-basis wording in the clauses of ``ms``."""
    start = min(m.start for m in ms)
    end = max(m.end for m in ms)
    return bool(_REAL_GROWTH.search(text[clause_start(text, start) : end]))


def _relations(mk: Marked, text: str) -> Iterator[tuple[str, Mention, Mention, Mention, int, bool]]:
    """(kind, a, b, c, sign, comparable_prices) for each pattern match; kind 'diff', 'growth', 'implied' or 'based'."""
    for m in _FROM_TO.finditer(mk.text):
        a, b = mk.mention(m.group("a")), mk.mention(m.group("b"))
        assert a is not None and b is not None
        then = list(_THEN.finditer(mk.text[m.end() :])) or list(_THEN_AVERAGE.finditer(mk.text[m.end() :]))
        for t in then:
            c = mk.mention(t.group("c"))
            assert c is not None
            yield _kind(a, b, c), a, b, c, _sign(t.group("verb")), _real(text, a, b, c)
            nxt = _THEN.match(mk.text[m.end() + t.end() :])
            if nxt:
                g = mk.mention(nxt.group("c"))
                assert g is not None
                yield _kind(a, b, g), a, b, g, _sign(nxt.group("verb")), _real(text, a, b, g)
    for m in _COMPARE.finditer(mk.text):
        b, c = mk.mention(m.group("b")), mk.mention(m.group("c"))
        a = mk.mention(m.group("a"))
        assert b is not None and c is not None
        nxt = _THEN.match(mk.text[m.end() :])
        g = mk.mention(nxt.group("c")) if nxt else None
        if a is not None:
            yield _kind(a, b, c), a, b, c, _sign(m.group("verb")), _real(text, a, b, c)
            if g is not None:
                yield _kind(a, b, g), a, b, g, _sign(m.group("verb")), _real(text, a, b, g)
        elif g is not None and c.unit == b.unit and g.unit == "%" and b.unit != "%":
            yield "implied", c, b, g, _sign(m.group("verb")), _real(text, b, c, g)
    for m in _VS_BASE.finditer(mk.text):
        a, c = mk.mention(m.group("a")), mk.mention(m.group("c"))
        assert a is not None and c is not None
        nxt = _THEN.match(mk.text[m.end() :])
        g = mk.mention(nxt.group("c")) if nxt else None
        sign = _sign(m.group("verb"))
        if nxt is None or g is None:
            continue
        if c.unit == a.unit and g.unit == "%" and a.unit != "%" and sign == _sign(nxt.group("verb")):
            yield "based", a, c, g, sign, _real(text, a, c, g)
    for m in _GROWTH_THEN_AMOUNT.finditer(mk.text):
        b, g, c = mk.mention(m.group("b")), mk.mention(m.group("g")), mk.mention(m.group("c"))
        assert b is not None and g is not None and c is not None
        between = [mk.mention(x) for x in re.findall(_P, m.group("mid"))]
        sign = _sign(m.group("verb"))
        if any(x is None or not x.is_percent for x in between) or sign != _sign(m.group("again")):
            continue
        if c.unit == b.unit and g.unit == "%" and b.unit != "%":
            yield "implied", c, b, g, sign, _real(text, b, c, g)
    for m in _RATE_THEN_COMPARE.finditer(mk.text):
        b, c = mk.mention(m.group("b")), mk.mention(m.group("c"))
        assert b is not None and c is not None
        between = [mk.mention(x) for x in re.findall(_P, m.group("mid"))]
        nxt = _THEN.match(mk.text[m.end() :])
        g = mk.mention(nxt.group("c")) if nxt else None
        if nxt is None or g is None or any(x is None or not x.is_percent for x in between):
            continue
        sign = _sign(m.group("verb"))
        if c.unit == b.unit and g.unit == "%" and b.unit != "%" and sign == _sign(nxt.group("verb")):
            yield "implied", c, b, g, sign, _real(text, b, c, g)
    for m in _CHANGE_THEN_LEVEL.finditer(mk.text):
        c, b, g = mk.mention(m.group("c")), mk.mention(m.group("b")), mk.mention(m.group("g"))
        assert b is not None and c is not None and g is not None
        sign = _sign(m.group("verb"))
        if c.unit == b.unit and g.unit == "%" and b.unit != "%" and sign == _sign(m.group("again")):
            yield "implied", c, b, g, sign, _real(text, b, c, g)
    for m in _BARE_CHANGE.finditer(mk.text):
        b, c, g = mk.mention(m.group("b")), mk.mention(m.group("c")), mk.mention(m.group("g"))
        assert b is not None and c is not None and g is not None
        sign = _sign(m.group("verb"))
        if c.unit == b.unit and g.unit == "%" and b.unit != "%" and sign == _sign(m.group("again")):
            yield "implied", c, b, g, sign, _real(text, b, c, g)
    for m in _PAIRED.finditer(mk.text):
        a, b, g = mk.mention(m.group("a")), mk.mention(m.group("b")), mk.mention(m.group("g"))
        assert a is not None and b is not None and g is not None
        # the two clauses name one indicator, their years apart (2023总共需办理… / 2024年总共需办理…)
        before = text[clause_start(text, a.start) : a.start]
        if a.unit == b.unit and g.unit == "%" and a.unit != "%" and _same_label(before, m.group("label")):
            yield "growth", a, b, g, _sign(m.group("verb")), _real(text, a, b, g)
    for rx in (_HIGHER, _HIGHER_NOTE):
        for m in rx.finditer(mk.text):
            b, a, c = mk.mention(m.group("b")), mk.mention(m.group("a")), mk.mention(m.group("c"))
            assert a is not None and b is not None and c is not None
            if a.unit == b.unit == "%" and c.unit == "个百分点":
                yield "diff", a, b, c, _sign(m.group("verb")), False


_YEAR_WORDS = re.compile(r"\d{4}年?|[上今去本]年|同期")


def _same_label(first: str, second: str) -> bool:
    """Two clauses' words naming one indicator: equal once their years are cut out, and not empty."""
    x, y = _YEAR_WORDS.sub("", first).strip(), _YEAR_WORDS.sub("", second).strip()
    return len(x) >= 2 and x == y and first != second


def _kind(a: Mention, b: Mention, c: Mention) -> str:
    if a.unit == b.unit == "%" and c.unit == "个百分点":
        return "diff"
    if a.unit == b.unit and a.unit not in ("%", "个百分点") and c.unit == a.unit:
        return "diff"
    if a.unit == b.unit and a.unit not in ("%", "个百分点") and c.unit == "%":
        return "growth"
    return "none"


@by_identity(maxsize=8)
def _all(report: Report) -> tuple[tuple[str, Mention, Mention, Mention, int, bool], ...]:
    """Every relation of ``report`` (read once: both rules of this module use them)."""
    text = report.text
    return tuple(rel for mk in marked_sentences(report, 3) for rel in _relations(mk, text))


def link_changes(report: Report) -> Iterator[Relation]:
    text = report.text
    compared: list[tuple[Mention, Mention, str]] = []
    yield from _cumulative(report, compared)
    yield from _last_year_levels(report, compared)
    yield from _averages_elsewhere(report)
    for kind, a, b, c, sign, real in _all(report):
        if kind == "diff" and a.unit == "%":
            yield Relation(RelationKind.PP_DIFFERENCE, (a, b), c, LINKER, CONFIDENT, sign=sign)
        elif kind == "diff" and _AVERAGE.search(text[b.end : c.start]):
            # "从1997年的8651亿元增加到2002年的18914亿元，平均每年增加2053亿元": b − a = years × c
            years = period_years(report, c)
            if years:
                written = c.value / written_scale(c) * years  # the product as written, in c's magnitude
                shown = f"{written:g}（{years} × {c.text}）"
                total = combined((c,), c.value * years, c.interval.scale(years), shown)
                yield Relation(RelationKind.GROWTH, (a, b), total, LINKER, CONFIDENT, sign=sign, cue=(b.end, c.start))
        elif kind == "diff":
            yield Relation(RelationKind.GROWTH, (a, b), c, LINKER, CONFIDENT, sign=sign)
        elif kind == "growth" and _AVERAGE.search(text[b.end : c.start]):
            # "从8.2万亿元增加到23.8万亿元、年均增长24%": a compound rate over the period's years
            years = period_years(report, c)
            # (or the words right after the later value: 比2020年的80亿元年均增长12%)
            own = _AVERAGE_CLAUSE.fullmatch(text[clause_start(text, c.start) : c.start].strip()) or (
                _AVERAGE_CLAUSE.fullmatch(text[max(a.end, b.end) : c.start].strip(" \u3000，,、"))
            )
            if years and own:
                yield Relation(
                    RelationKind.AVERAGE_GROWTH,
                    (a, b),
                    c,
                    LINKER,
                    CONFIDENT,
                    sign=sign,
                    years=years,
                    comparable_prices=_priced(text, a, b, c),
                    cue=(b.end, c.start),
                )
        elif kind == "growth":
            yield Relation(RelationKind.GROWTH, (a, b), c, LINKER, CONFIDENT, sign=sign, comparable_prices=real)
        elif kind == "based":
            # "与…的a相比，增加b，增长c": the level is a + b (a fall's level is a − b)
            level_iv = a.interval + b.interval.scale(sign)
            op = "+" if sign > 0 else "−"
            level = combined((a, b), a.value + sign * b.value, level_iv, f"({a.text} {op} {b.text})")
            yield Relation(RelationKind.GROWTH, (a, level), c, LINKER, CONFIDENT, sign=sign, comparable_prices=real)
        elif kind == "implied":
            # "b，比上年增加a，增长c": the base is b − a (a is the change in b's unit)
            base_iv = b.interval - a.interval.scale(sign)
            op = "−" if sign > 0 else "+"  # a fall's base is the level plus the fall
            base = combined((b, a), b.value - sign * a.value, base_iv, f"({b.text} {op} {a.text})")
            yield Relation(RelationKind.GROWTH, (base, b), c, LINKER, CONFIDENT, sign=sign, comparable_prices=real)


# a period review's level written from one value to another in one sentence, its yearly mean in another sentence
# of the same part under the same name (国内生产总值从26.6万亿元增加到51.9万亿元；… 国内生产总值年均增长9.3%)
_FROM_WORDS = "从由"
# the name, this long at least (国内生产总值, 一般公共预算收入; not 收入)
_AVERAGE_NAME_MIN = 4
_NAMED_RATE = re.compile(rf"(?:{_AVERAGE_WORDS})(?:实际|名义)?增长")
# the two sentences are tied by the name only: a warning at most
ELSEWHERE = 0.6


def _from_to_name(text: str, a: Mention) -> str:
    """The Han words right before the 从/由 that opens ``a``'s from-to, in its clause ('' for none)."""
    cs = clause_start(text, a.start)
    at = max(text.rfind(w, cs, a.start) for w in _FROM_WORDS)
    if at < 0:
        return ""
    han = _HAN_RUN.search(text[cs:at])
    return han.group() if han else ""


def _averages_elsewhere(report: Report) -> Iterator[Relation]:
    """ "X从⟨a⟩增加到⟨b⟩" with no rate after it, and "X年均增长⟨r⟩" in another sentence of the same part of a
    政府工作报告: (b / a)^(1/n) − 1 = r, the period's years n read at both places and equal; X the whole Han run
    before 从 and before 年均 alike, one value of r for it (at comparable prices: info, as in one sentence)."""
    if report.meta.genre is not Genre.GOV_WORK_REPORT:
        return
    from .restated import _part

    text = report.text
    ms = mentions(report)
    for mk in marked_sentences(report, 2):
        if "从" not in mk.text and "由" not in mk.text:
            continue
        for m in _FROM_TO.finditer(mk.text):
            tail = mk.text[m.end() :]
            if _THEN.match(tail) or _THEN_AVERAGE.match(tail) or _sign(m.group("verb")) < 0:
                continue
            a, b = mk.mention(m.group("a")), mk.mention(m.group("b"))
            assert a is not None and b is not None
            if a.unit != b.unit or a.unit in ("%", "个百分点", "倍") or a.value <= 0:
                continue
            if a.qualifier is not None or b.qualifier is not None:
                continue
            name = _from_to_name(text, a)
            if len(name) < _AVERAGE_NAME_MIN:
                continue
            years = period_years(report, b)
            if years < 2:
                continue
            part = _part(report, a.start)
            own = sentence_bounds(text, a.start)
            rates: list[tuple[Mention, int]] = []
            at = text.find(name)
            while at >= 0:
                end = at + len(name)
                rate = _NAMED_RATE.match(text, end)
                if rate is not None and not (own[0] <= at < own[1]) and not _HAN_RUN.search(text[at - 1 : at]):
                    k = index_from(ms, rate.end())
                    c = ms[k] if k < len(ms) else None
                    if c is not None and c.start == rate.end() and c.unit == "%" and _part(report, at) == part:
                        rates.append((c, at))
                at = text.find(name, end)
            if len({(c.value, c.qualifier) for c, _ in rates}) != 1:
                continue
            c, named = rates[0]
            if c.qualifier is not None or period_years(report, c) != years:
                continue
            yield Relation(
                RelationKind.AVERAGE_GROWTH,
                (a, b),
                c,
                LINKER,
                ELSEWHERE,
                years=years,
                comparable_prices=at_comparable_prices(name),
                cue=(named, c.start),
            )


def _line_name(text: str, m: Mention) -> tuple[str, str]:
    """(name, clause words) of a budget figure: the Han words of its clause right before it, quotes dropped, the
    words of when and how it is spent dropped and the noun made one (今年中央财政拟安排“三农”投入 → 中央财政三农支出)."""
    words = text[clause_start(text, m.start) : m.start]
    han = _HAN_RUN.search(words.replace("“", "").replace("”", "").replace('"', ""))
    if han is None:
        return "", words
    name = _LAST_YEAR_NOUN.sub(lambda n: _LAST_YEAR_NOUNS[n.group()], _LAST_YEAR_DROP.sub("", han.group()))
    return name, words


def _named_after(text: str, ms: tuple[Mention, ...], cue: str, end: int) -> Iterator[Mention]:
    """The figures before ``end`` whose name may hold ``cue`` (the first figure within ``_LINE_NAME_REACH`` after
    each occurrence of it), in text order, each once."""
    last = -1
    at = text.find(cue, 0, end)
    while at >= 0:
        k = index_from(ms, at)
        if k < len(ms) and ms[k].start < end and ms[k].start - at <= _LINE_NAME_REACH and k != last:
            last = k
            yield ms[k]
        at = text.find(cue, at + 1, end)


def _compared(mk: Marked) -> Iterator[tuple[Mention, Mention, str]]:
    """(level, change, verb) of each ⟨b⟩，比上年增加⟨c⟩ of a marked sentence."""
    for m in _LAST_YEAR_COMPARE.finditer(mk.text):
        b, c = mk.mentions[int(m.group("b")[1:-1])], mk.mentions[int(m.group("c")[1:-1])]
        yield b, c, m.group("verb")


def _last_year_levels(report: Report, compared: list[tuple[Mention, Mention, str]]) -> Iterator[Relation]:
    """ "今年中央财政拟安排“三农”投入7161亿元，比上年增加1206亿元" with "全年中央财政用于“三农”的投入5955亿元" in
    the review: b − a = c, last year's level a found by name (see the module's docstring); ``compared``: the
    (level, change, verb) of the report's sentences (``_compared``)."""
    from .restated import _about_a_period, _in_period, _part

    if report.meta.genre is not Genre.GOV_WORK_REPORT:
        return
    text = report.text
    ms = mentions(report)
    names: dict[int, tuple[str, str]] = {}
    for b, c, verb in compared:
        if b.unit != c.unit or b.is_percent or b.unit in ("个百分点", "倍"):
            continue
        if b.qualifier is not None or c.qualifier is not None:
            continue
        name, _ = _line_name(text, b)
        # the name without its body and noun must say what is funded (中央财政三农支出; 中央财政支出 names no line)
        what = _LINE_BODY.sub("", _LINE_NOUN_END.sub("", name))
        if len(what) < _LINE_WHAT_MIN:
            continue
        # (a statement of the line names what it funds right before its figure: a plain search before the name)
        cue = what[:_LINE_WHAT_MIN]
        part = _part(report, b.start)
        sentence = sentence_bounds(text, b.start)
        found = []
        for a in _named_after(text, ms, cue, sentence[0]):
            if a.unit != b.unit or a.is_percent or (a.qualifier is not None and a.qualifier is not Qualifier.AT_LEAST):
                continue
            if a.start not in names:
                names[a.start] = _line_name(text, a)
            a_name, a_words = names[a.start]
            if a_name != name or _part(report, a.start) == part:
                continue
            s, _ = sentence_bounds(text, a.start)
            year = _YEAR_IN.findall(text, s, a.start)
            if _LAST_YEAR_NOT.search(a_words) or (year and report.meta.year and int(year[-1]) != report.meta.year):
                continue
            if _in_period(report, a) or _about_a_period(report, a):
                continue
            found.append(a)
        if len(found) == 1:
            (a,) = found
            yield Relation(
                RelationKind.GROWTH,
                (a, b),
                c,
                LINKER,
                LAST_YEAR,
                sign=_sign(verb),
                name=name,
                cue=(b.end, c.start),
            )


_YEAR_IN = re.compile(r"(\d{4})年")


def _cumulative(report: Report, compared: list[tuple[Mention, Mention, str]]) -> Iterator[Relation]:
    """ "2005年与2000年相比，国内生产总值增长57.3%，年均增长9.5%": (1 + 57.3%)^(1/5) − 1 = 9.48%.
    (The comparisons with last year of the same sentences are added to ``compared``, read once the sentences
    are: ``_last_year_levels``.)"""
    text = report.text
    gov = report.meta.genre is Genre.GOV_WORK_REPORT
    for mk in marked_sentences(report, 2):
        # (the patterns open on a figure or a level verb: cheap to run on every sentence)
        t = mk.text
        # (every comparison holds 年: a plain search spares most sentences the call)
        if gov and "年" in t:
            compared.extend(_compared(mk))
        for m in _CUMULATIVE.finditer(mk.text):
            g, c = mk.mention(m.group("g")), mk.mention(m.group("c"))
            assert g is not None and c is not None
            if not (g.is_percent and c.is_percent) or g.value <= -100:
                continue
            years = period_years(report, c)
            if years < 2:
                continue
            one = dataclasses.replace(figure(text, g.start, g.end, 1.0, "", "1", exact=True), text="1")
            end = combined(
                (g,),
                1 + g.value / 100,
                Interval(1 + g.interval.low / 100, 1 + g.interval.high / 100),
                f"(1 + {g.raw}%)",
            )
            yield Relation(
                RelationKind.AVERAGE_GROWTH,
                (one, end),
                c,
                LINKER,
                CONFIDENT,
                years=years,
                cue=(g.end, c.start),
            )
