"""notebooks/corpus_tour.ipynb runs top to bottom unattended, and is committed without outputs."""

from __future__ import annotations

import importlib.util
import json

import pytest
from conftest import REAL, REPO

NOTEBOOK = REPO / "notebooks" / "corpus_tour.ipynb"
CHARTS = ("indicator_by_region.png", "indicator_by_year.png", "findings_by_rule.png", "targets_vs_results.png")


def test_notebook_committed_without_outputs():
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code
    assert all(c["outputs"] == [] and c["execution_count"] is None for c in code), "clear the outputs before committing"


@pytest.mark.slow
def test_notebook_corpus_tour_runs_unattended(tmp_path, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("matplotlib")
    assert importlib.util.find_spec("analyzer.corpus") is not None, "analyzer.corpus (the DuckDB corpus) is missing"
    out = tmp_path / "tour"
    monkeypatch.setenv("GOVREPORT_TOUR_OUT", str(out))
    monkeypatch.setenv("GOVREPORT_TOUR_MAX_FILES", "3")  # per folder of real reports: keeps the run short
    monkeypatch.setenv("GOVREPORT_REAL", str(REAL))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    client.execute()  # raises CellExecutionError, naming the cell, when one fails
    assert (out / "corpus.duckdb").is_file() and (out / "corpus.html").is_file()
    assert (out / "findings_by_rule.png").is_file() or "no findings" in _stdout(nb)
    if REAL.is_dir():  # the real reports give regions and years to plot
        for chart in CHARTS:
            assert (out / chart).stat().st_size > 10_000, chart
    assert not list(NOTEBOOK.parent.glob("*.png")), "charts go under the output folder, not next to the notebook"


def _stdout(nb) -> str:
    return "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs)
