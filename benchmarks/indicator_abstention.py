"""Can a statistical filter withhold doubtful indicator ids? (issue 14, round T7: the experiment and its numbers.)

Every figure of the hand-checked samples (``tests/golden/indicator_sample_*.jsonl``) that gets an id at this commit is
one example: wrong (the judge's id differs, null included) or right. Its features are those of
``analyzer/indicator_doubt.py`` (named, few), plus, as a variant, character n-grams of its subject phrase.

- train: every sample judged before 9aa6de2 (the 政府工作报告 and 法治 ones; a figure in two samples counted once,
  the first judgement), cross-validated with folds grouped by sample (leave one sample out);
- test: ``indicator_sample_gwr_9aa6de2`` and ``indicator_sample_gwr_9aa6de2b`` (drawn --unseen, judged by engineers
  who never saw the model), never read while choosing features or thresholds;
- coverage: the share of figures of the 56 政府工作报告 with an id, without and with the filter.

Thresholds are chosen on the training folds only: the score above which a share (5%, 10%, 20%) of the training
assignments is withheld. Run (about 3 minutes; needs ../shared/real)::

    PYTHONPATH=. python benchmarks/indicator_abstention.py [--json out.json]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from _indicator_sample import key, load_sample, locate, raw_text, sample_files  # noqa: E402

import analyzer.extract as extract  # noqa: E402
from analyzer.api import analyze_text  # noqa: E402
from analyzer.indicator_doubt import Assignment, feature_names, features_of, phrase_text  # noqa: E402
from analyzer.indicators import load_taxonomy  # noqa: E402
from analyzer.settings import Settings  # noqa: E402

REAL = ROOT.parent / "shared" / "real"
HELD_OUT = ("indicator_sample_gwr_9aa6de2", "indicator_sample_gwr_9aa6de2b")
SHARES = (0.05, 0.10, 0.20)
# (features, with the ids at the draw as more examples)
CONFIGS = (
    ("named", False, "logistic"),
    ("named+ngrams", False, "logistic"),
    ("named", True, "logistic"),
    ("named+ngrams", True, "logistic"),
    ("named", True, "boosting"),
    ("named+id", True, "logistic"),
    ("named+id", True, "boosting"),
)
AT_DRAW = ROOT / "benchmarks" / "data" / "indicator_assigned_at_draw.jsonl"


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


_seen: dict[int, Assignment] = {}
_original = extract._indicator


def _recording(walk, r):
    """``_indicator`` as the extractor runs it, recording the figure's reading by where its numeral starts."""
    indicator = _original(walk, r)
    fig, text = r.fig, walk.text
    _seen[fig.number_start] = Assignment(
        phrase=r.phrase,
        context=r.context,
        tail=r.tail,
        kind=fig.kind,
        unit=fig.unit,
        growth=r.growth,
        qualified=fig.qualifier is not None,
        noun_after=r.subj.text is not None and r.subj.start >= fig.end,
        de_before=text[fig.start - 1 : fig.start] == "的",
        indicator="",
        genre=walk.genre,
    )
    return indicator


def analysed(raw: str):
    """(report, {number_start: Assignment with its final id}) of one text."""
    _seen.clear()
    settings = dataclasses.replace(Settings(), check=False, classify=False)
    extract._indicator = _recording
    try:
        report = analyze_text(raw, settings)
    finally:
        extract._indicator = _original
    got = {}
    for m in report.metrics:
        a = _seen.get(m.number_start)
        if a is not None:
            got[m.number_start] = dataclasses.replace(a, indicator=m.indicator or "")
    return report, got


def examples(paths: list[Path], old: dict[tuple, str] | None = None) -> list[dict]:
    """One dict per sample figure: sample, expected, found, and when it has an id: features, phrase text, wrong (0/1).
    ``old``: (file, offset, number) -> the id the code of the sample's draw gave it; when it differs from today's
    (and its subject phrase is in today's phrase), the figure under that id is one more example (``extra``)."""
    taxonomy = load_taxonomy()
    rows_by_file: dict[str, list[tuple[str, dict]]] = defaultdict(list)
    seen: set[tuple] = set()
    for p in paths:
        for row in load_sample(p):
            k = (row["file"], row["offset"], row["number"])
            if k in seen:
                continue  # a figure judged in two samples: the first judgement
            seen.add(k)
            rows_by_file[row["file"]].append((p.stem, row))
    out = []
    for ref, group in sorted(rows_by_file.items()):
        raw = raw_text(REAL, ref)
        report, got = analysed(raw)
        rk, ck = key(raw), key(report.text)
        starts = {m.number_start: m for m in report.metrics}
        for sample, row in group:
            expected = row["expected"] and taxonomy.canonical(row["expected"])
            at = locate(raw, rk, report.text, ck, row["offset"])
            m = starts.get(at) if at is not None else None
            found = (
                m is not None
                and abs(m.value - row["value"]) <= 1e-9 * max(1.0, abs(row["value"]))
                and m.unit == row["unit"]
            )
            a = got.get(at) if found else None
            rec = {"sample": sample, "file": ref, "offset": row["offset"], "expected": expected, "found": found}
            before = (old or {}).get((ref, row["offset"], row["number"]))
            before = before and taxonomy.canonical(before)
            if a is not None and before and before != a.indicator:
                b = dataclasses.replace(a, indicator=before)
                ind = taxonomy.get(before)
                if ind is not None and any(x in a.phrase for x in ind.subject):
                    out.append(
                        {
                            **rec,
                            "extra": True,
                            "assigned": before,
                            "wrong": int(before != expected),
                            "features": features_of(b, taxonomy),
                            "text": phrase_text(b),
                            "phrase": a.phrase,
                        }
                    )
            if a is not None and a.indicator:
                rec.update(
                    assigned=a.indicator,
                    wrong=int(a.indicator != expected),
                    features=features_of(a, taxonomy),
                    text=phrase_text(a),
                    phrase=a.phrase,
                )
            out.append(rec)
    return out


def coverage_assignments() -> tuple[int, list[dict]]:
    """(figures of the 56 政府工作报告, one dict per figure with an id: features and phrase text)."""
    taxonomy = load_taxonomy()
    files = sorted((REAL / "national").glob("*.txt")) + sorted((REAL / "provincial_2026").glob("*.txt"))
    n, out = 0, []
    for path in files:
        report, got = analysed(path.read_text(encoding="utf-8"))
        n += len(report.metrics)
        for a in got.values():
            if a.indicator:
                out.append({"features": features_of(a, taxonomy), "text": phrase_text(a), "assigned": a.indicator})
    return n, out


def matrix(rows: list[dict]) -> np.ndarray:
    names = feature_names()
    return np.array([[r["features"][k] for k in names] for r in rows], dtype=float)


def make_model(variant: str, estimator: str = "logistic"):
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, make_pipeline
    from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler

    named = make_pipeline(FunctionTransformer(lambda rows: matrix(rows)), StandardScaler())
    ids = make_pipeline(
        FunctionTransformer(lambda rows: [[r["assigned"]] for r in rows]),
        OneHotEncoder(handle_unknown="infrequent_if_exist", min_frequency=5, sparse_output=False),
    )
    if variant == "named":
        features = named
    elif variant == "named+id":
        features = FeatureUnion([("named", named), ("id", ids)])
    else:
        texts = FunctionTransformer(lambda rows: [r["text"] for r in rows])
        grams = make_pipeline(texts, CountVectorizer(analyzer="char", ngram_range=(2, 3), min_df=3, binary=True))
        features = FeatureUnion([("named", named), ("grams", grams)])
    if estimator == "boosting":
        from sklearn.ensemble import HistGradientBoostingClassifier

        return make_pipeline(
            features,
            HistGradientBoostingClassifier(
                max_depth=3, learning_rate=0.05, max_iter=200, class_weight="balanced", random_state=0
            ),
        )
    return make_pipeline(features, LogisticRegression(C=0.3, class_weight="balanced", max_iter=2000))


def cross_validated(rows: list[dict], extra: list[dict], variant: str, estimator: str) -> np.ndarray:
    """P(wrong) of each training row from a model fitted on the other samples' rows and ``extra`` rows (leave one
    sample out)."""
    scores = np.zeros(len(rows))
    samples = sorted({r["sample"] for r in rows})
    for s in samples:
        train = [r for r in rows + extra if r["sample"] != s]
        test_idx = [i for i, r in enumerate(rows) if r["sample"] == s]
        model = make_model(variant, estimator).fit(train, [r["wrong"] for r in train])
        scores[test_idx] = model.predict_proba([rows[i] for i in test_idx])[:, 1]
    return scores


def measured(rows: list[dict], wanted: int, scores: np.ndarray | None, threshold: float | None) -> dict:
    """Precision and recall of the ids kept (score <= threshold) of ``rows`` (the assigned ones); ``wanted``: the
    figures with a judged id."""
    keep = np.ones(len(rows), bool) if scores is None else scores <= threshold
    kept = [r for r, k in zip(rows, keep) if k]
    right = sum(1 - r["wrong"] for r in kept)
    return {
        "assigned": len(kept),
        "withheld": len(rows) - len(kept),
        "withheld_wrong": sum(r["wrong"] for r, k in zip(rows, keep) if not k),
        "right": right,
        "precision": round(right / max(1, len(kept)), 4),
        "recall": round(right / max(1, wanted), 4),
    }


def auc(y: list[int], s: np.ndarray) -> float:
    from sklearn.metrics import roc_auc_score

    return round(float(roc_auc_score(y, s)), 4) if 0 < sum(y) < len(y) else float("nan")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--json", type=Path, help="write the numbers here too")
    ap.add_argument("--no-coverage", action="store_true", help="skip the 56 reports' coverage")
    ap.add_argument(
        "--cv-only",
        action="store_true",
        help="cross-validated figures only (choosing features: the held-out samples unread)",
    )
    args = ap.parse_args(argv)
    if not REAL.is_dir():
        print(f"no real reports at {REAL}", file=sys.stderr)
        return 2
    paths = sample_files()
    train_paths = [p for p in paths if p.stem not in HELD_OUT]
    test_paths = [p for p in paths if p.stem in HELD_OUT]
    old = {(r["file"], r["offset"], r["number"]): r["assigned"] for r in load_jsonl(AT_DRAW)}
    train_all = examples(train_paths, old)
    test_all = [] if args.cv_only else examples(test_paths)
    train = [r for r in train_all if "wrong" in r and not r.get("extra")]
    extras = [r for r in train_all if r.get("extra")]
    test = [r for r in test_all if "wrong" in r]
    test_wanted = sum(1 for r in test_all if r["found"] and r["expected"] is not None)
    train_wanted = sum(1 for r in train_all if r["found"] and r["expected"] is not None and not r.get("extra"))
    report: dict = {
        "train": {
            "samples": len(train_paths),
            "figures": len(train_all) - len(extras),
            "assigned": len(train),
            "wrong": sum(r["wrong"] for r in train),
        },
        "test": {
            "samples": [p.stem for p in test_paths],
            "figures": len(test_all),
            "assigned": len(test),
            "wrong": sum(r["wrong"] for r in test),
        },
        "variants": {},
    }
    print(json.dumps({k: report[k] for k in ("train", "test")}, ensure_ascii=False))
    report["train"]["draw_ids"] = {"examples": len(extras), "wrong": sum(r["wrong"] for r in extras)}
    cov_n, cov_rows = (0, []) if args.no_coverage or args.cv_only else coverage_assignments()
    y = [r["wrong"] for r in train]
    for variant, augmented, estimator in CONFIGS:
        extra = extras if augmented else []
        name = f"{estimator}: {variant}" + (" + ids at the draw" if augmented else "")
        cv = cross_validated(train, extra, variant, estimator)
        model = make_model(variant, estimator).fit(train + extra, y + [r["wrong"] for r in extra])
        ts = model.predict_proba(test)[:, 1] if test else np.zeros(0)
        v: dict = {"cv_auc": auc(y, cv), "test_auc": auc([r["wrong"] for r in test], ts), "thresholds": []}
        v["cv_none"] = measured(train, train_wanted, None, None)
        v["test_none"] = measured(test, test_wanted, None, None)
        cov_scores = model.predict_proba(cov_rows)[:, 1] if cov_rows else np.zeros(0)
        for share in SHARES:
            t = float(np.quantile(cv, 1 - share))
            entry = {
                "share_of_training_withheld": share,
                "threshold": round(t, 4),
                "cv": measured(train, train_wanted, cv, t),
                "test": measured(test, test_wanted, ts, t),
            }
            if cov_rows:
                kept = int((cov_scores <= t).sum())
                entry["coverage"] = {"figures": cov_n, "with_id": kept, "share": round(kept / cov_n, 4)}
            v["thresholds"].append(entry)
        if cov_rows:
            v["coverage_none"] = {"figures": cov_n, "with_id": len(cov_rows), "share": round(len(cov_rows) / cov_n, 4)}
        report["variants"][name] = v
        print(
            f"\n== {name}: AUC cross-validated {v['cv_auc']}" + ("" if args.cv_only else f", held-out {v['test_auc']}")
        )
        print(f"  no filter: cv {v['cv_none']}" + ("" if args.cv_only else f"\n             test {v['test_none']}"))
        if cov_rows:
            print(f"             coverage {v['coverage_none']}")
        for e in v["thresholds"]:
            print(f"  withhold {e['share_of_training_withheld']:.0%} of training (t={e['threshold']}):")
            print(f"    cv   {e['cv']}" + ("" if args.cv_only else f"\n    test {e['test']}"))
            if "coverage" in e:
                print(f"    coverage {e['coverage']}")
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
