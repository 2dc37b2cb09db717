"""The whole campaign journey on a 375 px phone, in real Chromium on a real daphne process.

A student arrives through a company's campaign link, signs up, applies in one tap from a live
room's pinned job; the recruiter (a second browser context) invites to an interview with two
times; the student's header badge counts the invitation without a reload, the student picks a
time in one tap, both join the video room and decode each other's frames; the recruiter makes an
offer, the student accepts, and the link's page counts every step from the scan to the hire."""

from __future__ import annotations

import datetime as dt
import os
import re
import time
import uuid
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from jobs.models import Application
from livestream.tests.conftest import make_session
from livestream.tests.test_browser_room import PHONE
from livestream.tests.test_browser_video import wait_for
from qr.services import links
from tests.browser import launch_chromium, outside_the_browser_loop
from tests.factories import make_campaign, make_company, make_job, make_recruiter, make_university
from tests.servers import DaphneServer

pytestmark = [pytest.mark.browser, pytest.mark.embedded, pytest.mark.slow]

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
DECODED = """async () => {
  const peer = document.querySelector('[data-interview-room]').peer;
  if (!peer) return 0;
  let value = 0;
  (await peer.getStats()).forEach((r) => {
    if (r.type === 'inbound-rtp' && r.kind === 'video') value = r.framesDecoded || 0;
  });
  return value;
}"""


def local_input(moment: dt.datetime) -> str:
    """A moment as a ``datetime-local`` input holds it (the site's time zone)."""
    return timezone.localtime(moment).replace(second=0, microsecond=0).strftime("%Y-%m-%dT%H:%M")


@pytest.fixture
def fair(transactional_db):
    """A company live on air with two jobs, its recruiter, the company's link to the room, and a
    daphne process serving them."""
    make_campaign()
    make_university()
    company = make_company()
    make_recruiter(company)
    session = make_session(company, [make_job(company), make_job(company, "数据分析师")])
    link = links.link_for_live_session(session)
    redis_url = os.environ.get("REDIS_URL", "")
    # With Redis the layer is shared and the badge must come by the socket's push (polling is
    # too slow to pass); without, the page polls every 2 s as it says in the socket's hello.
    server = DaphneServer(
        redis_url=redis_url,
        prefix=f"test:{uuid.uuid4().hex[:8]}:live",
        env={"NOTIFICATIONS_POLL_SECONDS": "600" if redis_url else "2"},
    ).start()
    yield session, link, server
    server.stop()


@pytest.fixture
def chromium(fair):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = launch_chromium(p, fake_media=True)
        yield browser
        browser.close()


def fits(page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= 375, page.url


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_from_a_campaign_link_to_a_hire_on_a_phone(fair, chromium, tmp_path: Path):
    session, link, server = fair
    started = time.monotonic()
    timings: dict[str, float] = {}

    def lap(name: str) -> None:
        timings[name] = round(time.monotonic() - started, 1)

    # The student follows the company's link (as a scan of its QR code) into the live room.
    student = chromium.new_context(**PHONE).new_page()
    student.goto(f"{server.url}/q/{link.code}?via=qr")
    assert student.url.endswith(f"/live/{session.pk}/")
    expect(student.locator("[data-status]")).to_have_text("已连接")

    # The recruiter hosts the room from a phone and pins a job.
    recruiter = chromium.new_context(**PHONE).new_page()
    recruiter.goto(f"{server.url}/accounts/login/?next=/live/{session.pk}/host/")
    recruiter.get_by_label("用户名").fill("bob")
    recruiter.get_by_label("密码").fill("pw-bob-12345")
    recruiter.locator("main").get_by_role("button", name="登录").click()
    expect(recruiter.locator("[data-status]")).to_have_text("已连接")
    recruiter.locator("li", has_text="数据分析师").get_by_role("button", name="置顶").click()
    card = student.locator("[data-card]")
    expect(card).to_contain_text("数据分析师")
    lap("scan and live room")

    # Not signed in, the card's button leads to sign-up; the profile form returns to the room.
    card.get_by_role("link", name="一键投递").click()
    student.get_by_role("link", name="注册为学生").click()
    student.get_by_label("用户名").fill("xiaoli")
    student.get_by_label(re.compile(r"^密码[:：]?$")).fill("Str0ng-pass-2025")
    student.get_by_label("密码确认").fill("Str0ng-pass-2025")
    student.get_by_role("button", name="创建账号").click()
    student.get_by_label("姓名").fill("王小丽")
    student.get_by_label("学校").select_option(label="华东理工示范大学")
    student.get_by_label("专业").fill("统计学")
    student.get_by_label("学历").select_option("bachelor")
    student.get_by_label("毕业年份").fill("2025")
    student.get_by_label("手机号").fill("13912345678")
    resume = tmp_path / "resume.pdf"
    resume.write_bytes(PDF)
    student.get_by_label("简历（PDF）").set_input_files(str(resume))
    fits(student)
    student.get_by_role("button", name="保存并返回").click()
    student.wait_for_url(f"**/live/{session.pk}/")
    expect(student.locator("[data-status]")).to_have_text("已连接")

    # One tap on the pinned card applies.
    card = student.locator("[data-card]")
    expect(card).to_contain_text("数据分析师")
    card.get_by_role("button", name="一键投递").click()
    expect(card.get_by_role("button")).to_have_text("已投递 ✓")
    fits(student)
    lap("signed up and applied")

    application = outside_the_browser_loop(
        lambda: Application.objects.get(student__username="xiaoli", job__title="数据分析师")
    )

    # The student waits on their applications page; the badge shows what is unread now.
    student.get_by_role("link", name="我的投递").click()
    badge = student.locator("[data-unread-badge]")
    before = int(badge.get_attribute("data-unread") or "0")
    student.evaluate("window.stillThisPage = true")  # gone if the page were reloaded

    # The recruiter invites to a video interview with two times; the first starts in 5 minutes.
    recruiter.goto(f"{server.url}/recruit/applications/{application.pk}/interview/")
    expect(recruiter.get_by_text("王小丽 · 数据分析师")).to_be_visible()
    recruiter.get_by_label("时间 1").fill(local_input(timezone.now() + dt.timedelta(minutes=5)))
    recruiter.get_by_label("时间 2").fill(local_input(timezone.now() + dt.timedelta(days=1)))
    fits(recruiter)
    recruiter.get_by_role("button", name="发送邀请").click()
    recruiter.wait_for_url(re.compile(r"/interviews/\d+/$"))
    interview_path = recruiter.url.removeprefix(server.url)

    # Without a reload the student's badge counts the invitation.
    # (the invitation, and the application's move to "interview": two notifications today)
    expect(badge).not_to_have_attribute("data-unread", str(before), timeout=15000)
    expect(badge).to_be_visible()
    assert int(badge.inner_text()) > before
    assert student.evaluate("window.stillThisPage === true")
    lap("invited, badge updated")

    # The inbox shows the invitation; its link opens the interview; one tap picks the first time.
    student.get_by_role("link", name=re.compile("^通知")).click()
    fits(student)
    student.get_by_role("link", name="面试邀请：数据分析师").click()
    assert student.url == server.url + interview_path
    slots = student.locator("form.slot button")
    expect(slots).to_have_count(2)
    slots.first.click()
    expect(student.get_by_text("时间已确认")).to_be_visible()
    fits(student)
    lap("slot picked")

    # Both join the video room and decode each other's frames.
    student.get_by_role("link", name="进入视频面试间").click()
    student.get_by_role("button", name="进入面试").click()
    recruiter.goto(server.url + interview_path + "room/")
    recruiter.get_by_role("button", name="进入面试").click()
    for page in (student, recruiter):
        expect(page.locator("[data-note]")).to_have_text("已连接", timeout=20000)
        wait_for(page, DECODED, 10)
        fits(page)
    lap("video both ways")

    # The recruiter makes an offer; the student, still in the video room, sees the badge grow.
    unread = int(badge.get_attribute("data-unread") or "0")
    student.evaluate("window.stillThisPage = true")
    recruiter.goto(f"{server.url}/recruit/applications/{application.pk}/offer/")
    recruiter.get_by_label("答复截止").fill(local_input(timezone.now() + dt.timedelta(days=7)))
    recruiter.get_by_label("月薪（元）").fill("9000")
    fits(recruiter)
    recruiter.get_by_role("button", name="发送录用通知").click()
    expect(recruiter.locator("main")).to_contain_text("9000")

    expect(badge).not_to_have_attribute("data-unread", str(unread), timeout=15000)
    assert int(badge.inner_text()) > unread
    assert student.evaluate("window.stillThisPage === true")
    student.get_by_role("link", name=re.compile("^通知")).click()
    student.get_by_role("link", name="您收到录用通知：数据分析师").click()
    assert student.url == f"{server.url}/me/applications/{application.pk}/offer/"
    expect(student.locator("main")).to_contain_text("9000")
    student.get_by_role("button", name="接受录用").click()
    expect(student.get_by_role("button", name="接受录用")).to_have_count(0)
    fits(student)
    lap("offer accepted")

    # The link's page, seen by the company that owns it, counts each step once.
    recruiter.goto(f"{server.url}/links/{link.code}/")
    steps = recruiter.locator("[data-funnel] li")
    expect(steps).to_have_count(7)
    counts = dict(
        zip(
            recruiter.locator("[data-funnel] .funnel-label").all_inner_texts(),
            [int(n) for n in recruiter.locator("[data-funnel-count]").all_inner_texts()],
            strict=True,
        )
    )
    assert counts == {
        "扫码和点击": 1,
        "注册": 1,
        "直播观众": 1,
        "投递": 1,
        "面试人数": 1,
        "录用人数": 1,
        "接受录用人数": 1,
    }
    scans = recruiter.locator(".counters div").filter(has=recruiter.get_by_text("扫描二维码", exact=True))
    expect(scans.locator("[data-metric-total]")).to_have_text("1")  # counted as a scan of the QR code
    fits(recruiter)
    lap("funnel")
    print("journey timings (s, cumulative):", timings)
