"""Mutants for the checker's recall: one injected slip per mutant, each labelled with the rule that must catch it.

Sites are found with small regexes over the base text (not from the checker's
own output); each operator breaks one relation in a way a careful reader would
call wrong.  Bases are the seed (read from ../shared/real at run time), the
fixtures of this folder and the text samples under corpora/samples.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Mutant:
    base: str
    rule: str
    operator: str
    text: str
    at: int  # offset of the change in the mutated text


def _sub(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def _fmt_like(raw: str, value: float) -> str:
    d = len(raw.split(".")[1]) if "." in raw else 0
    return f"{value:.{d}f}"


# a named rate with its percent: 纠错率58.6%
_RATE = re.compile(r"(?P<name>纠错率|办结率|调解和解率|审结率|答复率)(?:为|达到|达)?(?P<v>\d+(?:\.\d+)?)%")
# a percent of a bounded rate name
_BOUNDED = re.compile(
    r"(?P<name>合格率|通过率|满意度|满意率|答复率|备案率|审结率|办结率|纠错率|参保率)(?:为|达到|达|稳定在)?(?P<v>\d+(?:\.\d+)?)%"
)
# whole，其中 part (same unit 件/个/户)
_QIZHONG = re.compile(
    r"(?P<w>\d+(?:\.\d+)?)(?P<mult>万?)(?P<u>件|个|户)[，,、]其中[^，。；\d]{0,16}?(?P<p>\d+(?:\.\d+)?)(?P=mult)(?P=u)"
)
# a list after 其中 of two or more parts
_PARTS = re.compile(
    r"其中[^。；\d]{0,16}?(?P<p>\d+(?:\.\d+)?)(?P<mult>万?)(?P<u>件|户)[、，,][^。；\d]{1,12}?\d+(?:\.\d+)?(?P=mult)(?P=u)"
)
# 三次产业结构 a:b:c
_STRUCTURE = re.compile(r"(?<=[为到])\d+(?:\.\d+)?:(?P<b>\d+(?:\.\d+)?):\d+(?:\.\d+)?")
# points after a comparison
_PP = re.compile(
    r"(?:高于|低于)[^，。；\d]{0,10}?(?P<v>\d+(?:\.\d+)?)个百分点(?=[（(])|由\d+(?:\.\d+)?%提高到\d+(?:\.\d+)?%[，,]提高(?P<v2>\d+(?:\.\d+)?)个百分点"
)
# a growth percent after two amounts or a change
_GROWTH = re.compile(
    r"(?:(?:增加|提高)(?:到)?\d+(?:\.\d+)?(?:亿元|万元|万条|条|元|家|个|件)[，,]|的\d+(?:\.\d+)?(?:亿元|万元|元))(?:增长|增加)(?P<v>\d+(?:\.\d+)?)%"
)
# a stated count followed by a list
_LISTED = re.compile(r"(?P<n>\d+)件[，,]涉及(?P<items>[^。]+?)等")
# "三个方面：一是" / "三项措施"
_INTRO = re.compile(r"(?P<n>[两二三四五])(?:个方面|项措施)")
_CN = "一二三四五六七八九"
# a level-2 heading label at a line start
_H2 = re.compile(r"^[ \t\u3000]*（(?P<n>[二三四五])）(?=[^\n|]*$)", re.MULTILINE)
# a level-1 heading label at a line start
_H1 = re.compile(r"^[ \t\u3000]*(?P<n>[二三四])、(?=[^\n|]*$)", re.MULTILINE)
# the plans heading year
_PLAN = re.compile(r"^[ \t\u3000]*[四五]、(?P<y>20\d\d)年(?:度)?[^\n]{0,20}(?:安排|计划)", re.MULTILINE)
# the shortcomings part: from its heading to the next level-1 heading
_SHORT = re.compile(r"^[ \t\u3000]*三、存在[^\n]*\n(?:(?![ \t\u3000]*[四五]、)[^\n]*\n)*", re.MULTILINE)
# a flattened table row with 7 numbers (applicant table)
_ROW7 = re.compile(r"^\|[^\n|]*(?:本年新收|予以公开|部分公开)[^\n|]*\|(?: \d+ \|){6} (?P<t>\d+) \|$", re.MULTILINE)
# the review/litigation row of 15 numbers
_ROW15 = re.compile(r"^\|(?: \d+ \|){4} (?P<t>\d+) \|", re.MULTILINE)


def mutants(base: str, text: str) -> Iterator[Mutant]:
    for m in _RATE.finditer(text):
        # only rates whose numerator count is written in the sentence (审结率100% alone cannot be checked)
        s = max(text.rfind(c, 0, m.start()) for c in "。\n") + 1
        root = m.group("name")[:-1]
        if not re.search(root + r"[^，。；\d]{0,10}\d+件", text[s : m.start()]):
            continue
        v = float(m.group("v"))
        new = _fmt_like(m.group("v"), v - 4.3 if v > 50 else v + 4.3)
        yield Mutant(base, "ratio_mismatch", "rate±4.3", _sub(text, m.start("v"), m.end("v"), new), m.start("v"))
    for m in _BOUNDED.finditer(text):
        yield Mutant(base, "rate_out_of_range", "rate>100", _sub(text, m.start("v"), m.end("v"), "103.5"), m.start("v"))
    for m in _QIZHONG.finditer(text):
        new = _fmt_like(m.group("p"), float(m.group("w")) + 7)
        yield Mutant(base, "part_exceeds_whole", "part>whole", _sub(text, m.start("p"), m.end("p"), new), m.start("p"))
    for m in _PARTS.finditer(text):
        # raise one part so the parts add up to more than the whole, the part itself staying below it
        w = re.findall(
            r"(\d+(?:\.\d+)?)" + m.group("mult") + m.group("u") + r"[，,、]其中",
            text[max(0, m.start() - 40) : m.start() + 3],
        )
        if not w:
            continue
        slack = float(w[-1]) - float(m.group("p"))
        delta = max(1.0, round(slack / 2)) if slack > 1 else None
        if delta is None:
            continue
        new = _fmt_like(m.group("p"), float(m.group("p")) + delta)
        yield Mutant(base, "sum_mismatch", "part+δ", _sub(text, m.start("p"), m.end("p"), new), m.start("p"))
    for m in _ROW7.finditer(text):
        t = int(m.group("t"))
        yield Mutant(
            base, "sum_mismatch", "row total+1", _sub(text, m.start("t"), m.end("t"), str(t + 1)), m.start("t")
        )
    for m in _ROW15.finditer(text):
        t = int(m.group("t"))
        yield Mutant(
            base, "sum_mismatch", "review total+2", _sub(text, m.start("t"), m.end("t"), str(t + 2)), m.start("t")
        )
    for m in _STRUCTURE.finditer(text):
        new = _fmt_like(m.group("b"), float(m.group("b")) + 1.5)
        yield Mutant(base, "share_sum", "structure+1.5", _sub(text, m.start("b"), m.end("b"), new), m.start("b"))
    for m in _PP.finditer(text):
        g = "v" if m.group("v") else "v2"
        new = _fmt_like(m.group(g), float(m.group(g)) + 1.3)
        yield Mutant(base, "pp_difference_mismatch", "pp+1.3", _sub(text, m.start(g), m.end(g), new), m.start(g))
    for m in _GROWTH.finditer(text):
        new = _fmt_like(m.group("v"), float(m.group("v")) + 4)
        yield Mutant(base, "growth_mismatch", "growth+4", _sub(text, m.start("v"), m.end("v"), new), m.start("v"))
    for m in _LISTED.finditer(text):
        k = m.group("items").count("、") + 1
        yield Mutant(
            base,
            "enumeration_count_mismatch",
            "count<items",
            _sub(text, m.start("n"), m.end("n"), str(k - 1)),
            m.start("n"),
        )
    for m in _INTRO.finditer(text):
        n = _CN.index(m.group("n").replace("两", "二")) + 1
        yield Mutant(
            base, "enumeration_count_mismatch", "intro+1", _sub(text, m.start("n"), m.end("n"), _CN[n]), m.start("n")
        )
    for m in _H2.finditer(text):
        n = _CN.index(m.group("n")) + 1
        yield Mutant(base, "heading_sequence", "h2 skip", _sub(text, m.start("n"), m.end("n"), _CN[n]), m.start("n"))
    for m in _H1.finditer(text):
        n = _CN.index(m.group("n")) + 1
        yield Mutant(
            base, "heading_sequence", "h1 repeat", _sub(text, m.start("n"), m.end("n"), _CN[n - 2]), m.start("n")
        )
    for m in _PLAN.finditer(text):
        y = int(m.group("y"))
        yield Mutant(
            base, "year_inconsistency", "plan year-2", _sub(text, m.start("y"), m.end("y"), str(y - 2)), m.start("y")
        )
    for m in _SHORT.finditer(text):
        yield Mutant(
            base, "missing_required_section", "drop shortcomings", _sub(text, m.start(), m.end(), ""), m.start()
        )
    for m in re.finditer(r"收到政府信息公开申请(?P<v>\d+)件", text):
        if "本年新收" in text:
            new = str(int(m.group("v")) + 3)
            yield Mutant(
                base, "conflicting_values", "text vs table+3", _sub(text, m.start("v"), m.end("v"), new), m.start("v")
            )
    for m in re.finditer(r"(?P<name>群众满意率|评查合格率|群众满意度)(?P<v>\d+(?:\.\d+)?)%", text):
        # the same rate stated again later in the section with another value
        end = text.find("\n", m.end())
        end = len(text) if end == -1 else end
        v = float(m.group("v"))
        again = f"{m.group('name')}为{_fmt_like(m.group('v'), v - 6)}%。"
        yield Mutant(base, "conflicting_values", "restated-6", text[:end] + again + text[end:], end)
