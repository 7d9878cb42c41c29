"""The indicator taxonomy: surface phrases of a figure -> a canonical, comparable id.

The shipped taxonomy is the folder ``analyzer/data/indicators/``, one TOML file per
domain read in name order (its top-level ``domain`` names the domain of its
entries; an id may be shipped once); ``Settings.taxonomy_paths``
adds user TOML files of the same shape, whose entries replace shipped ones with
the same id (new user entries go first: they win ties).  ``Taxonomy.match`` picks, among the entries whose kinds, subject,
context, exclusions and relation fit a figure, the one with the longest
matching subject phrase.
"""

from __future__ import annotations

import functools
import importlib.resources
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ahocorasick

from .data import alternation, grouped_words, tsv
from .errors import DataFileError
from .types import MetricKind

RELATIONS = ("growth", "level")
# which way a target of the indicator points: a floor to reach (GDP growth, new jobs) or a ceiling to stay
# under (CPI, unemployment: 居民消费价格涨幅3%左右 is a ceiling); ``target_panel`` decides ``met`` with it
TARGET_DIRECTIONS = ("at_least", "at_most")
SHIPPED = "analyzer/data/indicators"
# a predicate opening with these says all of the figure's items have the property (2474项事项全部纳入平台):
# the figure is then the count of the items, whatever ``tail_exclude`` says
_ALL_OF_THEM = ("全部", "均", "全都")
# a figure right after the disposal marker 将 opening its clause (将2项行政许可……调整为, 并将全县27个部门的…) or after
# 对其中 (对其中8项清单事项提出建议); after a subject 将 is "will" (国内生产总值将超过55万亿元)
_DISPOSAL = re.compile(
    r"^\s*(?:[一二三四五六七八九十]是)?(?:并|同时|还|共|已|先后|累计|率先|全面|逐步|进一步|依法|统一)?(?:将(?:[全本各该][省市区县镇])?|对其中)$"
)


@functools.lru_cache(maxsize=1)
def _heads() -> tuple[re.Pattern[str], tuple[str, ...], re.Pattern[str]]:
    """Head nouns after a matched subject (one alternation), per-head ratio markers (``indicator_heads.tsv``),
    and one alternation of both (a phrase without any of them is never checked further)."""
    groups = grouped_words("indicator_heads.tsv")
    heads, ratios = groups.get("head", ()), groups.get("ratio", ())
    return re.compile(alternation(heads)), ratios, re.compile(alternation(heads + ratios))


@functools.lru_cache(maxsize=1)
def _guards() -> dict[str, tuple[str, ...]]:
    """``indicator_guards.tsv``: the words of the coordination, part and cumulative guards."""
    return grouped_words("indicator_guards.tsv")


# how far before the matched subject a coordinator may stand (服务|进出口: the conjunct's own modifier)
_CONJUNCT_LEAD = 6
_BREAKS = "，,；;：:。（）()“”\"\""
# 为企业和个人减税降费: the conjuncts are who the figure is for, not what it measures
_BENEFICIARY = re.compile(r"[为对向给][\u4e00-\u9fff]{1,6}$")


@functools.lru_cache(maxsize=1)
def _coordinators() -> tuple[str, ...]:
    """The coordinators, the longest first (以及 before 及)."""
    return tuple(sorted(_guards().get("coordinator", ()), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _coordinator_re() -> re.Pattern[str] | None:
    """Any coordinator, as one alternation (None when there is none)."""
    coordinators = _coordinators()
    return re.compile(alternation(coordinators)) if coordinators else None


@functools.lru_cache(maxsize=8192)
def _guards_coordinator_in(subject: str) -> bool:
    """Whether a subject phrase itself names a coordinated scope (城镇居民医保和新农合)."""
    return any(c in subject for c in _coordinators())


def _conjunct_noun(words: str, actions: tuple[str, ...]) -> bool:
    """Whether ``words`` (a conjunct's words next to a coordinator) can end or open a noun: CJK, no action verb."""
    return bool(words) and "\u4e00" <= words[0] <= "\u9fff" and not words.startswith(actions) and not words.endswith(actions)


def _names_it(conjunct: str, subjects: tuple[str, ...], label: str) -> bool:
    """Whether the other conjunct is the entry's thing too: it holds one of its ``subjects``, or ends with the head
    of its ``label`` (概念验证中心和中试熟化平台 under 创新平台数)."""
    stem = re.split(r"[（(]", label, maxsplit=1)[0].rstrip("数量率")
    return any(s in conjunct for s in subjects) or (len(stem) >= 2 and conjunct.endswith(stem[-2:]))


def _names_a_conjunct(named: str, left: str, between: str) -> bool:
    """Whether ``named`` (a label's words besides the matched subject) names one conjunct of ``left``和``between``:
    the right one's words, or the longest end of the left one it holds, unless the right one ends so too
    (规范性文件和重大政策文件|解读率 under 政策文件解读率: 文件 is both's kind)."""
    if between in named:
        return True
    ends = [left[-n:] for n in range(min(len(left), 8), 1, -1) if left[-n:] in named]
    return bool(ends) and not between.endswith(ends[0])


def coordinated(phrase: str, start: int, end: int, subjects: tuple[str, ...] = (), label: str = "") -> bool:
    """Whether the subject matched at ``start:end`` of ``phrase`` is one conjunct of a coordinated scope (货物和服务|进出口,
    普通省道和|农村公路, 农村自来水、|卫生户厕普及率, 中央预算内投资|和超长期特别国债). Not: coordinated actions (新建和改造
    高标准农田), levels (国家级和省级龙头企业, 地级及以上城市), beneficiaries (为企业和个人减税降费), nor a scope whose
    other conjunct holds one of ``subjects`` too (the id names both: 城镇居民医保和新农合补助标准)."""
    # (most phrases hold no coordinator near the subject: nothing more to look at; one search of the window)
    near = _coordinator_re()
    if near is None or near.search(phrase, max(0, start - _CONJUNCT_LEAD - 2), end + 2) is None:
        return False
    g = _guards()
    coordinators = _coordinators()
    head, rest = phrase[:start], phrase[end:]
    actions, skip = g.get("action", ()), g.get("not_scope", ())
    if any(w in phrase for w in g.get("each", ())) or phrase.endswith(g.get("sum", ())):
        return False  # 草原综合植被盖度和湿地保护率均达50%: each conjunct has the figure; 培训和专题讲座共2次: their sum
    for c in coordinators:
        # the matched subject is the first conjunct: 中央预算内投资和超长期特别国债
        if rest.startswith(c):
            other = rest[len(c) :]
            if other.startswith(skip) or any(b in other for b in _BREAKS) or not _conjunct_noun(other, actions):
                return False
            cut = min((other.find(a) for a in actions + g.get("link", ()) if a in other), default=len(other))
            # (a short subject, 参保率, may be the head both conjuncts share: 养老保险和医疗保险参保率)
            return not _names_it(other[:cut], tuple(s for s in subjects if len(s) >= 4), label)
    for c in coordinators:
        at = head.rfind(c, max(0, start - _CONJUNCT_LEAD - len(c)))
        if at <= 0:
            continue
        between, left = head[at + len(c) :], head[:at]
        if any(b in between for b in _BREAKS) or between.startswith(skip) or not _conjunct_noun(left[-1:], actions):
            return False
        if left.endswith(actions) or any(a in between for a in actions):
            return False
        cut = max(left.rfind(b) for b in _BREAKS)
        left = left[cut + 1 :]
        if _BENEFICIARY.search(left) or (left.endswith(g.get("level", ())) and between.endswith(g.get("level", ()))):
            return False
        # (机构及社区|养老服务设施, 委员会及各协调小组|会议): the matched subject is the head both conjuncts share; the
        # figure is of the entry's thing unless its label names one conjunct (基本养老保险参保率: 基本养老保险和医疗保险|参保率)
        if between and not _names_a_conjunct(label.replace(phrase[start:end], ""), left, between):
            return False
        return not _names_it(left, subjects, label)
    return False


# a conjunct with its own quantity (…、3个省级园区, 和一批龙头企业): the count before is not its count too
_OWN_QUANTITY = re.compile(r"[0-9０-９]|^(?:[一二两三四五六七八九十百千万几数]+[个家批项条所座类种名位]|一批|一系列|若干|一些|大批)")


def counted_with_others(before: str, tail: str) -> str | None:
    """The other things a count written before its noun counts too, coordinated after the noun (获评5个国家生态文明建设
    示范区、“两山”实践创新基地和美丽乡村先行区: five honours of three kinds), or None: a verb of ``count_verb`` ends
    ``before`` (the clause up to the figure: the nouns are its objects), and ``tail`` (the clause after the noun) opens
    with a coordinator and a noun with no quantity of its own and no predicate (…及数字政府建设达到…: a subject of its
    own). Whether those are the entry's thing too is the taxonomy's question (重点实验室和工程技术研究中心: both
    platforms)."""
    g = _guards()
    if not before.endswith(g.get("count_verb", ())) or any(w in tail for w in g.get("link", ())):
        return None
    for c in _coordinators():
        if not tail.startswith(c):
            continue
        other = tail[len(c) :].lstrip("“\"‘'")
        if not other or not "\u4e00" <= other[0] <= "\u9fff" or _OWN_QUANTITY.search(other):
            return None
        if other.startswith(g.get("action", ())) or other.startswith(g.get("not_scope", ())):
            return None  # 引进5家企业、带动就业…: another action, not another thing counted
        return other
    return None


@functools.lru_cache(maxsize=1)
def _object_verbs() -> re.Pattern[str]:
    """A verb of ``indicator_guards.tsv``'s object_verb group and the noun after it ending a phrase."""
    return re.compile(f"(?:{alternation(_guards().get('object_verb', ()))})[\u4e00-\u9fff]{{2,10}}$")


def object_of_verb(phrase: str) -> int | None:
    """Where the verb and its object ending ``phrase`` start (“十大技术攻关项目”|突破关键核心技术), or None: a figure right
    after them counts the object, whatever the words before the verb name."""
    m = _object_verbs().search(phrase)
    return m.start() if m is not None and m.start() > 0 else None


def other_head(phrase: str, subject: str, end: int, label: str) -> bool:
    """Whether ``phrase``, whose matched subject phrase ``subject`` ends at ``end``, counts another thing than
    the entry labelled ``label``: a head noun follows the subject (学校食堂) or a ratio marker outside it
    makes it a per-head ratio (unless the label itself is one: 每万人口发明专利拥有量)."""
    heads, ratios, _ = _heads()
    tail = phrase[end:]
    tail = tail[tail.rfind("等") + 1 :]  # 研究A改革等B工作: the head is B, after the list
    if heads.search(tail):
        return True
    return any(r in phrase and r not in subject for r in ratios) and not any(r in label for r in ratios)


# what kind of quantity a figure is (``Taxonomy.match`` finds it once per figure; ``Indicator.score`` compares it
# with what the entry's label measures): the new ones of a count, a change of a level, a count of reformed items
NEW, CHANGE, REFORM = 1, 2, 4


@functools.lru_cache(maxsize=1)
def _scope() -> tuple[re.Pattern[str], ...]:
    """``indicator_scope.tsv`` as alternations: new-ones (not followed by a stock word), change (ending the text
    before the number), reform, flow words of a label and the label words that are none."""
    g = grouped_words("indicator_scope.tsv")
    return (
        re.compile(f"(?:{alternation(g.get('new', ()))})(?!.*(?:{alternation(g.get('stock', ()))}))", re.S),
        re.compile(f"(?:{alternation(g.get('change', ()))})了?[约近超逾]?$"),
        re.compile(alternation(g.get("reform", ()))),
        re.compile(alternation(g.get("label", ()))),
        re.compile(alternation(g.get("not_label", ()))),
    )


@functools.lru_cache(maxsize=1)
def _total_after_new() -> tuple[re.Pattern[str], re.Pattern[str]]:
    g = grouped_words("indicator_scope.tsv")
    total = f"(?:{alternation(g.get('total_after_new', ()))})(?:{alternation(g.get('total_reach', ()))})?"
    return re.compile(total), re.compile(alternation(g.get("new", ())))


def stock_of_new(phrase: str, new_subject: str) -> str | None:
    """The subject of the stock a figure of subject ``phrase`` states when ``phrase`` is only a total word (总数, 总量达)
    and ``new_subject`` (the subject of the count before it) names new ones (新增上市公司): 上市公司总数; else None."""
    total, new = _total_after_new()
    if total.fullmatch(phrase) is None or new.search(new_subject) is None:
        return None
    stock = new.sub("", new_subject)
    return stock + phrase if stock else None


@functools.lru_cache(maxsize=1)
def _growth_target() -> tuple[str, ...]:
    return grouped_words("indicator_scope.tsv").get("growth_target", ())


def names_growth_target(words: str) -> bool:
    """Whether ``words`` (after a percentage) end in a growth target's words (的国内生产总值增长目标)."""
    return bool(_growth_target()) and words.endswith(_growth_target())


@functools.lru_cache(maxsize=1)
def _reached() -> re.Pattern[str]:
    """``indicator_scope.tsv``'s reached verbs right before a reached_to word (增加到, 提高至): the level reached."""
    g = grouped_words("indicator_scope.tsv")
    return re.compile(f"(?:{alternation(g.get('reached', ()))})(?=(?:{alternation(g.get('reached_to', ()))}))")


@functools.lru_cache(maxsize=4096)
def without_reached(phrase: str) -> str:
    """``phrase`` without the verbs of a level reached (常住人口由上年增加到 -> 常住人口由上年到)."""
    return _reached().sub("", phrase)


@functools.lru_cache(maxsize=1)
def _reached_words() -> frozenset[str]:
    return frozenset(grouped_words("indicator_scope.tsv").get("reached", ()))


def excludes(word: str, phrase: str) -> bool:
    """Whether an entry's exclude ``word`` is in ``phrase``: a reached verb (增加) only outside a level reached (增加
    excludes a change of the level, not the level it came to: 由上年729万人增加到732万人); other words anywhere."""
    if word not in phrase:
        return False
    return word not in _reached_words() or word in without_reached(phrase)


@functools.lru_cache(maxsize=1)
def _flows() -> dict[str, str]:
    """``indicator_flows.tsv``: stock id -> its flow partner."""
    return {stock: flow for _, (stock, flow) in tsv("indicator_flows.tsv", 2)}


def threshold_in_label(ind: Indicator | None) -> bool:
    """Whether an entry's label names a threshold of its things (规模以上工业企业数: ``threshold_label`` words)."""
    return ind is not None and any(w in ind.label for w in _guards().get("threshold_label", ()))


def stock_or_flow_of(a: str | None, b: str) -> bool:
    """Whether id ``a`` is ``b`` or its stock or flow partner (``indicator_flows.tsv``): the same things counted."""
    flows = _flows()
    return a is not None and (a == b or flows.get(a) == b or flows.get(b) == a)


@functools.lru_cache(maxsize=1)
def _new_lead() -> re.Pattern[str]:
    """``indicator_scope.tsv``'s new_lead words opening a clause (after an optional time or manner word)."""
    g = grouped_words("indicator_scope.tsv")
    return re.compile(f"(?:{alternation(g.get('new_lead_before', ()))})?(?:{alternation(g.get('new_lead', ()))})")


def says_new(phrase: str, context: str, kind: MetricKind, tail: str = "") -> bool:
    """Whether a count of subject ``phrase`` after ``context`` counts the new ones of the year: a new-ones word
    in its phrase or clause (新增, 新认定 …, no stock word after it), a clause opening with a verb of setting up
    (入选国家首批智能工厂2家, 设立全国重点实验室等5个, 创建国家现代农业产业园13个) or a predicate after the figure's
    noun opening with one (3家全国重点实验室获批建设: ``tail``)."""
    if kind is MetricKind.PERCENT:
        return False
    new = _scope()[0]
    clause = clause_of(context)
    if new.search(phrase) or new.search(clause):
        return True
    if tail.startswith(grouped_words("indicator_scope.tsv").get("new_tail", ())):
        return True
    return _new_lead().match(clause.lstrip()) is not None and _scope_stock().search(clause) is None


@functools.lru_cache(maxsize=1)
def _scope_stock() -> re.Pattern[str]:
    return re.compile(alternation(grouped_words("indicator_scope.tsv").get("stock", ())))


@functools.lru_cache(maxsize=1)
def _kinds_of_label() -> tuple[re.Pattern[str], ...]:
    """``indicator_scope.tsv``'s down (a cut's label), up (a rise in a phrase, after not_up is removed),
    not_up, growth (a growth or rate label), property (a predicate of a part) and not_threshold alternations."""
    g = grouped_words("indicator_scope.tsv")
    return tuple(re.compile(alternation(g.get(k, ()))) for k in ("down", "up", "not_up", "growth", "property", "not_threshold"))


@functools.lru_cache(maxsize=1)
def _from_to_levels() -> tuple[str, ...]:
    """``indicator_scope.tsv``'s from_to_level words: a figure right after one is a level (由…, …减少到), no change."""
    return grouped_words("indicator_scope.tsv").get("from_to_level", ())


@functools.lru_cache(maxsize=4096)
def label_is_cut(label: str) -> bool:
    """Whether an entry labelled ``label`` measures a cut (降低存款准备金率) and no rise."""
    down, up, not_up, *_ = _kinds_of_label()
    return down.search(label) is not None and up.search(not_up.sub("", label)) is None


@functools.lru_cache(maxsize=4096)
def label_is_growth(label: str) -> bool:
    """Whether an entry labelled ``label`` measures a growth, change or rate (or a flow: ``label_is_flow``)."""
    return _kinds_of_label()[3].search(label) is not None or label_is_flow(label)


def is_rise(phrase: str) -> bool:
    """Whether ``phrase`` states a rise (三次上调存款准备金率), 增加值 and the like aside."""
    _, up, not_up, *_ = _kinds_of_label()
    return up.search(not_up.sub("", phrase)) is not None


@functools.lru_cache(maxsize=1)
def _threshold_nouns() -> frozenset[str]:
    return frozenset(grouped_words("indicator_scope.tsv").get("threshold_noun", ()))


def is_threshold(tail: str, bounded: bool) -> bool:
    """Whether a figure bounded by 以上/以下/超 (``bounded``) and followed by ``tail`` is a threshold of the
    things the tail names (收入50万元以上|的行政村占比), not a value (增长6%以上|的目标); a noun of things counted alone
    in the tail, no 的, is one too (经济总量超200亿元|县2个: ``threshold_noun``, the tail ending at the count)."""
    if bounded and tail in _threshold_nouns():
        return True
    if not bounded or not tail.startswith("的") or len(tail) < 2:
        return False
    return _kinds_of_label()[5].match(tail, 1) is None


# a share of the items written in a figure's clause before it (95%以上的村…, 80%的县…): the items a bounded figure bounds
SHARE_OF_ITEMS = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?\s*[%％](?:以上|以下|左右)?的")


def is_share_threshold(clause: str, bounded: bool) -> bool:
    """Whether a bounded figure (``bounded``: 超过, 以上) is the threshold a share of the items passes, the share
    written before them in its ``clause`` (the text of the clause up to the figure): 95%以上的村集体经营性收入超过10万元
    is how many villages pass 10万元, no village's income."""
    return bounded and SHARE_OF_ITEMS.search(clause) is not None


def named_in_whole_only(phrase: str, ind: Indicator) -> bool:
    """Whether ``ind`` matched ``phrase`` (a share, A占B比重) only by the whole B after 占: 基础研究支出占全社会研发投入
    比重 is basic research's share, no figure of R&D spending as a whole (研发投入强度). False when no 占 in the
    phrase's last clause, or one of the entry's phrases starts before it (研发投入占GDP比重 names its own share)."""
    cut = max(phrase.rfind(c) for c in "，,；;：:")
    clause = phrase[cut + 1 :]
    at = clause.rfind("占")
    if at <= 0:
        return False
    names = (ind.label, *ind.subject)
    starts = [i for s in names if s and not s.startswith("占") for i in _all_at(clause, s)]
    return bool(starts) and min(starts) > at


def _all_at(text: str, word: str) -> list[int]:
    """Every offset of ``word`` in ``text``."""
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


@functools.lru_cache(maxsize=4096)
def label_is_flow(label: str) -> bool:
    """Whether an entry labelled ``label`` measures new ones, a change or a reform count (新增城镇就业,
    财政赤字比上年增加, 取消行政许可事项), not a level or stock (创新平台数, 人均预期寿命)."""
    *_, words, not_words = _scope()
    return words.search(not_words.sub("", label)) is not None


@functools.lru_cache(maxsize=1024)  # (asked by says_new, figure_marks and score about the same figure)
def clause_of(context: str) -> str:
    """The figure's clause: ``context`` after its last ，；：, with the clause before when it opens with 其中
    (新增技能人才39.87万人次，其中高技能人才: the part is of the new ones too)."""
    cut = -1
    for c in "，；：,;:":  # (a loop: many times a figure, no generator)
        i = context.rfind(c)
        if i > cut:
            cut = i
    clause = context[cut + 1 :]
    if cut > 0 and clause.startswith("其中"):
        prev = max(context.rfind(c, 0, cut) for c in "，；：,;:。")
        clause = context[prev + 1 :]
    return clause


def figure_marks(phrase: str, context: str, kind: MetricKind, tail: str) -> int:
    """NEW | CHANGE | REFORM as a figure of subject ``phrase`` after ``context`` and before ``tail`` is one."""
    new, change, reform, *_ = _scope()
    clause = clause_of(context)
    marks = 0
    if kind is not MetricKind.PERCENT and (new.search(phrase) or new.search(clause)):
        marks |= NEW
    if kind is not MetricKind.PERCENT and change.search(context):
        marks |= CHANGE
    # phrase + tail: a subject after the figure runs into its predicate (231项前置审批改|为后置); a count right after
    # 将 is the object of an action on it (将2项行政许可……由市级调整为区级, 将N项事项纳入: the predicate may lie past
    # the next figure), unless all of them are meant (将1280项事项全部纳入平台)
    if (
        reform.search(clause)
        or (not tail.startswith(_ALL_OF_THEM) and reform.search(phrase + tail))
        or reform.search(phrase)
        or (kind is not MetricKind.PERCENT and _DISPOSAL.match(clause) and not tail.startswith(_ALL_OF_THEM))
    ):
        marks |= REFORM
    return marks


# what closes a list of examples before the name of the things counted (A、B等N个C: the figure counts C)
_EXAMPLES_END = "等"

# the kinds whose growth figure is an increase of the level, no level (促进经济增长的十项措施 is a count of measures)
_SUMS_AND_RATES = frozenset({MetricKind.PERCENT, MetricKind.MONEY})


@dataclass(frozen=True)
class Indicator:
    id: str
    label: str
    kinds: frozenset[MetricKind]
    subject: tuple[str, ...]
    context: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    relation: str | None = None
    units: frozenset[str] = frozenset()  # base units accepted (empty: any unit of the kinds)
    domain: str = ""  # the taxonomy file's domain (economy, rule_of_law, ...)
    # growth of a priced aggregate stated at comparable prices (可比价): never compared with nominal values
    comparable_prices: bool = False
    # at_least | at_most (TARGET_DIRECTIONS), None: a target of the indicator is not judged met or missed
    target_direction: str | None = None
    # document genres (fazhi_annual, info_disclosure_annual ...) whose figures this entry prefers: in such
    # a document the context is taken as met and the entry wins a tie (行政复议144件 in a 信息公开 report)
    genres: frozenset[str] = frozenset()
    # phrases that must not occur in the figure's clause (the context after its last ，；：): 新增
    # before a list of counts (新增A 5家、B 1003户) makes B's figure a new one, not B's total
    context_exclude: tuple[str, ...] = ()
    # phrases one of which must occur in the figure's clause: 新增 for the new ones of a count
    clause_context: tuple[str, ...] = ()
    # phrases that must not occur anywhere in the sentence before the figure: 通过政府网站、微信公众号等平台
    # 公开信息4891条 is over several channels, not the website's posts
    sentence_exclude: tuple[str, ...] = ()
    # phrases that must not occur in the predicate after the figure (its clause after the number and a noun
    # after it): 156项公安服务事项实现了“一网通办”, 120件做了复议决定 are parts with a property, not the total
    tail_exclude: tuple[str, ...] = ()
    # ids this entry replaced (a duplicate merged into it): a corpus or sample using them means this id
    aliases: tuple[str, ...] = ()
    # ids of the parts this entry's figure is the sum of (requests by channel): a total word after them (网上申请
    # 105件，快递17件，合计122件) states this entry's figure (``Taxonomy.whole_of``)
    parts: tuple[str, ...] = ()

    def score(
        self,
        phrase: str,
        context: str,
        kind: MetricKind,
        growth: bool,
        unit: str | None = None,
        genre: str | None = None,
        tail: str = "",
        marks: int | None = None,
    ) -> int:
        """0 when the entry does not fit; else higher for a longer matching subject phrase, then one nearer the number.

        ``tail``: the predicate after the figure (the rest of its clause); ``marks``: ``figure_marks`` of the
        figure (computed when None): an entry whose label is a level or stock takes no new ones, change or
        reform count."""
        if kind not in self.kinds:
            return 0
        if self.units and unit is not None and unit not in self.units:
            return 0
        if (self.relation == "growth" and not growth) or (self.relation == "level" and growth):
            return 0
        # 技术合同成交额增长48%: a growth percentage is no level, nor 补助标准再提高5元 a sum (an entry without a
        # label is not checked)
        if (
            growth
            and kind in _SUMS_AND_RATES
            and self.relation is None
            and self.label != self.id
            and not label_is_growth(self.label)
        ):
            return 0
        # one pass: the longest subject phrase in the phrase, and the end of the one nearest the number (the
        # head of a Chinese noun phrase is last: ties go to it)
        best = nearest = 0
        head = longest = ""
        for s in self.subject:
            i = phrase.rfind(s)
            if i >= 0 and phrase.startswith(_EXAMPLES_END, i + len(s)):
                i = -1  # 设立…全国重点实验室等5个高能级创新平台: what 等 closes are examples of the things counted
            if i >= 0:
                n = len(s)
                if n > best:
                    best, longest = n, s
                if i + n > nearest or (i + n == nearest and n > len(head)):
                    nearest, head = i + n, s
        if not best or (self.exclude and any(excludes(x, phrase) for x in self.exclude)):
            return 0
        in_genre = genre is not None and genre in self.genres
        # the context may be named after the figure too: 456个事项“全区通办” (these word tests first: each is a
        # filter, and they cost less than the coordination reading below)
        if self.context and not in_genre and not any(c in context or c in phrase or c in tail for c in self.context):
            return 0
        if self.sentence_exclude and any(c in context for c in self.sentence_exclude):
            return 0
        if self.tail_exclude and not tail.startswith(_ALL_OF_THEM) and any(c in tail for c in self.tail_exclude):
            return 0
        # 货物和服务进出口增长6%: the figure is of the combined scope, not of the conjunct the subject names
        # (an entry whose phrase names the combination, 城镇居民医保和新农合, is not guarded)
        if not _guards_coordinator_in(longest) and coordinated(phrase, nearest - len(head), nearest, self.subject, self.label):
            return 0
        # 3500所村卫生室达到国家良好标准: the items with a property are a part of the ones counted
        if kind is MetricKind.COUNT and tail and _kinds_of_label()[4].search(tail) and not any(a in tail for a in _ALL_OF_THEM):
            return 0
        # 三次上调存款准备金率: a rise is no cut; 农村贫困人口由4960万人减少到2820万人: the levels of a from-to, no cut
        if label_is_cut(self.label) and (is_rise(phrase) or phrase.endswith(_from_to_levels())):
            return 0
        if marks is None:
            marks = figure_marks(phrase, context, kind, tail)
        # (an entry without a label, a user's, says nothing of what it measures: not checked)
        if marks and self.relation != "growth" and self.label != self.id and not label_is_flow(self.label):
            return 0
        if self.context_exclude or self.clause_context:
            clause = clause_of(context)
            if any(c in clause for c in self.context_exclude):
                return 0
            if self.clause_context and not any(c in clause or c in phrase for c in self.clause_context):
                return 0
        # 学校食堂, 每万人口…: the phrase counts another thing (a phrase with no head or ratio word is not checked)
        if _heads()[2].search(phrase) and other_head(phrase, head, nearest, self.label):
            return 0
        return (best * 4 + (2 if self.context else 0) + (1 if in_genre else 0)) * 1000 + nearest


@dataclass(frozen=True)
class Taxonomy:
    indicators: tuple[Indicator, ...]

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(i.id for i in self.indicators)

    def get(self, indicator_id: str) -> Indicator | None:
        return self._by_id.get(indicator_id)

    @functools.cached_property
    def _by_id(self) -> dict[str, Indicator]:
        """id -> entry (the first of an id, as the scan in file order found it)."""
        out: dict[str, Indicator] = {}
        for i in self.indicators:
            out.setdefault(i.id, i)
        return out

    def flow_of(self, stock_id: str, kind: MetricKind, unit: str | None) -> str | None:
        """The flow partner of ``stock_id`` (``indicator_flows.tsv``: the id of the new ones of the year of the same
        thing) when it is in the taxonomy and takes a figure of ``kind`` and ``unit``; else None."""
        flow = _flows().get(stock_id)
        ind = self.get(flow) if flow is not None else None
        if ind is None or kind not in ind.kinds or (ind.units and unit is not None and unit not in ind.units):
            return None
        return ind.id

    def whole_of(self, part_id: str, kind: MetricKind, unit: str | None) -> str | None:
        """The id whose figure is the sum of figures of ``part_id`` (its ``parts``), when a figure of ``kind`` and
        ``unit`` fits it."""
        for ind in self.indicators:
            if part_id in ind.parts and kind in ind.kinds and (not ind.units or unit is None or unit in ind.units):
                return ind.id
        return None

    def canonical(self, indicator_id: str) -> str:
        """The id now standing for ``indicator_id`` (itself, or the entry that lists it in ``aliases``)."""
        return next((i.id for i in self.indicators if indicator_id in i.aliases), indicator_id)

    @functools.cached_property
    def _automaton(self) -> ahocorasick.Automaton:
        """Every subject phrase -> the positions of the indicators using it, as one Aho-Corasick automaton."""
        by_phrase: dict[str, set[int]] = {}
        for pos, ind in enumerate(self.indicators):
            for phrase in ind.subject:
                by_phrase.setdefault(phrase, set()).add(pos)
        automaton = ahocorasick.Automaton()
        for phrase, positions in by_phrase.items():
            automaton.add_word(phrase, tuple(sorted(positions)))
        automaton.make_automaton()
        return automaton

    @functools.cached_property
    def _memo(self) -> dict[str, list[int]]:
        return {}

    def candidates(self, phrase: str) -> list[int]:
        """Positions of the indicators one of whose subject phrases occurs in ``phrase``, in file order.

        One pass of an Aho-Corasick automaton over the (short) subject phrase finds every subject phrase in
        it, overlapping ones too: no alternation of thousands of phrases is run over it."""
        memo = self._memo
        hit = memo.get(phrase)
        if hit is not None:
            return hit
        found: set[int] = set()
        automaton = self._automaton
        if automaton.kind == ahocorasick.AHOCORASICK:  # (no subject phrase at all: an empty automaton, no candidate)
            for _, positions in automaton.iter(phrase):
                found.update(positions)
        out = memo[phrase] = sorted(found)
        if len(memo) > 65536:  # subject phrases repeat across a corpus; a bound keeps a long batch's memory flat
            memo.clear()
        return out

    def match(
        self,
        phrase: str,
        context: str,
        kind: MetricKind,
        growth: bool,
        unit: str | None = None,
        genre: str | None = None,
        tail: str = "",
        marks: int | None = None,
    ) -> str | None:
        """The id fitting a figure whose subject phrase is ``phrase`` (``context``: its sentence so far; ``unit``: its
        base unit; ``genre``: its document's genre; ``tail``: the rest of its clause after it; ``marks``: its
        ``figure_marks`` when the caller knows them better than the words do)."""
        candidates = self.candidates(phrase)
        best_id, best = None, 0
        if marks is None:
            marks = figure_marks(phrase, context, kind, tail) if candidates else 0
        for i in candidates:
            ind = self.indicators[i]
            s = ind.score(phrase, context, kind, growth, unit, genre, tail, marks)
            if s > best:
                best_id, best = ind.id, s
        return best_id


def _strings(entry: dict[str, Any], key: str, where: str, line: int, required: bool = False) -> tuple[str, ...]:
    v = entry.get(key, [])
    if not isinstance(v, list) or not all(isinstance(x, str) and x for x in v) or (required and not v):
        raise DataFileError(where, line, f"'{key}' must be a{' non-empty' if required else ''} list of strings")
    return tuple(v)


def _line_of(text: str, indicator_id: str) -> int:
    for no, line in enumerate(text.splitlines(), 1):
        if indicator_id in line and line.strip().startswith("id"):
            return no
    return 0


def parse_taxonomy(text: str, where: str) -> list[Indicator]:
    """Indicators of one TOML text; ``where`` names it in errors (``file:line``)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(where, getattr(exc, "lineno", 0), f"not valid TOML: {exc}") from exc
    domain = data.get("domain", "")
    if not isinstance(domain, str):
        raise DataFileError(where, 0, "'domain' must be a string")
    entries = data.get("indicator", [])
    if not isinstance(entries, list):
        raise DataFileError(where, 0, "expected [[indicator]] tables")
    out = []
    for entry in entries:
        ident = entry.get("id")
        if not isinstance(ident, str) or not ident:
            raise DataFileError(where, 0, "an [[indicator]] has no 'id'")
        line = _line_of(text, ident)
        try:
            kinds = frozenset(MetricKind(k) for k in _strings(entry, "kinds", where, line, required=True))
        except ValueError as exc:
            raise DataFileError(where, line, f"{ident}: {exc}") from exc
        comparable = entry.get("comparable_prices", False)
        if not isinstance(comparable, bool):
            raise DataFileError(where, line, f"{ident}: comparable_prices must be true or false")
        relation = entry.get("relation")
        if relation is not None and relation not in RELATIONS:
            raise DataFileError(where, line, f"{ident}: relation must be one of {RELATIONS}")
        direction = entry.get("target_direction")
        if direction is not None and direction not in TARGET_DIRECTIONS:
            raise DataFileError(where, line, f"{ident}: target_direction must be one of {TARGET_DIRECTIONS}")
        out.append(
            Indicator(
                id=ident,
                label=str(entry.get("label", ident)),
                kinds=kinds,
                subject=_strings(entry, "subject", where, line, required=True),
                context=_strings(entry, "context", where, line),
                exclude=_strings(entry, "exclude", where, line),
                relation=relation,
                units=frozenset(_strings(entry, "units", where, line)),
                domain=str(entry.get("domain", domain)),
                comparable_prices=comparable,
                target_direction=direction,
                genres=frozenset(_strings(entry, "genres", where, line)),
                context_exclude=_strings(entry, "context_exclude", where, line),
                clause_context=_strings(entry, "clause_context", where, line),
                sentence_exclude=_strings(entry, "sentence_exclude", where, line),
                tail_exclude=_strings(entry, "tail_exclude", where, line),
                aliases=_strings(entry, "aliases", where, line),
                parts=_strings(entry, "parts", where, line),
            )
        )
    return out


def merge(base: Iterable[Indicator], extra: Iterable[Indicator]) -> tuple[Indicator, ...]:
    """``extra`` entries replace ``base`` entries of the same id (in their place); the others come first,
    so that a user's new entry wins a tie (same phrase length) against a shipped one."""
    merged = {i.id: i for i in base}
    added: dict[str, Indicator] = {}
    for i in extra:
        if i.id in merged:
            merged[i.id] = i
        else:
            added[i.id] = i
    return tuple(added.values()) + tuple(merged.values())


def shipped_indicators() -> tuple[Indicator, ...]:
    """The entries of every file of the shipped taxonomy folder, in file-name order."""
    folder = importlib.resources.files("analyzer.data").joinpath("indicators")
    out: list[Indicator] = []
    first: dict[str, str] = {}
    for res in sorted((r for r in folder.iterdir() if r.name.endswith(".toml")), key=lambda r: r.name):
        where = f"{SHIPPED}/{res.name}"
        text = res.read_text(encoding="utf-8")
        for ind in parse_taxonomy(text, where):
            for ident in (ind.id, *ind.aliases):
                if ident in first:
                    raise DataFileError(where, _line_of(text, ind.id), f"{ident} is already in {first[ident]}")
                first[ident] = where
            out.append(ind)
    return tuple(out)


@functools.lru_cache(maxsize=8)
def load_taxonomy(paths: tuple[Path, ...] = ()) -> Taxonomy:
    """The shipped taxonomy merged with the user files in ``paths`` (cached per tuple of paths)."""
    indicators = shipped_indicators()
    for p in paths:
        try:
            text = Path(p).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise DataFileError(str(p), 0, f"cannot read taxonomy: {exc}") from exc
        indicators = merge(indicators, parse_taxonomy(text, str(p)))
    return Taxonomy(indicators)


@functools.lru_cache(maxsize=1)
def _narrower_words() -> tuple[dict[str, tuple[str, ...]], re.Pattern[str], re.Pattern[str]]:
    """``indicator_narrower.tsv``'s groups, a named place opening a modifier and a named facility opening it."""
    g = grouped_words("indicator_narrower.tsv")
    place = re.compile(
        f"([\u4e00-\u9fff]{{2,4}}?)(?:{alternation(g.get('place_suffix', ()))})(?!{alternation(g.get('office', ()))})"
    )
    facility = re.compile(
        f"([\u4e00-\u9fff]{{2,8}}?)(?:{alternation(g.get('facility', ()))})(?!{alternation(g.get('not_facility', ()))})"
    )
    return g, place, facility


@functools.lru_cache(maxsize=8)
def _any_narrower(group: str) -> re.Pattern[str] | None:
    """Any word of ``indicator_narrower.tsv``'s ``group`` (None: none): a text without one needs no look at each."""
    words = _narrower_words()[0].get(group, ())
    return re.compile(alternation(words)) if words else None


def _first_in(group: str, words: tuple[str, ...], text: str) -> str | None:
    """The first of ``words`` (``group``'s, in file order) that occurs in ``text``."""
    any_word = _any_narrower(group)
    if any_word is None or any_word.search(text) is None:
        return None
    return next((w for w in words if w in text), None)


def _zone(modifier: str, g: dict[str, tuple[str, ...]]) -> str | None:
    """The zone (``zone`` of ``indicator_narrower.tsv``) ``modifier`` names as the figure's scope: its last zone word,
    unless a topic word follows it (推进粤港澳大湾区建设|38项重点工作 is the region's own work on the zone)."""
    if _first_in("zone", g.get("zone", ()), modifier) is None:
        return None
    at, word = max((modifier.rfind(w), w) for w in g.get("zone", ()))
    if modifier.startswith(g.get("zone_topic", ()), at + len(word)):
        return None
    return word


def _gov_level(modifier: str, g: dict[str, tuple[str, ...]]) -> str | None:
    """The level of government (``gov_level``) ``modifier`` names as the figure's, unless the whole region is named
    after it (中央财政已按全国财政性教育经费…占国内生产总值4%: the nation's share)."""
    word = _first_in("gov_level", g.get("gov_level", ()), modifier)
    if word is None or modifier.find("全", modifier.find(word)) >= 0:
        return None
    return word


def _own_place(name: str, token: str, region: str | None, not_place: tuple[str, ...], ends: bool = True) -> bool:
    """Whether the place ``token`` (its ``name`` without the suffix) is no narrower place: a generic word (全省, 各市,
    中心城市), or the report's own ``region`` (unknown: taken as its own). ``ends``: a name ending in a generic word is
    one too (市州); not for a facility's name, the words before it a place's name whole (郑州机场, 杭州港)."""
    if name.startswith(not_place) or (ends and name.endswith(not_place)):
        return True
    return region is None or token in region or region.startswith(name)


def _shares_words(name: str, label: str) -> bool:
    """Whether a facility's or programme's ``name`` shares two characters running with ``label``: a programme named
    for the measure (“增学位”工程 of 新增学位) is the measure's own, not a part."""
    return any(name[i : i + 2] in label for i in range(len(name) - 1))


# the groups of ``indicator_narrower.tsv`` naming a part of the things counted in a modifier before the matched subject:
# one group of people, one kind, one pilot or programme (read after places, facilities and per-unit quotas)
_PART_GROUPS = ("group", "kind", "programme")


def _part_named(modifier: str, g: dict[str, tuple[str, ...]]) -> str | None:
    """The group, kind or pilot ``modifier`` names as the figure's part (为退役军人提供…就业岗位, 国际集装箱班轮航线,
    免陪照护服务试点扩大至…医院), or None; words before a 等 are examples of the things counted (残疾人康复服务率等5项),
    and a kind beside its others (``not_kind``: 国际国内大赛) is no part."""
    modifier = modifier[modifier.rfind("等") + 1 :]
    for k in _PART_GROUPS:
        w = _first_in(k, g.get(k, ()), modifier)
        if w is not None and not (k == "kind" and _first_in("not_kind", g.get("not_kind", ()), modifier)):
            return w
    return None


def is_attribute(word: str) -> bool:
    """Whether ``word`` is a bare measure of a thing (``attribute`` of ``indicator_narrower.tsv``: 床位, 出口)."""
    return word in _narrower_words()[0].get("attribute", ())


def member_of_list(clause: str) -> bool:
    """Whether a figure's ``clause`` (its text up to the figure) ends in a relative clause of membership (纳入国家102项
    重大工程的|285个计划新开工项目): the figure counts the members of that programme or list, a part of all of them."""
    if not clause.endswith("的"):
        return False
    return _first_in("member", _narrower_words()[0].get("member", ()), clause) is not None


def owner_of_measure(subject: str) -> str | None:
    """The thing ``subject`` measures when it ends with a measure word (``measure`` of ``indicator_narrower.tsv``:
    猕猴桃综合产值 -> 猕猴桃), or None."""
    for w in _narrower_words()[0].get("measure", ()):
        if subject.endswith(w) and len(subject) > len(w):
            return subject[: -len(w)]
    return None


def narrower_scope(phrase: str, tail: str, ind: Indicator, region: str | None) -> str | None:
    """What in ``phrase`` (the figure's subject phrase) and ``tail`` (the words after it) narrows the scope of the
    entry ``ind`` matched: a named place other than ``region`` or a known sub-region before the matched subject
    (南疆五地州地区生产总值), a named facility, unit or channel opening it (长沙机场旅客吞吐量, 合江县人民政府网公开),
    a property of the items (不及预期, 征求意见), a per-unit quota (每个村, 各级政府…至少); None when nothing does
    or the entry's own label or subject phrases name that scope."""
    g, place, facility = _narrower_words()
    own = (ind.label, *ind.subject)
    at = -1
    for s in ind.subject:
        i = phrase.rfind(s)
        if i > at:
            at = i
    if at < 0:
        return None
    cut = -1
    for c in "，,；;：:。":
        i = phrase.rfind(c, 0, at)
        if i > cut:
            cut = i
    cut += 1
    modifier = phrase[cut:at]
    found: str | None = None
    if modifier:
        sub = (
            _first_in("sub_region", g.get("sub_region", ()), modifier)
            or _zone(modifier, g)
            or _gov_level(modifier, g)
        )
        m = place.match(modifier)
        f = facility.match(phrase, cut)  # the facility's word may open the subject (长沙|机场旅客吞吐量)
        if f is not None and f.end() - cut > len(modifier) + 2:
            f = None
        each = modifier.startswith(g.get("each", ())) and any(b in modifier for b in g.get("bound", ()))
        if sub is not None:
            found = sub
        elif m is not None and not _own_place(m.group(1), m.group(0), region, g.get("not_place", ())):
            found = m.group(0)
        elif (
            f is not None
            and not _own_place(f.group(1), f.group(0), region or "", g.get("not_place", ()), ends=False)
            and not any(f.group(0) in o for o in own)
            and not _shares_words(f.group(1), ind.label)
        ):
            return f.group(0)
        elif (w := _first_in("per_unit", g.get("per_unit", ()), modifier)) is not None:
            found = w
        elif each:
            found = next(b for b in g.get("bound", ()) if b in modifier)
        else:
            found = _part_named(modifier, g)
    if found is None:
        rest = phrase[cut:] + tail
        found = _first_in("property", g.get("property", ()), rest)
    if found is None or any(w in o for o in own for w in _named_in(found, g)):
        return None
    return found


def _named_in(found: str, g: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The scope words of ``found`` an entry's own label or subject phrases would name (机场 of 长沙机场)."""
    groups = ("facility", "property", "per_unit", "bound", "sub_region", "zone", "gov_level", *_PART_GROUPS)
    words = tuple(w for k in groups for w in g.get(k, ()) if w in found)
    return words or (found,)
