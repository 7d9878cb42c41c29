"""Weak labels for the top-level sections of the real reports, stored as references only.

The real reports (``../shared/real``) may not be copied into the repository, so
``corpora/training/real_weak_labels.jsonl`` holds, for each labelled section,
where it is (file, or line of ``pages_excerpts.jsonl``; character offsets of its
heading and its end), a short hash of its heading title to detect drift, and its
label with how the label was derived:

- ``heading_rule``: the first matching rule of ``analyzer/data/section_keywords.tsv``;
- ``hand``: set in ``corpora/training/real_label_overrides.tsv`` after reading the
  section (rules that were wrong, headings without telling words), and the topic
  tags of measure subsections in ``corpora/training/real_topic_labels.tsv``;

``checked`` is true for every section that was read by hand (all of them in the
shipped file).  The texts are read from ``../shared/real`` at training time.

Top-level headings are found by a deliberately small splitter (``一、`` at the
start of a line, the first run of them; an appendix that restarts at ``一、``
ends the main block), plus unnumbered heading lines listed in the overrides.

Run ``python -m analyzer.training.weak_labels [REAL_DIR]`` to rebuild the file.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from ..numbers import cn_int
from ..section_rules import category_by_keywords, strip_label

REPO = Path(__file__).resolve().parents[2]
DEFAULT_REAL = REPO.parent / "shared" / "real"
WEAK_LABELS = REPO / "corpora" / "training" / "real_weak_labels.jsonl"
OVERRIDES = REPO / "corpora" / "training" / "real_label_overrides.tsv"
TOPIC_LABELS = REPO / "corpora" / "training" / "real_topic_labels.tsv"
EXCERPTS = "pages_excerpts.jsonl"

# a top-level heading line: optional indentation, a Chinese numeral, 、
_TOP = re.compile(r"^[ \t\u3000]*([一二三四五六七八九十]{1,3})、")
# a second-level heading line: optional indentation, （一） with full- or half-width brackets
_SUB = re.compile(r"^[ \t\u3000]*[（(]([一二三四五六七八九十]{1,3})[）)]")
# the longest heading title we accept as a whole line
_MAX_TITLE = 60


@dataclass(frozen=True)
class TopHeading:
    start: int  # offset of the heading line's first character (after indentation)
    end: int  # offset just after the heading title
    number: int | None  # 1 for 一、; None for an unnumbered heading line


def cn_number(s: str) -> int | None:
    """一 .. 三十九 as int (the one reader of labels, ``numbers.cn_int``)."""
    return cn_int(s)


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _title_end(text: str, start: int, line_end: int) -> int | None:
    """End of a heading title that begins at ``start``: the whole line, or a run-in title ending in 。/："""
    if line_end - start <= _MAX_TITLE:
        return line_end
    m = re.compile(r"[。：:]").search(text, start, start + _MAX_TITLE)
    return m.end() if m else None


def find_top_headings(text: str, unnumbered_lines: tuple[int, ...] = ()) -> list[TopHeading]:
    """The main block's top-level headings: 一、 二、 … in order; stop where the numbering restarts.

    ``unnumbered_lines`` (1-based line numbers) adds heading lines without a label.
    """
    found: list[TopHeading] = []
    expected = 1
    for lineno, (ls, le) in enumerate(_line_spans(text), start=1):
        line = text[ls:le]
        start = ls + (len(line) - len(line.lstrip(" \t\u3000")))
        if lineno in unnumbered_lines:
            found.append(TopHeading(start, le, None))
            continue
        m = _TOP.match(line)
        if not m:
            continue
        n = cn_number(m.group(1))
        if n == expected:
            end = _title_end(text, start, le)
            if end is not None:
                found.append(TopHeading(start, end, n))
                expected += 1
        elif n == 1 and expected > 2:
            break  # an appendix restarting at 一、
    return found


def main_block_end(text: str, headings: list[TopHeading]) -> int:
    """Where the main text ends: before an appendix that restarts at 一、, else the end of text."""
    if not headings:
        return len(text)
    last = headings[-1]
    for ls, le in _line_spans(text):
        if ls <= last.start:
            continue
        m = _TOP.match(text[ls:le])
        if m and cn_number(m.group(1)) == 1:
            # back up to the start of the appendix's title block (a 附件 line just before)
            prev = text.rfind("附件", last.end, ls)
            return prev if prev != -1 else ls
    return len(text)


def find_sub_headings(text: str, start: int, end: int) -> list[TopHeading]:
    """Second-level headings （一） （二） … in order inside ``text[start:end]``."""
    found: list[TopHeading] = []
    expected = 1
    for ls, le in _line_spans(text):
        if ls < start or ls >= end:
            continue
        line = text[ls:le]
        m = _SUB.match(line)
        if m and cn_number(m.group(1)) == expected:
            hs = ls + (len(line) - len(line.lstrip(" \t\u3000")))
            he = _title_end(text, hs, le)
            if he is not None:
                found.append(TopHeading(hs, he, expected))
                expected += 1
    return found


def read_topic_labels(path: Path = TOPIC_LABELS) -> dict[str, list[tuple[int, int, list[str], str]]]:
    """``ref -> [(top index, sub index, topics, note)]`` for hand-labelled measure subsections."""
    out: dict[str, list[tuple[int, int, list[str], str]]] = {}
    if not path.is_file():
        return out
    with path.open(encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]
    for ref, top, sub, topics, *rest in rows:
        out.setdefault(ref, []).append((int(top), int(sub), topics.split(","), rest[0] if rest else ""))
    return out


def heading_hash(title: str) -> str:
    """A short hash of the heading title without its label: detects that a reference went stale."""
    return hashlib.sha1(strip_label(title).encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class Override:
    category: str | None  # None: drop the section (not part of a report's outline)
    note: str


def read_overrides(path: Path = OVERRIDES) -> tuple[dict[tuple[str, int], Override], dict[str, tuple[int, ...]]]:
    """``(ref, index) -> Override`` and ``ref -> unnumbered heading line numbers``.

    TSV columns: ref, index (0-based among the document's top-level headings, or
    ``L<n>`` to declare line n an unnumbered heading), category (``-`` drops), note.
    """
    labels: dict[tuple[str, int], Override] = {}
    lines: dict[str, tuple[int, ...]] = {}
    if not path.is_file():
        return labels, lines
    with path.open(encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]
    for ref, index, category, *rest in rows:
        if index.startswith("L"):
            lines[ref] = (*lines.get(ref, ()), int(index[1:]))
        else:
            labels[(ref, int(index))] = Override(None if category == "-" else category, rest[0] if rest else "")
    return labels, lines


def real_documents(real: Path) -> list[tuple[str, str, str]]:
    """(ref, genre, text) of every real report usable for labels: whole files and excerpts."""
    docs: list[tuple[str, str, str]] = []
    with (real / "manifest.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["genre"] in ("fazhi_annual", "gov_work_report", "info_disclosure_annual"):
                docs.append((row["file"], row["genre"], (real / row["file"]).read_text(encoding="utf-8")))
    with (real / EXCERPTS).open(encoding="utf-8") as fh:
        for i, line in enumerate(fh, start=1):
            d = json.loads(line)
            if d["genre"] in ("fazhi_annual", "info_disclosure_annual"):
                docs.append((f"{EXCERPTS}#L{i}", d["genre"], d["text"]))
    return docs


def build_records(real: Path) -> list[dict]:
    """The reference records for every top-level section of the real reports."""
    overrides, unnumbered = read_overrides()
    topic_labels = read_topic_labels()
    records: list[dict] = []
    for ref, genre, text in real_documents(real):
        heads = find_top_headings(text, unnumbered.get(ref, ()))
        if not heads:
            continue
        block_end = main_block_end(text, heads)
        excerpt = ref.startswith(EXCERPTS)
        for i, h in enumerate(heads):
            end = heads[i + 1].start if i + 1 < len(heads) else block_end
            title = text[h.start : h.end]
            ov = overrides.get((ref, i))
            if ov is not None and ov.category is None:
                continue
            rule = category_by_keywords(genre, title)
            category = ov.category if ov is not None else rule
            records.append(
                {
                    "ref": ref,
                    "doc": f"real:{ref}",
                    "genre": genre,
                    "level": 1,
                    "index": i,
                    "n_parts": None if excerpt else len(heads),
                    "heading_start": h.start,
                    "heading_end": h.end,
                    "end": end,
                    "truncated": excerpt and i + 1 == len(heads),
                    "heading_sha1": heading_hash(title),
                    "category": category,
                    "topics": [],
                    "derived": "hand" if ov is not None else "heading_rule",
                    "checked": True,
                    "note": ov.note if ov is not None else "",
                }
            )
        records.extend(_sub_records(ref, genre, text, heads, block_end, topic_labels.get(ref, [])))
    return records


def _sub_records(
    ref: str,
    genre: str,
    text: str,
    heads: list[TopHeading],
    block_end: int,
    labels: list[tuple[int, int, list[str], str]],
) -> list[dict]:
    """Level-2 records of hand-labelled measure subsections (category measures, their own topics)."""
    out = []
    for top, sub, topics, note in labels:
        parent_end = heads[top + 1].start if top + 1 < len(heads) else block_end
        subs = find_sub_headings(text, heads[top].end, parent_end)
        h = subs[sub]
        end = subs[sub + 1].start if sub + 1 < len(subs) else parent_end
        out.append(
            {
                "ref": ref,
                "doc": f"real:{ref}",
                "genre": genre,
                "level": 2,
                "index": sub,
                "n_parts": len(subs),
                "heading_start": h.start,
                "heading_end": h.end,
                "end": end,
                "truncated": False,
                "heading_sha1": heading_hash(text[h.start : h.end]),
                "category": "measures",
                "topics": topics,
                "derived": "hand",
                "checked": True,
                "note": note,
            }
        )
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    real = Path(args[0]) if args else DEFAULT_REAL
    records = build_records(real)
    WEAK_LABELS.parent.mkdir(parents=True, exist_ok=True)
    with WEAK_LABELS.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    unlabelled = sum(1 for r in records if r["category"] is None)
    print(f"wrote {len(records)} references to {WEAK_LABELS} ({unlabelled} without a label)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
