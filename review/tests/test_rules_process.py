"""On a real daphne process: a reviewer's pathological rule and a recruiter's 1 MB posting do not
stall the process. A student's live-room socket pings every 50 ms throughout, and every pong
comes back within 200 ms."""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

import pytest
from websockets.asyncio.client import connect

from livestream.tests.conftest import LiveWorld, live_world  # noqa: F401 - the fixture
from livestream.tests.test_processes import session_cookie
from review.models import Rule
from tests.servers import DaphneServer

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
CATASTROPHIC = "(a+)+$"  # Python's re backtracks exponentially on "aaa…ab"
TICK = 0.05
TICK_BUDGET = 0.2


def post(server: DaphneServer, path: str, cookie: str, data: dict[str, str]) -> tuple[int, bytes]:
    """A form POST as the browser sends it, with a CSRF cookie and header of our own."""
    token = secrets.token_hex(16)
    request = urllib.request.Request(  # noqa: S310 - our own http URL
        server.url + path,
        data=urllib.parse.urlencode(data).encode(),
        headers={"Cookie": f"{cookie}; csrftoken={token}", "X-CSRFToken": token},
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


async def ping_until(socket, done: asyncio.Event) -> list[float]:
    """Round trips of a ping sent every ``TICK`` seconds until ``done`` (a missing pong counts
    as the time waited for it)."""
    trips: list[float] = []
    while not done.is_set():
        sent = time.perf_counter()
        await socket.send(json.dumps({"type": "ping"}))
        try:
            async with asyncio.timeout(5):
                while json.loads(await socket.recv())["type"] != "pong":
                    pass
        except TimeoutError:
            pass
        trips.append(time.perf_counter() - sent)
        await asyncio.sleep(max(0.0, TICK - (time.perf_counter() - sent)))
    return trips


async def while_recruiter_checks(server: DaphneServer, world: LiveWorld, recruiter: str, student: str):
    socket = await connect(
        f"{server.ws_url}/ws/live/{world.session.pk}/",
        origin=server.url,
        additional_headers={"Cookie": student},
    )
    assert json.loads(await socket.recv())["type"] == "snapshot"
    done = asyncio.Event()
    pinging = asyncio.create_task(ping_until(socket, done))
    await asyncio.sleep(0.5)
    answers = []
    for data in (
        {"title": "测试岗位", "description": "a" * 1_000_000 + "b"},  # a 1 MB posting
        {"title": "测试岗位", "description": "限男性，" + "a" * 4990 + "b"},  # within the cap
    ):
        answers.append(await asyncio.to_thread(post, server, "/recruit/jobs/check/", recruiter, data))
    await asyncio.sleep(0.5)
    done.set()
    trips = await pinging
    await socket.close()
    return answers, trips


def test_a_pathological_rule_and_a_megabyte_posting_do_not_stall_a_live_room(live_world):  # noqa: F811
    Rule.objects.create(
        code="pathological", family="pyramid", kind="fraud", pattern=CATASTROPHIC, explanation="x"
    )
    recruiter, student = session_cookie(live_world.host), session_cookie(live_world.student)
    server = DaphneServer(
        redis_url=os.environ.get("REDIS_URL", ""), prefix=f"test:{uuid.uuid4().hex[:8]}:live"
    ).start()
    try:
        answers, trips = asyncio.run(while_recruiter_checks(server, live_world, recruiter, student))
    finally:
        server.stop()
    (big, big_body), (capped, capped_body) = answers
    assert big == 413 and "5000" in big_body.decode()
    assert capped == 200 and "<mark>限男性</mark>" in capped_body.decode()  # the rules ran on it
    assert len(trips) >= 10
    assert max(trips) <= TICK_BUDGET, f"slowest pong {max(trips) * 1000:.0f} ms of {len(trips)}"
