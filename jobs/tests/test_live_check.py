"""The recruiter's live screening check and the posting form refuse text past the caps, and the
live check is rate-limited per user, visibly failing open when the cache is down."""

from __future__ import annotations

import logging

import pytest
from django.core.cache import caches
from django.urls import reverse

from jobs.models import DESCRIPTION_MAX, JobPosting
from jobs.tests.test_postings import posting
from tests.factories import make_campaign, make_company, make_recruiter
from tests.servers import free_port

pytestmark = pytest.mark.django_db
CHECK = "/recruit/jobs/check/"


@pytest.fixture
def bob(db, client):
    make_campaign()
    caches["default"].clear()
    recruiter = make_recruiter(make_company())
    client.force_login(recruiter)
    return recruiter


def fail_open_count(client, limit: str) -> float:
    body = client.get("/metrics", REMOTE_ADDR="127.0.0.1").content.decode()
    for line in body.splitlines():
        if line.startswith(f'shanhai_rate_limit_failed_open_total{{limit="{limit}"}} '):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_the_live_check_refuses_a_megabyte_posting_with_a_json_413(client, bob):
    response = client.post(CHECK, {"title": "算法工程师", "description": "限男性" + "很" * 1_000_000})
    assert response.status_code == 413
    body = response.json()
    assert body["error"] and list(body["fields"]) == ["description"]
    assert str(DESCRIPTION_MAX) in body["fields"]["description"][0]


def test_the_live_check_still_answers_text_within_the_caps(client, bob):
    response = client.post(CHECK, {"description": "限男性，" + "很" * (DESCRIPTION_MAX - 4)})
    assert response.status_code == 200 and "限男性" in response.content.decode()


def test_a_posting_longer_than_the_cap_is_refused_by_the_form_and_not_saved(client, bob):
    response = client.post(reverse("jobs:recruit_job_new"), posting(description="很" * (DESCRIPTION_MAX + 1)))
    assert str(DESCRIPTION_MAX) in response.context["form"].errors["description"][0]
    assert not JobPosting.objects.exists()


def test_the_live_check_is_rate_limited_per_user_with_retry_after(client, bob, settings):
    settings.JOB_CHECK_PER_MINUTE = 3
    for _ in range(3):
        assert client.post(CHECK, {"description": "五险一金"}).status_code == 200
    refused = client.post(CHECK, {"description": "五险一金"})
    assert refused.status_code == 429 and refused.json()["error"]
    assert 1 <= int(refused["Retry-After"]) <= 60
    client.force_login(make_recruiter(make_company("别家科技有限公司"), username="carol"))
    assert client.post(CHECK, {"description": "五险一金"}).status_code == 200


def test_when_the_cache_is_down_the_live_check_fails_open_and_says_so(client, bob, settings, caplog):
    settings.CACHES = {
        "default": {
            "BACKEND": "events_server.cache.SharedRedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",  # nothing listens there
            "OPTIONS": {"socket_timeout": 0.2, "socket_connect_timeout": 0.2},
        }
    }
    settings.JOB_CHECK_PER_MINUTE = 1
    before = fail_open_count(client, "job-check")
    with caplog.at_level(logging.WARNING, logger="events_server.ratelimit"):
        answers = [client.post(CHECK, {"description": "五险一金"}).status_code for _ in range(3)]
    assert answers == [200, 200, 200]
    assert fail_open_count(client, "job-check") == before + 3
    assert "rate limit 'job-check' failed open" in caplog.text
