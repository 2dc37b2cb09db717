"""Who is told what: the student of each step of their application, the recruiters of a review
decision with its reason."""

from __future__ import annotations

import pytest

from jobs import services as jobs
from notifications.models import Notification
from review import services as review
from review.tests.test_review import make_reviewer
from tests.factories import make_campaign, make_company, make_job, make_recruiter, make_student


@pytest.mark.django_db
def test_the_student_hears_each_step_of_the_application_once():
    job = make_job(make_company())
    bob = make_recruiter(job.company)
    alice = make_student()
    application = jobs.apply(alice, job).application
    jobs.change_application_status(application, "viewed", by=bob)
    jobs.mark_viewed(application, by=bob)  # already viewed: nothing new
    jobs.change_application_status(application, "interview", by=bob)
    notes = list(Notification.objects.filter(user=alice).order_by("created_at", "id"))
    assert [n.kind for n in notes] == ["jobs.application.viewed", "jobs.application.interview"]
    assert notes[1].title == f"您投递的“{job.title}”：面试"
    assert job.company.name in notes[1].body
    assert notes[1].url == "/me/applications/"
    assert not Notification.objects.filter(user=bob).exists()


@pytest.mark.django_db
def test_recruiters_hear_the_review_decision_with_the_reason():
    make_campaign()
    company = make_company("苏州芯测半导体有限公司", region="320500")
    job = make_job(company, "芯片验证工程师", publish=False, status="pending")
    bob = make_recruiter(company)
    review.decide_posting(
        job.pk, version=job.version, outcome="changes", reason="请写明具体工作地点", by=make_reviewer()
    )
    note = Notification.objects.get(user=bob)
    assert note.kind == "review.posting.changes"
    assert "芯片验证工程师" in note.title
    assert note.body == "原因：请写明具体工作地点"
    assert note.url == f"/recruit/jobs/{job.pk}/edit/"
