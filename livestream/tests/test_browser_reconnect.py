"""A daphne process restarts under connected browsers: they resume from their last event,
and what was said through another process meanwhile shows up once, not lost, not twice."""

from __future__ import annotations

import asyncio
import json
import uuid

import pytest
from playwright.sync_api import expect
from websockets.asyncio.client import connect

from livestream.tests.test_browser_room import PHONE, open_page, outside_the_browser_loop, session_cookie
from tests.browser import launch_chromium
from tests.servers import DaphneServer

pytestmark = [pytest.mark.browser, pytest.mark.redis, pytest.mark.slow]


async def say(server: DaphneServer, session_id: int, cookie: dict, lines: list[str]) -> None:
    headers = {"Cookie": f"sessionid={cookie['value']}"}
    async with connect(
        f"{server.ws_url}/ws/live/{session_id}/", origin=server.url, additional_headers=headers
    ) as socket:
        await socket.recv()  # snapshot
        for number, line in enumerate(lines):
            await socket.send(json.dumps({"type": "chat.send", "body": line, "ref": str(number)}))
            while json.loads(await socket.recv()).get("ref") != str(number):
                pass


@pytest.fixture
def two_processes(live_world, redis_url):
    prefix = f"test:{uuid.uuid4().hex[:8]}:live"
    restarted = DaphneServer(redis_url=redis_url, prefix=prefix).start()
    other = DaphneServer(redis_url=redis_url, prefix=prefix).start()
    cookies = {
        name: session_cookie(user, other)
        for name, user in [("alice", live_world.student), ("host", live_world.host)]
    }
    yield live_world, restarted, other, cookies
    restarted.stop()
    other.stop()


@pytest.fixture
def browser(two_processes):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = launch_chromium(p)
        yield instance
        instance.close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_browsers_resume_after_a_restart_without_losing_or_repeating_messages(two_processes, browser):
    world, restarted, other, cookies = two_processes
    path = f"/live/{world.session.pk}/"
    pages = [open_page(browser, restarted, cookies["alice"], path, **PHONE) for _ in range(2)]
    pages[0].get_by_label("消息").fill("重启之前")
    pages[0].get_by_role("button", name="发送").click()
    for page in pages:
        expect(page.locator("[data-chat] li")).to_have_count(1)

    restarted.stop()
    for page in pages:
        expect(page.locator("[data-status]")).to_have_text("连接中断，正在重连…")
    lines = ["断线期间一", "断线期间二", "断线期间三"]
    outside_the_browser_loop(lambda: asyncio.run(say(other, world.session.pk, cookies["host"], lines)))
    restarted.start()

    for page in pages:
        expect(page.locator("[data-status]")).to_have_text("已连接", timeout=30_000)
        expect(page.locator("[data-live-room]")).to_have_attribute("data-sync", "resumed")
        expect(page.locator("[data-chat] li")).to_have_count(4)
        texts = page.locator("[data-chat] li .body").all_inner_texts()
        assert texts == ["重启之前", *lines]
