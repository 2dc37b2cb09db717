"""Real Chromium on a real daphne: the host's fake camera published from the console, watched on a
phone over WebRTC; the synthetic demo publisher; HLS through hls.js when the seats are taken."""

from __future__ import annotations

import time

import pytest
from playwright.sync_api import expect

from livestream.tests.test_browser_room import PHONE, outside_the_browser_loop, session_cookie
from tests.browser import launch_chromium
from tests.servers import DaphneServer

pytestmark = [
    pytest.mark.browser,
    pytest.mark.embedded,
    pytest.mark.slow,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def inbound(kind: str, counter: str) -> str:
    """Page script: the player's received ``kind`` track's ``counter`` from WebRTC stats."""
    return f"""async () => {{
  const peer = document.querySelector('[data-video]').peer;
  if (!peer) return 0;
  let value = 0;
  (await peer.getStats()).forEach((r) => {{
    if (r.type === 'inbound-rtp' && r.kind === '{kind}') value = r.{counter} || 0;
  }});
  return value;
}}"""


DECODED = inbound("video", "framesDecoded")
HEARD = inbound("audio", "totalSamplesReceived")
PLAYED = "() => { const v = document.querySelector('[data-player]'); return v.currentTime; }"


def serve(env: dict[str, str]) -> DaphneServer:
    return DaphneServer(env=env).start()


@pytest.fixture
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = launch_chromium(p, fake_media=True)
        yield browser
        browser.close()


def page_for(browser, server, path, cookie=None, **options):
    context = browser.new_context(**options)
    if cookie:
        context.add_cookies([cookie])
    page = context.new_page()
    page.goto(server.url + path)
    return page


def wait_for(page, script, minimum, timeout=20.0):
    """Poll ``script`` in the page until it returns more than ``minimum``; its last value."""
    deadline = time.monotonic() + timeout
    while (value := page.evaluate(script)) <= minimum:
        assert time.monotonic() < deadline, f"still {value} after {timeout} s"
        page.wait_for_timeout(250)
    return value


def test_a_phone_waiting_for_the_session_sees_the_host_camera_once_it_goes_live(live_world, chromium):
    session = live_world.session
    outside_the_browser_loop(lambda: type(session).objects.filter(pk=session.pk).update(state="scheduled"))
    server = serve({"DEMO_PUBLISHER": "false", "HLS_ENABLED": "false"})
    try:
        path = f"/live/{session.pk}/"
        phone = page_for(chromium, server, path, **PHONE)
        expect(phone.locator("[data-stage-note]")).to_have_text("等待主播开启摄像头…")
        cookie = outside_the_browser_loop(lambda: session_cookie(live_world.host, server))
        host = page_for(chromium, server, path + "host/", cookie, **PHONE)
        host.get_by_role("button", name="开始直播").click()  # the camera starts with the session
        expect(host.locator("[data-camera-note]")).to_have_text("正在直播", timeout=15000)
        expect(phone.locator("[data-video-mode]")).to_have_text("低延迟（WebRTC）", timeout=10000)
        first = wait_for(phone, DECODED, 10)
        assert wait_for(phone, DECODED, first + 30) > first + 30, "frames keep coming"
    finally:
        server.stop()


def test_a_newcomer_sees_the_demo_session_live_without_a_camera(live_world, chromium):
    server = serve({"DEMO_PUBLISHER": "true", "HLS_ENABLED": "false"})
    try:
        phone = page_for(chromium, server, f"/live/{live_world.session.pk}/", **PHONE)
        wait_for(phone, DECODED, 30)
        wait_for(phone, HEARD, 48000)  # a second of the demo's sound
        expect(phone.locator("[data-video-mode]")).to_have_text("低延迟（WebRTC）")
    finally:
        server.stop()


def test_with_the_seats_taken_the_phone_plays_hls(live_world, chromium):
    server = serve({"DEMO_PUBLISHER": "true", "RTC_VIEWER_CAP": "0"})
    try:
        context = chromium.new_context(**PHONE)
        playlists: list[int] = []
        context.on("response", lambda r: r.url.endswith(".m3u8") and playlists.append(r.status))

        def first_not_there_yet(route):
            # The first playlist request gets the origin's answer before its first segment exists
            # (404), whether or not the encoder was quicker than the page on this machine.
            if not playlists:
                route.fulfill(status=404, body="")
            else:
                route.continue_()

        context.route("**/*.m3u8", first_not_there_yet)
        phone = context.new_page()
        phone.goto(f"{server.url}/live/{live_world.session.pk}/")
        expect(phone.locator("[data-video-mode]")).to_have_text("标准直播流（HLS）")
        wait_for(phone, PLAYED, 1, timeout=40)
        assert playlists[0] == 404 and 200 in playlists, "after a 404 the page kept asking, and plays"
    finally:
        server.stop()
