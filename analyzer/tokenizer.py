"""The only module that imports jieba: word segmentation with the government-domain dictionary.

Two engines load the same dictionary (jieba's ``dict.txt`` plus our
``analyzer/data/userdict.txt``):

- ``rjieba`` (Rust port of jieba): ``cut()`` uses it.  Measured on the real
  reports (1.1 M characters, CPU time, benchmarks/bench_analyze.py): ~3.7 M
  chars/s against ~0.16 M chars/s for jieba without HMM (~23x), identical
  output on all 57 reports, and 0.45 s to build instead of jieba's 1.35 s
  (even from jieba's marshal cache).
- ``jieba``: ``jieba_tokenizer()`` owns one ``jieba.Tokenizer`` (never the
  module-level global) for callers that need jieba's own API.

``spacy_nlp()`` gives spaCy's blank ``zh`` pipeline with its jieba segmenter
configured deliberately: spaCy's ``ChineseTokenizer`` would call the global
``jieba`` module with its default dictionary, so the factory hands it our
segmenter instead (same dictionary and settings as ``cut()``).

All three are built lazily, once per process (cached factories); importing
this module does no work.  Segmentation runs without HMM so that output is
stable: unknown words are split into characters rather than guessed.
"""

from __future__ import annotations

import functools
import importlib.resources
import logging
from collections.abc import Iterator
from typing import Any

from .errors import DataFileError

USERDICT = "userdict.txt"
# frequency given to a user word without one (jieba's default for add_word)
DEFAULT_FREQ = 50


def user_words() -> list[tuple[str, int, str | None]]:
    """(word, frequency, POS tag) of the shipped user dictionary (jieba's format: ``word [freq] [tag]``)."""
    res = importlib.resources.files("analyzer.data").joinpath(USERDICT)
    where = f"analyzer/data/{USERDICT}"
    try:
        text = res.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(where, 0, f"cannot read: {exc}") from exc
    out: list[tuple[str, int, str | None]] = []
    for no, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) > 3 or (len(parts) >= 2 and not parts[1].isdigit()):
            raise DataFileError(where, no, "expected 'word [frequency] [tag]'")
        freq = int(parts[1]) if len(parts) >= 2 else DEFAULT_FREQ
        out.append((parts[0], freq, parts[2] if len(parts) == 3 else None))
    return out


@functools.lru_cache(maxsize=1)
def rjieba_tokenizer() -> Any:
    """One ``rjieba.Jieba`` with the default and the user dictionary."""
    import rjieba

    tok = rjieba.Jieba()
    for word, freq, tag in user_words():
        tok.add_word(word, freq, tag)
    return tok


@functools.lru_cache(maxsize=1)
def jieba_tokenizer() -> Any:
    """One owned ``jieba.Tokenizer`` with the user dictionary (not jieba's global instance)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    for word, freq, tag in user_words():
        tok.add_word(word, freq, tag)
    return tok


# kept for callers of the sketch this module replaces
get_tokenizer = jieba_tokenizer


def cut(text: str) -> list[str]:
    """Segment ``text`` into words (precise mode, no HMM); whitespace-only tokens are dropped."""
    return [w for w in rjieba_tokenizer().cut(text, False) if w.strip()]


class _Segmenter:
    """What spaCy's ``ChineseTokenizer`` calls as ``jieba_seg.cut(text, cut_all=False)``."""

    def cut(self, text: str, cut_all: bool = False) -> Iterator[str]:
        tok = rjieba_tokenizer()
        return iter(tok.cut_all(text) if cut_all else tok.cut(text, False))


@functools.lru_cache(maxsize=1)
def spacy_nlp() -> Any:
    """spaCy's blank ``zh`` pipeline, segmenter ``jieba``, using our dictionary (cached)."""
    import spacy
    from spacy.lang.zh import Segmenter

    # built as "char" so that spaCy does not load the global jieba dictionary, then
    # switched to jieba with our segmenter: the config and serialisation say "jieba"
    nlp = spacy.blank("zh")
    tokenizer: Any = nlp.tokenizer  # spaCy's Chinese tokenizer (its type is not exported)
    tokenizer.segmenter = Segmenter.jieba
    tokenizer.jieba_seg = _Segmenter()
    nlp.config["nlp"]["tokenizer"]["segmenter"] = Segmenter.jieba.value
    return nlp
