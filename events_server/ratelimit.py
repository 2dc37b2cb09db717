"""Fixed-window rate limits in the shared cache (Redis when configured), so they hold across
sockets and server processes.

When the cache is down (``events_server.cache`` then answers ``incr`` with 0), a limit lets the
request through: it fails open, and ``fail_open`` says so in the log and in
``shanhai_rate_limit_failed_open_total{limit=...}``."""

from __future__ import annotations

import logging
import time

from django.core.cache import cache

from events_server.metrics import RATE_LIMIT_FAILED_OPEN

log = logging.getLogger(__name__)


def allow(key: str, limit: int, window_seconds: int) -> bool:
    """Count one hit on ``key``; ``False`` once more than ``limit`` hits fall in the window.

    The limit's name in logs and metrics is the key up to its first colon (``reports:42`` → ``reports``)."""
    bucket = f"rl:{key}:{int(time.time() // window_seconds)}"
    cache.add(bucket, 0, window_seconds + 1)
    try:
        hits = cache.incr(bucket)
    except ValueError:  # expired between add and incr
        cache.set(bucket, 1, window_seconds + 1)
        hits = 1
    if hits == 0:  # a counter that really counted is at least 1: the cache did not answer
        fail_open(key.split(":", 1)[0])
        return True
    return hits <= limit


def fail_open(name: str) -> None:
    """Record that the rate limit ``name`` let a request through unchecked (its store is down)."""
    log.warning("rate limit %r failed open: its store did not answer, the request was let through", name)
    RATE_LIMIT_FAILED_OPEN.labels(name).inc()


def retry_after(window_seconds: int) -> int:
    """Seconds until the current fixed window ends, for a ``Retry-After`` header."""
    return max(1, window_seconds - int(time.time()) % window_seconds)
