"""The wheel carries what an installed copy needs: the section model, the data files, the type marker.

The slow test builds the wheel from a copy of the sources (offline: ``--no-build-isolation``
with the running environment's setuptools), installs it with ``--no-deps`` into a fresh
virtual environment that sees the running environment's packages through a ``.pth`` file,
and analyses a report from outside the repository: the sections must carry the model's
confidences and stderr must not carry the keyword-fallback warning.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from conftest import REPO, SAMPLES, SEED

from analyzer import classify

FALLBACK_WORDS = "no section model"


def _report() -> Path:
    if SEED.is_file():
        return SEED
    return sorted(SAMPLES.glob("*.txt"))[0]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, src / name)
    shutil.copytree(REPO / "analyzer", src / "analyzer", ignore=shutil.ignore_patterns("__pycache__"))
    dist = tmp_path_factory.mktemp("dist")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-q",
            "-w",
            dist,
            src,
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    (path,) = dist.glob("govreport_analyzer-*.whl")
    return path


@pytest.mark.slow
def test_wheel_contains_the_model_the_data_and_py_typed(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "analyzer/models/section_classifier.skops",
        "analyzer/models/MODEL_CARD.md",
        "analyzer/models/model_card.json",
        "analyzer/py.typed",
        "analyzer/data/web_chrome.txt",
        "analyzer/render/templates/report.html.j2",
    ):
        assert required in names, f"{required} missing from {wheel.name}"
    # every data file of the source tree is in the wheel
    for f in (REPO / "analyzer" / "data").iterdir():
        if f.is_file() and f.suffix != ".py":
            assert f"analyzer/data/{f.name}" in names, f"analyzer/data/{f.name} missing from {wheel.name}"


@pytest.mark.slow
def test_installed_wheel_classifies_with_the_model(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", venv], check=True, timeout=120)
    py = venv / "bin" / "python"
    purelib = Path(
        subprocess.check_output(
            [py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True
        ).strip()
    )
    # the running environment's dependencies, without its (editable) analyzer: a .pth line adds a path,
    # it does not run that directory's own .pth files (so no editable finder comes along)
    (purelib / "_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    # no PYTHONPATH for pip either: with the repository on it, pip takes the editable copy for the wheel's
    # installed version and installs nothing ("already installed with the same version")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", py, "install", "--no-deps", "--no-index", "-q", wheel],
        check=True,
        capture_output=True,
        env=env,
        timeout=300,
    )
    where = subprocess.check_output(
        [py, "-c", "import analyzer; print(analyzer.__file__)"], cwd=tmp_path, env=env, text=True
    )
    assert Path(where.strip()).is_relative_to(venv), f"analyzer imported from {where} (not the installed wheel)"
    run = subprocess.run(
        [py, "-m", "analyzer", "analyze", _report(), "--format", "json"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert FALLBACK_WORDS not in run.stderr
    report = json.loads(run.stdout)
    top = [s for s in report["sections"] if s["level"] == 1]
    assert top, "no top-level sections"
    assert all(s["confidence"] is not None for s in top), [(s["heading"], s["confidence"]) for s in top]


def test_keyword_fallback_warns_once_per_process(monkeypatch, caplog):
    from analyzer import ingest, outline
    from analyzer.settings import Settings
    from analyzer.types import Genre

    monkeypatch.setattr(classify, "default_model_path", lambda: None)
    monkeypatch.setattr(classify, "_warned", [False])
    text = ingest.from_text("一、主要举措\n我们做了很多工作。\n二、存在的不足\n问题仍然存在。\n").text
    sections = outline.build_sections(text, outline.find_headings(text))
    with caplog.at_level("WARNING", logger="analyzer.classify"):
        for _ in range(3):
            classify.classify_sections(text, sections, Genre.FAZHI_ANNUAL, Settings())
    lines = [r.getMessage() for r in caplog.records if FALLBACK_WORDS in r.getMessage()]
    assert len(lines) == 1 and "\n" not in lines[0]


def test_no_fallback_warning_with_the_shipped_model(monkeypatch, caplog):
    from analyzer import ingest, outline
    from analyzer.settings import Settings
    from analyzer.types import Genre

    monkeypatch.setattr(classify, "_warned", [False])
    text = ingest.from_text("一、主要举措\n我们做了很多工作。\n二、存在的不足\n问题仍然存在。\n").text
    sections = outline.build_sections(text, outline.find_headings(text))
    with caplog.at_level("WARNING", logger="analyzer.classify"):
        classify.classify_sections(text, sections, Genre.FAZHI_ANNUAL, Settings())
    assert not [r for r in caplog.records if FALLBACK_WORDS in r.getMessage()]


def test_keyword_fallback_warning_reaches_stderr_as_one_line(tmp_path):
    """Without the model file (a package copy without it), the CLI says so once on stderr."""
    src = tmp_path / "pkg"
    shutil.copytree(REPO / "analyzer", src / "analyzer", ignore=shutil.ignore_patterns("__pycache__", "*.skops"))
    report = tmp_path / "r.txt"
    report.write_text(
        "关于2024年法治政府建设情况的报告\n一、主要举措\n我们做了很多工作。\n二、存在的不足\n问题仍然存在。\n",
        encoding="utf-8",
    )
    env = {**os.environ, "PYTHONPATH": str(src)}
    run = subprocess.run(
        [sys.executable, "-m", "analyzer", "analyze", report],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    warned = [line for line in run.stderr.splitlines() if FALLBACK_WORDS in line]
    assert len(warned) == 1, run.stderr
