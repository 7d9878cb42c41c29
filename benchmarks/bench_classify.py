"""The section classifier's cost: model load time and its share of ``analyze_text`` time.

Run: ``.venv/bin/python benchmarks/bench_classify.py [REAL_DIR [MODEL]]``.  Reads the real
reports (``../shared/real``), analyses each once to warm up (loads jieba and the
model), then times ``analyze_text`` with and without classification and the
classifier itself on each document.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main(argv: list[str]) -> int:
    real = Path(argv[0]) if argv else REPO.parent / "shared" / "real"
    files = sorted((real / "provincial_2026").glob("*.txt")) + sorted((real / "national").glob("*.txt"))
    files.append(real / "seed" / "weidu_2024_fazhi_report.txt")
    if not files or not files[0].is_file():
        print(f"no real reports under {real}")
        return 2

    t0 = time.perf_counter()
    import analyzer  # noqa: F401
    from analyzer import classify, ingest, meta, outline
    from analyzer.api import analyze_text
    from analyzer.settings import Settings

    t_import = time.perf_counter() - t0
    path = Path(argv[1]).resolve() if len(argv) > 1 else classify.default_model_path()
    settings = Settings(model_path=path)
    t0 = time.perf_counter()
    import sklearn.calibration
    import sklearn.svm  # noqa: F401
    import skops.io  # noqa: F401

    t_sklearn = time.perf_counter() - t0
    t0 = time.perf_counter()
    if path is not None:
        classify.load_model(path)
    t_load = time.perf_counter() - t0
    print(f"model: {path}")
    print(f"import analyzer {t_import:.2f}s; import sklearn+skops {t_sklearn:.2f}s; skops load {t_load * 1000:.0f} ms")

    texts = [f.read_text(encoding="utf-8") for f in files]
    for t in texts[:2]:
        analyze_text(t, settings)  # warm up: jieba dictionary, caches

    on, off, cls = 0.0, 0.0, 0.0
    for text in texts:
        t0 = time.perf_counter()
        analyze_text(text, settings)
        on += time.perf_counter() - t0
        t0 = time.perf_counter()
        analyze_text(text, Settings(model_path=path, classify=False))
        off += time.perf_counter() - t0
        doc = ingest.from_text(text)
        info = meta.detect_meta(doc)
        sections = outline.build_sections(doc.text, outline.find_headings(doc.text))
        t0 = time.perf_counter()
        classify.classify_sections(doc.text, sections, info.genre, settings)
        cls += time.perf_counter() - t0
    chars = sum(len(t) for t in texts)
    print(f"{len(texts)} reports, {chars / 1e6:.2f} M characters")
    print(f"analyze_text: {on:.2f}s with classification, {off:.2f}s without")
    print(
        f"classify_sections alone: {cls:.2f}s = {100 * cls / on:.1f}% of analyze_text "
        f"({1000 * cls / len(texts):.1f} ms per report)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
