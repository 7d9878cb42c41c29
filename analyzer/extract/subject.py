"""The subject of a figure: the measured thing, and how the figure relates to it.

"全年受理行政复议案件29件" -> subject 行政复议案件; "地区生产总值增长5.4%" -> subject
地区生产总值 with relation ``growth``; "我区近年来出庭应诉率始终保持在100%" ->
出庭应诉率.  The subject is looked for in the clause before the figure (text
since the last clause delimiter); for counts with a classifier and a noun right
after ("4个重大政策文件") the noun after the figure is the subject.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import regex

from ..data import grouped_words
from ..fastinit import fast_init
from ..types import MetricKind
from .lexicon import Lexicon
from .patterns import CLAUSE_DELIMITERS
from .scan import Figure

# closing parentheses skipped between a subject and its figure: 纠错（含撤销、确认违法）29件
CLOSE_TO_OPEN = {")": "(", "）": "（"}
# how far back the opening parenthesis is looked for
MAX_PAREN = 30
# the longest subject kept (the tail of a longer clause)
MAX_SUBJECT = 24
# how far back a clause is looked for
MAX_CLAUSE = 40
# classifiers after which a following noun is the subject (4个重大政策文件, 8所本科院校)
FOLLOWING_NOUN_UNITS = frozenset("个所家项座处支套台辆艘部种批场条名位户人次")
# lengths and areas after which a following noun is the subject (建设47.8万亩高标准农田, 新改建1500公里农村公路)
FOLLOWING_NOUN_MEASURES = frozenset({"亩", "公顷", "公里"})
# a following noun: CJK characters up to a clause delimiter, a numeral or one of these words
_FOLLOWING_STOP = (
    "的|均|已|和|与|及|等|达到|获|被|在|为|是|实现|完成|建成|通过|入选|成功|全部|累计|共|分别|以|并|纳入|参与|参加|开展"
)
_FOLLOWING = re.compile(rf"(?:(?!{_FOLLOWING_STOP})[\u4e00-\u9fff])+")
# 《甲条例》《乙条例》等4件地方性法规草案: after a list closed by 等 the noun after the count is the subject,
# whatever the classifier
_LIST_END = "等"
# a quoted name right before a figure (“部分公开”36件): the name is the subject
QUOTE_PAIRS = {"”": "“", "’": "‘", "」": "「"}
# the longest quoted name taken as a subject
MAX_QUOTED = 12
# a figure in a bracket after the thing it measures (刑事立案数（同比下降13.4%）): the brackets
OPEN_BRACKETS = "（("
# a year or date inside a clause: the subject starts after it
_YEAR_IN_CLAUSE = re.compile(
    r"(?:19|20)[0-9]{2}年(?:度|底|末|初)?|[0-9]{1,2}月(?:份|底|末)?(?:[0-9]{1,2}日)?|连续[0-9一二三四五六七八九十]+年"
)
_LEADING_JUNK = "的"
# a subject taken from another clause: CJK characters only
_NOUN = re.compile(r"[\u4e00-\u9fff]+")


@fast_init  # (built for every figure: see analyzer.fastinit)
@dataclass(frozen=True)
class Subject:
    text: str | None
    start: int  # where the subject starts in the document (-1 when none)
    end: int
    phrase: str  # subject plus the link words up to the number: what indicators match against
    roles: frozenset[str]  # growth / decline / average words seen between subject and number


@dataclass(frozen=True)
class _Words:
    links: dict[str, str]  # link word -> role
    link_max: int
    leads: frozenset[str]  # lead and scope words
    lead_max: int
    scope: frozenset[str]
    cut: tuple[str, ...]
    named: tuple[str, ...] = ()  # names opening with a scope word that stays (全国重点实验室)
    link_last: frozenset[str] = frozenset()  # the last characters of the link words (none: no link word ends s)
    lead_first: frozenset[str] = frozenset()  # the first characters of the lead and scope words
    link_first: frozenset[str] = frozenset()  # the first characters of the link words
    any_cut: re.Pattern[str] | None = None  # any cut word (None: there is none)


@functools.lru_cache(maxsize=4)
def _words(lex: Lexicon) -> _Words:
    w = lex.subject_words
    links = {word: role for role in ("link", "average", "decline", "growth") for word in w[role]}
    leads = w["lead"] | w["scope"]
    return _Words(
        links,
        max(map(len, links)),
        leads,
        max(map(len, leads)),
        w["scope"],
        tuple(w["cut"]),
        tuple(w["named"]),
        frozenset(x[-1] for x in links),
        frozenset(x[0] for x in leads),
        frozenset(x[0] for x in links),
        re.compile("|".join(map(re.escape, w["cut"]))) if w["cut"] else None,
    )


def before_parenthesis(text: str, pos: int) -> int | None:
    """When ``text`` right before ``pos`` is a parenthesised aside, the offset of its opening parenthesis."""
    if pos == 0 or text[pos - 1] not in CLOSE_TO_OPEN:
        return None
    i = text.rfind(CLOSE_TO_OPEN[text[pos - 1]], max(0, pos - MAX_PAREN), pos - 1)
    return i if i >= 0 else None


def _link_in(noun: str, words: _Words) -> int:
    """Where the first link word of two or more characters starts in ``noun`` (增加到), else len(noun)."""
    first = words.link_first
    for i in range(len(noun) - 1):
        if noun[i] not in first:
            continue
        for n in range(min(words.link_max, len(noun) - i), 1, -1):
            if noun[i : i + n] in words.links:
                return i
    return len(noun)


def _strip_links(s: str, words: _Words) -> tuple[str, set[str]]:
    """Strip link words from the end, longest first, as long as one matches."""
    roles: set[str] = set()
    last = words.link_last
    while s and s[-1] in last:
        for n in range(min(words.link_max, len(s)), 0, -1):
            role = words.links.get(s[-n:])
            if role is not None:
                s = s[:-n]
                if role != "link":
                    roles.add(role)
                break
        else:
            break
    return s, roles


def _strip_leads(s: str, words: _Words) -> str:
    """Strip lead and scope words from the start, longest first."""
    while s:
        if s[0] in _LEADING_JUNK:
            s = s[1:]
            continue
        if s[0] not in words.lead_first:
            break  # (no lead word starts so)
        if s.startswith(words.named):
            break  # 全国重点实验室: the scope word is part of the name
        for n in range(min(words.lead_max, len(s) - 2), 0, -1):
            w = s[:n]
            if w in words.leads:
                rest = s[n:]
                # keep the verb in 审查通过率: a bare rate needs it (scope words always go: 今年赤字率)
                if len(rest) <= 3 and rest[-1] in "率度" and w not in words.scope:
                    continue
                s = rest
                break
        else:
            break
    return s


def find_subject(
    text: str, fig: Figure, lex: Lexicon, cs: int, ceiling: int | None = None, upto: int | None = None
) -> Subject:
    """The subject of a figure, from the clause before it or the noun right after it.

    The subject stays within [cs, ceiling): in the figure's clause, before the next figure.
    ``upto`` ends the clause before the figure's start when a parenthesis stands between them.
    """
    end = fig.end
    clause = text[cs : fig.start if upto is None else upto]
    words = _words(lex)
    before, roles = _strip_links(clause.rstrip(" \u3000"), words)
    phrase = clause
    # the subject starts after the last date in the clause (目录确定2024年度…事项)
    cut = 0
    for m in _YEAR_IN_CLAUSE.finditer(before):
        if len(_strip_links(before[m.end() :], words)[0]) >= 2:
            cut = m.end()
        else:
            # 国内生产总值2000年达…: the subject stands before the date
            before, more = _strip_links(before[: m.start()], words)
            roles |= more
            break
    for w in words.cut if words.any_cut is not None and words.any_cut.search(before) else ():
        i = before.rfind(w)
        if i < 0:
            continue
        rest = before[i + len(w) :]
        # a one-character cut word (共) only before a lead verb: 共发布, not 公共预算
        if len(rest) >= 2 and (len(w) > 1 or any(rest[:n] in words.leads for n in range(1, 4))):
            cut = max(cut, i + len(w))
    head = _strip_leads(before[cut:], words)
    subj_start = cs + len(before) - len(head)
    following = None
    if (
        fig.kind is MetricKind.COUNT
        and (fig.unit in FOLLOWING_NOUN_UNITS or text[fig.start - 1 : fig.start] == _LIST_END)
    ) or (fig.kind is MetricKind.QUANTITY and fig.unit in FOLLOWING_NOUN_MEASURES):
        limit = len(text) if ceiling is None else ceiling
        fm = _FOLLOWING.match(text, end, limit)
        # a noun running into the next figure is that figure's subject (74个断面…比例连续3年100%)
        stopped = fm is not None and fm.end() < limit and not text[fm.end()].isdigit()
        if fm is not None and len(fm.group()) >= 2 and stopped:
            cut_at = _link_in(fm.group(), words)
            if cut_at >= 2:
                following = (fm.start(), fm.group()[:cut_at])
    if following is not None:
        fstart, noun = following[0], following[1][:MAX_SUBJECT]
        return Subject(noun, fstart, fstart + len(noun), clause + noun, frozenset(roles))
    if len(head) < 2:
        return Subject(None, -1, -1, phrase, frozenset(roles))
    if len(head) > MAX_SUBJECT:
        subj_start += len(head) - MAX_SUBJECT
        head = head[-MAX_SUBJECT:]
    return Subject(
        head,
        subj_start,
        subj_start + len(head),
        phrase[phrase.find(head) :] if head in phrase else phrase,
        frozenset(roles),
    )


# what joins a clause made of link words only to the clause before it: 外贸进出口总额突破百亿元，达到104.6亿元
_CLAUSE_JOIN = "，,"


# link words of a clause that names a level before the figure states it (突破百亿元，达到104.6亿元)
_LEVEL_LINKS = ("突破", "超过", "跃上", "首次跃上", "迈上", "达到")


def opens_from_to(clause: str, lex: Lexicon) -> bool:
    """Whether a figure's clause up to the figure opens a from-to with no noun of its own (由1997年的, 从): a ``from``
    word of ``subject_words.tsv``, then at most a year and 的."""
    return _from_open(lex).fullmatch(clause.strip(" \u3000")) is not None


@functools.lru_cache(maxsize=4)
def _from_open(lex: Lexicon) -> re.Pattern[str]:
    words = "|".join(map(re.escape, sorted(lex.subject_words["from"], key=len, reverse=True)))
    return re.compile(rf"(?:{words})(?:\d{{4}}年(?:底|末)?的?)?")


def only_links(clause: str, lex: Lexicon) -> bool:
    """Whether a clause is link words only, at least one (达到, 增长, 同比增长)."""
    clause = clause.strip(" \u3000")
    return bool(clause) and len(_strip_links(clause, _words(lex))[0]) == 0


def _clause_before(text: str, cs: int, floor: int) -> int:
    """Where the clause ending at the delimiter ``cs - 1`` starts (at ``floor`` at the earliest, at most
    ``MAX_CLAUSE`` characters back)."""
    lo = max(floor, cs - 1 - MAX_CLAUSE)
    for i in range(cs - 2, lo - 1, -1):
        if text[i] in CLAUSE_DELIMITERS:
            return i + 1
    return lo


def previous_clause_subject(
    text: str, cs: int, floor: int, lex: Lexicon, sent: int | None = None, bare: bool = False
) -> str | None:
    """The noun that opens the clause before ``cs`` (外贸进出口总额 in 外贸进出口总额突破百亿元，达到…).

    Only a figure-free clause joined by a comma and starting at or after ``floor`` counts;
    the noun ends at its first link word of two or more characters. A clause of steps passed (``_milestone``) may
    hold figures and start before ``floor``, at ``sent`` at the earliest. ``bare``: the clause is the noun alone (the
    figure's clause opens a from-to: ``opens_from_to``).
    """
    if cs - 1 < floor or cs == 0 or text[cs - 1] not in _CLAUSE_JOIN + _MILESTONE_JOIN:
        return None
    prev = text[_clause_before(text, cs, floor) : cs - 1]
    words = _words(lex)
    # (the steps may be a list: 连续跨越7万亿、8万亿、9万亿三个大台阶)
    lo = max(cs - 1 - MAX_CLAUSE, floor if sent is None else min(floor, sent))
    steps = text[max(lo, *(text.rfind(c, lo, cs - 1) + 1 for c in _STEPS_DELIMITERS)) : cs - 1]
    milestone = _milestone(lex).fullmatch(steps)
    if milestone is not None:
        # 地区生产总值连续迈上4个万亿元台阶、达14.2万亿元: the steps passed are no figure of the subject, whose level follows
        head = _strip_leads(milestone.group(1), words)
        return head[-MAX_SUBJECT:] if len(head) >= 2 and _NOUN.fullmatch(head) else None
    if text[cs - 1] not in _CLAUSE_JOIN or not prev or any(c.isdigit() for c in prev):
        return None
    cut = _link_in(prev, words)
    if bare:
        # 城镇居民家庭人均可支配收入，由1997年的5160元增加到…: a noun alone before a from-to
        if cut < len(prev):
            return None
    elif not prev.startswith(_LEVEL_LINKS, cut):
        return None  # not "subject + 突破/达到 + level"
    head = _strip_leads(prev[:cut], words)
    if len(head) < 2 or not _NOUN.fullmatch(head):
        return None
    if bare and any(a in head[:_VERB_OPENING] for a in grouped_words("indicator_guards.tsv").get("action", ())):
        return None  # 大力发展职业教育，从…: a clause opening with a verb of action is no noun alone
    return head[-MAX_SUBJECT:]


# how far into a bare clause a verb of action makes it a verb phrase (大力发展…, 加快推进…)
_VERB_OPENING = 4


# what joins a clause of steps passed to the level after it (连续迈上4个万亿元台阶、达14.2万亿元), and what ends the
# clause before the steps
_MILESTONE_JOIN = "、"
_STEPS_DELIMITERS = "，。；：\n"


@functools.lru_cache(maxsize=4)
def _milestone(lex: Lexicon) -> re.Pattern[str]:
    """A clause of a subject passing steps (地区生产总值连续迈上4个万亿元台阶, 经济总量跨过两个万亿元大关): the subject, then a
    ``milestone`` verb of ``subject_words.tsv``, then the steps, ending in a ``milestone_end`` word."""
    w = lex.subject_words
    verbs = "|".join(map(re.escape, sorted(w["milestone"], key=len, reverse=True)))
    ends = "|".join(map(re.escape, sorted(w["milestone_end"], key=len, reverse=True)))
    return re.compile(rf"([\u4e00-\u9fff]{{2,}}?)(?:{verbs})[^，。；：]{{0,24}}(?:{ends})")


def quoted_subject(text: str, fig_start: int, floor: int) -> tuple[int, str] | None:
    """The quoted name right before a figure and where it starts (“不予公开”2件 -> 不予公开), or None."""
    if fig_start == 0 or text[fig_start - 1] not in QUOTE_PAIRS:
        return None
    lo = max(floor, fig_start - 2 - MAX_QUOTED)
    i = text.rfind(QUOTE_PAIRS[text[fig_start - 1]], lo, fig_start - 1)
    inner = text[i + 1 : fig_start - 1] if i >= 0 else ""
    if len(inner) < 2 or not _NOUN.fullmatch(inner):
        return None
    return i + 1, inner


def bracketed_subject(text: str, cs: int, floor: int, lex: Lexicon) -> str | None:
    """The noun right before the bracket a figure's clause opens (刑事立案数（同比下降13.4%） -> 刑事立案数).

    Only a figure-free noun of CJK characters after the previous delimiter, at or after ``floor``."""
    if cs - 1 < floor or cs == 0 or text[cs - 1] not in OPEN_BRACKETS:
        return None
    head = _strip_leads(text[_clause_before(text, cs, floor) : cs - 1], _words(lex))
    if len(head) < 2 or not _NOUN.fullmatch(head):
        return None
    return head[-MAX_SUBJECT:]


# "A、B分别增长X、Y": the figures after 分别 pair with the items before it, in order
_RESPECTIVELY = "分别"
# how far back 分别 is looked for
MAX_RESPECTIVE = 60
# what separates the items of the list before 分别, and the figures after it
_ITEM_SEPARATORS = regex.compile(r"[、]|(?<=[\u4e00-\u9fff]{2})和(?=[\u4e00-\u9fff]{2})")
_LIST_START = "，,；;：:。（(\n"
_NUMERAL_RUN = regex.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")
# a clause that is only a comparison's base (比上年, 同比) between a list and its 分别
_BASE_ONLY = regex.compile(r"\s*(?:(?:比|较|与)上年(?:相比)?|同比)\s*")
# an item shares the head of the last item when it has two characters, or ends as the last item's
# start of the same length does (城镇、农村居民人均可支配收入 -> 城镇居民人均可支配收入;
# 城镇居民、农村居民人均可支配收入 -> 城镇居民人均可支配收入; 食品、药品抽检合格率 -> 食品抽检合格率)
SHORT_ITEM = 2
# the ordinals of the three industries written as a list's items (一、二、三产业增加值; 第一、二、三产业) or run together
# in one item (一二三产增加值): each ordinal takes the words after the last one (一产业增加值, 二产增加值 …)
_ORDINAL = "一二三"
_ORDINAL_ITEM = regex.compile(rf"第?[{_ORDINAL}]")
_ORDINAL_RUN = regex.compile(rf"(第?)([{_ORDINAL}]{{2,3}})(?=产)")
# a change from the list's start values to its end values after 分别 (分别从771家、481家增加到1076家、636家): the
# figures after the end word count their items again from the first
_TO_END = regex.compile(r"(?:增加|提高|提升|扩大|下降|降低|减少|增长|上升|跃升)?(?:到|至)")


@functools.lru_cache(maxsize=1)
def _shared_heads() -> tuple[str, ...]:
    from ..data import words

    # the longest first: 进出口 before 出口
    return tuple(sorted(words("respective_heads.txt"), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _pairs() -> tuple[tuple[str, tuple[str, ...]], ...]:
    from ..data import tsv

    return tuple((word, (first, second)) for _, (word, first, second) in tsv("respectively.tsv", 3))


@functools.lru_cache(maxsize=1)
def _distributed_leads() -> tuple[str, ...]:
    """The per-unit and level-of-government words of ``indicator_narrower.tsv`` (每千人, 日均, 中央财政 …), longest
    first: opening a list's first item, each item's."""
    from ..data import grouped_words

    g = grouped_words("indicator_narrower.tsv")
    return tuple(sorted((*g.get("per_unit", ()), *g.get("gov_level", ())), key=len, reverse=True))


def pair_groups() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``respectively.tsv``: (a word naming two groups at once, its groups in order): 城乡 -> 城镇, 农村."""
    return _pairs()


def respective_phrase(text: str, fig_start: int, sent_start: int, lex: Lexicon) -> tuple[str, frozenset[str]] | None:
    """The subject phrase of a figure listed after 分别, and the roles of the words after 分别.

    "城乡居民人均可支配收入分别增长5.3%、7%": the 7% gets 农村居民人均可支配收入分别增长 (growth);
    "诉求解决率、满意率分别达97.3%和97.7%": the 97.3% gets 诉求解决率分别达.  None when the
    figure is not in such a list, or the list has fewer items than the figures before it.
    """
    lo = max(sent_start, fig_start - MAX_RESPECTIVE)
    at = text.rfind(_RESPECTIVELY, lo, fig_start)
    if at < 0:
        return None
    after = text[at + len(_RESPECTIVELY) : fig_start]
    if any(c in "，,；;。：:\n" for c in after):
        return None
    position = len(_NUMERAL_RUN.findall(after))
    if after.startswith(("从", "由")) and (ends := list(_TO_END.finditer(after))):
        # 分别从A、B增加到C、D: C is the first item's, D the second's
        tail_after = after[ends[-1].end() :]
        if _NUMERAL_RUN.search(after, 0, ends[-1].start()) is not None:
            position = len(_NUMERAL_RUN.findall(tail_after))
    head = text[lo:at]
    start = max((head.rfind(c) for c in _LIST_START), default=-1) + 1
    items = [s for s in _ITEM_SEPARATORS.split(head[start:]) if s]
    if len(items) == 1 and start > 0 and _BASE_ONLY.fullmatch(items[0]):
        # 化学需氧量、二氧化硫排放总量…双下降，比上年分别下降3.14%和4.66%: only a comparison's base between the
        # clause before and 分别, the list is that clause's
        before = max((head.rfind(c, 0, start - 1) for c in _LIST_START), default=-1) + 1
        items = [s for s in _ITEM_SEPARATORS.split(head[before : start - 1]) if s]
    if len(items) == 1 and (run := _ORDINAL_RUN.search(items[0])) is not None:
        # 一二三产增加值分别增长3.5%、6%、5%: one item naming the three industries, in their order
        items = [items[0][: run.start()] + run.group(1) + o + items[0][run.end() :] for o in run.group(2)]
    if len(items) == 1:
        for word, groups in _pairs():
            if word in items[0]:
                items = [items[0].replace(word, g, 1) for g in groups]
                break
    if len(items) < 2 or position >= len(items):
        return None
    words = _words(lex)
    item = _strip_leads(items[position], words)
    first = _strip_leads(items[0], words)
    per = next((w for w in _distributed_leads() if first.startswith(w)), None)
    if per is not None and position > 0 and not item.startswith(per):
        # 每千人托位、养老床位数分别达到…, 中央财政用于科技、…和文化事业的支出分别为…: the rate per head, the level
        # of government, is every item's
        item = per + item
    last = items[-1]
    n = len(item)
    if position < len(items) - 1 and _ORDINAL_ITEM.fullmatch(item) and last[:1] in _ORDINAL:
        # 一、二、三产业增加值分别增长: an ordinal item takes the words after the last item's ordinal
        item += last[1:]
    elif (
        position < len(items) - 1
        and n == SHORT_ITEM
        and (shared_head := next((h for h in _shared_heads() if last.endswith(h)), None)) is not None
        and len(last) - len(shared_head) > n
    ):
        # 原煤、原油、天然气产量分别达到: the last item's noun is longer than the item's (天然气), only the head is shared
        item += shared_head
    elif (
        position < len(items) - 1
        and SHORT_ITEM <= n < len(last)
        and (n == SHORT_ITEM or item[-SHORT_ITEM:] == last[n - SHORT_ITEM : n])
    ):
        item += last[n:]
    elif position < len(items) - 1:
        # 集成电路、锂电池出口分别增长: the last item's head word is every item's
        shared = next((h for h in _shared_heads() if last.endswith(h) and len(last) > len(h)), None)
        if shared is not None and not item.endswith(shared):
            item += shared
    first_numeral = _NUMERAL_RUN.search(after)
    links = after[: first_numeral.start()] if first_numeral else after
    rest, roles = _strip_links((_RESPECTIVELY + links).strip(), words)
    if rest:
        return None  # 分别约为全国平均的70%: words other than links stand between the list and the figures
    return item + _RESPECTIVELY + links, frozenset(roles)
