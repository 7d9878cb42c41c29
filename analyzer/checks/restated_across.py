"""``cross_document_mismatch`` for restated figures: one indicator, region and year stated in two documents.

A yearly figure is often stated again in a later document: the five-year
review of a 政府工作报告 ("2020年的3.68万亿元"), the base of a comparison, a
national figure quoted by a province ("全国粮食产量1.4万亿斤").  When two
documents state the same canonical indicator of the same region and year with
values whose rounding intervals (``Metric.interval``) do not overlap, the
figure was restated differently.

What makes two figures comparable, each part of the fact's key:

- the indicator: a canonical id of the taxonomy, basis ``actual`` only (a
  target is never compared with a result, a period average never with a year);
- the region: the document's region for its own figures; a figure whose
  clause or subject starts with 全国/国内 belongs to 全国 (only when the text
  says so: a province's clause naming 全国 elsewhere is left out);
- the unit, after the corpus's exact conversions (``data/comparable_units.tsv``:
  斤 as 吨); other units are never compared;
- the prices of a growth: 名义 (nominal) and 可比价/实际 (real) are told apart;
  an unmarked growth is real for an indicator priced at comparable prices
  (``Indicator.comparable_prices``), else its own class, compared only with
  unmarked growths.

The year is trusted in two cases only: a year written in the figure's sentence
with no other number between it and the figure (``sure``: "2023年粮食产量1.39万亿斤",
"比2024年的743.6亿斤"; never the Y of "从2020年的X提高到Y", nor the growth of
"比2024年增长5%", a change against that year), which is then the fact's year
(the extractor's ``Metric.year`` reads 比2024年 as a comparison and may give the
document's year: it must be that or the written one); or ``Metric.year`` equal to
the document's own year without a year in the clause (``loose``).
Everything else is left out (precision first).  A level followed by its change
on the year before ("粮食产量752.3亿斤，比上年增加3.7亿斤") also gives the previous
year's value (752.3 − 3.7, its interval from both roundings; ``loose``), unless the
sentence is a budget or plan (安排, 拟, 预算) or on another basis (口径).

The check is two steps like the rest of the module: ``restated_facts(report)``
gives a few ``Fact``s per document (stored by the batch in ``corpus_facts``),
``compare_restated`` compares them.  A document whose own figures of one key and
year disagree among themselves says nothing of it (which one would it restate?).
Severity by the project's policy: an error only when both figures' year links
are sure, they miss by at least ``Settings.error_margin`` units of the
coarser figure's last digit and both documents were delivered in the same year;
otherwise a warning (a document of a later year may state the figure as revised
since the first statement: preliminary figures are revised, GDP after each
economic census; the message says so).
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .. import data
from ..relations.rounding import Interval
from ..types import Basis, Finding, Metric, Report, Severity, Span

if TYPE_CHECKING:
    from .cross_document import Fact, Placed

RULE = "cross_document_mismatch"
SURE = "restated"  # the year is written in the figure's clause, right before it
LOOSE = "restated_loose"  # the document's own year, no year in the clause
ROLES = frozenset((SURE, LOOSE))
KEY_SEP = "|"

_CLAUSE_END = "，。；;,：:\n（("
_SENTENCE_END = "。；;！？!?\n"
# a year written before the figure (2023年, 二〇二三年 are read by the extractor; digits suffice here)
_YEAR = re.compile(r"((?:19|20)\d{2})年")
_NUMBER = re.compile(r"[0-9０-９]")
# clause words that make a figure no single year's value
_NOT_A_YEAR = re.compile(r"年均|平均|累计|合计|总计|期间|以来|五年|十年|连续|预期|目标|力争|分别|前[一二两三四五]年")
# 比2024年增长5%: a change against the year, not its value (比2024年的748.6亿斤 is the value)
_AGAINST = re.compile(r"(?:比|较|相比|与|同)$")
# a level, then its change on the year before: 粮食产量752.3亿斤，比上年增加3.7亿斤 (the base: 748.6亿斤)
_BASE_CUE = re.compile(r"[，,]?(?:比上年|较上年|比去年|较去年)(?P<verb>增加|减少|增产|减产|多|少)")
# a budget or plan of the year against the last one's, or a base on another basis (同口径), is no restatement
_NOT_A_BASE = re.compile(r"安排|拟|预算|计划|口径|剔除|扣除")
_NATIONAL_LEAD = re.compile(r"^(?:其中|同期|当年|全年|去年|上年|)*(?:全国|国内)")
_NOMINAL = re.compile(r"名义|现价")
_REAL = re.compile(r"可比价|不变价|实际增长|实际")
_NATIONAL_REGIONS = frozenset(("全国", "中国", "中华人民共和国"))
# 全国 opening the name of a designation (全国重点实验室, 全国文明城市): the region's own count, not the nation's
_DESIGNATION = re.compile(
    rf"(?:全国|国内)(?={data.alternation(data.grouped_words('check_words.tsv')['national_designation'])})"
)


def _start_of(text: str, pos: int, marks: str, limit: int = 200) -> int:
    i = pos
    lo = max(0, pos - limit)
    while i > lo and text[i - 1] not in marks:
        i -= 1
    return i


def _prices(clause: str, comparable: bool) -> str:
    if _NOMINAL.search(clause):
        return "nominal"
    if _REAL.search(clause):
        return "real"
    return "real" if comparable else "unmarked"


def fact_key(indicator: str, region: str, unit: str, prices: str) -> str:
    return KEY_SEP.join((indicator, region, unit, prices))


def _split_key(key: str) -> tuple[str, str, str, str]:
    a, b, c, d = key.split(KEY_SEP)
    return a, b, c, d


def restated_facts(report: Report) -> list[Fact]:
    """The yearly figures of canonical indicators ``report`` states, as corpus facts (see the module)."""
    from ..corpus.schema import unit_conversions
    from ..indicators import load_taxonomy
    from .cross_document import Fact

    meta = report.meta
    if meta.year is None:
        return []
    text = report.text
    national_doc = (meta.region or "") in _NATIONAL_REGIONS
    taxonomy = load_taxonomy()
    factors = {a: (b, f) for a, b, f in unit_conversions()}
    out: list[Fact] = []
    ordered = sorted(report.metrics, key=lambda x: x.start)
    following = dict((a.id, b) for a, b in itertools.pairwise(ordered))
    for m in report.metrics:
        if m.indicator is None or m.basis is not Basis.ACTUAL or m.year is None:
            continue
        if m.year > meta.year:  # a year after the one the document reviews: a plan, whatever the basis says
            continue
        c0 = _start_of(text, m.start, _CLAUSE_END)
        s0 = _start_of(text, m.start, _SENTENCE_END)
        num = m.number_start if m.number_start >= 0 else m.start
        clause = text[c0:num]
        if _NOT_A_YEAR.search(text[s0:num]):
            continue
        # the year link
        years = list(_YEAR.finditer(text, s0, num))
        y = years[-1] if years else None
        against = y is not None and bool(_AGAINST.search(text, s0, y.start())) and not text.startswith("的", y.end())
        if against:
            continue
        if y is not None and not _NUMBER.search(text, y.end(), num):
            # the year written right before the figure is its year ("比2024年的743.6亿斤": 2024, though the
            # extractor, which reads 比 as a comparison, may give the document's year)
            role, year = SURE, int(y.group(1))
            if year > meta.year or (m.year is not None and m.year not in (year, meta.year)):
                continue
        elif m.year == meta.year and not any(c0 <= w.start() for w in years):
            role, year = LOOSE, m.year
        else:
            continue
        # the region link
        subject = _DESIGNATION.sub("", m.subject or "")
        lead = _DESIGNATION.sub("", text[c0:num])
        if national_doc or _NATIONAL_LEAD.match(lead) or _NATIONAL_LEAD.match(subject):
            region = "全国"
        elif "全国" in lead or "国内" in lead or not meta.region:
            continue  # 全国 named elsewhere in the clause: whose figure is it?
        else:
            region = meta.region
        # the unit, in the corpus's comparable unit
        unit, factor = factors.get(m.unit, (m.unit, 1.0))
        iv = m.interval
        iv = Interval(iv.low * factor, iv.high * factor)
        ind = taxonomy.get(m.indicator)
        prices = _prices(clause, bool(ind and ind.comparable_prices)) if m.unit == "%" else ""
        written = text[num : m.end] if m.number_start >= 0 else m.text
        note = f"{year}年{ind.label if ind else m.indicator} {written}"
        key = fact_key(m.indicator, region, unit, prices)
        out.append(Fact(role, key, year, iv, Span(m.start, m.end, m.text), note))
        if m.unit != "%" and m.qualifier is None:
            base = _base_of(
                text, m, following.get(m.id), s0, factor, f"{year - 1}年{ind.label if ind else m.indicator}"
            )
            if base is not None:
                out.append(Fact(LOOSE, key, year - 1, *base))
    return out


def _base_of(text: str, m: Metric, b: Metric | None, s0: int, factor: float, label: str):  # type: ignore[no-untyped-def]
    """The previous year's value a level and its "比上年增加 Y" imply (interval, evidence, note), or None."""
    if b is None or b.unit != m.unit or b.qualifier is not None or b.number_start < 0:
        return None
    cue = _BASE_CUE.fullmatch(text, m.end, b.number_start)
    if cue is None or _NOT_A_BASE.search(text, s0, b.end):
        return None
    sign = -1 if cue.group("verb") in ("减少", "减产", "少") else 1
    iv = m.interval - b.interval if sign > 0 else m.interval + b.interval
    iv = Interval(iv.low * factor, iv.high * factor)
    a_written = text[m.number_start : m.end] if m.number_start >= 0 else m.text
    note = f"{label} {a_written} {'−' if sign > 0 else '+'} {text[b.number_start : b.end]}"
    return iv, Span(m.start, b.end, text[m.start : b.end]), note


def _common(facts: list[Placed]) -> Interval | None:
    """The values all of one document's facts allow (None: they disagree among themselves)."""
    low = max(p.fact.value.low for p in facts)
    high = min(p.fact.value.high for p in facts)
    return Interval(low, high) if low <= high + 1e-9 else None


def _gap(a: Interval, b: Interval) -> float:
    return max(a.low - b.high, b.low - a.high, 0.0)


def _width(iv: Interval) -> float:
    w = iv.high - iv.low
    return w if w != float("inf") else 0.0


def compare_restated(placed: Iterable[Placed]) -> list[tuple[object, Finding]]:
    """Findings where two documents state one indicator, region and year with values beyond rounding."""
    from ..settings import Settings

    margin = Settings().error_margin
    groups: dict[tuple[str, int], dict[str, list[Placed]]] = defaultdict(lambda: defaultdict(list))
    docs: dict[str, object] = {}
    for p in placed:
        if p.fact.year is None:
            continue
        name = str(p.doc)
        docs[name] = p.doc
        groups[(p.fact.key, p.fact.year)][name].append(p)
    out: list[tuple[object, Finding]] = []
    for (key, _year), by_doc in sorted(groups.items()):
        if len(by_doc) < 2:
            continue
        reps = []
        for facts in by_doc.values():
            common = _common(facts)
            if common is None:
                continue  # the document disagrees with itself: no restatement can be read from it
            best = next((p for p in facts if p.fact.role == SURE), facts[0])
            reps.append((best, common))
        reps.sort(key=lambda bc: (bc[0].source, bc[0].fact.evidence.start))
        for i, (first, iv_first) in enumerate(reps):
            for later, iv_later in reps[i + 1 :]:
                if iv_first.overlaps(iv_later):
                    continue
                out.append(([later.doc, first.doc], _finding(key, later, first, iv_later, iv_first, margin)))
    return out


def _revisable(a: Placed, b: Placed) -> bool:
    """The two documents were delivered in different years: the later one may state the figure as revised since
    (a preliminary 1161亿元 of one year's report restated as the census-revised 1288亿元 five years on), so the
    difference is a question for the reader, never an error.  Unknown years count as different."""
    return a.delivered is None or b.delivered is None or a.delivered != b.delivered


def _finding(key: str, later: Placed, first: Placed, a: Interval, b: Interval, margin: float) -> Finding:
    _, region, unit, _ = _split_key(key)
    unit_note = f"（按{unit}比较）" if unit and unit not in later.fact.note else ""
    msg = (
        f"{later.source}: {region}{later.fact.note}，而 {first.source} 为 {first.fact.note}{unit_note}"
        f"（同一指标、地区与年份，差异超出舍入误差）"
    )
    unit_of_digit = max(_width(a), _width(b))
    sure = later.fact.role == SURE and first.fact.role == SURE
    big = unit_of_digit == 0 or _gap(a, b) >= margin * unit_of_digit
    revisable = _revisable(later, first)
    if revisable:
        msg += "（两文件发布年份不同，后者可能采用修订数）"
    severity = Severity.ERROR if sure and big and not revisable else Severity.WARNING
    return Finding(
        RULE,
        severity,
        msg,
        (later.fact.evidence, first.fact.evidence),
        expected=first.fact.note,
        reported=later.fact.note,
    )
