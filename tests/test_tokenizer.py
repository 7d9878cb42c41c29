"""analyzer.tokenizer: the domain dictionary, cached engines, spaCy configured with our segmenter."""

from __future__ import annotations

import pytest

from analyzer import tokenizer


@pytest.mark.parametrize(
    "text,word",
    [
        ("全年受理行政复议案件29件", "行政复议案件"),
        ("出庭应诉率始终保持在100%", "出庭应诉率"),
        ("审查行政规范性文件5件", "行政规范性文件"),
        ("受理12345热线工单", "12345热线"),
        ("深化一网通办改革", "一网通办"),
        ("提高0.5个百分点", "个百分点"),
        ("地区生产总值增长5.4%", "地区生产总值"),
    ],
)
def test_tokenizer_keeps_domain_words_whole(text, word):
    assert word in tokenizer.cut(text)


def test_tokenizer_cut_covers_the_text_without_whitespace_tokens():
    text = "全年受理行政复议案件29件， 纠错率58.6%。"
    words = tokenizer.cut(text)
    assert "".join(words) == text.replace(" ", "")
    assert all(w.strip() for w in words)


def test_tokenizer_engines_are_cached():
    assert tokenizer.rjieba_tokenizer() is tokenizer.rjieba_tokenizer()
    assert tokenizer.spacy_nlp() is tokenizer.spacy_nlp()


def test_tokenizer_user_words_are_read_from_the_data_file():
    words = {w for w, _, _ in tokenizer.user_words()}
    assert {"行政复议", "规范性文件", "出庭应诉率", "12345热线", "一网通办"} <= words
    assert all(freq > 0 for _, freq, _ in tokenizer.user_words())


def test_tokenizer_jieba_and_rjieba_agree():
    pytest.importorskip("jieba")
    text = "2024年受理12345热线工单19085件，办结率97%，群众满意度93%；办理市长信箱信件940件。"
    assert [w for w in tokenizer.jieba_tokenizer().cut(text, HMM=False) if w.strip()] == tokenizer.cut(text)


def test_tokenizer_spacy_nlp_is_zh_with_jieba_segmenter_and_our_dictionary():
    nlp = tokenizer.spacy_nlp()
    assert nlp.lang == "zh"
    assert nlp.config["nlp"]["tokenizer"]["segmenter"] == "jieba"
    doc = nlp("全年受理行政复议案件29件，出庭应诉率100%")
    assert "行政复议案件" in [t.text for t in doc]
    assert "出庭应诉率" in [t.text for t in doc]
    assert doc.text == "全年受理行政复议案件29件，出庭应诉率100%"


def test_tokenizer_spacy_nlp_does_not_touch_the_global_jieba():
    jieba = pytest.importorskip("jieba")
    tokenizer.spacy_nlp()("受理行政复议案件")
    # our words were added to our own instances, never to jieba's module-level dictionary
    assert jieba.dt.FREQ.get("出庭应诉率") is None
