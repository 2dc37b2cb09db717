"""Taking a place under concurrency, on whichever database the suite runs on: threads, each with
its own database connection, press "register" at the same moment. The product path
(``registrations.register``: one statement on PostgreSQL, a conditional update in a short
transaction on SQLite) confirms exactly the capacity; a naive read-check-write, kept here as the
control, confirms more than the capacity under the same crowd, which shows the race is real."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.conf import settings
from django.db import connection, connections

from accounts.models import User
from booking.models import Event, Registration
from booking.services import registrations
from booking.tests.conftest import students, visit

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

CAPACITY, CROWD = 10, 40


def read_check_write(student: User, event_id: int) -> None:
    """The broken algorithm: read the count, check it, write it back, with no lock and no
    condition on the write. The pause stands for the work a busy server does in between."""
    event = Event.objects.get(pk=event_id)
    status = Registration.Status.WAITLISTED
    if event.taken < event.capacity:
        time.sleep(0.005)
        event.taken += 1
        event.save(update_fields=["taken"])
        status = Registration.Status.CONFIRMED
    Registration.objects.create(
        event=event, student=student, status=status, ticket_code=registrations.new_ticket_code()
    )


def product(student: User, event_id: int) -> None:
    registrations.register(student, event_id, join_waitlist=True)


def race(press: Callable[[User, int], None], event: Event, crowd: list[User]) -> dict[str, int]:
    barrier = threading.Barrier(len(crowd))

    def one(student: User) -> None:
        try:
            barrier.wait()
            press(student, event.pk)
        finally:
            connections.close_all()

    with ThreadPoolExecutor(len(crowd)) as pool:
        list(pool.map(one, crowd))  # re-raises any thread's exception
    statuses = list(Registration.objects.filter(event=event).values_list("status", flat=True))
    return {
        "confirmed": statuses.count(Registration.Status.CONFIRMED),
        "waitlisted": statuses.count(Registration.Status.WAITLISTED),
    }


ON_SQLITE = settings.DATABASES["default"]["ENGINE"].endswith("sqlite3")


@pytest.fixture(params=["rollback journal", "wal"] if ON_SQLITE else ["postgresql"])
def journal(request):
    """On SQLite, race in the default rollback-journal mode and in WAL mode."""
    if request.param != "wal":
        yield request.param
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        before = cursor.fetchone()[0]
        cursor.execute("PRAGMA journal_mode=wal")
    yield request.param
    connections.close_all()
    with connection.cursor() as cursor:
        cursor.execute(f"PRAGMA journal_mode={before}")


@pytest.fixture
def crowd(world, journal):
    return visit(world, capacity=CAPACITY), students(CROWD)


def test_the_product_path_confirms_exactly_the_capacity(crowd):
    event, people = crowd
    assert race(product, event, people) == {"confirmed": CAPACITY, "waitlisted": CROWD - CAPACITY}
    event.refresh_from_db()
    assert event.taken == CAPACITY


def test_control_a_read_check_write_overbooks_under_the_same_crowd(crowd):
    """Shows the test above can fail: without the conditional update more than the capacity get in."""
    event, people = crowd
    result = race(read_check_write, event, people)
    assert result["confirmed"] > CAPACITY, result
