"""``govreport evaluate``: per-class precision, recall and F1 of the section classifier."""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import AnalyzerError
from ._app import app, debug_enabled, fail


@app.command()
def evaluate(
    model: Path = typer.Option(
        None,
        "--model",
        help="Score this model on all of --data (a test set). "
        "Default: train on 75% of the documents and score the held-out 25%.",
    ),
    data: list[Path] = typer.Option(None, "--data", help="Labelled sections (JSONL); repeatable."),
    real: Path = typer.Option(
        None, "--real", help="The real reports that references point into. Default: ../shared/real."
    ),
    neutral: bool = typer.Option(False, "--neutral", help="Also score with every heading replaced by 第N部分."),
) -> None:
    """Per-class precision, recall and F1 on a held-out split (split by document, never by section)."""
    from ..training.dataset import DEFAULT_DATA
    from ..training.evaluate import per_class
    from ..training.train import evaluate as run_evaluate
    from ..training.weak_labels import DEFAULT_REAL

    try:
        preds = run_evaluate(data or DEFAULT_DATA, model, real or DEFAULT_REAL)
    except AnalyzerError as exc:
        if debug_enabled():
            raise
        fail(str(exc))
    what = f"model {model} on all sections" if model else "held-out 25% of documents (model trained on the rest)"
    for title, use_neutral in (("headings as written", False), ("headings replaced by 第N部分", True)):
        if use_neutral and not neutral:
            break
        typer.echo(f"{what}; {title}")
        typer.echo(f"{'class':40} {'precision':>9} {'recall':>7} {'F1':>7} {'support':>8}")
        for row in per_class(preds, neutral=use_neutral):
            typer.echo(
                f"{row['label']:40} {row['precision']:9.3f} {row['recall']:7.3f} {row['f1']:7.3f} {row['support']:8d}"
            )
        typer.echo(
            f"{'macro avg':40} {'':9} {'':7} {preds.macro_f1(neutral=use_neutral):7.3f} {len(preds.gold):8d}   "
            f"accuracy {preds.accuracy(neutral=use_neutral):.3f}"
        )
