"""Section classifier: the outline category of each section, and topic tags of measures sections.

The top-level parts of a report (the lowest heading level present, main block)
are classified by a scikit-learn model (``analyzer.training.model``) that reads
the heading, the opening of the body, the subheadings and the position; its
calibrated probability is the section's ``confidence``.  Deeper sections inherit
their part's category and confidence; sections under a ``measures`` part get
their own topic tags.  The preamble (section "0") and appendix blocks are not
parts of the genre's outline: None and ``other``.

The model is a skops file, loaded once per process with an explicit list of
trusted types.  Where it comes from: ``Settings.model_path`` (a user's model,
``govreport analyze --model``), else ``section_classifier.skops`` shipped in
the package (``analyzer/models/``, package data of the wheel; ``govreport train``
writes there).  Without a model file the heading keyword rules of
``analyzer/data/section_keywords.tsv`` decide, with ``confidence=None``, and one
warning per process says so on stderr (``KeywordFallbackWarning``).
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import importlib.resources
import logging
import re
import zipfile
from pathlib import Path
from typing import Any

from . import outline
from .errors import ConfigError
from .section_features import SectionInput, featurize
from .section_rules import GENRE_LABELS, TOPICS, category_by_keywords, topics_by_keywords
from .settings import Settings
from .types import Genre, Section

MODEL_NAME = "section_classifier.skops"
# the package's models/ directory: package data, so the wheel carries the model
PACKAGE_MODELS = Path(__file__).resolve().parent / "models"
log = logging.getLogger(__name__)
# said once per process when the keyword rules stand in for the model
FALLBACK_WARNING = (
    "govreport: warning: no section model ({path} missing): top-level sections are classified "
    "by heading keywords, confidence null (run `govreport train` or pass --model)"
)
_warned = [False]
TOPIC_THRESHOLD = 0.5
TOPIC_BODY_CHARS = 1200

# the types of a model bundle that skops does not trust by default; anything else untrusted
# makes loading fail (no blanket trust: ``trusted=True`` is never used)
TRUSTED_TYPES = [
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
]


@functools.lru_cache(maxsize=1)
def default_model_path() -> Path | None:
    """The shipped model (``analyzer/models/section_classifier.skops``), None when the file is missing."""
    res = importlib.resources.files("analyzer").joinpath("models", MODEL_NAME)
    if res.is_file():
        return Path(str(res))
    path = PACKAGE_MODELS / MODEL_NAME
    return path if path.is_file() else None


@functools.lru_cache(maxsize=4)
def load_model(path: Path) -> dict[str, Any]:
    """Load a model bundle saved by ``save_model`` (cached: once per process and path).

    Raises ``ConfigError`` when the file cannot be read, holds types outside
    ``TRUSTED_TYPES``, or is not a section-classifier bundle.
    """
    import skops.io as sio

    try:
        bundle = sio.load(path, trusted=TRUSTED_TYPES)
    except sio.exceptions.UntrustedTypesFoundException as exc:
        raise ConfigError(f"model {path} contains types that are not trusted: {exc}") from exc
    except Exception as exc:  # skops raises zipfile, OSError, TypeError … for a bad file
        raise ConfigError(f"cannot load section model {path}: {type(exc).__name__}: {exc}") from exc
    if not isinstance(bundle, dict) or "genres" not in bundle:
        raise ConfigError(f"{path} is not a section classifier model (no 'genres')")
    _freeze_loaded()
    return bundle


def _freeze_loaded() -> None:
    """Move the objects alive now out of the cyclic garbage collector's reach (``gc.freeze``), once the model is
    loaded: about 150,000 of them (the modules scikit-learn imports, scipy, pandas, the model itself), alive for the
    rest of the process.  Left in, every full collection walks them all again, about 70 ms each, one every few
    reports; frozen, a collection walks only what the analyses allocated.  Collected first, so that no garbage is
    frozen.  (Frozen objects are still freed when nothing refers to them; ``gc.unfreeze()`` undoes this.)"""
    gc.collect()
    gc.freeze()


def save_model(bundle: dict[str, Any], path: Path) -> None:
    import skops.io as sio

    path.parent.mkdir(parents=True, exist_ok=True)
    sio.dump(bundle, path, compression=zipfile.ZIP_DEFLATED, compresslevel=6)


def resolve_model(settings: Settings) -> dict[str, Any] | None:
    """The model ``settings`` asks for; None (keyword rules) when no model file exists."""
    if settings.model_path is not None:
        path = Path(settings.model_path)
        if not path.is_file():
            raise ConfigError(f"section model not found: {path}")
        return load_model(path.resolve())
    shipped = default_model_path()
    return load_model(shipped) if shipped is not None else None


def _warn_fallback() -> None:
    """One line on stderr (through ``logging``), once per process, when the keyword rules decide."""
    if _warned[0]:
        return
    _warned[0] = True
    log.warning(FALLBACK_WARNING.format(path=f"analyzer/models/{MODEL_NAME}"))


def _body(text: str, section: Section) -> str:
    """The section's text after its heading title."""
    chunk = text[section.start : section.end]
    if section.heading:
        at = chunk.find(section.heading, 0, len(section.heading) + 40)
        if at != -1:
            return chunk[at + len(section.heading) :]
    return chunk


@functools.lru_cache(maxsize=1)
def _appendix_words() -> tuple[str, ...]:
    """Words whose heading line starts an appendix block (``analyzer/data/outline_terms.tsv``)."""
    from .ingest._datafile import read_tsv

    return tuple(word for kind, word in read_tsv("outline_terms.tsv", 2, 2) if kind == "appendix")


# the 一、 label at the start of a top-level heading line
_L1_LABEL = re.compile(r"[ \t\u3000]*([一二三四五六七八九十]{1,3})、")


def _parts(text: str, sections: tuple[Section, ...]) -> tuple[list[int], set[int]]:
    """Indices of the top-level parts of the main block, and of the sections after it (appendices).

    The main block ends, as in ``outline``, at an appendix heading (附件 …) or where
    the 一、 numbering restarts after 二、 or later.
    """
    levels = [s.level for s in sections if s.level > 0]
    if not levels:
        return [], set()
    top = min(levels)
    words = _appendix_words()
    parts: list[int] = []
    highest = 0
    for i, s in enumerate(sections):
        if s.level == 0 or s.level > top:
            continue
        m = _L1_LABEL.match(text, s.start)
        n = outline.cn_to_int(m.group(1)) if m else None
        if (s.level == 1 and s.heading.startswith(words)) or (n == 1 and highest >= 2):
            return parts, set(range(i, len(sections)))
        highest = max(highest, n or 0)
        parts.append(i)
    return parts, set()


def _sigmoid_linear_parts(model: Any) -> tuple[Any, Any, Any, Any, Any] | None:
    """``(features, coef, intercept, a, b)`` of a model shaped as the shipped one (features, then a linear
    classifier calibrated by one sigmoid per class, one calibrated copy), or None for any other model."""
    from sklearn.calibration import CalibratedClassifierCV, _SigmoidCalibration
    from sklearn.pipeline import Pipeline
    from sklearn.svm import LinearSVC

    if not isinstance(model, Pipeline) or len(model.steps) != 2:
        return None
    features, clf = model.steps[0][1], model.steps[1][1]
    if not isinstance(clf, CalibratedClassifierCV) or clf.method != "sigmoid":
        return None
    if len(clf.calibrated_classifiers_) != 1 or len(clf.classes_) < 3:
        return None
    cc = clf.calibrated_classifiers_[0]
    if not isinstance(cc.estimator, LinearSVC) or list(cc.estimator.classes_) != list(clf.classes_):
        return None
    if not all(isinstance(c, _SigmoidCalibration) for c in cc.calibrators):
        return None
    import numpy as np

    a = np.array([c.a_ for c in cc.calibrators], dtype=np.float64)
    b = np.array([c.b_ for c in cc.calibrators], dtype=np.float64)
    return features, cc.estimator.coef_, cc.estimator.intercept_, a, b


@functools.lru_cache(maxsize=8)
def _fast_parts(model: Any) -> tuple[Any, Any, Any, Any, Any] | None:
    return _sigmoid_linear_parts(model)


@functools.lru_cache(maxsize=8)
def _hashed_tfidf_parts(features: Any) -> tuple[Any, Any, bool, str | None] | None:
    """``(hasher, idf, sublinear_tf, norm)`` of features shaped as the shipped ones (a ``HashingVectorizer``, then a
    ``TfidfTransformer`` normalising by l2 or not at all), or None for any other features."""
    from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
    from sklearn.pipeline import Pipeline

    if not isinstance(features, Pipeline) or len(features.steps) != 2:
        return None
    hasher, tfidf = features.steps[0][1], features.steps[1][1]
    if type(hasher) is not HashingVectorizer or type(tfidf) is not TfidfTransformer or tfidf.norm not in ("l2", None):
        return None
    return hasher, getattr(tfidf, "idf_", None), bool(tfidf.sublinear_tf), tfidf.norm


def _features(features: Any, X: list[str]) -> Any:
    """``features.transform(X)``: for the shipped shape (``_hashed_tfidf_parts``), the hasher's matrix weighted as
    ``TfidfTransformer.transform`` weighs it (the same operations in the same order, its l2 normalisation by the same
    routine), without the transformer's input checks, which cost three times the arithmetic for one report's
    sections; ``tests/test_classify.py`` holds the two equal.  Any other features: their own ``transform``."""
    import numpy as np

    parts = _hashed_tfidf_parts(features)
    if parts is None:
        return features.transform(X)
    hasher, idf, sublinear, norm = parts
    hashed = _hashed(hasher, X)
    if hashed.format != "csr" or hashed.dtype not in (np.float32, np.float64):
        return features.transform(X)  # (not the hasher's usual output: the transformer would convert it)
    if sublinear:
        np.log(hashed.data, hashed.data)
        hashed.data += 1.0
    if idf is not None:
        hashed.data *= idf[hashed.indices]
    if norm == "l2":
        from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2

        inplace_csr_row_normalize_l2(hashed)
    return hashed


def _hashed(hasher: Any, X: list[str]) -> Any:
    """``hasher.transform(X)`` for a ``HashingVectorizer`` that neither normalises nor binarises (the shipped one):
    its analyser's tokens hashed by the routine its ``FeatureHasher`` calls, duplicates summed the same way, without
    the per-call parameter checks and the new ``FeatureHasher`` each call builds (half the time for one report's
    sections); ``tests/test_classify.py`` holds the two equal.  Any other hasher: its own ``transform``."""
    if hasher.norm is not None or hasher.binary:
        return hasher.transform(X)
    try:
        from sklearn.feature_extraction._hashing_fast import transform as hash_features
    except ImportError:  # (a private module of scikit-learn: another release may move it)
        return hasher.transform(X)
    import scipy.sparse as sp

    analyse = _analyser(hasher)
    try:
        indices, indptr, values = hash_features(
            (((f, 1) for f in analyse(doc)) for doc in X),
            hasher.n_features,
            hasher.dtype,
            hasher.alternate_sign,
            seed=0,
        )
    except (TypeError, ValueError):  # (another signature in another release, or input sklearn rejects: its own path)
        return hasher.transform(X)
    n = indptr.shape[0] - 1
    if n == 0:
        return hasher.transform(X)  # (sklearn's error for no documents)
    out = sp.csr_matrix((values, indices, indptr), dtype=hasher.dtype, shape=(n, hasher.n_features))
    out.sum_duplicates()  # (also sorts the indices)
    return out


@functools.lru_cache(maxsize=8)
def _analyser(hasher: Any) -> Any:
    """The hasher's analyser (built once: ``transform`` builds it anew each call)."""
    return hasher.build_analyzer()


def predict_proba(model: Any, X: list[str]) -> Any:
    """``model.predict_proba(X)``, computed without sklearn's per-call input checks when the model has the
    shipped shape (``_sigmoid_linear_parts``): the same arithmetic as ``CalibratedClassifierCV`` with one
    sigmoid-calibrated linear classifier (decision values, one sigmoid per class, rows normalised to 1).
    The checks cost more than the arithmetic for the few sections of one report;
    ``tests/test_classify.py`` holds the two equal.  Any other model: sklearn's own ``predict_proba``."""
    import numpy as np
    import sklearn

    with sklearn.config_context(assume_finite=True, skip_parameter_validation=True):
        parts = _fast_parts(model)
        if parts is None:
            return model.predict_proba(X)
        features, coef, intercept, a, b = parts
        decision = np.asarray(_features(features, X) @ coef.T) + intercept
    proba = 1.0 / (1.0 + np.exp(a * decision + b))  # expit(-(a·f + b)), per class
    total = proba.sum(axis=1)[:, np.newaxis]
    uniform = np.full_like(proba, 1 / proba.shape[1])
    proba = np.divide(proba, total, out=uniform, where=total != 0)
    proba[(proba > 1.0) & (proba <= 1.0 + 1e-5)] = 1.0
    return proba


def _predict_parts(model: Any, inputs: list[SectionInput]) -> list[tuple[str, float]]:
    from .tokenizer import cut

    X = [featurize(x, cut) for x in inputs]
    proba = predict_proba(model, X)
    classes = list(model.classes_)
    return [(str(classes[row.argmax()]), float(row.max())) for row in proba]


def _predict_topics(bundle: dict[str, Any] | None, items: list[SectionInput]) -> list[tuple[str, ...]]:
    if not items:
        return []
    tagger = bundle.get("topics") if bundle else None
    if tagger is None:
        return [topics_by_keywords(x.heading, x.body) for x in items]
    from .tokenizer import cut

    assert bundle is not None  # a tagger comes from a bundle
    labels = bundle["topic_labels"]
    proba = tagger.predict_proba([featurize(x, cut, TOPIC_BODY_CHARS) for x in items])
    return [tuple(t for t, p in zip(labels, row) if p >= TOPIC_THRESHOLD) for row in proba]


def classify_sections(
    text: str, sections: tuple[Section, ...], genre: Genre, settings: Settings
) -> tuple[Section, ...]:
    """``sections`` with ``category``, ``confidence`` and (for measures) ``topics`` filled in."""
    g = genre.value if isinstance(genre, Genre) else str(genre)
    if g not in GENRE_LABELS or not sections:
        return tuple(dataclasses.replace(s, category=None, confidence=None, topics=()) for s in sections)
    bundle = resolve_model(settings)
    model = bundle["genres"].get(g) if bundle else None
    parts, appendix = _parts(text, sections)
    inputs = [
        SectionInput(heading=sections[i].heading, body=_body(text, sections[i]), index=k, n_parts=len(parts))
        for k, i in enumerate(parts)
    ]
    labelled: list[tuple[str, float | None]]
    if model is not None and inputs:
        labelled = list(_predict_parts(model, inputs))
    else:
        if inputs:
            _warn_fallback()
        labelled = [(category_by_keywords(g, x.heading) or "other", None) for x in inputs]
    part_label: dict[int, tuple[str, float | None]] = dict(zip(parts, labelled))

    # deeper sections inherit from the part they sit in
    out: list[Section] = []
    current: tuple[str, float | None] | None = None
    top = min(s.level for s in sections if s.level > 0) if any(s.level > 0 for s in sections) else 1
    for i, s in enumerate(sections):
        if s.level == 0:
            out.append(dataclasses.replace(s, category=None, confidence=None, topics=()))
            continue
        if i in appendix:
            current = None
            out.append(dataclasses.replace(s, category="other", confidence=None, topics=()))
            continue
        if i in part_label:
            current = part_label[i]
        elif s.level <= top:
            current = None
        cat, conf = current if current is not None else (None, None)
        out.append(dataclasses.replace(s, category=cat, confidence=conf, topics=()))

    if g == "fazhi_annual":
        out = _tag_measures(text, out, bundle)
    return tuple(out)


def _tag_measures(text: str, sections: list[Section], bundle: dict[str, Any] | None) -> list[Section]:
    """Topic tags for sections in measures parts; a part's tags are the union of its subsections'."""
    idx = [i for i, s in enumerate(sections) if s.category == "measures"]
    items = [
        SectionInput(
            heading=sections[i].heading, body=_body(text, sections[i]), index=0, n_parts=None, level=sections[i].level
        )
        for i in idx
    ]
    tags = dict(zip(idx, _predict_topics(bundle, items)))
    out = list(sections)
    for i in idx:
        s = sections[i]
        children = [j for j in idx if j > i and sections[j].start < s.end and sections[j].level > s.level]
        own = set(tags[i])
        if children:
            own = set().union(*(tags[j] for j in children)) or own
        out[i] = dataclasses.replace(s, topics=tuple(t for t in TOPICS if t in own))
    return out
