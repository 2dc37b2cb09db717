"""A company's recruiter and an applicant, with the outsiders who must see nothing."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from accounts.models import User
from directory.models import Organisation
from jobs.models import Application
from jobs.services import apply
from tests.factories import make_company, make_job, make_recruiter, make_student


@dataclass
class World:
    company: Organisation
    recruiter: User
    other_recruiter: User
    student: User
    other_student: User
    reviewer: User
    far_reviewer: User
    application: Application


@pytest.fixture
def world(db) -> World:
    company = make_company()  # in Suzhou (320500)
    recruiter = make_recruiter(company)
    other_recruiter = make_recruiter(make_company("别家科技有限公司"), username="carol")
    student = make_student()
    other_student = make_student("dave")
    jiangsu = Organisation.objects.create(
        kind=Organisation.Kind.SME_DEPARTMENT, name="江苏省中小企业主管部门", region_id="320000"
    )
    shanghai = Organisation.objects.create(
        kind=Organisation.Kind.SME_DEPARTMENT, name="上海市中小企业发展服务中心", region_id="310000"
    )
    reviewer = User.objects.create_user(
        "js", password="pw-js-12345", role=User.Role.REVIEWER, organisation=jiangsu
    )
    far = User.objects.create_user(
        "sh", password="pw-sh-12345", role=User.Role.REVIEWER, organisation=shanghai
    )
    application = apply(student, make_job(company)).application
    return World(company, recruiter, other_recruiter, student, other_student, reviewer, far, application)
