"""Webhook deliveries on the ``webhooks`` queue (see partners/webhooks.py)."""

from __future__ import annotations

from django_tasks import task

from partners import webhooks


@task(queue_name="webhooks")
def deliver(delivery_id: int) -> None:
    """One attempt of a delivery; idempotent (a delivered or failed one is left alone)."""
    webhooks.attempt(delivery_id)
