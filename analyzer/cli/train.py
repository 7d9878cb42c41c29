"""``govreport train``: fit the section classifier and write its model card."""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import AnalyzerError
from ._app import app, debug_enabled, fail


@app.command()
def train(
    data: list[Path] = typer.Option(
        None,
        "--data",
        help="Labelled sections (JSONL, see corpora/training/README.md); repeatable. "
        "Default: corpora/training/sections.jsonl and real_weak_labels.jsonl.",
    ),
    out: Path = typer.Option(
        None, "--out", help="Where to write the model (.skops). Default: analyzer/models/section_classifier.skops (shipped in the package)."
    ),
    real: Path = typer.Option(
        None, "--real", help="The real reports that references point into. Default: ../shared/real."
    ),
    no_cv: bool = typer.Option(False, "--no-cv", help="Skip cross-validation (no model card)."),
) -> None:
    """Train the section classifier (cross-validated by document) and save it with skops."""
    from ..training.dataset import DEFAULT_DATA
    from ..training.train import DEFAULT_OUT
    from ..training.train import train as run_train
    from ..training.weak_labels import DEFAULT_REAL

    try:
        result = run_train(data or DEFAULT_DATA, out or DEFAULT_OUT, real or DEFAULT_REAL, cv=not no_cv)
    except AnalyzerError as exc:
        if debug_enabled():
            raise
        fail(str(exc))
    card = result.card
    typer.echo(f"model: {result.model_path}")
    if "cv" in card:
        cv = card["cv"]
        typer.echo(f"card: {result.card_paths[0]} ({result.card_paths[1].name})")
        typer.echo(
            f"sections: {card['dataset']['sections']} ({card['dataset']['top_level']} top-level, "
            f"{card['dataset']['documents']} documents); skipped: {card['dataset']['skipped'] or 'none'}"
        )
        typer.echo(
            f"cross-validated by document: macro-F1 {cv['macro_f1_top_level']:.3f}, accuracy {cv['accuracy_top_level']:.3f}; "
            f"neutral headings: accuracy {cv['neutral_heading_accuracy']:.3f}"
        )
        for genre, v in cv["by_genre"].items():
            typer.echo(
                f"  {genre:24} macro-F1 {v['macro_f1']:.3f}  neutral-heading accuracy {v['neutral_heading_accuracy']:.3f}"
            )
