"""Real Chromium on a real daphne, two phones: the applicant writes, the recruiter's open page
shows the message without a reload, and the answer comes back the same way; discriminatory
wording is flagged on the sender's page only."""

from __future__ import annotations

import os
import uuid

import pytest

from jobs.services import apply
from review.tests.test_browser_review_flow import log_in
from tests.browser import launch_chromium
from tests.factories import make_campaign, make_company, make_job, make_recruiter, make_student
from tests.servers import DaphneServer

pytestmark = [pytest.mark.browser, pytest.mark.slow]
PHONE = {"viewport": {"width": 375, "height": 740}, "locale": "zh-CN", "is_mobile": True, "has_touch": True}


@pytest.fixture
def server(transactional_db):
    make_campaign()
    company = make_company()
    make_recruiter(company)
    application = apply(make_student(), make_job(company)).application
    daphne = DaphneServer(
        redis_url=os.environ.get("REDIS_URL", ""), prefix=f"test:{uuid.uuid4().hex[:8]}:live"
    ).start()
    daphne.application_id = application.pk
    yield daphne
    daphne.stop()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_messages_arrive_without_a_reload_on_both_phones(server):
    from playwright.sync_api import expect, sync_playwright

    thread = f"/applications/{server.application_id}/messages/"
    with sync_playwright() as p:
        browser = launch_chromium(p)
        student = browser.new_context(**PHONE).new_page()
        recruiter = browser.new_context(**PHONE).new_page()
        log_in(student, server.url, "alice", "pw-alice-12345", thread)
        log_in(recruiter, server.url, "bob", "pw-bob-12345", thread)
        for page in (student, recruiter):
            page.wait_for_url(f"**{thread}")
            expect(page.locator("[data-status]")).to_have_text("已连接：新消息会即时显示")

        student.locator("textarea[name=body]").fill("您好，请问什么时候可以面试？")
        student.get_by_role("button", name="发送").click()
        expect(recruiter.locator(".msg.theirs .body")).to_have_text("您好，请问什么时候可以面试？")
        expect(student.locator(".msg.mine .body")).to_have_text("您好，请问什么时候可以面试？")

        recruiter.locator("textarea[name=body]").fill("本周五下午，我们只招男生。")
        recruiter.get_by_role("button", name="发送").click()
        expect(student.locator(".msg.theirs .body")).to_have_text("本周五下午，我们只招男生。")
        expect(recruiter.locator(".msg.mine [data-flagged]")).to_be_visible()
        assert student.locator("[data-flagged]").count() == 0
        for page in (student, recruiter):
            assert page.evaluate("document.documentElement.scrollWidth") <= 375
        browser.close()
