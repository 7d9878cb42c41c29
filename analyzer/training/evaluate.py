"""Cross-validation by document, the held-out split, the neutral-heading test and the model card.

Every split groups by document (``LabelledSection.doc``): one report never has
sections on both sides.  Scores are over top-level sections with their real
headings; the *neutral* scores replace each heading by ``第N部分`` in the test
fold only, to measure how much the model reads the content.
"""

from __future__ import annotations

import json
import platform
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support
from sklearn.model_selection import GroupKFold, GroupShuffleSplit

from ..section_features import neutral_heading
from ..section_rules import GENRE_LABELS
from . import model as M
from .dataset import Dataset, LabelledSection

CV_FOLDS = 5
HELD_OUT = 0.25
SEED = 0


@dataclass(frozen=True)
class Predictions:
    """Gold and predicted labels of top-level sections (genre-qualified ``genre:category``)."""

    gold: tuple[str, ...]
    pred: tuple[str, ...]
    neutral: tuple[str, ...]  # predictions with the heading replaced by 第N部分
    source: tuple[str, ...]

    def macro_f1(self, neutral: bool = False, genre: str | None = None, source: str | None = None) -> float:
        g, p = self._select(neutral, genre, source)
        return float(f1_score(g, p, average="macro", zero_division=0)) if g else float("nan")

    def accuracy(self, neutral: bool = False, genre: str | None = None, source: str | None = None) -> float:
        g, p = self._select(neutral, genre, source)
        return float(np.mean([a == b for a, b in zip(g, p)])) if g else float("nan")

    def _select(self, neutral: bool, genre: str | None, source: str | None) -> tuple[list[str], list[str]]:
        pred = self.neutral if neutral else self.pred
        keep = [
            i
            for i, g in enumerate(self.gold)
            if (genre is None or g.startswith(genre + ":")) and (source is None or self.source[i] == source)
        ]
        return [self.gold[i] for i in keep], [pred[i] for i in keep]


def _predict(models: dict[str, Any], test: Sequence[LabelledSection], memo: dict) -> tuple[list[str], list[str]]:
    """Predictions (as written, and with 第N部分 headings) for ``test``, batched by genre."""
    pred = [f"{s.genre}:?" for s in test]
    neutral = list(pred)
    for genre, m in models.items():
        idx = [i for i, s in enumerate(test) if s.genre == genre]
        if not idx:
            continue
        secs = [test[i] for i in idx]
        p = m.predict(M.features(secs, memo))
        pn = m.predict(M.features([replace(s, heading=neutral_heading(s.index)) for s in secs], memo))
        for i, a, b in zip(idx, p, pn):
            pred[i], neutral[i] = f"{genre}:{a}", f"{genre}:{b}"
    return pred, neutral


def _fit_genres(train: Sequence[LabelledSection], memo: dict) -> dict[str, Any]:
    models = {}
    for genre in GENRE_LABELS:
        own = [s for s in train if s.genre == genre]
        if len({s.category for s in M.top_level(own)}) >= 2:
            models[genre] = M.fit_category(own, memo)
    return models


def _collect(test: Sequence[LabelledSection], models: dict[str, Any], memo: dict, acc: dict[str, list[str]]) -> None:
    pred, neutral = _predict(models, test, memo)
    acc["gold"] += [f"{s.genre}:{s.category}" for s in test]
    acc["pred"] += pred
    acc["neutral"] += neutral
    acc["source"] += [s.source for s in test]


def cross_validate(data: Dataset, folds: int = CV_FOLDS, memo: dict | None = None) -> Predictions:
    """Out-of-fold predictions of every top-level section, folds grouped by document."""
    memo = {} if memo is None else memo
    secs = M.top_level(data.sections)
    groups = [s.doc for s in secs]
    acc: dict[str, list[str]] = {"gold": [], "pred": [], "neutral": [], "source": []}
    for tr, te in GroupKFold(n_splits=min(folds, len(set(groups)))).split(secs, groups=groups):
        train = [s for s in data.sections if s.doc in {groups[i] for i in tr}]
        _collect([secs[i] for i in te], _fit_genres(train, memo), memo, acc)
    return Predictions(tuple(acc["gold"]), tuple(acc["pred"]), tuple(acc["neutral"]), tuple(acc["source"]))


def held_out(data: Dataset, memo: dict | None = None) -> Predictions:
    """Train on ~75% of the documents, predict the top-level sections of the rest."""
    memo = {} if memo is None else memo
    secs = list(data.sections)
    groups = [s.doc for s in secs]
    tr, te = next(GroupShuffleSplit(n_splits=1, test_size=HELD_OUT, random_state=SEED).split(secs, groups=groups))
    acc: dict[str, list[str]] = {"gold": [], "pred": [], "neutral": [], "source": []}
    _collect(M.top_level([secs[i] for i in te]), _fit_genres([secs[i] for i in tr], memo), memo, acc)
    return Predictions(tuple(acc["gold"]), tuple(acc["pred"]), tuple(acc["neutral"]), tuple(acc["source"]))


def per_class(pred: Predictions, neutral: bool = False) -> list[dict[str, Any]]:
    """Precision, recall, F1 and support of every genre:category."""
    p = pred.neutral if neutral else pred.pred
    labels = sorted(set(pred.gold))
    prec, rec, f1, sup = precision_recall_fscore_support(pred.gold, p, labels=labels, zero_division=0)
    return [
        {
            "label": lab,
            "precision": round(float(a), 3),
            "recall": round(float(b), 3),
            "f1": round(float(c), 3),
            "support": int(d),
        }
        for lab, a, b, c, d in zip(labels, prec, rec, f1, sup)
    ]


def confusion(pred: Predictions, genre: str) -> dict[str, Any]:
    labels = list(GENRE_LABELS[genre])
    g, p = pred._select(False, genre, None)
    g = [x.split(":", 1)[1] for x in g]
    p = [x.split(":", 1)[1] for x in p]
    m = confusion_matrix(g, p, labels=labels) if g else np.zeros((len(labels), len(labels)), dtype=int)
    return {"labels": labels, "matrix": m.tolist()}


def dataset_sizes(data: Dataset) -> dict[str, Any]:
    top = M.top_level(data.sections)
    return {
        "sections": len(data.sections),
        "top_level": len(top),
        "documents": len({s.doc for s in data.sections}),
        "by_source": dict(Counter(s.source for s in data.sections)),
        "top_level_by_source_genre_category": {
            f"{src}/{g}/{c}": n
            for (src, g, c), n in sorted(Counter((s.source, s.genre, s.category) for s in top).items())
        },
        "topic_tagged": len(M.topic_examples(data.sections)),
        "skipped": data.skipped,
    }


def topic_scores(data: Dataset, memo: dict, folds: int = CV_FOLDS) -> dict[str, Any] | None:
    """Micro/macro F1 of the topic tags: the learned tagger (folds grouped by document) and the keyword rules."""
    from sklearn.preprocessing import MultiLabelBinarizer

    from ..classify import TOPIC_THRESHOLD
    from ..section_rules import TOPICS, topics_by_keywords

    ex = M.topic_examples(data.sections)
    groups = [s.doc for s in ex]
    if len(set(groups)) < folds:
        return None
    gold, pred, rules = [], [], []
    for tr, te in GroupKFold(n_splits=folds).split(ex, groups=groups):
        model, labels = M.fit_topics([ex[i] for i in tr], memo)
        if model is None:
            continue
        test = [ex[i] for i in te]
        proba = model.predict_proba(M.features(test, memo, M.TOPIC_BODY_CHARS))
        for s, row in zip(test, proba):
            gold.append(set(s.topics))
            pred.append({t for t, q in zip(labels, row) if q >= TOPIC_THRESHOLD})
            rules.append(set(topics_by_keywords(s.heading, s.body)))
    if not gold:
        return None
    mlb = MultiLabelBinarizer(classes=list(TOPICS)).fit([TOPICS])
    G = mlb.transform(gold)

    def f1(pred_sets: list[set[str]]) -> dict[str, float]:
        P = mlb.transform(pred_sets)
        return {
            "micro_f1": round(float(f1_score(G, P, average="micro", zero_division=0)), 3),
            "macro_f1": round(float(f1_score(G, P, average="macro", zero_division=0)), 3),
        }

    return {"sections": len(gold), "model": f1(pred), "rules": f1(rules)}


def library_versions() -> dict[str, str]:
    import jieba
    import scipy
    import sklearn
    import skops

    return {
        "python": platform.python_version(),
        "scikit-learn": sklearn.__version__,
        "skops": skops.__version__,
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "jieba": getattr(jieba, "__version__", "?"),
    }


def model_card(data: Dataset, cv: Predictions, topics: dict[str, float] | None, data_files: Sequence[Path]) -> dict:
    """Everything the card says, as data (``analyzer/models/model_card.json``)."""
    by_genre = {}
    for genre in GENRE_LABELS:
        by_genre[genre] = {
            "macro_f1": round(cv.macro_f1(genre=genre), 3),
            "accuracy": round(cv.accuracy(genre=genre), 3),
            "neutral_heading_accuracy": round(cv.accuracy(neutral=True, genre=genre), 3),
            "confusion": confusion(cv, genre),
        }
    return {
        "model": "section_classifier",
        "format": M.MODEL_FORMAT,
        "trained": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "data_sha256": data.sha256(),
        "data_files": [_relative(Path(p)) for p in data_files],
        "dataset": dataset_sizes(data),
        "labels": {g: list(v) for g, v in GENRE_LABELS.items()},
        "topics": list(M.TOPICS),
        "pipeline": (
            "feature tokens (jieba words of heading, body opening, subheadings; heading character bigrams; position) "
            f"-> HashingVectorizer(2**{M.HASH_FEATURES.bit_length() - 1}) -> TfidfTransformer -> "
            f"CalibratedClassifierCV(LinearSVC(C={M.SVC_C}), sigmoid, folds grouped by document); "
            "one per genre; trained with neutral-heading copies"
        ),
        "libraries": library_versions(),
        "cv": {
            "folds": CV_FOLDS,
            "grouped_by": "document",
            "macro_f1_top_level": round(cv.macro_f1(), 3),
            "accuracy_top_level": round(cv.accuracy(), 3),
            "neutral_heading_macro_f1": round(cv.macro_f1(neutral=True), 3),
            "neutral_heading_accuracy": round(cv.accuracy(neutral=True), 3),
            "neutral_heading_accuracy_real": round(cv.accuracy(neutral=True, source="real"), 3),
            "accuracy_real": round(cv.accuracy(source="real"), 3),
            "by_genre": by_genre,
            "per_class": per_class(cv),
            "topics": topics,
        },
        "platform": platform.platform(),
    }


def _relative(path: Path) -> str:
    """``path`` relative to the repository when it is inside it (cards stay the same on every machine)."""
    from .weak_labels import REPO

    try:
        return str(path.resolve().relative_to(REPO))
    except ValueError:
        return str(path)


def card_markdown(card: dict) -> str:
    """``analyzer/models/MODEL_CARD.md`` from the card's data."""
    cv = card["cv"]
    lines = [
        "# Model card: section classifier",
        "",
        "Assigns each top-level section of a report the outline category of its genre",
        "(`../shared/design.md`) and, for `measures` sections of 法治政府建设年度报告, topic tags",
        "(chapters of 《法治政府建设实施纲要（2021—2025年）》). Generated by `govreport train`; do not edit.",
        "",
        f"- trained: {card['trained']}",
        f"- data sha256: `{card['data_sha256']}`",
        f"- pipeline: {card['pipeline']}",
        "- libraries: " + ", ".join(f"{k} {v}" for k, v in card["libraries"].items()),
        "",
        "## Data",
        "",
        f"{card['dataset']['sections']} labelled sections ({card['dataset']['top_level']} top-level) from "
        f"{card['dataset']['documents']} documents; by source: "
        + ", ".join(f"{k} {v}" for k, v in card["dataset"]["by_source"].items())
        + f"; {card['dataset']['topic_tagged']} measures sections with topic tags.",
        "",
        "| source/genre/category | top-level sections |",
        "| --- | --- |",
        *[f"| {k} | {v} |" for k, v in card["dataset"]["top_level_by_source_genre_category"].items()],
        "",
        "## Cross-validated scores",
        "",
        f"{cv['folds']}-fold cross-validation grouped by document (a report never sits on both sides).",
        "",
        f"- macro-F1, top-level categories (all genres): **{cv['macro_f1_top_level']}**; accuracy {cv['accuracy_top_level']}",
        (
            f"- with every heading replaced by 第N部分 in the test folds: macro-F1 {cv['neutral_heading_macro_f1']}, "
            f"accuracy {cv['neutral_heading_accuracy']} (real reports only: {cv['neutral_heading_accuracy_real']})"
        ),
        "",
        "| genre | macro-F1 | accuracy | neutral-heading accuracy |",
        "| --- | --- | --- | --- |",
        *[
            f"| {g} | {v['macro_f1']} | {v['accuracy']} | {v['neutral_heading_accuracy']} |"
            for g, v in cv["by_genre"].items()
        ],
        "",
        "| class | precision | recall | F1 | support |",
        "| --- | --- | --- | --- | --- |",
        *[f"| {r['label']} | {r['precision']} | {r['recall']} | {r['f1']} | {r['support']} |" for r in cv["per_class"]],
        "",
    ]
    if cv.get("topics"):
        t = cv["topics"]
        lines += [
            (
                f"Topic tags of measures sections ({t['sections']} tagged sections, folds grouped by document): "
                f"learned tagger micro-F1 {t['model']['micro_f1']} (macro {t['model']['macro_f1']}); keyword rules of "
                f"`analyzer/data/topic_keywords.tsv` micro-F1 {t['rules']['micro_f1']} "
                f"(macro {t['rules']['macro_f1']}). Shipped: {t['shipped']}."
            ),
            "",
        ]
    lines += ["## Confusion matrices (rows: gold, columns: predicted)", ""]
    for g, v in cv["by_genre"].items():
        labels = v["confusion"]["labels"]
        lines += [
            f"### {g}",
            "",
            "| gold \\ predicted | " + " | ".join(labels) + " |",
            "| --- |" + " --- |" * len(labels),
        ]
        lines += [
            f"| {lab} | " + " | ".join(str(x) for x in row) + " |" for lab, row in zip(labels, v["confusion"]["matrix"])
        ]
        lines.append("")
    lines += [
        "## Limits",
        "",
        "- Written sections imitate the genres; real labels are weak labels from headings, read and corrected by hand",
        "  (`corpora/training/real_label_overrides.tsv`). Real 法治 and 信息公开 texts are page openings only.",
        "- Only top-level parts are classified; subsections inherit. Appendix blocks are `other`; the preamble has no category.",
        "",
    ]
    return "\n".join(lines)


def card_paths(model_path: Path) -> tuple[Path, Path]:
    """``MODEL_CARD.md`` and ``model_card.json`` next to the shipped model; ``<stem>.card.md/.json`` for others."""
    from ..classify import MODEL_NAME

    if model_path.name == MODEL_NAME:
        return model_path.with_name("MODEL_CARD.md"), model_path.with_name("model_card.json")
    return model_path.with_name(model_path.stem + ".card.md"), model_path.with_name(model_path.stem + ".card.json")


def write_card(card: dict, model_path: Path) -> tuple[Path, Path]:
    md, js = card_paths(model_path)
    js.write_text(json.dumps(card, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    md.write_text(card_markdown(card), encoding="utf-8")
    return md, js
