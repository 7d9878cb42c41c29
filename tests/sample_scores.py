"""Score the analyser against the hand-made annotations of the sample corpus.

Run ``.venv/bin/python tests/sample_scores.py`` from the repository root: it
analyses every sample in ``corpora/samples/`` and prints, per sample and in
total, how many annotated figures were found (recall), how many extracted
figures are annotated (precision), and how many of the found ones carry the
annotated kind, value, unit and qualifier.  ``tests/test_samples.py`` uses the
same functions for its golden tests.

Matching is by position: an annotated figure is located in ``Report.text`` by
its ``context`` (whitespace-insensitive) and matches the extracted metric whose
span overlaps its ``text``.  Figures marked ``optional`` (enumeration heads such
as 三项措施, numbers in words) count neither as missed nor as unexpected.
Numbers inside tables (lines of ``|`` cells, or ``Report.tables``) are left out
of precision: the annotations list prose figures, tables are in ``tables``.
"""

from __future__ import annotations

import json
import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "corpora" / "samples"

GENRE_CATEGORIES = {
    "fazhi_annual": {"duty", "measures", "shortcomings", "plans", "other"},
    "gov_work_report": {"review", "targets", "tasks", "self_building", "other"},
    "info_disclosure_annual": {"overview", "proactive", "requests", "review_litigation", "problems", "other"},
}
KINDS = {"count", "percent", "permille", "percentage_point", "money", "multiple", "fraction", "quantity"}
QUALIFIERS = {None, "about", "at_least", "nearly", "at_most"}
BASES = {None, "actual", "target", "period_average"}
RULES = {
    "ratio_mismatch", "part_exceeds_whole", "sum_mismatch", "share_sum", "rate_out_of_range",
    "pp_difference_mismatch", "growth_mismatch", "conflicting_values", "enumeration_count_mismatch",
    "heading_sequence", "year_inconsistency", "missing_required_section", "cross_document_mismatch",
}


def annotation_files() -> list[Path]:
    return sorted(SAMPLES.glob("*.annotations.json"))


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def sample_path(ann_path: Path, ann: dict) -> Path:
    return ann_path.parent / ann["file"]


def plain_text(path: Path) -> str:
    """The visible text of a sample, read without the analyser (paragraphs and table cells, one per line)."""
    if path.suffix == ".txt":
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        lines = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                lines.extend(c.text for c in row.cells)
        return "\n".join(lines)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for tag in soup(["script", "style"]):
            tag.decompose()
        return soup.get_text("\n")
    raise ValueError(f"unknown sample format: {path}")


def _loose_pattern(s: str) -> re.Pattern[str]:
    """``s`` with optional whitespace between its characters (cleaning may change spacing)."""
    return re.compile(r"\s*".join(re.escape(ch) for ch in s if not ch.isspace()))


def locate(text: str, context: str, figure: str) -> tuple[int, int] | None:
    """Offsets of ``figure`` inside the (unique) occurrence of ``context`` in ``text``."""
    i = text.find(context)
    if i >= 0:
        j = context.find(figure)
        return (i + j, i + j + len(figure))
    m = _loose_pattern(context).search(text)
    if not m:
        return None
    inner = _loose_pattern(figure).search(text, m.start(), m.end())
    return (inner.start(), inner.end()) if inner else None


def table_spans(report) -> list[tuple[int, int]]:
    spans = [(t.start, t.end) for t in getattr(report, "tables", ()) or ()]
    for m in re.finditer(r"(?m)^[ \t]*\|.*$", report.text):
        spans.append((m.start(), m.end()))
    return spans


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _enum(v):
    return getattr(v, "value", v)


@dataclass
class SampleScore:
    name: str
    annotated: int = 0  # required figures
    extracted: int = 0  # metrics outside tables
    found: int = 0  # required figures matched by position
    exact: int = 0  # ... with kind, value, unit, qualifier all as annotated
    missing: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)
    unlocated: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.annotated if self.annotated else 1.0

    @property
    def precision(self) -> float:
        return (self.extracted - len(self.unexpected)) / self.extracted if self.extracted else 0.0

    @property
    def attribute_accuracy(self) -> float:
        return self.exact / self.found if self.found else 0.0


def attribute_diffs(fig: dict, metric) -> list[str]:
    """Differences between an annotated figure and an extracted metric (empty when they agree)."""
    diffs = []
    if _enum(metric.kind) != fig["kind"]:
        diffs.append(f"kind {_enum(metric.kind)} != {fig['kind']}")
    if not math.isclose(float(metric.value), float(fig["value"]), rel_tol=1e-9, abs_tol=1e-9):
        diffs.append(f"value {metric.value} != {fig['value']}")
    if metric.unit != fig["unit"]:
        diffs.append(f"unit {metric.unit} != {fig['unit']}")
    if _enum(metric.qualifier) != fig["qualifier"]:
        diffs.append(f"qualifier {_enum(metric.qualifier)} != {fig['qualifier']}")
    return diffs


def match_figures(report, ann: dict) -> list[tuple[dict, tuple[int, int] | None, object | None]]:
    """For each annotated figure: its located span in ``report.text`` and the overlapping metric (or None)."""
    out = []
    for fig in ann["figures"]:
        span = locate(report.text, fig["context"], fig["text"])
        metric = None
        if span is not None:
            best = 0
            for m in report.metrics:
                overlap = min(m.end, span[1]) - max(m.start, span[0])
                if overlap > best:
                    best, metric = overlap, m
        out.append((fig, span, metric))
    return out


def score(report, ann: dict, name: str = "") -> SampleScore:
    s = SampleScore(name=name)
    tables = table_spans(report)
    claimed: set[int] = set()
    for fig, span, metric in match_figures(report, ann):
        label = f"{fig['text']} ({fig['context']})"
        if span is None:
            s.unlocated.append(label)
            continue
        if metric is not None:
            claimed.add(id(metric))
        if fig.get("optional"):
            continue
        s.annotated += 1
        if metric is None:
            s.missing.append(label)
            continue
        s.found += 1
        diffs = attribute_diffs(fig, metric)
        if diffs:
            s.wrong.append(f"{label}: " + "; ".join(diffs))
        else:
            s.exact += 1
    for m in report.metrics:
        if _inside(m.start, tables):
            continue
        s.extracted += 1
        if id(m) not in claimed:
            s.unexpected.append(f"{m.text} @{m.start}")
    return s


def run_all() -> list[SampleScore]:
    from analyzer import analyze_file

    scores = []
    for ann_path in annotation_files():
        ann = load(ann_path)
        report = analyze_file(sample_path(ann_path, ann))
        scores.append(score(report, ann, ann["file"]))
    return scores


def main() -> int:
    scores = run_all()
    head = f"{'sample':40} {'annot':>5} {'extr':>5} {'found':>5} {'exact':>5} {'recall':>7} {'prec':>7} {'attr':>7}"
    print(head)
    print("-" * len(head))
    tot = SampleScore(name="total")
    for s in scores:
        print(f"{s.name:40} {s.annotated:5} {s.extracted:5} {s.found:5} {s.exact:5} "
              f"{s.recall:7.1%} {s.precision:7.1%} {s.attribute_accuracy:7.1%}")
        tot.annotated += s.annotated
        tot.extracted += s.extracted
        tot.found += s.found
        tot.exact += s.exact
        tot.unexpected += s.unexpected
    print("-" * len(head))
    print(f"{'total':40} {tot.annotated:5} {tot.extracted:5} {tot.found:5} {tot.exact:5} "
          f"{tot.recall:7.1%} {tot.precision:7.1%} {tot.attribute_accuracy:7.1%}")
    if "-v" in sys.argv:
        for s in scores:
            for kind in ("unlocated", "missing", "wrong", "unexpected"):
                for item in getattr(s, kind):
                    print(f"{s.name}: {kind}: {item}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.exit(main())
