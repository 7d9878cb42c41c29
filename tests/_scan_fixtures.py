"""Scans made for the OCR tests: a report's text printed on A4 pages, "scanned", saved as an image-only PDF.

``print_pages(text)`` lays the text out as a printed report would be (a centred title,
headings in bold, body paragraphs indented two characters, 16 pt type) on white A4
pages with a CJK font (Noto CJK, Debian's ``fonts-noto-cjk``).  ``scan_look(page, rng)``
turns a printed page into what a scanner gives back: grey, a slightly skewed sheet,
sensor noise, a little blur; ``stamp(page)`` adds an official seal over the signature.
``image_pdf(pages)`` writes the pages as JPEG images in a PDF with no text layer, and
``rasterise(pdf)`` renders any PDF's pages back to images with pypdfium2 (to rebuild a
scan from a PDF that has a text layer).

No LibreOffice, no network: Pillow, numpy and pypdfium2 only, so the seed's scan can be
built at test time in a temporary folder (the real seed's text is never committed).
"""

from __future__ import annotations

import io
import math
import random
import re
import shutil
import subprocess
import time
from functools import cache

DPI = 200
A4_MM = (210, 297)
_BODY_PT = 16  # 三号, the size of official documents
_TITLE_PT = 20
_MARGIN_MM = (28, 30)  # left/right, top/bottom (GB/T 9704 is 28 x 37; near enough)
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")


def _px(mm: float) -> int:
    return round(mm / 25.4 * DPI)


def _pt(pt: float) -> int:
    return round(pt / 72 * DPI)


@cache
def cjk_font_file(family: str = "Noto Serif CJK SC", style: str = "Regular") -> tuple[str, int]:
    """(file, face index) of an installed CJK font, through fontconfig; AssertionError naming the package if none."""
    fc = shutil.which("fc-match")
    assert fc, "fc-match not found: install fontconfig and fonts-noto-cjk (.ci/run does)"
    out = subprocess.run(
        [fc, "-f", "%{file}|%{index}|%{family}", f"{family}:style={style}"], capture_output=True, text=True, check=True
    ).stdout
    path, index, families = out.split("|", 2)
    assert "CJK" in families, f"no CJK font for {family!r} (fc-match gave {families!r}): apt-get install fonts-noto-cjk"
    return path, int(index or 0)


def _font(family: str, style: str, pt: float):
    from PIL import ImageFont

    path, index = cjk_font_file(family, style)
    return ImageFont.truetype(path, _pt(pt), index=index)


def _wrap(text: str, font, width: int, indent: int) -> list[tuple[int, str]]:
    """Greedy wrap of one paragraph: [(x offset, line text)]; the first line is indented."""
    lines: list[tuple[int, str]] = []
    x0 = indent
    line = ""
    for ch in text:
        if line and font.getlength(line + ch) > width - x0:
            if ch in "，。、；：！？”）》" and font.getlength(line + ch) <= width - x0 + font.size:
                line += ch  # 避头: closing punctuation stays at the end of the line
                continue
            lines.append((x0, line))
            x0, line = 0, ""
        line += ch
    if line or not lines:
        lines.append((x0, line))
    return lines


def print_pages(text: str):
    """The text printed on A4 pages (PIL images, mode "L", white)."""
    from PIL import Image, ImageDraw

    body = _font("Noto Serif CJK SC", "Regular", _BODY_PT)
    bold = _font("Noto Sans CJK SC", "Bold", _BODY_PT)
    title = _font("Noto Sans CJK SC", "Bold", _TITLE_PT)
    page_w, page_h = _px(A4_MM[0]), _px(A4_MM[1])
    left, top = _px(_MARGIN_MM[0]), _px(_MARGIN_MM[1])
    width, bottom = page_w - 2 * left, page_h - top
    step = round(_pt(_BODY_PT) * 1.6)
    paragraphs = [p.strip() for p in text.splitlines()]
    pages = []
    page = draw = None
    y = bottom  # forces a new page at the first line
    for i, para in enumerate(paragraphs):
        if not para:
            continue
        is_title = i < 3 and len(para) <= 30 and not para.endswith("。")
        is_tail = i >= len(paragraphs) - 3 and len(para) <= 20  # issuer and date: right-aligned
        font = title if is_title else bold if _HEADING.match(para) else body
        indent = 0 if (is_title or is_tail) else 2 * font.size
        for x, line in _wrap(para, font, width, indent):
            if y + step > bottom:
                page = Image.new("L", (page_w, page_h), 255)
                draw = ImageDraw.Draw(page)
                pages.append(page)
                y = top
            w = font.getlength(line)
            if is_title:
                x = (width - w) / 2
            elif is_tail:
                x = width - w - 2 * font.size
            draw.text((left + x, y), line, font=font, fill=0)
            if is_tail:
                page.info["seal_at"] = (round(left + width - 2 * font.size - w / 2), y + step // 2)
            y += round(step * 1.25) if is_title else step
    for n, page in enumerate(pages, start=1):  # page numbers, as a printer adds them
        d = ImageDraw.Draw(page)
        label = f"— {n} —"
        d.text(((page_w - body.getlength(label)) / 2, page_h - top + step // 2), label, font=body, fill=0)
    return pages


def stamp(page, text: str = "人民政府") -> None:
    """An official seal (a ring, a star, words) over the issuer's name and the date, in place."""
    from PIL import Image, ImageChops, ImageDraw

    w, h = page.size
    seal = Image.new("L", page.size, 255)  # drawn apart and multiplied in: the text shows through the ink
    d = ImageDraw.Draw(seal)
    r = _px(21)
    cx, cy = page.info.get("seal_at", (w - _px(60), h // 2))
    ink = 150  # a red seal comes out mid-grey on a grey scan
    for k in range(_px(1.2)):
        d.ellipse((cx - r + k, cy - r + k, cx + r - k, cy + r - k), outline=ink)
    star = []
    for j in range(10):  # a five-pointed star: outer and inner points in turn
        radius = r * (0.3 if j % 2 == 0 else 0.12)
        star.append((cx + radius * math.sin(j * math.pi / 5), cy - radius * math.cos(j * math.pi / 5)))
    d.polygon(star, fill=ink)
    f = _font("Noto Sans CJK SC", "Bold", 13)
    d.text((cx - f.getlength(text) / 2, cy + r * 0.4), text, font=f, fill=ink)
    page.paste(ImageChops.multiply(page, seal))


def scan_look(page, rng: random.Random):
    """What a scanner returns for a printed page: grey paper, a skew under half a degree, noise, blur."""
    import numpy as np
    from PIL import Image, ImageFilter

    angle = rng.uniform(-0.45, 0.45)
    skewed = page.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    a = np.asarray(skewed, dtype=np.float32)
    a = 235 - (235 - 25) * (255 - a) / 255  # paper is not white, toner not black
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0, 6, a.shape)
    a = np.clip(a + noise, 0, 255).astype(np.uint8)
    return Image.fromarray(a, "L").filter(ImageFilter.GaussianBlur(0.7))


def image_pdf(pages, quality: int = 50) -> bytes:
    """An image-only PDF: one JPEG image per page, no text layer."""
    buf = io.BytesIO()
    first, *rest = pages
    when = time.gmtime(1742428800)  # 2025-03-20, fixed: the same pages give the same bytes
    first.save(
        buf, "PDF", save_all=True, append_images=rest, resolution=DPI, quality=quality, creationDate=when, modDate=when
    )
    return buf.getvalue()


def rasterise(pdf: bytes, dpi: int = DPI):
    """Every page of a PDF rendered to a grey image with pypdfium2."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return [doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for i in range(len(doc))]
    finally:
        doc.close()


def scanned_pdf(text: str, seed: int = 0, *, with_stamp: bool = True) -> bytes:
    """``text`` printed, stamped on its last page, scanned and saved as an image-only PDF."""
    rng = random.Random(seed)
    pages = print_pages(text)
    if with_stamp:
        stamp(pages[-1])
    return image_pdf([scan_look(p, rng) for p in pages])
