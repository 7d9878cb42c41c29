"""The hand-checked arithmetic relations of ``../shared/real``: the dev set and the held-out set, one type.

* the **dev** set is ``REAL/relations_dev.jsonl`` (150 relations, quotes stored verbatim, read-only);
* the **held-out** set is ``benchmarks/data/relations_heldout.jsonl``: the repository may not hold text of the
  real reports, so it stores each figure as ``[start, end]`` character offsets into the source text (the
  excerpt's ``text`` field, or the file read as UTF-8) with the sha1 of the span; the loader resolves them
  and refuses a file whose spans fall outside the text or whose sha1 no longer matches (a changed source).

``load_relations(real)`` returns both sets as ``Relation`` objects whose figures carry the quote text and
its offsets in the *source* text (before ``analyze_text`` cleans it).  Dev quotes are found verbatim: a
quote that occurs more than once is taken at its first occurrence after the previous quote's start (else
its first occurrence); a dev quote that cannot be found is kept with ``start = None`` and listed by
``unresolved()``.

Run ``python benchmarks/relations_data.py [REAL_DIR]`` to validate both sets and print their counts.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_REAL = Path(os.environ.get("GOVREPORT_REAL", REPO.parent / "shared" / "real"))
HELDOUT = REPO / "benchmarks" / "data" / "relations_heldout.jsonl"
EXCERPTS = "pages_excerpts.jsonl"

KINDS = (
    "ratio",
    "part_whole",
    "sum",
    "share_sum",
    "growth",
    "average_growth",
    "pp_difference",
    "same_value",
    "enumeration",
    "table_identity",
    "table_row_sum",
    "table_col_sum",
    "other",
)
STATUSES = ("holds", "slip", "truncated", "comparable_prices", "unclear")


class RelationDataError(ValueError):
    """A relation file that cannot be used: the message names the file and line."""


@dataclass(frozen=True)
class Figure:
    """One figure of a relation: its quote and ``[start, end)`` in the source text (``None`` if not found)."""

    text: str
    start: int | None
    end: int | None

    @property
    def resolved(self) -> bool:
        return self.start is not None

    def bounds(self) -> tuple[int, int]:
        """``(start, end)`` of a resolved figure."""
        if self.start is None or self.end is None:
            raise RelationDataError(f"quote not found in its source text: {self.text[:40]!r}")
        return self.start, self.end


@dataclass(frozen=True)
class Relation:
    set: str  # "dev" or "heldout"
    line: int  # 1-based line in its file
    source: str  # path under REAL, or "pages_excerpts.jsonl"
    url: str | None  # the excerpt's url
    kind: str
    figures: tuple[Figure, ...]
    arithmetic: str
    holds: bool | None
    status: str
    note: str

    @property
    def doc(self) -> tuple[str, str | None]:
        """The key of the text the relation is stated in."""
        return (self.source, self.url)

    @property
    def id(self) -> str:
        return f"{self.set}:{self.line}"


@dataclass(frozen=True)
class Texts:
    """The texts of REAL: files by relative path, excerpts by url (with their genre)."""

    real: Path
    files: dict[str, str]
    excerpts: dict[str, str]
    genres: dict[str, str]

    def text(self, doc: tuple[str, str | None]) -> str | None:
        source, url = doc
        if source == EXCERPTS:
            return self.excerpts.get(url or "")
        return self.files.get(source)

    def documents(self) -> list[tuple[tuple[str, str | None], str, str]]:
        """Every document of REAL: (key, class, text); the class is the folder, or the excerpt's genre."""
        out: list[tuple[tuple[str, str | None], str, str]] = []
        for path, text in sorted(self.files.items()):
            out.append(((path, None), path.split("/", 1)[0], text))
        for url, text in self.excerpts.items():
            out.append(((EXCERPTS, url), f"excerpt:{self.genres[url]}", text))
        return out


def read_texts(real: Path) -> Texts:
    if not real.is_dir():
        raise RelationDataError(f"{real}: the real reports are not there (set GOVREPORT_REAL)")
    files = {str(p.relative_to(real)): p.read_text(encoding="utf-8") for p in sorted(real.rglob("*.txt"))}
    excerpts: dict[str, str] = {}
    genres: dict[str, str] = {}
    path = real / EXCERPTS
    if path.is_file():
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
                excerpts[d["url"]] = d["text"]
                genres[d["url"]] = d.get("genre") or "unknown"
            except (ValueError, KeyError) as exc:
                raise RelationDataError(f"{path}:{i}: not an excerpt object ({exc})") from exc
    return Texts(real, files, excerpts, genres)


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _json_lines(path: Path) -> Iterable[tuple[int, dict]]:
    if not path.is_file():
        raise RelationDataError(f"{path}: no such file")
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            raise RelationDataError(f"{path}:{i}: not JSON ({exc.args[0]})") from exc
        if not isinstance(obj, dict):
            raise RelationDataError(f"{path}:{i}: not a JSON object")
        yield i, obj


def _common(path: Path, i: int, obj: dict, texts: Texts) -> tuple[str, str | None, str, str]:
    for key in ("source", "kind", "arithmetic", "status"):
        if not isinstance(obj.get(key), str):
            raise RelationDataError(f"{path}:{i}: field {key!r} missing or not a string")
    if obj["kind"] not in KINDS:
        raise RelationDataError(f"{path}:{i}: unknown kind {obj['kind']!r} (one of {', '.join(KINDS)})")
    if obj["status"] not in STATUSES:
        raise RelationDataError(f"{path}:{i}: unknown status {obj['status']!r} (one of {', '.join(STATUSES)})")
    url = obj.get("url") if obj["source"] == EXCERPTS else None
    text = texts.text((obj["source"], url))
    if text is None:
        what = f"excerpt {url}" if obj["source"] == EXCERPTS else obj["source"]
        raise RelationDataError(f"{path}:{i}: source text not found under {texts.real}: {what}")
    return obj["source"], url, obj["kind"], text


def _resolve_quotes(text: str, quotes: list[str]) -> tuple[Figure, ...]:
    figures = []
    prev = 0
    for q in quotes:
        at = text.find(q, prev)
        if at < 0:
            at = text.find(q)
        if at < 0:
            figures.append(Figure(q, None, None))
            continue
        figures.append(Figure(q, at, at + len(q)))
        prev = at
    return tuple(figures)


def load_dev(texts: Texts, path: Path | None = None) -> list[Relation]:
    path = path or texts.real / "relations_dev.jsonl"
    out = []
    for i, obj in _json_lines(path):
        source, url, kind, text = _common(path, i, obj, texts)
        quotes = obj.get("quotes")
        if not isinstance(quotes, list) or not quotes or not all(isinstance(q, str) and q for q in quotes):
            raise RelationDataError(f"{path}:{i}: 'quotes' must be a non-empty list of strings")
        out.append(
            Relation(
                "dev",
                i,
                source,
                url,
                kind,
                _resolve_quotes(text, quotes),
                obj["arithmetic"],
                obj.get("holds"),
                obj["status"],
                obj.get("note", ""),
            )
        )
    return out


def load_heldout(texts: Texts, path: Path = HELDOUT) -> list[Relation]:
    out = []
    for i, obj in _json_lines(path):
        source, url, kind, text = _common(path, i, obj, texts)
        spans, hashes = obj.get("spans"), obj.get("sha1")
        if not isinstance(spans, list) or not spans:
            raise RelationDataError(f"{path}:{i}: 'spans' must be a non-empty list of [start, end]")
        if not isinstance(hashes, list) or len(hashes) != len(spans):
            raise RelationDataError(f"{path}:{i}: 'sha1' must list one hash per span ({len(spans)})")
        if not isinstance(obj.get("note"), str) or not obj["note"].strip():
            raise RelationDataError(f"{path}:{i}: a held-out relation needs a 'note'")
        figures = []
        for k, (span, digest) in enumerate(zip(spans, hashes), 1):
            if not (isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span)):
                raise RelationDataError(f"{path}:{i}: span {k} is not [start, end]: {span!r}")
            a, b = span
            if not 0 <= a < b <= len(text):
                raise RelationDataError(
                    f"{path}:{i}: span {k} [{a}, {b}] lies outside the source text ({len(text)} characters): "
                    f"{source}{' ' + url if url else ''}"
                )
            quote = text[a:b]
            if sha1(quote) != digest:
                raise RelationDataError(
                    f"{path}:{i}: span {k} [{a}, {b}] no longer matches its sha1 (the source changed?): "
                    f"now reads {quote[:30]!r}"
                )
            figures.append(Figure(quote, a, b))
        holds = obj.get("holds")
        expected = {"holds": True, "slip": False, "truncated": False}.get(obj["status"])
        if holds is not expected:
            raise RelationDataError(f"{path}:{i}: holds={holds!r} disagrees with status {obj['status']!r}")
        out.append(
            Relation(
                "heldout", i, source, url, kind, tuple(figures), obj["arithmetic"], holds, obj["status"], obj["note"]
            )
        )
    return out


def split(rel: Relation) -> Relation:
    """The held-out set in two fixed halves: ``tune`` (the checker may be tuned on it) and ``test`` (never looked at).

    The half is a hash of the relation's file and line, so it does not change with the code.
    """
    if rel.set != "heldout":
        return rel
    h = hashlib.sha1(f"{rel.source}|{rel.url}|{rel.line}".encode()).digest()[0]
    return dataclasses.replace(rel, set="tune" if h % 2 == 0 else "test")


def load_relations(real: Path = DEFAULT_REAL, heldout: Path = HELDOUT) -> tuple[Texts, list[Relation]]:
    """Both sets (dev first), validated against the texts of ``real``."""
    texts = read_texts(real)
    return texts, load_dev(texts) + load_heldout(texts, heldout)


def unresolved(relations: Iterable[Relation]) -> list[tuple[Relation, Figure]]:
    return [(r, f) for r in relations for f in r.figures if not f.resolved]


# --- figures in the analysed text ---------------------------------------------------------------------------
# ``analyze_text`` cleans its input (page chrome, blank lines, spaces), so a figure's offsets in the source text
# are not its offsets in ``Report.text``.  ``locate`` finds the quote there: verbatim (or with whitespace
# ignored when cleaning changed it), choosing among repeated occurrences the one whose surroundings match the
# source best, then the one nearest the proportional position.

_CONTEXT = 40


def _fold(c: str) -> str:
    """The full-width forms cleaning maps to ASCII (digits, letters, ％．＋－／＝＜＞: NFKC) as ASCII, every other
    character as is (Chinese punctuation such as ，；：（） stays the text)."""
    return chr(ord(c) - 0xFEE0) if c in _folded() else c


@functools.lru_cache(maxsize=1)
def _folded() -> frozenset[str]:
    from analyzer.ingest.normalize import _FULLWIDTH_ASCII

    return frozenset(c for c in _FULLWIDTH_ASCII if 0xFF01 <= ord(c) <= 0xFF5E)


def _context_score(raw: str, a: int, b: int, clean: str, ca: int, cb: int) -> int:
    """How many characters around ``raw[a:b]`` and ``clean[ca:cb]`` agree, whitespace skipped on both sides (cleaning
    drops the spaces around numbers of a PDF conversion: ``749 件`` is ``749件``)."""
    score = 0
    i, j = a - 1, ca - 1
    while score < _CONTEXT:
        while i >= 0 and raw[i].isspace():
            i -= 1
        while j >= 0 and clean[j].isspace():
            j -= 1
        if i < 0 or j < 0 or _fold(raw[i]) != clean[j]:
            break
        score, i, j = score + 1, i - 1, j - 1
    i, j, after = b, cb, 0
    while after < _CONTEXT:
        while i < len(raw) and raw[i].isspace():
            i += 1
        while j < len(clean) and clean[j].isspace():
            j += 1
        if i >= len(raw) or j >= len(clean) or _fold(raw[i]) != clean[j]:
            break
        after, i, j = after + 1, i + 1, j + 1
    return score + after


def locate(raw: str, clean: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of ``raw[start:end]`` in ``clean`` (the cleaned text of ``raw``), or None."""
    quote = raw[start:end]
    folded = "".join(_fold(c) for c in quote)
    cands = [(m.start(), m.end()) for m in re.finditer(re.escape(quote), clean)]
    if not cands and folded != quote:
        cands = [(m.start(), m.end()) for m in re.finditer(re.escape(folded), clean)]
    if not cands:  # cleaning changed the spacing inside the quote
        squeezed = re.sub(r"\s+", "", folded)
        if not squeezed:
            return None
        pattern = r"\s*".join(re.escape(c) for c in squeezed)
        cands = [(m.start(), m.end()) for m in re.finditer(pattern, clean)]
    if not cands:  # a traditional text is analysed in simplified characters, without its pinyin artefacts
        from analyzer.ingest.normalize import _PINYIN
        from analyzer.ingest.trad import to_simplified

        simple = to_simplified(_PINYIN.sub("", folded))
        if simple != folded:
            cands = [(m.start(), m.end()) for m in re.finditer(re.escape(simple), clean)]
    if not cands:
        return None
    if len(cands) == 1:
        return cands[0]
    expected = start * len(clean) / max(1, len(raw))
    return max(cands, key=lambda c: (_context_score(raw, start, end, clean, *c), -abs(c[0] - expected)))


def main(argv: list[str]) -> int:
    import argparse

    ap = argparse.ArgumentParser(description="Validate the dev and held-out relation sets and print their counts.")
    ap.add_argument("real", nargs="?", type=Path, default=DEFAULT_REAL, help="the shared/real folder")
    args = ap.parse_args(argv)
    try:
        _, rels = load_relations(args.real)
    except RelationDataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for name in ("dev", "heldout"):
        part = [r for r in rels if r.set == name]
        print(f"{name}: {len(part)} relations")
        print("  kinds:   " + ", ".join(f"{k} {n}" for k, n in Counter(r.kind for r in part).most_common()))
        print("  status:  " + ", ".join(f"{k} {n}" for k, n in Counter(r.status for r in part).most_common()))
    for r, f in unresolved(rels):
        print(f"unresolved quote in {r.id} ({r.source}): {f.text[:40]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
