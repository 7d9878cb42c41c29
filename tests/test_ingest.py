"""Ingest: encodings, cleaning, hints, tables, and the docx/html/pdf readers (fixtures written here)."""

from __future__ import annotations

import hashlib

import pytest
from _pdf_fixtures import pdf_bytes
from hypothesis import given
from hypothesis import strategies as st

from analyzer.ingest import clean as _clean
from analyzer.ingest import from_text, read_file
from analyzer.ingest.clean import clean_text, iso_date, normalize_chars
from analyzer.ingest.tables import parse_pipe_tables
from analyzer.ingest.trad import has_traditional, to_simplified
from analyzer.ingest.txt import decode_bytes

REPORT = (
    "魏都区人民政府办公室\n关于2024年法治政府建设情况的报告\n一、主要工作\n全年受理行政复议案件29件，纠错率58.6%。\n"
)


# --- encodings ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("encode", "expected"),
    [
        (lambda s: s.encode("utf-8"), "utf-8"),
        (lambda s: b"\xef\xbb\xbf" + s.encode("utf-8"), "utf-8-sig"),
        (lambda s: s.encode("gb18030"), "gb18030"),
        (lambda s: s.encode("gbk"), "gb18030"),
        (lambda s: s.encode("utf-16"), "utf-16-le"),  # Python writes a little-endian BOM
        (lambda s: b"\xfe\xff" + s.encode("utf-16-be"), "utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "gb18030", "gbk", "utf16-bom-le", "utf16-bom-be"],
)
def test_ingest_detects_encoding(tmp_path, encode, expected):
    p = tmp_path / "r.txt"
    data = encode(REPORT)
    p.write_bytes(data)
    doc = read_file(p)
    assert doc.source.encoding == expected
    assert doc.text == REPORT.strip()
    assert doc.source.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.source.format == "txt"


def test_ingest_utf16_without_bom_ascii_heavy():
    text = "Report 2024\n1. Overview\ncases: 29\n" * 20
    decoded, enc, _ = decode_bytes(text.encode("utf-16-le"))
    assert enc == "utf-16-le" and decoded == text


def test_ingest_rare_bad_utf8_bytes_are_marked_not_dropped():
    good = "全年受理行政复议案件29件。" * 40
    cut = len(good[:100].encode("utf-8"))  # a character boundary
    data = good[:100].encode("utf-8") + b"\xff" + good[100:].encode("utf-8")
    text, enc, hints = decode_bytes(data)
    assert enc == "utf-8"
    assert text == good[:100] + "\ufffd" + good[100:]
    ((key, note),) = hints
    assert key == "decode_errors" and f"byte {cut}" in note


def test_ingest_gbk_is_not_mistaken_for_damaged_utf8():
    data = ("法治政府建设情况报告，纠错率58.6%。" * 20).encode("gbk")
    text, enc, hints = decode_bytes(data)
    assert enc == "gb18030" and "纠错率" in text and hints == ()


# --- characters and lines ----------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("１９５５年", "1955年"),
        ("增长３．６８％", "增长3.68%"),
        ("共１，２３４件", "共1,234件"),
        ("ＧＤＰ增长", "GDP增长"),
        ("各位代表：\u200d", "各位代表："),
        ("第１，２项", "第1，2项"),
        ("a\u00a0b", "a b"),
    ],
)
def test_clean_normalizes_fullwidth_numbers(raw, clean):
    assert normalize_chars(raw) == clean


@pytest.mark.parametrize(
    "kept",
    ["（一）强化法治学习，树牢法治思维", "“十四五”时期：", "〔2024〕3号", "①②", "一是…；二是…。", "共1，2两项"],
)
def test_clean_keeps_chinese_punctuation(kept):
    assert normalize_chars(kept) == kept


def test_clean_drops_page_artefacts_anywhere():
    text, _ = clean_text("一、主要工作\n正文第一段。\nPAGE  \n- 4 -\n—12—\n第 3 页 共 9 页\n正文第二段。")
    assert text == "一、主要工作\n正文第一段。\n正文第二段。"


def test_clean_keeps_numbers_that_are_not_page_numbers():
    text, _ = clean_text("一、主要工作\n2.5\n- 4 -\n-4-5")
    assert "2.5" in text and "-4-5" in text and "- 4 -" not in text


def test_clean_web_chrome_and_metadata_lines():
    raw = (
        "下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n2026年某省政府工作报告\n来源：某省日报\n时间：2026-02-10\n各位代表：\n"
        + ("现在，我代表省人民政府向大会报告工作，请予审议。\n" * 5)
        + "相关报道：\n其他新闻标题一\n其他新闻标题二"
    )
    text, hints = clean_text(raw)
    assert text.startswith("2026年某省政府工作报告\n各位代表：")
    assert "相关报道" not in text and "其他新闻" not in text and "下载" not in text
    assert ("source", "某省日报") in hints and ("date", "2026-02-10") in hints


def test_clean_metadata_value_on_next_line_and_combined_line():
    raw = (
        "某区2023年度法治政府建设情况报告\n来源:\n某区司法局\n发布时间:2024年03月28日 16:52 来源:某县人民政府 浏览次数:\n"
        + "正文。" * 20
    )
    text, hints = clean_text(raw)
    assert ("source", "某区司法局") in hints and ("date", "2024-03-28") in hints
    assert ("source", "某县人民政府") in hints
    assert text.startswith("某区2023年度法治政府建设情况报告\n正文。")


def test_clean_chrome_words_inside_the_body_are_kept():
    body = "各位代表：\n" + "我们要加大投入，下载和打印都要方便。\n" * 3 + "收藏\n" + "后文。" * 30
    text, _ = clean_text(body)
    assert "\n收藏\n" in text  # only the page header/tail is chrome


def test_clean_rejoins_split_inline_elements():
    text, _ = clean_text("三、关于《\n规划纲要（草案）\n》的说明\n（\n三）改革开放持续深化。")
    assert text.splitlines() == ["三、关于《规划纲要（草案）》的说明", "（三）改革开放持续深化。"]


def test_clean_collapses_blank_lines():
    text, _ = clean_text("\n\n甲\n\n\n\n乙\n\u3000\u3000\n丙\n\n")
    assert text == "甲\n\n乙\n\n丙"


@given(st.text(alphabet=st.sampled_from(list("一二三、（）。，１２．％ \n\u3000abc-4PAGE来源：时间")), max_size=200))
def test_clean_is_idempotent(raw):
    once, _ = clean_text(raw)
    twice, _ = clean_text(once)
    assert twice == once


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2026-02-10", "2026-02-10"),
        ("2024年03月28日 16:52", "2024-03-28"),
        ("2021/3/9", "2021-03-09"),
        ("2024-13-01", None),
    ],
)
def test_clean_iso_date(raw, iso):
    assert iso_date(raw) == iso


# --- traditional characters -----------------------------------------------------


def test_trad_to_simplified_keeps_length_and_offsets():
    t = "寧夏自治區2016年法治政府建設報告：復議案件"
    s = to_simplified(t)
    assert s == "宁夏自治区2016年法治政府建设报告：复议案件"
    assert len(s) == len(t)
    assert has_traditional(t) and not has_traditional(s)


@given(st.text(max_size=300))
def test_trad_to_simplified_length_is_preserved(text):
    assert len(to_simplified(text)) == len(text)


# --- from_text / tables ----------------------------------------------------------


def test_from_text_hashes_and_cleans():
    doc = from_text("一、工作\r\n共２９件。")
    assert doc.text == "一、工作\n共29件。"
    assert doc.source.sha256 == hashlib.sha256("一、工作\r\n共２９件。".encode()).hexdigest()
    assert doc.source.format == "txt" and doc.source.encoding is None


def test_from_text_empty_is_allowed():
    assert from_text("").text == ""


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("类别 | 数量 | 比例\n复议 | 29 | 58.6%", [["类别", "数量", "比例"], ["复议", "29", "58.6%"]]),
        (
            "申请事项  | 举报  | 公开  | \n数量  | 75件  | 16件  | ",
            [["申请事项", "举报", "公开"], ["数量", "75件", "16件"]],
        ),
        ("| 信息内容 | 本年件数 | \n| 规章 | 0 | ", [["信息内容", "本年件数"], ["规章", "0"]]),
        ("| 第二十条 | |||", [["第二十条", "", "", ""]]),
        ("甲 |  | 丙", [["甲", "", "丙"]]),
    ],
)
def test_tables_parse_pipe_rows(text, rows):
    (table,) = parse_pipe_tables(text)
    assert [[c.text for c in r] for r in table.rows] == rows
    for r in table.rows:
        for c in r:
            assert text[c.start : c.end] == c.text


@pytest.mark.parametrize(
    "text",
    ["无障碍 简体| 繁体", "一、工作\n正文。", "单元 |\n单元 |", ""],
)
def test_tables_not_a_table(text):
    assert parse_pipe_tables(text) == ()


def test_tables_two_tables_split_by_a_line():
    text = "a | b\nc | d\n说明文字\ne | f"
    t1, t2 = parse_pipe_tables(text)
    assert len(t1.rows) == 2 and len(t2.rows) == 1
    assert text[t1.start : t1.end] == "a | b\nc | d"


def test_from_text_fills_tables():
    doc = from_text("一、情况\n类别 | 件数\n复议 | 29\n合计 | 29\n")
    (t,) = doc.tables
    assert [c.text for c in t.rows[2]] == ["合计", "29"]


# --- docx ------------------------------------------------------------------------


def _docx(path, build):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    build(d)
    d.save(str(path))
    return path


def test_docx_paragraphs_and_tables_in_body_order(tmp_path):
    def build(d):
        d.add_paragraph("关于2024年法治政府建设情况的报告")
        d.add_paragraph("一、主要工作")
        t = d.add_table(rows=2, cols=2)
        t.cell(0, 0).text, t.cell(0, 1).text = "类别", "件数"
        t.cell(1, 0).text, t.cell(1, 1).text = "复议", "２９"
        d.add_paragraph("二、下一步安排")

    doc = read_file(_docx(tmp_path / "r.docx", build))
    assert doc.text == "关于2024年法治政府建设情况的报告\n一、主要工作\n类别 | 件数\n复议 | 29\n二、下一步安排"
    assert doc.source.format == "docx" and doc.source.encoding is None
    (t,) = doc.tables
    assert [[c.text for c in r] for r in t.rows] == [["类别", "件数"], ["复议", "29"]]
    assert all(doc.text[c.start : c.end] == c.text for r in t.rows for c in r)


def test_docx_merged_cells_written_once_top_left(tmp_path):
    def build(d):
        d.add_paragraph("一、统计")
        t = d.add_table(rows=3, cols=3)
        for r, row in enumerate([["类别", "件数", "占比"], ["复议", "29", "58.6%"]]):
            for c, v in enumerate(row):
                t.cell(r, c).text = v
        t.cell(2, 0).merge(t.cell(2, 1)).text = "合计"
        t.cell(2, 2).text = "100%"
        t2 = d.add_table(rows=2, cols=2)
        t2.cell(0, 0).merge(t2.cell(1, 0)).text = "纵向"
        t2.cell(0, 1).text, t2.cell(1, 1).text = "甲", "乙"

    doc = read_file(_docx(tmp_path / "m.docx", build))
    t1, t2 = doc.tables
    assert [c.text for c in t1.rows[2]] == ["合计", "", "100%"]
    assert [[c.text for c in r] for r in t2.rows] == [["纵向", "甲"], ["", "乙"]]
    assert all(len(r) == 3 for r in t1.rows)


# --- html ------------------------------------------------------------------------

HTML = """<html><head><meta charset="utf-8"><title>某区2023年度法治政府建设情况报告</title>
<style>p {color: red}</style><script>var x = "一、不是标题";</script></head>
<body><div class="nav">首页 &gt; 政务公开</div>
<div id="content"><h1>某区2023年度法治政府建设情况报告</h1>
<p>一、主要工作</p><p>全年受理行政复议案件２９件。</p>
<table><tr><td rowspan="2">复议</td><td>受理</td><td>29</td></tr><tr><td colspan="2">纠错 17</td></tr></table>
</div><div class="footer">版权所有</div></body></html>"""


def test_html_main_content_without_script_and_chrome(tmp_path):
    p = tmp_path / "r.html"
    p.write_text(HTML, encoding="utf-8")
    doc = read_file(p)
    assert doc.source.format == "html" and doc.source.encoding == "utf-8"
    assert "var x" not in doc.text and "color" not in doc.text
    assert "首页" not in doc.text and "版权所有" not in doc.text
    assert "一、主要工作\n全年受理行政复议案件29件。" in doc.text
    (t,) = doc.tables
    assert [[c.text for c in r] for r in t.rows] == [["复议", "受理", "29"], ["", "纠错 17", ""]]
    assert ("html_title", "某区2023年度法治政府建设情况报告") in doc.hints


def test_html_declared_gbk(tmp_path):
    p = tmp_path / "r.htm"
    p.write_bytes(HTML.replace('charset="utf-8"', 'charset="gb2312"').encode("gbk"))
    doc = read_file(p)
    assert doc.source.encoding == "gb18030" and "行政复议" in doc.text


# --- pdf -------------------------------------------------------------------------


def test_pdf_text_layer_and_page_number_dropped(tmp_path):
    p = tmp_path / "r.pdf"
    p.write_bytes(pdf_bytes(["Annual report 2024", "1. Overview", "Cases received: 29", "- 4 -"]))
    doc = read_file(p)
    assert doc.source.format == "pdf"
    assert doc.text.splitlines() == ["Annual report 2024", "1. Overview", "Cases received: 29"]


def test_ingest_unknown_suffix_is_sniffed(tmp_path):
    p = tmp_path / "report.dat"
    p.write_bytes(pdf_bytes(["Sniffed as PDF"]))
    assert read_file(p).source.format == "pdf"


# --- the named regex pieces of the cleaner --------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "matches", "rejects"),
    [
        (
            "_PAGE_ARTEFACT",
            ["PAGE", "PAGE 4", "NUMPAGES", "- 4 -", "—12—", "第3页", "第 3 页 共 9 页"],
            ["PAGE一", "-4-5", "2.5", "第三页"],
        ),
        (
            "_BARE_DATE",
            ["2026-02-03 09:02:33", "2026年02月10日 07时41分", "2024/3/9"],
            ["2026年重点工作", "2026-02-03 开幕"],
        ),
        ("_META_START", ["来源：甘肃日报", "发布时间:2024-03-28", "  • 信息来源:某局"], ["资金来源渠道", "来源广泛。"]),
    ],
)
def test_clean_regex_pieces(pattern, matches, rejects):
    rx = getattr(_clean, pattern)
    for s in matches:
        assert rx.match(s) if pattern == "_META_START" else rx.fullmatch(s), s
    for s in rejects:
        assert not (rx.match(s) if pattern == "_META_START" else rx.fullmatch(s)), s


def test_pdf_running_headers_are_found():
    from analyzer.ingest.pdf import running_lines

    pages = [f"某区法治政府建设报告\n正文第{i}页内容。\n第{i}页" for i in range(1, 5)]
    assert running_lines(pages) == {"某区法治政府建设报告", "第#页"}
    assert running_lines(pages[:2]) == frozenset()


def test_pdf_wrapped_lines_are_joined():
    from analyzer.ingest.pdf import join_wrapped_lines

    lines = [
        "一、主要工作",
        "全年受理行政复议案件二十九件，直接纠错案件十七件，纠",
        "错率百分之五十八点六。",
        "二、下一步安排",
    ]
    assert join_wrapped_lines(lines) == [
        "一、主要工作",
        "全年受理行政复议案件二十九件，直接纠错案件十七件，纠错率百分之五十八点六。",
        "二、下一步安排",
    ]
