"""Rate limits in the shared cache (Redis when configured), so they hold across sockets and server
processes.

A limit of ``limit`` hits per ``window_seconds`` counts the hits it let through in ten slices of
the window and lets one more through while the slices of the last window hold fewer than
``limit``. So:

* any stretch of nine tenths of a window holds at most ``limit`` hits let through ("five messages
  in 10 s" holds over every 9 s), where fixed windows let ``2 * limit`` through in a moment
  around a window's edge;
* a hit is always let through when fewer than ``limit`` were let through in the whole window
  before it;
* a refused hit is not counted, so a client that keeps retrying gets through as soon as the
  oldest slice leaves the window, at the time ``retry_after`` names.

Each check costs two cache calls, as fixed windows did: an ``incr`` of the current slice and
one ``get_many`` of the other nine (the slice's first hit ``add``s it; a refusal takes its count
back with a ``decr``). Only Django's public cache API is used, so the embedded in-process cache
works too.

When the cache is down (``events_server.cache`` then answers ``incr`` with 0), a limit lets the
request through: it fails open, and ``fail_open`` says so in the log and in
``shanhai_rate_limit_failed_open_total{limit=...}``."""

from __future__ import annotations

import contextlib
import logging
import math
import time

from django.core.cache import cache

from events_server.metrics import RATE_LIMIT_FAILED_OPEN

log = logging.getLogger(__name__)

SLICES = 10


def _slices(key: str, window_seconds: int, now: float) -> tuple[list[str], int, float]:
    """The cache keys of the window's slices, oldest first; the current slice's index; its size."""
    size = window_seconds / SLICES
    current = int(now // size)
    names = [f"rl:{key}:{window_seconds}:{i}" for i in range(current - SLICES + 1, current + 1)]
    return names, current, size


def allow(key: str, limit: int, window_seconds: int) -> bool:
    """Count one hit on ``key``; ``False`` (and not counted) while ``limit`` hits let through
    already fall in the window.

    The limit's name in logs and metrics is the key up to its first colon (``reports:42`` → ``reports``)."""
    names, _current, size = _slices(key, window_seconds, time.time())
    ttl = math.ceil(window_seconds + size) + 1  # a slice is read for a whole window after its own
    try:
        hits = cache.incr(names[-1])
    except ValueError:  # the slice's first hit (or another process's add just raced this one)
        hits = 1 if cache.add(names[-1], 1, ttl) else cache.incr(names[-1])
    if hits == 0:  # a counter that really counted is at least 1: the cache did not answer
        fail_open(key.split(":", 1)[0])
        return True
    earlier = cache.get_many(names[:-1])
    if hits + sum(int(n) for n in earlier.values()) <= limit:
        return True
    with contextlib.suppress(ValueError):  # expired meanwhile: nothing left to take back
        cache.decr(names[-1])  # refused: the hit is not counted
    return False


def fail_open(name: str) -> None:
    """Record that the rate limit ``name`` let a request through unchecked (its store is down)."""
    log.warning("rate limit %r failed open: its store did not answer, the request was let through", name)
    RATE_LIMIT_FAILED_OPEN.labels(name).inc()


def retry_after(key: str, limit: int, window_seconds: int) -> int:
    """Whole seconds until ``allow(key, limit, window_seconds)`` lets a hit through again, if no
    other hit comes first: when enough of the oldest slices have left the window. For a
    ``Retry-After`` header; at least 1."""
    now = time.time()
    names, current, size = _slices(key, window_seconds, now)
    found = cache.get_many(names)
    counts = [int(found.get(name, 0)) for name in names]
    excess = sum(counts) - limit + 1  # hits that must leave the window before one more fits
    if excess <= 0:
        return 1
    for age, count in enumerate(counts):
        excess -= count
        if excess <= 0:
            leaves = (current - SLICES + 1 + age + SLICES) * size  # slice i leaves at (i + SLICES) * size
            return max(1, math.ceil(leaves - now))
    return max(1, window_seconds)
