"""Real Chromium on a real daphne: two students and the host in one live room.

A question asked on one phone is approved by the host, appears on the other phone and is
upvoted; the host pins a job and a student applies from the card in one tap.
"""

from __future__ import annotations

import os
import re
import uuid

import pytest
from django.test import Client
from playwright.sync_api import expect

from livestream.models import CardApplication
from tests.browser import launch_chromium, outside_the_browser_loop
from tests.factories import make_student
from tests.servers import DaphneServer

pytestmark = [pytest.mark.browser, pytest.mark.embedded, pytest.mark.slow]
PHONE = {"viewport": {"width": 375, "height": 740}, "is_mobile": True, "has_touch": True, "locale": "zh-CN"}


def session_cookie(user, server: DaphneServer) -> dict:
    client = Client()
    client.force_login(user)
    value = client.cookies["sessionid"].value
    return {"name": "sessionid", "value": value, "domain": "127.0.0.1", "path": "/"}


@pytest.fixture
def room(live_world):
    """The world, a second student and a daphne process (on Redis when the suite has it)."""
    dora = make_student("dora")
    server = DaphneServer(
        redis_url=os.environ.get("REDIS_URL", ""), prefix=f"test:{uuid.uuid4().hex[:8]}:live"
    )
    server.start()
    cookies = {
        "host": session_cookie(live_world.host, server),
        "alice": session_cookie(live_world.student, server),
        "dora": session_cookie(dora, server),
    }
    yield live_world, server, cookies
    server.stop()


@pytest.fixture
def browser(room):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = launch_chromium(p)
        yield instance
        instance.close()


def open_page(browser, server, cookie, path, **options):
    context = browser.new_context(**options)
    context.add_cookies([cookie])
    page = context.new_page()
    page.goto(server.url + path)
    expect(page.locator("[data-status]")).to_have_text("已连接")
    return page


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_question_travels_between_phones_and_a_pinned_card_gets_an_application(room, browser):
    world, server, cookies = room
    path = f"/live/{world.session.pk}/"
    alice = open_page(browser, server, cookies["alice"], path, **PHONE)
    dora = open_page(browser, server, cookies["dora"], path, **PHONE)
    host = open_page(
        browser, server, cookies["host"], path + "host/", **PHONE
    )  # the console works on a phone
    expect(host.get_by_role("button", name="开始直播")).to_be_hidden()  # already live
    expect(host.get_by_role("button", name="结束直播")).to_be_visible()

    alice.get_by_role("tab", name="问答").click()
    alice.get_by_label("你的提问").fill("实习生可以留用转正吗？")
    alice.get_by_role("button", name="提问", exact=True).click()
    expect(alice.locator("[data-questions] li")).to_contain_text("待审核")

    host.get_by_role("tab", name="问答").click()
    queued = host.locator("[data-questions] li", has_text="实习生可以留用转正吗？")
    expect(queued).to_be_visible()
    expect(host.locator('[data-count="pending"]')).to_have_text("1")
    queued.get_by_role("button", name="通过").click()

    dora.get_by_role("tab", name="问答").click()
    question = dora.locator("[data-questions] li", has_text="实习生可以留用转正吗？")
    expect(question).to_be_visible()
    question.get_by_role("button", name=re.compile("点赞")).click()
    expect(question.get_by_role("button", name=re.compile("已点赞"))).to_be_disabled()
    expect(alice.locator("[data-questions] li", has_text="实习生可以留用转正吗？")).to_contain_text("▲ 1")

    host.locator("li", has_text="数据分析师").get_by_role("button", name="置顶").click()
    card = alice.locator("[data-card]")
    expect(card).to_contain_text("数据分析师")
    expect(card).to_contain_text("8k–12k")
    card.get_by_role("button", name="一键投递").click()
    expect(card.get_by_role("button")).to_have_text("已投递 ✓")
    expect(host.locator('[data-count="applications"]')).to_have_text("1")
    expect(host.locator('[data-count="card_applications"]')).to_have_text("1")

    for page in (alice, host):
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
    link = outside_the_browser_loop(
        lambda: CardApplication.objects.select_related("application", "card").get(
            application__student=world.student
        )
    )
    assert link.application.job_id == link.card.job_id == world.jobs[1].pk


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_chat_text_is_shown_as_text_never_as_html(room, browser):
    world, server, cookies = room
    path = f"/live/{world.session.pk}/"
    alice = open_page(browser, server, cookies["alice"], path, **PHONE)
    dora = open_page(browser, server, cookies["dora"], path, **PHONE)
    alice.get_by_label("消息").fill("<img src=x onerror=\"document.title='pwned'\">你好")
    alice.get_by_role("button", name="发送").click()
    expect(dora.locator("[data-chat] li").last).to_contain_text(
        "<img src=x onerror=\"document.title='pwned'\">你好"
    )
    assert dora.locator("[data-chat] img").count() == 0
    assert dora.title() != "pwned"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_job_closed_during_the_session_vanishes_from_phones_and_is_marked_on_the_console(room, browser):
    world, server, cookies = room
    path = f"/live/{world.session.pk}/"
    alice = open_page(browser, server, cookies["alice"], path, **PHONE)
    host = open_page(browser, server, cookies["host"], path + "host/", **PHONE)
    host.locator("li", has_text="数据分析师").get_by_role("button", name="置顶").click()
    expect(alice.locator("[data-card]")).to_contain_text("数据分析师")
    expect(alice.locator("[data-job-list]")).to_contain_text("数据分析师")

    dashboard = host.context.new_page()  # the recruiter closes it from the console, on the same server
    dashboard.goto(server.url + "/recruit/")
    dashboard.locator("article", has_text="数据分析师").get_by_role("button", name="关闭").click()
    dashboard.wait_for_url("**/recruit/")

    expect(alice.locator("[data-card]")).to_be_hidden()
    expect(alice.locator("[data-job-list]")).not_to_contain_text("数据分析师")
    expect(alice.locator("[data-job-list]")).to_contain_text(world.jobs[0].title)
    console_item = host.locator(".pin-list li", has_text="数据分析师")
    expect(console_item).to_contain_text("未发布：学生看不到")
    expect(console_item.get_by_role("button", name="置顶")).to_have_count(0)


@pytest.mark.redis
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_busy_chat_arrives_in_batches_in_order_with_its_real_rate_shown(live_world, browser_only):
    """A burst of chat (published as the services do, faster than anyone can read): the phone
    renders the sample it gets in order and says how busy the chat really is; the host's
    console gets every message."""
    from livestream.realtime.backends import RedisBackend
    from livestream.realtime.events import encode_body

    prefix = f"test:{uuid.uuid4().hex[:8]}:live"
    env = {"LIVE_ROOM_COALESCE_MS": "200", "LIVE_ROOM_COALESCE_MIN_MS": "200"}
    env["LIVE_ROOM_CHAT_SAMPLE_RATE"] = "5"
    server = DaphneServer(redis_url=os.environ["REDIS_URL"], prefix=prefix, env=env).start()
    try:
        path = f"/live/{live_world.session.pk}/"
        student, hosting = (
            outside_the_browser_loop(lambda user=user: session_cookie(user, server))
            for user in (live_world.student, live_world.host)
        )
        viewer = open_page(browser_only, server, student, path, **PHONE)
        host = open_page(browser_only, server, hosting, path + "host/", **PHONE)
        backend = RedisBackend(os.environ["REDIS_URL"], prefix, buffer=500, ttl=60)
        for number in range(1, 61):
            message = {"id": 10_000 + number, "author": "王同学", "host": False, "body": f"第{number:02d}条"}
            payload = {"type": "chat.message", "message": {**message, "at": "2026-12-06T02:00:00Z"}}
            backend.publish(live_world.session.pk, "*", encode_body(payload))
        expect(host.locator("[data-chat] li")).to_have_count(60)
        expect(viewer.locator("[data-chat-rate]")).to_be_visible()
        expect(viewer.locator("[data-chat-rate]")).to_contain_text("每秒")
        bodies = viewer.locator("[data-chat] li .body").all_text_contents()
        numbers = [int(re.search(r"\d+", body).group()) for body in bodies]
        assert 1 < len(numbers) < 60, "the phone got a sample"
        assert numbers == sorted(numbers), "rendered in the order sent"
        assert host.locator("[data-chat-rate]").is_hidden()
    finally:
        server.stop()


@pytest.fixture
def browser_only():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = launch_chromium(p)
        yield instance
        instance.close()
