"""In real Chromium: a recruiter sees a finding while writing and submits; the reviewer rejects
with a reason; the recruiter fixes it; the reviewer approves; the job appears in the zone."""

import pytest

from accounts.models import User
from accounts.testing import enter_totp, totp_device
from directory.models import Organisation
from tests.browser import launch_chromium
from tests.factories import make_campaign, make_company, make_recruiter

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def cast(transactional_db):
    make_campaign()
    make_recruiter(make_company("苏州芯测半导体有限公司", region="320500"))
    department = Organisation.objects.create(
        kind="sme_department", name="江苏省中小企业主管部门", region_id="320000"
    )
    rita = User.objects.create_user(
        "rita", password="pw-rita-12345", role="reviewer", organisation=department
    )
    return {"rita": totp_device(rita)}  # reviewers sign in with a second factor


def log_in(page, base, username, password, next_url):
    page.goto(f"{base}/accounts/login/?next={next_url}")
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(password)
    page.locator("main").get_by_role("button", name="登录").click()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_posting_goes_through_review_to_the_zone(live_server, cast):
    from playwright.sync_api import expect, sync_playwright

    base = live_server.url
    with sync_playwright() as p:
        browser = launch_chromium(p)
        recruiter = browser.new_context(viewport={"width": 375, "height": 800}, locale="zh-CN").new_page()
        reviewer = browser.new_context(viewport={"width": 375, "height": 800}, locale="zh-CN").new_page()

        log_in(recruiter, base, "bob", "pw-bob-12345", "/recruit/jobs/new/")
        recruiter.wait_for_url("**/recruit/jobs/new/")
        recruiter.wait_for_load_state("load")  # the live check listens once its script has run
        recruiter.get_by_label("岗位名称").fill("芯片测试工程师")
        recruiter.get_by_label("岗位描述").fill("限男性，负责芯片量产测试。")
        expect(recruiter.locator("#findings mark").first).to_have_text("限男性")
        recruiter.get_by_label("工作地点").select_option("320500")
        recruiter.get_by_label("集成电路").check()
        recruiter.get_by_label("招聘人数").fill("2")
        recruiter.get_by_label("月薪下限").fill("8000")
        recruiter.get_by_label("月薪上限").fill("12000")
        recruiter.get_by_label("联系人").fill("张女士")
        recruiter.get_by_label("联系电话").fill("0512-66668888")
        recruiter.locator("main").get_by_role("button", name="保存").click()
        recruiter.get_by_role("button", name="提交审核").click()
        expect(recruiter.get_by_text("已提交审核")).to_be_visible()

        log_in(reviewer, base, "rita", "pw-rita-12345", "/review/")
        enter_totp(reviewer, cast["rita"])
        reviewer.get_by_role("link", name="芯片测试工程师").click()
        expect(reviewer.locator("#findings")).to_contain_text("限男性")
        reviewer.get_by_label("未通过").check()
        reviewer.get_by_label("理由").fill("请删除“限男性”的性别要求后重新提交。")
        reviewer.get_by_role("button", name="提交审核结论").click()
        expect(reviewer.get_by_text("审核结论已记录")).to_be_visible()

        recruiter.goto(f"{base}/recruit/")
        expect(recruiter.get_by_text("请删除“限男性”的性别要求")).to_be_visible()
        recruiter.get_by_role("link", name="芯片测试工程师").click()
        recruiter.get_by_label("岗位描述").fill("男女不限，负责芯片量产测试。")
        recruiter.locator("main").get_by_role("button", name="保存").click()
        recruiter.get_by_role("button", name="提交审核").click()

        reviewer.goto(f"{base}/review/")
        reviewer.get_by_role("link", name="芯片测试工程师").click()
        expect(reviewer.locator("#findings")).to_contain_text("未发现")
        reviewer.get_by_label("通过", exact=True).check()
        reviewer.get_by_role("button", name="提交审核结论").click()

        recruiter.goto(f"{base}/")
        expect(recruiter.get_by_role("link", name="芯片测试工程师")).to_be_visible()
        browser.close()
