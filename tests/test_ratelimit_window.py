"""Rate limits count over a sliding window (``events_server.ratelimit``): no burst at a window's
edge, a hit always let through when the window before it has room, and a ``Retry-After`` that is
exact. Run against the configured cache: Redis on CI's PostgreSQL lane, the in-process cache on
the SQLite lane."""

from __future__ import annotations

import itertools
import uuid
from types import SimpleNamespace
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events_server import ratelimit

START = 1_800_000_000.0  # a fixed moment, so that slices fall the same way on every run


class Clock:
    def __init__(self) -> None:
        self.now = START

    def time(self) -> float:
        return self.now


def fresh_key() -> str:
    # unique across runs too: the slices outlive a run in Redis, and START is the same every run
    return f"test-window:{uuid.uuid4().hex}"


def run(key: str, limit: int, window: int, offsets: list[float]) -> list[bool]:
    clock = Clock()
    answers = []
    with mock.patch.object(ratelimit, "time", SimpleNamespace(time=clock.time)):
        for offset in offsets:
            clock.now = START + offset
            answers.append(ratelimit.allow(key, limit, window))
    return answers


def test_no_burst_at_a_window_edge():
    # Five at the end of one ten-second window and five at the start of the next: fixed windows let
    # all ten through within 0.2 s; a sliding window lets the first five through only.
    offsets = [9.9] * 5 + [10.1] * 5
    assert run(fresh_key(), 5, 10, offsets) == [True] * 5 + [False] * 5


def test_a_refused_client_gets_through_at_retry_after_and_not_a_second_before():
    key, clock = fresh_key(), Clock()
    with mock.patch.object(ratelimit, "time", SimpleNamespace(time=clock.time)):
        for second in (0, 6, 12, 18, 24):  # five hits a minute, spread
            clock.now = START + second
            assert ratelimit.allow(key, 5, 60)
        clock.now = START + 30
        assert not ratelimit.allow(key, 5, 60)
        wait = ratelimit.retry_after(key, 5, 60)
        assert wait == 30  # the hit at 0 s leaves the window at 60 s
        clock.now = START + 30 + wait - 1
        assert not ratelimit.allow(key, 5, 60)  # refused hits are not counted, so retrying is safe
        clock.now = START + 30 + wait
        assert ratelimit.allow(key, 5, 60)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    limit=st.integers(1, 6),
    window=st.sampled_from([10, 60, 3600]),
    gaps=st.lists(st.integers(0, 600), min_size=1, max_size=30),  # thousandths of the window
)
def test_the_limit_holds_over_any_nine_tenths_of_a_window_and_never_refuses_with_room(limit, window, gaps):
    offsets = list(itertools.accumulate(gap * window / 1000 for gap in gaps))
    key = fresh_key()
    answers = run(key, limit, window, offsets)
    allowed = [t for t, ok in zip(offsets, answers, strict=True) if ok]
    for t in allowed:
        # at most `limit` let through in any stretch of 0.9 of a window
        assert sum(1 for u in allowed if t - 0.9 * window < u <= t) <= limit
    for i, (t, ok) in enumerate(zip(offsets, answers, strict=True)):
        earlier = zip(offsets[:i], answers[:i], strict=True)
        before = sum(1 for u, was in earlier if was and u > t - 0.999 * window)
        if before < limit:  # room in the whole window before it: never refused
            assert ok, (t, before)
    if not answers[-1]:
        wait = ratelimit_wait(key, limit, window, offsets[-1])
        assert 1 <= wait <= window
        assert run(key, limit, window, [offsets[-1] + wait]) == [True]


def ratelimit_wait(key: str, limit: int, window: int, offset: float) -> int:
    with mock.patch.object(ratelimit, "time", SimpleNamespace(time=lambda: START + offset)):
        return ratelimit.retry_after(key, limit, window)
