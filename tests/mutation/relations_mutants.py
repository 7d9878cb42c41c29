"""Mutants made from the hand-checked relations (dev and held-out sets), not from the checker's patterns.

Each relation that holds is broken once, the way a careful reader would call wrong, in the text it is stated
in (the excerpt, or the whole file of ``../shared/real``):

* ``ratio``: the count (a part) raised 15% (at least one unit; further, up to 30%, when its rate would still round
  or truncate to the stated one, and not at all when even that does not break it), or the stated rate moved by max(3, 15%) points
  -> ``ratio_mismatch``;
* ``sum``, ``table_row_sum``, ``table_col_sum``: the stated total +1 or +10%, or a part +10% -> ``sum_mismatch``;
  ``table_identity``: the carried-forward figure +1 -> ``sum_mismatch``;
* ``part_whole``: a part made 20% larger than its whole -> ``part_exceeds_whole`` (none when a part equals the whole:
  the largest figure is the whole, and of two equal ones either may be);
* ``growth`` and ``average_growth``: the stated rate moved by max(3, 20%) points -> ``growth_mismatch``;
* ``share_sum``: one share raised until the shares of one whole add to about 112% -> ``share_sum``;
* ``enumeration``: the stated count one more than the items listed -> ``enumeration_count_mismatch``;
* ``same_value``: the restatement given another value -> ``conflicting_values``;
* for a sample of relations whose total or whole carries a label, the **restatement** operator: the
  labelled figure written again, with a value 10% higher, at the end of a later paragraph of the same text
  -> ``conflicting_values``;
* for every whole that two or more ratio relations share (the 通州 passage's 1113 cases, the 方城 table's 151),
  the **share pair** operator: one stated share raised so that two shares of that whole add to 113%
  -> ``share_sum``.

Figures whose value is qualified (多, 超, 余, 近, 约, 左右, 以上, 以内) are not mutated: a bound moved by 10% may
still be consistent.  The generator is seeded, so the same data give the same mutants.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass

from benchmarks.relations_data import Relation, Texts

SEED = 20261201

RULE = {
    "ratio": "ratio_mismatch",
    "sum": "sum_mismatch",
    "table_row_sum": "sum_mismatch",
    "table_col_sum": "sum_mismatch",
    "table_identity": "sum_mismatch",
    "part_whole": "part_exceeds_whole",
    "growth": "growth_mismatch",
    "average_growth": "growth_mismatch",
    "share_sum": "share_sum",
    "enumeration": "enumeration_count_mismatch",
    "same_value": "conflicting_values",
    "restatement": "conflicting_values",
    "share_pair": "share_sum",
}

_FW = {chr(0xFF10 + i): str(i) for i in range(10)}
_TO_FW = {v: k for k, v in _FW.items()}
# a number as written: ASCII or full-width digits, thousands separators, a decimal point
NUMBER = re.compile(r"[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?")
_QUALIFIED = re.compile(r"多|超|余|近|约|左右|以上|以内|不足|逾")
_CN = "零一二三四五六七八九十"
# the stated count of an enumeration: a numeral before a classifier
_COUNT = re.compile(r"(?P<n>[一二三四五六七八九十两]|\d+)(?=大|个|项|类|部分|种|级|份|方面|条|张|件|维度|领域|方向)")
_MULT = {"万亿": 1e12, "亿": 1e8, "万": 1e4}

# the count an enumeration's arithmetic states: "6 items listed, stated 6", "5 items named (五类), 5 listed"
_STATED = re.compile(r"stated (?P<a>\d+)|^(?P<b>\d+) [a-z]+ named")


def _stated_count(arithmetic: str) -> int | None:
    m = _STATED.search(arithmetic)
    return None if m is None else int(m["a"] or m["b"])


def _numeral_value(n: str) -> int | None:
    if n.isdigit():
        return int(n)
    return 2 if n == "两" else (_CN.index(n) if n in _CN else None)


@dataclass(frozen=True)
class RelMutant:
    relation: str  # the relation id, e.g. "dev:46"
    kind: str  # the relation kind, or "restatement"
    operator: str
    rule: str  # the rule that must raise it
    doc: tuple[str, str | None]
    text: str  # the mutated source text
    at: int  # the mutated figure in ``text``
    end: int


@dataclass(frozen=True)
class Num:
    """One number token of a quote: its offsets in the source text and its value (with 万/亿)."""

    start: int
    end: int
    raw: str
    value: float  # as written, without the magnitude
    scale: float  # 1, 1e4, 1e8, 1e12
    percent: bool

    @property
    def decimals(self) -> int:
        m = re.search(r"[.．]([0-9０-９]+)$", self.raw)
        return len(m.group(1)) if m else 0

    @property
    def full(self) -> float:
        return self.value * self.scale


def parse_number(raw: str) -> float:
    s = "".join(_FW.get(c, c) for c in raw).replace("，", "").replace(",", "").replace("．", ".")
    return float(s)


def format_like(raw: str, value: float) -> str:
    """``value`` written the way ``raw`` is: its decimals, separators and digit width."""
    m = re.search(r"[.．]([0-9０-９]+)$", raw)
    d = len(m.group(1)) if m else 0
    s = f"{value:.{d}f}"
    sep = "，" if "，" in raw else "," if "," in raw else ""
    if sep:
        whole, _, frac = s.partition(".")
        whole = f"{int(whole):,}".replace(",", sep)
        s = whole + ("." + frac if frac else "")
    if "．" in raw:
        s = s.replace(".", "．")
    if any(c in _FW for c in raw):
        s = "".join(_TO_FW.get(c, c) for c in s)
    return s


def numbers(text: str, start: int, end: int) -> list[Num]:
    """The numbers of ``text[start:end]``, years (19xx/20xx before 年 or 版) left out."""
    out = []
    for m in NUMBER.finditer(text, start, end):
        after = text[m.end() : m.end() + 2]
        value = parse_number(m.group())
        if after[:1] in "年版" and 1900 <= value <= 2100:
            continue
        scale = next((v for k, v in _MULT.items() if after.startswith(k)), 1.0)
        out.append(Num(m.start(), m.end(), m.group(), value, scale, after[:1] in "%％"))
    return out


_CELL = re.compile(r"\|[ \u3000]*([0-9０-９]+(?:[.．][0-9０-９]+)?)[ \u3000]*(?:件)?[ \u3000]*(?=\|)")


def cells(text: str, start: int, end: int) -> list[Num]:
    """The numeric cells of a flattened table row ``| label | 3 | 0 | 3 |`` (the label's own numbers left out)."""
    keep = {m.start(1) for m in _CELL.finditer(text, start, end)}
    return [n for n in numbers(text, start, end) if n.start in keep]


def _qualified(text: str, rel: Relation) -> bool:
    return any(_QUALIFIED.search(f.text) for f in rel.figures)


def _last(text: str, rel: Relation, k: int) -> Num | None:
    f = rel.figures[k]
    ns = numbers(text, *f.bounds()) if f.resolved else []
    return ns[-1] if ns else None


def _replace(text: str, n: Num, value: float) -> tuple[str, int, int] | None:
    new = format_like(n.raw, value)
    if parse_number(new) == n.value:
        return None
    return text[: n.start] + new + text[n.end :], n.start, n.start + len(new)


def _bump(n: Num, factor: float, rng_min_units: int = 1) -> float:
    unit = 10**-n.decimals
    new = round(n.value * factor, n.decimals)
    if abs(new - n.value) < rng_min_units * unit:
        new = n.value + rng_min_units * unit * (1 if factor >= 1 else -1)
    return new


def _beyond_rounding(part: Num, whole: Num, rate: Num, factor: float) -> float | None:
    """The count ``part`` moved by ``factor`` (further when needed, up to twice as far) until the rate it gives on
    ``whole`` neither rounds nor truncates to the stated ``rate``: a count moved 15% whose rate still rounds the
    same (48/1113 = 4.31% ≈ 4%) breaks nothing a reader could call wrong, and one that truncates to it
    (51/1113 = 4.58%, printed 4%) is a truncation, reported as info by design.  None when no such count is found."""
    unit = 10**-rate.decimals
    step = factor - 1.0
    for k in (1.0, 1.5, 2.0):
        value = _bump(part, 1.0 + step * k)
        if value <= 0 or value * part.scale > whole.full:
            return None
        got = 100.0 * value * part.scale / whole.full
        if not rate.value - unit / 2 <= got < rate.value + unit:
            return value
    return None


def _rate_shift(n: Num, points: float, share: float, cap: float = 100.0) -> float:
    delta = max(points, share * n.value)
    return n.value + delta if n.value + delta <= cap or not n.percent else n.value - delta


def _mutate(rel: Relation, text: str, rng: random.Random) -> Iterator[tuple[str, str, int, int]]:
    """(operator, mutated text, at, end) for one relation, or nothing when it cannot be broken cleanly."""
    kind = rel.kind
    if not all(f.resolved for f in rel.figures) or _qualified(text, rel):
        return
    lasts = [_last(text, rel, k) for k in range(len(rel.figures))]
    if kind == "ratio":
        roles = _ratio_roles(rel, text)
        if roles is None:
            return
        whole, rate = roles
        parts = [n for n in lasts if n is not None and not n.percent and n is not whole]
        if rng.random() < 0.5:
            part = parts[0]
            factor = 0.85 if part.full * 1.15 > whole.full else 1.15  # 30/30 = 100%: lower the count instead
            value = _beyond_rounding(part, whole, rate, factor)
            done = _replace(text, part, value) if value is not None else None
            if done:
                yield f"ratio.count×{factor}", *done
        else:
            done = _replace(text, rate, round(_rate_shift(rate, 3, 0.15), rate.decimals))
            if done:
                yield "ratio.rate±max(3,15%)", *done
    elif kind in ("sum", "table_row_sum", "table_col_sum"):
        if kind == "table_row_sum" or len(rel.figures) == 1:
            f = rel.figures[-1]
            row = cells(text, *f.bounds())
            if len(row) < 2:
                return
            total, part = row[-1], row[0]
        else:
            vals = [n for n in lasts if n is not None]
            if len(vals) < len(lasts) or len(vals) < 2:
                return
            total = max(vals, key=lambda n: n.full)  # the stated total is the largest figure
            part = next(n for n in vals if n is not total)
        if kind == "table_col_sum":  # its parts sit in other rows: break the total only
            part = total
        pick = rng.random()
        if pick < 0.4 and total.decimals == 0:
            done, op = _replace(text, total, total.value + 1), "sum.total+1"
        elif pick < 0.75:
            done, op = _replace(text, total, _bump(total, 1.10)), "sum.total+10%"
        else:
            done, op = _replace(text, part, _bump(part, 1.10)), "sum.part+10%"
        if done:
            yield op, *done
    elif kind == "table_identity":
        n = lasts[-1]
        if n is not None:
            done = _replace(text, n, n.value + 1)
            if done:
                yield "identity.carried+1", *done
    elif kind == "part_whole":
        ns = [n for n in lasts if n is not None]
        if len(ns) < 2 or any(n.percent for n in ns):
            return
        whole = max(ns, key=lambda n: n.full)
        parts = [n for n in ns if n is not whole and n.value > 0]  # a carried-over 0 is no part
        if not parts or any(n.full == whole.full for n in parts):
            return  # (a part as large as its whole, 收到21条，办结21条: which figure is the whole the spans do not say)
        part = max(parts, key=lambda n: n.full)
        target = whole.full * 1.2 / part.scale
        done = _replace(text, part, round(target, part.decimals) if part.decimals else float(int(target) + 1))
        if done:
            yield "part_whole.part>whole×1.2", *done
    elif kind in ("growth", "average_growth"):
        rates = [n for n in lasts if n is not None and n.percent]
        if not rates:
            return
        rate = rates[-1]
        done = _replace(text, rate, round(_rate_shift(rate, 3, 0.20, cap=1e9), rate.decimals))
        if done:
            yield f"{kind}.rate±max(3,20%)", *done
    elif kind == "share_sum":
        if len(rel.figures) == 1:
            f = rel.figures[0]
            shares = numbers(text, *f.bounds())
        else:
            shares = [n for n in lasts if n is not None]
        if len(shares) < 2:
            return
        top = max(shares, key=lambda n: n.value)
        added = sum(n.value for n in shares)
        if added > 100.5:  # shares of different wholes: adding them is no relation to break
            return
        done = _replace(text, top, round(top.value + (112 - added), top.decimals))
        if done:
            yield "share_sum.one share→total 112", *done
    elif kind == "enumeration":
        f = rel.figures[0]
        a, b = f.bounds()
        ms = list(_COUNT.finditer(text, a, b))
        stated = _stated_count(rel.arithmetic)
        if stated is not None:
            # the stated count, not an item's own figure (复议意见书2件): the numeral of that value nearest an end of
            # the span (the count opens it, 五类…, or closes it, …三大); none of that value: no mutant
            ms = sorted((m for m in ms if _numeral_value(m.group("n")) == stated), key=lambda m: min(m.start() - a, b - m.end()))
        if not ms:
            return
        m = ms[-1] if stated is None else ms[0]
        count = m.group("n")
        if count.isdigit():
            new = str(int(count) + 1)
        else:
            v = 2 if count == "两" else _CN.index(count)
            if v >= 10:
                return
            new = _CN[v + 1]
        yield "enumeration.count+1", text[: m.start()] + new + text[m.end() :], m.start(), m.start() + len(new)
    elif kind == "same_value":
        n = lasts[-1]
        if n is not None:
            done = _replace(text, n, _bump(n, 1.10))
            if done:
                yield "same_value.restated×1.1", *done


_LABEL = re.compile(r"[\u4e00-\u9fff]{4,}")  # a label a reader can match: 收到行政复议申请, not 增加值


def _restatement(rel: Relation, text: str) -> tuple[str, str, int, int] | None:
    """The relation's labelled total (its largest count) written again, 10% higher, in a later paragraph."""
    if rel.kind not in ("ratio", "sum", "part_whole") or _qualified(text, rel):
        return None
    cands = []
    for k, f in enumerate(rel.figures):
        if not f.resolved or "|" in f.text:
            continue
        n = _last(text, rel, k)
        if n is None or n.percent:
            continue
        start, end = f.bounds()
        label = text[start : n.start]
        if not _LABEL.search(label) or "其中" in label:
            continue
        cands.append((n.full, start, end, n))
    if not cands:
        return None
    _, start, end, n = max(cands, key=lambda c: c[0])
    new = format_like(n.raw, _bump(n, 1.10))
    sentence = text[start : n.start] + new + text[n.end : end]
    sentence = sentence.rstrip("，,、；;：:中") + "。"
    # the end of the paragraph that starts at least 200 characters after the figure, else the end of the text
    cut = text.find("\n", end + 200)
    if cut < 0:
        cut = len(text)
        insert = "\n" + sentence
    else:
        insert = sentence
    mutated = text[:cut] + insert + text[cut:]
    at = cut + insert.index(new)
    return "restatement.label+10%", mutated, at, at + len(new)


def _ratio_roles(rel: Relation, text: str) -> tuple[Num, Num] | None:
    """(whole, stated rate) of a ratio relation, as the ``ratio`` operator reads them."""
    lasts = [_last(text, rel, k) for k in range(len(rel.figures))]
    rates = [n for n in lasts if n is not None and n.percent]
    counts = [n for n in lasts if n is not None and not n.percent]
    if not rates or len(counts) < 2:
        return None
    return max(counts, key=lambda n: n.full), rates[-1]


def _share_pairs(texts: Texts, relations: list[Relation], rng: random.Random) -> list[RelMutant]:
    groups: dict[tuple[tuple[str, str | None], int], list[tuple[Relation, Num]]] = {}
    for rel in relations:
        text = texts.text(rel.doc)
        if rel.kind != "ratio" or rel.status != "holds" or text is None or _qualified(text, rel):
            continue
        if not all(f.resolved for f in rel.figures):
            continue
        roles = _ratio_roles(rel, text)
        if roles is None:
            continue
        whole, rate = roles
        line = text[text.rfind("\n", 0, rate.start) + 1 : rate.start]
        # shares (占, 比例, 比重) of one whole are disjoint parts; named rates (办结率, 按期办结率) may overlap.
        # The cue is the row label of a table row, else the words just before the rate.
        cue = line.split("|", 1)[0] if "|" in line else line[-12:]
        if re.search(r"占|比例|比重", cue):
            groups.setdefault((rel.doc, whole.start), []).append((rel, rate))
    out = []
    for (doc, _), members in sorted(groups.items(), key=lambda kv: (str(kv[0][0]), kv[0][1])):
        rates = {m[1].start: m for m in members}  # one entry per stated rate
        if len(rates) < 2:
            continue
        (ra, a), (rb, b) = rng.sample(sorted(rates.values(), key=lambda m: m[1].start), 2)
        if a.value > b.value:  # raise the smaller share: 113 minus the larger stays a percent
            (ra, a), (rb, b) = (rb, b), (ra, a)
        target = round(113 - b.value, a.decimals)
        if not a.value < target <= 100:
            continue
        text = texts.text(doc) or ""
        done = _replace(text, a, target)
        if done:
            mutated, at, end = done
            out.append(
                RelMutant(
                    ra.id,
                    "share_pair",
                    f"share_pair.{a.value:g}+{b.value:g}→113",
                    RULE["share_pair"],
                    doc,
                    mutated,
                    at,
                    end,
                )
            )
    return out


def relation_mutants(
    texts: Texts, relations: list[Relation], restate_share: float = 0.35, seed: int = SEED
) -> list[RelMutant]:
    """The mutants of every ``holds`` relation: one per relation, plus restatements for a sample."""
    rng = random.Random(seed)
    out: list[RelMutant] = []
    seen: set[tuple[tuple[str, str | None], str]] = set()
    for rel in relations:
        if rel.status != "holds":
            continue
        text = texts.text(rel.doc)
        if text is None:
            continue
        made = [(rel.kind, *m) for m in _mutate(rel, text, rng)]
        if rng.random() < restate_share:
            done = _restatement(rel, text)
            if done is not None:
                made.append(("restatement", *done))
        for kind, op, mutated, at, end in made:
            if (rel.doc, mutated) in seen:  # two relations sharing a figure give the same mutant once
                continue
            seen.add((rel.doc, mutated))
            out.append(RelMutant(rel.id, kind, op, RULE[kind], rel.doc, mutated, at, end))
    for m in _share_pairs(texts, relations, rng):
        if (m.doc, m.text) not in seen:
            seen.add((m.doc, m.text))
            out.append(m)
    return out
