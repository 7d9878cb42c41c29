"""Characters per second of ``analyze_text`` beside spaCy+jieba tokenisation of the same texts.

Run: ``.venv/bin/python benchmarks/bench_analyze.py [REAL_DIR]`` (default ``../shared/real``).

In one run, over every ``*.txt`` report under REAL_DIR:

1. ``analyze_text`` (the full pipeline), after one warm-up document, and its
   stages: ``extract_metrics`` alone;
2. peak memory (max RSS) of the process after the analysis, before any
   tokenizer is loaded;
3. the baseline: spaCy's blank ``zh`` with ``segmenter = jieba`` as spaCy ships
   it (the global jieba, HMM on), tokenising the same texts;
4. for the choice of engine: ``analyzer.tokenizer.cut`` (rjieba), our
   ``spacy_nlp()`` and jieba's own ``Tokenizer.cut``.

Times are wall-clock (``perf_counter``) with CPU time (``process_time``) beside
them: on a busy machine the CPU figure is the steadier one.  The aim is
analysis at least 5x faster than the baseline tokenisation alone.
"""

from __future__ import annotations

import logging
import resource
import sys
import time
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def _timed(fn: Callable[[str], object], texts: Sequence[str]) -> tuple[float, float]:
    w0, c0 = time.perf_counter(), time.process_time()
    for t in texts:
        fn(t)
    return time.perf_counter() - w0, time.process_time() - c0


def _line(label: str, n: int, wall: float, cpu: float, base: float | None = None) -> str:
    rate, crate = n / wall, n / cpu
    ratio = f"  {crate / base:6.1f}x baseline (CPU)" if base else ""
    return f"{label:<42} {rate:>12,.0f} chars/s wall {crate:>12,.0f} chars/s CPU{ratio}"


def _max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str]) -> int:
    real = Path(argv[0]) if argv else REPO.parent / "shared" / "real"
    files = sorted(real.glob("**/*.txt"))
    if not files:
        print(f"no reports under {real}")
        return 2
    raw = [f.read_text(encoding="utf-8") for f in files]
    n = sum(map(len, raw))
    print(f"{len(files)} reports, {n:,} characters, under {real}")

    t0 = time.perf_counter()
    from analyzer.api import analyze_text
    from analyzer.extract import extract_metrics
    from analyzer.settings import DEFAULT_SETTINGS
    from analyzer.types import Genre, Meta, Section

    analyze_text(raw[0])
    print(f"cold start (import + first document): {time.perf_counter() - t0:.2f} s")

    figures = 0

    def analyse(t: str) -> None:
        nonlocal figures
        figures += len(analyze_text(t).metrics)

    wall, cpu = _timed(analyse, raw)
    base_line = _line("analyze_text (full pipeline)", n, wall, cpu)
    meta = Meta(title=None, issuer=None, region=None, year=2025, genre=Genre.GOV_WORK_REPORT)
    cleaned = [unicodedata.normalize("NFKC", t) for t in raw]
    ex_wall, ex_cpu = _timed(
        lambda t: extract_metrics(t, (Section("0", 0, "", 0, len(t)),), meta, DEFAULT_SETTINGS), cleaned
    )
    rss_analysis = _max_rss_mb()

    import jieba
    import spacy

    jieba.setLogLevel(logging.WARNING)
    stock = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    stock(raw[0])
    b_wall, b_cpu = _timed(stock, raw)
    base = n / b_cpu

    from analyzer import tokenizer

    tokenizer.cut(raw[0])
    ours = tokenizer.spacy_nlp()
    ours(raw[0])
    own_jieba = tokenizer.jieba_tokenizer()
    own_jieba.lcut(raw[0][:100])

    print()
    print(base_line + f"  {n / cpu / base:6.1f}x baseline (CPU)")
    print(_line("  extract_metrics alone", n, ex_wall, ex_cpu, base))
    print(_line("baseline: spaCy zh + jieba (stock, HMM)", n, b_wall, b_cpu, base))
    print(_line("spacy_nlp(): spaCy zh + our rjieba segmenter", n, *_timed(ours, raw), base))
    print(_line("tokenizer.cut (rjieba, user dict, no HMM)", n, *_timed(tokenizer.cut, raw), base))
    print(
        _line(
            "jieba.Tokenizer.cut (user dict, no HMM)",
            n,
            *_timed(lambda t: list(own_jieba.cut(t, HMM=False)), raw),
            base,
        )
    )
    print()
    print(f"figures extracted by analyze_text: {figures:,} ({figures / len(files):.0f} per report)")
    print(
        f"peak memory after analysis: {rss_analysis:.0f} MB; after loading the tokenizers too: {_max_rss_mb():.0f} MB"
    )
    verdict = "meets" if n / cpu >= 5 * base else "misses"
    print(
        f"aim (analysis >= 5x baseline tokenisation, CPU): {verdict}; memory aim (< 600 MB): "
        f"{'meets' if rss_analysis < 600 else 'misses'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
