"""``cross_document_mismatch``: documents checked together imply different values of one figure.

A province's "地区生产总值增长5.4%、高于全国0.4个百分点" implies a national
growth of 5.0% (±0.1 from the rounding of both figures).  The implied values
of one indicator and year must overlap across documents, and must contain the
national report's own figure when the national report of that year is in the set.

The check runs in two steps so that a corpus of any size costs the memory of
its facts, not of its reports: ``document_facts(report)`` keeps what one
report says of national figures (a few ``Fact``s; the batch computes them in
the worker and stores them in ``corpus_facts``), and ``compare_facts`` compares
the facts of all documents.  A figure of one indicator, region and year restated in another
document is compared with its first statement the same way (``checks.restated_across``).  ``check_corpus(reports)`` does both over reports
(a generator is fine); the evidence spans point into the text of the
document named at the start of the message.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from ..relations.linking import marked_sentences, sentence_bounds
from ..relations.mentions import Mention, mentions
from ..relations.rounding import Interval, fmt
from ..types import Finding, Genre, Report, Severity, Span

RULE = "cross_document_mismatch"

_P = r"⟨\d+⟩"
# the comparison words, each followed by 全国
_VERBS = "高于|低于|快于|慢于|超过|比全国高|比全国低"
# 名称增长⟨b⟩、高于全国⟨c⟩ (the name is read from before the figure)
_VS_NATIONAL = re.compile(
    rf"(?P<b>{_P})[，、,]?(?:增幅|增速)?(?P<verb>{_VERBS})(?P<mid>全国(?:平均水平|平均|水平)?)(?P<c>{_P})"
)
# what every match of _VS_NATIONAL holds in the plain text: a cheap test before the figures are linked
_VS_NATIONAL_WORDS = re.compile(rf"(?:{_VERBS})全国")
# the indicator words before a growth figure: 规上工业增加值增长
_NAME = re.compile(r"(?P<name>[\u4e00-\u9fa5]{2,14}?)(?:增长|增速|增幅|达到|为|是)?$")
# phrases with one meaning
_SYNONYMS = (
    ("规模以上工业", "规上工业"),
    ("规模工业", "规上工业"),
    ("国内生产总值", "地区生产总值"),
    ("社会消费品零售总额", "社零"),
    ("进出口总值", "进出口"),
    ("进出口总额", "进出口"),
    ("全省", ""),
    ("全市", ""),
    ("全区", ""),
    ("全国", ""),
)
# "全国居民" etc. in the national report's own figure
_STRIP = re.compile(r"^(?:其中|全年|今年|去年|上年|主要指标|经济|我省|我市|我区)+")


IMPLIED = "implied"  # a regional report's "增长X%、高于全国Y个百分点": the national figure it implies
STATED = "stated"  # the national report's own "增长X%"


@dataclass(frozen=True)
class Fact:
    """What one document says of a national figure (small: the corpus check keeps facts, never reports)."""

    role: str  # IMPLIED or STATED
    key: str  # normalised indicator words
    year: int | None
    value: Interval
    evidence: Span
    note: str


@dataclass(frozen=True)
class Placed:
    """A fact with the document it comes from: ``doc`` identifies it to the caller, ``source`` names it in messages."""

    fact: Fact
    source: str
    doc: object
    delivered: int | None = None  # the year the document was delivered (a later year's restatement may be revised)


def _norm(name: str) -> str:
    for a, b in _SYNONYMS:
        name = name.replace(a, b)
    name = _STRIP.sub("", name)
    if name.endswith("国内生产总值"):
        name = name.replace("国内生产总值", "地区生产总值")
    return name


def _clause_words(text: str, end: int) -> tuple[int, str]:
    i = end
    while i > 0 and text[i - 1] not in "，。；、,：\n（(":
        i -= 1
    return i, text[i:end]


def _name_before(text: str, m: Mention) -> str:
    i, words = _clause_words(text, m.start)
    words = re.sub(r"(?:增长|增速|增幅|达到|为|是)+$", "", words)
    if not words and i > 0 and text[i - 1] in "、，,":
        # "地区生产总值5.2万亿元、增长5.4%": the name is in the clause before, ahead of its figure
        _, prev = _clause_words(text, i - 1)
        words = re.split(r"[\d０-９]", prev, maxsplit=1)[0]
    n = _NAME.search(words)
    return _norm(n.group("name")) if n else ""


def _year(report: Report) -> int | None:
    return report.meta.year


def source_name(report: Report) -> str:
    """How a message names the report: its path, else its title, else its hash."""
    return report.source.path or report.meta.title or report.source.sha256[:12]


def implied_national(report: Report) -> list[Fact]:
    """What a regional report's "高于/低于全国X个百分点" says of the national figures."""
    text = report.text
    if not _VS_NATIONAL_WORDS.search(text):  # most reports: no need to build their mentions
        return []
    out: list[Fact] = []
    for mk in marked_sentences(report, 2):
        s = mk.start
        for m in _VS_NATIONAL.finditer(mk.text):
            b, c = mk.mention(m.group("b")), mk.mention(m.group("c"))
            assert b is not None and c is not None
            if b.unit != "%" or c.unit != "个百分点" or b.qualifier or c.qualifier:
                continue
            name = _name_before(text, b)
            if not name or "年均" in text[max(s, b.start - 12) : b.start]:
                continue
            sign = -1 if m.group("verb") in ("低于", "慢于", "比全国低") else 1
            iv = b.interval - c.interval.scale(sign) if sign > 0 else b.interval + c.interval
            note = f"{b.raw}% {'−' if sign > 0 else '+'} {c.raw} = {fmt(b.value - sign * c.value, 2)}%"
            out.append(Fact(IMPLIED, name, _year(report), iv, Span(b.start, c.end, text[b.start : c.end]), note))
    return out


def national_figures(report: Report) -> list[Fact]:
    """The national report's own growth figures (增长X%), by indicator words."""
    text = report.text
    out: list[Fact] = []
    for m in mentions(report):
        if m.unit != "%" or m.qualifier:
            continue
        before = text[max(0, m.start - 3) : m.start]
        if not before.endswith("增长"):
            continue
        s, _ = sentence_bounds(text, m.start)
        if re.search(r"预期|目标|左右|年均", text[s : m.end + 4]):
            continue
        name = _name_before(text, m)
        if name:
            out.append(Fact(STATED, name, _year(report), m.interval, Span(m.start, m.end, m.text), f"{m.raw}%"))
    return out


def _is_national(report: Report) -> bool:
    region = report.meta.region or ""
    return report.meta.genre is Genre.GOV_WORK_REPORT and (
        region in ("全国", "中国", "中华人民共和国")
        or "国务院" in (report.meta.issuer or "")
        or "国务院" in (report.meta.title or "")
    )


def document_facts(report: Report) -> list[Fact]:
    """Everything the corpus check needs from one report: the national report's figures, or what a region implies;
    for a 政府信息公开 report, the carried-over requests of its table 3 (``tables.cross_year``)."""
    from ..tables.cross_year import carry_facts
    from .restated_across import restated_facts

    facts = national_figures(report) if _is_national(report) else implied_national(report)
    return facts + carry_facts(report) + restated_facts(report)


def compare_facts(placed: Iterable[Placed]) -> list[tuple[object, Finding]]:
    """The findings over every document's facts, each with the ``doc`` its evidence points into.

    Implied values of one indicator and year must overlap (each is compared with the first by
    source name), and must contain the national report's own figure.  Memory is that of the facts
    (a few per document), whatever the number of documents.
    """
    from ..tables.cross_year import ROLES as CARRY_ROLES
    from ..tables.cross_year import compare_carry
    from .restated_across import ROLES as RESTATED_ROLES
    from .restated_across import compare_restated

    implied: dict[tuple[str, int | None], list[Placed]] = defaultdict(list)
    stated: dict[tuple[str, int | None], list[Placed]] = defaultdict(list)
    carry: list[Placed] = []
    restated: list[Placed] = []
    for p in placed:
        if p.fact.role in CARRY_ROLES:
            carry.append(p)
            continue
        if p.fact.role in RESTATED_ROLES:
            restated.append(p)
            continue
        (stated if p.fact.role == STATED else implied)[(p.fact.key, p.fact.year)].append(p)
    out: list[tuple[object, Finding]] = []
    for key, items in sorted(implied.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0)):
        items = sorted(items, key=lambda x: (x.source, x.fact.evidence.start))
        base = items[0]
        for other in items[1:]:
            if other.source == base.source or base.fact.value.overlaps(other.fact.value):
                continue
            msg = f"{other.source}: 全国{key[0]} 推得 {other.fact.note}，而 {base.source} 推得 {base.fact.note}"
            out.append((other.doc, _finding(msg, other.fact, base.fact.note)))
        for nat in stated.get(key, []):
            for it in items:
                if not it.fact.value.overlaps(nat.fact.value):
                    msg = f"{it.source}: 全国{key[0]} 推得 {it.fact.note}，而全国报告 {nat.source} 为 {nat.fact.note}"
                    out.append((it.doc, _finding(msg, it.fact, nat.fact.note)))
    return out + compare_carry(carry) + compare_restated(restated)


def _finding(message: str, fact: Fact, expected: str) -> Finding:
    return Finding(RULE, Severity.WARNING, message, (fact.evidence,), expected=expected, reported=fact.note)


def _placed(reports: Iterable[Report]) -> Iterator[Placed]:
    """The facts of each report in turn (a report is released once its facts are out)."""
    for i, r in enumerate(reports):
        name = source_name(r)
        for f in document_facts(r):
            yield Placed(f, name, i, r.meta.year)


def check_corpus(reports: Iterable[Report]) -> list[Finding]:
    """Cross-document findings for reports checked together (evidence points into the report named first in the message).

    ``reports`` may be a generator: each report is read once, its facts kept, the report let go.
    """
    return [f for _, f in compare_facts(_placed(reports))]


def with_corpus_findings(reports: Sequence[Report]) -> list[Report]:
    """``reports`` with each cross-document finding appended to the report its evidence points into."""
    extra: dict[object, list[Finding]] = defaultdict(list)
    for i, f in compare_facts(_placed(reports)):
        extra[i[0] if isinstance(i, list) else i].append(f)  # a finding of two documents: the first one's
    return [
        dataclasses.replace(r, findings=r.findings + tuple(extra[i])) if extra.get(i) else r
        for i, r in enumerate(reports)
    ]
