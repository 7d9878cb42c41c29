""".doc (and .wps/.rtf/.odt) files: converted through LibreOffice, or refused with the command.

A stand-in ``soffice`` (a small Python script put first on PATH) writes a .docx the way
LibreOffice does, so the plumbing is tested without LibreOffice; the slow test converts a
real .doc with the real one (``.ci/run`` installs it).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import SAMPLES

from analyzer import analyze_file
from analyzer.errors import IngestError, UnsupportedFormatError
from analyzer.ingest import read_file
from analyzer.ingest.docx import OLE_MAGIC

REPORT = "关于2024年某区法治政府建设情况的报告\n一、主要工作\n全年受理行政复议案件29件，纠错率58.6%。\n二、存在的不足\n队伍建设有待加强。\n"

# writes OUTDIR/<stem>.docx holding the text after the OLE magic of the input, as LibreOffice's CLI does
FAKE_SOFFICE = textwrap.dedent(
    f"""\
    #!{sys.executable}
    import sys, pathlib, docx
    args = sys.argv[1:]
    if "--fail" in open(__file__).read().split("FLAGS:")[-1]:
        sys.stderr.write("Error: source file could not be loaded\\n"); sys.exit(1)
    out = pathlib.Path(args[args.index("--outdir") + 1])
    src = pathlib.Path(args[-1])
    assert "--headless" in args and args[args.index("--convert-to") + 1] == "docx"
    assert any(a.startswith("-env:UserInstallation=file://") for a in args)
    out.mkdir(parents=True, exist_ok=True)
    d = docx.Document()
    for line in src.read_bytes()[8:].decode("utf-8").splitlines():
        d.add_paragraph(line)
    d.save(str(out / (src.stem + ".docx")))
    # FLAGS:
    """
)


def _fake_office(folder: Path, fail: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    exe = folder / "soffice"
    exe.write_text(FAKE_SOFFICE + ("--fail\n" if fail else ""), encoding="utf-8")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    return folder


def _doc(path: Path, text: str = REPORT) -> Path:
    path.write_bytes(OLE_MAGIC + text.encode("utf-8"))
    return path


def test_doc_without_libreoffice_names_the_command(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    path = _doc(tmp_path / "old report.doc")
    with pytest.raises(UnsupportedFormatError) as info:
        read_file(path)
    message = str(info.value)
    assert "\n" not in message and "no `soffice` on PATH" in message
    assert f"soffice --headless --convert-to docx --outdir {tmp_path} '{path}'" in message


def test_doc_is_converted_through_soffice(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(_fake_office(tmp_path / "bin")))
    path = _doc(tmp_path / "old.doc")
    doc = read_file(path)
    assert doc.text.startswith("关于2024年某区法治政府建设情况的报告\n一、主要工作")
    assert doc.source.format == "docx" and ("converted_from", "doc") in doc.hints
    assert doc.source.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()  # the file given, not the conversion
    assert not list(tmp_path.glob("*.docx"))  # nothing written next to the user's file
    assert "全年受理行政复议案件29件，纠错率58.6%。" in doc.text


def test_doc_conversion_failure_is_one_line_with_the_command(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(_fake_office(tmp_path / "bin", fail=True)))
    path = _doc(tmp_path / "old.doc")
    with pytest.raises(IngestError, match=r"could not convert it \(Error: source file could not be loaded\)") as info:
        read_file(path)
    assert "soffice --headless --convert-to docx" in str(info.value)


@pytest.mark.slow
def test_real_libreoffice_converts_a_doc(tmp_path):
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice is not installed (.ci/run installs libreoffice-writer)")
    sample = sorted(SAMPLES.glob("*.docx"))[0]
    # a real .doc made from a sample's .docx (LibreOffice writes the old binary format)
    subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'p').as_uri()}", "--headless", "--convert-to", "doc",
         "--outdir", str(tmp_path), str(sample)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    path = tmp_path / (sample.stem + ".doc")
    assert path.read_bytes().startswith(OLE_MAGIC)
    converted = analyze_file(path)
    original = analyze_file(sample)
    assert [(m.value, m.unit) for m in converted.metrics] == [(m.value, m.unit) for m in original.metrics]
    assert [h.title for h in converted.headings] == [h.title for h in original.headings]


# --- batch -------------------------------------------------------------------------------


def _batch(folder: Path, db: Path, path_env: str, *inputs: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PATH": path_env}
    return subprocess.run(
        [sys.executable, "-m", "analyzer", "batch", *(inputs or (str(folder),)), "--db", str(db), "--workers", "1"],
        capture_output=True, text=True, timeout=300, env=env,
    )  # fmt: skip


@pytest.fixture
def folder(tmp_path):
    f = tmp_path / "in"
    f.mkdir()
    for name, n in (("a.txt", 29), ("b.txt", 40)):
        (f / name).write_text(REPORT.replace("29件", f"{n}件"), encoding="utf-8")
    (f / "c.txt").write_text(REPORT.replace("29件", "29件"), encoding="utf-8")  # same content as a.txt
    _doc(f / "d.doc", REPORT.replace("29件", "51件"))
    (f / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a report")
    return f


@pytest.mark.slow
def test_batch_accounts_for_every_file_without_libreoffice(folder, tmp_path):
    r = _batch(folder, tmp_path / "c.duckdb", str(tmp_path / "empty"))
    assert r.returncode == 0, r.stderr
    # 4 files to read: 2 added, 1 duplicate, 1 error (the .doc), and the photo counted as not read
    assert r.stdout.startswith("batch: 4 files: 2 added, 0 already in the database, 1 duplicate, 1 error"), r.stdout
    assert "not read: 1 other file" in r.stdout and ".jpg 1" in r.stdout
    assert f"soffice --headless --convert-to docx --outdir {folder} {folder / 'd.doc'}" in r.stdout
    assert "hint: 1 file need LibreOffice" in r.stdout


@pytest.mark.slow
def test_batch_converts_doc_files_and_a_doc_glob(folder, tmp_path):
    fake = str(_fake_office(tmp_path / "bin"))
    r = _batch(folder, tmp_path / "c.duckdb", fake)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("batch: 4 files: 3 added, 0 already in the database, 1 duplicate, 0 errors"), r.stdout
    g = _batch(folder, tmp_path / "g.duckdb", str(tmp_path / "empty"), str(folder / "*.doc"))
    assert g.returncode == 0, g.stderr
    assert g.stdout.startswith("batch: 1 files: 0 added, 0 already in the database, 0 duplicates, 1 error"), g.stdout
    assert "soffice --headless --convert-to docx" in g.stdout
