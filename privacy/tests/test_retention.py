"""What is kept only while its purpose needs it goes by the schedule: SMS codes after a day,
failed sign-in records after a month; fresh ones stay, and a second run deletes nothing more."""

from __future__ import annotations

import datetime as dt

import pytest
from axes.models import AccessAttempt, AccessFailureLog
from django.utils import timezone

from accounts.models import PhoneCode
from background import schedule
from background.models import ScheduledRun
from background.testing import drain

pytestmark = pytest.mark.django_db


def code(age: dt.timedelta) -> PhoneCode:
    return PhoneCode.objects.create(
        phone="13800000000",
        purpose=PhoneCode.Purpose.SIGN_IN,
        code_hash="x" * 64,
        created_at=timezone.now() - age,
    )


def failure(model, age: dt.timedelta):
    extra = {"failures_since_start": 1} if model is AccessAttempt else {}
    user_agent = f"phone {age.days}"  # one row per name, address and browser
    row = model.objects.create(username="lihua", ip_address="203.0.113.9", user_agent=user_agent, **extra)
    model.objects.filter(pk=row.pk).update(attempt_time=timezone.now() - age)
    return row


def test_the_daily_job_deletes_old_codes_and_sign_in_failures_and_keeps_fresh_ones(settings):
    settings.PHONE_CODE_RETENTION_HOURS = 24
    settings.SIGN_IN_FAILURE_RETENTION_DAYS = 30
    old_code, new_code = code(dt.timedelta(hours=25)), code(dt.timedelta(hours=2))
    old_attempt, new_attempt = (
        failure(AccessAttempt, dt.timedelta(days=31)),
        failure(AccessAttempt, dt.timedelta(days=1)),
    )
    old_log, new_log = (
        failure(AccessFailureLog, dt.timedelta(days=40)),
        failure(AccessFailureLog, dt.timedelta(days=2)),
    )

    # The schedule starts it once a day at 04:00 in Shanghai.
    at_four = dt.datetime(2026, 12, 7, 4, 0, 30, tzinfo=schedule.SHANGHAI)
    assert "privacy.retention" in schedule.tick(
        now=at_four, jobs={"privacy.retention": schedule.JOBS["privacy.retention"]}
    )
    assert ScheduledRun.objects.filter(name="privacy.retention").count() == 1
    drain()

    assert list(PhoneCode.objects.all()) == [new_code]
    assert list(AccessAttempt.objects.all()) == [new_attempt]
    assert list(AccessFailureLog.objects.all()) == [new_log]
    assert not PhoneCode.objects.filter(pk=old_code.pk).exists()
    assert not AccessAttempt.objects.filter(pk=old_attempt.pk).exists()
    assert not AccessFailureLog.objects.filter(pk=old_log.pk).exists()

    # The same period is not started twice.
    assert (
        schedule.tick(
            now=at_four + dt.timedelta(minutes=5),
            jobs={"privacy.retention": schedule.JOBS["privacy.retention"]},
        )
        == []
    )
