"""Delivery of notifications by the worker: e-mail on the ``mail`` queue, SMS on ``sms``.

Each task takes up to ``BATCH`` notification ids.

E-mail goes ``MAIL_CHUNK`` at a time, at most once: the task claims a chunk (locks its unsent rows,
sets their ``emailed_at``, commits: one transaction per chunk, not per mail), then hands the chunk
to the mail server over one connection. Two workers never both claim a notification (the row lock,
and the claim is committed before any mail leaves), and a rerun of the task skips what was
claimed, so no mail is ever sent twice. The price: a worker killed after a claim and before the
chunk's last mail loses the rest of that chunk, at most ``MAIL_CHUNK`` mails (logged nowhere: the
in-app notification is still in the inbox). When the mail server refuses or fails (an exception,
not a kill), the mails not yet handed over are given back (``emailed_at`` cleared) before the task
fails, and so is the one that failed when the server certainly did not take it (``NOT_SENT``); a
rerun then sends them.

An SMS is sent at least once: its row is locked while it is sent and marked sent in the same
transaction, so two workers never both send it; a worker killed between the provider's answer
and the commit sends it again when the task is recovered (at least once, never silently lost)."""

from __future__ import annotations

import logging
import smtplib
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from accounts import sms
from notifications.models import Notification

logger = logging.getLogger(__name__)

BATCH = 100
MAIL_CHUNK = 50
# Errors after which the mail server certainly has not taken the message.
NOT_SENT = (
    smtplib.SMTPRecipientsRefused,
    smtplib.SMTPSenderRefused,
    smtplib.SMTPDataError,
    smtplib.SMTPConnectError,
    smtplib.SMTPHeloError,
    smtplib.SMTPAuthenticationError,
    ConnectionRefusedError,
)


def _text(note: Notification) -> str:
    return note.body + (f"\n\n{settings.SITE_URL}{note.url}" if note.url else "")


@dataclass(frozen=True)
class _Mail:
    pk: int
    to: str
    subject: str
    text: str


def _claim(ids: list[int]) -> list[_Mail]:
    """Mark the unsent notifications among ``ids`` whose person has an address as sent and commit;
    they are this task's to send. The write comes first, so it takes the row locks (PostgreSQL) or
    the database's write lock (SQLite) before anything is read: a second worker's claim waits, then
    finds them sent. The claim's own time tells its rows apart from another worker's."""
    claimed_at = timezone.now()
    with transaction.atomic():
        Notification.objects.filter(pk__in=ids, emailed_at=None).exclude(user__email="").update(
            emailed_at=claimed_at
        )
        notes = list(
            Notification.objects.select_related("user")
            .filter(pk__in=ids, emailed_at=claimed_at)
            .order_by("pk")
        )
    return [_Mail(n.pk, n.user.email, n.title, _text(n)) for n in notes]


def _give_back(mails: list[_Mail]) -> None:
    if mails:
        Notification.objects.filter(pk__in=[m.pk for m in mails]).update(emailed_at=None)


@task(queue_name="mail")
def send_mails(notification_ids: list[int]) -> int:
    sent = 0
    with get_connection() as connection:
        for start in range(0, len(notification_ids), MAIL_CHUNK):
            mails = _claim(notification_ids[start : start + MAIL_CHUNK])
            for n, mail in enumerate(mails):
                message = EmailMessage(
                    mail.subject, mail.text, settings.DEFAULT_FROM_EMAIL, [mail.to], connection=connection
                )
                try:
                    message.send()
                except Exception as error:
                    certainly_not_sent = isinstance(error, NOT_SENT)
                    _give_back(mails[n if certainly_not_sent else n + 1 :])
                    logger.warning(
                        "mail of notification %s failed (%s); %s given back to the queue",
                        mail.pk,
                        type(error).__name__,
                        len(mails) - n - (0 if certainly_not_sent else 1),
                    )
                    raise
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
