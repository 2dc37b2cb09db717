"""The day-before reminder, sent once per registration by a cron job."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy

from booking.models import Event, Registration
from notifications import services as notifications


def send_reminders(now: dt.datetime | None = None) -> int:
    """Remind everyone confirmed for an event starting tomorrow (Asia/Shanghai); returns how many."""
    now = now or timezone.now()
    tomorrow = timezone.localtime(now).date() + dt.timedelta(days=1)
    due = Registration.objects.filter(
        status=Registration.Status.CONFIRMED,
        reminded_at=None,
        event__status=Event.Status.APPROVED,
        event__starts_at__date=tomorrow,
    ).select_related("event", "student")
    sent = 0
    for registration in due:
        with transaction.atomic():
            if not Registration.objects.filter(pk=registration.pk, reminded_at=None).update(reminded_at=now):
                continue  # another run got it
            event = registration.event
            start = timezone.localtime(event.starts_at).strftime("%m-%d %H:%M")
            where = str(event.venue or event.address)
            notifications.notify(
                registration.student,
                "booking.reminder",
                notifications.lazy_text(gettext_lazy("Tomorrow: %s"), event.title),
                notifications.lazy_text(
                    gettext_lazy("%(start)s at %(where)s. Bring your ticket."), start=start, where=where
                ),
                reverse("booking:ticket", args=[registration.pk]),
            )
            sent += 1
    return sent
