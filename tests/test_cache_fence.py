"""The fence around ``events_server.cache``: it drives private members of Django's Redis cache
client, so a Django or redis-py upgrade that renames or reshapes one fails here, naming it.

Private members used (keep this list in step with ``events_server/cache.py``):

* ``RedisCacheClient.__init__(servers, **options)``, ``._servers``, ``._pools``, ``._pool_class``
  (its ``from_url``), ``._pool_options``, ``._client`` (``redis.Redis``) and
  ``._get_connection_pool_index(write)``; ``get_client(key, *, write)`` is overridden;
* the arguments of the client methods wrapped with fallbacks (``get``, ``add``, ``set`` ...);
* ``RedisCache._servers``, ``._options``, ``._class`` and ``._cache`` (replaced by a shared client),
  through which every public ``RedisCache`` method must go;
* ``redis.ConnectionError`` and ``redis.TimeoutError``, what a down or stalled Redis raises.

Then the behaviour the private use buys, against real Redis: one pool for all threads, and a stalled
Redis is a miss after ``REDIS_SOCKET_TIMEOUT``.
"""

from __future__ import annotations

import inspect
import os
import signal
import socket
import subprocess
import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import redis
from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from django.test import override_settings

from events_server.cache import UNAVAILABLE, ForgivingRedisCacheClient, SharedRedisCache
from tests.servers import free_port, spawn

NOWHERE = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there
# The client methods cache.py wraps, with the arguments its fallbacks take.
WRAPPED = {
    "get": ["key", "default"],
    "add": ["key", "value", "timeout"],
    "set": ["key", "value", "timeout"],
    "touch": ["key", "timeout"],
    "delete": ["key"],
    "get_many": ["keys"],
    "has_key": ["key"],
    "incr": ["key", "delta"],
    "set_many": ["data", "timeout"],
    "delete_many": ["keys"],
    "clear": [],
}


def fence(member: str, holds: bool, what: str) -> None:
    if not holds:
        pytest.fail(f"events_server/cache.py relies on {member}, which {what}", pytrace=False)


def test_the_django_redis_cache_client_still_has_the_private_members_the_shared_pool_uses():
    client = RedisCacheClient([NOWHERE], socket_timeout=0.5)
    fence(
        "RedisCacheClient._servers",
        getattr(client, "_servers", None) == [NOWHERE],
        "no longer holds the URLs",
    )
    fence(
        "RedisCacheClient._pools",
        getattr(client, "_pools", None) == {},
        "is no longer an empty dict at first",
    )
    pool_class = getattr(client, "_pool_class", None)
    fence("RedisCacheClient._pool_class", callable(getattr(pool_class, "from_url", None)), "has no from_url")
    options = getattr(client, "_pool_options", {})
    fence(
        "RedisCacheClient._pool_options",
        options.get("socket_timeout") == 0.5,
        "no longer carries the OPTIONS",
    )
    fence(
        "RedisCacheClient._client",
        getattr(client, "_client", None) is redis.Redis,
        "is no longer redis.Redis",
    )
    index = getattr(client, "_get_connection_pool_index", None)
    picks = callable(index) and index(True) == 0 and index(False) == 0
    fence("RedisCacheClient._get_connection_pool_index(write)", picks, "no longer picks the pool by index")
    parameters = inspect.signature(RedisCacheClient.get_client).parameters
    keyword = "write" in parameters and parameters["write"].kind is inspect.Parameter.KEYWORD_ONLY
    fence(
        "RedisCacheClient.get_client(key=None, *, write=False)",
        list(parameters) == ["self", "key", "write"] and keyword,
        f"changed its parameters to {list(parameters)}",
    )


@pytest.mark.parametrize("name", WRAPPED)
def test_each_wrapped_cache_client_method_takes_the_arguments_its_fallback_takes(name):
    method = getattr(RedisCacheClient, name, None)
    fence(f"RedisCacheClient.{name}", callable(method), "is gone")
    parameters = list(inspect.signature(method).parameters)[1:]
    fence(
        f"RedisCacheClient.{name}",
        parameters == WRAPPED[name],
        f"now takes {parameters}, not {WRAPPED[name]}",
    )


def test_the_django_redis_cache_still_builds_its_client_from_the_members_the_shared_cache_reads():
    cache = RedisCache(NOWHERE, {"OPTIONS": {"socket_timeout": 0.5}})
    fence("RedisCache._servers", getattr(cache, "_servers", None) == [NOWHERE], "no longer holds the URLs")
    fence(
        "RedisCache._options", getattr(cache, "_options", None) == {"socket_timeout": 0.5}, "lost the OPTIONS"
    )
    fence(
        "RedisCache._class", getattr(cache, "_class", None) is RedisCacheClient, "no longer names the client"
    )
    fence("RedisCache._cache", "_cache" in vars(RedisCache), "is no longer where the client is built")
    for name in [*WRAPPED, "decr"]:
        code = getattr(getattr(RedisCache, name), "__code__", None)
        uses = code is not None and "_cache" in code.co_names
        fence("RedisCache._cache", uses or name == "decr", f"is no longer what RedisCache.{name} calls")


def test_a_cache_whose_redis_is_not_listening_answers_every_call_as_a_miss():
    cache = SharedRedisCache(NOWHERE, {"OPTIONS": {"socket_timeout": 0.5, "socket_connect_timeout": 0.5}})
    fence("RedisCache._class", isinstance(cache._cache, ForgivingRedisCacheClient), "is no longer used")
    with pytest.raises(UNAVAILABLE):  # what redis-py raises is what cache.py catches
        redis.Redis.from_url(NOWHERE, socket_connect_timeout=0.5).ping()
    assert cache.get("seat", "miss") == "miss"
    assert cache.get_many(["a", "b"]) == {}
    assert cache.has_key("seat") is False
    assert cache.add("seat", 1) is False
    assert cache.incr("hits") == 0
    assert cache.touch("seat") is False
    assert cache.delete("seat") is False
    assert cache.clear() is False
    cache.set("seat", 1)
    cache.set_many({"a": 1})
    cache.delete_many(["a"])


@pytest.fixture
def fresh_caches(redis_url: str) -> Iterator[str]:
    """A cache named ``fence`` whose connections carry a name of their own on the shared Redis."""
    name = f"fence-{uuid.uuid4().hex[:12]}"
    options = {"socket_timeout": settings.REDIS_SOCKET_TIMEOUT, "client_name": name}
    backend = {"BACKEND": "events_server.cache.SharedRedisCache", "LOCATION": redis_url, "OPTIONS": options}
    with override_settings(CACHES={**settings.CACHES, "fence": backend}):
        yield name


@pytest.mark.redis
def test_threads_share_one_client_and_one_connection(fresh_caches, redis_url):
    seen: list[Any] = []  # each thread's cache object, kept alive to the end

    def request(number: int) -> None:
        cache = caches["fence"]  # Django builds one per thread
        cache.set(f"seat:{number}", number)
        assert cache.get(f"seat:{number}") == number
        seen.append(cache)

    for number in range(6):  # one after another: a shared pool needs one connection only
        thread = threading.Thread(target=request, args=(number,))
        thread.start()
        thread.join()
    assert len({id(cache) for cache in seen}) == 6
    assert len({id(cache._cache) for cache in seen}) == 1
    clients = redis.Redis.from_url(redis_url).client_list()
    assert [client["name"] for client in clients].count(fresh_caches) == 1


@pytest.fixture
def private_redis() -> Iterator[str]:
    """A redis-server of the test's own, which it may stall (never the shared one)."""
    port = free_port()
    command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    process = spawn(command, stdout=subprocess.DEVNULL)
    try:
        for _ in range(50):
            try:
                socket.create_connection(("127.0.0.1", port), 0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        os.kill(process.pid, signal.SIGCONT)
        process.terminate()
        process.wait(10)


@pytest.mark.redis
def test_a_stalled_redis_is_a_cache_miss_within_the_socket_timeout(private_redis):
    timeout = settings.REDIS_SOCKET_TIMEOUT
    cache = SharedRedisCache(
        private_redis, {"OPTIONS": {"socket_timeout": timeout, "socket_connect_timeout": timeout}}
    )
    cache.set("stand", "展位 12")
    assert cache.get("stand") == "展位 12"
    server_pid = int(redis.Redis.from_url(private_redis).info("server")["process_id"])
    os.kill(server_pid, signal.SIGSTOP)
    try:
        started = time.monotonic()
        assert cache.get("stand", "miss") == "miss"
        get_took = time.monotonic() - started
        started = time.monotonic()
        assert cache.incr("visits") == 0  # a rate limit lets the request through
        incr_took = time.monotonic() - started
    finally:
        os.kill(server_pid, signal.SIGCONT)
    assert get_took < timeout + 0.3, f"a cache read waited {get_took:.2f} s for a stalled Redis"
    assert incr_took < timeout + 0.3, f"a rate-limit count waited {incr_took:.2f} s for a stalled Redis"
