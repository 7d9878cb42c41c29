"""Training on a user's labelled sections: the JSONL format, the model card, govreport train/evaluate."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from analyzer import classify, ingest, outline
from analyzer.errors import ConfigError
from analyzer.settings import Settings
from analyzer.training.dataset import load_dataset
from analyzer.training.train import train
from analyzer.types import Genre

# short sections in the style of 法治政府建设年度报告, varied by document
_UNITS = ["区司法局", "县人民政府", "市市场监管局", "区人民政府", "镇人民政府", "市生态环境局", "县教育局", "区卫健委"]
_PARTS = [
    (
        "duty",
        "主要负责人履行推进法治建设第一责任人职责情况",
        "{u}主要负责人认真履行第一责任人职责，召开党组会议{n}次专题研究法治建设，带头讲法治课。",
    ),
    (
        "measures",
        "推进法治政府建设的主要举措和成效",
        "（一）严格规范执法\n{u}全年办理行政执法案件{n}件，开展案卷评查。\n（二）化解行政争议\n办理行政复议案件{n}件。",
    ),
    (
        "shortcomings",
        "存在的不足和原因",
        "{u}法治建设仍存在一些短板：一是执法人员力量不足，二是学法用法不够深入，原因在于重视程度不够。",
    ),
    (
        "plans",
        "下一年度推进法治政府建设的主要安排",
        "下一步，{u}将继续深化法治学习，计划开展培训{n}次，推进执法规范化建设，力争取得新成效。",
    ),
]


def _write_data(path: Path, n_docs: int = 12) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for d in range(n_docs):
            u = _UNITS[d % len(_UNITS)]
            for i, (cat, title, body) in enumerate(_PARTS):
                heading = title if d % 3 else f"第{'一二三四'[i]}部分"  # a third of the documents hide the titles
                rec = {
                    "doc": f"user{d}",
                    "genre": "fazhi_annual",
                    "heading": heading,
                    "text": body.format(u=u, n=d + i + 3),
                    "category": cat,
                    "topics": ["enforcement", "disputes"] if cat == "measures" else [],
                    "position": i,
                    "n_parts": len(_PARTS),
                }
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("train")
    data = tmp / "mine.jsonl"
    _write_data(data)
    result = train([data], tmp / "mine.skops", real=tmp / "no-real")
    return data, result


def test_classify_train_writes_model_and_card(trained):
    data, result = trained
    assert result.model_path.is_file()
    md, js = result.card_paths
    assert md.name == "mine.card.md" and js.name == "mine.card.json"
    card = json.loads(js.read_text(encoding="utf-8"))
    assert card["data_sha256"] == load_dataset([data]).sha256()
    assert card["dataset"]["top_level"] == 48
    assert card["labels"]["fazhi_annual"] == ["duty", "measures", "shortcomings", "plans", "other"]
    assert {"scikit-learn", "skops", "numpy"} <= set(card["libraries"])
    fazhi = card["cv"]["by_genre"]["fazhi_annual"]
    assert len(fazhi["confusion"]["matrix"]) == 5
    assert fazhi["macro_f1"] > 0.8  # four well-separated parts
    assert "macro-F1" in md.read_text(encoding="utf-8")


def test_classify_user_model_is_used_by_settings(trained):
    _, result = trained
    text = ingest.from_text(
        "报告\n\n一、第一部分\n局主要负责人履行第一责任人职责，召开党组会议5次。\n"
        "二、第二部分\n（一）严格规范执法\n全年办理行政执法案件20件。\n"
        "三、第三部分\n仍存在短板：执法人员力量不足，原因在于重视程度不够。\n"
        "四、第四部分\n下一步，计划开展培训3次，力争取得新成效。\n"
    ).text
    sections = outline.build_sections(text, outline.find_headings(text))
    out = classify.classify_sections(text, sections, Genre.FAZHI_ANNUAL, Settings(model_path=result.model_path))
    top = [s for s in out if s.level == 1]
    assert [s.category for s in top] == ["duty", "measures", "shortcomings", "plans"]
    assert all(s.confidence is not None for s in top)


def test_classify_train_rejects_bad_labels(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        json.dumps(
            {
                "doc": "x",
                "genre": "fazhi_annual",
                "heading": "h",
                "text": "t",
                "category": "review",
                "position": 0,
                "n_parts": 1,
            },
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=r"bad\.jsonl:1"):
        load_dataset([bad])
    with pytest.raises(ConfigError, match="not found"):
        load_dataset([tmp_path / "missing.jsonl"])


def test_classify_references_are_skipped_without_real_reports(tmp_path):
    ref = {
        "ref": "seed/x.txt",
        "doc": "real:seed/x.txt",
        "genre": "fazhi_annual",
        "level": 1,
        "index": 0,
        "n_parts": 4,
        "heading_start": 0,
        "heading_end": 5,
        "end": 50,
        "heading_sha1": "0" * 12,
        "category": "duty",
        "topics": [],
    }
    refs = tmp_path / "refs.jsonl"
    refs.write_text(json.dumps(ref) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="no labelled sections"):
        load_dataset([refs], real=tmp_path / "absent")


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analyzer", *args], check=False, capture_output=True, text=True)


def test_classify_cli_evaluate_prints_per_class_scores(trained):
    from typer.testing import CliRunner

    from analyzer.cli import app

    data, result = trained
    r = CliRunner().invoke(app, ["evaluate", "--model", str(result.model_path), "--data", str(data)])
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert any(line.startswith("fazhi_annual:shortcomings") for line in lines)
    assert "precision" in r.stdout and "macro avg" in r.stdout


def test_classify_cli_bad_model_is_one_line_exit_2(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("关于2024年法治政府建设情况的报告\n一、主要举措和成效\n全年办理案件5件。\n", encoding="utf-8")
    r = _cli("analyze", str(report), "--model", str(tmp_path / "none.skops"))
    assert r.returncode == 2
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
