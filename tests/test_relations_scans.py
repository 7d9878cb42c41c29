"""The whole-text scans written for speed find exactly what their patterns find.

``wholes._clauses_in`` tries ``_CLAUSE_IN`` only before a 中， (not at every delimiter), and
``enumeration._any_count`` reads a count from its first character on (so that ``re`` can skip to it):
each must give what the plain pattern gives, on the sentences below (written for the test in the
genre's style) and on random strings of the characters that matter.
"""

from __future__ import annotations

import random
import re

import pytest
import regex

from analyzer import section_features
from analyzer.extract import context
from analyzer.ingest import normalize
from analyzer.ingest.tables import parse_pipe_tables
from analyzer.relations.linkers import enumeration, parts, restated, wholes

_CUE = r"\s*(?P<cue>[^，,；;。！？!?：:\n\d\s]{2,24})中[，,：:]"


def _plain_clauses_in(text: str) -> list[tuple[tuple[int, int], str]]:
    first = re.match(_CUE, text)
    out = [first] if first is not None else []
    out += re.compile(r"[，,；;。！？!?：:\n]" + _CUE).finditer(text, first.end() if first is not None else 0)
    return [(m.span(), m.group("cue")) for m in out]


def _clauses_in(text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group("cue")) for m in wholes._clauses_in(text)]


# (text, the cues found)
CLAUSES = [
    ("全年受理复议案件120件，在已审结的案件中，维持原行政行为86件。", ["在已审结的案件"]),
    ("三农类诉求中，办结率98%。", ["三农类诉求"]),  # at the text's start
    ("  \n  城建类事项中：道路维修40件。", ["城建类事项"]),  # spaces first
    ("受理申请52件。\n  在依申请公开中，予以公开31件。", ["在依申请公开"]),  # a line break, then spaces
    ("在这些申请中，在答复中，", ["在这些申请"]),  # the first one's ， is read: the second has none before it
    ("其中，中，", []),  # a cue of one character is none
    ("，" + "某" * 24 + "中，", ["某" * 24]),  # the longest cue
    ("，" + "某" * 25 + "中，", []),  # one too long
    ("，第3批项目中，", []),  # a digit in the cue
    ("，申请中中，", ["申请中"]),  # 中 inside the cue
    ("在办理中心，新建窗口8个。", []),  # 中 without the delimiter after it
    ("，行政 复议中，", []),  # a space inside the cue
    ("其中，纠错案件中，", ["纠错案件"]),  # the delimiter of one clause is the start of the next
]


@pytest.mark.parametrize("text,cues", CLAUSES)
def test_clauses_in(text: str, cues: list[str]) -> None:
    assert [cue for _, cue in _clauses_in(text)] == cues
    assert _clauses_in(text) == _plain_clauses_in(text)


def test_clauses_in_random() -> None:
    rnd = random.Random(11)
    pieces = ["某", "某", "中", "中，", "，", "：", ",", "\n", " ", "\u3000", "3", "。", "；"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 40)))
        assert _clauses_in(text) == _plain_clauses_in(text), text
    for _ in range(500):
        runs = ["某" * rnd.randint(1, 30), "中，", "，", " " * rnd.randint(1, 3), "\n"]
        text = "".join(rnd.choice(runs) for _ in range(rnd.randint(0, 12)))
        assert _clauses_in(text) == _plain_clauses_in(text), text


def _plain_any_count() -> re.Pattern[str]:
    # the pattern as it reads: an optional quote, then the count (a look-ahead on its first character)
    cn = enumeration._CN
    terms = enumeration.grouped_words("enumeration_terms.tsv")
    words = terms["classifier"] + terms["intro"] + terms["head_classifier"] + terms["pair_noun"]
    count = rf"(?=[\d{cn}])(?:\d{{1,2}}|[{cn}]{{1,3}})"
    return re.compile(rf"(?=[“\d{cn}])“?{count}(?:{enumeration._alt(words)}|{enumeration._LIST_COUNTED})")


# (text, the counts found, as written)
COUNTS = [
    ("重点抓好三个方面工作：一是稳就业，二是保民生。", ["三个方面"]),
    ("建成“12个”示范点，新增15个。", ["“12个", "15个"]),
    ("共办理事项123项。", ["23项"]),  # at most two digits: the last two of 123
    ("推出十一项举措和两大工程。", ["十一项", "两大"]),
    ("完成二〇二五年任务。", []),  # 〇 is no count character
]


@pytest.mark.parametrize("text,found", COUNTS)
def test_any_count(text: str, found: list[str]) -> None:
    new = [m.group() for m in enumeration._any_count().finditer(text)]
    assert new == found
    assert [m.span() for m in enumeration._any_count().finditer(text)] == [
        m.span() for m in _plain_any_count().finditer(text)
    ]


def test_any_count_random() -> None:
    rnd = random.Random(5)
    pieces = ["“", "”", "1", "2", "3", "一", "十", "两", "个", "项", "方面", "某", "，", "123"]
    plain = _plain_any_count()
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 20)))
        assert [m.span() for m in enumeration._any_count().finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], text


# --- extraction's target words (``extract.context._TARGET_WORDS``: ``re``, each alternative from its first character)


def _plain_target_words() -> regex.Pattern[str]:
    # the pattern as it read with the regex module: a look-ahead on the first characters, the look-behinds first
    return regex.compile(
        r"(?=[预主目力计到拟])(?:(?<!超过|超出|完成|实现|达到|高于|低于|好于)预期目标|主要目标是|目标是|目标为|目标:"
        r"|目标：|力争|预期增长|计划到|(?<!提高|提升|增长|增加|上升|下降|降低|降至|减少|扩大|缩小|跃升|增至|达)"
        r"到(?P<to>(?:19|20)[0-9]{2})年(?:底|末)?|拟(?:安排|发行|按|新增|建设|实施|投资|下达|提高))"
    )


# (text, the target words found)
TARGETS = [
    ("今年发展的主要预期目标是：经济增长5%左右。", ["预期目标"]),  # (its 目标 read once)
    ("全年经济增长超过预期目标，达到5.2%。", []),  # a result against the goal
    ("力争到2030年建成示范区。", ["力争", "到2030年"]),
    ("从2020年的60%提高到2025年的75%。", []),  # 提高到: a result
    ("粮食产量达到2025年底的水平。", []),  # 达到 (到 after 达)
    ("拟安排专项资金3亿元，计划到年底完成。", ["拟安排", "计划到"]),
]


@pytest.mark.parametrize("text,found", TARGETS)
def test_target_words(text: str, found: list[str]) -> None:
    assert [m.group() for m in context._TARGET_WORDS.finditer(text)] == found
    assert [(m.span(), m.group("to")) for m in context._TARGET_WORDS.finditer(text)] == [
        (m.span(), m.group("to")) for m in _plain_target_words().finditer(text)
    ]


def test_target_words_random() -> None:
    rnd = random.Random(7)
    pieces = [
        "预期目标",
        "超过",
        "完成",
        "预",
        "期",
        "目标",
        "是",
        "到",
        "2030年",
        "达",
        "增至",
        "拟安排",
        "力争",
        "计划",
    ]
    plain = _plain_target_words()
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 10)))
        assert [(m.span(), m.group("to")) for m in context._TARGET_WORDS.finditer(text)] == [
            (m.span(), m.group("to")) for m in plain.finditer(text)
        ], text


# --- ingest's pretests: a pipe table needs a |, a spaced number a digit, a space and a digit


@pytest.mark.parametrize(
    "text,spaced",
    [("1 9 9 7年", True), ("共 3 . 5 亿元", True), ("增长12 %", False), ("2024年 全年", False), ("第1  2条", True)],
)
def test_spaced_pair(text: str, spaced: bool) -> None:
    assert bool(normalize._SPACED_PAIR.search(text)) is spaced
    assert bool(re.search(r"\d \.? ?\d", text)) is spaced


def test_pipe_tables_need_a_pipe() -> None:
    assert parse_pipe_tables("指标 | 2024 | 2025\n收入 | 10 | 12\n") != ()
    assert parse_pipe_tables("指标：2024年10亿元，2025年12亿元。\n") == ()


# --- patterns rewritten so that each alternative opens with a character (a look-behind after it), against the plain
# form they had: (the pattern as it reads, the one in use, pieces of the text they are tried on)
REWRITTEN = [
    (
        r"累计|五年|(?<!一)年来|期间|时期|十[一二三四五]五|以来|历年|近\d年",
        restated._PERIOD,
        ["一年来", "五年来", "年来", "累计", "十四五", "近3年", "以来", "一", "年", "某"],
    ),
    (r"由|从|(?<![收达得做受])到|(?<!截)至", restated._FROM_TO, ["收到", "达到", "由", "截至", "至", "到", "从", "某"]),
    (r"由|从|(?<![收达得做受])到|(?<!截)至", parts._FROM_TO, ["收到", "得到", "到", "截至", "至今", "某"]),
    (
        r"其中|分别|包括|涉及|含|占|(?<![各一二三四五六七八九十两几])类|方面|以上|以下|余|多|近|约|超",
        restated._PART_OF,
        ["各类", "五类", "行政处罚类", "类", "其中", "以上", "某"],
    ),
    (
        r"(?<![比较与同是])(?:19|20)[0-9]{2}年|去年|过去(?:的)?一年|比上年|较上年|同比",
        context._EXPLICIT_YEAR,
        ["比2020年", "2024年", "是1995年", "1", "9", "2", "0", "年", "去年", "过去的一年", "同比", "比"],
    ),
]


@pytest.mark.parametrize("plain,used,pieces", REWRITTEN)
def test_rewritten_patterns(plain: str, used: re.Pattern[str], pieces: list[str]) -> None:
    rnd = random.Random(13)
    plain_re = re.compile(plain)
    for _ in range(2000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        assert [m.span() for m in used.finditer(text)] == [m.span() for m in plain_re.finditer(text)], text
        for pos in range(len(text)):
            a, b = used.search(text, pos), plain_re.search(text, pos)
            assert (a and a.span()) == (b and b.span()), (text, pos)


def test_subheadings() -> None:
    body = "（一）稳就业。\n  (2)保民生；其他\n3、促发展\n正文第4条\n\u3000（十二）抓落实"
    assert section_features.subheadings(body) == ["稳就业", "保民生", "促发展", "抓落实"]
    assert section_features.subheadings("\n\n1.开头") == ["开头"]
    assert section_features.subheadings("正文（一）不在行首") == []


# --- item markers at clause starts (``enumeration._at_clause_starts``: re, the delimiter read with the marker)


def _markers(scan_of: str, text: str, start: int, end: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    pats = enumeration._patterns()
    plain = pats.markers if scan_of == "markers" else pats.labels
    scan = pats.marker_scan if scan_of == "markers" else pats.label_scan
    return (
        [(at, m.end()) for at, m in enumeration._at_clause_starts(scan, text, start, end)],
        [(m.start(), m.end()) for m in plain.finditer(text, start, end)],
    )


# (which, text, the markers found as written)
MARKERS = [
    ("markers", "一是稳就业，二是保民生；三是促发展。", ["一是", "二是", "三是"]),
    ("markers", "首先，加强领导。其次，压实责任。最后，抓好落实。", ["首先", "其次", "最后"]),
    ("markers", "第一，强化监督第二，完善制度", ["第一，"]),  # 第二 after no delimiter
    ("markers", "第一，二是连在一起", ["第一，", "二是"]),  # the delimiter ending the word before opens the next
    ("markers", "统一是前提，唯一要求", []),  # 一是 inside a word
    ("markers", "\u3000一方面稳增长，另一方面调结构", ["一方面", "另一方面"]),
    ("labels", "（一）总体情况\n一、主要工作", ["（一）", "一、"]),
    ("labels", "第十一、", []),
]


@pytest.mark.parametrize("which,text,found", MARKERS)
def test_markers_at_clause_starts(which: str, text: str, found: list[str]) -> None:
    new, plain = _markers(which, text, 0, len(text))
    assert [text[s:e] for s, e in new] == found
    assert new == plain
    for start in range(len(text) + 1):
        new, plain = _markers(which, text, start, len(text))
        assert new == plain, start


def test_markers_random() -> None:
    rnd = random.Random(17)
    pieces = ["一是", "二是", "一要", "首先", "其次", "第一，", "一方面", "一、", "（二）", "，", "。", " ", "\n"]
    pieces += ["\x1c", "\u3000", "某", "是"]
    for _ in range(1500):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 10)))
        for which in ("markers", "labels"):
            start = rnd.randint(0, len(text))
            end = rnd.randint(start, len(text))
            new, plain = _markers(which, text, start, end)
            assert new == plain, (text, start, end)


@pytest.mark.parametrize("least", [1, 2, 3])
def test_marked_sentences_kept_equal_marked_again(least: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """A report's marked sentences, kept once for all linkers, are those marked again for each (a report
    longer than ``_KEEP_MARKED``): the same sentences, placeholders and figures, in order."""
    from pathlib import Path

    from analyzer import analyze_text
    from analyzer.relations import linking

    samples = sorted((Path(__file__).resolve().parent.parent / "corpora" / "samples").glob("*.txt"))
    assert samples, "the sample reports are missing"
    for path in samples[:4]:
        report = analyze_text(path.read_text(encoding="utf-8"))
        kept = [(m.text, m.start, m.mentions) for m in linking.marked_sentences(report, least)]
        monkeypatch.setattr(linking, "_KEEP_MARKED", 0)
        again = [(m.text, m.start, m.mentions) for m in linking.marked_sentences(report, least)]
        monkeypatch.undo()
        assert kept == again
        assert kept, f"{path.name}: no sentence with {least} figures"
