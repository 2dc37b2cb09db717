"""预约直播: an upcoming session shows its start, "提醒我" subscribes (login required), the
subscribers are reminded 10 minutes before by the worker, a moved session's stale reminder does
nothing, the .ics downloads, and the host sees how many subscribed."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import time_machine

from background.testing import drain
from livestream.models import LiveSession, Subscription
from livestream.services import reminders
from livestream.tests.conftest import make_session
from notifications.models import Notification
from tests.factories import make_company, make_job, make_recruiter, make_student

START = dt.datetime(2030, 3, 5, 19, 30, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.fixture
def upcoming(db):
    company = make_company()
    session = make_session(company, [make_job(company)], state=LiveSession.State.SCHEDULED)
    session.starts_at, session.ends_at = START, START + dt.timedelta(hours=1)
    session.save()
    return session, make_recruiter(company), make_student()


def test_the_page_shows_the_start_and_remind_me_needs_a_login(client, upcoming):
    session, host, student = upcoming
    page = client.get(f"/live/{session.pk}/").content.decode()
    assert "2030-03-05 19:30" in page and "提醒我" in page
    answer = client.post(f"/live/{session.pk}/remind/")
    assert answer.status_code == 302 and "/accounts/login/" in answer["Location"]
    assert not Subscription.objects.exists()

    client.force_login(student)
    client.post(f"/live/{session.pk}/remind/")
    client.post(f"/live/{session.pk}/remind/")  # twice: still one
    assert Subscription.objects.filter(session=session, user=student).count() == 1
    page = client.get(f"/live/{session.pk}/").content.decode()
    assert "已设置提醒" in page and "data-subscribers" not in page  # the count is for the host

    client.force_login(host)
    assert "1 人已预约提醒" in client.get(f"/live/{session.pk}/host/").content.decode()


def test_subscribers_are_reminded_ten_minutes_before_once(upcoming):
    session, _host, student = upcoming
    other = make_student("bystander")
    reminders.subscribe(student, session)
    assert drain() == 0  # queued for later
    with time_machine.travel(START - dt.timedelta(minutes=11), tick=False):
        assert drain() == 0
    with time_machine.travel(START - dt.timedelta(minutes=10), tick=False):
        assert drain() >= 1
    note = Notification.objects.get(user=student)
    assert note.kind == "livestream.reminder" and session.title in note.title
    assert note.url == f"/live/{session.pk}/"
    assert not Notification.objects.filter(user=other).exists()
    assert reminders.remind(session.pk, START.isoformat()) == 0  # a rerun tells nobody twice


def test_a_moved_session_ignores_its_stale_reminder(upcoming):
    session, _host, student = upcoming
    reminders.subscribe(student, session)
    later = START + dt.timedelta(days=1)
    session.starts_at, session.ends_at = later, later + dt.timedelta(hours=1)
    session.save()
    reminders.plan(session)  # what saving the session's form does
    with time_machine.travel(START - dt.timedelta(minutes=5), tick=False):
        drain()
    assert not Notification.objects.exists()
    with time_machine.travel(later - dt.timedelta(minutes=9), tick=False):
        drain()
    assert Notification.objects.filter(user=student).count() == 1


def test_the_ics_and_a_started_session_refuses_subscriptions(client, upcoming):
    session, _host, student = upcoming
    answer = client.get(f"/live/{session.pk}/calendar.ics")
    assert answer["Content-Type"].startswith("text/calendar")
    body = answer.content.decode()
    assert "DTSTART:20300305T113000Z" in body and session.title in body
    session.state = LiveSession.State.LIVE
    session.save()
    client.force_login(student)
    assert client.post(f"/live/{session.pk}/remind/").status_code == 409
    assert client.get("/live/999999/calendar.ics").status_code == 404
