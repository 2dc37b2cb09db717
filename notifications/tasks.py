"""Delivery of notifications by the worker: e-mail on the ``mail`` queue, SMS on ``sms``.

Each task takes up to ``BATCH`` notification ids. A notification is sent at most once per
channel in normal running: its row is locked while it is sent and marked sent in the same
transaction, so two workers never both send it; a worker killed between the provider's answer
and the commit sends it again when the task is recovered (at least once, never silently lost)."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from accounts import sms
from notifications.models import Notification

logger = logging.getLogger(__name__)

BATCH = 100


def _text(note: Notification) -> str:
    return note.body + (f"\n\n{settings.SITE_URL}{note.url}" if note.url else "")


@task(queue_name="mail")
def send_mails(notification_ids: list[int]) -> int:
    sent = 0
    with get_connection() as connection:
        for pk in notification_ids:
            with transaction.atomic():
                note = (
                    Notification.objects.select_for_update()
                    .select_related("user")
                    .filter(pk=pk, emailed_at=None)
                    .first()
                )
                if note is None or not note.user.email:
                    continue  # sent already, or deleted with its person
                EmailMessage(
                    note.title,
                    _text(note),
                    settings.DEFAULT_FROM_EMAIL,
                    [note.user.email],
                    connection=connection,
                ).send()
                note.emailed_at = timezone.now()
                note.save(update_fields=["emailed_at"])
                sent += 1
    return sent


@task(queue_name="sms")
def send_sms(notification_ids: list[int]) -> int:
    backend = sms.get_backend()
    sent = 0
    for pk in notification_ids:
        with transaction.atomic():
            note = (
                Notification.objects.select_for_update()
                .select_related("user")
                .filter(pk=pk, texted_at=None)
                .first()
            )
            if note is None or not note.user.phone:
                continue
            text = note.title + (f" {settings.SITE_URL}{note.url}" if note.url else "")
            backend.send_notice(note.user.phone, text)
            note.texted_at = timezone.now()
            note.save(update_fields=["texted_at"])
            sent += 1
    return sent
