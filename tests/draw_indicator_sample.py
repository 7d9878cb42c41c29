"""Draw the indicator sample (run once, then judge every line by hand): ``python tests/draw_indicator_sample.py``.

How ``tests/golden/indicator_sample.jsonl`` was made, at commit 68cd3c3 (before the precision fixes):
every figure of the real reports (seed/, national/, provincial_2026/, pages_excerpts.jsonl: 9,740
figures, 1,565 with an indicator id) was listed; ``random.Random(13)`` drew 180 of the figures that
had an id and 130 of those that had none (two strata, so that both the precision of assigned ids and
the coverage are measured on enough figures); each was then judged by reading its sentence, and
``expected`` set to the id a reader gives it (null: no id of the taxonomy fits).  Run at that
commit, this script prints the same 310 references (checked); with later code the strata move
(ids change), so a new sample needs a new seed and a new judgement, never an edit of the old one.
"""

from __future__ import annotations

import dataclasses
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _indicator_sample import key, locate, raw_text
from conftest import REAL

from analyzer.api import analyze_text
from analyzer.settings import Settings

SEED, WITH_ID, WITHOUT_ID = 13, 180, 130


def refs() -> list[str]:
    out = [f"{sub}/{p.name}" for sub in ("seed", "national", "provincial_2026") for p in sorted((REAL / sub).glob("*.txt"))]
    n = len((REAL / "pages_excerpts.jsonl").read_text(encoding="utf-8").splitlines())
    return out + [f"pages_excerpts.jsonl#{i}" for i in range(1, n + 1)]


def main() -> None:
    settings = dataclasses.replace(Settings(), check=False, classify=False)
    figures = []
    for ref in refs():
        raw = raw_text(REAL, ref)
        report = analyze_text(raw, settings)
        rk, ck = key(raw), key(report.text)
        for m in report.metrics:
            off = locate(report.text, ck, raw, rk, m.number_start)
            if off is not None:
                figures.append((ref, off, raw[off : off + m.number_end - m.number_start], m))
    rng = random.Random(SEED)
    with_id = [f for f in figures if f[3].indicator]
    without = [f for f in figures if not f[3].indicator]
    for ref, off, number, m in rng.sample(with_id, WITH_ID) + rng.sample(without, WITHOUT_ID):
        row = {"file": ref, "offset": off, "number": number, "value": m.value, "unit": m.unit, "expected": "?"}
        print(json.dumps(row | {"assigned": m.indicator}, ensure_ascii=False))


if __name__ == "__main__":
    main()
