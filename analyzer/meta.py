"""Title, issuer, region, year and genre from the title block and the opening lines.

All matching runs on a simplified-character copy of the opening (``ingest.trad``);
values are taken from the text itself.

- title: the first short line of the opening that names a report (…报告, 政府工作报告);
  a page's ``<title>`` when the text has none.
- genre: a score over the title and the opening (``analyzer/data/meta_terms.tsv``).
- year, the year the report is ABOUT: the title's year (关于2024年…的报告 → 2024,
  2023年度… → 2023); for a 政府工作报告 the year before the one it was delivered in
  (the “——2026年1月26日在…会议上” line, the title, the page date, or a file name
  like ``2005_国务院政府工作报告.txt``), else the year of its “2004年工作回顾”.
  Using the file name is deliberate: collections name files by year, and the State
  Council reports carry no title line.
- region: the administrative name the title or issuer starts with (魏都区, 甘肃省);
  全国 for the State Council; short forms map to full names (``regions.tsv``).
- issuer: the organ line above the title, or the title's prefix before 关于/the year;
  for a 政府工作报告 the region's 人民政府 (国务院 for the national ones).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import PurePath

from .extract.patterns import PLAN_PERIOD_END
from .ingest._datafile import read_tsv
from .ingest.trad import to_simplified
from .numbers import parse_number
from .types import Document, Genre, Meta

_HEAD_CHARS = 3000
_MAX_TITLE = 80
_MIN_GENRE_SCORE = 3
_HEAD_TERM_CAP = 5

# a year 1949-2099
_YEAR = r"(?:19[4-9]\d|20\d\d)"
# a title that names a report: ends in 报告 (maybe with a bracketed note after it)
_REPORT_TITLE = re.compile(r"报告(?:[（(][^）)]*[）)])?$|政府工作报告|年度报告")
# the "——2026年1月26日在…人民代表大会…会议上" line under a 政府工作报告 title
_DELIVERY = re.compile(
    rf"^[—―\-－(（]*\s*(?P<y>{_YEAR}|[〇零一二三四五六七八九]{{4}})年.{{0,12}}?在(?P<where>.{{0,30}}?)人民代表大会"
)
# a year in a title: 2024年, 2023年度
_TITLE_YEAR = re.compile(rf"(?P<y>{_YEAR})\s*年")
# the opening sentence's year: "2023年，" "2024年以来，"
_OPENING_YEAR = re.compile(rf"(?P<y>{_YEAR})年(?:度|以来|是)?[，,]")
# the report's own statement of its year: 现将2024年法治政府建设情况报告如下
_STATEMENT_YEAR = re.compile(rf"现将?(?P<y>{_YEAR})年度?[^。，,；]{{0,30}}?报告如下")
# the report's title quoted in its opening: 现发布《东宝区2024年政府信息公开工作年度报告》
_QUOTED_YEAR = re.compile(rf"《[^《》]{{0,40}}?(?P<y>{_YEAR})年度?[^《》]{{0,40}}?报告》")
# the statistics period of an annual report: 2022年1月1日至2022年12月31日
_PERIOD_YEAR = re.compile(rf"(?P<y>{_YEAR})年1月1日[起]?至(?P=y)年12月31日")
# any year
_ANY_YEAR = re.compile(rf"(?<!\d)(?P<y>{_YEAR})年")
# a review heading: 一、2024年工作回顾 / 一、1999年国内工作回顾
_REVIEW_YEAR = re.compile(rf"(?P<y>{_YEAR})年(?:国内)?工作(?:回顾|总结)")
# ... or of a five-year plan period: 一、“十一五”时期国民经济和社会发展的回顾 -> 2010 (its last year)
_PLAN_NAMES = "|".join(sorted(PLAN_PERIOD_END, key=len, reverse=True))  # 十一五 before 十五
_PLAN_REVIEW = re.compile(rf"“?(?P<plan>{_PLAN_NAMES})”?(?:时期|计划|规划)[^。\n]{{0,20}}?回顾")
# a session of the National People's Congress named in the opening (向第十届全国人民代表大会第一次会议报告; 第十一届
# 全国人民代表大会第一次会议以来的五年): the year a national 政府工作报告 with no delivery line was delivered
_NPC_SESSION = re.compile(
    r"第(?P<term>[一二三四五六七八九十]+)届全国人民代表大会第(?P<session>[一二三四五六七八九十]+)次会议(?P<since>以来的五年)?"
)
# the first sessions: the 5th congress met first in 1978, each congress since sits five years
_NPC_FIFTH_FIRST_YEAR = 1978
_NPC_TERM_YEARS = 5
# a file name that starts with the year: 2005_国务院政府工作报告.txt
_FILENAME_YEAR = re.compile(rf"(?<!\d)(?P<y>{_YEAR})(?!\d)")
# a party committee before the government in a joint title: 中共浚县县委
_PARTY_PREFIX = re.compile(r"^中共\S{1,12}?委(?:员会)?\s*")
# one administrative unit: 甘肃省, 魏都区, 浚县, 内蒙古自治区, 东晓街道
_ADMIN_UNIT = r"[\u4e00-\u9fff]{1,10}?(?:特别行政区|自治区|自治州|自治县|新区|街道|地区|省|市|州|盟|县|区|旗|镇|乡)"
_ADMIN_CHAIN = re.compile(rf"^(?:{_ADMIN_UNIT})+")
_ADMIN_ONE = re.compile(_ADMIN_UNIT)


@lru_cache(maxsize=1)
def _terms() -> tuple[tuple[str, ...], tuple[tuple[str, str, str, int], ...]]:
    organs: list[str] = []
    rules: list[tuple[str, str, str, int]] = []
    for kind, text, genre, weight in read_tsv("meta_terms.tsv", 2, 4):
        if kind == "organ":
            organs.append(text)
        else:
            rules.append((kind, text, genre, int(weight or 1)))
    return tuple(sorted(organs, key=len, reverse=True)), tuple(rules)


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    """alias or full name -> full name."""
    out: dict[str, str] = {}
    for name, _level, aliases in read_tsv("regions.tsv", 2, 3):
        out[name] = name
        for a in filter(None, (x.strip() for x in aliases.split(","))):
            out[a] = name
    return out


def _lines(head: str) -> list[str]:
    return [x.strip() for x in head.split("\n") if x.strip()]


def _find_title(lines: list[str], hints: dict[str, str]) -> tuple[str | None, int]:
    for i, line in enumerate(lines[:25]):
        compact = line.replace(" ", "").replace("\u3000", "")
        if ">" in compact or "》" in compact[:1]:
            continue  # a breadcrumb (首页 >> 政务公开 >> …), or a quoted document name
        if len(compact) <= _MAX_TITLE and _REPORT_TITLE.search(compact) and "。" not in compact:
            return compact, i
        # 政府工作报\n告: a title broken by the page layout
        if i + 1 < len(lines) and len(lines[i + 1]) <= 2 and _REPORT_TITLE.search(compact + lines[i + 1]):
            return compact + lines[i + 1], i
    title = hints.get("html_title")
    if title and _REPORT_TITLE.search(title) and len(title) <= _MAX_TITLE:
        return title, -1
    return None, -1


def _genre(title: str | None, head: str) -> Genre:
    _, rules = _terms()
    scores: dict[str, int] = {}
    for kind, text, genre, weight in rules:
        if kind == "title" and title and text in title:
            scores[genre] = scores.get(genre, 0) + weight
        elif kind == "head":
            scores[genre] = scores.get(genre, 0) + weight * min(head.count(text), _HEAD_TERM_CAP)
        elif kind == "start" and text in head[:200]:
            scores[genre] = scores.get(genre, 0) + weight
    if not scores:
        return Genre.OTHER
    best = max(scores, key=lambda g: scores[g])
    if scores[best] < _MIN_GENRE_SCORE:
        return Genre.OTHER
    return Genre(best)


def _delivery(lines: list[str]) -> tuple[int | None, str | None]:
    """Year delivered and the place (广东省 / 全国) from the “——…在…人民代表大会” line."""
    for i, line in enumerate(lines[:12]):
        # the line may be broken before 人民代表大会 (广东 2026)
        joined = line + (lines[i + 1] if i + 1 < len(lines) and len(lines[i + 1]) <= 20 else "")
        m = _DELIVERY.search(joined.replace(" ", ""))
        if m:
            y = parse_number(m["y"]).exact  # 二〇二六 digit by digit, or 2026
            where = re.sub(r"第?[一二三四五六七八九十]+届$", "", m["where"])
            where = re.sub(r"^第[一二三四五六七八九十]+届", "", where)
            return int(y), where or None
    return None, None


def _npc_delivery(head: str) -> int | None:
    """The delivery year a national report's opening gives by the congress session it names: that session's year, or
    five years after it when the report reviews the five years since (…第一次会议以来的五年)."""
    m = _NPC_SESSION.search(head)
    if m is None:
        return None
    term, session = parse_number(m["term"]).exact, parse_number(m["session"]).exact
    if term is None or session is None or term < 5:
        return None
    year = _NPC_FIFTH_FIRST_YEAR + _NPC_TERM_YEARS * (int(term) - 5) + int(session) - 1
    return year + _NPC_TERM_YEARS if m["since"] else year


def _region_of(text: str | None) -> str | None:
    if not text:
        return None
    regions = _regions()
    text = _PARTY_PREFIX.sub("", re.sub(rf"^{_YEAR}年度?", "", text))
    for alias in sorted(regions, key=len, reverse=True):
        if text.startswith(alias):
            return regions[alias]
    m = _ADMIN_CHAIN.match(text)
    if not m:
        return None
    last = _ADMIN_ONE.findall(m.group(0))[-1]
    return regions.get(last, last)


def _issuer(lines: list[str], t_index: int, title: str | None) -> str | None:
    organs, _ = _terms()
    if t_index > 0:
        prev = lines[t_index - 1]
        if len(prev) <= 40 and prev.endswith(organs) and "。" not in prev:
            return prev
    if title:
        t = _PARTY_PREFIX.sub("", title)
        for cut in (t.find("关于"), (m.start() if (m := _TITLE_YEAR.search(t)) else -1)):
            if cut > 0 and t[:cut].strip().endswith(organs):
                return t[:cut].strip()
    return None


def _year(genre: Genre, title: str | None, head: str, delivered: int | None) -> int | None:
    if genre is Genre.GOV_WORK_REPORT:
        if delivered:
            return delivered - 1
        m = _REVIEW_YEAR.search(head)
        if m:
            return int(m["y"])
        m = _PLAN_REVIEW.search(head)
        if m:
            return PLAN_PERIOD_END[m["plan"]]
    if title:
        m = _TITLE_YEAR.search(title)
        if m:
            return int(m["y"])
    for pat in (_STATEMENT_YEAR, _QUOTED_YEAR, _PERIOD_YEAR, _OPENING_YEAR):
        m = pat.search(head[:1500])
        if m:
            return int(m["y"])
    # the year mentioned most often (the later one on a tie)
    years = Counter(int(m["y"]) for m in _ANY_YEAR.finditer(head))
    return max(years, key=lambda y: (years[y], y)) if years else None


def detect_meta(doc: Document) -> Meta:
    """Title, issuer, region, year (the year reported on) and genre of a document."""
    head = to_simplified(doc.text[:_HEAD_CHARS])
    lines = _lines(head)
    hints = dict(reversed(doc.hints))  # first value of each key wins
    title, t_index = _find_title(lines, hints)
    genre = _genre(title, head)
    issuer = _issuer(lines, t_index, title)
    region = _region_of(issuer) or _region_of(title)
    delivered, where = _delivery(lines)
    if genre is Genre.GOV_WORK_REPORT:
        if where:
            region = "全国" if "全国" in where else (_region_of(where) or region)
        if region is None and (head.count("国务院") or "全国政协" in head):
            region = "全国"
        if delivered is None and title and (m := _TITLE_YEAR.search(title)):
            delivered = int(m["y"])
        if delivered is None and doc.source.path:
            fm = _FILENAME_YEAR.search(PurePath(doc.source.path).name)
            if fm:
                delivered = int(fm["y"])
        if delivered is None and hints.get("date"):
            delivered = int(hints["date"][:4])
        if delivered is None and region == "全国":
            delivered = _npc_delivery(head)
        issuer = "国务院" if region == "全国" else (f"{region}人民政府" if region else issuer)
    year = _year(genre, title, head, delivered)
    return Meta(title=title, issuer=issuer, region=region, year=year, genre=genre)
