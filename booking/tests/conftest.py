"""A university with a venue and staff, a verified company with a recruiter, and students,
on a fixed Monday morning (2026-03-02 09:00 Asia/Shanghai) inside the official calendar."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pytest
import time_machine

from accounts.models import User
from booking.models import Event, Venue
from booking.services.events import EventDraft, publish_visit
from directory.models import Organisation
from tests.factories import make_campaign, make_company, make_recruiter, make_student, make_university

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=SHANGHAI)


def at(day: str, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.fromisoformat(day).replace(hour=hour, minute=minute, tzinfo=SHANGHAI)


@dataclass
class World:
    university: Organisation
    staff: User
    venue: Venue
    company: Organisation
    recruiter: User
    student: User


@pytest.fixture
def frozen():
    with time_machine.travel(NOW, tick=True) as traveller:
        yield traveller


@pytest.fixture
def world(db, frozen) -> World:
    make_campaign()
    university = make_university()
    staff = User.objects.create_user(
        "career",
        password="pw-career-12345",
        role=User.Role.UNIVERSITY_STAFF,
        organisation=university,
        email="career@example.edu.cn",
    )
    venue = Venue.objects.create(university=university, building="学生活动中心", name="报告厅", capacity=120)
    company = make_company()
    recruiter = make_recruiter(company)
    recruiter.email = "hr@example.cn"
    recruiter.save(update_fields=["email"])
    return World(university, staff, venue, company, recruiter, make_student())


def visit(world: World, capacity: int = 2, start: dt.datetime | None = None) -> Event:
    start = start or at("2026-03-10", 14)
    draft = EventDraft(
        title="走进灵思智能",
        starts_at=start,
        ends_at=start + dt.timedelta(hours=2),
        capacity=capacity,
        address="苏州工业园区星湖街 328 号",
    )
    return publish_visit(world.recruiter, draft)


def students(count: int, prefix: str = "s") -> list[User]:
    return [
        User.objects.create_user(
            f"{prefix}{i}",
            password="pw-student-12345",
            role=User.Role.STUDENT,
            email=f"{prefix}{i}@example.cn",
        )
        for i in range(count)
    ]
