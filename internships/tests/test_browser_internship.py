"""In real Chromium at 375 px: the intern logs the week, evaluates and raises a problem from a phone;
the career officer answers it from a phone. No page scrolls sideways."""

from __future__ import annotations

import datetime as dt

import pytest

from accounts.testing import enter_totp, totp_device
from internships.services.placements import confirm_placement, today
from internships.tests.conftest import PASSWORD
from tests.browser import launch_chromium

pytestmark = [pytest.mark.browser, pytest.mark.slow]
PHONE = {"viewport": {"width": 375, "height": 800}, "locale": "zh-CN"}


def log_in(page, base: str, username: str, next_url: str) -> None:
    page.goto(f"{base}/accounts/login/?next={next_url}")
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(PASSWORD)
    page.locator("main").get_by_role("button", name="登录").click()


def fits(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= 375


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_intern_and_a_career_officer_use_the_placement_pages_on_a_phone(live_server, cast):
    from playwright.sync_api import expect, sync_playwright

    placement = cast.hire(cast.alice)
    confirm_placement(
        placement,
        starts_on=today() - dt.timedelta(days=40),
        ends_on=today() + dt.timedelta(days=20),
        mentor_name="李工",
        mentor_title="高级工程师",
        by=cast.bob,
    )
    carol_device = totp_device(cast.carol)  # career staff sign in with a second factor
    with sync_playwright() as p:
        browser = launch_chromium(p)
        student = browser.new_context(**PHONE).new_page()
        log_in(student, live_server.url, "alice", "/internships/")
        student.get_by_role("link", name=cast.lingsi.name).click()
        expect(student.get_by_role("heading", name="我的实习")).to_be_visible()
        assert fits(student)
        student.get_by_label("本周实习内容").fill("完成串口驱动调试。")
        student.get_by_role("button", name="保存本周周志").click()
        expect(student.get_by_text("本周周志已保存。")).to_be_visible()
        student.get_by_label("4").check()
        student.get_by_role("button", name="提交评价").click()
        expect(student.get_by_text("谢谢，评价已保存。")).to_be_visible()
        student.get_by_label("问题描述").fill("加班过多，影响毕业设计。")
        student.get_by_role("button", name="发送", exact=True).click()
        expect(student.get_by_text("已通知学校指导教师。")).to_be_visible()
        assert fits(student)

        office = browser.new_context(**PHONE).new_page()
        log_in(office, live_server.url, "carol", "/internships/")
        enter_totp(office, carol_device)
        expect(office.get_by_text("加班过多，影响毕业设计。")).to_be_visible()
        assert fits(office)
        office.get_by_role("link", name="王小丽").first.click()
        office.get_by_label("您的答复").fill("已与企业导师沟通，本周起不安排周末加班。")
        office.get_by_role("button", name="发送答复").click()
        expect(office.get_by_text("答复已发送给学生。")).to_be_visible()
        assert fits(office)

        student.reload()
        expect(student.get_by_text("已与企业导师沟通")).to_be_visible()
        browser.close()
