"""Character-level normalisation (analyzer/ingest/normalize.py) and pdfminer's warnings."""

from __future__ import annotations

import logging
import unicodedata

import pytest
from _pdf_fixtures import assemble
from hypothesis import given
from hypothesis import strategies as st

from analyzer import analyze_text
from analyzer.data import tsv
from analyzer.ingest import from_text, read_file
from analyzer.ingest._pdflog import pdfminer_quiet
from analyzer.ingest.normalize import is_traditional, join_spaced_digits, normalize_chars
from analyzer.ingest.trad import to_simplified

# --- radicals, compatibility ideographs, invisible characters ---------------------


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("⼀、主要举措", "一、主要举措"),  # U+2F00 KANGXI RADICAL ONE
        ("占⽐达到", "占比达到"),  # U+2F50 KANGXI RADICAL COMPARE
        ("⼆、存在的不⾜", "二、存在的不足"),
        ("⻓效机制", "长效机制"),  # U+2ED3 CJK RADICAL C-SIMPLIFIED LONG
        ("政务服务⻔户", "政务服务门户"),  # U+2ED4
        ("⻅成效", "见成效"),  # U+2EC5
        ("\uf900", "\u8c48"),  # CJK COMPATIBILITY IDEOGRAPH-F900 → 豈
        ("\U0002f800", "\u4e3d"),  # CJK COMPATIBILITY IDEOGRAPH-2F800 → 丽
        ("74.4\u200b万亿元", "74.4万亿元"),  # the 2017 national report
        ("增长\u200e6.5%", "增长6.5%"),  # left-to-right mark
        ("纠错\u2060率", "纠错率"),  # word joiner
        ("审\u00ad结率", "审结率"),  # soft hyphen
        ("办\ufe00结", "办结"),  # variation selector
        ("复(fù)议案件", "复议案件"),  # pinyin left by a mirror site
        ("领(lǐng)导", "领导"),
        ("转(zhuǎn)变", "转变"),
    ],
)
def test_normalize_must_map(raw, clean):
    assert normalize_chars(raw) == clean


@pytest.mark.parametrize(
    "kept",
    [
        "（一）强化法治学习",  # Chinese punctuation is the text
        "附件(a)和(b)",  # parentheses without a tone mark are not pinyin
        "Beijing (Fu)",
        "〔2024〕3号",
        "①②",
        "\u3000\u3000各位代表",  # the ideographic space is indentation, stripped later per line
        "⺀",  # a radical with no standalone ideograph stays
    ],
)
def test_normalize_must_not_map(kept):
    assert normalize_chars(kept) == kept


def test_radicals_file_maps_supplement_code_points_to_unified_ideographs():
    rows = list(tsv("cjk_radicals.tsv", 2))
    assert len(rows) >= 100
    for _, (code, ideograph) in rows:
        assert 0x2E80 <= int(code, 16) <= 0x2EFF
        assert unicodedata.name(ideograph).startswith("CJK UNIFIED IDEOGRAPH"), (code, ideograph)


def test_every_kangxi_radical_becomes_an_ideograph():
    for cp in range(0x2F00, 0x2FD6):
        out = normalize_chars(chr(cp))
        assert len(out) == 1 and unicodedata.name(out).startswith("CJK UNIFIED IDEOGRAPH"), hex(cp)


# --- spaced digit runs: a table of must / must not ----------------------------------


@pytest.mark.parametrize(
    ("raw", "joined"),
    [
        ("1 9 9 7 年", "1997年"),
        ("2 0 2 4 年", "2024年"),
        ("达到7 4 7 7 2 亿元", "达到74772亿元"),
        ("受理1 9 0 8 5件", "受理19085件"),
        ("合格率1 0 0 %", "合格率100%"),
        ("纠错率5 8 . 6 %", "纠错率58.6%"),
        ("（2 0 2 1—2 0 2 5 年）", "（2021—2025年）"),
        ("共4 7 件，", "共47件，"),
    ],
)
def test_spaced_digits_must_join(raw, joined):
    assert join_spaced_digits(raw) == joined
    assert normalize_chars(raw) == joined


@pytest.mark.parametrize(
    "kept",
    [
        "| 1 | 2 | 3 |",  # separate table cells
        "| 1 2 3 |",  # a cell of single digits, no unit after
        "数据 1 2 3",  # a run at the line's end
        "新收申请 12 0 0 1 件",  # after another number: a row of cells
        "3.5 1 2 件",  # after a decimal
        "第1 章",  # one digit: nothing to join (spaces before units are the PDF reader's)
        "2024年",
        "1 or 2",
        "获评首批“5 1”重点特色园区",  # 5+1 with the plus sign lost (a real page): not 51
        "（1 2）",
    ],
)
def test_spaced_digits_must_not_join(kept):
    assert join_spaced_digits(kept) == kept


def test_spaced_digits_offsets_point_into_the_cleaned_text():
    report = analyze_text("一、基本情况\n2 0 2 4 年受理热线工单1 9 0 8 5 件，办结率9 7 %。\n")
    assert "2024年受理热线工单19085件，办结率97%" in report.text
    for m in report.metrics:
        assert report.text[m.start : m.end] == m.text
    assert {m.value for m in report.metrics} >= {19085.0, 97.0}


def test_line_of_invisible_characters_inside_a_sentence_joins_it():
    text = from_text("一、经济运行\n国内生产总值达到74.4\n\u200b\n万亿元，增长6.7%。\n\u200b\n二、主要任务\n").text
    assert text == "一、经济运行\n国内生产总值达到74.4万亿元，增长6.7%。\n\n二、主要任务"


def test_zero_width_space_inside_a_figure():
    report = analyze_text("一、经济运行\n国内生产总值达到74.4\u200b万亿元，增长6.7%。\n")
    (gdp,) = [m for m in report.metrics if "74.4万亿元" in m.text]
    assert gdp.value == 74.4e12
    assert report.text[gdp.start : gdp.end] == gdp.text and "\u200b" not in report.text


@given(st.text(alphabet=st.sampled_from(list("0123456789 年件%|.，\u200b⼀⻓(fù)复")), max_size=80))
def test_normalize_is_idempotent(raw):
    once = normalize_chars(raw)
    assert normalize_chars(once) == once


# --- traditional characters -----------------------------------------------------------


def test_traditional_text_is_converted_phrase_aware_and_length_kept():
    t = "關於2016年法治政府建設情況的報告\n一、答覆群眾來信\n共辦理行政復議案件12件，答覆率100%。"
    doc = from_text(t)
    assert doc.text == "关于2016年法治政府建设情况的报告\n一、答复群众来信\n共办理行政复议案件12件，答复率100%。"
    assert ("script", "traditional") in doc.hints
    assert len(to_simplified(t)) == len(t)


@pytest.mark.parametrize(
    ("text", "traditional"),
    [
        ("寧夏回族自治區法治政府建設報告", True),
        ("宁夏回族自治区法治政府建设报告", False),
        ("魏都区人民政府办公室关于2024年法治政府建设情况的报告，文中引用《後漢書》的一句话作为题记", False),
        ("", False),
    ],
)
def test_is_traditional(text, traditional):
    assert is_traditional(text) is traditional


def test_simplified_text_with_a_traditional_name_is_left_as_it_is():
    t = "一、基本情况\n魏都区人民政府办公室的报告引用《後漢書》一句话作为开篇。全年共办理行政复议案件12件，纠错率58.6%。"
    assert from_text(t).text == t


# --- pdfminer's warnings ---------------------------------------------------------------


def _fontbbox_pdf(pages: int) -> bytes:
    """A PDF whose fonts have descriptors without /FontBBox: pdfminer warns once per font."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    for p in range(pages):
        base = len(objects) + 1  # page, contents, font, descriptor
        content = f"BT /F1 12 Tf 72 720 Td (Part {'ABCDEFGHIJ'[p % 10]} reads {p * 7} items here) Tj ET".encode()
        kids.append(f"{base} 0 R")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {base + 1} 0 R "
            f"/Resources << /Font << /F1 {base + 2} 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        objects.append(
            f"<< /Type /Font /Subtype /Type1 /BaseFont /Custom{p} /FontDescriptor {base + 3} 0 R >>".encode()
        )
        objects.append(f"<< /Type /FontDescriptor /FontName /Custom{p} /Flags 32 >>".encode())
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {pages} >>".encode()
    return assemble(objects)


def test_pdfminer_font_warnings_become_one_line(tmp_path, capsys):
    path = tmp_path / "fonts.pdf"
    path.write_bytes(_fontbbox_pdf(12))
    logging.getLogger("pdfminer").propagate = True  # as pytest leaves it
    doc = read_file(path)
    assert "Part A reads 0 items here" in doc.text
    err = capsys.readouterr().err
    assert "FontBBox" not in err.replace("first: Could not get FontBBox", "")
    assert err.count("\n") <= 1


def test_pdfminer_quiet_counts_and_says_one_line(caplog):
    pdfminer_log = logging.getLogger("pdfminer.pdffont")
    with caplog.at_level(logging.WARNING), pdfminer_quiet("x.pdf") as counter:
        for _ in range(85):
            pdfminer_log.warning(
                "Could get FontBBox from font descriptor because %s cannot be parsed as 4 floats", None
            )
    assert counter.count == 85
    mine = [r for r in caplog.records if r.name == "analyzer.ingest.pdf"]
    assert len(mine) == 1 and "85" in mine[0].getMessage() and "x.pdf" in mine[0].getMessage()
    assert not [r for r in caplog.records if r.name.startswith("pdfminer")]
    assert logging.getLogger("pdfminer").handlers == [] or all(
        h is not counter for h in logging.getLogger("pdfminer").handlers
    )


@pytest.mark.parametrize(
    "text",
    [
        "",
        "纠错率58.6%",
        "⾏政复议\u200b案件\u3000２９件",
        "糾錯率審結",
        "1 9 9 7 年",
        "a\u00adb\ufeffc",
        "\ud800x\U0001f600",
    ],
)
def test_translate_present_is_str_translate(text: str) -> None:
    from analyzer.ingest.normalize import _translation, translate_present

    assert translate_present(text, _translation()) == text.translate(_translation())


@pytest.mark.parametrize(
    ("text", "traditional"),
    [
        ("糾錯率審結", True),
        ("纠错率审结", False),
        ("", False),
        ("abc 123", False),
        ("行政復議案件糾錯", True),
        ("行政復議案件二十九件，纠错十七件", False),
    ],
)
# 復議 is 2 of 15 Chinese characters in the last case: 13%, under the 15% share
def test_is_traditional_counts_the_share_of_traditional_characters(text: str, traditional: bool) -> None:
    from analyzer.ingest.normalize import is_traditional

    assert is_traditional(text) is traditional


@pytest.mark.parametrize(
    "text",
    [
        "",
        "纠错率审结",
        "糾錯率審結",
        "行政復議案件二十九件，纠错十七件；答覆申請人" * 40,  # past the counted length
        "纠错率58.6%" * 100,  # long, no traditional character
        "\ud800x\U0001f600審" * 200,  # a lone surrogate and a character beyond the BMP
        "審" * 511,
        "審" * 512,
    ],
)
def test_traditional_characters_present_are_the_set_intersection(text: str) -> None:
    # counted for long texts, hashed into a set for short ones: the same characters either way
    from analyzer.ingest.trad import _present_traditional, _traditional_chars

    assert _present_traditional(text) == _traditional_chars().intersection(text)
