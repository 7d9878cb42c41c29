"""The scikit-learn pipelines of the section classifier and how they are fitted.

One pipeline per genre (each genre has its own label set):
``HashingVectorizer`` + ``TfidfTransformer`` over the feature tokens of
``analyzer.section_features`` (no vocabulary to store: the model loads in ~0.1 s) ->
``CalibratedClassifierCV(LinearSVC, method="sigmoid")``, calibrated on folds
grouped by document so that a document's sections never calibrate each other.
Measures sections get topic tags from a second pipeline (one-vs-rest logistic
regressions, tag kept when its probability is at least ``classify.TOPIC_THRESHOLD``).

Training adds, for every top-level section, a copy whose heading is replaced
by a neutral ``第N部分``: the model must learn to read the content as well as
the heading.  The fitted bundle is a plain dict of scikit-learn objects, saved
with skops (``analyzer.classify.save_model``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, StratifiedGroupKFold
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import MultiLabelBinarizer
from sklearn.svm import LinearSVC

from ..classify import TOPIC_BODY_CHARS
from ..section_features import BODY_CHARS, SectionInput, featurize, neutral_heading
from ..section_rules import GENRE_LABELS, TOPICS
from ..tokenizer import cut
from .dataset import LabelledSection

MODEL_FORMAT = 1
CALIBRATION_FOLDS = 5
SVC_C = 0.5
HASH_FEATURES = 2**16


def section_input(s: LabelledSection) -> SectionInput:
    return SectionInput(heading=s.heading, body=s.body, index=s.index, n_parts=s.n_parts, level=s.level)


def with_neutral_headings(sections: Sequence[LabelledSection]) -> list[LabelledSection]:
    """``sections`` followed by a copy of each whose heading is ``第N部分``."""
    return [*sections, *(replace(s, heading=neutral_heading(s.index)) for s in sections)]


def _vectorizer() -> Pipeline:
    """Feature tokens -> hashed counts -> TF-IDF (no vocabulary to store: small, fast-loading model)."""
    return Pipeline(
        [
            (
                "hash",
                HashingVectorizer(
                    token_pattern=r"\S+",
                    lowercase=False,
                    n_features=HASH_FEATURES,
                    alternate_sign=False,
                    norm=None,
                    dtype=np.float32,
                ),
            ),
            ("idf", TfidfTransformer(sublinear_tf=True)),
        ]
    )


def category_pipeline(
    splits: list[tuple[np.ndarray, np.ndarray]] | int = CALIBRATION_FOLDS, ensemble: bool = False
) -> Pipeline:
    """The unfitted pipeline of one genre; ``splits`` are the calibration folds (grouped by document).

    ``ensemble=False`` keeps one SVM (calibrated on out-of-fold scores): a small,
    fast model; it needs every class in every training fold.
    """
    svc = LinearSVC(C=SVC_C, class_weight="balanced", random_state=0)
    return Pipeline(
        [
            ("tfidf", _vectorizer()),
            ("clf", CalibratedClassifierCV(svc, method="sigmoid", cv=splits, ensemble=ensemble)),
        ]
    )


def topic_pipeline() -> Pipeline:
    lr = LogisticRegression(C=4.0, class_weight="balanced", max_iter=2000)
    return Pipeline([("tfidf", _vectorizer()), ("clf", OneVsRestClassifier(lr))])


def calibration_splits(
    labels: Sequence[str], groups: Sequence[str], n_splits: int = CALIBRATION_FOLDS
) -> tuple[list[tuple[np.ndarray, np.ndarray]], bool]:
    """Calibration folds that keep every document on one side, and whether to ensemble.

    Stratified by label when every label has at least two documents (then each
    training fold sees every label and one calibrated SVM suffices); otherwise
    plain grouped folds and an ensemble of one SVM per fold.
    """
    docs_per_label: dict[str, set[str]] = {}
    for lab, g in zip(labels, groups):
        docs_per_label.setdefault(lab, set()).add(g)
    fewest = min(len(d) for d in docs_per_label.values())
    idx = np.zeros(len(labels))
    if fewest >= 2:
        n = min(n_splits, fewest)
        sgkf = StratifiedGroupKFold(n_splits=n, shuffle=True, random_state=0)
        return list(sgkf.split(idx, list(labels), groups=list(groups))), False
    n = min(n_splits, len(set(groups)))
    return list(GroupKFold(n_splits=n).split(idx, groups=list(groups))), True


def top_level(sections: Sequence[LabelledSection]) -> list[LabelledSection]:
    return [s for s in sections if s.level == 1]


def features(sections: Sequence[LabelledSection], memo: dict | None = None, body_chars: int = BODY_CHARS) -> list[str]:
    """The feature strings of ``sections``; ``memo`` (a dict) saves re-segmenting across folds."""
    memo = {} if memo is None else memo
    out = []
    for s in sections:
        key = (s, body_chars)
        if key not in memo:
            memo[key] = featurize(section_input(s), cut, body_chars)
        out.append(memo[key])
    return out


def fit_category(sections: Sequence[LabelledSection], memo: dict | None = None) -> Pipeline:
    """Fit one genre's pipeline on its top-level sections (plus their neutral-heading copies)."""
    train = with_neutral_headings(top_level(sections))
    X = features(train, memo)
    y = [s.category for s in train]
    splits, ensemble = calibration_splits(y, [s.doc for s in train])
    return _slim(category_pipeline(splits, ensemble).fit(X, y))


def _slim(model: Pipeline) -> Pipeline:
    """Record the calibration folds by their number (the index arrays are not needed to predict)."""
    model.named_steps["clf"].set_params(cv=len(model.named_steps["clf"].cv))
    return model


def topic_examples(sections: Sequence[LabelledSection]) -> list[LabelledSection]:
    return [s for s in sections if s.genre == "fazhi_annual" and s.category == "measures" and s.topics]


def fit_topics(sections: Sequence[LabelledSection], memo: dict | None = None) -> tuple[Pipeline | None, list[str]]:
    """Fit the measures topic tagger and name its output columns; None when there are too few tagged sections."""
    train = topic_examples(sections)
    if len(train) < 20:
        return None, []
    X = features(train, memo, TOPIC_BODY_CHARS)
    mlb = MultiLabelBinarizer(classes=list(TOPICS))
    Y = mlb.fit_transform([s.topics for s in train])
    keep = Y.sum(axis=0) > 0
    model = topic_pipeline().fit(X, Y[:, keep])
    return model, [t for t, k in zip(TOPICS, keep) if k]


def fit_bundle(sections: Sequence[LabelledSection], memo: dict | None = None) -> dict:
    """The whole model: one category pipeline per genre with data, and the topic tagger."""
    genres: dict[str, Pipeline] = {}
    for genre in GENRE_LABELS:
        own = [s for s in sections if s.genre == genre]
        if len({s.category for s in top_level(own)}) >= 2:
            genres[genre] = fit_category(own, memo)
    topics, topic_labels = fit_topics(sections, memo)
    return {"format": MODEL_FORMAT, "genres": genres, "topics": topics, "topic_labels": topic_labels}
