"""Every URL pattern, read by every role's *stranger*: nobody sees what belongs to someone else.

The URL walk (``tests/test_url_walk.py``) proves that no page answers a role or a hostile value
with a server error; this test proves the other half of "every view checks role and object
ownership". The walk's world is seeded, then a second tenant of every role (another student,
another company's recruiter, another university's career office, another province's reviewer,
another partner platform) and marked private values: the student's name, phone and e-mail, the
note of her application, her ticket code and calendar key, the career office's contact mobile,
the job that has not been published. Every pattern of the URLconf is built with the first
tenant's real ids and fetched by GET as every user; a marked value may appear only in the
answers to the users listed as entitled to it. The patterns come from the URLconf, so a new view
is checked without editing this file.
"""

from __future__ import annotations

import pytest

from accounts.models import GraduateProfile, User
from booking.models import Registration
from directory.models import Organisation
from jobs.models import Application, JobPosting
from reports.models import Contact
from tests.factories import make_company, make_recruiter, make_university
from tests.test_url_walk import build, client_for, patterns, resolves_to, seed_world

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

STRANGERS = ("other_student", "other_recruiter", "other_staff", "other_reviewer", "other_partner")


def seed_strangers() -> dict[str, User]:
    university = make_university("西部示范学院")
    company = make_company("远山贸易有限公司", region="510100")
    department = Organisation.objects.create(
        kind=Organisation.Kind.SME_DEPARTMENT, name="四川省中小企业主管部门", region_id="510000"
    )
    partner = Organisation.objects.create(kind=Organisation.Kind.PARTNER_PLATFORM, name="前程无忧")
    student = User.objects.create_user("mallory", password="pw", role=User.Role.STUDENT)
    GraduateProfile.objects.create(
        user=student, full_name="马洛丽", university=university, major="会计学",
        degree=GraduateProfile.Degree.BACHELOR, graduation_year=2025, phone="13700009999",
    )  # fmt: skip
    return {
        "other_student": student,
        "other_recruiter": make_recruiter(company, "eve"),
        "other_staff": User.objects.create_user(
            "west", password="pw", role=User.Role.UNIVERSITY_STAFF, organisation=university
        ),
        "other_reviewer": User.objects.create_user(
            "sichuan", password="pw", role=User.Role.REVIEWER, organisation=department
        ),
        "other_partner": User.objects.create_user(
            "qcwy", password="pw", role=User.Role.PARTNER_STAFF, organisation=partner
        ),
    }


def mark_private(users: dict[str, User | None]) -> dict[str, set[str]]:
    """Private values, each with the users (by key) entitled to see it."""
    student = users["student"]
    assert student is not None
    student.email = "wangxl.private@example.com"
    student.save(update_fields=["email"])
    profile = student.graduate_profile
    profile.full_name = "王小丽秘"
    profile.phone = "13955550001"
    profile.save(update_fields=["full_name", "phone"])
    Application.objects.filter(student=student).update(note="私密留言甲乙丙")
    registration = Registration.objects.get(student=student)
    contact = Contact.objects.get()
    contact.mobile = "13966660002"
    contact.save(update_fields=["mobile"])
    unpublished = JobPosting.objects.get(title="数据分析师")
    JobPosting.objects.filter(pk=unpublished.pk).update(description="未发布职位的秘密描述")
    everyone_on_her_side = {"student", "recruiter", "university_staff", "admin"}
    return {
        # Her identity: herself, the company she applied to, her university's career office.
        "王小丽秘": everyone_on_her_side,
        "13955550001": everyone_on_her_side,
        "wangxl.private@example.com": everyone_on_her_side,
        # What she wrote to the company.
        "私密留言甲乙丙": {"student", "recruiter", "admin"},
        # Her ticket admits her; the organiser checks it in.
        registration.ticket_code: {"student", "recruiter", "admin"},
        # Her calendar feed key is a password to her calendar.
        "k" * 32: {"student", "admin"},
        # A career office's contact in the weekly return: the office, the departments, the admins.
        "13966660002": {"university_staff", "reviewer", "other_reviewer", "admin"},
        # A posting under review: its company, reviewers, admins.
        "未发布职位的秘密描述": {"recruiter", "reviewer", "other_reviewer", "admin"},
    }


def test_no_page_shows_one_users_private_values_to_a_stranger():
    world = seed_world()
    users: dict[str, User | None] = {**world.users, **seed_strangers()}
    private = mark_private(users)
    every = [pattern for pattern in patterns() if not pattern.admin]
    leaks: list[str] = []
    seen: dict[str, set[str]] = {value: set() for value in private}
    for key, user in users.items():
        client = client_for(user)
        for pattern in every:
            for url, real in build(world, pattern):
                if not real or not resolves_to(url, pattern):
                    continue
                response = client.get(url)
                if user is not None and "_auth_user_id" not in client.session:
                    client.force_login(user)
                if response.status_code != 200 or response.streaming:
                    continue
                body = response.content.decode("utf-8", "replace")
                for value, entitled in private.items():
                    if value in body:
                        seen[value].add(key)
                        if key not in entitled:
                            leaks.append(f"{key} sees {value!r} at GET {url} ({pattern.view})")
    assert leaks == [], "\n".join(leaks)
    # The walk reached the pages that show each value (her e-mail is shown on none: it is only
    # the address mail goes to), so the check above was not vacuous.
    for value, entitled in private.items():
        if value != "wangxl.private@example.com":
            assert seen[value] & (entitled - {"admin"}), f"no entitled user saw {value!r}: {seen[value]}"
