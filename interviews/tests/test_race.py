"""Double booking under concurrency: students of one recruiter tap overlapping slots at the same
moment, each thread on its own database connection. Exactly one gets the time. On PostgreSQL the
exclusion constraint decides (the service does no check of its own there), and the constraint
also refuses overlapping booked slots written straight through the ORM."""

from __future__ import annotations

import datetime as dt
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import IntegrityError, connection, connections, transaction

from interviews import services
from interviews.models import Interview, Slot
from interviews.services import Invitation, SlotTaken
from interviews.tests.conftest import soon
from jobs.services import apply
from tests.factories import make_company, make_job, make_recruiter, make_student

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

CROWD = 12


@pytest.fixture
def crowd(db):
    """One recruiter; CROWD students, each invited to one 60-minute slot, the slots 5 minutes apart
    (so every pair overlaps)."""
    company = make_company()
    recruiter = make_recruiter(company)
    job = make_job(company)
    start = soon(30)
    picks = []
    for number in range(CROWD):
        student = make_student(f"s{number}")
        application = apply(student, job).application
        times = [start + dt.timedelta(minutes=5 * number)]
        interview = services.invite(application.pk, Invitation("video", 60, times), by=recruiter)
        picks.append((student, interview.pk, interview.slots.get().pk))
    return recruiter, picks


def race(picks) -> dict[str, int]:
    barrier = threading.Barrier(len(picks))

    def one(pick) -> str:
        student, interview_id, slot_id = pick
        try:
            barrier.wait()
            services.pick(student, interview_id, slot_id)
            return "won"
        except SlotTaken:
            return "taken"
        finally:
            connections.close_all()

    with ThreadPoolExecutor(len(picks)) as pool:
        results = list(pool.map(one, picks))  # any other exception fails the test
    return {"won": results.count("won"), "taken": results.count("taken")}


def test_overlapping_picks_at_once_one_wins_on_this_database(crowd):
    recruiter, picks = crowd
    assert race(picks) == {"won": 1, "taken": CROWD - 1}
    assert Slot.objects.filter(recruiter=recruiter, booked=True).count() == 1
    assert Interview.objects.filter(status=Interview.Status.SCHEDULED).count() == 1


@pytest.mark.postgres
def test_on_postgresql_the_constraint_alone_decides_the_race(crowd):
    assert connection.vendor == "postgresql"
    recruiter, picks = crowd
    barrier = threading.Barrier(len(picks))

    def write(pick) -> bool:  # no service, no check: just mark the slot booked
        try:
            barrier.wait()
            with transaction.atomic():
                Slot.objects.filter(pk=pick[2]).update(booked=True)
            return True
        except IntegrityError:
            return False
        finally:
            connections.close_all()

    with ThreadPoolExecutor(len(picks)) as pool:
        assert sorted(pool.map(write, picks)) == [False] * (CROWD - 1) + [True]
    assert Slot.objects.filter(recruiter=recruiter, booked=True).count() == 1


@pytest.mark.postgres
def test_on_postgresql_back_to_back_is_fine_and_overlap_is_refused(crowd):
    recruiter, picks = crowd
    slot = Slot.objects.get(pk=picks[0][2])
    Slot.objects.filter(pk=slot.pk).update(booked=True)
    interview = Interview.objects.get(pk=picks[0][1])
    Slot.objects.create(
        interview=interview,
        recruiter=recruiter,
        starts_at=slot.ends_at,
        ends_at=slot.ends_at + dt.timedelta(hours=1),
        booked=True,
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        Slot.objects.create(
            interview=interview,
            recruiter=recruiter,
            starts_at=slot.starts_at + dt.timedelta(minutes=59),
            ends_at=slot.ends_at + dt.timedelta(minutes=1),
            booked=True,
        )
