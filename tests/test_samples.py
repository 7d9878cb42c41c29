"""The sample corpus: its annotation files are valid, and the analyser agrees with them.

Two groups of tests:

- ``test_samples_annotation_*`` / ``test_samples_corpus_*`` check the corpus
  itself (every annotated figure, heading and slip can be found in the sample;
  the numbers in the info-disclosure tables balance exactly where no slip is
  documented; the published files are a fresh build of the sources).
- ``test_samples_golden_*`` run ``analyzer.analyze_file`` on every sample and
  compare headings, figures, meta, section categories and findings with the
  annotations.

``tests/sample_scores.py`` prints precision and recall of the extracted figures.
"""

from __future__ import annotations

import sys
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
from sample_scores import (
    BASES,
    GENRE_CATEGORIES,
    KINDS,
    QUALIFIERS,
    RULES,
    SAMPLES,
    annotation_files,
    attribute_diffs,
    load,
    match_figures,
    plain_text,
    sample_path,
    score,
)

REPO = Path(__file__).resolve().parent.parent
ANN_FILES = annotation_files()
IDS = [p.name.removesuffix(".annotations.json") for p in ANN_FILES]
FORMATS = {".txt", ".docx", ".html"}


@cache
def _ann(path: Path) -> dict:
    return load(path)


@cache
def _plain(path: Path) -> str:
    return plain_text(path)


def _heading_line(h: dict) -> str:
    return f"{h['label']}、{h['title']}" if h["level"] == 1 else f"（{h['label']}）{h['title']}"


# --- the corpus and its annotations ------------------------------------------


def test_samples_corpus_every_sample_is_annotated():
    outputs = {p.name for p in SAMPLES.iterdir() if p.suffix in FORMATS}
    annotated = {_ann(p)["file"] for p in ANN_FILES}
    assert outputs == annotated
    assert len(outputs) >= 8


def test_samples_corpus_covers_genres_formats_and_slips():
    anns = [_ann(p) for p in ANN_FILES]
    genres = Counter(a["genre"] for a in anns)
    assert genres["fazhi_annual"] >= 3 and genres["gov_work_report"] >= 2 and genres["info_disclosure_annual"] >= 2
    formats = Counter(Path(a["file"]).suffix for a in anns)
    assert formats[".docx"] >= 2 and formats[".html"] >= 2 and formats[".txt"] >= 2
    assert sum(1 for a in anns if not a["slips"]) >= 3, "at least three clean samples"
    assert sum(1 for a in anns if a["slips"]) >= 3, "at least three samples with deliberate slips"


def test_samples_corpus_outputs_are_a_fresh_build():
    sys.path.insert(0, str(REPO / "corpora"))
    try:
        import build_samples
    finally:
        sys.path.remove(str(REPO / "corpora"))
    assert build_samples.main(["--check"]) == 0, "run corpora/build_samples.py"


@pytest.mark.parametrize("ann_path", ANN_FILES, ids=IDS)
def test_samples_corpus_source_length(ann_path):
    src = REPO / "corpora" / "sources" / (ann_path.name.removesuffix(".annotations.json") + ".txt")
    text = "".join(src.read_text(encoding="utf-8").split())
    assert 1500 <= len(text) <= 6000


@pytest.mark.parametrize("ann_path", ANN_FILES, ids=IDS)
def test_samples_annotation_schema(ann_path):
    a = _ann(ann_path)
    assert {"file", "genre", "year", "region", "title", "headings", "sections", "figures", "slips"} <= set(a)
    assert a["genre"] in GENRE_CATEGORIES
    assert isinstance(a["year"], int) and 2000 <= a["year"] <= 2030
    assert a["region"] and a["title"]
    for h in a["headings"]:
        assert h["level"] in (1, 2, 3, 4) and h["label"] and h["title"], h
    for s in a["sections"]:
        assert s["category"] in GENRE_CATEGORIES[a["genre"]], s
    for f in a["figures"]:
        assert f["kind"] in KINDS, f
        assert isinstance(f["value"], (int, float)) and not isinstance(f["value"], bool), f
        assert f["unit"], f
        assert f["qualifier"] in QUALIFIERS, f
        assert f["basis"] in BASES, f
        assert f["indicator"] is None or "." in f["indicator"], f
        assert f["text"] in f["context"], f
    for slip in a["slips"]:
        assert slip["rule"] in RULES, slip
        assert slip["description"] and slip["evidence"], slip


@pytest.mark.parametrize("ann_path", ANN_FILES, ids=IDS)
def test_samples_annotation_figures_occur_once_in_text(ann_path):
    a = _ann(ann_path)
    text = _plain(sample_path(ann_path, a))
    bad = [f["context"] for f in a["figures"] if text.count(f["context"]) != 1]
    assert not bad, f"contexts missing or ambiguous: {bad}"


@pytest.mark.parametrize("ann_path", ANN_FILES, ids=IDS)
def test_samples_annotation_figures_are_in_text_order(ann_path):
    a = _ann(ann_path)
    text = _plain(sample_path(ann_path, a))
    positions = [text.find(f["context"]) + f["context"].find(f["text"]) for f in a["figures"]]
    assert positions == sorted(positions)


@pytest.mark.parametrize("ann_path", ANN_FILES, ids=IDS)
def test_samples_annotation_headings_and_sections_exist(ann_path):
    a = _ann(ann_path)
    lines = [line.strip() for line in _plain(sample_path(ann_path, a)).splitlines()]
    for h in a["headings"]:
        assert any(line.startswith(_heading_line(h)) for line in lines), h
    top = [(h["label"], h["title"]) for h in a["headings"] if h["level"] == 1]
    assert [(s["label"], s["title"]) for s in a["sections"]] == top


@pytest.mark.parametrize("ann_path", ANN_FILES, ids=IDS)
def test_samples_annotation_slip_evidence_exists(ann_path):
    a = _ann(ann_path)
    text = _plain(sample_path(ann_path, a))
    for slip in a["slips"]:
        for ev in slip["evidence"]:
            assert ev in text, (slip["rule"], ev)


def _request_table_errors(table: dict) -> list[str]:
    """Arithmetic errors in the 收到和处理政府信息公开申请情况 table (rows of 7 values, 总计 last)."""
    rows = {r["label"].split(" / ")[-1]: r["values"] for r in table["numeric_rows"]}
    new = next(v for k, v in rows.items() if k.startswith("一、"))
    carried = next(v for k, v in rows.items() if k.startswith("二、"))
    total = next(v for k, v in rows.items() if k.startswith("（七）"))
    carry_out = next(v for k, v in rows.items() if k.startswith("四、"))
    errors = [f"row {k}: {sum(v[:-1])} != {v[-1]}" for k, v in rows.items() if sum(v[:-1]) != v[-1]]
    items = [v for k, v in rows.items() if not k.startswith(("一、", "二、", "四、", "（七）"))]
    for c in range(7):
        if sum(v[c] for v in items) != total[c]:
            errors.append(f"column {c}: items {sum(v[c] for v in items)} != 总计 {total[c]}")
        if new[c] + carried[c] != total[c] + carry_out[c]:
            errors.append(f"column {c}: {new[c]}+{carried[c]} != {total[c]}+{carry_out[c]}")
    return errors


def _review_table_errors(table: dict) -> list[str]:
    (values,) = [r["values"] for r in table["numeric_rows"]]
    return [f"group {g}" for g in range(3) if sum(values[5 * g:5 * g + 4]) != values[5 * g + 4]]


@pytest.mark.parametrize(
    "ann_path", [p for p in ANN_FILES if _ann(p)["genre"] == "info_disclosure_annual"],
    ids=[i for p, i in zip(ANN_FILES, IDS) if _ann(p)["genre"] == "info_disclosure_annual"],
)
def test_samples_annotation_tables_balance_unless_a_slip_says_not(ann_path):
    a = _ann(ann_path)
    requests = next(t for t in a["tables"] if any(r["label"].startswith("一、本年新收") for r in t["numeric_rows"]))
    review = next(t for t in a["tables"] if t["n_cols"] == 15)
    errors = _request_table_errors(requests) + _review_table_errors(review)
    declared = sum(1 for s in a["slips"] if s["rule"] == "sum_mismatch")
    if declared:
        assert errors, "the documented sum_mismatch slips are not in the tables"
    else:
        assert errors == []


# --- golden tests against the analyser --------------------------------------


@cache
def _report(ann_path: Path):
    from analyzer import analyze_file

    return analyze_file(sample_path(ann_path, _ann(ann_path)))


@pytest.mark.parametrize("ann_path", ANN_FILES, ids=IDS)
def test_samples_golden_headings(ann_path):
    a = _ann(ann_path)
    got = [(h.level, h.label, h.title) for h in _report(ann_path).headings]
    assert got == [(h["level"], h["label"], h["title"]) for h in a["headings"]]


@pytest.mark.parametrize("ann_path", ANN_FILES, ids=IDS)
def test_samples_golden_figures(ann_path):
    s = score(_report(ann_path), _ann(ann_path), ann_path.name)
    problems = (
        [f"not located: {x}" for x in s.unlocated]
        + [f"missing: {x}" for x in s.missing]
        + [f"wrong: {x}" for x in s.wrong]
        + [f"unexpected: {x}" for x in s.unexpected]
    )
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("ann_path", ANN_FILES, ids=IDS)
def test_samples_golden_indicators_and_basis(ann_path):
    problems = []
    for fig, _span, metric in match_figures(_report(ann_path), _ann(ann_path)):
        if metric is None or fig.get("optional") or attribute_diffs(fig, metric):
            continue  # reported by test_samples_golden_figures
        if fig["indicator"] and metric.indicator != fig["indicator"]:
            problems.append(f"{fig['text']} ({fig['context']}): indicator {metric.indicator} != {fig['indicator']}")
        basis = getattr(metric.basis, "value", metric.basis)
        if fig["basis"] and basis != fig["basis"]:
            problems.append(f"{fig['text']} ({fig['context']}): basis {basis} != {fig['basis']}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("ann_path", ANN_FILES, ids=IDS)
def test_samples_golden_meta(ann_path):
    a = _ann(ann_path)
    meta = _report(ann_path).meta
    assert (meta.genre.value, meta.year) == (a["genre"], a["year"])
    assert meta.region and a["region"].endswith(meta.region.removeprefix("明川市"))


@pytest.mark.parametrize("ann_path", ANN_FILES, ids=IDS)
def test_samples_golden_section_categories(ann_path):
    a = _ann(ann_path)
    got = [s.category for s in _report(ann_path).sections if s.level == 1]
    assert got == [s["category"] for s in a["sections"]]


@pytest.mark.parametrize("ann_path", ANN_FILES, ids=IDS)
def test_samples_golden_findings(ann_path):
    a = _ann(ann_path)
    report = _report(ann_path)
    errors = [f for f in report.findings if getattr(f.severity, "value", f.severity) == "error"]
    if not a["slips"]:
        assert errors == [], [f.message for f in errors]
        return
    fired = Counter(f.rule for f in report.findings)
    missed = [s["rule"] for s in a["slips"] if not fired[s["rule"]]]
    assert not missed, f"documented slips not found: {missed}"


# --- the labelled sections for the section classifier ------------------------

TRAINING = REPO / "corpora" / "training" / "sections.jsonl"
TOPICS = {
    "functions", "rules", "decisions", "enforcement", "emergency", "disputes", "oversight", "digital", "leadership",
}


@cache
def _training() -> tuple[dict, ...]:
    import json

    return tuple(json.loads(line) for line in TRAINING.read_text(encoding="utf-8").splitlines() if line.strip())


def test_samples_training_records_are_valid():
    for r in _training():
        assert {"doc", "genre", "heading", "text", "category", "topics", "position", "n_parts", "source"} <= set(r), r
        assert r["category"] in GENRE_CATEGORIES[r["genre"]], r
        assert 80 <= len(r["text"]) <= 600, (r["doc"], r["heading"], len(r["text"]))
        assert set(r["topics"]) <= TOPICS, r
        assert not r["topics"] or r["category"] == "measures", r
        assert 0 <= r["position"] < r["n_parts"], r
        assert r["source"] == "written"


def test_samples_training_size_and_balance():
    records = _training()
    genres = Counter(r["genre"] for r in records)
    assert len(records) >= 250
    assert genres["fazhi_annual"] >= 100 and genres["gov_work_report"] >= 70 and genres["info_disclosure_annual"] >= 55
    assert len({r["doc"] for r in records}) >= 40
    for genre, cats in GENRE_CATEGORIES.items():
        seen = {r["category"] for r in records if r["genre"] == genre}
        assert seen == cats, (genre, cats - seen)
    assert len({r["text"] for r in records}) == len(records), "duplicate section texts"


def test_samples_training_documents_are_consistent():
    by_doc: dict[str, list[dict]] = {}
    for r in _training():
        by_doc.setdefault(r["doc"], []).append(r)
    for doc, recs in by_doc.items():
        assert len({r["genre"] for r in recs}) == 1, doc
        assert len({r["n_parts"] for r in recs}) == 1, doc
        top = [r["position"] for r in recs if r.get("level", 1) == 1]
        assert top == list(range(recs[0]["n_parts"])), doc


def _long_sentences(text: str) -> list[str]:
    """Sentences of 20+ characters that are not headings or table rows (those follow templates)."""
    import re

    out = []
    for line in text.splitlines():
        if line.lstrip().startswith("|") or re.match(r"^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)", line):
            continue
        out.extend(s for s in re.split(r"[。；！？]", line) if len(s) >= 20)
    return out


@pytest.mark.real
def test_samples_no_sentence_is_copied_from_the_real_reports(real_dir):
    import json

    texts = [p.read_text(encoding="utf-8") for p in real_dir.rglob("*.txt")]
    excerpts = real_dir / "pages_excerpts.jsonl"
    if excerpts.is_file():
        texts += [json.loads(line)["text"] for line in excerpts.read_text(encoding="utf-8").splitlines() if line]
    real = "\n".join(texts)
    sources = sorted((REPO / "corpora" / "sources").glob("*.txt"))
    ours = [s for p in sources for s in _long_sentences(p.read_text(encoding="utf-8"))]
    ours += [s for r in _training() for s in _long_sentences(r["text"])]
    assert len(ours) > 500
    copied = [s for s in ours if s in real]
    assert not copied, copied
