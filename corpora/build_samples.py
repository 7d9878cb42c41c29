"""Build the sample corpus (corpora/samples/) from the hand-written sources.

Usage (from the repository root)::

    .venv/bin/python corpora/build_samples.py          # rebuild every sample
    .venv/bin/python corpora/build_samples.py --check  # fail if an output is stale

Sources live in ``corpora/sources/<name>.txt``: plain UTF-8 text, one paragraph
per line.  A run of lines that start with ``|`` is a table, one row per line,
cells separated by ``|``; a cell holding only ``<`` is merged into the cell on
its left, only ``^`` into the cell above (the merged region takes the text of
its top-left cell).  ``SAMPLES`` below says which format each sample is
published in:

- ``txt``: the text itself; table rows are flattened to ``| a | b |`` lines,
  merged cells left empty (this is how many real pages look after copying).
- ``docx``: python-docx paragraphs, the title centred, headings in bold, tables
  as real Word tables with merged cells.  Zip timestamps and core properties
  are pinned so that a rebuild gives the same bytes (and the same sha256).
- ``html``: a whole web page as a government site serves it: ``<script>``,
  header, ``<nav>``, breadcrumb, the ``【字号：大 中 小】 打印 关闭`` bar, the
  article with ``<table>`` elements (rowspan/colspan), footer.

The builder writes nothing else: annotations (``*.annotations.json``) are
kept by hand next to the outputs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import io
import re
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
SAMPLES_DIR = HERE / "samples"

FIXED_TIME = dt.datetime(2026, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Sample:
    name: str
    fmt: str  # txt | docx | html
    site: str = ""  # web site name for html chrome
    column: str = ""  # site column (breadcrumb) for html chrome
    published: str = ""  # 发布时间 on the html page
    origin: str = ""  # 来源 on the html page


SAMPLES: tuple[Sample, ...] = (
    Sample("qinglan_2024_fazhi_annual", "txt"),
    Sample("baichuan_2025_fazhi_annual", "docx"),
    Sample(
        "lanxi_2025_fazhi_annual",
        "html",
        site="澜溪区人民政府门户网站",
        column="法治政府建设",
        published="2026-03-06 09:30",
        origin="澜溪区司法局",
    ),
    Sample("tongyu_2025_gov_work_report", "txt"),
    Sample("wuyang_2025_gov_work_report", "docx"),
    Sample(
        "qinglan_2024_info_disclosure",
        "html",
        site="明川市青岚区人民政府",
        column="政府信息公开年报",
        published="2025-01-24 16:05",
        origin="青岚区人民政府办公室",
    ),
    Sample("baichuan_2025_info_disclosure", "docx"),
    Sample("yunxiu_2025_info_disclosure", "txt"),
)

# --- source parsing ---------------------------------------------------------

MERGE_LEFT = "<"
MERGE_UP = "^"

# a top-level or second-level heading line: 一、… / （一）…
HEADING_RE = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")


@dataclass(frozen=True)
class Para:
    text: str


@dataclass(frozen=True)
class TableBlock:
    rows: tuple[tuple[str, ...], ...]


def parse_source(text: str) -> list[Para | TableBlock]:
    """Split a source into paragraphs and tables (blank lines are dropped)."""
    blocks: list[Para | TableBlock] = []
    rows: list[tuple[str, ...]] = []
    for line in text.splitlines():
        if line.startswith("|"):
            rows.append(tuple(c.strip() for c in line.strip().strip("|").split("|")))
            continue
        if rows:
            blocks.append(TableBlock(tuple(rows)))
            rows = []
        if line.strip():
            blocks.append(Para(line.rstrip()))
    if rows:
        blocks.append(TableBlock(tuple(rows)))
    for b in blocks:
        if isinstance(b, TableBlock):
            widths = {len(r) for r in b.rows}
            if len(widths) != 1:
                raise ValueError(f"table rows of different widths {sorted(widths)}: {b.rows[0][:2]}")
    return blocks


def resolved_grid(table: TableBlock) -> list[list[str]]:
    """The grid with merge markers replaced by the empty string."""
    return [["" if c in (MERGE_LEFT, MERGE_UP) else c for c in row] for row in table.rows]


def spans(table: TableBlock) -> dict[tuple[int, int], tuple[int, int]]:
    """Top-left (row, col) of each merged region -> (rowspan, colspan); other origins map to (1, 1)."""
    rows = table.rows
    n_rows, n_cols = len(rows), len(rows[0])
    owner: dict[tuple[int, int], tuple[int, int]] = {}
    for r in range(n_rows):
        for c in range(n_cols):
            cell = rows[r][c]
            if cell == MERGE_LEFT:
                owner[(r, c)] = owner[(r, c - 1)]
            elif cell == MERGE_UP:
                owner[(r, c)] = owner[(r - 1, c)]
            else:
                owner[(r, c)] = (r, c)
    result: dict[tuple[int, int], tuple[int, int]] = {}
    for (r, c), (orow, ocol) in owner.items():
        rs, cs = result.get((orow, ocol), (1, 1))
        result[(orow, ocol)] = (max(rs, r - orow + 1), max(cs, c - ocol + 1))
    return result


# --- renderers ---------------------------------------------------------------


def render_txt(blocks: list[Para | TableBlock]) -> str:
    out: list[str] = []
    for b in blocks:
        if isinstance(b, Para):
            out.append(b.text)
        else:
            for row in resolved_grid(b):
                out.append("| " + " | ".join(row) + " |")
    return "\n".join(out) + "\n"


def _title_lines(blocks: list[Para | TableBlock]) -> int:
    """How many leading paragraphs form the title block (short lines before the body)."""
    n = 0
    for b in blocks:
        if not isinstance(b, Para) or len(b.text) > 40 or HEADING_RE.match(b.text) or b.text.endswith("："):
            break
        n += 1
    return n


def render_docx(blocks: list[Para | TableBlock]) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "FangSong"
    style.font.size = Pt(16)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    n_title = _title_lines(blocks)
    for i, b in enumerate(blocks):
        if isinstance(b, TableBlock):
            _docx_table(doc, b)
            continue
        p = doc.add_paragraph()
        run = p.add_run(b.text)
        if i < n_title:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = i == 0
            if i == 0:
                run.font.size = Pt(22)
        elif HEADING_RE.match(b.text) and len(b.text) <= 60:
            run.bold = True
        else:
            p.paragraph_format.first_line_indent = Pt(32)
    props = doc.core_properties
    props.author = "govreport-analyzer sample corpus"
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.last_modified_by = ""
    props.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return _pin_zip_times(buf.getvalue())


def _docx_table(doc, table: TableBlock) -> None:
    rows = table.rows
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for (r, c), (rs, cs) in spans(table).items():
        cell = t.cell(r, c)
        if rs > 1 or cs > 1:
            cell = cell.merge(t.cell(r + rs - 1, c + cs - 1))
        cell.text = rows[r][c]


def _pin_zip_times(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, body)
    return out.getvalue()


HTML_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="{site}">
<meta name="ColumnName" content="{column}">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{published}">
<title>{title}_{column}_{site}</title>
<link rel="stylesheet" href="/static/css/article.css">
<script type="text/javascript">
  var _hmt = _hmt || [];
  function doZoom(size) {{ document.getElementById("zoom").style.fontSize = size + "px"; }}
  function printPage() {{ window.print(); }}
</script>
</head>
<body>
<div class="top-bar"><span>无障碍浏览</span> | <span>长者模式</span> | <a href="/">设为首页</a> | <a href="/">加入收藏</a></div>
<header class="site-header">
  <div class="logo">{site}</div>
  <form class="search" action="/search"><input type="text" name="q" placeholder="请输入关键字"><button>搜索</button></form>
</header>
<nav class="main-nav">
  <ul>
    <li><a href="/">首页</a></li>
    <li><a href="/zwgk/">政务公开</a></li>
    <li><a href="/zwfw/">政务服务</a></li>
    <li><a href="/hdjl/">互动交流</a></li>
    <li><a href="/zjxq/">走进本地</a></li>
  </ul>
</nav>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="#">{column}</a></div>
<div class="article">
  <h1 class="article-title">{title}</h1>
  <div class="article-info">
    <span>发布时间：{published}</span>　<span>来源：{origin}</span>　<span>浏览次数：<em id="hits">--</em></span>
    <span class="tools">【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】 <a href="javascript:printPage()">打印</a> <a href="javascript:window.close()">关闭</a></span>
  </div>
  <div class="article-content" id="zoom">
{body}
  </div>
  <div class="share">分享到：微信 微博</div>
</div>
<footer class="site-footer">
  <p><a href="/about">关于本网</a> | <a href="/sitemap">网站地图</a> | <a href="/contact">联系我们</a></p>
  <p>主办：{site}办公室　网站标识码：0000000000　备案号：示例ICP备00000000号</p>
</footer>
<script type="text/javascript">document.getElementById("hits").innerText = "1024";</script>
</body>
</html>
"""


def render_html(blocks: list[Para | TableBlock], sample: Sample) -> str:
    n_title = _title_lines(blocks)
    title = "".join(b.text for b in blocks[:n_title] if isinstance(b, Para))
    parts: list[str] = []
    for i, b in enumerate(blocks):
        if isinstance(b, TableBlock):
            parts.append(_html_table(b))
        elif i < n_title:
            parts.append(f'    <p style="text-align:center"><strong>{html.escape(b.text)}</strong></p>')
        elif HEADING_RE.match(b.text) and len(b.text) <= 60:
            parts.append(f"    <p><strong>{html.escape(b.text)}</strong></p>")
        else:
            parts.append(f'    <p style="text-indent:2em">{html.escape(b.text)}</p>')
    return HTML_PAGE.format(
        site=html.escape(sample.site),
        column=html.escape(sample.column),
        title=html.escape(title),
        published=html.escape(sample.published),
        origin=html.escape(sample.origin),
        body="\n".join(parts),
    )


def _html_table(table: TableBlock) -> str:
    sp = spans(table)
    lines = ['    <table border="1" cellspacing="0" cellpadding="4">']
    for r, row in enumerate(table.rows):
        cells = []
        for c, text in enumerate(row):
            if (r, c) not in sp:
                continue
            rs, cs = sp[(r, c)]
            attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            cells.append(f"<td{attrs}>{html.escape(text)}</td>")
        lines.append("      <tr>" + "".join(cells) + "</tr>")
    lines.append("    </table>")
    return "\n".join(lines)


# --- driver ------------------------------------------------------------------


def build(sample: Sample) -> tuple[Path, bytes]:
    blocks = parse_source((SOURCES / f"{sample.name}.txt").read_text(encoding="utf-8"))
    out = SAMPLES_DIR / f"{sample.name}.{sample.fmt}"
    if sample.fmt == "txt":
        data = render_txt(blocks).encode("utf-8")
    elif sample.fmt == "docx":
        data = render_docx(blocks)
    elif sample.fmt == "html":
        data = render_html(blocks, sample).encode("utf-8")
    else:
        raise ValueError(f"unknown format {sample.fmt!r} for {sample.name}")
    return out, data


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if an output differs from a fresh build")
    args = ap.parse_args(argv)
    SAMPLES_DIR.mkdir(parents=True, exist_ok=True)
    stale = []
    for sample in SAMPLES:
        out, data = build(sample)
        if args.check:
            if not out.is_file() or out.read_bytes() != data:
                stale.append(out.name)
            continue
        out.write_bytes(data)
        print(f"wrote {out.relative_to(HERE.parent)} ({len(data):,} bytes)")
    if stale:
        print("stale outputs (run corpora/build_samples.py): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
