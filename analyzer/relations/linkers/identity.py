"""Linker ``prose_identity``: the disclosure table's identity written in prose.

The 政府信息公开 table 3 prints 第一项加第二项之和，等于第三项加第四项之和; reports
restate it in a sentence:

    全年共收到申请30件，上年度结转1件，共办结24件，结转到下一年度办理7件。

In the sentence of a 上年结转 figure, each count is given its role by the words
of its clause (before the figure, or right after it: 7件正在办理中): received
(收到, 新收, 合计), carried in, done (办结, 答复), carried out.  One figure of each
role makes a ``table_identity`` relation: received + carried in = done +
carried out.  The roles are read, not printed: a failure is a warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import data
from ...types import Report
from ..linking import CLAUSE_END, clause_start, sentence_bounds
from ..mentions import Mention, mentions, starting_in
from ..model import Relation, RelationKind

LINKER = "prose_identity"
LINKER_OPEN = "prose_identity_open"
CONFIDENCE = 0.6

_WORDS = data.grouped_words("relation_words.tsv")
_ROLES = {role: re.compile("|".join(_WORDS[role])) for role in ("carried_in", "carried_out", "done", "new")}
# the words right after a figure that give its role (7件正在办理中), up to the clause's end
_AFTER = 8


def _role(text: str, m: Mention, prev_end: int) -> str | None:
    before = text[max(prev_end, clause_start(text, m.start, CLAUSE_END)) : m.start]
    after = text[m.end : m.end + _AFTER]
    cut = min((after.find(c) for c in CLAUSE_END if c in after), default=len(after))
    after = after[:cut]
    # the most specific role first: 上年结转 also says 结转; 结转到下年 also says 办理
    for role in ("carried_in", "carried_out", "done", "new"):
        if _ROLES[role].search(before) or (role == "carried_out" and _ROLES[role].search(after)):
            return role
    return None


def _roles_in(text: str, ms: tuple[Mention, ...], s: int, e: int) -> dict[str, list[Mention]]:
    """The exact counts of the sentence ``[s, e)`` by their role in the identity (new, carried_in, done, carried_out)."""
    roles: dict[str, list[Mention]] = {}
    prev = s
    for m in starting_in(ms, s, e):
        if m.end > e or not m.is_count or m.qualifier is not None:
            continue
        r = _role(text, m, prev)
        prev = m.end
        if r is not None:
            roles.setdefault(r, []).append(m)
    return roles


def link_prose_identities(report: Report) -> Iterator[Relation]:
    text = report.text
    ms = mentions(report)
    seen: set[tuple[int, int]] = set()
    for anchor in re.finditer(_ROLES["carried_in"], text):
        s, e = sentence_bounds(text, anchor.start())
        if (s, e) in seen:
            continue
        seen.add((s, e))
        roles = _roles_in(text, ms, s, e)
        if not all(roles.get(r) for r in ("new", "carried_in", "done", "carried_out")):
            continue
        if any(len(roles[r]) != 1 for r in ("carried_in", "done", "carried_out")):
            continue
        new = [m for m in roles["new"] if m.end <= roles["carried_in"][0].start]
        if not new:
            continue
        four = (new[-1], roles["carried_in"][0], roles["done"][0], roles["carried_out"][0])
        if len({m.unit for m in four}) != 1:
            continue
        yield Relation(RelationKind.TABLE_IDENTITY, four, None, LINKER, CONFIDENCE, name="正文", cue=anchor.span())


# without a carried-in figure (新收到…42件，答复…39件，结转下年度继续办理3件) the identity reads received = done +
# carried out; that no request came in from last year is read, not written, so the link is less sure
WITHOUT_CARRIED_IN = 0.5


def link_prose_identities_without_carried_in(report: Report) -> Iterator[Relation]:
    """ "收到42件，答复39件，结转下年度3件" with no 上年结转 in the sentence: done + carried out = received."""
    text = report.text
    ms = mentions(report)
    seen: set[tuple[int, int]] = set()
    for anchor in re.finditer(_ROLES["carried_out"], text):
        s, e = sentence_bounds(text, anchor.start())
        if (
            (s, e) in seen
            or _ROLES["carried_in"].search(text, s, e)
            or re.search("结转|转结", text[s : anchor.start()])
        ):
            continue
        seen.add((s, e))
        roles = _roles_in(text, ms, s, e)
        if set(roles) != {"new", "done", "carried_out"} or any(len(roles[r]) != 1 for r in roles):
            continue
        new, done, out = roles["new"][0], roles["done"][0], roles["carried_out"][0]
        if not new.end <= done.start < out.start or len({new.unit, done.unit, out.unit}) != 1:
            continue
        yield Relation(
            RelationKind.SUM,
            (done, out),
            new,
            LINKER_OPEN,
            WITHOUT_CARRIED_IN,
            name="正文",
            cue=anchor.span(),
            exhaustive=True,
        )
