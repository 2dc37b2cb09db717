"""Provider calls, on the queue: a request never waits on a provider (each call is bounded by
CAREERS_PROVIDER_TIMEOUT too). Both tasks are idempotent: a second run finds the work done."""

from __future__ import annotations

import logging

from django_tasks import task

log = logging.getLogger(__name__)


@task(queue_name="default")
def transcribe_answer(answer_id: int) -> None:
    from careers import services

    services.transcribe(answer_id)


@task(queue_name="default")
def refine_feedback(answer_id: int) -> None:
    from careers import services

    services.refine(answer_id)
