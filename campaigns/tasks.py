"""The daily retention run of ended campaigns (``campaigns.retention``), on the task queue."""

from __future__ import annotations

from django_tasks import task

from campaigns import retention


@task(queue_name="default")
def anonymise_ended_campaigns(due_at: str = "") -> dict[str, int]:
    """Idempotent: a second run changes nothing. Returns the counts of what changed."""
    report = retention.anonymise_ended_campaigns()
    return {
        "campaigns": len(report.campaigns),
        "changed": report.changed,
        "audit_entries": report.audit_entries,
    }
