"""The section classifier at run time: model loading, fallback rules, inheritance, real reports."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest
from conftest import REAL, SEED, real_files

from analyzer import classify, ingest, outline
from analyzer.errors import ConfigError
from analyzer.section_features import neutral_heading
from analyzer.settings import Settings
from analyzer.types import Genre

REPO = Path(__file__).resolve().parent.parent
WEAK = REPO / "corpora" / "training" / "real_weak_labels.jsonl"

# a short 法治政府建设年度报告 written for these tests
FAZHI = """某区人民政府关于2024年法治政府建设情况的报告

2024年，区政府深入推进依法行政，现将有关情况报告如下。

一、主要负责人履行推进法治建设第一责任人职责情况
区政府主要负责人带头学法，召开常务会议研究法治工作6次。

二、推进法治政府建设的主要举措和成效
（一）深化行政复议体制改革
全年受理行政复议案件31件，审结率100%。
（二）规范行政执法行为
开展行政执法案卷评查，评查案卷120卷。

三、存在的不足和原因
一是部分干部法治意识有待加强；二是执法队伍力量不足。

四、2025年推进法治政府建设的主要安排
持续抓好学法用法，推进严格规范公正文明执法。
"""


def _sections(text: str):
    text = ingest.from_text(text).text
    return text, outline.build_sections(text, outline.find_headings(text))


@pytest.fixture
def no_model(monkeypatch):
    """Pretend the shipped model file is missing."""
    monkeypatch.setattr(classify, "default_model_path", lambda: None)


@pytest.fixture
def shipped_model():
    path = classify.default_model_path()
    assert path is not None, "no shipped model at analyzer/models/section_classifier.skops (run govreport train)"
    return path


def test_classify_without_model_falls_back_to_heading_rules(no_model):
    text, sections = _sections(FAZHI)
    out = classify.classify_sections(text, sections, Genre.FAZHI_ANNUAL, Settings())
    top = [s for s in out if s.level == 1]
    assert [s.category for s in top] == ["duty", "measures", "shortcomings", "plans"]
    assert all(s.confidence is None for s in out)


def test_classify_without_model_tags_measures_topics_by_keywords(no_model):
    text, sections = _sections(FAZHI)
    out = classify.classify_sections(text, sections, Genre.FAZHI_ANNUAL, Settings())
    subs = {s.heading: s for s in out if s.level == 2}
    assert "disputes" in subs["深化行政复议体制改革"].topics
    assert "enforcement" in subs["规范行政执法行为"].topics
    assert all(not s.topics for s in out if s.category != "measures")


def test_classify_subsections_inherit_the_part_category(no_model):
    text, sections = _sections(FAZHI)
    out = classify.classify_sections(text, sections, Genre.FAZHI_ANNUAL, Settings())
    subs = [s for s in out if s.level == 2]
    assert subs and all(s.category == "measures" for s in subs)
    assert out[0].level == 0 and out[0].category is None


def test_classify_genre_other_gives_no_category():
    text, sections = _sections(FAZHI)
    out = classify.classify_sections(text, sections, Genre.OTHER, Settings())
    assert [s.category for s in out] == [None] * len(out)
    assert [s.id for s in out] == [s.id for s in sections]


def test_classify_missing_user_model_is_a_config_error(tmp_path):
    text, sections = _sections(FAZHI)
    with pytest.raises(ConfigError, match="not found"):
        classify.classify_sections(text, sections, Genre.FAZHI_ANNUAL, Settings(model_path=tmp_path / "nope.skops"))


def test_classify_rejects_untrusted_types_and_junk(tmp_path):
    import fractions

    import skops.io as sio

    bad = tmp_path / "bad.skops"
    sio.dump({"genres": {}, "x": fractions.Fraction(1, 3)}, bad)
    with pytest.raises(ConfigError, match="not trusted"):
        classify.load_model(bad)
    junk = tmp_path / "junk.skops"
    junk.write_text("not a model", encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot load"):
        classify.load_model(junk)


def test_classify_shipped_model_loads_and_fills_confidence(shipped_model):
    bundle = classify.load_model(shipped_model)
    assert set(bundle["genres"]) == {"fazhi_annual", "gov_work_report", "info_disclosure_annual"}
    assert classify.load_model(shipped_model) is bundle  # cached
    text, sections = _sections(FAZHI)
    out = classify.classify_sections(text, sections, Genre.FAZHI_ANNUAL, Settings())
    top = [s for s in out if s.level == 1]
    assert [s.category for s in top] == ["duty", "measures", "shortcomings", "plans"]
    assert all(0.0 < s.confidence <= 1.0 for s in top)


def test_classify_loaded_model_is_frozen_out_of_the_collector(shipped_model):
    # the model and the modules scikit-learn imports live as long as the process: a full collection no longer
    # walks them (gc.freeze after the load); a model loaded afresh freezes what it brought in too
    classify.load_model.cache_clear()
    gc.unfreeze()
    bundle = classify.load_model(shipped_model)
    assert gc.get_freeze_count() > 10_000
    assert not any(o is bundle for o in gc.get_objects())  # frozen objects are no generation's


def test_classify_shipped_model_reads_content_when_headings_are_neutral(shipped_model):
    neutral = FAZHI
    for old, new in [
        ("主要负责人履行推进法治建设第一责任人职责情况", "第一部分"),
        ("推进法治政府建设的主要举措和成效", "第二部分"),
        ("存在的不足和原因", "第三部分"),
        ("2025年推进法治政府建设的主要安排", "第四部分"),
    ]:
        neutral = neutral.replace(old, new)
    text, sections = _sections(neutral)
    out = classify.classify_sections(text, sections, Genre.FAZHI_ANNUAL, Settings())
    assert [s.category for s in out if s.level == 1] == ["duty", "measures", "shortcomings", "plans"]


def _neutralise(text: str) -> tuple[str, int]:
    """``text`` with every top-level title of the main block replaced by 第N部分; and how many."""
    heads = outline.find_headings(text)
    levels = [h.level for h in heads if h.block == 0]
    if not levels:
        return text, 0
    top = [h for h in heads if h.block == 0 and h.level == min(levels)]
    for n, h in reversed(list(enumerate(top))):
        start = h.end - len(h.title)
        text = text[:start] + neutral_heading(n) + text[h.end :]
    return text, len(top)


def _gold() -> dict[str, list[str]]:
    gold: dict[str, list[str]] = {}
    for line in WEAK.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r["level"] == 1 and not r["ref"].startswith("pages_excerpts"):
            gold.setdefault(r["ref"], []).append(r["category"])
    return gold


@pytest.mark.real
def test_classify_real_reports_with_neutral_headings(real_dir, shipped_model):
    """Headings replaced by 第一部分 …: at least 90% of the parts keep their category; the seed's four all do."""
    gold = _gold()
    right = total = 0
    for path in [SEED, *real_files("provincial_2026"), *real_files("national")]:
        ref = str(path.relative_to(REAL))
        raw = ingest.from_text(path.read_text(encoding="utf-8")).text
        text, n = _neutralise(raw)
        if ref not in gold or n != len(gold[ref]):
            continue  # the outline splits this one differently from the labelled references
        genre = Genre.FAZHI_ANNUAL if path == SEED else Genre.GOV_WORK_REPORT
        sections = outline.build_sections(text, outline.find_headings(text))
        out = classify.classify_sections(text, sections, genre, Settings())
        top_level = min(s.level for s in out if s.level > 0)
        got = [s.category for s in out if s.level == top_level][: len(gold[ref])]
        if path == SEED:
            assert got == ["duty", "measures", "shortcomings", "plans"]
        right += sum(a == b for a, b in zip(got, gold[ref]))
        total += len(gold[ref])
    assert total >= 150, f"only {total} parts compared: the outline and the references disagree too often"
    assert right / total >= 0.9, f"{right}/{total} parts right with neutral headings"


def test_classify_model_card_reports_the_bar(shipped_model):
    """The shipped model's card: cross-validated by document, macro-F1 of top-level categories >= 0.95."""
    from analyzer.section_rules import GENRE_LABELS

    card = json.loads((shipped_model.parent / "model_card.json").read_text(encoding="utf-8"))
    assert card["cv"]["grouped_by"] == "document"
    assert card["cv"]["macro_f1_top_level"] >= 0.95
    assert card["labels"] == {g: list(v) for g, v in GENRE_LABELS.items()}
    assert len(card["data_sha256"]) == 64
    assert {"scikit-learn", "skops"} <= set(card["libraries"])


def test_classify_fast_proba_equals_sklearn_for_every_shipped_genre(shipped_model):
    """The shipped models' probabilities computed without sklearn's per-call checks are sklearn's own."""
    import numpy as np

    from analyzer.section_features import SectionInput, featurize
    from analyzer.tokenizer import cut

    bundle = classify.resolve_model(Settings())
    inputs = [
        SectionInput(
            heading="一、坚持依法行政，推进法治政府建设", body="全年办理行政复议案件29件。", index=0, n_parts=4
        ),
        SectionInput(heading="二、存在的问题和不足", body="基层执法力量仍然不足。", index=1, n_parts=4),
        SectionInput(heading="三、下一步工作打算", body="2025年将持续深化改革。", index=2, n_parts=4),
        SectionInput(heading="", body="", index=3, n_parts=4),
    ]
    X = [featurize(x, cut) for x in inputs]
    for genre, model in bundle["genres"].items():
        assert classify._fast_parts(model) is not None, genre  # the fast path is taken for the shipped models
        np.testing.assert_allclose(classify.predict_proba(model, X), model.predict_proba(X), rtol=0, atol=1e-12)
        # the features' fast path: the very same matrix as the pipeline's own transform
        features = model.steps[0][1]
        assert classify._hashed_tfidf_parts(features) is not None, genre
        ours, theirs = classify._features(features, X), features.transform(X)
        assert ours.dtype == theirs.dtype and ours.shape == theirs.shape
        assert np.array_equal(ours.indptr, theirs.indptr) and np.array_equal(ours.indices, theirs.indices)
        assert np.array_equal(ours.data, theirs.data)  # bit for bit, not close


def test_classify_fast_hashing_is_the_hashers_own_transform(shipped_model):
    """The shipped hasher's matrix built without its per-call checks: the very matrix of its ``transform``, bit for
    bit, on sections of real reports and on empty and one-token documents."""
    import numpy as np

    from analyzer.section_features import SectionInput, featurize
    from analyzer.tokenizer import cut

    docs = ["", "h:<none>", "h:甲 h:甲 b:乙 p:i0", "b:丙 " * 50]
    for path in real_files("national")[:4] + real_files("provincial_2026")[:8]:
        text, sections = _sections(path.read_text(encoding="utf-8"))
        docs += [
            featurize(SectionInput(s.heading, text[s.start : s.end], k, len(sections)), cut)
            for k, s in enumerate(sections)
        ]
    bundle = classify.resolve_model(Settings())
    for genre, model in bundle["genres"].items():
        hasher = model.steps[0][1].steps[0][1]
        ours, theirs = classify._hashed(hasher, docs), hasher.transform(docs)
        assert type(ours) is type(theirs) and ours.dtype == theirs.dtype and ours.shape == theirs.shape, genre
        assert np.array_equal(ours.indptr, theirs.indptr) and np.array_equal(ours.indices, theirs.indices)
        assert np.array_equal(ours.data, theirs.data)


def test_classify_fast_hashing_leaves_other_hashers_to_sklearn():
    """A hasher that normalises or binarises is left to its own ``transform``."""
    import numpy as np
    from sklearn.feature_extraction.text import HashingVectorizer

    docs = ["甲 乙 乙", "丙 丁"]
    for hasher in (
        HashingVectorizer(n_features=64, token_pattern=r"\S+"),
        HashingVectorizer(n_features=64, norm=None, binary=True),
    ):
        assert np.array_equal(classify._hashed(hasher, docs).toarray(), hasher.transform(docs).toarray())


def test_classify_fast_features_leave_other_features_to_sklearn():
    """Features of another shape (an l1 norm, another vectoriser) are transformed by sklearn itself."""
    import numpy as np
    from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer, TfidfVectorizer
    from sklearn.pipeline import make_pipeline

    docs = ["甲 乙", "丙 丁", "甲 丙", "乙 丁"]
    other_norm = make_pipeline(HashingVectorizer(n_features=64, token_pattern=r"\S+"), TfidfTransformer(norm="l1"))
    other_vectoriser = make_pipeline(TfidfVectorizer(token_pattern=r"\S+"), TfidfTransformer())
    for features in (other_norm.fit(docs), other_vectoriser.fit(docs)):
        assert classify._hashed_tfidf_parts(features) is None
        assert np.array_equal(classify._features(features, docs).toarray(), features.transform(docs).toarray())
    plain = make_pipeline(HashingVectorizer(n_features=64, token_pattern=r"\S+"), TfidfTransformer()).fit(docs)
    assert np.array_equal(classify._features(plain, docs).data, plain.transform(docs).data)


def test_classify_fast_proba_leaves_other_models_to_sklearn():
    """A model of another shape (no calibration) is not read by the fast path."""
    from sklearn.feature_extraction.text import HashingVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    model = make_pipeline(HashingVectorizer(n_features=256), LogisticRegression()).fit(
        ["甲 乙", "丙 丁", "甲 丙", "乙 丁"], ["a", "b", "a", "b"]
    )
    assert classify._sigmoid_linear_parts(model) is None
    assert classify.predict_proba(model, ["甲 乙"]).shape == (1, 2)


def test_classify_fast_hashing_falls_back_when_the_private_routine_fails(monkeypatch):
    """A scikit-learn release whose private hashing routine takes other arguments: the hasher's own transform."""
    import numpy as np
    from sklearn.feature_extraction import _hashing_fast
    from sklearn.feature_extraction.text import HashingVectorizer

    def other_signature(*args, **kwargs):
        raise TypeError("transform() got an unexpected keyword argument 'seed'")

    monkeypatch.setattr(_hashing_fast, "transform", other_signature)
    hasher = HashingVectorizer(n_features=64, token_pattern=r"\S+", norm=None, alternate_sign=False)
    docs = ["甲 乙 乙", "丙 丁"]
    assert np.array_equal(classify._hashed(hasher, docs).toarray(), hasher.transform(docs).toarray())
