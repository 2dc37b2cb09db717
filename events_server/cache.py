"""Django's Redis cache with one connection pool per process, which degrades instead of failing.

* Django keeps a cache object per thread (per request context under ASGI), and each built its
  own Redis connection pool: every request opened a new connection, whose handshake (CLIENT
  SETINFO, reading package metadata) cost more CPU than the request's own work. Here the client
  and its pool are shared by the process, and so is the ``redis.Redis`` object in front of each
  pool (Django builds a new one for every cache call; it is thread-safe, and building it was
  ≈ 6 % of a booking request's CPU in a profile).
* When Redis is down or stalled, a cache call gives up after ``REDIS_SOCKET_TIMEOUT`` and acts as
  a miss: pages are computed instead of cached, sessions come from the database (``cached_db``),
  and rate limits let requests through. Each failure is logged; nothing waits for Redis longer,
  and for ``REDIS_RETRY_SECONDS`` after a failure no call waits at all; then a single call tries
  Redis again while the others go on without it (``Breaker``)."""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import redis
from django.core.cache.backends.redis import RedisCache, RedisCacheClient

log = logging.getLogger(__name__)
_clients: dict[tuple[Any, ...], RedisCacheClient] = {}
_lock = threading.Lock()
UNAVAILABLE = (redis.ConnectionError, redis.TimeoutError)


class Breaker:
    """After Redis fails a call, the process stops asking it for ``REDIS_RETRY_SECONDS``: under a
    stalled Redis every call would otherwise wait its full timeout, and a few worker threads
    waiting in turn make every page slow. When the pause is over one call, and only one, tries
    Redis again (half-open): the others carry on without it until that call has answered, so a
    Redis that is still stalled holds up one worker thread per pause, not all of them."""

    def __init__(self) -> None:
        self.open_until = 0.0  # 0: Redis answers; later than now: skip it; earlier: try one call
        self.probing = threading.Lock()

    def admit(self) -> bool | None:
        """Whether a call may go to Redis: ``False`` no (use the fallback), ``True`` yes, ``None``
        yes as the one trial call, which must end with ``close`` or ``trip`` and then ``release``."""
        open_until = self.open_until
        if not open_until:
            return True
        if time.monotonic() < open_until or not self.probing.acquire(blocking=False):
            return False
        return None

    def trip(self) -> None:
        from django.conf import settings

        self.open_until = time.monotonic() + getattr(settings, "REDIS_RETRY_SECONDS", 5.0)

    def close(self) -> None:
        self.open_until = 0.0

    def release(self) -> None:
        self.probing.release()


def forgiving(fallback: Callable[..., Any]) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Run the cache call; if Redis is unreachable, log it and return ``fallback(*args)``, and
    answer with the fallback at once while the breaker is open."""

    def decorator(method: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(method)
        def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
            breaker: Breaker = self.breaker
            admitted = breaker.admit()
            if admitted is False:
                return fallback(*args, **kwargs)
            try:
                result = method(self, *args, **kwargs)
            except UNAVAILABLE as error:
                breaker.trip()
                log.warning("cache unavailable (%s: %s); carrying on without it", type(error).__name__, error)
                return fallback(*args, **kwargs)
            else:
                if admitted is None:
                    breaker.close()
                    log.info("cache available again")
                return result
            finally:
                if admitted is None:
                    breaker.release()

        return wrapper

    return decorator


class ForgivingRedisCacheClient(RedisCacheClient):
    # Private attributes of Django's RedisCacheClient that get_client drives (the stubs leave them
    # out); tests/test_cache_fence.py and .ci/newest-django catch an upgrade that changes them.
    _pools: dict[int, redis.ConnectionPool]
    _pool_class: type[redis.ConnectionPool]
    _servers: list[str]
    _pool_options: dict[str, Any]
    _client: type[redis.Redis]
    _get_connection_pool_index: Callable[[bool], int]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._redis_clients: dict[int, redis.Redis] = {}
        self.breaker = Breaker()  # one per Redis server and options, like the pools

    def get_client(self, key: Any = None, *, write: bool = False) -> redis.Redis:
        index = self._get_connection_pool_index(write)
        client = self._redis_clients.get(index)
        if client is None:
            with _lock:
                if index not in self._pools:
                    self._pools[index] = self._pool_class.from_url(self._servers[index], **self._pool_options)
                pool = self._pools[index]
                client = self._redis_clients.setdefault(index, self._client(connection_pool=pool))
        return client

    get = forgiving(lambda key, default: default)(RedisCacheClient.get)
    add = forgiving(lambda *args: False)(RedisCacheClient.add)
    set = forgiving(lambda *args: None)(RedisCacheClient.set)
    touch = forgiving(lambda *args: False)(RedisCacheClient.touch)
    delete = forgiving(lambda *args: False)(RedisCacheClient.delete)
    get_many = forgiving(lambda keys: {})(RedisCacheClient.get_many)
    has_key = forgiving(lambda key: False)(RedisCacheClient.has_key)
    incr = forgiving(lambda key, delta: 0)(RedisCacheClient.incr)  # rate limits let the request through
    set_many = forgiving(lambda *args: None)(RedisCacheClient.set_many)
    delete_many = forgiving(lambda *args: None)(RedisCacheClient.delete_many)
    clear = forgiving(lambda: False)(RedisCacheClient.clear)


class SharedRedisCache(RedisCache):
    _servers: list[str]  # private attributes of Django's RedisCache, as above
    _options: dict[str, Any]

    def __init__(self, server: str, params: dict[str, Any]) -> None:
        super().__init__(server, params)
        self._class = ForgivingRedisCacheClient

    @property
    def _cache(self) -> RedisCacheClient:
        key = (tuple(self._servers), tuple(sorted((k, repr(v)) for k, v in self._options.items())))
        client = _clients.get(key)
        if client is None:
            with _lock:
                client = _clients.setdefault(key, self._class(self._servers, **self._options))
        return client
