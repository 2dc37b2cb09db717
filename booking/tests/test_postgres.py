"""On PostgreSQL: capacity holds under 200 concurrent HTTP registrations, and the database itself
refuses overlapping confirmed bookings of a venue. The control run (a naive read-check-write that
overbooks under the same kind of crowd) is in test_race.py, which races both databases."""

from __future__ import annotations

import datetime as dt
import secrets
import threading
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import IntegrityError, transaction
from django.test import Client
from django.utils import timezone

from booking.models import Event, Registration
from booking.tests.conftest import at, students, visit
from tests.servers import DaphneServer

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.slow,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def session_cookies(users) -> list[str]:
    cookies = []
    for user in users:
        client = Client()
        client.force_login(user)
        cookies.append(client.cookies["sessionid"].value)
    return cookies


def register_all_at_once(urls: list[str], sessions: list[str]) -> list[int]:
    """Every student presses "register" (joining the waiting list when full) at the same moment,
    spread over the server processes."""
    opener = urllib.request.build_opener(NoRedirect)
    barrier = threading.Barrier(len(sessions))

    def press(numbered: tuple[int, str]) -> int:
        number, session = numbered
        csrf = secrets.token_hex(16)
        request = urllib.request.Request(  # noqa: S310 - our own test server's http URL
            urls[number % len(urls)],
            data=f"waitlist=1&csrfmiddlewaretoken={csrf}".encode(),
            headers={"Cookie": f"sessionid={session}; csrftoken={csrf}"},
        )
        barrier.wait()
        try:
            return opener.open(request, timeout=60).status
        except urllib.error.HTTPError as error:
            return error.code

    with ThreadPoolExecutor(len(sessions)) as pool:
        return list(pool.map(press, enumerate(sessions)))


def outcome(event: Event) -> dict[str, int]:
    statuses = list(Registration.objects.filter(event=event).values_list("status", flat=True))
    event.refresh_from_db()
    return {
        "confirmed": statuses.count("confirmed"),
        "waitlisted": statuses.count("waitlisted"),
        "taken": event.taken,
    }


@pytest.fixture
def frozen():
    """Real time here: the server processes cannot share a frozen clock (sessions would expire)."""
    return None


@pytest.fixture
def crowd(world):
    start = timezone.localtime().replace(hour=14, minute=0, second=0, microsecond=0) + dt.timedelta(days=7)
    event = visit(world, capacity=50, start=start)
    return event, session_cookies(students(200))


def crowd_at_servers(event: Event, sessions: list[str], env: dict[str, str]) -> list[int]:
    """Two daphne processes, as in production, take the crowd's requests."""
    servers = [DaphneServer(env=env).start() for _ in range(2)]
    try:
        return register_all_at_once([f"{s.url}/events/{event.pk}/register/" for s in servers], sessions)
    finally:
        for server in servers:
            server.stop()


def test_200_concurrent_registrations_for_50_places_confirm_exactly_50(crowd):
    event, sessions = crowd
    codes = crowd_at_servers(event, sessions, {})
    assert codes.count(302) == 200, sorted(set(codes))
    assert outcome(event) == {"confirmed": 50, "waitlisted": 150, "taken": 50}


def test_the_database_refuses_overlapping_confirmed_bookings_of_a_venue(world):
    common = {
        "campaign": visit(world, start=timezone.now() + dt.timedelta(days=3)).campaign,
        "kind": "campus",
        "organiser": world.company,
        "venue": world.venue,
        "university": world.university,
        "capacity": 10,
        "status": "approved",
    }
    Event.objects.create(title="A", starts_at=at("2026-03-10", 14), ends_at=at("2026-03-10", 16), **common)
    Event.objects.create(
        title="back to back", starts_at=at("2026-03-10", 16), ends_at=at("2026-03-10", 17), **common
    )
    Event.objects.create(
        title="other status",
        starts_at=at("2026-03-10", 15),
        ends_at=at("2026-03-10", 16),
        **{**common, "status": "requested"},
    )
    with (
        pytest.raises(IntegrityError, match="approved_bookings_of_a_venue_never_overlap"),
        transaction.atomic(),
    ):
        Event.objects.create(
            title="B", starts_at=at("2026-03-10", 15), ends_at=at("2026-03-10", 15, 30), **common
        )


def test_an_approval_that_races_past_the_check_gets_a_clear_conflict(world, monkeypatch):
    from booking.services import events, rules
    from booking.services.events import EventDraft, request_campus_session

    monkeypatch.setattr(rules, "check_book_ahead", lambda *args: None)
    start = timezone.localtime().replace(hour=14, minute=0, second=0, microsecond=0) + dt.timedelta(days=7)
    first = request_campus_session(
        world.recruiter, EventDraft("甲", start, start + dt.timedelta(hours=2), 50, venue=world.venue)
    )
    second = request_campus_session(
        world.recruiter, EventDraft("乙", start, start + dt.timedelta(hours=1), 50, venue=world.venue)
    )
    events.decide_campus_session(world.staff, first.pk, approve=True)
    monkeypatch.setattr(rules, "check_venue_slot", lambda *args, **kwargs: None)  # as if two approvals raced
    with pytest.raises(events.Conflict, match="重叠"):
        events.decide_campus_session(world.staff, second.pk, approve=True)
    second.refresh_from_db()
    assert second.status == "requested"
