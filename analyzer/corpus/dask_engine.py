"""``--engine dask``: the same per-document analysis as Dask tasks, on a local or a real cluster.

Each task analyses one file and writes its rows as Parquet parts
(``<db>.parts/<sha256>/<table>.parquet``); the client loads each finished
document's parts into DuckDB with the same one-transaction write as the local
engine, then deletes them.  With ``--scheduler ADDRESS`` the workers must see
the files and the parts folder at the same paths (a shared file system).
A window of a few tasks per worker is in flight, so memory stays flat.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from .rows import DocRows
from .schema import DOCUMENT_TABLES


def write_parts(rows: DocRows, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, table in rows.tables.items():
        pq.write_table(table, folder / f"{name}.parquet")


def read_parts(sha256: str, folder: Path) -> DocRows:
    return DocRows(sha256, {t.name: pq.read_table(folder / f"{t.name}.parquet") for t in DOCUMENT_TABLES})


def dask_task(task: Any, task_fn: Callable[[Any], tuple[str, Any]], parts: str) -> tuple[str, Any]:
    """Runs on a Dask worker: analyse, write the parts, return only the status."""
    status, payload = task_fn(task)
    if status != "ok":
        return status, payload
    write_parts(payload, Path(parts) / task.sha256)
    return "ok", None


def run_dask(
    task_fn: Callable[[Any], tuple[str, Any]],
    tasks: Iterable[Any],
    workers: int,
    scheduler: str | None,
    db_path: Path,
) -> Iterator[tuple[Any, Any]]:
    """Yield ``(task, ("ok", DocRows) | ("error", reason))`` as the cluster finishes them."""
    from distributed import Client, LocalCluster, as_completed

    parts = db_path.with_name(db_path.name + ".parts").resolve()
    parts.mkdir(exist_ok=True)
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
        )
        client = Client(cluster)
    it = iter(tasks)
    pending: dict[Any, Any] = {}
    ac = as_completed()

    def submit() -> bool:
        task = next(it, None)
        if task is None:
            return False
        fut = client.submit(dask_task, task, task_fn, str(parts), key=f"govreport-{task.sha256}", pure=False)
        pending[fut.key] = task
        ac.add(fut)
        return True

    try:
        for _ in range(max(2, 4 * workers)):
            if not submit():
                break
        for fut in ac:
            task = pending.pop(fut.key)
            try:
                status, payload = fut.result()
            except Exception as exc:  # noqa: BLE001 - KilledWorker, a lost worker: one document fails
                status, payload = "error", f"dask task failed: {type(exc).__name__}: {exc}"
            if status == "ok":
                folder = parts / task.sha256
                try:
                    payload = read_parts(task.sha256, folder)
                except OSError as exc:
                    status, payload = "error", f"cannot read the task's Parquet parts: {exc}"
                shutil.rmtree(folder, ignore_errors=True)
            fut.release()
            yield task, (status, payload)
            submit()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
        shutil.rmtree(parts, ignore_errors=True)
