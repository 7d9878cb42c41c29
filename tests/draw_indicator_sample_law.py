"""Draw a 法治 and 信息公开 indicator sample (run once, then judge every line by hand).

``python tests/draw_indicator_sample_law.py --seed 1405 > drawn.jsonl``

Every figure of the real 法治政府建设 and 政府信息公开 reports (seed/, info_disclosure/, and the
``fazhi_annual`` and ``info_disclosure_annual`` excerpts of pages_excerpts.jsonl) is listed in
document order; ``random.Random(seed)`` draws ``--size`` of them, with or without an id (one stratum:
the share with an id estimates the coverage directly); each is then judged by reading its sentence,
``expected`` set to the id a careful reader gives it among the taxonomy's ids at that commit (null:
none fits), and ``assigned`` removed.  References, no text.  With later code the ids move, so a new
sample needs a new seed and a new judgement, never an edit of an old one.

- ``indicator_sample_law_e62615d.jsonl``: seed 1405, 150 figures, drawn at commit e62615d (the two
  domain sets merged: 620 ids; 385 of the 628 listed figures had an id) and judged by an engineer who
  had not written the taxonomy: 73 of 94 assigned ids right, 73 of 84 judged ids found.
- ``indicator_sample_law_3bff2fb.jsonl``: seed 1407, 150 figures, drawn at commit 3bff2fb (657 ids) and
  judged by another engineer who had not written the taxonomy: 76 of 88 assigned ids right, 76 of 83 judged
  ids found (the e62615d sample was seen while fixing; this one measures that work).
- ``indicator_sample_law_3244516.jsonl``: seed 1409, 150 figures, drawn at commit 3244516 (673 ids) and judged
  by another engineer who had not written the taxonomy: 85 of 92 assigned ids right, 85 of 89 judged ids found.
- ``indicator_sample_law_c1c127c.jsonl``: seed 1411, 150 figures, drawn at commit c1c127c (677 ids, after the
  families the 3244516 sample showed were fixed) and judged by another engineer who had not written the taxonomy:
  85 of 91 assigned ids right, 85 of 89 judged ids found.
- ``indicator_sample_law_94b3f6f.jsonl``: seed 1412, 150 figures, drawn at commit 94b3f6f (after the families the
  c1c127c sample showed were fixed) and judged by another engineer who had not written the taxonomy: 83 of 85
  assigned ids right, 83 of 84 judged ids found; 101 of its 150 figures were in earlier samples (the 法治 and
  信息公开 texts hold about 630 figures), so it re-checks more than it measures anew.
- ``--unseen`` draws only figures no earlier sample (``tests/golden/indicator_sample_law*.jsonl``) holds: with
  about 630 figures in all, a new sample otherwise re-checks figures that were fixed while seen.
- retired: ``indicator_sample_law.jsonl`` (seed 1402, judged by the author of the 法治 files against
  their 299 ids, before the economic domains merged).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _indicator_sample import judged_refs, listed_figures
from conftest import REAL

SEED, SIZE = 1405, 150
GENRES = ("fazhi_annual", "info_disclosure_annual")


def refs() -> list[str]:
    """The 法治 and 信息公开 documents of the real reports, as sample references."""
    out = [f"{sub}/{p.name}" for sub in ("seed", "info_disclosure") for p in sorted((REAL / sub).glob("*.txt"))]
    lines = (REAL / "pages_excerpts.jsonl").read_text(encoding="utf-8").splitlines()
    return out + [f"pages_excerpts.jsonl#{i}" for i, line in enumerate(lines, 1) if json.loads(line)["genre"] in GENRES]


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--size", type=int, default=SIZE)
    ap.add_argument("--unseen", action="store_true", help="only figures no earlier sample in tests/golden holds")
    args = ap.parse_args()
    figures = listed_figures(REAL, refs())
    if args.unseen:
        seen = judged_refs("indicator_sample_law*.jsonl")
        figures = [f for f in figures if (f[0], f[1], f[2]) not in seen]
        print(f"{len(figures)} figures no earlier sample holds", file=sys.stderr)
        args.size = min(args.size, len(figures))
    for ref, off, number, m in random.Random(args.seed).sample(figures, args.size):
        row = {"file": ref, "offset": off, "number": number, "value": m.value, "unit": m.unit, "expected": "?"}
        print(json.dumps(row | {"assigned": m.indicator}, ensure_ascii=False))


if __name__ == "__main__":
    main()
