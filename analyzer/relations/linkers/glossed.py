"""Linker ``glossed_count``: a glossary term's count written again in its definition (``same_value`` relations).

A report's glossary (名词解释, 注释) defines the terms its text names, one entry a line: a label, the term, a
colon, the definition (on the line, or the next).  A term that holds one count (稳增长“21”条, 六大科技专项) is
often counted again where the definition says what it holds (…提出…等4个方面21条措施; …等6个重大科技专项): the
two must agree.  The definition's count is the term's when it is the one count of the definition that names the
term's noun (科技专项 in 6个重大科技专项), or, for a term without a noun after its classifier (“21”条), the one
count of that classifier; and its clause states the whole (a word of ``glossed_whole``: 提出, 等, 包括 …; not 其中,
a part).  The text's own mentions of the term are not paired: a numeral is part of a programme's name (稳增长
“21条” and “18条” are two policies), so a mention with another number names another programme.
The words come from ``analyzer/data/relation_words.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ... import data
from ...intervals import Interval
from ...numbers import cn_int
from ...types import MetricKind, Report
from ..mentions import Mention
from ..model import Relation, RelationKind

LINKER = "glossed_count"
# a definition may word its count apart from the term's: a warning at most
CONFIDENCE = 0.6

_CN = "一二两三四五六七八九十百"
# a glossary entry: its label opening the line, the term, a colon (all on one line)
_ENTRY_BODY = r"[ \t\u3000]*(?:[［\[]\d{1,3}[］\]]|\d{1,3}[.．、])[ \t\u3000]*(?P<term>[^\n：:。，]{2,30})[：:]"
_ENTRY = re.compile(_ENTRY_BODY)
# ... on a line after the first: from its line break, a character re skips to (a line start it would try at every offset)
_ENTRY_AFTER_BREAK = re.compile("\n" + _ENTRY_BODY)
_CLS = "个|项|条|大|类|件|张|篇|批|种|部"
# the term's count: a numeral (quoted or not), its classifier, the noun after it up to a quote or the end
_TERM_COUNT = re.compile(
    rf"(?<![\d{_CN}第])“?(?P<n>\d{{1,3}}|[{_CN}]{{1,3}})”?(?P<cls>{_CLS})(?P<noun>[\u4e00-\u9fff]{{0,6}})"
)
# a count of the definition: a numeral, its classifier, the words after it
_DEF_COUNT = re.compile(
    rf"(?<![\d{_CN}第.])(?P<n>\d{{1,3}}|[{_CN}]{{1,3}})(?P<cls>{_CLS})(?P<rest>[\u4e00-\u9fff]{{0,8}})"
)
_CLAUSE_MARK = re.compile(r"[，,；;。：:]")
# the fewest characters of a term's noun a definition's count must name (two: 专项, 措施)
_NOUN_MIN = 2


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    w = data.grouped_words("relation_words.tsv")
    return (
        re.compile(data.alternation(w["glossed_whole"])),
        re.compile(data.alternation(w["glossed_part"])),
    )


def _count(text: str, start: int, end: int, n: int) -> Mention:
    return Mention(
        float(n), Interval(n, n), "个", MetricKind.COUNT, 0, None, start, end, start, end, str(n), text[start:end]
    )


def _definition(text: str, colon: int) -> tuple[int, int]:
    """The definition's span: the rest of the term's line, else the next line."""
    end = text.find("\n", colon)
    end = len(text) if end == -1 else end
    if text[colon + 1 : end].strip():
        return colon + 1, end
    nxt = text.find("\n", end + 1)
    return end + 1, len(text) if nxt == -1 else nxt


def _entries(text: str) -> Iterator[re.Match[str]]:
    """The glossary entries of ``text`` in order: the first line's, then those after a line break."""
    first = _ENTRY.match(text)
    if first is not None:
        yield first
    yield from _ENTRY_AFTER_BREAK.finditer(text)


def link_glossed_counts(report: Report) -> Iterator[Relation]:
    text = report.text
    whole, part = _words()
    for entry in _entries(text):
        terms = list(_TERM_COUNT.finditer(text, entry.start("term"), entry.end("term")))
        if len(terms) != 1:
            continue  # no count, or several (“三大高地”“五大战略”: the enumeration linker's)
        t = terms[0]
        n = cn_int(t["n"])
        if n is None or n < 2:
            continue
        noun = t["noun"]
        start, end = _definition(text, entry.end() - 1)
        found = []
        for d in _DEF_COUNT.finditer(text, start, end):
            if noun and len(noun) >= _NOUN_MIN:
                if noun not in d["rest"]:
                    continue
            elif noun or d["cls"] != t["cls"]:
                continue
            found.append(d)
        if len(found) != 1:
            continue  # none, or two that name it (the whole and a part): which restates it is unclear
        d = found[0]
        marks = [m.end() for m in _CLAUSE_MARK.finditer(text, start, d.start())]
        clause = text[marks[-1] if marks else start : d.start()]
        if whole.search(clause) is None or part.search(clause) is not None:
            continue
        k = cn_int(d["n"])
        if k is None:
            continue
        yield Relation(
            RelationKind.SAME_VALUE,
            (_count(text, t.start("n"), t.end("cls"), n), _count(text, d.start("n"), d.end("cls"), k)),
            None,
            LINKER,
            CONFIDENCE,
            name=text[entry.start("term") : entry.end("term")],
        )
