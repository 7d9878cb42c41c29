"""The public entry points: ``analyze_file`` and ``analyze_text``.

The pipeline is a straight line of pure steps, each owned by one module:
ingest -> meta -> outline -> classify -> extract -> checks.
"""

from __future__ import annotations

import dataclasses
from os import PathLike

from . import checks, classify, extract, ingest, meta, outline
from .errors import InputTooLargeError
from .settings import DEFAULT_SETTINGS, Settings
from .types import Document, Report


def analyze_file(path: str | PathLike[str], settings: Settings = DEFAULT_SETTINGS) -> Report:
    """Read a txt/docx/pdf/html file and analyse it.

    Raises ``analyzer.errors.IngestError`` (or a subclass) when the file cannot be read.
    """
    return analyze_document(ingest.read_file(path, ocr=settings.ocr), settings)


def analyze_text(text: str, settings: Settings = DEFAULT_SETTINGS, *, path: str | None = None) -> Report:
    """Analyse a report given as a string (it is cleaned the same way a .txt file is)."""
    return analyze_document(ingest.from_text(text, path=path), settings)


def analyze_document(doc: Document, settings: Settings = DEFAULT_SETTINGS) -> Report:
    """Run the pipeline on an ingested document."""
    text = doc.text
    info = meta.detect_meta(doc)
    headings = outline.find_headings(text)
    sections = outline.build_sections(text, headings)
    if settings.classify:
        sections = classify.classify_sections(text, sections, info.genre, settings)
    try:
        metrics = extract.extract_metrics(text, sections, info, settings)
    except InputTooLargeError as exc:  # the extractor knows the text, not the file: name it
        where = doc.source.path
        raise InputTooLargeError(f"{where}: {exc}" if where else str(exc)) from exc
    if doc.ocr_spans:
        from .ingest.ocr import attach_confidence

        metrics = attach_confidence(metrics, doc.ocr_spans)
    report = Report(
        source=doc.source,
        meta=info,
        text=text,
        headings=headings,
        sections=sections,
        metrics=metrics,
        tables=doc.tables,
    )
    if settings.check:
        findings, verified, relations = checks.run_checks(report, settings)
        report = dataclasses.replace(report, findings=findings, verified=verified, relations=relations)
    return report
