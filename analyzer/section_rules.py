"""Heading keyword rules for section categories and measure topics (data in ``analyzer/data``).

They serve twice: as the fallback classifier when no model file can be loaded
(``classify.classify_sections`` then reports ``confidence=None``), and to derive
weak labels from the headings of real reports before they are checked by hand
(``analyzer.training.weak_labels``).
"""

from __future__ import annotations

import functools
import importlib.resources
import re
from dataclasses import dataclass

from .errors import DataFileError

GENRE_LABELS: dict[str, tuple[str, ...]] = {
    "fazhi_annual": ("duty", "measures", "shortcomings", "plans", "other"),
    "gov_work_report": ("review", "targets", "tasks", "self_building", "other"),
    "info_disclosure_annual": ("overview", "proactive", "requests", "review_litigation", "problems", "other"),
}
TOPICS: tuple[str, ...] = (
    "functions",
    "rules",
    "decisions",
    "enforcement",
    "emergency",
    "disputes",
    "oversight",
    "digital",
    "leadership",
)

# a heading label at the start of a title: 一、 （一） (1) 1. 1、 第一部分 …
_CN_NUM = r"[一二三四五六七八九十百〇零]+"
_LABEL = re.compile(
    r"^[\s\u3000]*(?:"
    rf"{_CN_NUM}[、．.]"  # 一、
    rf"|[（(]{_CN_NUM}[）)]"  # （一）
    r"|[（(][0-9０-９]+[）)]"  # （1）
    r"|[0-9０-９]+[、．.](?![0-9０-９])"  # 1. 1、 (not 1.5)
    rf"|第{_CN_NUM}(?:部分|章|节)[：:、\s\u3000]*"  # 第一部分
    r")[\s\u3000]*"
)


def strip_label(title: str) -> str:
    """The heading title without its leading number label and surrounding spaces."""
    return _LABEL.sub("", title, count=1).strip()


@dataclass(frozen=True)
class KeywordRule:
    genre: str
    label: str
    keyword: str


def _read_tsv(name: str, ncols: int) -> list[tuple[int, list[str]]]:
    res = importlib.resources.files("analyzer.data").joinpath(name)
    rows: list[tuple[int, list[str]]] = []
    for lineno, line in enumerate(res.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != ncols or not all(c.strip() for c in cols):
            raise DataFileError(f"analyzer/data/{name}", lineno, f"expected {ncols} tab-separated non-empty columns")
        rows.append((lineno, [c.strip() for c in cols]))
    return rows


@functools.lru_cache(maxsize=1)
def category_rules() -> tuple[KeywordRule, ...]:
    """The rules of ``section_keywords.tsv``, in file order."""
    rules = []
    for lineno, (genre, label, keyword) in _read_tsv("section_keywords.tsv", 3):
        if label not in GENRE_LABELS.get(genre, ()):
            raise DataFileError("analyzer/data/section_keywords.tsv", lineno, f"unknown genre/category {genre}/{label}")
        rules.append(KeywordRule(genre, label, keyword))
    return tuple(rules)


@functools.lru_cache(maxsize=1)
def topic_rules() -> tuple[KeywordRule, ...]:
    """The rules of ``topic_keywords.tsv`` (genre is always fazhi_annual)."""
    rules = []
    for lineno, (topic, keyword) in _read_tsv("topic_keywords.tsv", 2):
        if topic not in TOPICS:
            raise DataFileError("analyzer/data/topic_keywords.tsv", lineno, f"unknown topic {topic}")
        rules.append(KeywordRule("fazhi_annual", topic, keyword))
    return tuple(rules)


def category_by_keywords(genre: str, heading: str) -> str | None:
    """The category the first matching keyword rule gives ``heading``; None when none matches."""
    title = strip_label(heading)
    for rule in category_rules():
        if rule.genre == genre and rule.keyword in title:
            return rule.label
    return None


def topics_by_keywords(heading: str, body: str = "", *, body_chars: int = 300) -> tuple[str, ...]:
    """Topic tags whose keywords occur in the heading (or the first ``body_chars`` of the body)."""
    hay = strip_label(heading) + "\n" + body[:body_chars]
    found = {rule.label for rule in topic_rules() if rule.keyword in hay}
    return tuple(t for t in TOPICS if t in found)
