"""A cast for internships: a Suzhou company with an internship offering free accommodation, a
Shanghai company, a Suzhou and a Shanghai university with their career staff, students of both,
and the Jiangsu and Shanghai SME departments. Helpers act through the pages, as each role would."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import GraduateProfile, User
from directory.models import Organisation
from internships.models import Placement
from jobs.models import Application, JobPosting
from tests.factories import make_campaign, make_company, make_job

SHANGHAI = ZoneInfo("Asia/Shanghai")
PASSWORD = "pw-intern-12345"


def sh(text: str) -> dt.datetime:
    """A Shanghai wall-clock time, ``2025-10-13 10:00``."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=SHANGHAI)


def said(page: str, zh: str, en: str) -> bool:
    """The page says it, in Chinese (the default) or in English (catalogue not compiled)."""
    return zh in page or en in page


def person(username: str, role: str, organisation: Organisation | None = None) -> User:
    return User.objects.create_user(username, password=PASSWORD, role=role, organisation=organisation)


def student_of(university: Organisation, username: str, name: str) -> User:
    user = person(username, User.Role.STUDENT)
    GraduateProfile.objects.create(
        user=user,
        full_name=name,
        university=university,
        major="软件工程",
        degree=GraduateProfile.Degree.BACHELOR,
        graduation_year=2026,
        phone="13912345678",
    )
    return user


def client_for(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


@dataclass
class Cast:
    lingsi: Organisation  # Suzhou company
    xingtu: Organisation  # Shanghai company
    suzhou_uni: Organisation
    shanghai_uni: Organisation
    jiangsu: Organisation
    shanghai_dept: Organisation
    bob: User  # recruiter, lingsi
    eve: User  # recruiter, xingtu
    carol: User  # career office, suzhou_uni
    dave: User  # career office, suzhou_uni
    olga: User  # career office, shanghai_uni
    jin: User  # reviewer, Jiangsu
    hu: User  # reviewer, Shanghai
    alice: User  # student, suzhou_uni
    mallory: User  # student, shanghai_uni
    internship: JobPosting  # lingsi, 2 months, free accommodation

    def hire(
        self, student: User, job: JobPosting | None = None, recruiter: User | None = None
    ) -> Placement | None:
        """The student applies on the job page; the recruiter interviews and makes an offer (an offer
        and a hire come only from the offers flow); the student accepts."""
        job = job or self.internship
        student_client = client_for(student)
        assert student_client.post(reverse("jobs:apply", args=[job.pk])).status_code == 302
        application = Application.objects.get(job=job, student=student)
        recruiter_client = client_for(recruiter or self.bob)
        for status in ("viewed", "interview"):
            url = reverse("jobs:recruit_application_status", args=[application.pk])
            assert recruiter_client.post(url, {"status": status}).status_code == 302
        deadline = timezone.localtime(timezone.now() + dt.timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
        offer_page = f"/recruit/applications/{application.pk}/offer/"
        offered = recruiter_client.post(offer_page, {"reply_by": deadline})
        assert offered.status_code == 302
        answer = student_client.post(f"/me/applications/{application.pk}/offer/", {"decision": "accept"})
        assert answer.status_code == 302
        application.refresh_from_db()
        assert application.status == "hired"
        return Placement.objects.filter(application=application).first()


@pytest.fixture
def cast(db) -> Cast:
    make_campaign()
    kind = Organisation.Kind
    lingsi = make_company("苏州灵思智能有限公司", "320500")
    xingtu = make_company("上海星途航天有限公司", "310000", industry="aerospace")
    suzhou_uni = Organisation.objects.create(kind=kind.UNIVERSITY, name="苏州示范大学", region_id="320500")
    shanghai_uni = Organisation.objects.create(kind=kind.UNIVERSITY, name="上海示范大学", region_id="310000")
    jiangsu = Organisation.objects.create(
        kind=kind.SME_DEPARTMENT, name="江苏省中小企业主管部门", region_id="320000"
    )
    shanghai_dept = Organisation.objects.create(
        kind=kind.SME_DEPARTMENT, name="上海市中小企业主管部门", region_id="310000"
    )
    internship = make_job(
        lingsi, "嵌入式开发实习生", kind=JobPosting.Kind.INTERNSHIP, internship_months=2, accommodation=True
    )
    return Cast(
        lingsi=lingsi,
        xingtu=xingtu,
        suzhou_uni=suzhou_uni,
        shanghai_uni=shanghai_uni,
        jiangsu=jiangsu,
        shanghai_dept=shanghai_dept,
        bob=person("bob", User.Role.RECRUITER, lingsi),
        eve=person("eve", User.Role.RECRUITER, xingtu),
        carol=person("carol", User.Role.UNIVERSITY_STAFF, suzhou_uni),
        dave=person("dave", User.Role.UNIVERSITY_STAFF, suzhou_uni),
        olga=person("olga", User.Role.UNIVERSITY_STAFF, shanghai_uni),
        jin=person("jin", User.Role.REVIEWER, jiangsu),
        hu=person("hu", User.Role.REVIEWER, shanghai_dept),
        alice=student_of(suzhou_uni, "alice", "王小丽"),
        mallory=student_of(shanghai_uni, "mallory", "马丽"),
        internship=internship,
    )
