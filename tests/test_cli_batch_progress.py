"""The batch's progress bar shows at once, and its summary counts every file it was given."""

from __future__ import annotations

import subprocess
import sys

from analyzer.corpus import run_batch

REPORT = "关于2024年{r}法治政府建设情况的报告\n一、主要工作\n全年受理行政复议案件{n}件。\n二、存在的不足\n有待加强。\n"


def test_batch_cli_module_does_not_import_the_corpus_before_the_bar():
    """The slow imports (duckdb, pyarrow, the pipeline) come after the bar is on screen."""
    code = "import sys, analyzer.cli.batch; print(sorted(m for m in ('analyzer.corpus', 'duckdb', 'pyarrow') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_rich_bar_is_shown_before_the_total_is_known():
    from analyzer.cli.batch import _RichProgress

    bar = _RichProgress()
    with bar:
        (task,) = bar.bar.tasks
        assert task.total is None and task.fields["rate"] == "starting"
        assert bar.bar.live.is_started


def test_run_batch_reports_the_total_before_the_first_document(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, n in (("a.txt", 1), ("b.txt", 2), ("c.txt", 1)):
        (folder / name).write_text(REPORT.format(r="甲区" if n == 1 else "乙区", n=n), encoding="utf-8")
    (folder / "notes.json").write_text("{}", encoding="utf-8")
    (folder / ".hidden.txt").write_text("x", encoding="utf-8")
    seen = []
    summary = run_batch([folder], tmp_path / "c.duckdb", workers=1, progress=seen.append, cross_document=False)
    assert (seen[0].done, seen[0].total) == (0, 2)  # before any worker started; c.txt duplicates a.txt
    assert [p.done for p in seen[1:]] == [1, 2]
    assert summary.files == 3 == summary.added + summary.skipped + summary.duplicates + summary.failed
    assert summary.ignored == {".json": 1}
