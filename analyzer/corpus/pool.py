"""A small process pool that survives a worker dying on one task.

``concurrent.futures.ProcessPoolExecutor`` breaks as a whole when one worker
dies (a segfault in a PDF library, the OOM killer) and cannot tell which task
killed it.  Here each worker has its own pipe and the parent sends it one task
at a time, so the parent always knows what a dead worker was doing: that task
is reported as ``Crashed`` and a fresh worker takes the next one.

Workers are started from a fork server (or with ``spawn``): never a fork of
the parent, which holds a database connection and threads.  A worker whose parent disappears (SIGKILL) sees its pipe close
and exits.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

from ..errors import AnalyzerError

T = TypeVar("T")

_READY = "ready"


@dataclass(frozen=True)
class Crashed:
    """The worker process died while running the task."""

    exitcode: int | None

    @property
    def reason(self) -> str:
        code = self.exitcode
        how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit code {code}"
        return f"worker process crashed while analysing this file ({how})"


class WorkerStartError(AnalyzerError):
    """A worker process died before it could take a task (not the fault of a document)."""


def _worker_main(conn: Connection, fn: Callable[..., Any]) -> None:
    try:
        conn.send(_READY)
        while True:
            try:
                task = conn.recv()
            except EOFError:  # the parent is gone
                return
            if task is None:
                return
            conn.send(fn(task))
    except (KeyboardInterrupt, BrokenPipeError, EOFError):
        return


@dataclass
class _Worker(Generic[T]):
    proc: Any  # multiprocessing.Process of the chosen context
    conn: Connection
    task: T | None = None
    ready: bool = False


def _context(preload: tuple[str, ...]) -> Any:
    """``forkserver`` where there is one, else ``spawn``.

    Workers fork from a clean, single-threaded server that has already imported
    ``preload`` (the analyzer, scikit-learn, ...): they start in milliseconds and
    share those pages.  The server is started once per process, with the
    preload list of the first pool.
    """
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(list(preload))
        return ctx
    return mp.get_context("spawn")


def run_pool(
    fn: Callable[[T], Any], tasks: Iterable[T], workers: int, preload: tuple[str, ...] = ()
) -> Iterator[tuple[T, Any]]:
    """Yield ``(task, fn(task))`` as tasks finish, or ``(task, Crashed)`` when a worker died on it.

    ``fn`` must be picklable (a module-level function).  Tasks are pulled from
    ``tasks`` lazily, at most one per worker in flight, so memory stays flat
    however many there are.  Closing the generator stops every worker.
    """
    ctx = _context(preload)
    it = iter(tasks)
    pool: list[_Worker[T]] = []

    def start() -> _Worker[T]:
        parent, child = ctx.Pipe(duplex=True)
        proc = ctx.Process(target=_worker_main, args=(child, fn), daemon=True)
        proc.start()
        child.close()
        return _Worker(proc, parent)

    exhausted = False
    try:
        pool = [start() for _ in range(max(1, workers))]
        while True:
            for w in pool:
                if w.task is None and not exhausted:
                    nxt = next(it, None)
                    if nxt is None:
                        exhausted = True
                        break
                    w.task = nxt
                    w.conn.send(nxt)
            busy = [w for w in pool if w.task is not None]
            if not busy:
                return
            ready = set(wait([w.conn for w in busy] + [w.proc.sentinel for w in busy]))
            for i, w in enumerate(pool):
                if w.task is None or (w.conn not in ready and w.proc.sentinel not in ready):
                    continue
                try:
                    if not w.conn.poll():
                        raise EOFError
                    result = w.conn.recv()
                except (EOFError, OSError):
                    if not w.ready:
                        w.proc.join(timeout=5)
                        raise WorkerStartError(
                            f"a worker process could not start (exit code {w.proc.exitcode}); when calling "
                            "run_batch from a script, guard the call with `if __name__ == '__main__':`"
                        ) from None
                    task, w.task = w.task, None
                    w.proc.join(timeout=5)
                    yield task, Crashed(w.proc.exitcode)
                    w.conn.close()
                    pool[i] = start()
                    continue
                if not w.ready and result == _READY:
                    w.ready = True
                    continue
                task, w.task = w.task, None
                yield task, result
    finally:
        _stop(pool)


def _stop(pool: list[_Worker[Any]]) -> None:
    for w in pool:
        try:
            if w.task is None:
                w.conn.send(None)
        except (OSError, ValueError):
            pass
    for w in pool:
        if w.task is not None:  # still working: do not wait for it
            w.proc.terminate()
        w.proc.join(timeout=5)
        if w.proc.is_alive():
            w.proc.kill()
            w.proc.join(timeout=5)
        w.conn.close()
