"""A function over many items in worker processes: in order, dying with the parent, one crash kept to its item.

Workers ask Linux to kill them when their parent dies (``PR_SET_PDEATHSIG``), so a ``kill -9`` of a run
leaves no orphan working on. A worker that dies mid-task (a crash, the OOM killer) breaks the pool: the
items that may have been in its hands are run again one at a time in a fresh process, the one that kills
that process too gets ``on_crash``'s result, and the rest of the batch carries on in a new pool.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
PR_SET_PDEATHSIG = 1
CRASHED = "the worker process died while on this input (a crash, or killed for memory)"
PRELOAD = ["etl.pipeline"]


def die_with_parent(parent: int | None) -> None:
    """Pool initializer: SIGKILL this worker when its parent dies; exit now if the parent is already gone."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: workers end when the parent's pipe closes
        pass
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if parent is not None and os.getppid() != parent:
        os._exit(1)


_warm: dict[int, ProcessPoolExecutor] = {}  # pools kept for callers outside the main thread (the dashboard)
_warm_lock = threading.Lock()


def _new_pool(workers: int) -> ProcessPoolExecutor:
    # Fork is cheap and shares the loaded lexicons, but forking a process with other threads (the dashboard)
    # can deadlock the child: there, workers start from a clean server process instead.
    in_main = threading.current_thread() is threading.main_thread()
    context = multiprocessing.get_context("fork" if in_main else "forkserver")
    if not in_main:
        context.set_forkserver_preload(PRELOAD)  # imported once by the server, not by every worker
    parent = os.getpid() if in_main else None
    return ProcessPoolExecutor(workers, mp_context=context, initializer=die_with_parent, initargs=(parent,))


def _pool(workers: int) -> ProcessPoolExecutor:
    """A new forked pool per batch in the main thread; elsewhere one kept warm between batches, since a
    worker started from the server takes a second to load the lexicons a forked one inherits."""
    if threading.current_thread() is threading.main_thread():
        return _new_pool(workers)
    with _warm_lock:
        pool = _warm.get(workers)
        if pool is None or getattr(pool, "_broken", False):
            pool = _warm[workers] = _new_pool(workers)
        return pool


def _close(pool: ProcessPoolExecutor, finished: bool) -> None:
    """Done with a pool: a warm one that finished stays; after an error or an early stop the pool is
    killed without waiting for work nobody will read."""
    with _warm_lock:
        warm = [size for size, kept in _warm.items() if kept is pool]
        if warm and finished:
            return
        for size in warm:
            del _warm[size]
    if not finished:
        for process in list(getattr(pool, "_processes", {}).values()):
            process.kill()
    pool.shutdown(wait=finished, cancel_futures=True)


def _apply(func: Callable[[Item], Result], chunk: Sequence[Item]) -> list[Result]:
    return [func(item) for item in chunk]


def _alone(func: Callable[[Item], Result], item: Item, on_crash: Callable[[Item, str], Result]) -> Result:
    pool = _new_pool(1)
    try:
        result = pool.submit(func, item).result()
    except BrokenProcessPool:
        _close(pool, finished=False)
        return on_crash(item, CRASHED)
    _close(pool, finished=True)
    return result


def map_in_workers(
    func: Callable[[Item], Result],
    items: Sequence[Item],
    workers: int,
    on_crash: Callable[[Item, str], Result],
    chunksize: int = 1,
) -> Iterator[Result]:
    """``func(item)`` for every item, in order, computed in ``workers`` processes (``func`` must pickle)."""
    position = 0
    while position < len(items):
        starts = range(position, len(items), chunksize)
        pool, finished = _pool(workers), False
        try:
            try:
                futures: list[Future] = [
                    pool.submit(_apply, func, items[start : start + chunksize]) for start in starts
                ]
            except BrokenProcessPool:  # a kept pool that broke while idle: start again with a new one
                continue
            suspects = 0
            for start, future in zip(starts, futures, strict=True):
                chunk = items[start : start + chunksize]
                try:
                    results = future.result()
                except BrokenProcessPool:
                    # Only the chunks handed out when it broke can hold the culprit: at most one per worker,
                    # plus the one queued ahead. Each of their items runs alone; the rest get a new pool.
                    if suspects > workers:
                        break
                    suspects += 1
                    results = [_alone(func, item, on_crash) for item in chunk]
                yield from results
                position = start + len(chunk)
            else:
                finished = True
        finally:
            _close(pool, finished)
