"""A company with two recruiters, two students who applied to its job, and helpers for times."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from django.test import Client
from django.utils import timezone

from accounts.models import User
from jobs.models import Application, JobPosting
from jobs.services import apply
from tests.factories import make_company, make_job, make_recruiter, make_student


@dataclass
class World:
    recruiter: User
    colleague: User
    outsider: User  # a recruiter of another company
    student: User
    other_student: User
    job: JobPosting
    application: Application
    other_application: Application


def soon(hours: float = 48, minutes: int = 0) -> dt.datetime:
    """A whole minute ``hours`` from now, local time."""
    moment = timezone.localtime() + dt.timedelta(hours=hours, minutes=minutes)
    return moment.replace(second=0, microsecond=0)


def local_input(moment: dt.datetime) -> str:
    """As a ``datetime-local`` input sends it."""
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


@pytest.fixture
def world(db) -> World:
    company = make_company()
    recruiter = make_recruiter(company)
    colleague = make_recruiter(company, username="colleague")
    outsider = make_recruiter(make_company("别家科技有限公司"), username="carol")
    job = make_job(company)
    student, other = make_student(), make_student("dora")
    return World(
        recruiter,
        colleague,
        outsider,
        student,
        other,
        job,
        apply(student, job).application,
        apply(other, job).application,
    )


def client_for(user: User | None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client
