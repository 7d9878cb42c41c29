import json
import subprocess
import sys

import pytest


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "analyzer", *args], capture_output=True, text=True, cwd=cwd)


def test_cli_help_lists_commands():
    r = run("--help")
    assert r.returncode == 0
    for cmd in ("analyze", "check"):
        assert cmd in r.stdout


@pytest.mark.parametrize("cmd", ["analyze", "check"])
def test_cli_missing_file_is_one_line_exit_2(cmd, tmp_path):
    r = run(cmd, str(tmp_path / "nope.txt"))
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_cli_analyze_json_has_schema(tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("关于2024年法治政府建设情况的报告\n一、主要工作\n全年受理行政复议案件29件。\n", encoding="utf-8")
    r = run("analyze", str(p), "--format", "json")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["schema_version"] == "2"
    assert set(d) == {
        "schema_version",
        "source",
        "meta",
        "text",
        "headings",
        "sections",
        "metrics",
        "findings",
        "verified",
        "relations",
        "tables",
    }
    assert d["source"]["sha256"] and len(d["source"]["sha256"]) == 64


def test_cli_check_jsonl_one_line_per_file(tmp_path):
    paths = []
    for i in range(2):
        p = tmp_path / f"r{i}.txt"
        p.write_text(f"报告{i}\n一、情况\n共{i + 3}件。\n", encoding="utf-8")
        paths.append(str(p))
    r = run("check", *paths, "--format", "jsonl")
    assert r.returncode in (0, 1), r.stderr
    lines = r.stdout.strip().splitlines()
    assert len(lines) == 2
    assert [json.loads(x)["source"]["path"] for x in lines] == paths


def test_cli_check_bad_input_in_list_goes_on(tmp_path):
    good = tmp_path / "g.txt"
    good.write_text("报告\n一、情况\n", encoding="utf-8")
    r = run("check", str(tmp_path / "missing.txt"), str(good), "--format", "jsonl")
    assert r.returncode == 2
    assert len(r.stdout.strip().splitlines()) == 1
    assert "missing.txt" in r.stderr


def test_cli_check_internal_error_on_one_file_keeps_the_others(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    import analyzer.cli.check as check_mod
    from analyzer.cli import app

    real = check_mod.analyze_file
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    for p in (good, bad):
        p.write_text("报告\n一、情况\n受理案件3件。\n", encoding="utf-8")

    def flaky(path, settings):
        if path.name == "bad.txt":
            raise RuntimeError("boom")
        return real(path, settings)

    monkeypatch.setattr(check_mod, "analyze_file", flaky)
    r = CliRunner().invoke(app, ["check", str(bad), str(good), "--format", "jsonl"])
    assert r.exit_code == 2
    assert "internal error on" in r.output and "boom" in r.output
    assert '"path": "' + str(good) + '"' in r.output
