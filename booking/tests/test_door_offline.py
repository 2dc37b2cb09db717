"""Check-in that works from WeChat's or a phone's camera, and a door phone that loses its network.

A ticket's QR code opens ``/t/<token>``: the event's staff get a one-tap check-in there, anyone
else the ticket's validity. The scanner page keeps the event's ticket codes and, offline, checks
codes against them and queues the check-ins, which it sends when the network is back."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.utils import timezone

from booking.models import Registration
from booking.services import checkin, registrations
from booking.tests.conftest import at, students, visit

pytestmark = pytest.mark.django_db


@pytest.fixture
def ticketed(world):
    event = visit(world, capacity=5)
    registration = registrations.register(world.student, event.pk).registration
    return event, registration


def sync(client, event, scans) -> tuple[int, dict]:
    response = client.post(
        f"/events/{event.pk}/checkin/sync/", json.dumps({"scans": scans}), content_type="application/json"
    )
    return response.status_code, response.json()


def test_staff_who_scan_a_ticket_with_the_phone_camera_check_it_in_with_one_tap(client, world, ticketed):
    event, registration = ticketed
    token = checkin.ticket_token(registration)
    client.force_login(world.recruiter)
    page = client.get(f"/t/{token}").content.decode()
    assert registration.ticket_code in page and f'action="/events/{event.pk}/checkin/"' in page
    result = client.post(f"/events/{event.pk}/checkin/", {"code": token}).content.decode()
    assert 'data-outcome="checked_in"' in result
    page = client.get(f"/t/{token}").content.decode()
    assert "已于" in page and "签到" in page and 'name="code"' not in page


@pytest.mark.parametrize("who", ["student", "staff", None])
def test_anyone_else_who_scans_a_ticket_sees_only_whether_it_is_valid(client, world, ticketed, who):
    _event, registration = ticketed
    if who:  # the student themself, or a university unrelated to this company visit
        client.force_login(getattr(world, who))
    page = client.get(f"/t/{checkin.ticket_token(registration)}").content.decode()
    assert "有效电子票" in page and 'name="code"' not in page and registration.ticket_code not in page


def test_the_door_list_holds_ticket_codes_and_no_personal_data(client, world, ticketed):
    event, registration = ticketed
    other = students(1)[0]
    registrations.register(other, event.pk)
    client.force_login(world.recruiter)
    body = client.get(f"/events/{event.pk}/checkin/list.json").json()
    codes = {ticket["code"] for ticket in body["tickets"]}
    assert registration.ticket_code in codes and len(codes) == 2
    text = json.dumps(body, ensure_ascii=False)
    assert world.student.username not in text and "@" not in text


def test_only_the_events_staff_get_the_door_list_or_sync(client, world, ticketed):
    event, _registration = ticketed
    client.force_login(world.staff)  # another organisation
    assert client.get(f"/events/{event.pk}/checkin/list.json").status_code == 404
    assert sync(client, event, [])[0] == 404
    client.force_login(world.student)
    assert client.get(f"/events/{event.pk}/checkin/list.json").status_code == 403
    client.logout()
    assert client.get(f"/events/{event.pk}/checkin/list.json").status_code == 302


def test_offline_check_ins_are_recorded_at_the_time_they_were_scanned(client, world, ticketed, frozen):
    event, registration = ticketed
    second = registrations.register(students(1)[0], event.pk).registration
    client.force_login(world.recruiter)
    frozen.move_to(event.starts_at + dt.timedelta(minutes=30))
    scanned = event.starts_at + dt.timedelta(minutes=5)
    status, body = sync(
        client,
        event,
        [
            {"code": registration.ticket_code, "at": scanned.isoformat()},
            {"code": checkin.ticket_token(second), "at": scanned.isoformat()},
            {"code": registration.ticket_code, "at": scanned.isoformat()},  # a second phone let them in too
            {"code": "NOTACODE", "at": scanned.isoformat()},
        ],
    )
    assert status == 200
    assert [r["outcome"] for r in body["results"]] == ["checked_in", "checked_in", "already", "refused"]
    registration.refresh_from_db()
    assert registration.checked_in_at == scanned and registration.checked_in_by == world.recruiter
    assert body["counts"] == {"confirmed": 2, "checked_in": 2}


def test_a_scan_dated_in_the_future_counts_as_now_and_one_long_before_is_refused(
    client, world, ticketed, frozen
):
    event, registration = ticketed
    second = registrations.register(students(1)[0], event.pk).registration
    client.force_login(world.recruiter)
    frozen.move_to(event.starts_at + dt.timedelta(minutes=10))
    now = timezone.now()
    _status, body = sync(
        client,
        event,
        [
            {"code": registration.ticket_code, "at": (now + dt.timedelta(days=3)).isoformat()},
            {"code": second.ticket_code, "at": (event.starts_at - dt.timedelta(days=2)).isoformat()},
        ],
    )
    assert [r["outcome"] for r in body["results"]] == ["checked_in", "refused"]
    registration.refresh_from_db()
    assert registration.checked_in_at <= timezone.now()
    assert not Registration.objects.get(pk=second.pk).checked_in_at


@pytest.mark.parametrize(
    "body",
    [
        "not json",
        "[" * 2000 + "]" * 2000,
        json.dumps({"scans": "x"}),
        json.dumps({"scans": [{"code": "A"}]}),
        json.dumps({"scans": [{"code": "A", "at": "yesterday"}]}),
        json.dumps({"scans": [{"code": "A", "at": "2026-03-10T14:00:00"}]}),  # no time zone
        json.dumps({"scans": [{"code": "", "at": "2026-03-10T14:00:00+08:00"}]}),
        json.dumps({"scans": [{"code": "A", "at": "2026-03-10T14:00:00+08:00"}] * 501}),
    ],
)
def test_a_bad_sync_is_refused_with_a_message(client, world, ticketed, body):
    event, _registration = ticketed
    client.force_login(world.recruiter)
    response = client.post(f"/events/{event.pk}/checkin/sync/", body, content_type="application/json")
    assert response.status_code == 400 and response.json()["error"]


def test_the_offline_window_starts_well_before_the_event(world, ticketed, frozen):
    event, registration = ticketed
    frozen.move_to(event.starts_at)
    early = checkin.OfflineScan(registration.ticket_code, at("2026-03-10", 3))  # 11 h before 14:00
    [result] = checkin.sync_offline(world.recruiter, event, [early])
    assert result.outcome == "checked_in"
