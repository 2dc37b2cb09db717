"""In real Chromium: findings appear above the posting form while the recruiter types."""

import pytest

from tests.browser import launch_chromium
from tests.factories import make_campaign, make_company, make_recruiter

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def recruiter(transactional_db):
    make_campaign()
    return make_recruiter(make_company())


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_recruiter_sees_findings_while_typing(live_server, recruiter):
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = launch_chromium(p)
        page = browser.new_page(viewport={"width": 375, "height": 800}, locale="zh-CN")
        page.goto(live_server.url + "/accounts/login/?next=/recruit/jobs/new/")
        page.get_by_label("用户名").fill("bob")
        page.get_by_label("密码").fill("pw-bob-12345")
        page.locator("main").get_by_role("button", name="登录").click()
        page.wait_for_url("**/recruit/jobs/new/")
        page.wait_for_load_state("load")  # the live check listens once its script has run
        page.get_by_label("岗位描述").fill("男女不限，五险一金。")
        expect(page.locator("#findings")).to_contain_text("未发现")
        page.get_by_label("岗位描述").fill("限男性，入职需缴纳押金500元。")
        expect(page.locator("#findings mark").first).to_have_text("限男性")
        expect(page.locator("#findings")).to_contain_text("不得以性别为由")
        browser.close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_recruiter_checking_too_often_is_told_so_instead_of_seeing_stale_findings(
    live_server, recruiter, settings
):
    from playwright.sync_api import expect, sync_playwright

    settings.JOB_CHECK_PER_MINUTE = 1
    with sync_playwright() as p:
        browser = launch_chromium(p)
        page = browser.new_page(viewport={"width": 375, "height": 800}, locale="zh-CN")
        page.goto(live_server.url + "/accounts/login/?next=/recruit/jobs/new/")
        page.get_by_label("用户名").fill("bob")
        page.get_by_label("密码").fill("pw-bob-12345")
        page.locator("main").get_by_role("button", name="登录").click()
        page.wait_for_url("**/recruit/jobs/new/")
        page.wait_for_load_state("load")
        page.get_by_label("岗位描述").fill("男女不限，五险一金。")
        expect(page.locator("#findings")).to_contain_text("未发现")
        page.get_by_label("岗位描述").fill("限男性，入职需缴纳押金500元。")
        expect(page.locator("#findings")).to_contain_text("检查次数过多")
        browser.close()
