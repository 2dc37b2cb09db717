"""partners listens to what jobs and livestream announce (they never import partners)."""

from __future__ import annotations

from typing import Any

from django.dispatch import receiver

from jobs.models import JobPosting
from jobs.signals import publication_started, publication_withdrawn
from livestream.models import LiveSession
from livestream.signals import session_state_changed
from partners import webhooks
from partners.models import WebhookEvent


@receiver(publication_started)
def _published(sender: Any, job_ids: list[int], **kwargs: Any) -> None:
    webhooks.emit(WebhookEvent.POSTING_PUBLISHED, lambda: _postings(job_ids))


@receiver(publication_withdrawn)
def _withdrawn(sender: Any, job_ids: list[int], **kwargs: Any) -> None:
    webhooks.emit(WebhookEvent.POSTING_CLOSED, lambda: _postings(job_ids))


@receiver(session_state_changed)
def _session(sender: Any, session_id: int, state: str, **kwargs: Any) -> None:
    event = webhooks.SESSION_EVENTS.get(LiveSession.State(state))
    if event is not None:
        sessions = LiveSession.objects.filter(pk=session_id)
        webhooks.emit(event, lambda: [webhooks.session_payload(session) for session in sessions])


def _postings(job_ids: list[int]) -> list[dict[str, Any]]:
    return [webhooks.posting_payload(job) for job in JobPosting.objects.filter(pk__in=job_ids).order_by("pk")]
