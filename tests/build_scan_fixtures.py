"""Rebuild the committed scans of ``tests/fixtures/scans`` (image-only PDFs for the OCR tests).

Run from the repository root: ``.venv/bin/python tests/build_scan_fixtures.py``.

Each scan is a sample report of ``corpora/samples`` (text written for this project, in
the genre's style) printed on A4, its last page stamped, "scanned" and saved as JPEG pages
in a PDF with no text layer (``tests/_scan_fixtures.py``).  The tests compare what OCR
reads from it with the sample's own text.  Needs Pillow, numpy and a Noto CJK font
(``fonts-noto-cjk``); the output depends on the font and libjpeg versions, so rebuild
only when the sample or the scan look changes, and commit the result.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

OUT = HERE / "fixtures" / "scans"
# scan file -> (sample it prints, seed of its skew and noise)
SCANS = {
    "qinglan_2024_fazhi_annual.scan.pdf": ("qinglan_2024_fazhi_annual.txt", 2024),
}


def build(name: str) -> bytes:
    from _scan_fixtures import scanned_pdf

    from analyzer.ingest import read_file

    sample, seed = SCANS[name]
    return scanned_pdf(read_file(REPO / "corpora" / "samples" / sample).text, seed=seed)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name in SCANS:
        data = build(name)
        (OUT / name).write_bytes(data)
        print(f"{OUT / name}: {len(data) // 1024} KB")


if __name__ == "__main__":
    main()
