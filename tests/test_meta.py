"""Meta: title, issuer, region, year, genre; synthetic tables and accuracy on the real reports."""

from __future__ import annotations

import csv
import json

import pytest
from conftest import REAL

from analyzer import meta as _meta
from analyzer.ingest import from_text, read_file
from analyzer.meta import detect_meta
from analyzer.types import Genre

BODY_FAZHI = (
    "2024年，我区坚持依法行政，推进法治政府建设，严格落实法治建设第一责任人职责。现将有关情况报告如下。\n一、主要工作\n"
)
BODY_GOV = (
    "各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员提出意见。\n一、2025年工作回顾\n"
)

CASES = [
    (
        "issuer line above the title",
        "某某区人民政府办公室\n\n关于2024年法治政府建设情况的报告\n\n" + BODY_FAZHI,
        None,
        {
            "title": "关于2024年法治政府建设情况的报告",
            "issuer": "某某区人民政府办公室",
            "region": "某某区",
            "year": 2024,
            "genre": Genre.FAZHI_ANNUAL,
        },
    ),
    (
        "issuer inside the title",
        "湖北省人民政府关于2023年度法治政府建设情况的报告\n" + BODY_FAZHI,
        None,
        {"issuer": "湖北省人民政府", "region": "湖北省", "year": 2023, "genre": Genre.FAZHI_ANNUAL},
    ),
    (
        "party and government joint title",
        "中共某县县委 某县人民政府\n关于2025年度法治政府建设情况的报告\n" + BODY_FAZHI,
        None,
        {"issuer": "中共某县县委 某县人民政府", "region": "某县", "year": 2025, "genre": Genre.FAZHI_ANNUAL},
    ),
    (
        "info disclosure, year from the title",
        "某某区2023年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n",
        None,
        {
            "title": "某某区2023年政府信息公开工作年度报告",
            "region": "某某区",
            "year": 2023,
            "genre": Genre.INFO_DISCLOSURE_ANNUAL,
        },
    ),
    (
        "provincial gov work report reviews the year before",
        "2026年甘肃省政府工作报告\n——2026年1月27日在甘肃省第十四届人民代表大会第四次会议上\n" + BODY_GOV,
        None,
        {
            "title": "2026年甘肃省政府工作报告",
            "issuer": "甘肃省人民政府",
            "region": "甘肃省",
            "year": 2025,
            "genre": Genre.GOV_WORK_REPORT,
        },
    ),
    (
        "title without region, delivery line names it",
        "政府工作报告\n——二〇二六年一月二十六日在广东省第十四届\n人民代表大会第五次会议上\n" + BODY_GOV,
        None,
        {"region": "广东省", "issuer": "广东省人民政府", "year": 2025, "genre": Genre.GOV_WORK_REPORT},
    ),
    (
        "national report, no title, year from the file name",
        "各位代表：\n现在，我代表国务院，向大会作政府工作报告，请予审议，并请全国政协各位委员提出意见。\n一、过去一年工作回顾\n",
        "corpus/2005_国务院政府工作报告.txt",
        {"title": None, "issuer": "国务院", "region": "全国", "year": 2004, "genre": Genre.GOV_WORK_REPORT},
    ),
    (
        "national report, no title, no file name: the review heading",
        "各位代表：\n现在，我代表国务院，向大会作政府工作报告，请予审议，并请全国政协各位委员提出意见。\n一、2013年工作回顾\n",
        None,
        {"region": "全国", "year": 2013, "genre": Genre.GOV_WORK_REPORT},
    ),
    (
        "national report, no title, no file name: the review of a plan period names its last year",
        "各位代表：\n现在，我代表国务院，向大会作政府工作报告，请予审议。\n一、“十一五”时期国民经济和社会发展的回顾\n"
        "“十一五”时期极不平凡。到2020年实现翻番。2020年全面建成小康社会，2020年的目标。\n",
        None,
        {"region": "全国", "year": 2010, "genre": Genre.GOV_WORK_REPORT},
    ),
    (
        "a plan period named but not reviewed: the year the text names most",
        "各位代表：\n现在，我代表国务院，向大会作政府工作报告，请予审议。\n一、“十二五”规划的主要目标\n"
        "2012年经济平稳。2012年物价稳定。\n",
        None,
        {"region": "全国", "year": 2012, "genre": Genre.GOV_WORK_REPORT},
    ),
    (
        "national report, no title, no file name: the congress session it is delivered to",
        "各位代表：\n现在，我代表国务院，向第十届全国人民代表大会第一次会议报告过去五年的工作，请予审议。\n"
        "一、过去五年政府工作回顾\n1998年以来，经济平稳。1998年投资增长。1998年出口增长。\n",
        None,
        {"region": "全国", "year": 2002, "genre": Genre.GOV_WORK_REPORT},
    ),
    (
        "national report, no title, no file name: five years since a congress's first session",
        "各位代表：\n现在，我代表国务院，向大会报告过去五年的政府工作，请予审议。\n一、过去五年工作回顾\n"
        "第十一届全国人民代表大会第一次会议以来的五年，是不平凡的五年。2007年以来经济增长。2007年为基数。\n",
        None,
        {"region": "全国", "year": 2012, "genre": Genre.GOV_WORK_REPORT},
    ),
    (
        "a province's report naming a national congress session: not its delivery",
        "各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。认真贯彻第十四届全国人民代表大会第二次会议精神。\n"
        "一、2025年工作回顾\n",
        None,
        {"year": 2025, "genre": Genre.GOV_WORK_REPORT},
    ),
    (
        "traditional characters",
        "某自治區2016年法治政府建設報告\n一、法治政府建設成效\n",
        None,
        {"title": "某自治区2016年法治政府建设报告", "year": 2016, "genre": Genre.FAZHI_ANNUAL},
    ),
    (
        "short province name maps to the full one",
        "宁夏2022年法治政府建设情况报告\n" + BODY_FAZHI,
        None,
        {"region": "宁夏回族自治区", "year": 2022},
    ),
    (
        "a policy interpretation is other",
        "关于《某县人民政府关于2023年度法治政府建设情况的报告》的政策解读\n一、背景依据\n法治政府建设是全面依法治国的重点任务。\n",
        None,
        {"genre": Genre.OTHER},
    ),
    (
        "a news item is other",
        "本报讯（记者 某某）记者从市司法局获悉，今年上半年全市新收行政复议案件1000件。\n",
        None,
        {"genre": Genre.OTHER},
    ),
    (
        "no title: the report's statement gives the year",
        "根据有关规定，现将2024年法治政府建设情况报告如下：\n一、依法全面履行政府职能\n" + BODY_FAZHI,
        None,
        {"title": None, "year": 2024, "genre": Genre.FAZHI_ANNUAL},
    ),
]


@pytest.mark.parametrize(("text", "path", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_meta_detects(text, path, expected):
    meta = detect_meta(from_text(text, path=path))
    got = {k: getattr(meta, k) for k in expected}
    assert got == expected


def test_meta_empty_text():
    meta = detect_meta(from_text(""))
    assert (meta.title, meta.year, meta.genre) == (None, None, Genre.OTHER)


def test_meta_uses_html_title_hint(tmp_path):
    p = tmp_path / "r.html"
    p.write_text(
        "<html><head><title>某区2022年法治政府建设情况报告</title></head><body><p>" + BODY_FAZHI + "</p></body></html>",
        encoding="utf-8",
    )
    meta = detect_meta(read_file(p))
    assert meta.title == "某区2022年法治政府建设情况报告" and meta.year == 2022


# --- accuracy on the real reports (read at run time) --------------------------------


def _manifest():
    path = REAL / "manifest.csv"
    if not path.is_file():
        pytest.skip(f"real reports not found at {REAL}")
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.mark.real
def test_meta_accuracy_on_manifest():
    """Genre, region and year of every real file against manifest.csv (year reported on:
    delivered year - 1 for 政府工作报告).  Measured: 57/57 on each."""
    rows = _manifest()
    hits = {"genre": 0, "region": 0, "year": 0}
    misses = []
    for row in rows:
        meta = detect_meta(read_file(REAL / row["file"]))
        delivered = int(row["delivered_year"]) if row["delivered_year"] else None
        want_year = delivered - 1 if delivered and row["genre"] == "gov_work_report" else delivered
        ok = {
            "genre": meta.genre.value == row["genre"],
            # the manifest may name the parent too (许昌市魏都区 for 魏都区)
            "region": bool(meta.region) and row["region"].endswith(meta.region),
            "year": want_year is None or meta.year == want_year,
        }
        for k, v in ok.items():
            hits[k] += v
        if not all(ok.values()):
            misses.append((row["file"], meta))
    n = len(rows)
    assert all(v >= 0.95 * n for v in hits.values()), (hits, n, misses[:5])


@pytest.mark.real
def test_meta_accuracy_on_page_excerpts():
    """Genre of the 149 excerpts and year of the 法治/信息公开 ones, from their text alone
    (the page title field is not given to detect_meta).  Measured: genre 142/149, year 115/116."""
    path = REAL / "pages_excerpts.jsonl"
    if not path.is_file():
        pytest.skip(f"real reports not found at {REAL}")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    genre_hits = year_hits = year_n = 0
    for row in rows:
        meta = detect_meta(from_text(row["text"]))
        genre_hits += meta.genre.value == row["genre"]
        if row["genre"] in ("fazhi_annual", "info_disclosure_annual") and row["year"]:
            year_n += 1
            year_hits += meta.year == row["year"]
    assert genre_hits >= 0.9 * len(rows), (genre_hits, len(rows))
    assert year_hits >= 0.9 * year_n, (year_hits, year_n)


# --- the named regex pieces -----------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "text", "year"),
    [
        ("_DELIVERY", "——2026年1月26日在广东省第十四届人民代表大会第五次会议上", 2026),
        (
            "_DELIVERY",
            "——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上",
            None,
        ),  # Chinese digits: see _delivery
        ("_STATEMENT_YEAR", "现将2024年法治政府建设情况报告如下：", 2024),
        ("_QUOTED_YEAR", "现发布《某区2024年政府信息公开工作年度报告》。", 2024),
        ("_PERIOD_YEAR", "统计期限为2022年1月1日至2022年12月31日。", 2022),
        ("_OPENING_YEAR", "2023年，某区坚持依法行政", 2023),
        ("_REVIEW_YEAR", "一、1999年国内工作回顾", 1999),
        ("_TITLE_YEAR", "关于2023年度法治政府建设情况的报告", 2023),
    ],
)
def test_meta_regex_pieces_find_the_year(pattern, text, year):
    m = getattr(_meta, pattern).search(text)
    assert m is not None
    if year is not None:
        assert int(m["y"]) == year


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        ("_STATEMENT_YEAR", "2024年以来，我们开展了工作。"),
        ("_QUOTED_YEAR", "《关于做好2012年政府信息公开工作年度报告有关事项的通知》"),
        ("_PERIOD_YEAR", "2022年1月1日至2023年12月31日"),
        ("_OPENING_YEAR", "2023年度法治政府建设情况报告"),
        ("_DELIVERY", "2026年1月26日，省十四届人大五次会议开幕"),
    ],
)
def test_meta_regex_pieces_reject(pattern, text):
    assert getattr(_meta, pattern).search(text) is None
