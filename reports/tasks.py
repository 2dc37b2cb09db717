"""Reporting's background work: the long exports (``ReportTask``) and the weekly-return
reminders started by the schedule (``reports.apps``)."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from django_tasks import task

from reports.services import reminders
from reports.services import tasks as report_tasks


@task(queue_name="exports")
def run_export(report_task_id: int) -> None:
    """Build a long export; a rerun after a worker died starts it over (the file is replaced)."""
    report_tasks.run(report_task_id)


@task(queue_name="notifications")
def remind_weekly_due(due_at: str = "") -> int:
    return reminders.remind_due(dt.datetime.fromisoformat(due_at) if due_at else timezone.now())


@task(queue_name="notifications")
def remind_weekly_overdue(due_at: str = "") -> int:
    return reminders.remind_overdue(dt.datetime.fromisoformat(due_at) if due_at else timezone.now())
