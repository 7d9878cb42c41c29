"""Readers for txt, docx, pdf and html, and the text cleaner (stub: txt UTF-8 only)."""

from __future__ import annotations

import hashlib
from os import PathLike
from pathlib import Path

from ..errors import InputNotFoundError
from ..types import Document, Source


def from_text(text: str, path: str | None = None) -> Document:
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(text=text, source=Source(path=path, sha256=sha, format="txt", encoding=None))


def read_file(path: str | PathLike[str]) -> Document:
    p = Path(path)
    if not p.is_file():
        raise InputNotFoundError(f"{p}: no such file")
    data = p.read_bytes()
    text = data.decode("utf-8")
    sha = hashlib.sha256(data).hexdigest()
    return Document(text=text, source=Source(path=str(p), sha256=sha, format="txt", encoding="utf-8"))
