"""The choice of OCR engine: Tesseract 5 (chi_sim) against RapidOCR (PP-OCRv4 ONNX models), measured.

Run: ``.venv/bin/python benchmarks/bench_ocr.py [--engines tesseract,rapid3] [SAMPLE ...]``
(default: both engines, every report in ``corpora/samples``).  RapidOCR is not a dependency: install it to compare
(``pip install rapidocr_onnxruntime``; its wheel ships its models, nothing is downloaded).

For each sample: its cleaned text (the text version) is printed on A4 pages, stamped and
"scanned" as the OCR tests do (``tests/_scan_fixtures.py``), saved as an image-only PDF and
read back through ``ingest`` with each engine.  Printed per engine and sample:

- figures: the share of the text version's figures (kind, value, unit) that the OCR text
  gives too (a multiset: a figure read twice counts once), and the figures OCR invents;
- characters: the share of the text version's characters (whitespace ignored) that
  ``difflib`` aligns with the OCR text;
- seconds per page: wall clock and CPU (this process and the tesseract commands it ran; pages
  rendered at ``ocr.DPI``; RapidOCR after one warm-up page, its models loaded).
"""

from __future__ import annotations

import difflib
import hashlib
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from analyzer.ingest import ocr  # noqa: E402 (after the path set-up above)

TESSERACT_DPI = 300  # Tesseract wants about 300 dpi; RapidOCR scales pages down to 2000 px (ocr.DPI = 200)
_TIMEOUT_S = 300


def _tesseract() -> str:
    exe = shutil.which("tesseract")
    if not exe:
        raise SystemExit("tesseract not found: apt-get install tesseract-ocr tesseract-ocr-chi-sim")
    return exe


def tesseract_lines(png: bytes, languages: str = "chi_sim") -> list[ocr.Line]:
    """Lines of one page image (PNG bytes) read by the tesseract command (TSV: one row per word)."""
    exe = _tesseract()
    cmd = [exe, "-", "-", "-l", languages, "--psm", "3", "-c", "preserve_interword_spaces=1", "tsv"]
    try:
        run = subprocess.run(cmd, input=png, capture_output=True, timeout=_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired as exc:
        raise RuntimeError(f"tesseract took over {_TIMEOUT_S} s on one page") from exc
    if run.returncode != 0:
        err = " ".join(run.stderr.decode("utf-8", "replace").split())[:300]
        if "Failed loading language" in err or "Error opening data file" in err:
            raise SystemExit(f"tesseract has no `{languages}` data: apt-get install tesseract-ocr-chi-sim")
        raise RuntimeError(f"tesseract failed (exit {run.returncode}): {err}")
    return lines_from_tsv(run.stdout.decode("utf-8", "replace"))


def lines_from_tsv(tsv: str) -> list[ocr.Line]:
    """Tesseract's TSV (level 5 rows are words) grouped into its lines, in reading order."""
    words: dict[tuple[int, int, int, int], list[tuple[int, int, int, int, float, str]]] = {}
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        text = cols[11].strip()
        conf = float(cols[10])
        if not text or conf < 0:
            continue
        key = (int(cols[1]), int(cols[2]), int(cols[3]), int(cols[4]))
        left, top, width, height = (int(c) for c in cols[6:10])
        words.setdefault(key, []).append((left, top, left + width, top + height, conf / 100, text))
    lines = []
    for ws in words.values():  # dicts keep insertion order: tesseract's reading order
        text = ""
        spans = []
        for i, w in enumerate(ws):
            if i and ocr._needs_space(ws[i - 1][5], w[5]):
                text += " "
            spans.append((len(text), len(text) + len(w[5]), w[4]))
            text += w[5]
        box = (min(w[0] for w in ws), min(w[1] for w in ws), max(w[2] for w in ws), max(w[3] for w in ws))
        lines.append(ocr.Line(text, *box, words=tuple(spans)))
    return lines


def rapidocr_engine(package: str = "rapidocr_onnxruntime"):
    """RapidOCR as an ``ocr.Engine``: its text boxes merged into lines (boxes sharing most of their height)."""
    import importlib
    import io

    import numpy as np
    from PIL import Image

    rapid = importlib.import_module(package).RapidOCR()

    def read(png: bytes) -> list[ocr.Line]:
        image = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))
        out = rapid(image)
        if isinstance(out, tuple):  # rapidocr_onnxruntime 1.x: ([[box, text, score], ...], times)
            result = out[0] or []
        else:  # rapidocr 3.x: an output object with boxes, txts, scores (None when nothing was read)
            result = list(zip(out.boxes, out.txts, out.scores)) if out.txts else []
        boxes = []
        for box, text, score in result:
            xs, ys = [p[0] for p in box], [p[1] for p in box]
            boxes.append((min(xs), min(ys), max(xs), max(ys), text, float(score)))
        boxes.sort(key=lambda b: (b[1] + b[3]) / 2)
        rows: list[list[tuple]] = []
        for b in boxes:
            last = rows[-1][-1] if rows else None
            if last and min(b[3], last[3]) - max(b[1], last[1]) > 0.5 * (b[3] - b[1]):
                rows[-1].append(b)
            else:
                rows.append([b])
        lines = []
        for row in rows:
            row.sort(key=lambda b: b[0])
            text, words = "", []
            for b in row:
                words.append((len(text), len(text) + len(b[4]), b[5]))
                text += b[4]
            lines.append(
                ocr.Line(
                    text,
                    min(b[0] for b in row),
                    min(b[1] for b in row),
                    max(b[2] for b in row),
                    max(b[3] for b in row),
                    tuple(words),
                )
            )
        return lines

    return read


def figures(report) -> Counter:
    return Counter((m.kind.value, round(m.value, 6), m.unit) for m in report.metrics)


def main(argv: list[str]) -> None:
    import _scan_fixtures as scans

    from analyzer import ingest
    from analyzer.api import analyze_document
    from analyzer.errors import ConfigError

    only = None
    if argv[:1] == ["--engines"]:
        only, argv = set(argv[1].split(",")), argv[2:]
    paths = [Path(a) for a in argv] or sorted(
        p for p in (REPO / "corpora" / "samples").iterdir() if p.suffix in {".txt", ".docx", ".html"}
    )
    engines: dict = {"tesseract": (tesseract_lines, TESSERACT_DPI)}
    for label, package in (("rapid1.4", "rapidocr_onnxruntime"), ("rapid3", "rapidocr")):
        try:
            read = ocr.rapidocr_lines if package == "rapidocr" else rapidocr_engine(package)
            read(_blank_png())  # warm-up: the models load on the first page
            engines[label] = (read, ocr.DPI)
        except (ImportError, ConfigError) as exc:
            print(f"{package}: not installed ({exc})")
    engines = {k: v for k, v in engines.items() if only is None or k in only}
    total = {e: [0, 0, 0, 0, 0.0, 0, 0, 0.0] for e in engines}
    print(f"{'sample':38} {'engine':9} {'figures':>9} {'invented':>8} {'chars':>7} {'s/page':>7} {'cpu/page':>8}")
    for path in paths:
        text_doc = ingest.read_file(path)
        truth = analyze_document(text_doc)
        pdf = scans.scanned_pdf(text_doc.text, seed=1)
        n_pages = len(scans.rasterise(pdf, dpi=20))
        want = figures(truth)
        for name, (engine, dpi) in engines.items():
            ocr.DPI = dpi
            t0, c0 = time.perf_counter(), _cpu()
            doc = ingest._read_scan(pdf, path.name, hashlib.sha256(pdf).hexdigest(), engine)
            seconds, cpu = time.perf_counter() - t0, _cpu() - c0
            got = figures(analyze_document(doc))
            same = sum((want & got).values())
            invented = sum((got - want).values())
            a, b = "".join(text_doc.text.split()), "".join(doc.text.split())
            matched = sum(m.size for m in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
            t = total[name]
            t[0] += same
            t[1] += sum(want.values())
            t[2] += matched
            t[3] += len(a)
            t[4] += seconds
            t[5] += n_pages
            t[6] += invented
            t[7] += cpu
            print(
                f"{path.name:38} {name:9} {same:>4}/{sum(want.values()):<4} {invented:>8} "
                f"{matched / len(a):>7.2%} {seconds / n_pages:>7.1f} {cpu / n_pages:>7.1f}",
                flush=True,
            )
    for name, t in total.items():
        print(
            f"{'ALL (' + str(len(paths)) + ' samples, ' + str(t[5]) + ' pages)':38} {name:9} "
            f"{t[0]:>4}/{t[1]:<4} {t[6]:>8} {t[2] / t[3]:>7.2%} {t[4] / t[5]:>7.1f} {t[7] / t[5]:>7.1f}  "
            f"figures {t[0] / t[1]:.1%}"
        )


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (the tesseract commands)."""
    import resource

    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + kids.ru_utime + kids.ru_stime


def _blank_png() -> bytes:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("L", (200, 100), 255).save(buf, "PNG")
    return buf.getvalue()


if __name__ == "__main__":
    main(sys.argv[1:])
