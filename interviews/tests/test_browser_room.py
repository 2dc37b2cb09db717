"""Real Chromium on a real daphne: the applicant and the interviewer, each in their own browser
context on a 375 px phone with a fake camera and microphone, join the 1:1 room; WebRTC statistics
show video frames decoded in both directions. With the camera refused, the applicant joins with
sound only and still sees the interviewer."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from interviews import services
from interviews.services import Invitation
from interviews.tests.conftest import soon
from livestream.tests.test_browser_room import PHONE, outside_the_browser_loop, session_cookie
from livestream.tests.test_browser_video import wait_for
from tests.browser import launch_chromium
from tests.servers import DaphneServer

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def inbound(kind: str, counter: str) -> str:
    return f"""async () => {{
  const peer = document.querySelector('[data-interview-room]').peer;
  if (!peer) return 0;
  let value = 0;
  (await peer.getStats()).forEach((r) => {{
    if (r.type === 'inbound-rtp' && r.kind === '{kind}') value = r.{counter} || 0;
  }});
  return value;
}}"""


DECODED = inbound("video", "framesDecoded")
HEARD = inbound("audio", "totalSamplesReceived")
NO_CAMERA = """(() => {
  const devices = navigator.mediaDevices, ask = devices.getUserMedia.bind(devices);
  devices.getUserMedia = (wanted) => wanted && wanted.video
    ? Promise.reject(new DOMException('Permission denied', 'NotAllowedError')) : ask(wanted);
})();"""


@pytest.fixture
def call(world):
    interview = services.invite(
        world.application.pk, Invitation("video", 30, [soon(0, minutes=5)], fixed=True), by=world.recruiter
    )
    server = DaphneServer().start()
    cookies = {
        "recruiter": session_cookie(world.recruiter, server),
        "student": session_cookie(world.student, server),
    }
    yield interview, server, cookies
    server.stop()


@pytest.fixture
def chromium(call):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = launch_chromium(p, fake_media=True)
        yield browser
        browser.close()


def join(browser, server, cookie, path, script: str = ""):
    context = browser.new_context(**PHONE)
    context.add_cookies([cookie])
    if script:
        context.add_init_script(script)
    page = context.new_page()
    page.goto(server.url + path)
    page.get_by_role("button", name="进入面试").click()
    return page


def test_both_sides_see_each_other_on_phones(call, chromium):
    interview, server, cookies = call
    path = f"/interviews/{interview.pk}/room/"
    student = join(chromium, server, cookies["student"], path)
    expect(student.locator("[data-note]")).to_have_text("等待面试官进入…")
    recruiter = join(chromium, server, cookies["recruiter"], path)
    for page in (student, recruiter):
        expect(page.locator("[data-note]")).to_have_text("已连接", timeout=15000)
        first = wait_for(page, DECODED, 0)
        assert wait_for(page, DECODED, first + 10) > first + 10, "frames keep coming"
        wait_for(page, HEARD, 4800)  # a tenth of a second of the other side's sound
        assert page.evaluate("document.documentElement.scrollWidth") <= 375  # nothing wider than the phone
    # the applicant reloads: the interviewer calls again and both see each other again
    student.reload()
    student.get_by_role("button", name="进入面试").click()
    expect(student.locator("[data-note]")).to_have_text("已连接", timeout=15000)
    wait_for(student, DECODED, 5)


def test_with_the_camera_refused_the_applicant_joins_with_sound_only(call, chromium):
    interview, server, cookies = call
    path = f"/interviews/{interview.pk}/room/"
    student = join(chromium, server, cookies["student"], path, NO_CAMERA)
    expect(student.locator("[data-interview-room]")).to_have_attribute("data-media", "audio")
    recruiter = join(chromium, server, cookies["recruiter"], path)
    room = recruiter.locator("[data-interview-room]")
    expect(room).to_have_attribute("data-peer-video", "off", timeout=15000)
    expect(recruiter.locator("[data-note]")).to_contain_text("对方未开启摄像头", timeout=15000)
    wait_for(student, DECODED, 10)  # the applicant sees the interviewer
    wait_for(recruiter, HEARD, 4800)  # the interviewer hears the applicant
    expect(student.locator("[data-camera]")).to_be_hidden()


def test_a_stranger_gets_the_reason_not_the_room(call, chromium, world):
    interview, server, _ = call
    cookie = outside_the_browser_loop(lambda: session_cookie(world.other_student, server))
    context = chromium.new_context(**PHONE)
    context.add_cookies([cookie])
    page = context.new_page()
    response = page.goto(f"{server.url}/interviews/{interview.pk}/room/")
    assert response is not None and response.status == 404


def test_the_invitation_and_interview_pages_fit_a_phone(call, chromium, world):
    interview, server, cookies = call
    pages = {
        "recruiter": [
            f"/recruit/applications/{world.application.pk}/interview/",
            f"/interviews/{interview.pk}/",
        ],
        "student": [f"/interviews/{interview.pk}/", "/me/interviews/"],
    }
    for side, paths in pages.items():
        context = chromium.new_context(**PHONE)
        context.add_cookies([cookies[side]])
        page = context.new_page()
        for path in paths:
            assert page.goto(server.url + path).status == 200
            page.locator("details").evaluate_all("all => all.forEach((d) => { d.open = true; })")
            assert page.evaluate("document.documentElement.scrollWidth") <= 375, path
        context.close()
