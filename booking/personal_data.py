"""What ``booking`` keeps about a person (registrations and tickets, notifications): export and erasure."""

from __future__ import annotations

from typing import Any

from booking.models import CalendarFeed, Registration
from notifications.models import Notification
from privacy.erasure import register_eraser
from privacy.exports import Section, register, rows


def registrations(user: Any) -> Section:
    found = Registration.objects.filter(student=user).select_related("event")
    return Section(
        rows(
            found,
            [
                "event__title",
                "event__starts_at",
                "status",
                "ticket_code",
                "created_at",
                "confirmed_at",
                "cancelled_at",
                "checked_in_at",
                "no_show",
            ],
        )
    )


def notifications(user: Any) -> Section:
    return Section(
        [{k: str(v) for k, v in row.items()} for row in Notification.objects.filter(user=user).values()]
    )


register("registrations", registrations)
register("notifications", notifications)


def erase(user: Any) -> dict[str, int]:
    """Registrations stay (event turnout is counted) with an anonymous student; messages and the
    private calendar feed go."""
    return {
        "notifications": Notification.objects.filter(user=user).delete()[0],
        "calendar_feeds": CalendarFeed.objects.filter(user=user).delete()[0],
    }


register_eraser("booking", erase)
