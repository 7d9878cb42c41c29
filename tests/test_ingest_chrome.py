"""Chrome is removed only in the page header and tail windows, and what is removed is counted."""

from __future__ import annotations

import io

import pytest

from analyzer import analyze_text
from analyzer.corpus import document_rows
from analyzer.ingest import from_text
from analyzer.ingest.clean import TAIL_WINDOW
from analyzer.render.text import make_console, print_analysis

BODY = "".join(f"（{k}）第{k}项工作全面推进，全年办理各类事项{k * 10}件，群众满意度持续提升。\n" for k in range(1, 31))
HEAD = "下载\n打印\n【字号：\n加大\n】\n某区2024年法治政府建设情况报告\n来源：某区司法局\n时间：2025-01-10\n"


@pytest.mark.parametrize(
    ("tail", "dropped"),
    [
        ("相关报道：\n某区召开会议\n某区开展培训", "相关报道：某区召开会议某区开展培训"),
        ("责任编辑：张三\n【打印本页】\n【关闭窗口】", "责任编辑：张三【打印本页】【关闭窗口】"),
        ("（来源：某区日报）", "（来源：某区日报）"),
        # the page's opening repeated in the footer is still chrome
        ("打印本页\n关闭窗口\n（1）第1项工作全面推进，全年办理各类事项10件，群众满意度持续提升。", None),
    ],
)
def test_tail_chrome_is_dropped_and_counted(tail, dropped):
    doc = from_text(HEAD + BODY + tail)
    assert doc.text.endswith("（30）第30项工作全面推进，全年办理各类事项300件，群众满意度持续提升。")
    head = len("下载打印【字号：加大】来源：某区司法局时间：2025-01-10")
    expected = head + len((dropped or tail).replace("\n", ""))
    assert doc.source.chars_dropped == expected == int(dict(doc.hints)["chars_dropped"])


@pytest.mark.parametrize(
    "kept",
    [
        "（来源：区政务服务中心统计）",  # a source note under a paragraph
        "相关报道：",
        "责任编辑：张三",
        "打印",
        "关闭窗口",
        "2024年3月5日",
        "来源：某区司法局",
    ],
)
def test_chrome_like_line_mid_report_keeps_everything(kept):
    lines = BODY.split("\n")
    text = "\n".join([*lines[:15], kept, *lines[15:]])
    doc = from_text(HEAD + text)
    assert kept in doc.text.split("\n")
    assert "（30）第30项工作" in doc.text
    assert doc.source.chars_dropped == len("下载打印【字号：加大】来源：某区司法局时间：2025-01-10")


def test_tail_line_followed_by_body_text_is_not_a_tail():
    doc = from_text(BODY + "相关报道：\n" + BODY.replace("第", "之第"))
    assert "相关报道：" in doc.text and doc.text.endswith("群众满意度持续提升。") and doc.source.chars_dropped == 0


def test_tail_line_farther_than_the_window_from_the_end_is_not_a_tail():
    links = "\n".join(f"链接标题{k}" for k in range(TAIL_WINDOW // 5))  # short lines, more than the window
    doc = from_text(BODY * 3 + "相关报道：\n" + links)
    assert "相关报道：" in doc.text and doc.source.chars_dropped == 0


def test_chars_dropped_reaches_the_corpus_and_the_text_output():
    report = analyze_text(HEAD + BODY + "相关报道：\n某区召开会议")
    n = report.source.chars_dropped
    assert n > 0 and report.to_dict()["source"]["chars_dropped"] == n
    rows = document_rows(report)
    assert rows.tables["documents"].column("chars_dropped")[0].as_py() == n
    out = io.StringIO()
    print_analysis(report, make_console(out))
    assert f"cleaned  {n} characters of page chrome removed" in out.getvalue()
