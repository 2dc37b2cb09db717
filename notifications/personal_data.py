"""What ``notifications`` keeps about a person (the messages in their inbox): export and erasure."""

from __future__ import annotations

from typing import Any

from notifications.models import Notification
from privacy.erasure import register_eraser
from privacy.exports import Section, register


def notifications(user: Any) -> Section:
    return Section(
        [{k: str(v) for k, v in row.items()} for row in Notification.objects.filter(user=user).values()]
    )


register("notifications", notifications)


def erase(user: Any) -> dict[str, int]:
    """The messages go: they were addressed to this person and are kept for no one else."""
    return {"notifications": Notification.objects.filter(user=user).delete()[0]}


register_eraser("notifications", erase)
