"""The one way to tell someone something: ``notify`` keeps an in-app notification and mails it
through Django's mail backend after the commit (a mail server being down undoes nothing).

``kind`` is a dotted code naming what happened (``booking.waitlist.promoted``,
``internships.placement.confirmed``); it is stored with the notification so that later work
(preferences, digests, other channels) can choose by it."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from notifications.models import Notification

logger = logging.getLogger(__name__)


def notify(user, kind: str, title: str, body: str = "", url: str = "") -> Notification:
    note = Notification.objects.create(
        user=user, kind=kind[:60], title=title[:120], body=body[:500], url=url[:300]
    )
    if user.email:
        transaction.on_commit(lambda: mail(user.email, title, body, url))
    return note


def notify_members(organisation, kind: str, title: str, body: str = "", url: str = "") -> None:
    """Everyone who works for ``organisation`` (its recruiters or staff)."""
    for member in organisation.members.filter(is_active=True):
        notify(member, kind, title, body, url)


def mail(address: str, title: str, body: str, url: str) -> None:
    text = body + (f"\n\n{settings.SITE_URL}{url}" if url else "")
    try:
        send_mail(title, text, settings.DEFAULT_FROM_EMAIL, [address])
    except Exception:  # a mail server being down must not undo the booking
        logger.exception("notification mail failed (notification kept in the app)")


def of(user) -> QuerySet[Notification]:
    """``user``'s notifications, newest first."""
    return Notification.objects.filter(user=user)


def mark_all_read(user) -> int:
    return of(user).filter(read_at=None).update(read_at=timezone.now())
