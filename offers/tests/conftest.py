"""A company with a recruiter, another company's recruiter, a student who applied, the career
offices of the student's university and of another one."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from accounts.models import User
from directory.models import Organisation
from jobs.models import Application, JobPosting
from jobs.services import apply
from tests.factories import make_company, make_job, make_recruiter, make_student, make_university


@dataclass
class World:
    company: Organisation
    recruiter: User
    other_recruiter: User
    student: User
    other_student: User
    staff: User
    other_staff: User
    job: JobPosting
    application: Application


@pytest.fixture
def world(db) -> World:
    company = make_company()
    recruiter = make_recruiter(company)
    other_recruiter = make_recruiter(make_company("别家科技有限公司"), username="carol")
    university = make_university()
    student = make_student()
    other_student = make_student("dave")
    staff = User.objects.create_user(
        "career", password="pw-career-12345", role=User.Role.UNIVERSITY_STAFF, organisation=university
    )
    other_staff = User.objects.create_user(
        "career2",
        password="pw-career-12345",
        role=User.Role.UNIVERSITY_STAFF,
        organisation=make_university("西部示范学院"),
    )
    job = make_job(company)
    application = apply(student, job).application
    return World(
        company, recruiter, other_recruiter, student, other_student, staff, other_staff, job, application
    )
