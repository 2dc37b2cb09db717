"""The inbox badge of a person's open pages, pushed over ``/ws/me/`` through the channel layer
group of the person (``CHANNEL_LAYERS["notifications"]``) after the change commits.

The badge's count is cached per person (``unread_key``, Django's cache, for
``NOTIFICATIONS_UNREAD_CACHE_SECONDS``) so a page does not count rows for the header; every change
of a person's unread notifications comes through ``unread_changed_on_commit``, which clears it at
once (the next read in another connection counts the committed rows) and again after the commit
(a read between the two, inside the changing transaction, may have cached an uncommitted count).

With the in-process layer (the default: no shared layer is configured) a push reaches only
sockets served by the process that made the notification; pages then also poll
``/me/notifications/unread.json`` (the socket's first frame says ``"shared": false``)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Count

from notifications.models import Notification

logger = logging.getLogger(__name__)

LAYER = "notifications"


def group_name(user_id: int) -> str:
    return f"notifications.user.{user_id}"


def layer_is_shared() -> bool:
    backend = settings.CHANNEL_LAYERS.get(LAYER, {}).get("BACKEND", "")
    return bool(backend) and not backend.endswith("InMemoryChannelLayer")


def unread_key(user_id: int) -> str:
    return f"notifications:unread:{user_id}"


def forget_unread(user_ids: Iterable[int]) -> None:
    cache.delete_many([unread_key(uid) for uid in user_ids])


def unread_changed_on_commit(user_ids: Iterable[int]) -> None:
    """The unread notifications of these people change in this transaction."""
    ids = list(user_ids)
    if ids:
        forget_unread(ids)
        transaction.on_commit(lambda: _after_commit(ids))


def _after_commit(user_ids: list[int]) -> None:
    forget_unread(user_ids)
    unread_changed(user_ids)


def unread_changed(user_ids: list[int]) -> None:
    """Send each person's unread count to their group (a layer that is down costs a log line)."""
    layer = get_channel_layer(LAYER)
    if layer is None:
        return
    counts = dict(
        Notification.objects.filter(user__in=user_ids, read_at=None)
        .values("user")
        .annotate(n=Count("id"))
        .values_list("user", "n")
    )
    try:
        async_to_sync(_send_all)(layer, {uid: counts.get(uid, 0) for uid in user_ids})
    except Exception:
        logger.exception("unread push failed (pages catch up by polling)")


async def _send_all(layer: Any, counts: dict[int, int]) -> None:
    for user_id, count in counts.items():
        await layer.group_send(group_name(user_id), {"type": "unread.changed", "unread": count})
