"""Draw an indicator sample (run once, then judge every line by hand).

``python tests/draw_indicator_sample.py --seed 1401 --with-id 90 --without-id 60 national provincial_2026``
lists every figure of the real reports in the folders named (``pages_excerpts.jsonl`` for the excerpts),
draws with ``random.Random(seed)`` the given numbers of figures that have an indicator id and that have
none (two strata, so that both the precision of assigned ids and the misses are measured on enough
figures), and prints one line a figure with ``"expected": "?"`` and the ``assigned`` id; each line is
then judged by reading its sentence (``expected`` = the id a careful reader gives it among the ids of
the taxonomy of that commit, or null) and ``assigned`` removed.  Run at the commit named, the command
prints the same references; with later code the strata move (ids change), so a new sample needs a new
seed and a new judgement, never an edit of an old one.

The samples:

- ``indicator_sample_gwr_e62615d.jsonl``: the 56 政府工作报告 (national/, provincial_2026/), seed 1404,
  100 with an id and 50 without, drawn at commit e62615d (620 ids; 3,726 of the 8,667 figures had an
  id) and judged by an engineer who had not written the taxonomy: 90 of 100 assigned ids right, 90 of
  104 figures with a judged id got it (12 of the 50 without an id should have had one: weighted by the
  strata, recall is about 0.73).
- ``indicator_sample_gwr_3bff2fb.jsonl``: the same folders, seed 1406, 100 with an id and 50 without, drawn at
  commit 3bff2fb (657 ids, after the fixes the e62615d samples showed; 3,733 of 8,667 figures had an id) and
  judged by another engineer who had not written the taxonomy: 82 of 100 assigned ids right, 82 of 92 judged
  ids found.  The e62615d samples were seen while fixing; this one measures that work.
- ``indicator_sample_gwr_3244516.jsonl``: the same folders, seed 1408, 100 with an id and 50 without, drawn at
  commit 3244516 (673 ids, after the fixes the 3bff2fb samples showed; 3,703 of 8,667 figures had an id) and
  judged by another engineer who had not written the taxonomy: 92 of 100 assigned ids right, 92 of 97 judged
  ids found.
- ``indicator_sample_gwr_6372099.jsonl``: the same folders, seed 1410, 100 with an id and 50 without, drawn at
  commit 6372099 (692 ids, after the fixes the 3244516 samples showed; 3,724 of 8,667 figures had an id) and
  judged by another engineer who had not written the taxonomy: 93 of 100 assigned ids right, 93 of 98 judged
  ids found.
- ``indicator_sample_gwr_0ba8fbf.jsonl``: the same folders, seed 1413, 100 with an id and 50 without, drawn at
  commit 0ba8fbf (698 ids, after the fixes the 6372099 sample showed; 3,723 of 8,667 figures had an id) and judged
  by another engineer who had not written the taxonomy: 92 of 100 assigned ids right, 92 of 103 judged ids found.
- ``indicator_sample_gwr_1ab8d6d.jsonl`` and ``…_1ab8d6db.jsonl``: the same folders, seeds 1423 and 1424, 100 with
  an id and 50 without each, ``--unseen``, drawn at commit 1ab8d6d (session 21, after round L21; 2,393 of the 6,773
  figures no earlier sample held had an id) and judged by two more engineers under the settled rules (a year's
  figure of the report's region, the whole, the same measure; several-year totals take none): 91 and 87 of 100
  assigned ids right, 91 of 98 and 87 of 91 judged ids found.
- ``indicator_sample_gwr_e52af26.jsonl`` and ``…_e52af26b.jsonl``: the same folders, seeds 1425 and 1426, ``--unseen``,
  drawn at commit e52af26 (after round L21's second part; 2,178 of the 6,474 unseen figures had an id) and judged by
  two more engineers: 89 and 90 of 100 assigned ids right, 89 of 93 and 90 of 95 judged ids found.
- ``indicator_sample_gwr_8cb9ca7.jsonl``: the same folders, seed 1427, ``--unseen``, drawn at commit 8cb9ca7 (session
  22, after round L22; 1,967 of the 6,183 unseen figures had an id) and judged by another engineer: 97 of 100 assigned
  ids right (91 when a kind the id's phrases name is read strictly as a part: the judge marked those six unsure), 97
  of 107 judged ids found.
- ``indicator_sample_gwr_7b6dcd3.jsonl``: the same folders, seed 1428, ``--unseen``, drawn at commit 7b6dcd3 (the same
  ids as 8cb9ca7; 1,867 of the 6,033 unseen figures had an id) and judged by another engineer, a kind the id's
  phrases name read strictly as a part (notes "kind-named:"): 83 of 100 right (89 leniently), 83 of 91 found.
- ``indicator_sample_gwr_49c7afc.jsonl``: the same folders, seed 1429, ``--unseen``, drawn at commit 49c7afc (after
  rounds L23 and L24; 1,769 of the 5,925 unseen figures had an id) and judged by another engineer under the strict
  kind rule: 87 of 100 right (94 leniently), 87 of 92 found.
- ``indicator_sample_gwr_ad574b6.jsonl``: the same folders, seed 1430, ``--unseen``, drawn at commit ad574b6 (session 25;
  1,669 of the 5,775 unseen figures had an id) and judged by another engineer under the strict kind rule: 87 of 100 right,
  87 of 90 found. Wrong: kinds and grades the ids' phrases name (8: platforms ×4, smart factories ×2, school places ×2,
  with one service mode's items 9), look-alikes (3: plan.tasks ×2, supervision findings), a five-year total (1).
  Then SEEN by round L25 (one stage of schooling is a kind of the new school places): 87 of 98.
- ``indicator_sample_gwr_ed64c6a.jsonl``: the same folders, seed 1431, ``--unseen``, drawn at commit ed64c6a (session 26,
  after round L26; 1,594 of the 5,630 unseen figures had an id) and judged by the round's engineer under the strict kind
  rule: 83 of 100 right, 83 of 85 found. Wrong: kinds the ids' phrases name (7: national key labs ×3, rental housing, the
  urban dibao growth, one programme's key matters, transformed achievements), look-alikes (6), several-year totals of the
  reviews (3), one respectively pairing.
- ``indicator_sample_gwr_71e91e4.jsonl``: the same folders, seed 1432, ``--unseen``, drawn at commit 71e91e4 (session 27,
  main after round L26b; 1,493 of the 5,480 unseen figures had an id) and judged by round L27's engineer, before any fix,
  under the strict kind rule and the earlier judges' umbrella calls: 94 of 100 right, 94 of 98 found. Wrong: look-alike
  measures (2), a kind of projects, a level under its change's id, a share held over the five years reviewed, new-energy
  capacity under all new capacity. Missed: a restated growth target, safe drinking water, a major projects' 完成投资.
  Then SEEN by round L27 (its look-alikes and the level under a cut's id taken away): 94 of 96, 94 of 98.
- retired, each judged by the author of the ids against a smaller taxonomy, so that ids added since
  make figures it judged null get a right id: ``indicator_sample.jsonl`` (seed 13, 73 ids),
  ``indicator_sample_gwr.jsonl`` (seed 1401, 389 ids), ``indicator_sample_gwr_final.jsonl`` (seed 1403,
  402 ids).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _indicator_sample import judged_refs, listed_figures
from conftest import REAL


def refs(folders: list[str]) -> list[str]:
    out = []
    for sub in folders:
        if sub == "pages_excerpts.jsonl":
            n = len((REAL / sub).read_text(encoding="utf-8").splitlines())
            out += [f"{sub}#{i}" for i in range(1, n + 1)]
        else:
            out += [f"{sub}/{p.name}" for p in sorted((REAL / sub).glob("*.txt"))]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--with-id", type=int, required=True, help="figures drawn among those with an id")
    ap.add_argument("--without-id", type=int, required=True, help="figures drawn among those without")
    ap.add_argument("folders", nargs="+", help="folders of the real reports (or pages_excerpts.jsonl)")
    ap.add_argument("--unseen", action="store_true", help="only figures no earlier sample in tests/golden holds")
    args = ap.parse_args()
    figures = listed_figures(REAL, refs(args.folders))
    if args.unseen:
        seen = judged_refs("indicator_sample_gwr*.jsonl")
        figures = [f for f in figures if (f[0], f[1], f[2]) not in seen]
    rng = random.Random(args.seed)
    with_id = [f for f in figures if f[3].indicator]
    without = [f for f in figures if not f[3].indicator]
    print(f"{len(figures)} figures, {len(with_id)} with an id", file=sys.stderr)
    for ref, off, number, m in rng.sample(with_id, args.with_id) + rng.sample(without, args.without_id):
        row = {"file": ref, "offset": off, "number": number, "value": m.value, "unit": m.unit, "expected": "?"}
        print(json.dumps(row | {"assigned": m.indicator}, ensure_ascii=False))


if __name__ == "__main__":
    main()
