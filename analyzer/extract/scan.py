"""Find the figures of a text: numeral, multiplier, unit, qualifier and ranges.

Regex-first and linear: one pass of ``number_re`` over the text, then anchored
matches of the unit and qualifier patterns at each candidate.  A numeral with
no unit is not a figure (years, dates, heading labels, phone and document
numbers have none), and the skip rules below remove ordinals, slogans, names
and idioms.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

import regex

from ..errors import NumeralError
from ..fastinit import fast_init
from ..numbers import Number, cn_int, parse_fraction, parse_number
from ..types import MetricKind, Qualifier
from . import patterns as P
from .lexicon import Lexicon, Unit, get_lexicon

_GLUED_BEFORE = re.compile(P.GLUED_BEFORE)
_GLUED_AFTER = re.compile(P.GLUED_AFTER)
_SPACED_LABEL = re.compile(P.SPACED_LABEL_BEFORE)
_YEAR_LIKE = re.compile(P.YEAR_LIKE)
_AGE_GROUP = re.compile(P.AGE_GROUP)


@fast_init  # (built for every numeral: see analyzer.fastinit)
@dataclass(frozen=True, slots=True)
class Figure:
    """A number as a figure: what was written and what it means, before any context."""

    start: int  # with a before-qualifier (约29件)
    end: int  # with an after-qualifier (5%左右)
    number_start: int
    number_end: int
    # the numeral with its multiplier as written, always text[number_start:number_end]
    # (1.9万, 两千六百, 十二点五).  parse_number(raw_number) is the value before the
    # unit's factor, except where the multiplier is not next to the numeral: after
    # 多/余 (2000多亿元: raw 2000) or shared by a range (3—5万人: raw 3 for the low
    # end).  ``value`` and ``decimals`` include that multiplier (2e11 and -8).
    raw_number: str
    kind: MetricKind
    value: float
    value_high: float | None
    unit: str
    decimals: int
    qualifier: Qualifier | None


@functools.lru_cache(maxsize=64)
def _exp10(factor: Decimal) -> int:
    """log10 of a power-of-ten factor (0 for other factors)."""
    t = factor.normalize().as_tuple()
    return len(t.digits) - 1 + int(t.exponent) if t.digits == (1,) else 0


def _scaled(n: Number, unit: Unit) -> tuple[float, int]:
    return _scaled_exact(n.exact, n.decimals, unit.factor)


@functools.lru_cache(maxsize=4096)
def _scaled_exact(exact: Decimal, decimals: int, factor: Decimal) -> tuple[float, int]:
    """(value, decimals) of a numeral's exact value times a unit's factor (memoised like ``parse_number``)."""
    return float(exact * factor), decimals - _exp10(factor)


class _Stops:
    """Is a numeral inside a stoplist phrase?  Looked up in a small window per candidate."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        self.text = text
        self.pattern = P.stoplist_re(lex)
        self.any_phrase = _any_stop_phrase(lex.stoplist)
        self.reach = max(map(len, lex.stoplist), default=1)

    def covers(self, start: int, end: int) -> bool:
        lo = max(0, start - self.reach + 1)
        hi = min(len(self.text), end + self.reach - 1)
        # (most windows hold no stoplist phrase at all: one plain search says so before the overlapped one)
        if self.any_phrase is None or self.any_phrase.search(self.text, lo, hi) is None:
            return False
        for m in self.pattern.finditer(self.text, lo, hi, overlapped=True):
            if m.start() < end and m.end() > start:
                return True
        return False


@functools.lru_cache(maxsize=4)
def _any_stop_phrase(stoplist: tuple[str, ...]) -> re.Pattern[str] | None:
    """Any stoplist phrase, bare (no digit boundaries): found wherever a stoplist match could be."""
    return re.compile("|".join(map(re.escape, sorted(set(stoplist), key=len, reverse=True)))) if stoplist else None


def _skip_before(text: str, ns: int, chinese: bool) -> bool:
    if ns == 0:
        return False
    prev = text[ns - 1]
    if prev in P.UNIT_SPACE and ns >= 2:
        # 第 3 次, 表 1 所列: an ordinal or a label with the spaces of a PDF conversion
        return text[ns - 2] == P.ORDINAL_BEFORE or _SPACED_LABEL.search(text, max(0, ns - 4), ns) is not None
    if prev == P.ORDINAL_BEFORE or _GLUED_BEFORE.match(prev):
        return True
    return chinese and prev in P.SLOGAN_QUOTE_BEFORE


def find_figures(text: str, lex: Lexicon | None = None) -> list[Figure]:
    """All figures of ``text`` in document order, without overlaps."""
    return list(iter_figures(text, lex))


def iter_figures(text: str, lex: Lexicon | None = None) -> Iterator[Figure]:
    """``find_figures``, one at a time (a caller may stop early or count as it goes)."""
    lex = lex or get_lexicon()
    stops = _Stops(text, lex)
    last_end = 0
    for m in P.number_re(lex).finditer(text):
        if m.start() < last_end:
            continue
        fig = _figure_at(text, m, lex)
        # the stoplist is looked up for figures only: far fewer than candidates
        if fig is not None and not stops.covers(fig.number_start, fig.number_end):
            yield fig
            last_end = fig.end


_WORD_FORMS = {"pct": (MetricKind.PERCENT, "%"), "pml": (MetricKind.PERMILLE, "‰")}


@functools.lru_cache(maxsize=4)
def _latin_units(lex: Lexicon) -> re.Pattern[str] | None:
    """The units of ``lex`` written in Latin letters (PF), as one pattern that no further letter follows."""
    latin = sorted((s for s in lex.units if s.isascii() and s.isalpha()), key=lambda s: (-len(s), s))
    if not latin:
        return None
    return re.compile("(?:" + "|".join(map(re.escape, latin)) + ")(?!" + P.GLUED_AFTER + ")")


def _latin_unit(text: str, at: int, lex: Lexicon) -> bool:
    """A unit of Latin letters (1.3万PF) follows the number: no name glued to it (5G, C919)."""
    pat = _latin_units(lex)
    return pat is not None and pat.match(text, at) is not None


def _figure_at(text: str, m: regex.Match[str], lex: Lexicon) -> Figure | None:
    ns, ne = m.span()
    last = m.lastgroup  # which alternative matched: pct, pml, nom (fraction), fan, arabic/mult, chinese
    chinese = last == "chinese" or (last in ("pct", "pml", "nom", "fan") and not text[ns].isdigit())
    if _skip_before(text, ns, chinese):
        return None
    if ne < len(text) and _GLUED_AFTER.match(text, ne) and not _latin_unit(text, ne, lex):
        return None
    try:
        if last in _WORD_FORMS:
            # 百分之十二点五: the numeral is 十二点五, the figure starts at 百分之
            kind, unit = _WORD_FORMS[last]
            raw = m.group(last)
            n = parse_number(raw)
            a, b = m.span(last)
            return _finish(text, lex, ns, a, b, raw, kind, n.value, None, unit, n.decimals, None, ne)
        if last == "nom":
            n = parse_fraction(m.group("nom"), m.group("den"))
            return _finish(text, lex, ns, ns, ne, m.group(0), MetricKind.FRACTION, n.value, None, "", n.decimals, None)
        if last == "fan":
            value = float(2 ** (cn_int(m.group("fan")) or 0))  # 翻两番: 2² times
            return _finish(text, lex, ns, ns, ne, m.group(0), MetricKind.MULTIPLE, value, None, "倍", 0, None)
        if last == "bare":
            return _bare(text, m, lex)
        return _plain(text, m, lex, chinese)
    except NumeralError:
        return None


def _plain(text: str, m: regex.Match[str], lex: Lexicon, chinese: bool) -> Figure | None:
    ns, ne = m.span()
    raw_end = ne
    unit_re = P.unit_re(lex)
    um = unit_re.match(text, ne)
    mult = m.group("mult")
    if mult:
        # 3千瓦, 3千米: 千 belongs to the unit, not the numeral
        alt = unit_re.match(text, m.end("arabic"))
        if alt is not None and (um is None or alt.group("unit").startswith(mult)):
            raw_end, um = m.end("arabic"), alt
    raw = text[ns:raw_end]
    number = parse_number(raw)
    if um is None and not chinese and text[ne : ne + 1] in P.UNIT_SPACE and ne < len(text):
        um, number = _after_space(text, ne + 1, raw, number, mult, lex)
    inside_qual = None
    if um is None and m.group("arabic") is not None and not mult:
        # 2000多亿元: the qualifier stands between the numeral and its multiplier
        qm = P.qualified_multiplier_re().match(text, ne)
        if qm is not None:
            um = unit_re.match(text, qm.end())
            if um is not None:
                number = parse_number(raw + qm.group("mult"))
                inside_qual = lex.qualifiers.get(("inside", qm.group("qi")))
    elif um is None and mult == "万":
        # 3万多亿元: the qualifier stands inside the multiplier 万亿
        qm = P.qualified_multiplier_re().match(text, ne)
        if qm is not None and qm.group("mult") == "亿":
            um = unit_re.match(text, qm.end())
            if um is not None:
                number = parse_number(raw + "亿")
                inside_qual = lex.qualifiers.get(("inside", qm.group("qi")))
    if chinese and raw in ("二", "两") and um is not None and um.group("unit") in ("次", "个"):
        return None  # 二次开发, 两个维护-like slogans
    value_high: float | None = None
    pos = um.end() if um else raw_end
    unit_match = um
    rm = P.range_end_re().match(text, pos)
    if rm is not None:
        um2 = P.unit_re(lex).match(text, rm.end())
        if um2 is not None and (um is None or lex.units[um.group("unit")].unit == lex.units[um2.group("unit")].unit):
            high_raw = text[rm.start("arabic2") if rm.group("arabic2") else rm.start("chinese2") : rm.end()]
            high = parse_number(high_raw)
            if um is None and rm.group("mult2") and not m.group("mult"):
                number = parse_number(raw + rm.group("mult2"))  # 3—5万人: both ends in 万
            unit2 = lex.units[um2.group("unit")]
            value_high = _scaled(high, unit2)[0]
            unit_match, pos = um2, um2.end()
    if unit_match is None:
        return None
    unit = lex.units[unit_match.group("unit")]
    if chinese and (unit.surface in P.CN_ORDINAL_UNITS or _slogan_after(text, unit_match.end(), unit)):
        return None
    if unit.surface == "岁" and _age_group(text, unit_match.start("unit"), lex):
        return None  # 5岁以下儿童: an age group
    if text.startswith(P.SPEC_AFTER, unit_match.end()):
        return None  # 25兆瓦级风电: a specification
    if unit.surface == "次" and P.session_after_re().match(text, unit_match.end()):
        return None  # 三次会议: a session number
    if unit.surface in ("名", "位") and ns > 0 and text[ns - 1] == "前":
        return None  # 前10名: a rank
    if unit.surface in P.VOLUME_UNITS and _YEAR_LIKE.fullmatch(raw):
        return None  # 2022卷: a yearbook's volume
    if unit.surface == "成" and not (0 < number.value <= 10 and value_high is None):
        return None
    if value_high is not None and value_high <= _scaled(number, unit)[0]:
        return None  # 2024-12: not a range
    value, decimals = _scaled(number, unit)
    qual = lex.qualifiers.get(("inside", unit_match.group("qi"))) if unit_match.group("qi") else inside_qual
    return _finish(text, lex, ns, ns, raw_end, raw, unit.kind, value, value_high, unit.unit, decimals, qual, pos)


def _bare(text: str, m: regex.Match[str], lex: Lexicon) -> Figure | None:
    """A bare magnitude after a crossing word (突破万亿元, 超百万人, 迈上万亿元台阶): one of it, at least, with its unit
    right after it (过千亿, 万亿级 have none: no figure, as 突破1.2万亿 is none), never a duration or a multiple
    (``bare_unit_excluded``), nor a specification (万吨级)."""
    ns, ne = m.span()
    um = P.unit_re(lex).match(text, ne)
    if um is None or um.group("qi"):
        return None
    unit = lex.units[um.group("unit")]
    if unit.surface in P.threshold_words().get("bare_unit_excluded", ()) or text.startswith(P.SPEC_AFTER, um.end()):
        return None
    raw = m.group("bare")
    value, decimals = _scaled(parse_number("一" + raw), unit)
    return _finish(
        text, lex, ns, ns, ne, raw, unit.kind, value, None, unit.unit, decimals, Qualifier.AT_LEAST, um.end()
    )


def _after_space(
    text: str, pos: int, raw: str, number: Number, mult: str | None, lex: Lexicon
) -> tuple[regex.Match[str] | None, Number]:
    """The unit after the one space at ``pos - 1`` (749 件), or a multiplier and unit (39.8 万亿元)."""
    um = P.unit_re(lex).match(text, pos)
    if um is not None or mult:
        return um, number
    mm = P.multiplier_re(lex).match(text, pos)
    if mm is not None:
        um = P.unit_re(lex).match(text, mm.end())
        if um is not None:
            # the multiplier stands apart from the numeral: raw stays the digits, the value has it
            return um, parse_number(raw + mm.group("mult"))
    return None, number


def _age_group(text: str, pos: int, lex: Lexicon) -> bool:
    """Is the 岁 at ``pos`` an age group (3岁以下婴幼儿), not an age (82.4岁提升至83.9岁)?"""
    m = _AGE_GROUP.match(text[pos : pos + 6])
    if m is None:
        return False
    rest = text[pos + m.end() : pos + m.end() + 4]
    return not any(rest.startswith(w) for w in _age_followers(lex))


@functools.lru_cache(maxsize=4)
def _age_followers(lex: Lexicon) -> tuple[str, ...]:
    """Words after an age that make it a figure: qualifiers (左右) and change or link words (提升至)."""
    after = lex.qualifier_words("after")
    changes = [w for r in ("link", "growth", "decline") for w in lex.subject_words.get(r, ()) if len(w) >= 2]
    return tuple(after) + tuple(sorted(changes, key=len, reverse=True))


def _slogan_after(text: str, pos: int, unit: Unit) -> bool:
    return unit.surface == "个" and text.startswith(P.SLOGAN_AFTER_GE, pos)


def _finish(
    text: str,
    lex: Lexicon,
    start: int,
    ns: int,
    ne: int,
    raw: str,
    kind: MetricKind,
    value: float,
    value_high: float | None,
    unit: str,
    decimals: int,
    qual: Qualifier | None,
    end: int | None = None,
) -> Figure:
    """Attach the qualifiers around the figure [start, end) whose numeral is [ns, ne)."""
    end = ne if end is None else end
    am = P.after_qualifier_re(lex).match(text, end)
    if am is not None:
        qual = lex.qualifiers[("after", am.group("qa"))]
        end = am.end()
    bm = P.before_qualifier_re(lex).search(text, max(0, start - 4), start)
    if bm is not None:
        qual = qual or lex.qualifiers[("before", bm.group("qb"))]
        start = bm.start()
    return Figure(
        start=start,
        end=end,
        number_start=ns,
        number_end=ne,
        raw_number=raw,
        kind=kind,
        value=value,
        value_high=value_high,
        unit=unit,
        decimals=decimals,
        qualifier=qual,
    )
