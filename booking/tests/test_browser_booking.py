"""In real Chromium on a phone: a student registers for a company visit and gets a ticket; the
company's recruiter checks the ticket in at the door by typing its code."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from booking.tests.conftest import visit
from tests.browser import launch_chromium

pytestmark = [pytest.mark.browser, pytest.mark.slow]
PHONE = {"viewport": {"width": 375, "height": 800}, "locale": "zh-CN"}


@pytest.fixture
def frozen():
    """Real time: the browser's cookies follow the real clock."""
    return None


def log_in(page, base: str, username: str, password: str, next_url: str) -> None:
    page.goto(f"{base}/accounts/login/?next={next_url}")
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(password)
    page.locator("main").get_by_role("button", name="登录").click()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_student_registers_on_a_phone_and_the_ticket_is_checked_in_by_its_typed_code(live_server, world):
    from playwright.sync_api import expect, sync_playwright

    start = timezone.localtime().replace(hour=14, minute=0, second=0, microsecond=0) + dt.timedelta(days=7)
    event = visit(world, capacity=30, start=start)
    with sync_playwright() as p:
        browser = launch_chromium(p)
        student = browser.new_context(**PHONE).new_page()
        log_in(student, live_server.url, "alice", "pw-alice-12345", "/events/?kind=visit")
        student.get_by_role("link", name=event.title).click()
        student.get_by_role("button", name="报名").click()
        expect(student.get_by_text("报名成功，电子票如下。")).to_be_visible()
        code = student.locator("[data-ticket-code]").inner_text()
        expect(student.get_by_role("img", name="电子票二维码")).to_be_visible()
        assert student.evaluate("document.documentElement.scrollWidth") <= 375

        door = browser.new_context(**PHONE).new_page()
        log_in(door, live_server.url, "bob", "pw-bob-12345", f"/events/{event.pk}/checkin/")
        door.get_by_label("票码").fill(code.lower())
        door.get_by_role("button", name="签到").click()
        expect(door.locator("[data-outcome]")).to_have_attribute("data-outcome", "checked_in")
        expect(door.get_by_text("已签到 1 / 1")).to_be_visible()
        door.get_by_label("票码").fill(code)
        door.get_by_role("button", name="签到").click()
        expect(door.locator("[data-outcome]")).to_have_attribute("data-outcome", "already")
        expect(door.locator("[data-outcome]")).to_contain_text("bob")
        door.get_by_label("票码").fill("NOTACODE")
        door.get_by_role("button", name="签到").click()
        expect(door.locator("[data-outcome]")).to_have_attribute("data-outcome", "refused")

        student.reload()
        expect(student.locator(".status")).to_contain_text("签到于")
        browser.close()
