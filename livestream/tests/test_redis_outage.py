"""A private redis-server stopped, then paused, under a real daphne process: pages that can do
without Redis keep answering within the configured bound, health says what is wrong, and the
platform recovers by itself when Redis comes back."""

from __future__ import annotations

import os
import signal
import time
import urllib.error
import urllib.request

import pytest

from livestream.tests.test_processes import PrivateRedis, session_cookie
from tests.servers import DaphneServer

pytestmark = [
    pytest.mark.redis,
    pytest.mark.slow,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
BOUND = 4.0  # seconds; each cache call gives up after REDIS_SOCKET_TIMEOUT_MS (500 ms here)


def timed_get(url: str, cookie: str = "") -> tuple[int, float]:
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})  # noqa: S310
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - loopback
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    return status, time.monotonic() - started


def wait_for_health(server: DaphneServer, wanted: int, within: float = 20) -> int:
    deadline = time.monotonic() + within
    status = 0
    while time.monotonic() < deadline:
        status, _ = timed_get(server.url + "/healthz")
        if status == wanted:
            return status
        time.sleep(0.3)
    return status


def pages_answer(server: DaphneServer, cookie: str) -> None:
    for path, who in (
        ("/", ""),
        ("/jobs/?q=%E7%AE%97%E6%B3%95", ""),
        ("/me/applications/", cookie),
        ("/events/", ""),
    ):
        status, took = timed_get(server.url + path, who)
        assert status == 200 and took < BOUND, (path, status, round(took, 2))


def test_pages_keep_answering_through_a_redis_outage_and_a_pause(live_world):
    cookie = f"sessionid={session_cookie(live_world.student).split('=', 1)[1]}"
    redis = PrivateRedis().start()
    server = DaphneServer(redis_url=redis.url, env={"REDIS_SOCKET_TIMEOUT_MS": "500"}).start()
    try:
        pages_answer(server, cookie)
        redis.stop()
        pages_answer(server, cookie)
        assert wait_for_health(server, 503) == 503

        redis.start()
        assert wait_for_health(server, 200) == 200
        pages_answer(server, cookie)

        os.kill(redis.process.pid, signal.SIGSTOP)  # Redis hangs: connections open, no answers
        try:
            pages_answer(server, cookie)
        finally:
            os.kill(redis.process.pid, signal.SIGCONT)
        assert wait_for_health(server, 200) == 200
    finally:
        server.stop()
        redis.stop()
