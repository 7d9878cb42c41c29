"""Text cleaning: character normalisation, page artefacts, web chrome, metadata lines.

The cleaned text is the one every offset of the report points into, so cleaning
is done once, here, before anything looks for headings or numbers.

Characters: full-width digits, Latin letters and the number signs ``％ ． ＋ － ／ ＝ ＜ ＞``
go through NFKC (``１９５５`` → ``1955``, ``３．６８％`` → ``3.68%``), a full-width comma between
digits becomes ``,`` (``１，２３４`` → ``1,234``).  Chinese punctuation (，。：；（）“”) is kept
as it is: it is the text, not a compatibility form.  Zero-width characters are removed,
other Unicode spaces become a space.

Lines: stripped; ``PAGE`` / ``- 4 -`` / ``第3页 共9页`` page artefacts dropped anywhere;
web chrome (``analyzer/data/web_chrome.txt``) dropped in the page header and tail;
``来源：`` / ``时间：`` lines of the header read into hints and dropped; runs of blank
lines collapsed to one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ._datafile import read_tsv

Hints = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class TableBlock:
    """A table as a reader found it: rows of cell strings (merged cells already expanded)."""

    rows: tuple[tuple[str, ...], ...]


Item = str | TableBlock

# --- characters -------------------------------------------------------------

# full-width forms that stand for ASCII in numbers and codes (NFKC maps each to one char)
_FULLWIDTH_ASCII = (
    [chr(c) for c in range(0xFF10, 0xFF1A)]  # ０-９
    + [chr(c) for c in range(0xFF21, 0xFF3B)]  # Ａ-Ｚ
    + [chr(c) for c in range(0xFF41, 0xFF5B)]  # ａ-ｚ
    + list("％．＋－／＝＜＞﹪")
)
# characters that carry nothing (zero-width space/joiners, BOM, word joiner, soft hyphen)
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# spaces other than the ideographic one (kept: it is indentation, stripped at line ends)
_SPACES = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
# a full-width comma used as a thousands separator: digit ， three digits
# (the comma comes first so the regex engine can jump from comma to comma; the digit before is a lookbehind)
_THOUSANDS_COMMA = re.compile(r"，(?<=\d，)(?=\d{3}(?!\d))")


# a run of full-width ASCII forms (NFKC maps each to one ASCII character)
_FULLWIDTH_RUN = re.compile("[" + re.escape("".join(_FULLWIDTH_ASCII)) + "]+")
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")
_SPACES_RE = re.compile(f"[{_SPACES}]")


def _nfkc(m: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", m.group())


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")


def normalize_chars(text: str) -> str:
    """Full-width digits/letters/number signs to ASCII, invisible characters out, one newline kind."""
    text = _FULLWIDTH_RUN.sub(_nfkc, normalize_newlines(text))
    text = _SPACES_RE.sub(" ", _INVISIBLE_RE.sub("", text))
    return _THOUSANDS_COMMA.sub(",", text)


# --- lines ------------------------------------------------------------------

# Word's page-number field left in an export: PAGE, NUMPAGES (maybe with a number)
_FIELD_CODE = r"(?:PAGE|NUMPAGES)(?:\s+\d+)?"
# a page number between dashes: - 4 -, —12—
_DASHED_PAGE = r"[-—–－]\s*\d{1,4}\s*[-—–－]"
# 第3页 / 第 3 页 共 9 页 / 第3页，共9页
_NTH_PAGE = r"第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
_PAGE_ARTEFACT = re.compile(rf"(?:{_FIELD_CODE}|{_DASHED_PAGE}|{_NTH_PAGE})")

# labels of a web page's source / date lines
_SOURCE_LABEL = r"(?:信息来源|文章来源|稿件来源|来源)"
_DATE_LABEL = r"(?:发布时间|发表时间|更新时间|发布日期|刊发日期|时间|日期)"
# a line that starts with such a label (optionally after a bullet)
_META_START = re.compile(rf"^[•·\s]*(?:{_SOURCE_LABEL}|{_DATE_LABEL})\s*[:：]")
# one label:value pair inside such a line; the value runs to the next label
_META_PAIR = re.compile(
    rf"(?P<label>{_SOURCE_LABEL}|{_DATE_LABEL}|作者|浏览次数|审核人|编辑)\s*[:：]\s*"
    rf"(?P<value>.*?)\s*(?=(?:{_SOURCE_LABEL}|{_DATE_LABEL}|作者|浏览次数|审核人|编辑)\s*[:：]|$)"
)
# a date: 2026-02-10, 2026/2/10, 2026年02月10日
_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})")
# a line that is only a date and maybe a time: 2026-02-03 09:02:33, 2026年02月10日 07时41分
_BARE_DATE = re.compile(r"^\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?(?:\s+\d{1,2}[:时]\d{2}(?:分|:\d{2})?)?$")
# an opening bracket left alone on its line by a page break: （ then 三）…
_LONE_OPEN_BRACKET = {"（", "("}
# a line starting with a closing mark continues the line before it: …《书名\n》的说明
_CLOSING_JOINS = ("》", "）")


@lru_cache(maxsize=1)
def _chrome() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    lines, tails, prefixes = set(), set(), []
    for kind, text in read_tsv("web_chrome.txt", 2, 2):
        if kind == "line":
            lines.add(text)
        elif kind == "tail":
            tails.add(text)
        elif kind == "tailpre":
            prefixes.append(text)
    return frozenset(lines), frozenset(tails), tuple(prefixes)


def iso_date(text: str) -> str | None:
    m = _DATE.search(text)
    if not m:
        return None
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _is_body(item: Item) -> bool:
    """Does this item look like report text (ends the page header)?"""
    if isinstance(item, TableBlock):
        return True
    return len(item) >= 40 or "。" in item or item.startswith("各位代表")


def _meta_hints(line: str, next_line: str | None) -> tuple[list[tuple[str, str]], bool]:
    """Hints from a 来源/时间 line; the bool says the value was on the next line (consume it)."""
    hints: list[tuple[str, str]] = []
    used_next = False
    for m in _META_PAIR.finditer(line):
        label, value = m["label"], m["value"].strip()
        if not value and next_line is not None and len(next_line) <= 40 and not _META_START.match(next_line):
            value, used_next = next_line, True
        if not value:
            continue
        if re.fullmatch(_SOURCE_LABEL, label):
            hints.append(("source", value))
        elif re.fullmatch(_DATE_LABEL, label):
            date = iso_date(value)
            if date:
                hints.append(("date", date))
    return hints, used_next


def clean_items(items: list[Item], *, normalized: bool = False) -> tuple[list[Item], Hints]:
    """Clean a sequence of lines and tables; return the kept items and the hints read.

    ``normalized``: the lines already went through ``normalize_chars`` (skip it here).
    """
    lines_chrome, tails, tail_prefixes = _chrome()
    if normalized:
        items = [it if isinstance(it, TableBlock) else it.strip() for it in items]
    else:
        items = [it if isinstance(it, TableBlock) else normalize_chars(it).strip() for it in items]
    total = sum(len(it) for it in items if isinstance(it, str)) or 1
    hints: list[tuple[str, str]] = []
    out: list[Item] = []
    in_header = True
    seen = 0
    dropped = 0
    i = 0
    while i < len(items):
        it = items[i]
        i += 1
        if isinstance(it, TableBlock):
            out.append(it)
            in_header = False
            continue
        seen += len(it)
        if _PAGE_ARTEFACT.fullmatch(it):
            dropped += 1
            continue
        if seen > total / 2 and (it in tails or it.startswith(tail_prefixes)):
            dropped += 1 + sum(1 for rest in items[i:] if rest)
            break
        if in_header and len(out) < 80:
            if it in lines_chrome:
                dropped += 1
                continue
            if _META_START.match(it):
                nxt = items[i] if i < len(items) and isinstance(items[i], str) else None
                found, used_next = _meta_hints(it, nxt)
                hints.extend(found)
                i += used_next
                dropped += 1 + used_next
                continue
            if _BARE_DATE.match(it):
                date = iso_date(it)
                if date:
                    hints.append(("date", date))
                dropped += 1
                continue
            if _is_body(it):
                in_header = False
        # an inline element (《书名》, a subscript) that the page export put on a line of its own
        if (it in _LONE_OPEN_BRACKET or it.endswith("《")) and i < len(items) and isinstance(items[i], str):
            items[i] = it + normalize_chars(str(items[i])).strip()
            continue
        if it.startswith(_CLOSING_JOINS) and out and isinstance(out[-1], str) and out[-1]:
            out[-1] = out[-1] + it
            continue
        if not it and (not out or out[-1] == ""):
            continue
        out.append(it)
    while out and out[-1] == "":
        out.pop()
    if dropped:
        hints.append(("dropped_lines", str(dropped)))
    return out, tuple(hints)


def clean_text(text: str) -> tuple[str, Hints]:
    """Clean a whole plain text (no tables): the text all offsets will point into, and hints."""
    items, hints = clean_items(normalize_chars(text).split("\n"), normalized=True)
    return "\n".join(str(it) for it in items), hints
