import json
import re

import pytest
from django.urls import reverse

from jobs.models import JobPosting
from tests.factories import make_campaign, make_company, make_job, make_recruiter


@pytest.fixture
def bob(db):
    make_campaign()
    return make_recruiter(make_company())


def posting(**changes):
    data = {
        "kind": "internship",
        "title": "嵌入式软件实习生",
        "description": "参与固件开发。",
        "region": "320500",
        "fields": ["electronic-information"],
        "education": "bachelor",
        "majors": "电子信息",
        "headcount": "2",
        "salary_min": "3000",
        "salary_max": "4000",
        "working_hours": "9:00-18:00",
        "rest_days": "双休",
        "accommodation": "on",
        "internship_months": "3",
        "contact_name": "张女士",
        "contact_phone": "0512-12345678",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def test_a_recruiter_posts_an_internship_with_accommodation(client, bob):
    client.force_login(bob)
    response = client.post(reverse("jobs:recruit_job_new"), posting())
    assert response.status_code == 302
    job = JobPosting.objects.get()
    assert (job.kind, job.accommodation, job.status, job.company) == (
        "internship",
        True,
        "draft",
        bob.organisation,
    )
    client.post(reverse("jobs:recruit_job_submit", args=[job.pk]))
    job.refresh_from_db()
    assert job.status == "pending"


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"salary_min": "9000", "salary_max": "5000"}, "salary_max", "salary"),
        ({"headcount": "0"}, "headcount", "1"),
        ({"region": "999999"}, "region", "999999"),
        ({"kind": "full_time"}, "accommodation", "internship"),
        ({"fields": None}, "fields", ""),
    ],
)
def test_bad_postings_are_refused_with_a_message_on_the_field(client, bob, changes, field, message):
    client.force_login(bob)
    client.cookies.load({"django_language": "en"})
    response = client.post(reverse("jobs:recruit_job_new"), posting(**changes))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert field in errors
    assert message.lower() in " ".join(errors[field]).lower()
    assert JobPosting.objects.count() == 0


def test_editing_a_published_posting_sends_it_back_to_review(client, bob):
    job = make_job(bob.organisation)
    client.force_login(bob)
    response = client.post(
        reverse("jobs:recruit_job_edit", args=[job.pk]),
        posting(kind="full_time", accommodation=None, title="新标题"),
    )
    assert response.status_code == 302
    job.refresh_from_db()
    assert (job.title, job.status) == ("新标题", "pending")
    assert client.get(reverse("jobs:detail", args=[job.pk])).status_code == 404


def test_a_failed_edit_loses_nothing_already_saved(client, bob):
    job = make_job(bob.organisation, "原标题")
    client.force_login(bob)
    client.post(reverse("jobs:recruit_job_edit", args=[job.pk]), posting(title="新标题", headcount="-1"))
    job.refresh_from_db()
    assert (job.title, job.status, job.headcount) == ("原标题", "published", 3)


def test_the_job_page_carries_schema_org_json_ld(client, bob):
    job = make_job(bob.organisation, "算法工程师</script><script>alert(1)</script>")
    html = client.get(reverse("jobs:detail", args=[job.pk])).content.decode()
    assert "<script>alert(1)" not in html
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(block)
    assert data["@type"] == "JobPosting"
    assert data["title"].startswith("算法工程师")
    assert data["hiringOrganization"]["name"] == bob.organisation.name
    assert data["baseSalary"]["currency"] == "CNY"
    assert data["jobLocation"]["address"]["addressLocality"] == "苏州市"
    assert data["employmentType"] == "FULL_TIME"


def test_admins_publish_from_the_admin_action(admin_client, bob):
    job = make_job(bob.organisation, publish=False)
    response = admin_client.post(
        reverse("admin:jobs_jobposting_changelist"),
        {"action": "publish", "_selected_action": [job.pk]},
    )
    assert response.status_code == 302
    job.refresh_from_db()
    assert job.status == "published" and job.published_at


def test_expired_postings_leave_search_and_the_daily_command_marks_them(client, bob):
    import datetime as dt

    from django.core.management import call_command
    from django.utils import timezone

    job = make_job(bob.organisation, "过期岗位", expires_on=timezone.localdate() - dt.timedelta(days=1))
    assert client.get(reverse("jobs:detail", args=[job.pk])).status_code == 404
    call_command("expire_jobs", stdout=open("/dev/null", "w"))  # noqa: SIM115
    job.refresh_from_db()
    assert job.status == "expired"
