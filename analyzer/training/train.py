"""``govreport train`` and ``govreport evaluate`` as library functions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..classify import MODEL_NAME, PACKAGE_MODELS, default_model_path, load_model, save_model
from ..errors import ConfigError
from . import evaluate as E
from . import model as M
from .dataset import DEFAULT_DATA, Dataset, load_dataset
from .weak_labels import DEFAULT_REAL

DEFAULT_OUT = PACKAGE_MODELS / MODEL_NAME


@dataclass(frozen=True)
class TrainResult:
    model_path: Path
    card_paths: tuple[Path, Path]
    card: dict[str, Any]


def train(
    data: Sequence[Path] = DEFAULT_DATA, out: Path = DEFAULT_OUT, real: Path = DEFAULT_REAL, cv: bool = True
) -> TrainResult:
    """Cross-validate, fit on all the data, save the model with skops and write its card."""
    dataset = load_dataset(data, real)
    memo: dict = {}
    preds = E.cross_validate(dataset, memo=memo) if cv else None
    topics = E.topic_scores(dataset, memo) if cv else None
    bundle = M.fit_bundle(dataset.sections, memo)
    if topics is not None:
        # ship the learned topic tagger only where it beats the keyword rules
        learned_wins = bundle["topics"] is not None and topics["model"]["micro_f1"] > topics["rules"]["micro_f1"]
        topics["shipped"] = "learned tagger" if learned_wins else "keyword rules (the learned tagger scored lower)"
        if not learned_wins:
            bundle["topics"], bundle["topic_labels"] = None, []
    out = Path(out)
    save_model(bundle, out)
    load_model.cache_clear()
    default_model_path.cache_clear()
    card = E.model_card(dataset, preds, topics, data) if preds is not None else {"data_sha256": dataset.sha256()}
    paths = E.write_card(card, out) if preds is not None else (out, out)
    return TrainResult(out, paths, card)


def evaluate(
    data: Sequence[Path] = DEFAULT_DATA, model: Path | None = None, real: Path = DEFAULT_REAL
) -> E.Predictions:
    """Per-section predictions to score.

    Without ``model``: the documents are split (held-out 25%, by document), a model
    is trained on the rest with the shipped settings and scored on the held-out part.
    With ``model``: that model is scored on all of ``data`` (a user's test set).
    """
    dataset = load_dataset(data, real)
    if model is None:
        return E.held_out(dataset)
    bundle = load_model(Path(model).resolve())
    return _score(bundle, dataset)


def _score(bundle: dict[str, Any], dataset: Dataset) -> E.Predictions:
    acc: dict[str, list[str]] = {"gold": [], "pred": [], "neutral": [], "source": []}
    test = M.top_level(dataset.sections)
    if not test:
        raise ConfigError("no top-level sections to evaluate")
    E._collect(test, bundle["genres"], {}, acc)
    return E.Predictions(tuple(acc["gold"]), tuple(acc["pred"]), tuple(acc["neutral"]), tuple(acc["source"]))
