# ruff: noqa: E501
"""The issue's journey on a 375 px phone, in Chromium: build a resume, diagnose it against a
posting, fix one finding, run a five-question mock interview with typed answers, see the
feedback and the history. The embedded path: no provider configured."""

from __future__ import annotations

import re

import pytest

from tests.browser import launch_chromium, outside_the_browser_loop
from tests.factories import make_campaign, make_company, make_job, make_student, make_university

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def browser():
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
def posting(transactional_db):
    make_campaign()
    make_university()
    company = make_company("云岭数据服务有限公司")
    job = make_job(
        company,
        "数据分析师",
        description="岗位职责：\n1. 搭建业务数据看板；\n2. 撰写专题分析报告。\n任职要求：熟悉SQL、Python，有Tableau经验者优先。",
    )
    make_student()
    return job


def fits(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= 375


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_graduate_builds_diagnoses_fixes_and_practises_on_a_phone(live_server, posting, phone):
    page = phone
    page.goto(live_server.url + "/accounts/login/?next=/careers/")
    page.get_by_label("用户名").fill("alice")
    page.get_by_label("密码").fill("pw-alice-12345")
    page.get_by_role("button", name="登录").click()
    page.get_by_role("heading", name="就业服务").wait_for()
    assert fits(page)

    # build the resume: the header, then an internship
    page.get_by_role("link", name="编辑我的简历").click()
    page.locator("[name=email]").fill("alice@example.com")
    page.locator("[name=objective]").fill("数据分析师")
    page.locator("[name=skills]").fill("SQL\nPython\nExcel")
    page.locator("[name=self_evaluation]").fill("踏实肯干，做事有条理，喜欢把复杂问题拆成小步骤逐个解决。")
    assert fits(page)
    page.get_by_role("button", name="保存").click()
    page.get_by_text("简历已保存").wait_for()
    page.get_by_role("link", name="编辑我的简历").click()
    page.get_by_role("link", name="实习经历").click()
    page.locator("[name=e-0-title]").fill("星河智能科技有限公司")
    page.locator("[name=e-0-role]").fill("数据分析实习生")
    page.locator("[name=e-0-start]").fill("2024-07")
    page.locator("[name=e-0-end]").fill("2024-09")
    page.locator("[name=e-0-details]").fill("参与周报数据整理")
    assert fits(page)
    page.get_by_role("button", name="保存").click()
    page.get_by_text("已保存").wait_for()

    # diagnose it against the posting
    page.goto(f"{live_server.url}/jobs/{posting.pk}/")
    page.get_by_role("link", name="对照此岗位诊断简历").click()
    page.get_by_role("button", name="开始诊断").click()
    weak = page.locator(".finding-weak_verbs")
    assert "参与" in weak.inner_text()
    assert "tableau" in page.locator(".finding-keywords").inner_text().lower()
    assert fits(page)

    # fix one finding: a stronger verb and a number
    page.get_by_role("link", name="编辑我的简历").click()
    page.get_by_role("link", name="实习经历").click()
    page.locator("[name=e-0-details]").fill("搭建周报自动汇总脚本，制作时间缩短 60%，用 Tableau 做看板")
    page.get_by_role("button", name="保存").click()
    page.get_by_text("已保存").wait_for()
    page.goto(f"{live_server.url}/careers/diagnose/?job={posting.pk}")
    page.get_by_role("button", name="开始诊断").click()
    page.get_by_role("heading", name="简历诊断").wait_for()
    assert page.locator(".finding-weak_verbs").count() == 0
    assert page.locator(".finding-numbers").count() == 0
    assert page.locator(".finding-keywords").count() == 0

    # a five-question mock interview for the posting, typed answers
    page.goto(f"{live_server.url}/jobs/{posting.pk}/")
    page.get_by_role("link", name="针对此岗位模拟面试").click()
    page.get_by_role("button", name="开始").click()
    for n in range(1, 6):
        page.get_by_role("heading", name=f"第 {n} 题（共 5 题）").wait_for()
        answer = (
            "嗯，那个，我就是做过一些数据整理，脚本是 weekly_report_automation_pipeline_for_the_data_team_v2.py。"
            if n == 1
            else "当时在实习中，我的任务是缩短周报时间。我先梳理数据来源，然后用SQL和Python写了脚本，"
            "结果制作时间从半天降到20分钟，被另外两个小组采用。"
        )
        page.locator("[name=text]").fill(answer)
        assert fits(page)
        page.get_by_role("button", name="提交回答").click()
    page.get_by_role("heading", name="总体反馈").wait_for()
    first = page.locator(".answer").first
    assert "口头禅" in first.inner_text()
    first.get_by_text("更好的回答示例").click()
    assert "【情境】" in first.inner_text()
    assert fits(page)

    # the history
    page.get_by_role("link", name=re.compile("就业服务")).first.click()
    history = page.locator("#interview-history")
    assert "数据分析师" in history.inner_text() and "已完成" in history.inner_text()
    assert page.get_by_role("link", name=re.compile("处问题")).count() == 2


@pytest.fixture
def stt_server(settings):
    import threading
    from http.server import ThreadingHTTPServer

    from careers.tests.test_careers import Recorder

    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.CAREERS_STT_BACKEND = "careers.providers.OpenAICompatibleSTT"
    settings.CAREERS_STT_BASE_URL = f"http://127.0.0.1:{server.server_address[1]}/v1"
    Recorder.requests = []
    yield Recorder.requests
    server.shutdown()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_voice_answer_is_recorded_in_the_browser_transcribed_on_the_queue_and_not_kept(
    live_server, posting, stt_server
):
    from playwright.sync_api import sync_playwright

    from background.testing import drain
    from careers.models import Answer

    with sync_playwright() as p:
        browser = launch_chromium(p, fake_media=True)
        context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True, locale="zh-CN")
        page = context.new_page()
        page.goto(live_server.url + "/accounts/login/?next=/careers/interview/")
        page.get_by_label("用户名").fill("alice")
        page.get_by_label("密码").fill("pw-alice-12345")
        page.get_by_role("button", name="登录").click()
        page.get_by_label("或选择新兴领域").select_option("low-altitude-economy")
        page.get_by_role("button", name="开始").click()
        page.get_by_role("heading", name="第 1 题（共 5 题）").wait_for()
        page.wait_for_load_state("load")  # interview.js (deferred) has wired the buttons
        page.get_by_role("button", name="语音回答").click()
        page.get_by_text("●").wait_for()
        page.wait_for_timeout(1500)
        page.get_by_role("button", name="停止并提交").click()
        page.get_by_text("转写中").wait_for()
        # The ORM and the queue run in another thread: Playwright's loop owns this one.
        answer = outside_the_browser_loop(Answer.objects.get)
        assert answer.mode == "voice" and answer.recording and stt_server == []
        outside_the_browser_loop(drain)
        page.reload()
        assert "用Python写了脚本" in page.locator(".answer").first.inner_text()
        answer = outside_the_browser_loop(Answer.objects.get)
        assert answer.state == "done" and not answer.recording
        assert stt_server[0][2].count(b"Content-Type: audio/webm") == 1
        browser.close()
