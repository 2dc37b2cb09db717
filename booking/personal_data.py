"""What ``booking`` keeps about a person (registrations, tickets, the calendar feed): export and erasure."""

from __future__ import annotations

from typing import Any

from booking.models import CalendarFeed, Registration
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


register("registrations", registrations)


def erase(user: Any) -> dict[str, int]:
    """Registrations stay (event turnout is counted) with an anonymous student; the private
    calendar feed goes."""
    return {
        "calendar_feeds": CalendarFeed.objects.filter(user=user).delete()[0],
    }


register_eraser("booking", erase)
