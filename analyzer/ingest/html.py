"""HTML: the main content of a saved page (BeautifulSoup with lxml).

Dropped: script, style and other non-content elements, and navigation, header,
footer, share and breadcrumb blocks (by tag, role, or an id/class token such as
``nav``, ``menu``, ``footer``).  The main content is ``<article>``, ``<main>`` or
``role=main`` when there is one, else the element whose id/class names the content
(``content``, ``article``, ``zoom``, ``TRS_Editor`` …) holding the most text, else
the body.  Block elements become lines; tables become ``TableBlock`` rows, with
colspan/rowspan expanded as in ``analyzer.ingest.tables``.  The page's ``<title>``
is kept as a hint for the metadata.
"""

from __future__ import annotations

import re

from ..errors import EmptyDocumentError, IngestError
from .clean import Item, TableBlock
from .txt import decode_bytes

# elements that never hold report text
_DROP_TAGS = (
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "iframe", "svg", "canvas", "button", "select", "input", "textarea", "link", "meta", "head", "object",
)  # fmt: skip
# id/class tokens of page chrome
_CHROME_TOKEN = re.compile(
    r"(?:^|[-_\s])(?:nav|navbar|menu|breadcrumbs?|crumbs?|footer|header|share|sidebar|toolbar|copyright|topbar|weizhi)(?:$|[-_\s\d])",
    re.IGNORECASE,
)
# id/class tokens of the content container
_CONTENT_TOKEN = re.compile(r"content|article|zoom|trs_editor|detail|zw|main|text|body", re.IGNORECASE)
# block-level elements: each starts a new line
_BLOCK_TAGS = frozenset((
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "section", "article",
    "main", "blockquote", "pre", "tr", "table", "center", "br", "hr", "title",
))  # fmt: skip
# <meta charset=...> or content="text/html; charset=..."
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_MIN_TEXT_CHARS = 20


def _decode(data: bytes, name: str) -> tuple[str, str]:
    m = _META_CHARSET.search(data[:4096])
    if m:
        declared = m.group(1).decode("ascii").lower()
        enc = "gb18030" if declared in ("gb2312", "gbk", "gb18030", "x-gbk") else declared
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            pass  # a wrong declaration: detect instead
    text, enc, _ = decode_bytes(data, name)
    return text, enc


def _attr_tokens(tag) -> str:  # type: ignore[no-untyped-def]
    attrs = getattr(tag, "attrs", None) or {}
    classes = attrs.get("class") or []
    if isinstance(classes, str):
        classes = [classes]
    return " ".join([str(attrs.get("id") or ""), *map(str, classes)])


def _table_rows(table) -> tuple[tuple[str, ...], ...]:  # type: ignore[no-untyped-def]
    rows: list[tuple[str, ...]] = []
    pending: dict[int, int] = {}  # column -> rows still covered by a rowspan from above
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is not table:
            continue  # a nested table's row: its text is in the enclosing cell
        cells: list[str] = []
        col = 0
        for td in tr.find_all(["td", "th"], recursive=False):
            while pending.get(col, 0) > 0:
                pending[col] -= 1
                cells.append("")
                col += 1
            span = _int_attr(td, "colspan")
            down = _int_attr(td, "rowspan")
            cells.append(td.get_text(" ", strip=True))
            cells.extend([""] * (span - 1))
            for c in range(col, col + span):
                if down > 1:
                    pending[c] = down - 1
            col += span
        while pending.get(col, 0) > 0:
            pending[col] -= 1
            cells.append("")
            col += 1
        rows.append(tuple(cells))
    return tuple(rows)


def _int_attr(tag, name: str) -> int:  # type: ignore[no-untyped-def]
    try:
        return max(1, min(int(str(tag.get(name, "1")).strip() or 1), 1000))
    except ValueError:
        return 1


def _main_node(soup):  # type: ignore[no-untyped-def]
    body = soup.body or soup
    total = len(body.get_text(strip=True)) or 1
    for sel in ("article", "main", '[role="main"]'):
        node = soup.select_one(sel)
        if node is not None and len(node.get_text(strip=True)) >= 0.3 * total:
            return node
    best, best_len = None, 0
    for node in body.find_all(["div", "td", "section"]):
        if _CONTENT_TOKEN.search(_attr_tokens(node)):
            n = len(node.get_text(strip=True))
            if n > best_len:
                best, best_len = node, n
    if best is not None and best_len >= 0.3 * total:
        return best
    return body


def _items(node) -> list[Item]:  # type: ignore[no-untyped-def]
    from bs4 import Comment, NavigableString, Tag

    items: list[Item] = []
    buf: list[str] = []

    def flush() -> None:
        line = " ".join("".join(buf).split())
        buf.clear()
        if line:
            items.append(line)

    def walk(el) -> None:  # type: ignore[no-untyped-def]
        for child in el.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                buf.append(str(child))
            elif isinstance(child, Tag):
                if child.name == "table":
                    flush()
                    rows = _table_rows(child)
                    if rows:
                        items.append(TableBlock(rows))
                elif child.name in _BLOCK_TAGS:
                    flush()
                    walk(child)
                    flush()
                else:
                    walk(child)

    walk(node)
    flush()
    return items


def read_html(data: bytes, name: str) -> tuple[list[Item], str, tuple[tuple[str, str], ...]]:
    """Items of the page's main content, the encoding, and hints (the page title)."""
    from bs4 import BeautifulSoup

    text, enc = _decode(data, name)
    try:
        soup = BeautifulSoup(text, "lxml")
    except Exception as exc:
        raise IngestError(f"{name}: HTML cannot be parsed ({type(exc).__name__}: {exc})") from exc
    page_title = soup.title.get_text(" ", strip=True) if soup.title else ""
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(None, {"role": ["navigation", "banner", "contentinfo"]}):
        tag.decompose()
    for tag in soup.find_all(True):
        if getattr(tag, "decomposed", False) or tag.attrs is None:
            continue
        if _CHROME_TOKEN.search(_attr_tokens(tag)) and tag.name not in ("body", "html"):
            tag.decompose()
    items = _items(_main_node(soup))
    visible = sum(len("".join(it.split())) for it in items if isinstance(it, str)) + sum(
        1 for it in items if isinstance(it, TableBlock)
    )
    if visible < _MIN_TEXT_CHARS:
        raise EmptyDocumentError(
            f"{name}: HTML page has no readable text (mostly script? a page built by JavaScript "
            "must be saved after it has rendered, e.g. copy its text to a .txt file)"
        )
    hints = (("html_title", page_title),) if page_title else ()
    return items, enc, hints
