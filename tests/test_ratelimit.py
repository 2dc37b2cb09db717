"""A rate limit whose store (the cache's Redis) does not answer lets the request through, and says
so: a warning in the log and ``shanhai_rate_limit_failed_open_total`` in /metrics."""

from __future__ import annotations

import logging
import re

import pytest

from tests.factories import make_company, make_job, make_student

DEAD_REDIS = "redis://127.0.0.1:1/0"  # nothing listens there


def failed_open(client, limit: str) -> float:
    text = client.get("/metrics").content.decode()
    found = re.search(rf'^shanhai_rate_limit_failed_open_total\{{limit="{limit}"\}} (\S+)$', text, re.M)
    return float(found[1]) if found else 0.0


@pytest.mark.django_db
def test_a_rate_limit_that_fails_open_says_so_in_the_log_and_the_metrics(client, settings, caplog):
    job = make_job(make_company())
    client.force_login(make_student())
    before = failed_open(client, "reports")
    settings.CACHES = {
        "default": {
            "BACKEND": "events_server.cache.SharedRedisCache",
            "LOCATION": DEAD_REDIS,
            "OPTIONS": {"socket_timeout": 0.2, "socket_connect_timeout": 0.2},
        }
    }
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.db"
    with caplog.at_level(logging.WARNING, logger="events_server.ratelimit"):
        response = client.post(f"/jobs/{job.pk}/report/", {"reason": "fake"})

    assert response.status_code == 302  # the report went through: the limit failed open
    assert failed_open(client, "reports") == before + 1
    assert any("rate limit 'reports' failed open" in record.getMessage() for record in caplog.records)
