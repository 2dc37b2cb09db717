"""A student on a 375 px phone finds an internship with accommodation, signs up, applies;
the recruiter then sees the application. Real Chromium through Playwright."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.browser import launch_chromium
from tests.factories import make_campaign, make_company, make_job, make_recruiter, make_university

pytestmark = [pytest.mark.browser, pytest.mark.embedded, pytest.mark.slow]

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def browser():
    # Playwright's sync API runs an event loop in this thread: the test makes its
    # database rows in fixtures that run before this one, never while it runs.
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = launch_chromium(p)
        yield instance
        instance.close()


@pytest.fixture
def phone(browser):
    context = browser.new_context(
        viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True, locale="zh-CN"
    )
    yield context.new_page()
    context.close()


@pytest.fixture
def drone_company(transactional_db):
    make_campaign()
    make_university()
    company = make_company("南京云翼无人机有限公司", region="320100", industry="low-altitude-economy")
    make_job(
        company, "无人机飞手实习生", kind="internship", accommodation=True, fields=("low-altitude-economy",)
    )
    make_job(company, "航测数据处理员", fields=("low-altitude-economy",))
    make_recruiter(company, username="bob")
    return company


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_student_finds_an_internship_with_accommodation_applies_and_the_recruiter_sees_it(
    live_server, drone_company, browser, phone, tmp_path: Path
):
    page = phone
    page.goto(live_server.url + "/")
    assert page.get_by_role("heading", level=1).inner_text() == "山海有约 奋楫扬帆"
    page.get_by_label("搜索岗位").fill("无人机")
    page.get_by_role("button", name="搜索").click()

    page.get_by_label("只看实习").check()
    page.get_by_label("提供免费住宿").check()
    page.get_by_role("button", name="搜索").click()
    page.get_by_role("link", name="无人机飞手实习生").click()
    assert page.get_by_text("提供短期免费住宿").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375

    page.get_by_role("button", name="一键投递").click()
    page.get_by_role("link", name="注册为学生").click()
    page.get_by_label("用户名").fill("xiaoli")
    page.get_by_label(re.compile(r"^密码[:：]?$")).fill("Str0ng-pass-2025")
    page.get_by_label("密码确认").fill("Str0ng-pass-2025")
    page.get_by_role("button", name="创建账号").click()

    page.get_by_label("姓名").fill("王小丽")
    page.get_by_label("学校").select_option(label="华东理工示范大学")
    page.get_by_label("专业").fill("飞行器设计")
    page.get_by_label("学历").select_option("bachelor")
    page.get_by_label("毕业年份").fill("2025")
    page.get_by_label("手机号").fill("13912345678")
    resume = tmp_path / "resume.pdf"
    resume.write_bytes(PDF)
    page.get_by_label("简历（PDF）").set_input_files(str(resume))
    page.get_by_role("button", name="保存并返回").click()

    page.get_by_role("button", name="一键投递").click()
    assert page.get_by_text("投递成功").is_visible()
    assert page.get_by_role("link", name="无人机飞手实习生").is_visible()
    assert page.get_by_text("已收到").first.is_visible()

    recruiter = browser.new_context(viewport={"width": 375, "height": 740}, locale="zh-CN").new_page()
    recruiter.goto(live_server.url + "/accounts/login/?next=/recruit/applications/")
    recruiter.get_by_label("用户名").fill("bob")
    recruiter.get_by_label("密码").fill("pw-bob-12345")
    recruiter.get_by_role("button", name="登录").click()
    row = recruiter.get_by_role("row").filter(has_text="王小丽")
    assert row.get_by_text("无人机飞手实习生").is_visible()
    row.get_by_role("link", name="王小丽").click()
    assert recruiter.get_by_text("飞行器设计").is_visible()
