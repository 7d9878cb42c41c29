"""Bytes to text: detect the encoding, never guess silently.

Order: a byte-order mark (UTF-8, UTF-16, UTF-32) decides; UTF-16 without a BOM is
recognised by its zero bytes; then strict UTF-8; then GB18030 (a superset of GBK
and GB2312, the usual encoding of Chinese text that is not UTF-8); then
charset-normalizer.  Whatever is chosen must look like text (few control or
unassigned characters), otherwise the input is refused as binary.

Invalid bytes inside a UTF-8 text (a damaged copy, a mixed-up paste): when they
are rare (at most 1 in 100 non-ASCII bytes) the text is read as UTF-8, each bad
byte becomes U+FFFD where it stood, and a hint ``("decode_errors", ...)`` says how
many and where the first is.  Nothing is dropped without a mark.  More bad bytes
than that means another encoding, and the steps above go on.
"""

from __future__ import annotations

import codecs
import unicodedata

import charset_normalizer

from ..errors import IngestError

Hints = tuple[tuple[str, str], ...]

# at most this share of invalid bytes among the non-ASCII bytes of "UTF-8 with damage"
_MAX_BAD_UTF8_SHARE = 0.01
# at most this share of control/unassigned/private characters in something called text
_MAX_NOISE_SHARE = 0.02
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _noise_share(text: str) -> float:
    """Share of characters that text does not contain: controls, unassigned, private use, U+FFFD."""
    sample = text[:200_000]
    if not sample:
        return 0.0
    bad = 0
    for ch in sample:
        if ch in "\n\r\t\f\v":
            continue
        if ch == "\ufffd" or unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs"):
            bad += 1
    return bad / len(sample)


def _utf16_without_bom(data: bytes) -> str | None:
    head = data[:4096]
    if len(head) < 4 or len(data) % 2:
        return None
    even_zero = head[0::2].count(0) / (len(head) / 2)
    odd_zero = head[1::2].count(0) / (len(head) / 2)
    # ASCII-heavy UTF-16 has a zero in every other byte; Chinese UTF-16 has few zeros,
    # so only the clear ASCII-ish case is taken here (the rest goes to charset-normalizer)
    if odd_zero > 0.3 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.3 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def _damaged_utf8(data: bytes, first_bad: int) -> tuple[str, Hints] | None:
    """Read as UTF-8 with U+FFFD for rare bad bytes, or None when they are not rare."""
    non_ascii = len(data) - len(data.translate(None, bytes(range(0x80, 0x100))))
    text = data.decode("utf-8", errors="replace")
    # Python writes one U+FFFD per maximal invalid sequence; U+FFFD already in the data is not counted
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    if bad < 1 or bad > max(1, _MAX_BAD_UTF8_SHARE * non_ascii):
        return None
    line = data.count(b"\n", 0, first_bad) + 1
    note = f"{bad} invalid UTF-8 sequence(s) replaced by U+FFFD, the first at byte {first_bad} (line {line})"
    return text, (("decode_errors", note),)


def decode_bytes(data: bytes, name: str = "input") -> tuple[str, str, Hints]:
    """The text of ``data``, the encoding used, and hints (decode errors).  Raises IngestError."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data[len(bom) :].decode(enc.replace("-sig", "")), enc, name), enc, ()
            except UnicodeDecodeError as exc:
                raise IngestError(f"{name}: starts with a {enc} byte-order mark but is not valid {enc}") from exc
    enc16 = _utf16_without_bom(data)
    if enc16:
        try:
            return _checked(data.decode(enc16), enc16, name), enc16, ()
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:65536]:
        raise IngestError(f"{name}: contains zero bytes: binary data, not a text file")
    try:
        return _checked(data.decode("utf-8"), "utf-8", name), "utf-8", ()
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    damaged = _damaged_utf8(data, first_bad)
    if damaged:
        return _checked(damaged[0], "utf-8", name), "utf-8", damaged[1]
    try:
        return _checked(data.decode("gb18030"), "gb18030", name), "gb18030", ()
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data[:2_000_000]).best()
    if best is not None and best.encoding:
        enc = best.encoding
        try:
            return _checked(data.decode(enc), enc, name), enc, ()
        except (UnicodeDecodeError, LookupError):
            pass
    raise IngestError(f"{name}: not text in any encoding we can detect (binary data?)")


def _checked(text: str, enc: str, name: str) -> str:
    share = _noise_share(text)
    if share > _MAX_NOISE_SHARE:
        raise IngestError(
            f"{name}: does not look like text ({share:.0%} control or unassigned characters as {enc}): binary data?"
        )
    return text
