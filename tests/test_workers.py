import os
import signal
import threading

import pytest

from etl.workers import CRASHED, map_in_workers


def square_or_die(n: int) -> int:
    if n == 13:
        os.kill(os.getpid(), signal.SIGKILL)
    return n * n


def crashed(n: int, reason: str) -> str:
    return f"{n}: {reason}"


@pytest.mark.parametrize("workers, chunksize", [(1, 1), (2, 1), (2, 4)], ids=["one", "two", "two-chunked"])
def test_results_in_order_and_a_dead_worker_costs_only_its_item(workers, chunksize):
    results = list(map_in_workers(square_or_die, list(range(30)), workers, crashed, chunksize))
    assert results == [n * n if n != 13 else f"13: {CRASHED}" for n in range(30)]


def worker_pid(_: int) -> int:
    return os.getpid()


def in_a_thread(func, items) -> list:
    found = []
    thread = threading.Thread(target=lambda: found.extend(map_in_workers(func, items, 1, crashed)))
    thread.start()
    thread.join(60)
    return found


def test_outside_the_main_thread_a_warm_pool_serves_the_next_batch_and_is_replaced_when_broken():
    assert in_a_thread(abs, [-1, -2, -3]) == [1, 2, 3]
    first = set(in_a_thread(worker_pid, [1, 2]))
    assert set(in_a_thread(worker_pid, [1, 2])) == first  # the same warm worker
    for pid in first:
        os.kill(pid, signal.SIGKILL)
    assert in_a_thread(abs, [-4]) == [4]
