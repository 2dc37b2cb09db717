"""Live sessions' background work: reminders to those who subscribed (预约直播)."""

from __future__ import annotations

from django_tasks import task

from livestream.services import reminders


@task(queue_name="notifications")
def remind_subscribers(session_id: int, starts_at: str) -> int:
    return reminders.remind(session_id, starts_at)
