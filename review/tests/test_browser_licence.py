"""Real Chromium on a real daphne: a company registers with a "licence" that is a web page named
``x.html`` behind a PDF signature; the reviewer who opens it gets a download, and no page of the
platform's origin ever renders the uploaded HTML."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from accounts.testing import enter_totp, totp_device
from accounts.tests.test_uploads import PDF_THAT_IS_A_PAGE
from directory.models import Organisation
from review.tests.test_browser_review_flow import log_in
from review.tests.test_review import make_reviewer
from tests.browser import launch_chromium, outside_the_browser_loop
from tests.factories import make_campaign, make_credit_code
from tests.servers import DaphneServer

pytestmark = [pytest.mark.browser, pytest.mark.slow]
PHONE = {"viewport": {"width": 375, "height": 800}, "locale": "zh-CN", "accept_downloads": True}


@pytest.fixture
def server(transactional_db):
    make_campaign()
    device = totp_device(make_reviewer())  # reviewers sign in with a second factor
    daphne = DaphneServer(
        redis_url=os.environ.get("REDIS_URL", ""), prefix=f"test:{uuid.uuid4().hex[:8]}:live"
    ).start()
    daphne.device = device
    yield daphne
    daphne.stop()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_reviewer_downloads_an_html_licence_and_it_never_renders(server, tmp_path: Path):
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = launch_chromium(p)
        company_page = browser.new_context(**PHONE).new_page()
        company_page.goto(f"{server.url}/accounts/register/company/")
        form = company_page.locator("main form")
        form.locator("[name=username]").fill("hr_zhang")
        form.locator("[name=email]").fill("hr@example.com")
        form.locator("[name=password1]").fill("Str0ng-pass-2025")
        form.locator("[name=password2]").fill("Str0ng-pass-2025")
        form.locator("[name=company_name]").fill("苏州协创机器人有限公司")
        form.locator("[name=credit_code]").fill(make_credit_code(777))
        form.locator("[name=region]").select_option("320500")
        form.locator("[name=industry]").select_option("smart-manufacturing")
        form.locator("[name=licence]").set_input_files(
            {"name": "x.html", "mimeType": "text/html", "buffer": PDF_THAT_IS_A_PAGE}
        )
        form.get_by_role("button", name="注册").click()
        company_page.wait_for_url(lambda url: "/register/" not in url)
        company = outside_the_browser_loop(lambda: Organisation.objects.get(name="苏州协创机器人有限公司"))

        context = browser.new_context(**PHONE)
        reviewer = context.new_page()
        log_in(reviewer, server.url, "rita", "pw-rita-12345", f"/review/companies/{company.pk}/")
        enter_totp(reviewer, server.device)
        reviewer.wait_for_url(f"**/review/companies/{company.pk}/")
        with reviewer.expect_download() as started:
            reviewer.locator("main").get_by_role("link", name="查看").click()
        download = started.value
        assert download.suggested_filename == f"licence-{company.pk}.pdf"
        saved = tmp_path / "licence"
        download.save_as(saved)
        assert saved.read_bytes() == PDF_THAT_IS_A_PAGE

        expect(reviewer).to_have_url(f"{server.url}/review/companies/{company.pk}/")
        for page in context.pages:
            assert "Uploaded page" not in page.content()
            assert page.locator("#owned").count() == 0
        browser.close()
