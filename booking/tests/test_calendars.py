"""Calendar files: stable UIDs, DTSTAMP, UTC times; a secret personal feed; a public university feed."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from booking.models import CalendarFeed
from booking.services import registrations
from booking.tests.conftest import visit

pytestmark = pytest.mark.django_db


def parsed(body: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(body).walk("VEVENT"))


def test_an_events_ics_has_the_same_instant_a_stable_uid_and_a_stamp(client, world):
    event = visit(world)
    first = client.get(f"/events/{event.pk}/calendar.ics")
    assert first["Content-Type"].startswith("text/calendar")
    (vevent,) = parsed(first.content)
    assert vevent.decoded("dtstart") == event.starts_at and vevent.decoded("dtend") == event.ends_at
    assert vevent.decoded("dtstart").utcoffset() == dt.timedelta(0)
    assert "DTSTAMP" in vevent and str(vevent["uid"]) == f"event-{event.pk}@shanhai.invalid"
    (again,) = parsed(client.get(f"/events/{event.pk}/calendar.ics").content)
    assert str(again["uid"]) == str(vevent["uid"])
    assert str(vevent["summary"]) == event.title


def test_a_personal_feed_lives_at_a_secret_address_that_can_be_replaced(client, world):
    event = visit(world)
    registrations.register(world.student, event.pk)
    client.force_login(world.student)
    client.post("/me/calendar/")
    key = CalendarFeed.objects.get(user=world.student).key
    assert len(key) >= 24  # random, unrelated to the user
    client.logout()
    (vevent,) = parsed(client.get(f"/calendar/{key}.ics").content)
    assert str(vevent["summary"]) == event.title
    client.force_login(world.student)
    client.post("/me/calendar/")
    client.logout()
    assert client.get(f"/calendar/{key}.ics").status_code == 404


def test_the_university_feed_lists_confirmed_events_only(client, world):
    from booking.services.events import EventDraft, request_campus_session
    from booking.tests.conftest import at

    start = at("2026-03-10", 14)
    request_campus_session(
        world.recruiter,
        EventDraft("待审核宣讲会", start, start + dt.timedelta(hours=1), 50, venue=world.venue),
    )
    body = client.get(f"/calendar/university/{world.university.pk}.ics").content
    assert parsed(body) == []
