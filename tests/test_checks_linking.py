"""Sentence and clause bounds of the linkers, against a character-by-character reading of the same text."""

from __future__ import annotations

import pytest

from analyzer.api import analyze_text
from analyzer.offsets import after_last, offsets_of
from analyzer.relations import linking
from analyzer.relations.linking import CLAUSE_END, SENTENCE_END, clause_start, group_by_sentence, sentence_bounds
from analyzer.relations.mentions import mentions

TEXTS = [
    "全年受理行政复议案件29件，直接纠错案件17件，纠错率58.6%。其中撤销3件！办结率100%",
    "。开头就是句号\n第二行没有句号",
    "𠀀𠀁古字在前，共收到申请1113件；其中信息公开类58件。",  # characters outside the BMP: one offset each
    "",
    "没有任何标点的一段文字",
]


def _naive_sentence(text: str, pos: int) -> tuple[int, int]:
    start = pos
    while start > 0 and text[start - 1] not in SENTENCE_END:
        start -= 1
    end = pos
    while end < len(text) and text[end] not in SENTENCE_END:
        end += 1
    return start, end


def _naive_clause_start(text: str, pos: int, stops: str) -> int:
    start = pos
    while start > 0 and text[start - 1] not in stops:
        start -= 1
    return start


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_bounds_and_clause_start_agree_with_a_plain_reading(text):
    for pos in range(len(text) + 1):
        assert sentence_bounds(text, pos) == _naive_sentence(text, pos), pos
        for stops in (CLAUSE_END, linking.CLAUSE_END_OUTSIDE_BRACKETS):
            assert clause_start(text, pos, stops) == _naive_clause_start(text, pos, stops), pos


def test_stop_offsets_are_the_stop_characters_in_order():
    text = TEXTS[2]
    assert list(offsets_of(text, "，；。")) == [i for i, c in enumerate(text) if c in "，；。"]
    assert list(offsets_of("无标点", "。")) == []


def test_group_by_sentence_puts_each_figure_in_its_own_sentence():
    report = analyze_text("全年受理案件29件，办结27件。纠错率58.6%，调解率40.1%。\n新增10家企业。")
    text, ms = report.text, mentions(report)
    groups = group_by_sentence(text, ms)
    assert [m for _, inside in groups for m in inside] == list(ms)  # every figure once, in order
    for bounds, inside in groups:
        assert all(sentence_bounds(text, m.start) == bounds for m in inside)
    assert len(groups) == 3


def test_after_last_is_the_offset_after_the_last_stop_in_the_window():
    text = "甲，乙，丙丁戊"
    offs = offsets_of(text, "，")
    assert after_last(offs, 6, 0) == 4  # the 2nd comma at 3
    assert after_last(offs, 3, 0) == 2  # a stop at pos itself is not before it
    assert after_last(offs, 6, 5) == 5  # none in [5, 6): the window's start
    assert after_last(offs, 1, 0) == 0


def test_offsets_of_reads_a_text_longer_than_one_piece(monkeypatch):
    import analyzer.offsets as offsets

    monkeypatch.setattr(offsets, "_PIECE", 7)
    text = "一，二。三，四五六七八，九。" * 3
    assert list(offsets.offsets_of(text, "，。")) == [i for i, c in enumerate(text) if c in "，。"]


def test_marked_sentences_mark_each_sentence_with_enough_figures():
    report = analyze_text("全年受理案件29件，办结27件，办结率93.1%。新增10家企业。共有3个方面，2个部分。")
    text, ms = report.text, mentions(report)
    every = list(linking.marked_sentences(report))
    assert [m for mk in every for m in mk.mentions] == list(ms)  # every figure once, in order
    first = every[0]
    assert first.text.count("⟨") == 3 and text[first.start : first.start + 4] == "全年受理"
    assert [len(mk.mentions) for mk in linking.marked_sentences(report, 2)] == [
        3,
        2,
    ]  # the one-figure sentence left out
    fewer = linking.marked(text, first.start, len(text), ms[1:3])
    assert fewer.text.count("⟨") == 2 and fewer.mentions == tuple(ms[1:3])


def test_offsets_of_each_is_offsets_of_per_set():
    from analyzer.offsets import offsets_of_each

    text = TEXTS[0] + "\n" + TEXTS[2]
    sets = ("。", "，；", "\n")
    assert [list(a) for a in offsets_of_each(text, *sets)] == [list(offsets_of(text, c)) for c in sets]
