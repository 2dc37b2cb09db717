"""Liveness of the pieces requests really use: the database, the cache's Redis (sessions, rate
limits, cached pages) and the Redis the live rooms publish to (LIVE_ROOM_REDIS_URL). Each check
has its own short timeout, and the report names the part that is down."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import redis
from asgiref.sync import sync_to_async
from django.conf import settings
from django.db import connection

CHECK_TIMEOUT_SECONDS = 2.0
REDIS_TIMEOUT_SECONDS = 1.0  # per connect and per reply; a paused Redis fails within it


def _check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _ping(url: str) -> None:
    client = redis.Redis.from_url(
        url, socket_timeout=REDIS_TIMEOUT_SECONDS, socket_connect_timeout=REDIS_TIMEOUT_SECONDS
    )
    try:
        client.ping()
    finally:
        client.close()


def cache_redis_url() -> str:
    """The Redis behind the default cache, or "" when the cache does not use Redis."""
    cache: dict[str, Any] = settings.CACHES["default"]
    if "redis" not in cache["BACKEND"].lower():
        return ""
    location = cache["LOCATION"]
    return location[0] if isinstance(location, list | tuple) else location.split(",")[0]


async def run_check(check: Callable[[], None], *, thread_sensitive: bool) -> str:
    try:
        call = sync_to_async(check, thread_sensitive=thread_sensitive)
        await asyncio.wait_for(call(), CHECK_TIMEOUT_SECONDS)
    except Exception as error:
        return f"error: {type(error).__name__}"
    return "ok"


async def check_database() -> str:
    return await run_check(_check_database, thread_sensitive=True)


async def check_redis(url: str) -> str:
    if not url:
        return "ok"  # this part runs in the process (no Redis configured for it)
    return await run_check(lambda: _ping(url), thread_sensitive=False)


async def health_report() -> dict[str, object]:
    database, cache, live_room = await asyncio.gather(
        check_database(), check_redis(cache_redis_url()), check_redis(settings.LIVE_ROOM_REDIS_URL)
    )
    checks = {"database": database, "cache": cache, "live_room": live_room}
    healthy = all(value == "ok" for value in checks.values())
    return {"status": "ok" if healthy else "error", "checks": checks}
