import time

import pytest

from etl.budget import Limits, longest_sentence, size_problem, time_limit
from etl.errors import BudgetError

LIMITS = Limits(max_chars=1_000, max_sentence_chars=100, seconds=1)


@pytest.mark.parametrize(
    "text, problem",
    [
        pytest.param("Short. Fine.", None, id="fine"),
        pytest.param("x" * 1_001, "article too long (1,001 characters; the limit is 1,000)", id="too-long"),
        pytest.param("a " * 60 + ". Next.", "a sentence of 120 characters", id="long-sentence"),
        pytest.param(("word " * 15 + "\n") * 10, None, id="line-breaks-end-sentences"),
        pytest.param("", None, id="empty"),
    ],
)
def test_size_problem(text, problem):
    found = size_problem(text, LIMITS)
    assert found == problem if problem is None else problem in found


def test_longest_sentence_counts_the_tail_too():
    assert longest_sentence("One. Two three four") == len(" Two three four")


def test_time_limit_interrupts_a_loop_and_the_regex_engine():
    import re

    for work in (lambda: [None for _ in iter(int, 1)], lambda: re.match(r"(a+)+$", "a" * 40 + "b")):
        started = time.perf_counter()
        with pytest.raises(BudgetError, match="took longer than the 0.2 s limit"), time_limit(0.2, "the work"):
            work()
        assert time.perf_counter() - started < 2


def test_time_limit_leaves_no_alarm_behind():
    with time_limit(0.2):
        pass
    time.sleep(0.3)  # an alarm left armed would raise here


def test_limits_are_read_from_config_when_asked(monkeypatch):
    from etl import config

    monkeypatch.setattr(config, "ARTICLE_SECONDS", 7.0)
    assert Limits.from_config().seconds == 7.0
