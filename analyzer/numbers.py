"""Numerals as written in Chinese reports -> exact values with their reported precision.

Accepted forms (full-width characters are normalised inside, so callers may pass
text before or after NFKC):

- Arabic: ``29``, ``58.6``, ``27,203,319,000``, ``２７，２０３，３１９，０００``, ``３．６８``
- Arabic with Chinese multipliers: ``1.9万``, ``5.2亿``, ``6.66万亿``, ``3千万``
- Chinese: ``二十九``, ``两千六百``, ``一万二千三百``, ``十二点五``, ``一亿零一万``,
  ``两千六`` (colloquial 2600), ``二〇二四`` (digit by digit)

``Number.decimals`` is the precision of ``value``: the text states the value to
within ±0.5·10^-decimals.  It is negative when a multiplier scales the written
digits (``1.9万`` -> 19000, decimals -3; ``5.2亿`` -> decimals -7), so a checker
can always use ``0.5 * 10 ** -decimals`` in the units of ``value``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from .errors import NumeralError

# full-width digits and punctuation that occur inside numbers -> ASCII
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")
_WIDE = frozenset("０１２３４５６７８９．，％")

CN_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
# units inside a 万 group
CN_SMALL_UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000}
# group units
CN_BIG_UNITS: dict[str, int] = {"万": 10**4, "亿": 10**8}
# multipliers allowed after Arabic digits (product of the characters: 百亿 = 1e10)
ARABIC_MULTIPLIER_CHARS = "十百千万亿"


@dataclass(frozen=True)
class Number:
    value: float
    decimals: int
    exact: Decimal  # the value without float rounding

    @property
    def half_unit(self) -> float:
        """Half the last reported unit: the rounding tolerance of ``value``."""
        return 0.5 * 10.0 ** (-self.decimals)


def normalize_digits(s: str) -> str:
    """Full-width digits, point, comma and percent sign -> ASCII."""
    # (translated only when it holds one: ``str.translate`` costs a KeyError for each other character)
    return s if _WIDE.isdisjoint(s) else s.translate(_FULLWIDTH)


def _multiplier(chars: str) -> int:
    m = 1
    for ch in chars:
        if ch in CN_SMALL_UNITS:
            m *= CN_SMALL_UNITS[ch]
        elif ch in CN_BIG_UNITS:
            m *= CN_BIG_UNITS[ch]
        else:
            raise NumeralError(f"not a multiplier: {chars!r}")
    return m


def _exponent(m: int) -> int:
    return len(str(m)) - 1


# the spaces a yearbook puts between groups of three digits (321 146)
_THOUSANDS_SPACES = frozenset(" \u00a0\u2009\u202f")


def _parse_arabic(s: str) -> tuple[Decimal, int]:
    """``27,203,319,000`` / ``321 146`` / ``58.6`` -> (Decimal, decimals as written)."""
    if not s or s[0] == "," or s[-1] in ",.":
        raise NumeralError(f"not an Arabic number: {s!r}")
    intpart, _, frac = s.partition(".")
    if not _THOUSANDS_SPACES.isdisjoint(intpart):  # 321 146: groups separated by spaces, read as by commas
        intpart = "".join("," if c in _THOUSANDS_SPACES else c for c in intpart)
    if "," in intpart:
        groups = intpart.split(",")
        if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
            raise NumeralError(f"bad thousands separators: {s!r}")
        intpart = "".join(groups)
    if not intpart.isascii() or not intpart.isdigit() or (frac and not (frac.isascii() and frac.isdigit())):
        raise NumeralError(f"not an Arabic number: {s!r}")
    return Decimal(intpart + ("." + frac if frac else "")), len(frac)


def _parse_cn_section(s: str) -> int:
    """A group below 万: ``二千三百`` -> 2300, ``十二`` -> 12, ``两千六`` -> 2600."""
    total = 0
    digit: int | None = None
    last_unit = 0
    after_zero = False
    for ch in s:
        if ch in CN_DIGITS:
            d = CN_DIGITS[ch]
            if digit is not None and digit != 0 and d != 0:
                raise NumeralError(f"two digits without a unit: {s!r}")
            if d == 0:
                after_zero = True
            digit = d
        elif ch in CN_SMALL_UNITS:
            u = CN_SMALL_UNITS[ch]
            if last_unit and u >= last_unit:
                raise NumeralError(f"units out of order: {s!r}")
            if digit is None:
                if total or u != 10:
                    raise NumeralError(f"unit without a digit: {s!r}")
                digit = 1  # 十二 = 12
            total += digit * u
            last_unit, digit, after_zero = u, None, False
        else:
            raise NumeralError(f"not a Chinese numeral: {s!r}")
    if digit:
        # 两千六 = 2600 (colloquial), but 一千零六 = 1006
        total += digit * (last_unit // 10 if last_unit and not after_zero else 1)
    return total


def _parse_cn_integer(s: str) -> int:
    if not s:
        raise NumeralError("empty numeral")
    if len(s) >= 2 and all(ch in CN_DIGITS for ch in s):
        return int("".join(str(CN_DIGITS[ch]) for ch in s))  # 二〇二四, 八五
    total = 0
    rest = s
    for unit_char, unit in (("亿", 10**8), ("万", 10**4)):
        if unit_char in rest:
            head, _, rest = rest.partition(unit_char)
            if unit_char in rest:
                raise NumeralError(f"repeated {unit_char}: {s!r}")
            head_value = _parse_cn_integer(head) if head else 0
            if not head and not total:
                raise NumeralError(f"{unit_char} without a digit: {s!r}")
            total += (head_value or (0 if total else 1)) * unit
            # 一万二 = 12000: a lone trailing digit after a group unit
            if len(rest) == 1 and rest in CN_DIGITS and rest not in "零〇○":
                return total + CN_DIGITS[rest] * unit // 10
    if rest:
        total += _parse_cn_section(rest.lstrip("零〇○") if total else rest)
    return total


def _parse_chinese(s: str) -> tuple[Decimal, int]:
    """Chinese numeral, possibly with 点 decimals and a trailing 万/亿 (``十二点五万``)."""
    mult = 1
    body = s
    if "点" in s:
        intpart, _, after = s.partition("点")
        frac_digits = ""
        i = 0
        while i < len(after) and after[i] in CN_DIGITS:
            frac_digits += str(CN_DIGITS[after[i]])
            i += 1
        tail = after[i:]
        if not frac_digits or (tail and any(ch not in CN_BIG_UNITS for ch in tail)):
            raise NumeralError(f"bad decimal numeral: {s!r}")
        mult = _multiplier(tail) if tail else 1
        base = Decimal(_parse_cn_integer(intpart) if intpart else 0) + Decimal("0." + frac_digits)
        return base * mult, len(frac_digits) - _exponent(mult)
    value = _parse_cn_integer(body)
    decimals = 0
    if body.endswith("万亿"):
        decimals = -12
    elif body.endswith("亿"):
        decimals = -8
    elif body.endswith("万"):
        decimals = -4
    return Decimal(value), decimals


@functools.lru_cache(maxsize=4096)
def parse_number(raw: str) -> Number:
    """Parse one numeral (no unit, no qualifier) into its value and precision.

    Raises ``NumeralError`` (an ``AnalyzerError`` and ``ValueError``) when ``raw``
    is not a numeral.  Memoised: a report writes the same few hundred numerals again
    and again (1, 10, 2025 …), and a ``Number`` is immutable.
    """
    s = normalize_digits(raw.strip())
    if not s:
        raise NumeralError("empty numeral")
    if s[0].isascii() and s[0].isdigit():
        i = len(s)
        while i > 0 and s[i - 1] in ARABIC_MULTIPLIER_CHARS:
            i -= 1
        exact, decimals = _parse_arabic(s[:i])
        if i < len(s):
            mult = _multiplier(s[i:])
            exact, decimals = exact * mult, decimals - _exponent(mult)
    else:
        exact, decimals = _parse_chinese(s)
    return Number(value=float(exact), decimals=decimals, exact=exact)


def parse_fraction(numerator: str, denominator: str) -> Number:
    """``三分之一`` is ``parse_fraction("一", "三")``: value rounded to 4 decimals."""
    num = parse_number(numerator).exact
    den = parse_number(denominator).exact
    if den == 0:
        raise NumeralError("zero denominator")
    if den > 10**12 or num > 10**12:
        raise NumeralError("fraction with implausibly large terms")  # also keeps quantize within Decimal precision
    q = (num / den).quantize(Decimal("0.0001"))
    return Number(value=float(q), decimals=4, exact=num / den)


_CN_DIGIT_CHARS = "零一二三四五六七八九"


def _section_to_chinese(n: int) -> str:
    """0 < n < 10000 -> 二千三百零五 (no leading 零)."""
    out: list[str] = []
    zero = False
    for unit, char in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // unit % 10
        if d:
            if zero and out:
                out.append("零")
            out.append(_CN_DIGIT_CHARS[d] + char)
            zero = False
        else:
            zero = True
    return "".join(out)


def to_chinese(n: int) -> str:
    """A non-negative integer below 10^16 as a standard Chinese numeral (12300 -> 一万二千三百)."""
    if n < 0 or n >= 10**16:
        raise NumeralError(f"{n} is out of the range written as Chinese numerals here")
    s = _to_chinese(n) if n else "零"
    return s[1:] if s.startswith("一十") else s  # 十二, not 一十二


def _to_chinese(n: int) -> str:
    for unit, char in ((10**8, "亿"), (10**4, "万")):
        if n >= unit:
            high, low = divmod(n, unit)
            out = _to_chinese(high) + char
            if low:
                out += ("零" if low < unit // 10 else "") + _to_chinese(low)
            return out
    return _section_to_chinese(n)


@lru_cache(maxsize=4096)  # labels and counts repeat: 一 … 二十, 3, 12
def cn_int(label: str) -> int | None:
    """A whole number written as a label or a count, or None: the one reading of 一、/（十二）/三个/第105条.

    ``4``, ``４``, ``十二``, ``两``, ``一百零五``, ``二十``; None for anything that is not a whole
    number as labels and counts write it: ``十四五`` (a plan period), ``三四`` (three or four),
    ``二〇二四`` (a year read digit by digit), ``十二点五``, ``1.5``, ``四五``.  Built on
    ``parse_number``, so a count and a figure never read the same characters differently.
    """
    s = normalize_digits(label.strip())
    if not s:
        return None
    if s.isascii() and s.isdigit():
        return int(s)
    if len(s) >= 2 and all(ch in CN_DIGITS for ch in s):
        return None  # 三四 (three or four), 二〇二四 (a year), never a label or a count
    if any(ch not in CN_DIGITS and ch not in CN_SMALL_UNITS and ch not in CN_BIG_UNITS for ch in s):
        return None
    try:
        n = parse_number(s)
    except NumeralError:
        return None
    return int(n.exact) if n.exact == n.exact.to_integral_value() else None
