"""Fixed-window rate limits in the shared cache (Redis when configured), so they hold across
sockets and server processes.

When the cache is down (``events_server.cache`` then answers ``incr`` with 0), a limit lets the
request through: it fails open, and says so in the log and in
``shanhai_rate_limit_fail_open_total{limit=...}``."""

from __future__ import annotations

import logging
import time

from django.core.cache import cache

from events_server.metrics import RATE_LIMIT_FAIL_OPEN

log = logging.getLogger(__name__)


def allow(key: str, limit: int, window_seconds: int) -> bool:
    """Count one hit on ``key``; ``False`` once more than ``limit`` hits fall in the window."""
    bucket = f"rl:{key}:{int(time.time() // window_seconds)}"
    cache.add(bucket, 0, window_seconds + 1)
    try:
        hits = cache.incr(bucket)
    except ValueError:  # expired between add and incr
        cache.set(bucket, 1, window_seconds + 1)
        hits = 1
    if hits == 0:  # the cache could not count: let the request through, visibly
        name = key.split(":", 1)[0]
        log.warning("rate limit %s failed open: the cache is unavailable", name)
        RATE_LIMIT_FAIL_OPEN.labels(name).inc()
        return True
    return hits <= limit


def retry_after(window_seconds: int) -> int:
    """Seconds until the current fixed window ends, for a ``Retry-After`` header."""
    return max(1, window_seconds - int(time.time()) % window_seconds)
