"""In real Chromium on a phone-sized screen: the codes a university puts on its portal scan back."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from accounts.testing import enter_totp, totp_device
from qr.models import ShortLink
from qr.services import links
from qr.tests.decoding import assert_decodes_to
from tests.browser import launch_chromium
from tests.factories import make_campaign

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_university_staff_get_codes_that_chromium_draws_and_phones_can_scan(live_server, staff):
    from playwright.sync_api import expect, sync_playwright

    links.attachment_links(make_campaign())  # made before Playwright's loop starts in this thread
    link = ShortLink.objects.get(organisation=staff.organisation)
    device = totp_device(staff)  # university staff sign in with a second factor
    with sync_playwright() as p:
        browser = launch_chromium(p)
        page = browser.new_page(viewport={"width": 375, "height": 800}, locale="zh-CN", device_scale_factor=2)
        page.goto(live_server.url + "/accounts/login/?next=/links/")
        page.get_by_label("用户名").fill("uni-staff")
        page.get_by_label("密码").fill("pw-staff-12345")
        page.locator("main").get_by_role("button", name="登录").click()
        enter_totp(page, device)
        expect(page.get_by_role("heading", name="附件1：专区链接及二维码")).to_be_visible()
        code = page.get_by_role("img", name=f"{staff.organisation.name}的二维码")
        code.scroll_into_view_if_needed()
        expect(code).to_be_visible()
        page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=code.element_handle())
        scan_url = f"{live_server.url}/q/{link.code}?via=qr"
        assert_decodes_to(Image.open(io.BytesIO(code.screenshot())), scan_url)
        assert page.evaluate("document.documentElement.scrollWidth") <= 375

        page.goto(f"{live_server.url}/q/{link.code}/qr.svg?size=300&logo=1")
        assert_decodes_to(Image.open(io.BytesIO(page.screenshot())), scan_url)

        page.goto(f"{live_server.url}/q/{link.code}?via=qr")
        page.goto(f"{live_server.url}/links/{link.code}/")
        expect(page.locator("[data-metric-total]").first).to_have_text("1")
        browser.close()
