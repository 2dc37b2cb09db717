"""The queue's own housekeeping, run by the schedule (``background.apps``)."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils import timezone
from django_tasks import task
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from background.models import ScheduledRun


@task(queue_name="default")
def prune(due_at: str = "") -> dict[str, int]:
    """Delete finished task rows (successful or failed) older than ``BACKGROUND_PRUNE_DAYS``
    (as the library's ``prune_db_task_results`` does) and the schedule's old claims."""
    before = timezone.now() - dt.timedelta(days=settings.BACKGROUND_PRUNE_DAYS)
    tasks, _ = DBTaskResult.objects.filter(
        status__in=[TaskResultStatus.SUCCESSFUL, TaskResultStatus.FAILED], finished_at__lt=before
    ).delete()
    runs, _ = ScheduledRun.objects.filter(due_at__lt=before).delete()
    return {"tasks": tasks, "scheduled_runs": runs}
