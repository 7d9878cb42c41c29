"""OCR of scanned PDFs (opt-in: ``--ocr``, ``Settings(ocr=True)``): pages to lines to paragraphs.

A PDF whose pages carry no text layer is a scan.  With OCR on, each page is rendered
with pypdfium2 at ``DPI`` and read by an engine into lines, each with its box and a
confidence in [0, 1].  Lines are put back into paragraphs from their geometry (a line
that reaches the right margin continues on the next one unless that one is indented),
running headers and page numbers go as for a text PDF, and the result is the same
``Item`` list the text-layer reader returns, plus the confidence of every paragraph, so
that ``attach_confidence`` can give each figure the confidence of the text it rests on.

Engine: RapidOCR (``rapidocr`` on onnxruntime, the optional extra ``[ocr]``) with the
PP-OCRv6 models its wheel ships: nothing is downloaded at run time.  Its text boxes carry
one score each, the confidence of their words.  Why RapidOCR and not Tesseract (chi_sim):
README, design notes; the measurement is ``benchmarks/bench_ocr.py``.
"""

from __future__ import annotations

import bisect
import dataclasses
import io
import re
from collections.abc import Callable, Iterable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import AnalyzerError, ConfigError, IngestError
from ..types import Metric

DPI = 200  # RapidOCR scales a page to 2000 px at most before detection: more costs time, not accuracy
# the models the rapidocr wheel ships (rapidocr/models): PP-OCRv6 small detection and recognition
DET_MODEL = "PP-OCRv6_det_small.onnx"
REC_MODEL = "PP-OCRv6_rec_small.onnx"
CLS_MODEL = "ch_ppocr_mobile_v2.0_cls_mobile.onnx"
INSTALL_HINT = "install the OCR extra: `pip install 'govreport-analyzer[ocr]'`"


@dataclass(frozen=True)
class Line:
    """One line of a page as the engine read it: text, box in pixels, and the confidence in [0, 1]
    of each word, as (start, end, confidence) character ranges of ``text``."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    words: tuple[tuple[int, int, float], ...]

    @property
    def height(self) -> float:
        return self.y1 - self.y0


@dataclass(frozen=True)
class Paragraph:
    """Lines joined back into a paragraph; ``words`` as in ``Line``, offsets into ``text``."""

    text: str
    words: tuple[tuple[int, int, float], ...]
    flush_left: bool = False  # its first line starts at the left margin (not indented)
    flush_right: bool = False  # its last line reaches the right margin

    def joined(self, other: Paragraph) -> Paragraph:
        """This paragraph continued by ``other`` (the next page's first lines)."""
        shift = len(self.text)
        words = self.words + tuple((s + shift, e + shift, c) for s, e, c in other.words)
        return Paragraph(self.text + other.text, words, self.flush_left, other.flush_right)


# --- engine -------------------------------------------------------------------------


_LATIN_END = re.compile(r"[A-Za-z]$")
_LATIN_START = re.compile(r"^[A-Za-z]")


def _needs_space(left: str, right: str) -> bool:
    """Words of a Latin phrase keep their space; Chinese text and numbers join without one."""
    return bool(_LATIN_END.search(left) and _LATIN_START.search(right))


Engine = Callable[[bytes], list[Line]]


@lru_cache(maxsize=1)
def _rapidocr():
    """RapidOCR with the models its wheel ships (never a download), quiet, keeping every box it reads."""
    try:
        import rapidocr
        from rapidocr import RapidOCR
    except ImportError as exc:
        raise ConfigError(f"OCR needs RapidOCR ({exc.name or exc} is not installed): {INSTALL_HINT}") from exc
    models = Path(rapidocr.__file__).parent / "models"
    params = {
        "Global.log_level": "error",
        # pages are rendered upright: the per-line 0/180° classifier only adds errors (measured: it turned
        # a clean line of a sample's scan upside down, read as one character; benchmarks/bench_ocr.py)
        "Global.use_cls": False,
        # low-confidence text is kept, with its confidence: nothing read is dropped unseen
        "Global.text_score": 0.0,
        "Det.model_path": str(models / DET_MODEL),
        "Rec.model_path": str(models / REC_MODEL),
        "Cls.model_path": str(models / CLS_MODEL),
    }
    missing = [p for p in params.values() if isinstance(p, str) and p.endswith(".onnx") and not Path(p).is_file()]
    if missing:
        raise ConfigError(f"RapidOCR's model {missing[0]} is missing (a rapidocr without its models?): {INSTALL_HINT}")
    try:
        return RapidOCR(params=params)
    except Exception as exc:  # onnxruntime missing or a model it cannot load
        raise ConfigError(f"RapidOCR cannot start ({type(exc).__name__}: {exc}): {INSTALL_HINT}") from exc


def rapidocr_lines(png: bytes) -> list[Line]:
    """Lines of one page image (PNG bytes) read by RapidOCR: its text boxes, those sharing most of
    their height merged into one line, left to right; each box's score is its words' confidence."""
    import numpy as np
    from PIL import Image

    image = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))
    out = _rapidocr()(image)
    if not out.txts:
        return []
    boxes = []
    for box, text, score in zip(out.boxes, out.txts, out.scores):
        xs, ys = [float(p[0]) for p in box], [float(p[1]) for p in box]
        boxes.append(Box(min(xs), min(ys), max(xs), max(ys), text, float(score)))
    return lines_from_boxes(boxes)


@dataclass(frozen=True)
class Box:
    """A text box as a detector gives it."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    score: float


def lines_from_boxes(boxes: Iterable[Box]) -> list[Line]:
    """Boxes into lines: top to bottom, a box that shares over half its height with the line
    before joins it; each line's boxes left to right."""
    rows: list[list[Box]] = []
    for b in sorted(boxes, key=lambda b: (b.y0 + b.y1) / 2):
        last = rows[-1][-1] if rows else None
        if last is not None and min(b.y1, last.y1) - max(b.y0, last.y0) > 0.5 * (b.y1 - b.y0):
            rows[-1].append(b)
        else:
            rows.append([b])
    lines = []
    for row in rows:
        row.sort(key=lambda b: b.x0)
        text = ""
        words: list[tuple[int, int, float]] = []
        for i, b in enumerate(row):
            if i and _needs_space(row[i - 1].text, b.text):
                text += " "
            words.append((len(text), len(text) + len(b.text), b.score))
            text += b.text
        box = (min(b.x0 for b in row), min(b.y0 for b in row), max(b.x1 for b in row), max(b.y1 for b in row))
        lines.append(Line(text, *box, words=tuple(words)))
    return lines


# --- pages --------------------------------------------------------------------------


def page_images(data: bytes, name: str, dpi: int | None = None) -> Iterable[tuple[bytes, int, int]]:
    """Each page of a PDF rendered to a grey PNG (pypdfium2), one at a time: (PNG, height in pixels, pages)."""
    try:
        import pypdfium2 as pdfium
    except ImportError as exc:  # pragma: no cover - pdfplumber depends on it
        raise ConfigError(f"OCR needs pypdfium2: {INSTALL_HINT}") from exc
    try:
        doc = pdfium.PdfDocument(data)
    except Exception as exc:  # pdfium raises PdfiumError with its own codes
        raise IngestError(f"{name}: not a readable PDF ({type(exc).__name__}: {exc})") from exc
    try:
        for i in range(len(doc)):
            image = doc[i].render(scale=(dpi or DPI) / 72, grayscale=True).to_pil()
            buf = io.BytesIO()
            image.convert("L").save(buf, "PNG")
            yield buf.getvalue(), image.height, len(doc)
    finally:
        doc.close()


def paragraphs(lines: Sequence[Line], page_height: float | None = None) -> list[Paragraph]:
    """Lines of one page joined into paragraphs: a line that reaches the right margin continues
    on the next unless the next is indented (a new paragraph) or starts far below (a gap).
    A page number (``— 3 —``, ``-3-``, ``第3页``) alone in the top or bottom tenth of the page is dropped."""
    if page_height:
        lines = [x for x in lines if not _is_page_number(x, page_height)]
    if not lines:
        return []
    heights = sorted(x.height for x in lines)
    char = heights[len(heights) // 2] or 1.0
    left = _low(x.x0 for x in lines)
    right = _high(x.x1 for x in lines)
    out: list[Paragraph] = []
    text = ""
    words: list[tuple[int, int, float]] = []
    first: Line = lines[0]
    prev: Line | None = None

    def close(last: Line) -> None:
        flush_left = first.x0 <= left + 0.8 * char
        flush_right = last.x1 >= right - 1.5 * char
        out.append(Paragraph(fullwidth_punctuation(text), tuple(words), flush_left, flush_right))

    for line in lines:
        continues = (
            prev is not None
            and prev.x1 >= right - 1.5 * char
            and line.x0 <= left + 0.8 * char
            and line.y0 - prev.y1 <= 1.5 * char
        )
        if not continues and prev is not None:
            close(prev)
            text, words, first = "", [], line
        words.extend((s + len(text), e + len(text), c) for s, e, c in line.words)
        text += line.text
        prev = line
    close(lines[-1])
    return out


_CJK = r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”‘’《》]"
_ASCII_PUNCT = re.compile(rf"(?<={_CJK})[(),:;?!]|[(),:;?!](?={_CJK})")
_TO_FULLWIDTH = str.maketrans("(),:;?!", "（），：；？！")


def fullwidth_punctuation(text: str) -> str:
    """Punctuation OCR reads as ASCII next to Chinese text back to the full-width forms the text uses
    (``(一)`` → ``（一）``, ``机制:`` → ``机制：``); between digits or Latin letters it stays.  One character
    for one: offsets do not move."""
    return _ASCII_PUNCT.sub(lambda m: m.group().translate(_TO_FULLWIDTH), text)


# a page number as OCR reads it: dashes (often read as 一), digits, 第…页 / 共…页
_PAGE_NUMBER = re.compile(r"[-—–一_~·.\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*共\s*\d{1,4}\s*页)?[-—–一_~·.\s]*")


def _is_page_number(line: Line, page_height: float) -> bool:
    in_margin = line.y1 < 0.1 * page_height or line.y0 > 0.9 * page_height
    return in_margin and _PAGE_NUMBER.fullmatch(line.text.strip()) is not None


def _low(values: Iterable[float]) -> float:
    """The left margin: the 10th percentile of line starts (a few indented lines do not move it)."""
    v = sorted(values)
    return v[int(0.1 * (len(v) - 1))]


def _high(values: Iterable[float]) -> float:
    """The right margin: the 90th percentile of line ends (short lines do not move it)."""
    v = sorted(values)
    return v[round(0.9 * (len(v) - 1))]


# told (pages done, pages in all) after each page; the CLI sets it to draw a progress bar
PROGRESS: ContextVar[Callable[[int, int], None] | None] = ContextVar("ocr_progress", default=None)


def read_scanned_pdf(data: bytes, name: str, engine: Engine | None = None) -> list[list[Paragraph]]:
    """The paragraphs of every page of a scanned PDF, read by OCR (``engine`` defaults to RapidOCR)."""
    read = engine or rapidocr_lines
    if engine is None:
        _rapidocr()  # fail before rendering anything when the engine is missing
    progress = PROGRESS.get()
    pages: list[list[Paragraph]] = []
    for png, height, total in page_images(data, name):
        try:
            lines = read(png)
        except AnalyzerError:
            raise
        except Exception as exc:  # an engine's own failure on one page: the file cannot be read
            raise IngestError(f"{name}: OCR failed on page {len(pages) + 1} ({type(exc).__name__}: {exc})") from exc
        pages.append(paragraphs(lines, height))
        if progress:
            progress(len(pages), total)
    return pages


def read_scan(data: bytes, name: str, engine: Engine | None = None) -> tuple[list[str], list[Paragraph]]:
    """A scanned PDF as the text-layer reader gives it (paragraph strings, running headers and
    footers dropped), and the paragraphs kept, with their word confidences."""
    from .pdf import running_lines

    pages = read_scanned_pdf(data, name, engine)
    running = running_lines(["\n".join(p.text for p in page) for page in pages])
    kept: list[Paragraph] = []
    for page in pages:
        page = [p for p in page if re.sub(r"\d+", "#", p.text.strip()) not in running]
        if kept and page and kept[-1].flush_right and page[0].flush_left:
            kept[-1] = kept[-1].joined(page.pop(0))  # a paragraph running on to the next page
        kept.extend(page)
    return [p.text for p in kept], kept


# --- confidence of figures ----------------------------------------------------------


def confidence_spans(text: str, paras: Sequence[Paragraph]) -> tuple[tuple[int, int, float], ...]:
    """The words of the OCR paragraphs as (start, end, confidence) ranges of the cleaned ``text``.

    Each paragraph is looked for in order.  Found as it was read, its words keep their own
    confidences; changed by the cleaner (full-width digits, dropped lines), found by its first
    characters only, the whole paragraph takes its lowest word confidence; not found, it has
    no span (its figures then take the document's lowest confidence, see ``confidence_at``).
    """
    spans: list[tuple[int, int, float]] = []
    pos = 0
    for p in paras:
        if not p.words:
            continue
        at = text.find(p.text, pos)
        if at >= 0:
            spans.extend((at + s, at + e, c) for s, e, c in p.words)
            pos = at + len(p.text)
            continue
        key = p.text.strip()[:12]
        at = text.find(key, pos) if key else -1
        if at < 0:
            continue
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        spans.append((at, end, min(c for _, _, c in p.words)))
        pos = end
    return tuple(spans)


def confidence_at(spans: Sequence[tuple[int, int, float]], start: int, end: int) -> float | None:
    """The lowest confidence of the spans that overlap ``[start, end)``; the document's lowest when none
    does (text the alignment could not place is not trusted more than the worst word); None without spans."""
    if not spans:
        return None
    k = bisect.bisect_left(spans, (end,))  # spans are in text order and do not overlap
    hits = []
    while k > 0:
        k -= 1
        s, e, c = spans[k]
        if e <= start:
            break
        if s < end:
            hits.append(c)
    return min(hits) if hits else min(c for _, _, c in spans)


def attach_confidence(metrics: Iterable[Metric], spans: Sequence[tuple[int, int, float]]) -> tuple[Metric, ...]:
    """Each figure with the OCR confidence of the text it was read from (its number and unit)."""
    out = []
    for m in metrics:
        conf = confidence_at(spans, m.start, m.end)
        out.append(dataclasses.replace(m, ocr_confidence=None if conf is None else round(conf, 3)))
    return tuple(out)
