"""A campaign in phase 2 (October 2025) with a Jiangsu SME department, a Suzhou university,
companies in Suzhou, Nanjing and Shanghai, and helpers that put rows at exact Shanghai times."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pytest

from accounts.models import GraduateProfile, User
from booking.models import Event
from campaigns.models import Campaign
from directory.models import Organisation
from jobs.models import Application, ApplicationEvent, JobPosting
from livestream.models import LiveSession
from tests.factories import make_campaign, make_company

SHANGHAI = ZoneInfo("Asia/Shanghai")
PASSWORD = "pw-reports-12345"
_seq = itertools.count(1)


def sh(text: str) -> dt.datetime:
    """A Shanghai wall-clock time, ``2025-10-12 23:59:59``."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=SHANGHAI)


@dataclass
class World:
    campaign: Campaign
    department: Organisation
    department_staff: User
    shanghai_department: Organisation
    shanghai_staff: User
    university: Organisation
    university_staff: User
    other_university: Organisation
    partner: Organisation
    partner_staff: User
    admin: User
    suzhou: Organisation
    nanjing: Organisation
    shanghai: Organisation
    suzhou_recruiter: User


def staff(username: str, role: str, organisation: Organisation | None) -> User:
    return User.objects.create_user(username, password=PASSWORD, role=role, organisation=organisation)


@pytest.fixture
def world(db) -> World:
    campaign = make_campaign()
    kind = Organisation.Kind
    department = Organisation.objects.create(
        kind=kind.SME_DEPARTMENT, name="江苏省中小企业主管部门", region_id="320000"
    )
    shanghai_department = Organisation.objects.create(
        kind=kind.SME_DEPARTMENT, name="上海市中小企业主管部门", region_id="310000"
    )
    university = Organisation.objects.create(kind=kind.UNIVERSITY, name="苏州示范大学", region_id="320500")
    other_university = Organisation.objects.create(
        kind=kind.UNIVERSITY, name="上海示范大学", region_id="310000"
    )
    partner = Organisation.objects.create(kind=kind.PARTNER_PLATFORM, name="智联招聘")
    suzhou = make_company("苏州灵思智能有限公司", "320500")
    nanjing = make_company("南京芯原微电子有限公司", "320100", industry="integrated-circuits")
    shanghai = make_company("上海星途航天有限公司", "310000", industry="aerospace")
    return World(
        campaign=campaign,
        department=department,
        department_staff=staff("jiangsu", User.Role.REVIEWER, department),
        shanghai_department=shanghai_department,
        shanghai_staff=staff("shanghai", User.Role.REVIEWER, shanghai_department),
        university=university,
        university_staff=staff("career", User.Role.UNIVERSITY_STAFF, university),
        other_university=other_university,
        partner=partner,
        partner_staff=staff("partner", User.Role.PARTNER_STAFF, partner),
        admin=User.objects.create_superuser("root", password=PASSWORD, role=User.Role.ADMIN),
        suzhou=suzhou,
        nanjing=nanjing,
        shanghai=shanghai,
        suzhou_recruiter=staff("bob", User.Role.RECRUITER, suzhou),
    )


def posting(
    world: World,
    company: Organisation,
    published_at: dt.datetime | None,
    headcount: int = 1,
    status: str = JobPosting.Status.PUBLISHED,
    region: str | None = None,
    **extra: object,
) -> JobPosting:
    fields = extra.pop("fields", [company.industry_id or "ai"])
    job = JobPosting.objects.create(
        campaign=world.campaign,
        company=company,
        title=extra.pop("title", f"岗位{next(_seq)}"),
        description="负责相关工作。",
        region_id=region or company.region_id,
        headcount=headcount,
        salary_min=6000,
        salary_max=9000,
        contact_name="人事部",
        contact_phone="0512-66668888",
        status=status,
        published_at=published_at,
        **extra,
    )
    job.fields.set(fields)
    return job


def graduate(
    university: Organisation,
    *,
    major: str = "计算机科学与技术",
    degree: str = GraduateProfile.Degree.BACHELOR,
    regions: tuple[str, ...] = (),
    fields: tuple[str, ...] = (),
    seeking: bool = True,
    username: str | None = None,
) -> User:
    user = User.objects.create_user(
        username or f"student{next(_seq)}", password=PASSWORD, role=User.Role.STUDENT
    )
    profile = GraduateProfile.objects.create(
        user=user,
        full_name="王小丽",
        university=university,
        major=major,
        degree=degree,
        graduation_year=2025,
        phone="13912345678",
        seeking_employment=seeking,
    )
    profile.preferred_regions.set(regions)
    profile.preferred_fields.set(fields)
    return user


def application(
    world: World, job: JobPosting, at: dt.datetime, *, student: User | None = None, steps: tuple = (), **extra
) -> Application:
    student = student or graduate(world.university)
    app = Application.objects.create(
        campaign=world.campaign, job=job, student=student, profile=student.graduate_profile, **extra
    )
    Application.objects.filter(pk=app.pk).update(created_at=at)
    for status, when in steps:
        step = ApplicationEvent.objects.create(application=app, status=status)
        ApplicationEvent.objects.filter(pk=step.pk).update(at=when)
    return app


def live(
    world: World,
    company: Organisation,
    starts_at: dt.datetime,
    *,
    state: str = LiveSession.State.ENDED,
    peak: int = 0,
    unique: int = 0,
    co_host: Organisation | None = None,
) -> LiveSession:
    return LiveSession.objects.create(
        campaign=world.campaign,
        company=company,
        co_host=co_host,
        title=f"直播{next(_seq)}",
        starts_at=starts_at,
        ends_at=starts_at + dt.timedelta(hours=2),
        ended_at=starts_at + dt.timedelta(hours=2) if state == LiveSession.State.ENDED else None,
        state=state,
        peak_viewers=peak,
        unique_viewers=unique,
    )


def offline(
    world: World,
    kind: str,
    organiser: Organisation,
    starts_at: dt.datetime,
    *,
    university: Organisation | None = None,
    status: str = Event.Status.APPROVED,
) -> Event:
    return Event.objects.create(
        campaign=world.campaign,
        kind=kind,
        title=f"活动{next(_seq)}",
        organiser=organiser,
        university=university,
        address="" if university else "苏州工业园区星湖街 328 号",
        starts_at=starts_at,
        ends_at=starts_at + dt.timedelta(hours=2),
        capacity=100,
        status=status,
    )
