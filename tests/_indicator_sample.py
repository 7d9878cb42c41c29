"""The hand-checked indicator samples: references into the real reports, and how to find them again.

Each ``tests/golden/indicator_sample_*.jsonl`` (one per genre or draw: ``_gwr`` the 政府工作报告,
``_law`` the 法治 reports …) holds one figure a line: ``file`` (a path under the real
reports, or ``pages_excerpts.jsonl#N`` for the N-th excerpt), ``offset`` (where the figure's numeral
starts in that file's text as stored), ``number``/``value``/``unit`` (the figure), ``expected`` (the
indicator id a reader gives it, or null) and sometimes ``note`` (why).  No text of the reports is
stored: the test reads them at run time.

Offsets point into the raw text; the analyser cleans it (chrome removed, full-width digits …), so a
figure is found again by the CJK characters and digits before it (``locate``).
"""

from __future__ import annotations

import bisect
import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

GOLDEN = Path(__file__).resolve().parent / "golden"
# characters before the numeral that find it again in the cleaned text
BEFORE = 12


def raw_text(real: Path, ref: str) -> str:
    """The text of ``ref`` as stored in the real reports."""
    if ref.startswith("pages_excerpts.jsonl#"):
        no = int(ref.split("#", 1)[1])
        lines = (real / "pages_excerpts.jsonl").read_text(encoding="utf-8").splitlines()
        return str(json.loads(lines[no - 1])["text"])
    return (real / ref).read_text(encoding="utf-8")


def key(text: str) -> tuple[str, list[int]]:
    """The CJK characters, digits, '.' and '%' of ``text`` (NFKC), and the offset each came from."""
    chars, where = [], []
    for i, c in enumerate(text):
        n = unicodedata.normalize("NFKC", c)
        if len(n) == 1 and (n.isdigit() or "\u4e00" <= n <= "\u9fff" or n in ".%"):
            chars.append(n)
            where.append(i)
    return "".join(chars), where


def locate(
    src: str, src_key: tuple[str, list[int]], dst: str, dst_key: tuple[str, list[int]], offset: int
) -> int | None:
    """The offset in ``dst`` of the character at ``offset`` in ``src`` (None when it cannot be found)."""
    sk, sw = src_key
    dk, dw = dst_key
    j = bisect.bisect_left(sw, offset)
    if j >= len(sw) or sw[j] != offset:
        return None
    lo = max(0, j - BEFORE)
    needle = sk[lo : j + 1]
    hits = []
    i = dk.find(needle)
    while i >= 0:
        hits.append(i)
        i = dk.find(needle, i + 1)
    if not hits:
        return None
    expect = offset * len(dst) / max(1, len(src))
    best = min(hits, key=lambda h: abs(dw[h + j - lo] - expect))
    return dw[best + j - lo]


def sample_files() -> list[Path]:
    """Every hand-checked sample, in name order."""
    return sorted(GOLDEN.glob("indicator_sample_*.jsonl"))


def load_sample(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def listed_figures(real: Path, refs: list[str]) -> list[tuple[str, int, str, Any]]:
    """(reference, offset in the raw text, the number as written there, metric) of every figure of ``refs``, in
    order: what the draw scripts sample from (analysed without checks or classification)."""
    import dataclasses

    from analyzer.api import analyze_text
    from analyzer.settings import Settings

    settings = dataclasses.replace(Settings(), check=False, classify=False)
    figures = []
    for ref in refs:
        raw = raw_text(real, ref)
        report = analyze_text(raw, settings)
        rk, ck = key(raw), key(report.text)
        for m in report.metrics:
            off = locate(report.text, ck, raw, rk, m.number_start)
            if off is not None:
                figures.append((ref, off, raw[off : off + m.number_end - m.number_start], m))
    return figures


GOLDEN = Path(__file__).resolve().parent / "golden"


def judged_refs(pattern: str) -> set[tuple[str, int, str]]:
    """(file, offset, number) of every figure in the judged samples ``tests/golden/<pattern>``."""
    out = set()
    for path in sorted(GOLDEN.glob(pattern)):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.add((row["file"], row["offset"], row["number"]))
    return out


def found_again(real: Path, rows: list[dict], analyze: Any) -> Iterator[tuple[dict, Any]]:
    """(line, metric or None) for every line of a sample: the metric ``analyze(raw text)`` gives at the line's
    offset with its value and unit, None when the figure is not found again."""
    by_file: dict[str, list[dict]] = {}
    for row in rows:
        by_file.setdefault(row["file"], []).append(row)
    for ref, group in by_file.items():
        raw = raw_text(real, ref)
        report = analyze(raw)
        rk, ck = key(raw), key(report.text)
        starts = {m.number_start: m for m in report.metrics}
        for row in group:
            at = locate(raw, rk, report.text, ck, row["offset"])
            m = starts.get(at) if at is not None else None
            same = m is not None and abs(m.value - row["value"]) <= 1e-9 * max(1.0, abs(row["value"]))
            yield row, (m if same and m.unit == row["unit"] else None)
