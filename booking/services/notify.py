"""In-app notifications, also sent by mail through Django's mail backend after the commit."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction

from booking.models import Notification

logger = logging.getLogger(__name__)


def notify(user, title: str, body: str = "", url: str = "") -> Notification:
    note = Notification.objects.create(user=user, title=title[:120], body=body[:500], url=url[:300])
    if user.email:
        transaction.on_commit(lambda: mail(user.email, title, body, url))
    return note


def notify_members(organisation, title: str, body: str = "", url: str = "") -> None:
    """Everyone who works for ``organisation`` (its recruiters or staff)."""
    for member in organisation.members.filter(is_active=True):
        notify(member, title, body, url)


def mail(address: str, title: str, body: str, url: str) -> None:
    text = body + (f"\n\n{settings.SITE_URL}{url}" if url else "")
    try:
        send_mail(title, text, settings.DEFAULT_FROM_EMAIL, [address])
    except Exception:  # a mail server being down must not undo the booking
        logger.exception("notification mail failed (notification kept in the app)")
