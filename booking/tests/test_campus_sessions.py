"""A company asks for a venue and time; the university approves or rejects; bad requests say why."""

from __future__ import annotations

import pytest
from django.core import mail

from background.testing import drain
from booking.models import Event, VenueClosure
from booking.tests.conftest import at
from notifications.models import Notification
from workcalendar.tests.conftest import fresh_calendar  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db


def request_form(client, world, **overrides):
    data = {
        "title": "灵思智能 2026 春季宣讲会",
        "venue": world.venue.pk,
        "starts_at": "2026-03-10T14:00",
        "ends_at": "2026-03-10T16:00",
        "capacity": 100,
        "description": "算法与数据岗位",
    }
    data.update(overrides)
    client.force_login(world.recruiter)
    return client.post("/recruit/campus/new/", data)


def test_a_request_then_an_approval_puts_the_session_in_the_zone_calendar_and_feed(
    client, world, django_capture_on_commit_callbacks
):
    response = request_form(client, world)
    assert response.status_code == 302
    event = Event.objects.get()
    assert event.status == "requested" and event.university == world.university
    assert Notification.objects.filter(user=world.staff, title__contains="宣讲").exists()
    assert f"/events/{event.pk}/" not in client.get("/events/").content.decode()  # not public yet

    client.force_login(world.staff)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/campus/requests/{event.pk}/decide/", {"decision": "approve", "reason": ""})
    event.refresh_from_db()
    assert event.status == "approved"
    assert f"/events/{event.pk}/" in client.get("/events/").content.decode()
    assert f"/events/{event.pk}/" in client.get("/").content.decode()  # the campaign zone
    assert event.title in client.get("/campus/requests/").content.decode()
    feed = client.get(f"/calendar/university/{world.university.pk}.ics").content.decode()
    assert f"event-{event.pk}@" in feed and "DTSTART:20260310T060000Z" in feed
    note = Notification.objects.get(user=world.recruiter)
    assert "已确认" in note.title
    drain()  # the worker mails notifications
    assert [m.to for m in mail.outbox if "已确认" in m.subject] == [["hr@example.cn"]]


def test_a_rejection_needs_a_reason_and_tells_the_company(client, world):
    request_form(client, world)
    event = Event.objects.get()
    client.force_login(world.staff)
    client.post(f"/campus/requests/{event.pk}/decide/", {"decision": "reject", "reason": ""})
    event.refresh_from_db()
    assert event.status == "requested"
    client.post(
        f"/campus/requests/{event.pk}/decide/", {"decision": "reject", "reason": "当天学校有大型活动"}
    )
    event.refresh_from_db()
    assert event.status == "rejected"
    note = Notification.objects.get(user=world.recruiter)
    assert "当天学校有大型活动" in note.body


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"ends_at": "2026-03-10T13:00"}, "结束时间必须晚于开始时间"),
        ({"starts_at": "2026-02-20T14:00", "ends_at": "2026-02-20T16:00"}, "开始时间已过"),
        ({"starts_at": "2026-03-10T06:00", "ends_at": "2026-03-10T08:00"}, "08:00 到 21:00"),
        ({"starts_at": "2026-03-10T20:00", "ends_at": "2026-03-10T22:00"}, "08:00 到 21:00"),
        ({"starts_at": "2026-03-04T14:00", "ends_at": "2026-03-04T16:00"}, "至少提前 3 个工作日"),
        ({"capacity": 500}, "最多 120"),
        ({"venue": 99999}, "选择"),
    ],
)
def test_bad_requests_get_a_clear_message_and_book_nothing(client, world, overrides, message):
    response = request_form(client, world, **overrides)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Event.objects.exists()


def test_a_closed_date_is_refused_with_its_reason(client, world):
    VenueClosure.objects.create(venue=world.venue, day="2026-03-10", reason="设备检修")
    response = request_form(client, world)
    assert response.status_code == 400 and "设备检修" in response.content.decode()


def test_an_overlap_with_a_confirmed_booking_is_refused_but_back_to_back_is_fine(client, world):
    request_form(client, world)
    first = Event.objects.get()
    client.force_login(world.staff)
    client.post(f"/campus/requests/{first.pk}/decide/", {"decision": "approve"})
    response = request_form(client, world, starts_at="2026-03-10T15:00", ends_at="2026-03-10T17:00")
    assert response.status_code == 400 and "已被预订" in response.content.decode()
    response = request_form(client, world, starts_at="2026-03-10T16:00", ends_at="2026-03-10T17:00")
    assert response.status_code == 302


def test_two_overlapping_requests_only_one_can_be_approved(client, world):
    request_form(client, world)
    request_form(client, world, starts_at="2026-03-10T15:00", ends_at="2026-03-10T17:00")
    first, second = Event.objects.order_by("pk")
    client.force_login(world.staff)
    client.post(f"/campus/requests/{first.pk}/decide/", {"decision": "approve"})
    response = client.post(f"/campus/requests/{second.pk}/decide/", {"decision": "approve"}, follow=True)
    assert "已被预订" in response.content.decode()
    second.refresh_from_db()
    assert (first.status if not first.refresh_from_db() else None, second.status) == ("approved", "requested")


def test_book_ahead_counts_chinese_working_days_around_a_holiday(client, world, frozen):
    """Friday 2025-09-26, rule 3 working days: Sep 29, 30, then Oct 1–8 are off, so Oct 9 at the earliest...
    except that Sunday Sep 28 is an adjusted working day, making Sep 30 the third."""
    frozen.move_to(at("2025-09-26", 9))
    too_soon = request_form(client, world, starts_at="2025-09-29T14:00", ends_at="2025-09-29T16:00")
    assert too_soon.status_code == 400 and "2025-09-30" in too_soon.content.decode()
    assert (
        request_form(client, world, starts_at="2025-09-30T14:00", ends_at="2025-09-30T16:00").status_code
        == 302
    )


def test_only_the_universitys_staff_decide(client, world):
    from accounts.models import User
    from tests.factories import make_university

    request_form(client, world)
    event = Event.objects.get()
    other = User.objects.create_user(
        "other", role=User.Role.UNIVERSITY_STAFF, organisation=make_university("别的大学")
    )
    client.force_login(other)
    response = client.post(f"/campus/requests/{event.pk}/decide/", {"decision": "approve"}, follow=True)
    assert "只有该校就业部门" in response.content.decode()
    event.refresh_from_db()
    assert event.status == "requested"


def test_students_cannot_request_sessions(client, world):
    client.force_login(world.student)
    assert client.get("/recruit/campus/new/").status_code == 403


@pytest.mark.usefixtures("fresh_calendar")
def test_a_2027_request_made_in_december_2026_is_accepted_with_a_provisional_window(client, world, frozen):
    """20 working days from Saturday 5 December 2026 reach Friday 1 January 2027, whose official
    schedule is not out: counted on weekdays, the window is provisional and says so."""
    from booking.models import BookingRules

    BookingRules.objects.create(university=world.university, book_ahead_working_days=20)
    frozen.move_to(at("2026-12-05", 9))
    client.force_login(world.recruiter)
    form = client.get("/recruit/campus/new/").content.decode()
    assert "2027-01-01" in form and "暂定（2027年放假安排尚未公布）" in form
    too_soon = request_form(client, world, starts_at="2026-12-30T14:00", ends_at="2026-12-30T16:00")
    assert too_soon.status_code == 400
    assert "2027-01-01 暂定（2027年放假安排尚未公布）" in too_soon.content.decode()
    response = request_form(client, world, starts_at="2027-01-05T14:00", ends_at="2027-01-05T16:00")
    assert response.status_code == 302
    event = Event.objects.get()
    page = client.get(f"/events/{event.pk}/").content.decode()
    assert "2027-01-01" in page and "暂定（2027年放假安排尚未公布）" in page


@pytest.mark.usefixtures("fresh_calendar")
def test_entering_the_2027_schedule_recomputes_a_pending_requests_window_and_tells_both_sides(
    client, world, frozen, django_capture_on_commit_callbacks
):
    from accounts.models import User
    from booking.models import BookingRules
    from workcalendar.tests.conftest import year_form

    BookingRules.objects.create(university=world.university, book_ahead_working_days=20)
    frozen.move_to(at("2026-12-05", 9))
    assert (
        request_form(client, world, starts_at="2027-01-05T14:00", ends_at="2027-01-05T16:00").status_code
        == 302
    )
    event = Event.objects.get()
    admin = User.objects.create_user("root", password="pw-root-12345", role=User.Role.ADMIN)
    client.force_login(admin)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post("/working-calendar/", year_form()).status_code == 302
    # 1-3 January 2027 are off, so the 20th working day after 5 December is Monday 4 January.
    for user in (world.recruiter, world.staff):
        note = Notification.objects.get(user=user, title=f"预约时限已重新计算：{event.title}")
        assert "2027-01-04" in note.body and "2027-01-01" in note.body and note.url == f"/events/{event.pk}/"
    client.force_login(world.recruiter)
    page = client.get(f"/events/{event.pk}/").content.decode()
    assert "2027-01-04" in page and "暂定" not in page
