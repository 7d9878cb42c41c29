"""Labelled sections for training: JSONL files of written sections and references into the real reports.

Two record shapes are read, one JSON object per line:

- a *written* section (``corpora/training/sections.jsonl``, and the format a user
  writes to retrain on their own data)::

      {"doc": "d017", "genre": "fazhi_annual", "heading": "三、存在的不足和原因",
       "text": "…the section's text after the heading…", "category": "shortcomings",
       "topics": [], "position": 2, "n_parts": 5, "level": 1}

  ``position`` is the 0-based index of the section among the document's
  top-level parts, ``n_parts`` their number (null when unknown); ``level`` is
  optional (1); ``topics`` only matters for ``measures``;
- a *reference* (``corpora/training/real_weak_labels.jsonl``): a ``ref`` into
  ``../shared/real`` with character offsets, resolved here; references are
  skipped (with a count) when the real reports are not there.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError
from ..section_rules import GENRE_LABELS, TOPICS
from .weak_labels import DEFAULT_REAL, EXCERPTS, REPO, heading_hash

TRAINING_DIR = REPO / "corpora" / "training"
DEFAULT_DATA = (TRAINING_DIR / "sections.jsonl", TRAINING_DIR / "real_weak_labels.jsonl")


@dataclass(frozen=True)
class LabelledSection:
    doc: str  # documents group the cross-validation: one document never sits on both sides
    genre: str
    heading: str
    body: str
    category: str
    index: int
    n_parts: int | None
    level: int = 1
    topics: tuple[str, ...] = ()
    source: str = "written"  # written | real | user

    def key(self) -> str:
        return json.dumps(
            [
                self.doc,
                self.genre,
                self.heading,
                self.body,
                self.category,
                self.index,
                self.n_parts,
                self.level,
                list(self.topics),
            ],
            ensure_ascii=False,
        )


@dataclass(frozen=True)
class Dataset:
    sections: tuple[LabelledSection, ...]
    skipped: dict[str, int] = field(default_factory=dict)  # reason -> count

    def sha256(self) -> str:
        """A hash of the labelled data (texts included), recorded in the model card."""
        h = hashlib.sha256()
        for s in sorted(x.key() for x in self.sections):
            h.update(s.encode("utf-8"))
            h.update(b"\n")
        return h.hexdigest()


def _check(path: Path, lineno: int, genre: str, category: str, topics: Iterable[str]) -> None:
    if category not in GENRE_LABELS.get(genre, ()):
        raise ConfigError(f"{path}:{lineno}: unknown genre/category {genre}/{category}")
    bad = [t for t in topics if t not in TOPICS]
    if bad:
        raise ConfigError(f"{path}:{lineno}: unknown topics {bad}")


class _RealTexts:
    """Reads (and caches) the texts of ``../shared/real`` that references point into."""

    def __init__(self, real: Path) -> None:
        self.real = real
        self._cache: dict[str, str] = {}

    def text(self, ref: str) -> str | None:
        if ref not in self._cache:
            if ref.startswith(EXCERPTS + "#L"):
                path, line = self.real / EXCERPTS, int(ref.split("#L", 1)[1])
                if not path.is_file():
                    return None
                with path.open(encoding="utf-8") as fh:
                    for i, row in enumerate(fh, start=1):
                        if i == line:
                            self._cache[ref] = json.loads(row)["text"]
                            break
            else:
                path = self.real / ref
                if not path.is_file():
                    return None
                self._cache[ref] = path.read_text(encoding="utf-8")
        return self._cache.get(ref)


def read_jsonl(
    path: Path, real: Path = DEFAULT_REAL, skipped: dict[str, int] | None = None
) -> Iterator[LabelledSection]:
    """The labelled sections of one JSONL file (written sections and/or references)."""
    skipped = {} if skipped is None else skipped
    texts = _RealTexts(real)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"cannot read training data {path}: {exc}") from exc
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            genre, category, topics = d["genre"], d["category"], tuple(d.get("topics") or ())
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ConfigError(f"{path}:{lineno}: not a labelled section ({exc})") from exc
        _check(path, lineno, genre, category, topics)
        if "ref" in d:
            text = texts.text(d["ref"])
            if text is None:
                skipped["real reports absent"] = skipped.get("real reports absent", 0) + 1
                continue
            heading = text[d["heading_start"] : d["heading_end"]]
            if heading_hash(heading) != d["heading_sha1"]:
                skipped["stale reference"] = skipped.get("stale reference", 0) + 1
                continue
            body = text[d["heading_end"] : d["end"]]
            yield LabelledSection(
                doc=d["doc"],
                genre=genre,
                heading=heading,
                body=body,
                category=category,
                index=d["index"],
                n_parts=d.get("n_parts"),
                level=d.get("level", 1),
                topics=topics,
                source="real",
            )
            continue
        try:
            yield LabelledSection(
                doc=str(d["doc"]),
                genre=genre,
                heading=d.get("heading") or "",
                body=d["text"],
                category=category,
                index=int(d.get("position", 0)),
                n_parts=d.get("n_parts"),
                level=int(d.get("level", 1)),
                topics=topics,
                source=d.get("source", "user"),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"{path}:{lineno}: not a labelled section ({exc})") from exc


def load_dataset(paths: Iterable[Path] = DEFAULT_DATA, real: Path = DEFAULT_REAL) -> Dataset:
    """All labelled sections of ``paths`` (missing default files are skipped, a missing given file is an error)."""
    sections: list[LabelledSection] = []
    skipped: dict[str, int] = {}
    for p in paths:
        p = Path(p)
        if not p.is_file():
            if p in DEFAULT_DATA:
                skipped[f"{p.name} absent"] = 1
                continue
            raise ConfigError(f"training data not found: {p}")
        sections.extend(read_jsonl(p, real, skipped))
    if not sections:
        raise ConfigError("no labelled sections to train on")
    return Dataset(tuple(sections), skipped)
