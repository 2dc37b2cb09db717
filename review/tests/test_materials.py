"""On-site materials go through the queue: a poster prints and a booth's copy shows only once
a reviewer of the owner's region approved exactly that text."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from audit.models import AuditEntry
from booking.models import BoothApplication, Venue
from booking.services.booths import apply_for_booth
from booking.services.events import EventDraft, create_fair
from livestream.tests.conftest import make_session
from review.models import Material
from review.tests.test_review import make_reviewer
from tests.factories import make_campaign, make_company, make_job, make_recruiter, make_university

pytestmark = pytest.mark.django_db


@pytest.fixture
def host(db):
    make_campaign()
    company = make_company(region="320500")
    return make_session(company, [make_job(company)]), make_recruiter(company)


def test_a_poster_waits_for_review_then_prints_and_a_new_title_needs_a_new_approval(client, host):
    session, recruiter = host
    client.force_login(recruiter)
    assert client.get(f"/live/{session.pk}/poster.pdf").status_code == 202
    material = Material.objects.get(kind="poster")
    reviewer = make_reviewer()
    client.force_login(reviewer)
    assert f"/review/materials/{material.pk}/" in client.get("/review/").content.decode()
    client.post(f"/review/materials/{material.pk}/", {"decision": "approve", "reason": ""})
    assert AuditEntry.objects.filter(action="review.material.approved", actor=reviewer).exists()
    client.force_login(recruiter)
    assert client.get(f"/live/{session.pk}/poster.pdf").status_code == 200
    session.title = "改了标题的直播"
    session.save(update_fields=["title"])
    assert client.get(f"/live/{session.pk}/poster.pdf").status_code == 202


def test_a_rejected_poster_says_why_and_findings_need_a_reason_to_approve(client, host):
    session, recruiter = host
    session.title = "限男性 直播招聘"
    session.save(update_fields=["title"])
    client.force_login(recruiter)
    client.get(f"/live/{session.pk}/poster.png")
    material = Material.objects.get()
    assert material.findings and material.findings[0]["phrase"] == "限男性"
    client.force_login(make_reviewer())
    page = client.post(f"/review/materials/{material.pk}/", {"decision": "approve", "reason": ""})
    assert page.status_code == 400 and "<mark>限男性</mark>" in page.content.decode()
    client.post(f"/review/materials/{material.pk}/", {"decision": "reject", "reason": "海报含性别限制"})
    client.force_login(recruiter)
    response = client.get(f"/live/{session.pk}/poster.png")
    assert response.status_code == 403 and "海报含性别限制" in response.content.decode()


def test_reviewers_elsewhere_cannot_decide(client, host):
    session, recruiter = host
    client.force_login(recruiter)
    client.get(f"/live/{session.pk}/poster.png")
    material = Material.objects.get()
    client.force_login(make_reviewer("sichuan", region="510000"))
    assert client.post(f"/review/materials/{material.pk}/", {"decision": "approve"}).status_code == 404
    material.refresh_from_db()
    assert material.status == "pending"


def test_a_booths_copy_is_shown_on_the_fair_page_only_once_approved(client, host):
    _session, recruiter = host
    university = make_university()
    staff = make_recruiter(university, "career")
    staff.role = "university_staff"
    staff.save(update_fields=["role"])
    venue = Venue.objects.create(university=university, name="体育馆", capacity=500)
    start = timezone.localtime().replace(hour=9, minute=0, second=0, microsecond=0) + dt.timedelta(days=7)
    fair = create_fair(
        staff, EventDraft("专场", start, start + dt.timedelta(hours=6), 300, venue=venue, booth_count=20)
    )
    application = apply_for_booth(recruiter, fair.pk, "现场演示工业质检机器人")
    BoothApplication.objects.filter(pk=application.pk).update(status="approved", booth_number=1)
    assert "现场演示工业质检机器人" not in client.get(f"/events/{fair.pk}/").content.decode()
    material = Material.objects.get(kind="booth_copy")
    client.force_login(make_reviewer())
    client.post(f"/review/materials/{material.pk}/", {"decision": "approve"})
    assert "现场演示工业质检机器人" in client.get(f"/events/{fair.pk}/").content.decode()
