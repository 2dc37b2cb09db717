"""Inviting, picking a slot in one tap, rescheduling and cancelling with reasons, the .ics, reminders
and no-shows, through the pages each side uses."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest
import time_machine
from django.utils import timezone

from background.testing import drain
from interviews import services
from interviews.models import Interview, Slot
from interviews.services import Invitation
from interviews.tests.conftest import client_for, local_input, soon
from jobs.models import Application
from notifications.models import Notification

pytestmark = pytest.mark.django_db


def invite_page(world, **fields):
    data = {"mode": "video", "minutes": "30", "venue": "", "address": "", "note": "带上作品集", **fields}
    return client_for(world.recruiter).post(f"/recruit/applications/{world.application.pk}/interview/", data)


def kinds(user) -> list[str]:
    return list(Notification.objects.filter(user=user).order_by("id").values_list("kind", flat=True))


def test_the_recruiter_offers_slots_and_the_student_picks_one_in_a_tap(world):
    times = [soon(48), soon(50), soon(52)]
    response = invite_page(world, time=[local_input(t) for t in times])
    assert response.status_code == 302
    interview = Interview.objects.get()
    assert interview.status == Interview.Status.INVITED
    world.application.refresh_from_db()
    assert world.application.status == Application.Status.INTERVIEW
    assert "interviews.invited" in kinds(world.student)

    # the student's history shows the interview step, and the page offers the three times
    mine = client_for(world.student).get("/me/applications/").content.decode()
    assert "面试" in mine and f"/interviews/{interview.pk}/" in mine
    page = client_for(world.student).get(f"/interviews/{interview.pk}/").content.decode()
    assert page.count('name="slot"') == 3
    slot = interview.slots.get(starts_at=times[1])
    response = client_for(world.student).post(f"/interviews/{interview.pk}/pick/", {"slot": slot.pk})
    assert response.status_code == 302
    interview.refresh_from_db()
    assert (interview.status, interview.starts_at) == (Interview.Status.SCHEDULED, times[1])
    assert interview.ends_at == times[1] + dt.timedelta(minutes=30)
    assert "interviews.scheduled" in kinds(world.recruiter)
    # a second tap on another time is refused clearly
    other = interview.slots.get(starts_at=times[2])
    again = client_for(world.student).post(f"/interviews/{interview.pk}/pick/", {"slot": other.pk})
    assert again.status_code == 409
    interview.refresh_from_db()
    assert interview.starts_at == times[1]


def test_a_fixed_on_site_time_is_booked_at_once_and_needs_an_address(world):
    when = soon(30)
    refused = invite_page(world, mode="onsite", fixed="on", time=[local_input(when)])
    assert refused.status_code == 400 and "地址" in refused.content.decode()
    response = invite_page(
        world,
        mode="onsite",
        fixed="on",
        venue="3 号会议室",
        address="苏州工业园区星湖街 328 号",
        time=[local_input(when)],
    )
    assert response.status_code == 302
    interview = Interview.objects.get()
    assert interview.status == Interview.Status.SCHEDULED and interview.starts_at == when
    body = Notification.objects.get(user=world.student, kind="interviews.invited").body
    assert timezone.localtime(when).strftime("%H:%M") in body


def test_the_calendar_file_for_both_sides(world):
    when = soon(30)
    invite_page(
        world,
        mode="onsite",
        fixed="on",
        venue="3 号会议室",
        address="星湖街 328 号",
        time=[local_input(when)],
    )
    interview = Interview.objects.get()
    for user in (world.student, world.recruiter):
        response = client_for(user).get(f"/interviews/{interview.pk}/interview.ics")
        assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
        event = icalendar.Calendar.from_ical(response.content).walk("VEVENT")[0]
        assert event.decoded("dtstart") == when.astimezone(dt.UTC)
        assert "星湖街 328 号" in str(event["location"])
        assert str(event["uid"]) == f"interview-{interview.pk}@shanhai.invalid"
    assert client_for(world.other_student).get(f"/interviews/{interview.pk}/interview.ics").status_code == 404
    assert client_for(world.outsider).get(f"/interviews/{interview.pk}/interview.ics").status_code == 404
    services.cancel(world.recruiter, interview.pk, "岗位已招满")
    event = icalendar.Calendar.from_ical(
        client_for(world.student).get(f"/interviews/{interview.pk}/interview.ics").content
    ).walk("VEVENT")[0]
    assert str(event["status"]) == "CANCELLED" and int(event["sequence"]) > 1


def test_rescheduling_and_cancelling_need_reasons_and_tell_the_other_side(world):
    interview = services.invite(
        world.application.pk, Invitation("video", 30, [soon(30)], fixed=True), by=world.recruiter
    )
    page = client_for(world.recruiter)
    no_reason = page.post(
        f"/interviews/{interview.pk}/reschedule/",
        {"mode": "video", "minutes": "30", "time": [local_input(soon(60))], "reason": ""},
    )
    assert no_reason.status_code == 400
    moved = page.post(
        f"/interviews/{interview.pk}/reschedule/",
        {
            "mode": "video",
            "minutes": "45",
            "time": [local_input(soon(60)), local_input(soon(62))],
            "reason": "面试官出差",
        },
    )
    assert moved.status_code == 302
    interview.refresh_from_db()
    assert interview.status == Interview.Status.INVITED and interview.starts_at is None
    assert interview.slots.count() == 2 and not interview.slots.filter(booked=True).exists()
    note = Notification.objects.get(user=world.student, kind="interviews.rescheduled")
    assert "面试官出差" in note.body

    student = client_for(world.student)
    assert student.post(f"/interviews/{interview.pk}/change/", {"reason": ""}).status_code == 400
    assert student.post(f"/interviews/{interview.pk}/change/", {"reason": "那天有考试"}).status_code == 302
    interview.refresh_from_db()
    assert interview.status == Interview.Status.CHANGE_REQUESTED and not interview.slots.exists()
    assert (
        "那天有考试"
        in Notification.objects.get(user=world.recruiter, kind="interviews.change_requested").body
    )

    assert (
        student.post(f"/interviews/{interview.pk}/cancel/", {"reason": "已接受其他录用"}).status_code == 302
    )
    interview.refresh_from_db()
    assert interview.status == Interview.Status.CANCELLED and interview.reason == "已接受其他录用"
    assert Notification.objects.filter(user=world.recruiter, kind="interviews.cancelled").exists()
    assert student.post(f"/interviews/{interview.pk}/cancel/", {"reason": "再取消"}).status_code == 409


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_reminders_a_day_and_an_hour_before_and_a_reschedule_silences_the_old_ones(world):
    first = soon(48)
    interview = services.invite(
        world.application.pk, Invitation("video", 30, [first], fixed=True), by=world.recruiter
    )
    second = soon(72)
    services.reschedule(
        world.recruiter, interview.pk, Invitation("video", 30, [second], fixed=True), "会议冲突"
    )
    with time_machine.travel(first - dt.timedelta(minutes=30), tick=False):
        drain()  # the old time's two reminders run and find the interview moved
    assert not [k for k in kinds(world.student) if k.startswith("interviews.reminder")]
    with time_machine.travel(second - dt.timedelta(hours=23), tick=False):
        drain()
    assert kinds(world.student).count("interviews.reminder.day") == 1
    assert kinds(world.recruiter).count("interviews.reminder.day") == 1
    # the same reminder running again (a worker died mid-task) tells nobody twice
    assert services.send_reminder(interview.pk, second, services.Before.DAY) is False
    with time_machine.travel(second - dt.timedelta(minutes=50), tick=False):
        drain()
    assert kinds(world.student).count("interviews.reminder.hour") == 1


def test_no_show_is_marked_after_the_start_only(world):
    start = soon(2)
    interview = services.invite(
        world.application.pk, Invitation("phone", 30, [start], fixed=True), by=world.recruiter
    )
    page = client_for(world.recruiter)
    assert page.post(f"/interviews/{interview.pk}/outcome/", {"outcome": "no_show"}).status_code == 409
    with time_machine.travel(start + dt.timedelta(minutes=10), tick=False):
        page = client_for(world.recruiter)
        assert page.post(f"/interviews/{interview.pk}/outcome/", {"outcome": "whatever"}).status_code == 400
        assert page.post(f"/interviews/{interview.pk}/outcome/", {"outcome": "no_show"}).status_code == 302
    interview.refresh_from_db()
    assert interview.status == Interview.Status.NO_SHOW
    assert "interviews.no_show" in kinds(world.student)


def test_a_recruiters_booked_time_is_not_offered_again(world):
    start = soon(30)
    services.invite(world.application.pk, Invitation("video", 60, [start], fixed=True), by=world.recruiter)
    response = client_for(world.recruiter).post(
        f"/recruit/applications/{world.other_application.pk}/interview/",
        {"mode": "video", "minutes": "30", "time": [local_input(start + dt.timedelta(minutes=30))]},
    )
    assert response.status_code == 409 and "已有面试" in response.content.decode()
    # back to back is fine (half-open ranges)
    services.invite(
        world.other_application.pk,
        Invitation("video", 30, [start + dt.timedelta(hours=1)], fixed=True),
        by=world.recruiter,
    )
    assert Slot.objects.filter(booked=True).count() == 2


def test_two_students_picking_overlapping_slots_of_one_recruiter_one_wins(world):
    start = soon(30)
    first = services.invite(
        world.application.pk, Invitation("video", 60, [start, soon(40)]), by=world.recruiter
    )
    second = services.invite(
        world.other_application.pk,
        Invitation("video", 60, [start + dt.timedelta(minutes=30)]),
        by=world.recruiter,
    )
    services.pick(world.student, first.pk, first.slots.get(starts_at=start).pk)
    page = client_for(world.other_student).get(f"/interviews/{second.pk}/").content.decode()
    assert 'name="slot"' not in page  # the clashing slot is no longer offered
    response = client_for(world.other_student).post(
        f"/interviews/{second.pk}/pick/", {"slot": second.slots.get().pk}
    )
    assert response.status_code == 409
    second.refresh_from_db()
    assert second.status == Interview.Status.INVITED


def test_strangers_and_hostile_input_get_clear_refusals(world):
    interview = services.invite(
        world.application.pk, Invitation("video", 30, [soon(30), soon(33)]), by=world.recruiter
    )
    for user in (world.other_student, world.outsider):
        assert client_for(user).get(f"/interviews/{interview.pk}/").status_code == 404
        assert client_for(user).post(f"/interviews/{interview.pk}/cancel/", {"reason": "x"}).status_code in (
            403,
            404,
        )
    assert (
        client_for(world.outsider).get(f"/recruit/applications/{world.application.pk}/interview/").status_code
        == 404
    )
    student = client_for(world.student)
    for slot in ("", "text", "-1", str(2**63), "²", "999999"):
        assert student.post(f"/interviews/{interview.pk}/pick/", {"slot": slot}).status_code == 400
    assert student.post(f"/interviews/{interview.pk}/reschedule/", {}).status_code == 403
    for value in ("", "text", "2026-13-45T99:99", "0", "²" * 50):
        response = invite_page(world, time=[value])
        assert response.status_code == 400
    assert invite_page(world, time=[local_input(soon(-2))]).status_code == 400  # the past
    assert invite_page(world, minutes="100000", time=[local_input(soon(30))]).status_code == 400
    assert invite_page(world, mode="zoom", time=[local_input(soon(30))]).status_code == 400
    assert invite_page(world, time=[local_input(soon(30 + i)) for i in range(11)]).status_code == 400
    # a colleague may manage the interview; the other company may not
    assert client_for(world.colleague).get(f"/interviews/{interview.pk}/").status_code == 200
    assert client_for(None).get(f"/interviews/{interview.pk}/").status_code == 302


def test_a_closed_application_is_not_invited(world):
    Application.objects.filter(pk=world.application.pk).update(status=Application.Status.REJECTED)
    response = invite_page(world, time=[local_input(soon(30))])
    assert response.status_code == 409
    assert not Interview.objects.exists()


def test_changes_are_audited_and_the_applicants_reasons_leave_with_their_account(world):
    from audit.models import AuditEntry
    from privacy.erasure import delete_account
    from privacy.exports import exporters

    interview = services.invite(
        world.application.pk, Invitation("video", 30, [soon(30)], fixed=True), by=world.recruiter
    )
    services.request_change(world.student, interview.pk, "那天在外地实习，王小丽")
    assert AuditEntry.objects.filter(
        action="interviews.interview.change_requested", object_id=str(interview.pk)
    ).exists()
    exported = exporters()["interviews"](world.student)
    assert exported.data[0]["reason"] == "那天在外地实习，王小丽"
    delete_account(world.student)
    interview.refresh_from_db()
    assert interview.reason == "" and interview.status == Interview.Status.CHANGE_REQUESTED


def test_both_sides_find_their_interviews(world):
    when = soon(30)
    interview = services.invite(
        world.application.pk, Invitation("video", 30, [when], fixed=True), by=world.recruiter
    )
    recruiter, student = client_for(world.recruiter), client_for(world.student)
    assert "/recruit/interviews/" in recruiter.get("/recruit/").content.decode()
    listed = recruiter.get("/recruit/interviews/").content.decode()
    assert f"/interviews/{interview.pk}/" in listed and "王小丽" in listed and "已安排" in listed
    assert "/me/interviews/" in student.get("/me/applications/").content.decode()
    mine = student.get("/me/interviews/").content.decode()
    assert (
        f"/interviews/{interview.pk}/" in mine and timezone.localtime(when).strftime("%Y-%m-%d %H:%M") in mine
    )
    detail = student.get(f"/interviews/{interview.pk}/").content.decode()
    assert f"/interviews/{interview.pk}/room/" in detail and "进入视频面试间" in detail
    others = client_for(world.other_student).get("/me/interviews/").content.decode()
    assert f"/interviews/{interview.pk}/" not in others and "暂无面试" in others


def test_notices_are_in_the_recipients_language_not_the_recruiters(world):
    """A recruiter browsing in English invites a student who chose nothing (Chinese, the default);
    the student's reschedule request reaches the recruiter, who chose English, in English."""
    from notifications.models import Preference

    Preference.objects.create(user=world.recruiter, language="en")
    english = client_for(world.recruiter)
    english.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    response = english.post(
        f"/recruit/applications/{world.application.pk}/interview/",
        {"mode": "video", "minutes": "30", "time": [local_input(soon(30))], "fixed": "on"},
    )
    assert response.status_code == 302, response.content
    invited = Notification.objects.get(user=world.student, kind="interviews.invited")
    job = world.job.title
    assert invited.title == f"面试邀请：{job}"
    assert "邀请您于" in invited.body and "invites you" not in invited.body

    interview = Interview.objects.get(application=world.application)
    chinese = client_for(world.student)
    chinese.defaults["HTTP_ACCEPT_LANGUAGE"] = "zh-hans"
    assert chinese.post(f"/interviews/{interview.pk}/change/", {"reason": "那天有考试"}).status_code == 302
    asked = Notification.objects.get(user=world.recruiter, kind="interviews.change_requested")
    assert asked.title.endswith("asks for another interview time")
    assert asked.body == "Reason: 那天有考试"
