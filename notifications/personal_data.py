"""What ``notifications`` keeps about a person (the messages in their inbox): export and erasure."""

from __future__ import annotations

from typing import Any

from notifications import push
from notifications.models import Notification, Preference
from privacy.erasure import register_eraser
from privacy.exports import Section, register, rows


def notifications(user: Any) -> Section:
    return Section(
        [{k: str(v) for k, v in row.items()} for row in Notification.objects.filter(user=user).values()]
    )


register("notifications", notifications)


def preferences(user: Any) -> Section:
    return Section(rows(Preference.objects.filter(user=user), ["language", "channels", "updated_at"]))


register("notification_preferences", preferences)


def erase(user: Any) -> dict[str, int]:
    """The messages go: they were addressed to this person and are kept for no one else."""
    push.forget_unread([user.pk])
    return {
        "notifications": Notification.objects.filter(user=user).delete()[0],
        "notification_preferences": Preference.objects.filter(user=user).delete()[0],
    }


register_eraser("notifications", erase)
