"""The sync contract: a partner copies every posting, then 500 postings change, close, expire,
are withdrawn back to review or rejected, and some are published; one incremental sync from the
copy's checkpoint makes the copy equal to the source (a fresh full export)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.utils import timezone

from accounts.models import User
from jobs.models import JobPosting
from jobs.services import close_job, expire_overdue_jobs, publish_job, save_job
from partners.tests.conftest import Api
from review.services import decide_posting
from tests.factories import make_campaign, make_company, make_recruiter

pytestmark = [pytest.mark.slow, pytest.mark.django_db]
PAGE = 150


def bulk_postings(company, count: int, *, published: bool, start: int = 0) -> list[JobPosting]:
    now = timezone.now()
    rows = [
        JobPosting(
            campaign=make_campaign(),
            company=company,
            title=f"岗位 {start + n}",
            description="负责产品研发。",
            region_id=company.region_id,
            headcount=1 + n % 5,
            salary_min=6000,
            salary_max=9000 + n,
            contact_name="人事部",
            contact_phone="0512-66668888",
            status=JobPosting.Status.PUBLISHED if published else JobPosting.Status.DRAFT,
            published_at=now if published else None,
        )
        for n in range(count)
    ]
    return JobPosting.objects.bulk_create(rows)


def pages(api: Api, **query: Any) -> tuple[list[dict], list[dict], int]:
    """Every page of the feed: (results, tombstones, requests made)."""
    results, tombstones, cursor, requests = [], [], None, 0
    while True:
        params = {"page_size": PAGE, **query, **({"cursor": cursor} if cursor else {})}
        response = api.get("/api/v1/postings/", params)
        requests += 1
        assert response.status_code == 200, response.content[:300]
        body = response.json()
        results += body["results"]
        tombstones += body["tombstones"]
        cursor = body["next_cursor"]
        if cursor is None:
            return results, tombstones, requests


def test_an_incremental_sync_makes_the_copy_equal_to_the_source(api):
    company = make_company()
    recruiter = make_recruiter(company)
    reviewer = User.objects.create_superuser("root", password="pw", role=User.Role.ADMIN)
    postings = bulk_postings(company, 900, published=True)
    bulk_postings(company, 50, published=False, start=900)  # drafts: never in the feed

    results, tombstones, requests = pages(api)
    assert tombstones == [] and requests == 900 // PAGE  # the last full page has no next cursor
    copy = {item["id"]: item for item in results}
    assert len(copy) == 900
    checkpoint = max(item["updated_at"] for item in results)

    # 500 changes through the services that make them.
    ids = [job.pk for job in postings]
    edited, withdrawn, rejected = ids[:200], ids[200:280], ids[280:300]
    closed, expired = ids[300:450], ids[450:500]
    for pk in edited:  # contacts: stays published, content changes
        job = JobPosting.objects.get(pk=pk)
        job.contact_phone = "0512-12345678"
        job.expires_on = timezone.localdate() + dt.timedelta(days=60)
        save_job(job, [], by=recruiter)
    for pk in withdrawn + rejected:  # a material edit sends it back to review
        job = JobPosting.objects.get(pk=pk)
        job.title += "（新）"
        save_job(job, [], by=recruiter)
    for pk in rejected:
        job = JobPosting.objects.get(pk=pk)
        decide_posting(pk, version=job.version, outcome="rejected", reason="信息不全", by=reviewer)
    for pk in closed:
        close_job(JobPosting.objects.get(pk=pk), by=recruiter)
    JobPosting.objects.filter(pk__in=expired).update(expires_on=timezone.localdate() - dt.timedelta(days=1))
    assert expire_overdue_jobs() == len(expired)
    fresh = bulk_postings(company, 30, published=False, start=1000)
    for job in fresh:
        job.status = JobPosting.Status.PENDING
        publish_job(job)

    results, tombstones, _ = pages(api, updated_since=checkpoint)
    by_status: dict[str, int] = {}
    for tombstone in tombstones:
        by_status[tombstone["status"]] = by_status.get(tombstone["status"], 0) + 1
    assert by_status == {"pending": 80, "rejected": 20, "closed": 150, "expired": 50}
    assert len(results) >= 230  # the 200 edited and the 30 new (boundary rows may come again)
    for item in results:
        copy[item["id"]] = item
    for tombstone in tombstones:
        copy.pop(tombstone["id"], None)

    source = {item["id"]: item for item in pages(api)[0]}
    assert len(source) == 900 - 300 + 30
    assert copy == source
