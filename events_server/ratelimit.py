"""Fixed-window rate limits in the shared cache (Redis when configured), so they hold across
sockets and server processes."""

from __future__ import annotations

import time

from django.core.cache import cache


def allow(key: str, limit: int, window_seconds: int) -> bool:
    """Count one hit on ``key``; ``False`` once more than ``limit`` hits fall in the window."""
    bucket = f"rl:{key}:{int(time.time() // window_seconds)}"
    cache.add(bucket, 0, window_seconds + 1)
    try:
        hits = cache.incr(bucket)
    except ValueError:  # expired between add and incr
        cache.set(bucket, 1, window_seconds + 1)
        hits = 1
    return hits <= limit
