"""An administrator enters a year's official schedule on /working-calendar/; bad input says why."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import IntegrityError, transaction
from django.utils import translation

from accounts.models import User
from audit.models import AuditEntry
from workcalendar.models import CalendarDay, CalendarYear
from workcalendar.services import days
from workcalendar.tests.conftest import year_form

pytestmark = pytest.mark.django_db
D = dt.date


@pytest.fixture
def alice(db) -> User:
    return User.objects.create_user("alice", password="pw-alice-12345", role=User.Role.ADMIN)


@pytest.fixture
def bob(db) -> User:
    return User.objects.create_user("bob", password="pw-bob-12345", role=User.Role.STUDENT)


def post(client, user, data):
    client.force_login(user)
    with translation.override("zh-hans"):
        return client.post("/working-calendar/", data, HTTP_ACCEPT_LANGUAGE="zh-hans")


def test_an_admin_enters_2027_and_its_days_count_officially_with_an_audit_entry(client, alice):
    assert days.add_working_days(D(2026, 12, 31), 1) == days.WorkingDate(D(2027, 1, 1), (2027,))
    response = post(client, alice, year_form())
    assert response.status_code == 302
    year = CalendarYear.objects.get(year=2027)
    assert (year.source, year.notice, year.entered_by) == ("entered", "国办发明电〔2026〕7号", alice)
    assert CalendarDay.objects.filter(year=year, kind="holiday").count() == 3 + 8 + 7
    assert set(CalendarDay.objects.filter(year=year, kind="working").values_list("date", flat=True)) == {
        D(2027, 2, 14),
        D(2027, 2, 20),
        D(2027, 9, 26),
        D(2027, 10, 9),
    }
    assert days.add_working_days(D(2026, 12, 31), 1) == days.WorkingDate(D(2027, 1, 4))  # official now
    assert days.is_working_day(D(2027, 2, 14)) and not days.is_working_day(D(2027, 10, 4))
    entry = AuditEntry.objects.get(action="workcalendar.year.entered")
    assert entry.actor == alice and entry.object_id == "2027"
    assert "2027-10-01 国庆节" in entry.after["holidays"] and "2027-02-14" in entry.after["working_days"]
    page = client.get("/working-calendar/")
    assert page.status_code == 200 and "国办发明电〔2026〕7号" in page.content.decode()


def test_entering_a_year_again_replaces_it_and_the_audit_entry_keeps_the_old_one(client, alice):
    post(client, alice, year_form())
    corrected = year_form(notice="国办发明电〔2026〕8号", working_days="2027-02-14")
    assert post(client, alice, corrected).status_code == 302
    assert list(CalendarDay.objects.filter(kind="working", year=2027).values_list("date", flat=True)) == [
        D(2027, 2, 14)
    ]
    latest = AuditEntry.objects.filter(action="workcalendar.year.entered").order_by("-pk").first()
    assert (
        latest.before["notice"] == "国办发明电〔2026〕7号"
        and latest.after["notice"] == "国办发明电〔2026〕8号"
    )


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"working_days": "2027-02-14, 2027-02-07"}, "2027-02-07 不能既是节假日又是调休上班日"),
        ({"working_days": "2026-12-27"}, "调休上班日 2026-12-27 不在 2027 年内"),
        ({"holidays": [("元旦", "2026-12-31", "2027-01-02")]}, "元旦：2026-12-31 不在 2027 年内"),
        ({"holidays": [("国庆节", "2027-10-07", "2027-10-01")]}, "国庆节：放假末日早于首日"),
        (
            {"holidays": [("春节", "2027-02-06", "2027-02-13"), ("元宵", "2027-02-13", "2027-02-14")]},
            "2027-02-13 同时属于两个节假日",
        ),
        ({"working_days": "2027-02-15"}, "2027-02-15 是工作日，只有周末才会调为上班日"),
        ({"working_days": "2027/02/14"}, "“2027/02/14”不是形如 2027-02-07 的日期"),
        ({"holidays": []}, "请至少填写一个节假日"),
        ({"notice": ""}, "这个字段是必填项"),
        ({"year": "1999"}, "2000"),
    ],
)
def test_a_bad_schedule_is_refused_with_a_clear_message_and_nothing_is_written(
    client, alice, overrides, message
):
    response = post(client, alice, year_form(**overrides))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not CalendarYear.objects.filter(year=2027).exists()
    assert not AuditEntry.objects.filter(action="workcalendar.year.entered").exists()


def test_only_admins_may_open_or_post_the_page(client, bob):
    client.force_login(bob)
    assert client.get("/working-calendar/").status_code == 403
    assert client.post("/working-calendar/", year_form()).status_code == 403
    assert not CalendarYear.objects.filter(year=2027).exists()
    client.logout()
    assert client.get("/working-calendar/").status_code == 302  # to the login page


def test_the_database_refuses_a_day_outside_its_year_or_twice(alice):
    with pytest.raises(IntegrityError), transaction.atomic():
        CalendarDay.objects.create(date=D(2025, 1, 1), kind="holiday", name="元旦", year_id=2026)
    with pytest.raises(IntegrityError), transaction.atomic():
        CalendarDay.objects.create(date=D(2025, 10, 1), kind="holiday", name="国庆节", year_id=2025)


def test_a_year_entered_by_another_process_is_seen_within_a_few_seconds_without_a_query_per_call(
    django_assert_num_queries,
):
    assert days.current().is_official(2026) and not days.current().is_official(2027)
    with django_assert_num_queries(0):
        for _ in range(1000):
            days.add_working_days(D(2026, 12, 30), 3)
    # Another process enters 2027: this process's copy is not told, only the database changes.
    year = CalendarYear.objects.create(year=2027, source="entered", notice="国办发明电〔2026〕7号")
    CalendarDay.objects.create(date=D(2027, 1, 1), kind="holiday", name="元旦", year=year)
    assert days.add_working_days(D(2026, 12, 30), 3).provisional  # until the next check
    days._cached.checked_at -= days.RECHECK_SECONDS  # the few seconds pass
    with django_assert_num_queries(3):  # the version, then the years and the days
        due = days.add_working_days(D(2026, 12, 30), 3)
    assert due == days.WorkingDate(D(2027, 1, 5))


def test_the_django_admin_shows_years_and_days_read_only(client):
    root = User.objects.create_superuser("root", password="pw-root-12345", role=User.Role.ADMIN)
    client.force_login(root)
    assert "2025" in client.get("/admin/workcalendar/calendaryear/").content.decode()
    page = client.get("/admin/workcalendar/calendaryear/2025/change/")
    assert page.status_code == 200 and "2025-10-01" in page.content.decode()
    assert client.get("/admin/workcalendar/calendarday/").status_code == 200
    assert client.get("/admin/workcalendar/calendarday/add/").status_code == 403
    assert client.post("/admin/workcalendar/calendaryear/2025/delete/", {"post": "yes"}).status_code == 403
    assert CalendarYear.objects.filter(year=2025).exists()
