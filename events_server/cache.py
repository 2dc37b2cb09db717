"""Django's Redis cache with one connection pool per process.

Django keeps a cache object per thread (per request context under ASGI), and each built its
own Redis connection pool: every request opened a new connection, and redis-py's handshake
(CLIENT SETINFO, reading package metadata) cost more CPU than the request's own work."""

from __future__ import annotations

import threading
from typing import Any

from django.core.cache.backends.redis import RedisCache, RedisCacheClient

_clients: dict[tuple[Any, ...], RedisCacheClient] = {}
_lock = threading.Lock()


class SharedRedisCache(RedisCache):
    @property
    def _cache(self) -> RedisCacheClient:
        key = (tuple(self._servers), tuple(sorted((k, repr(v)) for k, v in self._options.items())))
        client = _clients.get(key)
        if client is None:
            with _lock:
                client = _clients.setdefault(key, self._class(self._servers, **self._options))
        return client
