"""Bad input: every unreadable file raises an AnalyzerError subclass with a one-line message.

The bad files are generated here, in tmp_path.  The encrypted .docx is an imitation:
an OLE compound-file header followed by the ``EncryptionInfo`` stream name, which is
what Word's password protection produces and what the reader looks for.
"""

from __future__ import annotations

import io
import random
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from analyzer import ingest
from analyzer.errors import (
    AnalyzerError,
    EmptyDocumentError,
    EncryptedDocumentError,
    IngestError,
    InputNotFoundError,
    InputTooLargeError,
    UnsupportedFormatError,
)
from analyzer.ingest import read_file
from analyzer.ingest.docx import OLE_MAGIC

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _pdf_fixtures import encrypted_pdf_bytes, pdf_bytes

REPORT = "关于2024年法治政府建设情况的报告\n一、主要工作\n全年受理行政复议案件29件。\n"


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _docx_bytes() -> bytes:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph(REPORT)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _zip_bomb(tmp: Path) -> Path:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b" " * (24 * 1024 * 1024))  # 24 MB of spaces: ~24 KB packed
    return _write(tmp / "bomb.docx", buf.getvalue())


def _not_a_word_zip(tmp: Path) -> Path:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("readme.txt", "hello")
    return _write(tmp / "other.docx", buf.getvalue())


def _high_noise(tmp: Path) -> Path:
    rng = random.Random(1)
    return _write(tmp / "noise2.txt", bytes(rng.randrange(0x80, 0x100) for _ in range(300)))


CASES = [
    ("missing path", lambda t: t / "nope.txt", InputNotFoundError, "no such file"),
    ("directory as file", lambda t: t, InputNotFoundError, "is a directory"),
    ("empty file", lambda t: _write(t / "empty.txt", b""), EmptyDocumentError, "empty file"),
    ("only whitespace", lambda t: _write(t / "blank.txt", " \n\u3000\n".encode()), EmptyDocumentError, "no text"),
    ("binary noise .txt", lambda t: _write(t / "noise.txt", random.Random(0).randbytes(4096)), IngestError, "binary"),
    (
        "high bytes without zeros .txt",
        _high_noise,
        IngestError,
        "binary",
    ),
    ("truncated docx", lambda t: _write(t / "cut.docx", _docx_bytes()[:700]), IngestError, "truncated"),
    (
        "password-protected docx",
        lambda t: _write(t / "locked.docx", OLE_MAGIC + bytes(504) + "EncryptionInfo".encode("utf-16-le")),
        EncryptedDocumentError,
        "password",
    ),
    (
        # with LibreOffice installed it fails to convert this junk, without it the file is refused:
        # either way the message holds the command that converts it
        "old .doc",
        lambda t: _write(t / "old.doc", OLE_MAGIC + bytes(600)),
        IngestError,
        "soffice --headless --convert-to docx",
    ),
    (
        "old .doc named .docx",
        lambda t: _write(t / "old.docx", OLE_MAGIC + bytes(600)),
        UnsupportedFormatError,
        "convert-to docx",
    ),
    ("zip bomb docx", _zip_bomb, InputTooLargeError, "zip bomb"),
    ("zip that is not Word", _not_a_word_zip, IngestError, "not a Word document"),
    ("scanned pdf", lambda t: _write(t / "scan.pdf", pdf_bytes(None)), EmptyDocumentError, "no text layer"),
    ("truncated pdf", lambda t: _write(t / "cut.pdf", pdf_bytes(["Report 2024"])[:200]), IngestError, "PDF"),
    (
        "html mostly script",
        lambda t: _write(
            t / "js.html", b"<html><body><script>" + b"var a=1;" * 5000 + b"</script><div id=app></div></body></html>"
        ),
        EmptyDocumentError,
        "script",
    ),
    ("spreadsheet", lambda t: _write(t / "table.xlsx", b"PK\x03\x04"), UnsupportedFormatError, ".xlsx"),
]


@pytest.mark.parametrize(("make", "error", "fragment"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_ingest_bad_input_raises_clear_error(tmp_path, make, error, fragment):
    path = make(tmp_path)
    with pytest.raises(error) as info:
        read_file(path)
    message = str(info.value)
    assert isinstance(info.value, AnalyzerError) and info.value.exit_code == 2
    assert "\n" not in message
    assert fragment in message
    assert str(path) in message


def test_ingest_encrypted_pdf(tmp_path):
    pytest.importorskip("pypdf")
    path = _write(tmp_path / "locked.pdf", encrypted_pdf_bytes(["Report 2024"]))
    with pytest.raises(EncryptedDocumentError, match="encrypted PDF"):
        read_file(path)


def test_ingest_pdf_with_empty_user_password_is_read(tmp_path):
    pytest.importorskip("pypdf")
    path = _write(tmp_path / "open.pdf", encrypted_pdf_bytes(["Report 2024"], password=""))
    assert read_file(path).text == "Report 2024"


def test_ingest_file_over_size_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 1000)
    path = _write(tmp_path / "big.txt", REPORT.encode() * 100)
    with pytest.raises(InputTooLargeError, match="limit"):
        read_file(path)


def test_ingest_invalid_utf8_in_the_middle_is_read_and_recorded(tmp_path):
    body = REPORT * 30
    data = body[:50].encode() + b"\xc3\x28" + body[50:].encode()
    doc = read_file(_write(tmp_path / "bad.txt", data))
    assert doc.source.encoding == "utf-8"
    assert doc.text.count("\ufffd") == 1
    assert dict(doc.hints)["decode_errors"].startswith("1 invalid UTF-8")


def test_ingest_docx_merged_cells_keep_the_grid(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    t = d.add_table(rows=2, cols=3)
    t.cell(0, 0).merge(t.cell(0, 2)).text = "标题行"
    t.cell(1, 0).text, t.cell(1, 1).text, t.cell(1, 2).text = "甲", "1", "2"
    d.save(str(tmp_path / "m.docx"))
    (table,) = read_file(tmp_path / "m.docx").tables
    assert [[c.text for c in r] for r in table.rows] == [["标题行", "", ""], ["甲", "1", "2"]]


def test_cli_prints_one_line_for_bad_input(tmp_path):
    path = _write(tmp_path / "scan.pdf", pdf_bytes(None))
    r = subprocess.run(
        [sys.executable, "-m", "analyzer", "analyze", str(path)], capture_output=True, text=True, check=False
    )
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "no text layer" in r.stderr


# The memory bound of reading a text file (analyzer/ingest/__init__.py).  Checked on a 50 MB file in a child
# process: its peak RSS, minus its start-up size, must stay under 4x the file size.  Measured with VmHWM:
# +125 MB, 2.5x, since reading counts characters and converts full-width runs a piece at a time and drops each
# whole string once it is split (311-314 MB, 6.2-6.3x, before: clean_text held the decoded, repaired and
# normalised strings and the split lines at once).  The peak is the child's VmHWM, not ru_maxrss, which Linux carries over fork and exec
# from the parent (tests/robustness/test_big_document.py): read that way the growth was the child's peak minus
# the pytest process's (295 MB alone, less after a bigger parent), which is how the earlier "about 4.5x" read low.
_BIG_CHILD = textwrap.dedent(
    """
    import sys
    import analyzer.ingest as ingest
    def peak():
        with open("/proc/self/status", encoding="ascii") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmHWM:")) * 1024
    base = peak()
    doc = ingest.read_file(sys.argv[1])
    print(len(doc.text), peak() - base)
    """
)


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="the child reads its peak RSS from /proc (Linux)")
def test_ingest_50mb_text_within_memory_bound(tmp_path):
    para = "（一）强化法治学习。全年受理行政复议案件２９件，纠错率５８．６％。\n"
    chunk = ("一、主要工作\n" + para * 50).encode("utf-8")
    path = tmp_path / "big.txt"
    with path.open("wb") as f:
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            f.write(chunk)
    size = path.stat().st_size
    r = subprocess.run(
        [sys.executable, "-c", _BIG_CHILD, str(path)], capture_output=True, text=True, timeout=300, check=False
    )
    assert r.returncode == 0, r.stderr
    n_chars, used = map(int, r.stdout.split())
    assert n_chars > 15_000_000
    assert used < 4 * size, f"{used / 2**20:.0f} MB used for a {size / 2**20:.0f} MB file"
