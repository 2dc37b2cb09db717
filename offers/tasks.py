"""Queued work of offers: the check at each offer's reply deadline."""

from __future__ import annotations

from django_tasks import task


@task()
def expire_offer(offer_id: int) -> None:
    """Expire the offer if it is still unanswered at its deadline (idempotent)."""
    from offers.services import expire_due

    expire_due(offer_id)
