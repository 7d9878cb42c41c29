"""The instruction-count benchmark's choice of reports (the counting itself needs valgrind and minutes: a benchmark)."""

from __future__ import annotations

from benchmarks.bench_instructions import _IREFS, reports


def test_every_nth_report_of_both_folders_in_path_order(tmp_path):
    for sub, names in (("national", ["2001", "2002", "2003"]), ("provincial_2026", ["甲", "乙"])):
        (tmp_path / sub).mkdir()
        for n in names:
            (tmp_path / sub / f"{n}.txt").write_text("报告", encoding="utf-8")
    (tmp_path / "seed").mkdir()
    (tmp_path / "seed" / "other.txt").write_text("不是政府工作报告", encoding="utf-8")
    got = reports(tmp_path, 2)
    assert [p.rsplit("/", 1)[1] for p in got] == ["2001.txt", "2003.txt", "甲.txt"]
    assert reports(tmp_path / "missing", 1) == []


def test_the_count_is_read_from_valgrinds_summary():
    assert _IREFS.search("==1== \n==1== I   refs:      1,234,567,890\n").group(1) == "1,234,567,890"
    assert _IREFS.search("==1== error") is None
