"""Queued work of interviews: the reminders a day and an hour before the start."""

from __future__ import annotations

import datetime as dt

from django_tasks import task

from interviews import services


@task(queue_name="notifications")
def remind(interview_id: int, starts_at: str, before: str) -> bool:
    """Remind both sides of the interview that starts at ``starts_at`` (ISO 8601). If it was moved
    or cancelled since this was queued, or the reminder went out already, nothing happens."""
    return services.send_reminder(interview_id, dt.datetime.fromisoformat(starts_at), services.Before(before))
