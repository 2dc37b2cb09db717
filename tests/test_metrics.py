"""/metrics: what operators scrape from each process, and only from the monitoring network."""

from __future__ import annotations

import pytest
from prometheus_client import REGISTRY


def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


@pytest.mark.django_db
def test_metrics_are_served_to_loopback_and_refused_elsewhere(client, settings):
    response = client.get("/metrics", REMOTE_ADDR="127.0.0.1")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    for name in (
        "shanhai_http_request_duration_seconds",
        "shanhai_live_deliveries_total",
        "shanhai_booking_conflicts_total",
    ):
        assert name in body
    assert client.get("/metrics", REMOTE_ADDR="203.0.113.9").status_code == 403
    settings.METRICS_ALLOWED_IPS = ["203.0.113.0/24"]
    assert client.get("/metrics", REMOTE_ADDR="203.0.113.9").status_code == 200


@pytest.mark.django_db
def test_request_latency_is_labelled_by_view_never_by_path(client):
    before = sample(
        "shanhai_http_request_duration_seconds_count", method="GET", view="jobs:search", status="2xx"
    )
    client.get("/jobs/?q=算法")
    after = sample(
        "shanhai_http_request_duration_seconds_count", method="GET", view="jobs:search", status="2xx"
    )
    assert after == before + 1
    assert "算法" not in client.get("/metrics").content.decode()


@pytest.mark.django_db
def test_a_full_event_counts_as_a_booking_conflict(db):
    import datetime as dt

    from django.utils import timezone

    from booking.services.events import EventDraft, publish_visit
    from booking.services.registrations import register
    from tests.factories import make_campaign, make_company, make_recruiter, make_student

    make_campaign()
    start = timezone.now() + dt.timedelta(days=3)
    company = make_company()
    event = publish_visit(
        make_recruiter(company), EventDraft("参观", start, start + dt.timedelta(hours=1), 1, address="园区")
    )
    register(make_student("a", profile=False), event.pk)
    before = sample("shanhai_booking_conflicts_total", kind="full")
    assert register(make_student("b", profile=False), event.pk).status == "full"
    assert sample("shanhai_booking_conflicts_total", kind="full") == before + 1


@pytest.mark.asyncio
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_requests_through_the_asgi_handler_are_timed_too():
    from asgiref.sync import sync_to_async
    from django.db import connections
    from django.test import AsyncClient

    labels = {"method": "GET", "view": "jobs:search", "status": "2xx"}
    before = sample("shanhai_http_request_duration_seconds_count", **labels)
    try:
        assert (await AsyncClient().get("/jobs/")).status_code == 200
    finally:
        await sync_to_async(
            connections.close_all
        )()  # the worker thread's connection, not left to later tests
    assert sample("shanhai_http_request_duration_seconds_count", **labels) == before + 1
