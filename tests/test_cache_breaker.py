"""The breaker in front of the Redis cache: after a failed call the process skips Redis for
``REDIS_RETRY_SECONDS``; then one call, and only one, tries Redis while the others carry on without
it. Driven through ``forgiving``, the wrapper every cache method goes through, with a Redis
stand-in whose answers the test holds back (the stalled-Redis tests in test_cache_fence.py and
livestream/tests/test_redis_outage.py use a real, paused redis-server)."""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import redis
from django.test import override_settings

from events_server.cache import Breaker, forgiving

RETRY = 0.2  # seconds; REDIS_RETRY_SECONDS in these tests


class StalledRedis:
    """Calls reach ``get`` as they would reach Redis; each waits until the test says how Redis answers."""

    def __init__(self) -> None:
        self.breaker = Breaker()
        self.arrived = threading.Semaphore(0)
        self.answers: list[str] = []  # "ok" or "timeout", one per call let through
        self.go = threading.Condition()
        self.calls = 0

    @forgiving(lambda key: "fallback")
    def get(self, key: str) -> Any:
        with self.go:
            self.calls += 1
        self.arrived.release()
        with self.go:
            self.go.wait_for(lambda: bool(self.answers), timeout=10)
            answer = self.answers.pop(0)
        if answer == "timeout":
            raise redis.TimeoutError("Timeout reading from socket")
        return f"value of {key}"

    def answer(self, how: str) -> None:
        with self.go:
            self.answers.append(how)
            self.go.notify()


def wait_for_arrival(client: StalledRedis) -> None:
    assert client.arrived.acquire(timeout=5), "no call reached Redis"


@override_settings(REDIS_RETRY_SECONDS=RETRY)
def test_after_a_failure_calls_skip_redis_then_one_call_tries_it_while_the_rest_carry_on(caplog):
    caplog.set_level(logging.INFO, logger="events_server.cache")
    client = StalledRedis()
    with ThreadPoolExecutor(1) as pool:
        first = pool.submit(client.get, "seat")
        wait_for_arrival(client)
        client.answer("timeout")
        assert first.result(5) == "fallback"
    assert client.calls == 1

    # The pause: nothing reaches Redis.
    assert [client.get("seat") for _ in range(20)] == ["fallback"] * 20
    assert client.calls == 1

    # After it, one trial call goes to Redis; while it waits, every other call answers at once.
    time.sleep(RETRY + 0.05)
    with ThreadPoolExecutor(1) as pool:
        trial = pool.submit(client.get, "seat")
        wait_for_arrival(client)
        started = time.monotonic()
        others = [client.get("seat") for _ in range(20)]
        took = time.monotonic() - started
        assert others == ["fallback"] * 20 and took < 0.5
        assert client.calls == 2
        assert "cache available again" not in caplog.text
        client.answer("ok")
        assert trial.result(5) == "value of seat"
    assert "cache available again" in caplog.text

    # Redis answered the trial: calls go to it again, side by side.
    with ThreadPoolExecutor(3) as pool:
        calls = [pool.submit(client.get, f"seat:{n}") for n in range(3)]
        for _ in calls:
            wait_for_arrival(client)
        for _ in calls:
            client.answer("ok")
        assert sorted(call.result(5) for call in calls) == [f"value of seat:{n}" for n in range(3)]
    assert client.calls == 5


@override_settings(REDIS_RETRY_SECONDS=RETRY)
def test_a_failed_trial_starts_another_pause():
    client = StalledRedis()
    client.answer("timeout")
    assert client.get("seat") == "fallback"
    time.sleep(RETRY + 0.05)
    client.answer("timeout")
    assert client.get("seat") == "fallback"  # the trial
    assert client.calls == 2
    assert client.get("seat") == "fallback"  # skipped: a new pause began with the failed trial
    assert client.calls == 2
    time.sleep(RETRY + 0.05)
    client.answer("ok")
    assert client.get("seat") == "value of seat"
    assert client.calls == 3


@override_settings(REDIS_RETRY_SECONDS=RETRY)
def test_a_trial_that_raises_something_else_lets_the_next_call_try():
    class Broken(StalledRedis):
        @forgiving(lambda key: "fallback")
        def get(self, key: str) -> Any:
            self.calls += 1
            if self.calls == 1:
                raise redis.ConnectionError("Connection refused")
            raise ValueError("not a Redis outage: the caller sees it")

    client = Broken()
    assert client.get("seat") == "fallback"
    time.sleep(RETRY + 0.05)
    with pytest.raises(ValueError):
        client.get("seat")
    with pytest.raises(ValueError):  # the trial's slot was given back, so this call tried Redis too
        client.get("seat")
    assert client.calls == 3


def test_while_redis_answers_every_call_goes_to_it():
    breaker = Breaker()
    assert all(breaker.admit() is True for _ in range(100))
