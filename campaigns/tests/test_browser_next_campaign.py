"""In real Chromium on a 375 px phone: an administrator opens the next campaign from its page and
the earlier one stays readable at its own address."""

from __future__ import annotations

import pytest

from accounts.models import User
from accounts.testing import enter_totp, totp_device
from campaigns.models import Campaign
from tests.browser import launch_chromium
from tests.factories import make_campaign

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_admin_opens_the_next_campaign_on_a_phone(live_server):
    from playwright.sync_api import expect, sync_playwright

    make_campaign()
    root = User.objects.create_user("root", password="pw-root-12345", role=User.Role.ADMIN)
    device = totp_device(root)  # administrators sign in with a second factor
    with sync_playwright() as p:
        browser = launch_chromium(p)
        page = browser.new_page(viewport={"width": 375, "height": 800}, locale="zh-CN")
        page.goto(live_server.url + "/accounts/login/?next=/campaigns/new/")
        page.get_by_label("用户名").fill("root")
        page.get_by_label("密码").fill("pw-root-12345")
        page.locator("main").get_by_role("button", name="登录").click()
        enter_totp(page, device)
        expect(page.get_by_role("heading", name="开设下一届活动")).to_be_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        page.get_by_label("网址名称").fill("test-2027")
        page.locator("#id_name").fill("2027年全国中小企业网上百日招聘高校毕业生活动")
        page.get_by_label("主题").fill("山海有约 逐梦启航")
        rows = page.locator("[data-phase-row]")
        for n, (name, first, last) in enumerate(
            [("第一阶段", "2027-04-01", "2027-06-30"), ("第二阶段", "2027-10-08", "2027-12-31")]
        ):
            rows.nth(n).get_by_label("阶段").fill(name)
            rows.nth(n).get_by_label("开始日期").fill(first)
            rows.nth(n).get_by_label("结束日期").fill(last)
        page.get_by_role("button", name="开设活动").click()
        expect(page.get_by_role("heading", name="历届活动")).to_be_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= 375

        page.goto(live_server.url + "/c/test-2025/")
        expect(page.locator("[data-archive-banner]")).to_contain_text("本届活动已结束")
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        browser.close()
    assert Campaign.objects.get(slug="test-2027").phases.count() == 2
