"""The only module that imports jieba: one owned ``jieba.Tokenizer`` with the domain dictionary."""

from __future__ import annotations

import functools
import importlib.resources
import logging


@functools.lru_cache(maxsize=1)
def get_tokenizer():  # type: ignore[no-untyped-def]
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    userdict = importlib.resources.files("analyzer.data").joinpath("userdict.txt")
    if userdict.is_file():
        with importlib.resources.as_file(userdict) as p:
            tok.load_userdict(str(p))
    return tok


def cut(text: str) -> list[str]:
    """Segment ``text`` into words (precise mode, no HMM for stable output)."""
    return [w for w in get_tokenizer().cut(text, HMM=False) if w.strip()]
