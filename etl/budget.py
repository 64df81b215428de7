"""Bounded work per input: a size check before the work and a time limit around it.

The time limit is SIGALRM, so it interrupts pure-Python loops and the regex engine alike. Signals reach
only a process's main thread: elsewhere (the dashboard's script thread) ``time_limit`` is a no-op and the
caller runs the work in a worker process instead (``etl.workers``).
"""

from __future__ import annotations

import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from . import config
from .errors import BudgetError

SENTENCE_END = re.compile(r"[.!?\n]")


@dataclass(frozen=True)
class Limits:
    """What one article may cost; plain data, so it travels to worker processes."""

    max_chars: int
    max_sentence_chars: int
    seconds: float

    @classmethod
    def from_config(cls) -> Limits:
        """The limits etl/config.py sets now (read at call time, so a changed setting applies)."""
        return cls(config.MAX_ARTICLE_CHARS, config.MAX_SENTENCE_CHARS, config.ARTICLE_SECONDS)


def can_time_out() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float, what: str = "the work") -> Iterator[None]:
    """Raise BudgetError in this thread when the block runs longer than ``seconds`` (0 or less: no limit)."""
    if seconds <= 0 or not can_time_out():
        yield
        return

    def expire(signum, frame):
        raise BudgetError(f"{what} took longer than the {seconds:g} s limit")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def longest_sentence(text: str) -> int:
    """Characters of the longest run without a full stop, question or exclamation mark or line break."""
    longest, start = 0, 0
    for match in SENTENCE_END.finditer(text):
        longest = max(longest, match.start() - start)
        start = match.end()
    return max(longest, len(text) - start)


def size_problem(text: str, limits: Limits) -> str | None:
    """Why a text is too large to extract, or None. Linear, and cheap next to extraction."""
    if len(text) > limits.max_chars:
        return f"article too long ({len(text):,} characters; the limit is {limits.max_chars:,})"
    sentence = longest_sentence(text)
    if sentence > limits.max_sentence_chars:
        return (
            f"a sentence of {sentence:,} characters without a full stop or line break "
            f"(the limit is {limits.max_sentence_chars:,})"
        )
    return None
