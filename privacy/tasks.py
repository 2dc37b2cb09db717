"""Retention: what is kept only as long as its purpose needs, deleted by the schedule
(``privacy.apps``, daily at 04:00 Shanghai time; docs/privacy.md says how long each is kept)."""

from __future__ import annotations

import datetime as dt

from axes.models import AccessAttempt, AccessFailureLog
from django.conf import settings
from django.utils import timezone
from django_tasks import task

from accounts.models import PhoneCode


@task(queue_name="default")
def apply_retention(due_at: str = "") -> dict[str, int]:
    """Delete SMS codes older than ``PHONE_CODE_RETENTION_HOURS`` (the sending limits look back a
    day at most) and failed sign-in records older than ``SIGN_IN_FAILURE_RETENTION_DAYS``.
    Idempotent: running it twice deletes nothing more."""
    now = timezone.now()
    codes, _ = PhoneCode.objects.filter(
        created_at__lt=now - dt.timedelta(hours=settings.PHONE_CODE_RETENTION_HOURS)
    ).delete()
    before = now - dt.timedelta(days=settings.SIGN_IN_FAILURE_RETENTION_DAYS)
    attempts, _ = AccessAttempt.objects.filter(attempt_time__lt=before).delete()
    failures, _ = AccessFailureLog.objects.filter(attempt_time__lt=before).delete()
    return {"phone_codes": codes, "sign_in_attempts": attempts, "sign_in_failures": failures}
