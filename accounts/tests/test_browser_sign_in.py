"""Sign-in defences as a person meets them, in real Chromium on a phone against a real daphne:
five wrong passwords lock the account with the time to wait (the right password is refused
until then), and staff pass the second step only with their authenticator's current code."""

from __future__ import annotations

import os
import re
import uuid

import pytest

from accounts.testing import totp_device, totp_token
from review.tests.test_browser_review_flow import log_in
from review.tests.test_review import make_reviewer
from tests.browser import launch_chromium
from tests.factories import make_campaign, make_student
from tests.servers import DaphneServer

pytestmark = [pytest.mark.browser, pytest.mark.slow]
PHONE = {"viewport": {"width": 375, "height": 800}, "locale": "zh-CN"}
STUDENT_PASSWORD = "pw-alice-12345"  # tests.factories.make_student


@pytest.fixture
def server(transactional_db):
    make_campaign()
    make_student()
    device = totp_device(make_reviewer())
    daphne = DaphneServer(
        redis_url=os.environ.get("REDIS_URL", ""), prefix=f"test:{uuid.uuid4().hex[:8]}:live"
    ).start()
    daphne.device = device
    yield daphne
    daphne.stop()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_five_wrong_passwords_lock_the_account_and_say_how_long(server):
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = launch_chromium(p)
        page = browser.new_context(**PHONE).new_page()
        for _ in range(4):
            log_in(page, server.url, "alice", "wrong-password", "/")
            expect(page.locator("main")).to_contain_text(re.compile("用户名|密码"))
            assert "/accounts/login/" in page.url
        log_in(page, server.url, "alice", "wrong-password", "/")  # the fifth
        expect(page.locator("main")).to_contain_text("登录失败次数过多")
        expect(page.locator("main")).to_contain_text("15 分钟")
        # The right password does not open a locked account, from a fresh browser either.
        other = browser.new_context(**PHONE).new_page()
        log_in(other, server.url, "alice", STUDENT_PASSWORD, "/")
        expect(other.locator("main")).to_contain_text("登录失败次数过多")
        assert other.context.cookies() == [] or all(c["name"] != "sessionid" for c in other.context.cookies())
        browser.close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_reviewer_passes_the_second_step_only_with_the_current_code(server):
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = launch_chromium(p)
        page = browser.new_context(**PHONE).new_page()
        log_in(page, server.url, "rita", "pw-rita-12345", "/review/")
        page.wait_for_url(re.compile(r"/accounts/2fa/"))
        # Any other page sends the reviewer back to the second step.
        page.goto(f"{server.url}/review/")
        expect(page).to_have_url(re.compile(r"/accounts/2fa/"))
        field = page.get_by_label(re.compile("身份验证器|authenticator"))
        field.fill("000000" if totp_token(server.device) != "000000" else "111111")
        page.locator("main").get_by_role("button", name=re.compile("继续|Continue")).click()
        expect(page).to_have_url(re.compile(r"/accounts/2fa/"))
        page.wait_for_timeout(2500)  # django-otp holds a device back a second or two after a failure
        field = page.get_by_label(re.compile("身份验证器|authenticator"))
        field.fill(totp_token(server.device))
        page.locator("main").get_by_role("button", name=re.compile("继续|Continue")).click()
        page.wait_for_url(re.compile(r"/review/$"))
        expect(page.locator("main h1")).to_be_visible()
        browser.close()
