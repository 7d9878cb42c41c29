"""Title, issuer, region, year and genre from the title block (stub)."""

from __future__ import annotations

from .types import Document, Genre, Meta


def detect_meta(doc: Document) -> Meta:
    return Meta(title=None, issuer=None, region=None, year=None, genre=Genre.OTHER)
