"""At the door: checked in, already checked in (when, by whom), or refused with the reason."""

from __future__ import annotations

import datetime as dt

import pytest

from booking.models import Registration
from booking.services import checkin, registrations
from booking.tests.conftest import at, students, visit
from qr.tokens import make_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def ticketed(world):
    event = visit(world, capacity=5)
    registration = registrations.register(world.student, event.pk).registration
    return event, registration


def scan(client, event, code: str) -> str:
    return client.post(f"/events/{event.pk}/checkin/", {"code": code}).content.decode()


def test_a_typed_code_checks_in_once_and_a_second_scan_says_when_and_by_whom(client, world, ticketed):
    event, registration = ticketed
    client.force_login(world.recruiter)
    page = scan(client, event, registration.ticket_code.lower()[:4] + "-" + registration.ticket_code[4:])
    assert 'data-outcome="checked_in"' in page and "签到成功" in page
    page = scan(client, event, registration.ticket_code)
    assert 'data-outcome="already"' in page and "已签到过" in page and "bob" in page
    registration.refresh_from_db()
    assert registration.checked_in_by == world.recruiter
    assert "已签到 1 / 1" in page


def test_the_signed_qr_code_checks_in_as_json_for_the_camera(client, world, ticketed):
    event, registration = ticketed
    client.force_login(world.recruiter)
    url = f"https://zhaopin.example.cn/t/{checkin.ticket_token(registration)}"
    response = client.post(f"/events/{event.pk}/checkin/", {"code": url}, HTTP_ACCEPT="application/json")
    assert response.json()["outcome"] == "checked_in"
    again = client.post(f"/events/{event.pk}/checkin/", {"code": url}, HTTP_ACCEPT="application/json").json()
    assert again["outcome"] == "already" and again["by"] == "bob"


@pytest.mark.parametrize(
    ("make_code", "message"),
    [
        (lambda r: checkin.ticket_token(r)[:-2] + "xx", "无效"),
        (
            lambda r: make_token(
                "live.join", {"r": r.pk, "c": r.ticket_code}, valid_for=dt.timedelta(hours=1)
            ),
            "其他用途",
        ),
        (lambda r: "ZZZZ2222", "没有这个票码"),
        (lambda r: "", "这个字段是必填项"),
    ],
)
def test_bad_codes_are_refused_with_the_reason(client, world, ticketed, make_code, message):
    event, registration = ticketed
    client.force_login(world.recruiter)
    page = scan(client, event, make_code(registration))
    assert message in page
    registration.refresh_from_db()
    assert registration.checked_in_at is None


def test_a_ticket_for_another_event_is_refused_naming_that_event(client, world, ticketed):
    event, _registration = ticketed
    other = visit(world, start=at("2026-03-11", 9))
    other_ticket = registrations.register(students(1)[0], other.pk).registration
    client.force_login(world.recruiter)
    page = scan(client, event, other_ticket.ticket_code)
    assert 'data-outcome="refused"' in page and "另一场活动" in page


def test_a_cancelled_registration_is_refused(client, world, ticketed):
    event, registration = ticketed
    registrations.cancel(world.student, registration.pk)
    client.force_login(world.recruiter)
    assert "该报名已取消" in scan(client, event, registration.ticket_code)


def test_an_expired_ticket_is_refused(client, world, ticketed, frozen):
    event, registration = ticketed
    frozen.move_to(event.ends_at + dt.timedelta(hours=3))
    client.force_login(world.recruiter)
    page = scan(client, event, registration.ticket_code)
    assert "已过期" in page


def test_only_the_organiser_opens_the_scanner(client, world, ticketed):
    event, _registration = ticketed
    client.force_login(world.staff)  # a university with nothing to do with this company visit
    assert client.get(f"/events/{event.pk}/checkin/").status_code == 404
    client.force_login(world.student)
    assert client.get(f"/events/{event.pk}/checkin/").status_code == 403


def test_checking_in_twice_at_the_same_moment_counts_once(world, ticketed):
    event, registration = ticketed
    first = checkin.check_in(world.recruiter, event, registration.ticket_code)
    second = checkin.check_in(world.recruiter, event, registration.ticket_code)
    assert (first.outcome, second.outcome) == ("checked_in", "already")
    assert Registration.objects.exclude(checked_in_at=None).count() == 1


def test_the_ticket_link_shows_validity_without_personal_data(client, world, ticketed):
    _event, registration = ticketed
    page = client.get(f"/t/{checkin.ticket_token(registration)}").content.decode()
    assert "有效电子票" in page and world.student.username not in page and "王小丽" not in page
    assert client.get("/t/forged:token").status_code == 400
