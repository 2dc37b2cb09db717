"""Filing Attachment 3 through the pages: figures frozen at filing, audited, scoped, due/overdue board."""

from __future__ import annotations

import time_machine
from django.test import Client

from audit.models import AuditEntry
from reports.columns import FIGURE_KEYS
from reports.models import WeeklyReturn
from reports.tests.conftest import PASSWORD, application, posting, sh

MONDAY = sh("2025-10-20 10:00")  # before the 12:00 deadline for the week of 13 October
WEEK = "2025-10-13"


def client_for(user, csrf: bool = False) -> Client:
    client = Client(enforce_csrf_checks=csrf)
    assert client.login(username=user.username, password=PASSWORD)
    return client


def test_a_department_reviews_files_and_the_filed_figures_stay_frozen(world):
    job = posting(world, world.suzhou, sh("2025-10-14 09:00"), headcount=4)
    application(world, job, sh("2025-10-15 09:00"))
    with time_machine.travel(MONDAY, tick=False):
        client = client_for(world.department_staff)
        page = client.get(f"/reports/weekly/{WEEK}/")
        assert page.status_code == 200
        assert "江苏省中小企业主管部门" in page.text
        response = client.post(f"/reports/weekly/{WEEK}/", {"remarks": "线下招聘会另报 =1+1"})
        assert response.status_code == 302
    ret = WeeklyReturn.objects.get(organisation=world.department, week_start="2025-10-13")
    assert ret.status == "filed" and ret.figures["week"]["headcount"] == 4
    assert ret.figures["week"]["applications"] == 1
    entry = AuditEntry.objects.get(action="reports.weekly_return.filed")
    assert entry.before == {"status": "draft", "remarks": ""}
    assert entry.after["figures"]["week"]["headcount"] == 4 and entry.region_code == "320000"

    # New data for that week after filing does not change the filed return.
    application(world, job, sh("2025-10-16 09:00"))
    with time_machine.travel(sh("2025-10-21 10:00"), tick=False):
        page = client.get(f"/reports/weekly/{WEEK}/")
        assert ret.figures == WeeklyReturn.objects.get(pk=ret.pk).figures
        assert "线下招聘会另报" in page.text
        again = client.post(f"/reports/weekly/{WEEK}/", {"remarks": "second"})
        assert again.status_code == 409
    assert WeeklyReturn.objects.get(pk=ret.pk).remarks == "线下招聘会另报 =1+1"


def test_filing_needs_the_csrf_token(world):
    with time_machine.travel(MONDAY, tick=False):
        client = client_for(world.department_staff, csrf=True)
        assert client.post(f"/reports/weekly/{WEEK}/", {"remarks": ""}).status_code == 403
    assert not WeeklyReturn.objects.filter(status="filed").exists()


def test_a_week_that_has_not_ended_cannot_be_filed(world):
    with time_machine.travel(sh("2025-10-19 23:00"), tick=False):
        client = client_for(world.university_staff)
        response = client.post(f"/reports/weekly/{WEEK}/", {"remarks": ""})
    assert response.status_code == 400
    assert response.context["form"].non_field_errors()
    assert not WeeklyReturn.objects.filter(status="filed").exists()


def test_bad_weeks_get_a_clear_error(world):
    client = client_for(world.department_staff)
    assert client.get("/reports/weekly/2025-10-14/").status_code == 400  # a Tuesday
    assert client.get("/reports/weekly/2025-13-01/").status_code == 400
    assert client.get("/reports/weekly/2025-08-04/").status_code == 400  # between the phases
    assert client.get("/reports/weekly/board/?week=banana").status_code == 400


def test_units_see_only_what_their_scope_allows(world):
    with time_machine.travel(MONDAY, tick=False):
        jiangsu = client_for(world.department_staff)
        # A department sees the universities in its region, not those elsewhere.
        assert jiangsu.get(f"/reports/weekly/{WEEK}/?unit={world.university.pk}").status_code == 200
        assert jiangsu.get(f"/reports/weekly/{WEEK}/?unit={world.other_university.pk}").status_code == 403
        assert jiangsu.get(f"/reports/weekly/{WEEK}/?unit=abc").status_code == 403
        # Overseeing is read-only: filing for another unit is refused.
        assert jiangsu.post(f"/reports/weekly/{WEEK}/?unit={world.university.pk}", {}).status_code == 403
        # A university sees only itself.
        career = client_for(world.university_staff)
        assert career.get(f"/reports/weekly/{WEEK}/?unit={world.department.pk}").status_code == 403
        assert career.get("/reports/weekly/board/").status_code == 403
        # Recruiters and students have no weekly return.
        assert client_for(world.suzhou_recruiter).get(f"/reports/weekly/{WEEK}/").status_code == 403
        assert Client().get(f"/reports/weekly/{WEEK}/").status_code == 302


def test_the_board_shows_each_unit_as_due_overdue_or_filed(world, django_assert_max_num_queries):
    with time_machine.travel(MONDAY, tick=False):
        client_for(world.university_staff).post(f"/reports/weekly/{WEEK}/", {"remarks": ""})
        jiangsu = client_for(world.department_staff)
        page = jiangsu.get(f"/reports/weekly/board/?week={WEEK}")
        assert page.status_code == 200
        rows = {row.unit.name: row.status for row in page.context["rows"]}
        assert rows == {"苏州示范大学": "filed", "江苏省中小企业主管部门": "due"}
    with time_machine.travel(sh("2025-10-20 12:00"), tick=False):
        page = jiangsu.get(f"/reports/weekly/board/?week={WEEK}")
        rows = {row.unit.name: row.status for row in page.context["rows"]}
        assert rows["江苏省中小企业主管部门"] == "overdue"
        with django_assert_max_num_queries(12):
            jiangsu.get(f"/reports/weekly/board/?week={WEEK}")
    with time_machine.travel(sh("2025-10-20 12:05"), tick=False):
        client_for(world.department_staff).post(f"/reports/weekly/{WEEK}/", {"remarks": "迟报"})
        page = client_for(world.admin).get(f"/reports/weekly/board/?week={WEEK}")
        rows = {row.unit.name: row.status for row in page.context["rows"]}
        assert rows["江苏省中小企业主管部门"] == "filed_late"
        assert rows["上海示范大学"] == "overdue" and "智联招聘" in rows  # the admin sees every unit


def test_a_partner_platform_reports_what_its_links_brought_in(world):
    from qr.models import LinkDailyCount, ShortLink

    link = ShortLink.objects.create(
        code="abcd234567",
        campaign=world.campaign,
        organisation=world.partner,
        purpose="partner_zone",
        label="智联",
        target="/",
    )
    LinkDailyCount.objects.create(link=link, day="2025-10-14", metric="application", count=7)
    LinkDailyCount.objects.create(link=link, day="2025-10-08", metric="application", count=3)
    LinkDailyCount.objects.create(link=link, day="2025-10-20", metric="application", count=100)
    with time_machine.travel(MONDAY, tick=False):
        page = client_for(world.partner_staff).get(f"/reports/weekly/{WEEK}/")
    figures = {
        key: (week, total)
        for key, (_label, week, total) in zip(FIGURE_KEYS, page.context["figures"], strict=True)
    }
    assert figures["applications"] == (7, 10)
    assert figures["companies"] == (None, None)  # not known for a partner: its own site


def test_the_return_page_and_filing_cost_a_bounded_number_of_queries(world, django_assert_max_num_queries):
    for n in range(15):
        job = posting(world, world.nanjing, sh("2025-10-14 09:00"), headcount=n + 1)
        application(world, job, sh("2025-10-15 09:00"))
    with time_machine.travel(MONDAY, tick=False):
        client = client_for(world.department_staff)
        # +2 since issue 16: django-otp loads the session's verified device (staff sign in with a
        # second factor) and the privacy notice in force is read once (then cached); +1 since issue
        # 17: the header's unread-notification badge.
        with django_assert_max_num_queries(23):
            assert client.get(f"/reports/weekly/{WEEK}/").status_code == 200
        # Session, user, campaign, unit, lock, eight for the figures, save, audit, savepoints,
        # and (issue 16) the session's verified two-factor device.
        with django_assert_max_num_queries(23):
            assert client.post(f"/reports/weekly/{WEEK}/", {"remarks": ""}).status_code == 302
