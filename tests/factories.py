"""A small cast for tests: companies, universities, students and postings built in one call each."""

from __future__ import annotations

import datetime as dt
import itertools

from django.utils import timezone
from stdnum.cn import uscc

from accounts.models import GraduateProfile, User
from campaigns.models import Campaign, Phase
from directory.models import Organisation
from jobs.models import JobPosting
from jobs.services import publish_job, reindex_job

_seq = itertools.count(1)


def make_credit_code(seed: int | None = None) -> str:
    body = f"91310000{seed or next(_seq):08d}Y"
    return body + uscc.calc_check_digit(body)


def make_campaign() -> Campaign:
    campaign, _ = Campaign.objects.get_or_create(
        slug="test-2025",
        defaults={"name": "2025年全国中小企业网上百日招聘高校毕业生活动", "theme": "山海有约 奋楫扬帆"},
    )
    Phase.objects.get_or_create(
        campaign=campaign,
        number=1,
        defaults={"name": "第一阶段", "starts_on": dt.date(2025, 4, 1), "ends_on": dt.date(2025, 6, 30)},
    )
    Phase.objects.get_or_create(
        campaign=campaign,
        number=2,
        defaults={"name": "第二阶段", "starts_on": dt.date(2025, 10, 1), "ends_on": dt.date(2025, 12, 31)},
    )
    return campaign


def make_company(name: str = "灵思智能科技有限公司", region: str = "320500", **extra: object) -> Organisation:
    return Organisation.objects.create(
        kind=Organisation.Kind.COMPANY,
        name=name,
        region_id=region,
        credit_code=make_credit_code(),
        industry_id=extra.pop("industry", "ai"),
        verification=extra.pop("verification", Organisation.Verification.VERIFIED),
        **extra,
    )


def make_university(name: str = "华东理工示范大学") -> Organisation:
    return Organisation.objects.create(kind=Organisation.Kind.UNIVERSITY, name=name, region_id="310000")


def make_recruiter(company: Organisation, username: str = "bob") -> User:
    return User.objects.create_user(
        username, password="pw-bob-12345", role=User.Role.RECRUITER, organisation=company
    )


def make_student(username: str = "alice", *, profile: bool = True) -> User:
    user = User.objects.create_user(username, password="pw-alice-12345", role=User.Role.STUDENT)
    if profile:
        university = (
            Organisation.objects.filter(kind=Organisation.Kind.UNIVERSITY).first() or make_university()
        )
        GraduateProfile.objects.create(
            user=user,
            full_name="王小丽",
            university=university,
            major="计算机科学与技术",
            degree=GraduateProfile.Degree.BACHELOR,
            graduation_year=2025,
            phone="13912345678",
        )
    return user


def make_job(
    company: Organisation,
    title: str = "算法工程师",
    *,
    publish: bool = True,
    fields: tuple[str, ...] = ("ai",),
    **extra: object,
) -> JobPosting:
    defaults: dict[str, object] = {
        "campaign": make_campaign(),
        "company": company,
        "title": title,
        "description": "负责机器学习模型开发。",
        "region_id": company.region_id,
        "headcount": 3,
        "salary_min": 8000,
        "salary_max": 12000,
        "contact_name": "人事部",
        "contact_phone": "0512-66668888",
    }
    defaults.update(extra)
    job = JobPosting.objects.create(**defaults)
    job.fields.set(fields)
    reindex_job(job)
    if publish:
        publish_job(job)
        job.published_at = timezone.now()
    return job
