"""Picklable stand-ins for ``analyze_file`` used by the corpus tests (they run in worker processes).

A fake report file is a few lines of a tiny test language:

    region=河南省 year=2025 title=某省政府工作报告
    gdp.growth actual 2025 5.4 %          -> a figure: indicator basis year value unit
    - target - 5 %                         -> "-" is None (an unmapped figure needs subject=...)
    subject=地区生产总值 - 2025 6.1 %       -> no indicator, a subject phrase
    finding ratio_mismatch                 -> a finding of that rule
    CRASH / RAISE / BAD / SLOW             -> kill the worker / raise a bug / raise IngestError / sleep 0.2 s
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

from analyzer.errors import IngestError
from analyzer.types import Basis, Finding, Genre, Meta, Metric, MetricKind, Report, Section, Severity, Source, Span

KINDS = {"%": MetricKind.PERCENT, "元": MetricKind.MONEY, "件": MetricKind.COUNT, "人": MetricKind.COUNT}


def _none(s: str) -> str | None:
    return None if s == "-" else s


def fake_analyze(path: str) -> Report:
    data = Path(path).read_bytes()
    text = data.decode("utf-8")
    if "CRASH" in text:
        os._exit(3)
    if "SIGKILL" in text:
        os.kill(os.getpid(), 9)
    if "RAISE" in text:
        raise ValueError("a bug in the analysis")
    if "BAD" in text:
        raise IngestError(f"{path}: cannot decode this file")
    if "SLOW" in text:
        time.sleep(0.2)
    meta: dict[str, str] = {}
    metrics: list[Metric] = []
    findings: list[Finding] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        words = line.split()
        start, end = offset, offset + len(line.rstrip("\n"))
        offset += len(line)
        if not words:
            continue
        if "=" in words[0] and not words[0].startswith("subject="):
            meta.update(w.split("=", 1) for w in words if "=" in w)
        elif words[0] == "finding":
            findings.append(
                Finding(words[1], Severity.ERROR, f"{words[1]} here", (Span(start, end, line.strip()),), 1, 2)
            )
        elif len(words) == 5:
            ind, basis, year, value, unit = words
            subject = None
            if ind.startswith("subject="):
                subject, ind = ind.split("=", 1)[1], "-"
            metrics.append(
                Metric(
                    id=f"m{len(metrics) + 1}",
                    kind=KINDS.get(unit, MetricKind.QUANTITY),
                    value=float(value),
                    unit=unit,
                    text=line.strip(),
                    start=start,
                    end=end,
                    subject=subject or ind,
                    indicator=_none(ind),
                    year=None if year == "-" else int(year),
                    basis=None if basis == "-" else Basis(basis),
                    section="1",
                    raw_number=value,
                    decimals=len(value.split(".")[1]) if "." in value else 0,
                )
            )
    return Report(
        source=Source(path, hashlib.sha256(data).hexdigest(), "txt", "utf-8"),
        meta=Meta(
            meta.get("title"),
            None,
            meta.get("region"),
            int(meta["year"]) if "year" in meta else None,
            Genre.GOV_WORK_REPORT,
        ),
        text=text,
        sections=(
            Section("0", 0, "", 0, len(text)),
            Section("1", 1, "一、工作回顾", 0, len(text), "review", 0.9, ("digital",)),
        ),
        metrics=tuple(metrics),
        findings=tuple(findings),
    )


def write_corpus(folder: Path, reports: dict[str, str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, body in reports.items():
        p = folder / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(body, encoding="utf-8")
        out.append(p)
    return out
